/* libbri/import/import-gdelt.c — bri_import_gdelt(): GDELT event files (1.0 and
 * 2.0; tab-separated, no header) → relations between China and another
 * country. Files (plain, or zipped as GDELT publishes them: xlsx-reader.c
 * streams the member) are streamed: blocks of whole lines are parsed by the CSV
 * reader in its TAB dialect (libcsv), so memory holds one block and the
 * relations kept, never the input. Events of one kind, pair and day merge
 * into one relation as they come (weights add up). The CAMEO code → kind
 * and CAMEO country tables are data files (data/import/). */
#include "config.h"
#include "import/import-private.h"
#include "io/atomic-file.h"

#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>

enum { BLOCK_BYTES = 4 << 20 };

/* Field positions (from 0) of GDELT's columns. */
enum {
  F_ID = 0, F_SQLDATE = 1, F_A1_CODE = 5, F_A1_COUNTRY = 7, F_A2_CODE = 15,
  F_A2_COUNTRY = 17, F_EVENT_CODE = 26, F_MENTIONS = 31, F_SOURCES = 32,
  F_ARTICLES = 33,
};

typedef struct {
  char *prefix, *kind;
  gboolean reverse;
} KindRule;

typedef struct {
  BriImportContext ctx;
  const char *file;
  guint base_line;              /* lines before the current block */
  gboolean first_record;        /* of the file */
  GPtrArray *rules;             /* KindRule*, longest prefix first */
  const BriEntity *china;
  GHashTable *merged;           /* key -> BriRelation* (free, in @pending) */
  GPtrArray *pending;           /* BriRelation*, in order of first event */
  GError *error;
} Gdelt;

static void
rule_free (gpointer p)
{
  KindRule *r = p;
  g_free (r->prefix);
  g_free (r->kind);
  g_free (r);
}

static gint
rule_longer_first (gconstpointer a, gconstpointer b)
{
  const KindRule *x = *(KindRule *const *) a, *y = *(KindRule *const *) b;
  return (int) strlen (y->prefix) - (int) strlen (x->prefix);
}

static gboolean
load_tables (Gdelt *g, GError **error)
{
  static const char *const kcols[] = { "code", "kind", "reverse", NULL };
  g_autoptr (GPtrArray) krows = bri__import_read_mapping (g->ctx.options, "cameo-kinds.csv",
                                                          kcols, error);
  if (!krows)
    return FALSE;
  g->rules = g_ptr_array_new_with_free_func (rule_free);
  for (guint i = 0; i < krows->len; i++)
    {
      char **row = krows->pdata[i];
      KindRule *r = g_new0 (KindRule, 1);
      r->prefix = g_strdup (row[0]);
      r->kind = g_strdup (row[1]);
      r->reverse = g_str_equal (row[2], "true");
      g_ptr_array_add (g->rules, r);
    }
  g_ptr_array_sort (g->rules, rule_longer_first);

  static const char *const ccols[] = { "cameo", "iso2", NULL };
  g_autoptr (GPtrArray) crows = bri__import_read_mapping (g->ctx.options,
                                                          "cameo-countries.csv", ccols, error);
  if (!crows)
    return FALSE;
  for (guint i = 0; i < crows->len; i++)
    {
      char **row = crows->pdata[i];
      const BriEntity *c = *row[1] ? bri__import_country (&g->ctx, row[1]) : NULL;
      g_hash_table_insert (g->ctx.countries, g_ascii_strup (row[0], -1), (gpointer) c);
    }
  g->china = bri__import_china (&g->ctx, error);
  return g->china != NULL;
}

static const KindRule *
rule_for (Gdelt *g, const char *code)
{
  for (guint i = 0; i < g->rules->len; i++)
    {
      const KindRule *r = g->rules->pdata[i];
      if (g_str_has_prefix (code, r->prefix))
        return r;
    }
  return NULL;
}

static gboolean
chosen_code (Gdelt *g, const char *code)
{
  for (char **c = g->ctx.options->cameo; *c; c++)
    if (g_str_has_prefix (code, *c))
      return TRUE;
  return FALSE;
}

static gboolean
all_digits (const char *s, gsize min, gsize max)
{
  gsize n = 0;
  for (; s[n]; n++)
    if (!g_ascii_isdigit (s[n]))
      return FALSE;
  return n >= min && n <= max;
}

