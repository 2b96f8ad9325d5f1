/* libbri/import/import-common.c — what both importers share: their options and
 * report, entity resolution (a free-text name → an existing entity, or one
 * new entity per distinct normalised name with the id rule of
 * bri/import.h), gazetteer countries by ISO or CAMEO code, and writing the
 * output directory all or nothing (bri_graph_save_dir() into a temporary
 * directory beside it, then one rename). */
#include "config.h"
#include "import/import-private.h"
#include "io/atomic-file.h"

#include <errno.h>
#include <glib/gstdio.h>

/* ---- options ---------------------------------------------------------- */

BriImportOptions *
bri_import_options_new (void)
{
  BriImportOptions *o = g_new0 (BriImportOptions, 1);
  o->gdelt_version = BRI_GDELT_AUTO;
  o->cameo = g_strsplit ("04,05,06", ",", -1);
  return o;
}

void
bri_import_options_free (BriImportOptions *o)
{
  if (!o)
    return;
  g_strfreev (o->cameo);
  g_free (o->mapping_dir);
  g_free (o);
}

void
bri_import_options_set_skip_bad_rows (BriImportOptions *o, gboolean skip)
{
  g_return_if_fail (o != NULL);
  o->skip_bad_rows = skip;
}

void
bri_import_options_set_keep_non_aggregates (BriImportOptions *o, gboolean keep)
{
  g_return_if_fail (o != NULL);
  o->keep_non_aggregates = keep;
}

void
bri_import_options_set_gdelt_version (BriImportOptions *o, BriGdeltVersion v)
{
  g_return_if_fail (o != NULL);
  o->gdelt_version = v;
}

gboolean
bri_import_options_set_cameo (BriImportOptions *o, const char *codes, GError **error)
{
  g_return_val_if_fail (o != NULL && codes != NULL, FALSE);
  g_auto (GStrv) parts = g_strsplit (codes, ",", -1);
  guint n = 0;
  for (guint i = 0; parts[i]; i++)
    {
      g_strstrip (parts[i]);
      gsize len = strlen (parts[i]);
      gboolean ok = len >= 2 && len <= 4;
      for (gsize k = 0; ok && k < len; k++)
        ok = g_ascii_isdigit (parts[i][k]);
      if (!ok)
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                       "CAMEO code '%s', expected 2 to 4 digits such as 04 or 057",
                       parts[i]);
          return FALSE;
        }
      n++;
    }
  if (n == 0)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "empty CAMEO code list, expected codes such as 04,057");
      return FALSE;
    }
  g_strfreev (o->cameo);
  o->cameo = g_steal_pointer (&parts);
  return TRUE;
}

void
bri_import_options_set_mapping_dir (BriImportOptions *o, const char *dir)
{
  g_return_if_fail (o != NULL);
  g_free (o->mapping_dir);
  o->mapping_dir = g_strdup (dir);
}

static char *
mapping_path (const BriImportOptions *o, const char *name)
{
  if (o->mapping_dir)
    return g_build_filename (o->mapping_dir, name, NULL);
  const char *env = g_getenv ("BRI_DATA");
  if (env && *env)
    return g_build_filename (env, "import", name, NULL);
  return g_build_filename (BRI_PKGDATADIR, "import", name, NULL);
}

/* ---- report ----------------------------------------------------------- */

void
bri_import_report_free (BriImportReport *r)
{
  if (!r)
    return;
  g_ptr_array_unref (r->problems);
  g_free (r);
}

guint bri_import_report_get_n_rows (const BriImportReport *r) { return r->n_rows; }
guint bri_import_report_get_n_relations (const BriImportReport *r) { return r->n_relations; }
guint bri_import_report_get_n_merged (const BriImportReport *r) { return r->n_merged; }
guint bri_import_report_get_n_entities (const BriImportReport *r) { return r->n_entities; }
guint bri_import_report_get_n_filtered (const BriImportReport *r) { return r->n_filtered; }
guint bri_import_report_get_n_skipped (const BriImportReport *r) { return r->n_skipped; }
guint bri_import_report_get_n_problems (const BriImportReport *r) { return r->problems->len; }