/* A field's line and column in the file. */
static void
locate (Gdelt *g, const BriCsvRecord *rec, guint index, guint *line, guint *column)
{
  bri__csv_locate (rec, index, line, column);
  *line += g->base_line;
}

/* Reports a bad field; FALSE stops the file. */
static gboolean
bad (Gdelt *g, const BriCsvRecord *rec, guint index, const char *what)
{
  guint line, column;
  locate (g, rec, index, &line, &column);
  return bri__import_bad_row (&g->ctx, BRI_ERROR_PARSE, g->file, line, column,
                              &g->error, "%s", what);
}

static gboolean
parse_count (const char *s, guint64 *out)
{
  if (!all_digits (s, 1, 9))
    return FALSE;
  *out = g_ascii_strtoull (s, NULL, 10);
  return TRUE;
}

static void
add_to_attr (BriRelation *r, const char *name, guint64 n)
{
  const char *old = bri_relation_get_attribute (r, name);
  guint64 sum = n + (old ? g_ascii_strtoull (old, NULL, 10) : 0);
  char buf[32];
  g_snprintf (buf, sizeof buf, "%" G_GUINT64_FORMAT, sum);
  bri_relation_set_attribute (r, name, buf);
}

enum { MAX_IDS = 50 };          /* ids listed on one merged relation */