const char *
bri_import_report_get_problem (const BriImportReport *r, guint i)
{
  g_return_val_if_fail (r != NULL && i < r->problems->len, NULL);
  return r->problems->pdata[i];
}

/* ---- context ---------------------------------------------------------- */

static gboolean check_out_dir (const char *out_dir, GError **error);
static gboolean write_out (BriImportContext *ctx, const char *out_dir, GError **error);

gboolean
bri__import_begin (BriImportContext *ctx, BriGraph *base, const BriImportOptions *o,
                   const char *out_dir, GError **error)
{
  memset (ctx, 0, sizeof *ctx);
  if (!check_out_dir (out_dir, error))
    return FALSE;
  ctx->base = base;
  ctx->out = bri__graph_new_overlay (base);
  ctx->own_options = o ? NULL : bri_import_options_new ();
  ctx->options = o ? o : ctx->own_options;
  ctx->report = g_new0 (BriImportReport, 1);
  ctx->report->problems = g_ptr_array_new_with_free_func (g_free);
  ctx->countries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->spellings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return TRUE;
}

BriImportReport *
bri__import_end (BriImportContext *ctx, gboolean ok, const char *out_dir, GError *local,
                 GError **error)
{
  if (ok)
    ok = write_out (ctx, out_dir, &local);
  if (!ok)
    g_propagate_error (error, local);
  bri_import_options_free (ctx->own_options);
  bri_graph_unref (ctx->out);
  g_hash_table_unref (ctx->countries);
  g_hash_table_unref (ctx->spellings);
  g_hash_table_unref (ctx->names);
  BriImportReport *r = ctx->report;
  ctx->report = NULL;
  if (!ok)
    {
      bri_import_report_free (r);
      return NULL;
    }
  return r;
}

static void
note_v (BriImportContext *ctx, const char *file, guint line, guint column,
        const char *fmt, va_list ap)
{
  if (ctx->report->problems->len >= BRI_IMPORT_MAX_PROBLEMS)
    return;
  g_autofree char *msg = g_strdup_vprintf (fmt, ap);
  g_ptr_array_add (ctx->report->problems,
                   g_strdup_printf ("%s:%u:%u: %s", file, line, column, msg));
}

void
bri__import_note (BriImportContext *ctx, const char *file, guint line, guint column,
                  const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  note_v (ctx, file, line, column, fmt, ap);
  va_end (ap);
}

gboolean
bri__import_bad_row (BriImportContext *ctx, int code, const char *file, guint line,
                     guint column, GError **error, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  if (ctx->options->skip_bad_rows)
    {
      ctx->report->n_skipped++;
      note_v (ctx, file, line, column, fmt, ap);
      va_end (ap);
      return TRUE;
    }
  g_autofree char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  g_set_error (error, BRI_ERROR, code, "%s:%u:%u: %s", file, line, column, msg);
  return FALSE;
}

/* ---- resolution ------------------------------------------------------- */

const BriEntity *
bri__import_china (BriImportContext *ctx, GError **error)
{
  const BriEntity *china = bri__import_country (ctx, "CHN");
  if (!china)
    g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
                 "no country with the code CHN in the base graph, expected the "
                 "gazetteer (data/gazetteer) to be loaded");
  return china;
}

const BriEntity *
bri__import_country (BriImportContext *ctx, const char *code)
{
  /* Called for every row (twice for a GDELT event): the cached answer is
   * looked up without allocating (codes are short); only a new code is
   * copied into the cache. */
  char buf[16];
  gsize len = strlen (code);
  if (len < sizeof buf)
    {
      for (gsize i = 0; i <= len; i++)
        buf[i] = g_ascii_toupper (code[i]);
      gpointer found;
      if (g_hash_table_lookup_extended (ctx->countries, buf, NULL, &found))
        return found;
    }
  g_autofree char *key = g_ascii_strup (code, -1);
  gpointer found;
  if (g_hash_table_lookup_extended (ctx->countries, key, NULL, &found))
    return found;
  const BriEntity *country = NULL;
  if (len == 2)
    {
      /* Gazetteer countries are `country:` + their alpha-2 code. */
      g_autofree char *id = g_strconcat ("country:", key, NULL);
      country = bri_graph_lookup_entity (ctx->base, id);
      if (country && !g_str_equal (bri_entity_get_kind (country), "country"))
        country = NULL;
    }
  else if (len == 3)
    {
      g_autoptr (GPtrArray) hits = bri_graph_find (ctx->base, key);
      for (guint i = 0; i < hits->len; i++)
        {
          const BriEntity *e = hits->pdata[i];
          if (!g_str_equal (bri_entity_get_kind (e), "country"))
            continue;
          /* The alpha-2 code is the entity's code; alpha-3 one of its aliases. */
          gboolean exact = bri__str_equal0 (bri_entity_get_code (e), key);
          for (guint a = 0; !exact && a < bri_entity_get_n_aliases (e); a++)
            exact = g_str_equal (bri_entity_get_alias (e, a), key);
          if (!exact)
            continue;
          if (country)
            {
              country = NULL; /* two countries: not guessed */
              break;
            }
          country = e;
        }
    }
  g_hash_table_insert (ctx->countries, g_steal_pointer (&key), (gpointer) country);
  return country;
}

char *
bri__import_make_id (const char *kind, const BriEntity *parent, const char *name)
{
  g_autofree char *norm = bri_name_normalize (name);
  if (!norm)
    norm = g_strdup ("");
  g_autofree char *cc = parent && bri_entity_get_code (parent)
    ? g_ascii_strdown (bri_entity_get_code (parent), -1) : g_strdup ("xx");
  GString *slug = g_string_new (NULL);
  gboolean dash = FALSE, cut = FALSE;
  for (const char *p = norm; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isalnum (c))
        {
          dash = slug->len > 0;
          continue;
        }
      char buf[8];
      gint n = g_unichar_to_utf8 (c, buf);
      if (slug->len + (dash ? 1 : 0) + n > 60)
        {
          cut = TRUE;
          break;
        }
      if (dash)
        g_string_append_c (slug, '-');
      dash = FALSE;
      g_string_append_len (slug, buf, n);
    }
  if (cut || slug->len == 0)
    {
      g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA1, norm, -1);
      g_string_append_printf (slug, "%s%.8s", slug->len ? "-" : "", sha);
    }
  char *id = g_strdup_printf ("%s:%s-%s", kind, cc, slug->str);
  g_string_free (slug, TRUE);
  return id;
}

static const char *resolve_new (BriImportContext *ctx, const char *name, const char *kind,
                                const BriEntity *parent, const char *file, guint line,
                                guint column, GError **error);

const char *
bri__import_resolve (BriImportContext *ctx, const char *name, const char *kind,
                     const BriEntity *parent, const char *file, guint line,
                     guint column, GError **error)
{
  /* The same spelling again: no normalisation (OpenCC) needed. */
  const char *seen = g_hash_table_lookup (ctx->spellings, name);
  if (seen)
    return seen;
  const char *id = resolve_new (ctx, name, kind, parent, file, line, column, error);
  if (id)
    g_hash_table_insert (ctx->spellings, g_strdup (name), (gpointer) id);
  return id;
}