static gboolean
on_record (const BriCsvRecord *rec, gpointer data)
{
  Gdelt *g = data;
  BriGdeltVersion want = g->ctx.options->gdelt_version;
  guint n = rec->n_fields;
  gboolean v2 = n == 61, v1 = n == 57 || n == 58;
  if ((want == BRI_GDELT_V2 && !v2) || (want == BRI_GDELT_V1 && !v1) || (!v1 && !v2))
    {
      const char *expected = want == BRI_GDELT_V2 ? "61 (GDELT 2.0)"
        : want == BRI_GDELT_V1 ? "57 or 58 (GDELT 1.0)"
        : "61 (GDELT 2.0) or 57/58 (GDELT 1.0)";
      guint line, column;
      locate (g, rec, MIN (n, 61) - 1, &line, &column);
      g_autofree char *msg = g_strdup_printf (
        "%u tab-separated fields, expected %s", n, expected);
      if (g->first_record)
        {
          /* The first line decides the layout: refused, whatever the options. */
          g_set_error (&g->error, BRI_ERROR, BRI_ERROR_PARSE, "%s:%u:%u: %s",
                       g->file, line, column, msg);
          return FALSE;
        }
      g->ctx.report->n_rows++;
      return bri__import_bad_row (&g->ctx, BRI_ERROR_PARSE, g->file, line, column,
                                  &g->error, "%s", msg);
    }
  g->first_record = FALSE;
  g->ctx.report->n_rows++;
  char **f = rec->fields;
  const char *code = f[F_EVENT_CODE];
  if (!chosen_code (g, code))
    {
      g->ctx.report->n_filtered++;
      return TRUE;
    }
  if (!all_digits (code, 2, 4))
    return bad (g, rec, F_EVENT_CODE, "EventCode, expected a CAMEO code of 2 to 4 digits");
  const BriEntity *c1 = *f[F_A1_COUNTRY] ? bri__import_country (&g->ctx, f[F_A1_COUNTRY]) : NULL;
  const BriEntity *c2 = *f[F_A2_COUNTRY] ? bri__import_country (&g->ctx, f[F_A2_COUNTRY]) : NULL;
  if ((c1 != g->china && c2 != g->china) || !c1 || !c2 || c1 == c2)
    {
      /* No Chinese actor, or no other country to link it with. */
      g->ctx.report->n_filtered++;
      return TRUE;
    }
  const KindRule *rule = rule_for (g, code);
  if (!rule)
    {
      g->ctx.report->n_filtered++;
      return TRUE;
    }
  if (!all_digits (f[F_ID], 1, 20))
    return bad (g, rec, F_ID, "GLOBALEVENTID, expected digits");
  const char *d = f[F_SQLDATE];
  BriDate date;
  char iso[16];
  if (all_digits (d, 8, 8))
    g_snprintf (iso, sizeof iso, "%.4s-%.2s-%.2s", d, d + 4, d + 6);
  if (!all_digits (d, 8, 8) || !bri_date_parse (iso, &date, NULL))
    return bad (g, rec, F_SQLDATE, "SQLDATE, expected a date YYYYMMDD");
  guint64 mentions, sources, articles;
  if (!parse_count (f[F_MENTIONS], &mentions))
    return bad (g, rec, F_MENTIONS, "NumMentions, expected a count");
  if (!parse_count (f[F_SOURCES], &sources))
    return bad (g, rec, F_SOURCES, "NumSources, expected a count");
  if (!parse_count (f[F_ARTICLES], &articles))
    return bad (g, rec, F_ARTICLES, "NumArticles, expected a count");
  const char *url = n == 61 ? f[60] : n == 58 ? f[57] : "";

  if (!bri__import_declare_kind (&g->ctx, rule->kind, &g->error))
    return FALSE;
  const BriKind *kind = bri_graph_lookup_kind (g->ctx.out, rule->kind);
  const BriEntity *from = rule->reverse ? c2 : c1, *to = rule->reverse ? c1 : c2;
  if (!bri_kind_is_directed (kind) && strcmp (bri_entity_get_id (from), bri_entity_get_id (to)) > 0)
    {
      const BriEntity *t = from;
      from = to;
      to = t;
    }
  char day[BRI_DATE_STRLEN];
  bri_date_format (date, day);
  g_autofree char *key = g_strdup_printf ("%s\x1f%s\x1f%s\x1f%s", rule->kind,
                                          bri_entity_get_id (from),
                                          bri_entity_get_id (to), day);
  BriRelation *r = g_hash_table_lookup (g->merged, key);
  if (r)
    {
      g->ctx.report->n_merged++;
      bri_relation_set_weight (r, bri_relation_get_weight (r) + (double) articles);
      add_to_attr (r, "num_sources", sources);
      add_to_attr (r, "num_mentions", mentions);
      add_to_attr (r, "gdelt_events", 1);
      const char *ids = bri_relation_get_attribute (r, "gdelt_ids");
      if (g_ascii_strtoull (bri_relation_get_attribute (r, "gdelt_events"), NULL, 10) <= MAX_IDS)
        {
          g_autofree char *more = g_strdup_printf ("%s|%s", ids, f[F_ID]);
          bri_relation_set_attribute (r, "gdelt_ids", more);
        }
      return TRUE;
    }
  g_autofree char *source_id = g_strdup_printf ("gdelt-%s", f[F_ID]);
  BriSource *s = bri_source_new (source_id);
  bri_source_set_publisher (s, "The GDELT Project");
  bri_source_set_date (s, date);
  if (*url)
    bri_source_set_url (s, url);
  if (!bri_graph_add_source (g->ctx.out, s, &g->error))
    {
      guint line, column;
      locate (g, rec, F_ID, &line, &column);
      g_prefix_error (&g->error, "%s:%u:%u: ", g->file, line, column);
      return FALSE;
    }
  r = bri_relation_new (rule->kind, bri_entity_get_id (from), bri_entity_get_id (to));
  bri_relation_set_date (r, date);
  bri_relation_set_weight (r, (double) articles);
  bri_relation_set_source (r, source_id);
  bri_relation_set_attribute (r, "event_code", code);
  bri_relation_set_attribute (r, "gdelt_ids", f[F_ID]);
  add_to_attr (r, "gdelt_events", 1);
  add_to_attr (r, "num_sources", sources);
  add_to_attr (r, "num_mentions", mentions);
  g_ptr_array_add (g->pending, r);
  g_hash_table_insert (g->merged, g_steal_pointer (&key), r);
  return TRUE;
}

static guint
count_lines (const char *data, gsize len)
{
  guint n = 0;
  for (const char *p = data, *end = data + len; (p = memchr (p, '\n', end - p)); p++)
    n++;
  return n;
}

/* Parses @len bytes of whole lines. */
static gboolean
read_block (Gdelt *g, const char *data, gsize len)
{
  BriCsvProblem problem;
  if (!bri__csv_read_tsv (data, len, on_record, g, &problem))
    {
      bri__import_csv_problem (&problem, g->file, g->base_line, &g->error);
      return FALSE;
    }
  if (g->error)
    return FALSE;
  g->base_line += count_lines (data, len);
  return TRUE;
}

/* An event file, plain or zipped. */
typedef struct {
  FILE *fp;
  BriZipStream *zip;
} Input;