static const char *
resolve_new (BriImportContext *ctx, const char *name, const char *kind,
             const BriEntity *parent, const char *file, guint line, guint column,
             GError **error)
{
  g_autofree char *norm = bri_name_normalize (name);
  if (!norm || !*norm)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_PARSE,
                   "%s:%u:%u: name '%s', expected a name", file, line, column, name);
      return NULL;
    }
  const char *known = g_hash_table_lookup (ctx->names, norm);
  if (known)
    return known;
  g_autoptr (GPtrArray) hits = bri_graph_find (ctx->base, name);
  if (hits->len == 1)
    {
      char *id = g_strdup (bri_entity_get_id (hits->pdata[0]));
      g_hash_table_insert (ctx->names, g_steal_pointer (&norm), id);
      return id;
    }
  if (hits->len > 1)
    {
      GString *ids = g_string_new (NULL);
      for (guint i = 0; i < hits->len && i < 5; i++)
        g_string_append_printf (ids, "%s%s", i ? ", " : "",
                                bri_entity_get_id (hits->pdata[i]));
      bri__import_note (ctx, file, line, column,
                        "'%s' is ambiguous (%s): a new entity, not a guess", name, ids->str);
      g_string_free (ids, TRUE);
    }
  g_autofree char *id = bri__import_make_id (kind, parent, name);
  /* Two names with one slug: the second takes its hash too. */
  const BriEntity *clash = bri_graph_lookup_entity (ctx->out, id);
  if (clash && !g_str_equal (bri_entity_get_name (clash), name))
    {
      g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA1, norm, -1);
      char *longer = g_strdup_printf ("%s-%.8s", id, sha);
      g_free (id);
      id = longer;
    }
  BriEntity *e = bri_entity_new (id, kind, name);
  if (parent)
    bri_entity_set_parent (e, bri_entity_get_id (parent));
  guint before = bri_graph_get_n_entities (ctx->out);
  if (!bri_graph_add_entity (ctx->out, e, error))
    {
      g_prefix_error (error, "%s:%u:%u: ", file, line, column);
      return NULL;
    }
  ctx->report->n_entities += bri_graph_get_n_entities (ctx->out) - before;
  char *owned = g_steal_pointer (&id);
  g_hash_table_insert (ctx->names, g_steal_pointer (&norm), owned);
  return owned;
}

/* ---- the output directory --------------------------------------------- */

/* Checks that @out_dir can be created (absent, or an empty directory). */
static gboolean
check_out_dir (const char *out_dir, GError **error)
{
  if (!g_file_test (out_dir, G_FILE_TEST_EXISTS))
    return TRUE;
  g_autoptr (GDir) d = g_dir_open (out_dir, 0, NULL);
  if (!d)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "%s: exists and is not a directory, expected a new or empty directory",
                   out_dir);
      return FALSE;
    }
  if (g_dir_read_name (d) != NULL)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "%s: directory is not empty, expected a new or empty directory",
                   out_dir);
      return FALSE;
    }
  return TRUE;
}

static void
remove_tree (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (dir);
}

/* Writes ctx->out as a data set directory @out_dir, all or nothing. */
static gboolean
write_out (BriImportContext *ctx, const char *out_dir, GError **error)
{
  if (!check_out_dir (out_dir, error))
    return FALSE;
  g_autofree char *trimmed = g_strdup (out_dir);
  while (strlen (trimmed) > 1 && g_str_has_suffix (trimmed, G_DIR_SEPARATOR_S))
    trimmed[strlen (trimmed) - 1] = '\0';
  g_autofree char *tmp = g_strdup_printf ("%s.tmp-XXXXXX", trimmed);
  if (!g_mkdtemp (tmp))
    return bri__set_errno_error (error, errno, "cannot create", tmp);
  if (!bri_graph_save_dir (ctx->out, tmp, error))
    {
      remove_tree (tmp);
      return FALSE;
    }
  /* An empty directory found there is replaced (rename(2) allows it). */
  if (g_rename (tmp, trimmed) != 0)
    {
      int e = errno;
      remove_tree (tmp);
      return bri__set_errno_error (error, e, "cannot rename into", trimmed);
    }
  g_autofree char *parent = g_path_get_dirname (trimmed);
  bri__atomic_sync_dir (parent);
  ctx->report->n_relations = bri_graph_get_n_relations (ctx->out);
  return TRUE;
}

/* ---- input files ------------------------------------------------------ */