/* Reads up to @len bytes: the count, 0 at the end, -1 with g->error. */
static gssize
input_read (Gdelt *g, Input *in, char *buf, gsize len)
{
  if (in->zip)
    return bri__zip_stream_read (in->zip, buf, len, &g->error);
  size_t got = fread (buf, 1, len, in->fp);
  if (got == 0 && ferror (in->fp))
    {
      bri__set_errno_error (&g->error, EIO, "cannot read", g->file);
      return -1;
    }
  return (gssize) got;
}

static gboolean
line_too_long (Gdelt *g)
{
  g_set_error (&g->error, BRI_ERROR, BRI_ERROR_LIMIT,
               "%s:%u:1: line longer than %u bytes, expected GDELT event lines",
               g->file, g->base_line + 1, BRI_IMPORT_MAX_LINE_BYTES);
  return FALSE;
}

static gboolean
read_file (Gdelt *g, const char *path)
{
  g->file = path;
  g->base_line = 0;
  g->first_record = TRUE;
  Input in = { 0 };
  in.fp = fopen (path, "rb");
  if (!in.fp)
    return bri__set_errno_error (&g->error, errno, "cannot open", path);
  gsize size = BLOCK_BYTES + BRI_IMPORT_MAX_LINE_BYTES;
  char head[4] = { 0 };
  gboolean zipped = fread (head, 1, 4, in.fp) == 4 && memcmp (head, "PK\003\004", 4) == 0;
  struct stat st;
  if (zipped)
    {
      fclose (in.fp);
      in.fp = NULL;
      if (!(in.zip = bri__zip_stream_open (path, BRI_IMPORT_MAX_GDELT_ZIP_BYTES, &g->error)))
        return FALSE;
    }
  else
    {
      rewind (in.fp);
      if (fstat (fileno (in.fp), &st) == 0 && S_ISREG (st.st_mode) && (guint64) st.st_size < size)
        size = (gsize) st.st_size + 1; /* a small file: a buffer of its size */
    }
  char *buf = g_malloc (size);
  gsize have = 0;
  gboolean ok = TRUE;
  for (;;)
    {
      gssize got = input_read (g, &in, buf + have, size - have);
      if (got < 0)
        {
          ok = FALSE;
          break;
        }
      have += (gsize) got;
      if (got == 0)
        {
          if (have > 0)
            ok = read_block (g, buf, have);
          break;
        }
      const char *nl = NULL;
      for (gsize i = have; i > 0 && !nl; i--)
        if (buf[i - 1] == '\n')
          nl = buf + i - 1;
      if (!nl)
        {
          if (have > BRI_IMPORT_MAX_LINE_BYTES)
            {
              ok = line_too_long (g);
              break;
            }
          continue;
        }
      gsize whole = nl + 1 - buf;
      if (!(ok = read_block (g, buf, whole)))
        break;
      memmove (buf, buf + whole, have - whole);
      have -= whole;
      if (have > BRI_IMPORT_MAX_LINE_BYTES)
        {
          /* The unfinished last line is too long already. */
          ok = line_too_long (g);
          break;
        }
    }
  g_free (buf);
  if (in.fp)
    fclose (in.fp);
  bri__zip_stream_close (in.zip);
  return ok;
}

BriImportReport *
bri_import_gdelt (BriGraph *base, const char *const *files, const char *out_dir,
                  const BriImportOptions *options, GError **error)
{
  g_return_val_if_fail (base != NULL && files != NULL && out_dir != NULL, NULL);
  Gdelt g = { 0 };
  if (!bri__import_begin (&g.ctx, base, options, out_dir, error))
    return NULL;
  g.merged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g.pending = g_ptr_array_new ();
  gboolean ok = load_tables (&g, &g.error);
  for (guint i = 0; ok && files[i]; i++)
    ok = read_file (&g, files[i]);
  guint i = 0;
  for (; ok && i < g.pending->len; i++)
    ok = bri_graph_add_relation (g.ctx.out, g.pending->pdata[i], &g.error) != NULL;
  for (; i < g.pending->len; i++)
    bri_relation_free (g.pending->pdata[i]);
  g_ptr_array_unref (g.pending);
  g_hash_table_unref (g.merged);
  if (g.rules)
    g_ptr_array_unref (g.rules);
  return bri__import_end (&g.ctx, ok, out_dir, g.error, error);
}