gboolean
bri__import_file_open (BriImportFile *f, const char *path, GError **error)
{
  memset (f, 0, sizeof *f);
  f->map = g_mapped_file_new (path, FALSE, NULL);
  if (f->map)
    {
      f->len = g_mapped_file_get_length (f->map);
      f->data = f->len ? g_mapped_file_get_contents (f->map) : "";
      return TRUE;
    }
  /* Not mappable (a pipe), or not there: reading says which. */
  if (!g_file_get_contents (path, &f->text, &f->len, error))
    return FALSE;
  f->data = f->text;
  return TRUE;
}

void
bri__import_file_close (BriImportFile *f)
{
  g_clear_pointer (&f->map, g_mapped_file_unref);
  g_clear_pointer (&f->text, g_free);
  f->data = NULL;
}

void
bri__import_csv_problem (BriCsvProblem *problem, const char *file, guint base_line,
                         GError **error)
{
  g_set_error (error, BRI_ERROR, problem->code, "%s:%u:%u: %s", file,
               problem->line + base_line, problem->column, problem->message);
  g_clear_pointer (&problem->message, g_free);
}

/* ---- mapping tables --------------------------------------------------- */

typedef struct {
  const char *path;
  const char *const *columns;
  guint n_columns;
  int *index;                   /* column -> field index */
  GPtrArray *rows;
  GError *error;
} TableRead;

static gboolean
table_record (const BriCsvRecord *rec, gpointer data)
{
  TableRead *t = data;
  if (t->index[0] < -1)
    {
      for (guint c = 0; c < t->n_columns; c++)
        {
          t->index[c] = -1;
          for (guint f = 0; f < rec->n_fields; f++)
            if (g_str_equal (rec->fields[f], t->columns[c]))
              t->index[c] = f;
          if (t->index[c] < 0)
            {
              g_set_error (&t->error, BRI_ERROR, BRI_ERROR_INVALID,
                           "%s:%u:1: missing column '%s', expected a header naming it",
                           t->path, rec->line, t->columns[c]);
              return FALSE;
            }
        }
      return TRUE;
    }
  char **row = g_new0 (char *, t->n_columns + 1);
  for (guint c = 0; c < t->n_columns; c++)
    row[c] = g_strdup ((guint) t->index[c] < rec->n_fields ? rec->fields[t->index[c]] : "");
  g_ptr_array_add (t->rows, row);
  return TRUE;
}

GPtrArray *
bri__import_read_mapping (const BriImportOptions *options, const char *name,
                          const char *const *columns, GError **error)
{
  g_autofree char *path = mapping_path (options, name);
  BriImportFile file;
  if (!bri__import_file_open (&file, path, error))
    return NULL;
  TableRead t = { 0 };
  t.path = path;
  t.columns = columns;
  t.n_columns = g_strv_length ((char **) columns);
  t.index = g_new (int, t.n_columns);
  t.index[0] = -2;
  t.rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  BriCsvProblem problem;
  gboolean ok = bri__csv_read (file.data, file.len, table_record, &t, &problem);
  bri__import_file_close (&file);
  g_free (t.index);
  if (!ok)
    {
      bri__import_csv_problem (&problem, path, 0, error);
      g_ptr_array_unref (t.rows);
      return NULL;
    }
  if (t.error)
    {
      g_propagate_error (error, t.error);
      g_ptr_array_unref (t.rows);
      return NULL;
    }
  return t.rows;
}

gboolean
bri__import_declare_kind (BriImportContext *ctx, const char *kind, GError **error)
{
  if (bri_graph_lookup_kind (ctx->out, kind))
    return TRUE;
  static const char *const cols[] = { "kind", "directed", "description", NULL };
  g_autoptr (GPtrArray) rows = bri__import_read_mapping (ctx->options, "import-kinds.csv",
                                                         cols, error);
  if (!rows)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = rows->pdata[i];
      if (g_str_equal (row[0], kind))
        return bri_graph_add_kind (ctx->out, kind, g_str_equal (row[1], "true"),
                                   row[2], error) != NULL;
    }
  g_autofree char *path = mapping_path (ctx->options, "import-kinds.csv");
  g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
               "%s: kind '%s' is not declared, expected a row for it", path, kind);
  return FALSE;
}
