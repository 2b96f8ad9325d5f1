/* libbri/import/import-aiddata.c — bri_import_aiddata(): AidData's GCDF 3.0
 * projects → `financed` relations (financier → recipient country), with the
 * implementing and direct receiving agencies as entities. Reads the
 * published XLSX workbook (xlsx-reader.c) or CSV saved from it (the CSV
 * reader, libcsv); both give rows of cells by the workbook's header names,
 * which one function turns into relations. It owns the GCDF column names,
 * the agency type → entity kind rule, and the cleaning of GCDF's values
 * (ISO or Excel-serial dates under `(MM/DD/YYYY)` headers, float years,
 * `|`-joined lists, Excel's `_x000D_`). */
#include "config.h"
#include "import/import-private.h"

#include <stdio.h>

enum {
  C_ID, C_AGGREGATES, C_ISO3, C_YEAR, C_TITLE, C_FLOW_TYPE, C_FLOW_CLASS, C_SECTOR,
  C_FUNDERS, C_FUNDER_TYPES, C_AMOUNT, C_DATE, C_COMPLETION, C_URLS, C_DESCRIPTION,
  N_REQUIRED,
  /* optional */
  C_IMPLEMENTERS = N_REQUIRED, C_IMPLEMENTER_TYPES, C_RECEIVERS, C_RECEIVER_TYPES,
  C_STATUS, C_INTENT, C_RECIPIENT, N_COLUMNS
};

static const char *const column_names[N_COLUMNS] = {
  "AidData Record ID", "Recommended For Aggregates", "Recipient ISO-3",
  "Commitment Year", "Title", "Flow Type", "Flow Class", "Sector Name",
  "Funding Agencies", "Funding Agencies Type", "Amount (Constant USD 2021)",
  "Commitment Date (MM/DD/YYYY)", "Completion Year", "Source URLs", "Description",
  "Implementing Agencies", "Implementing Agencies Type", "Direct Receiving Agencies",
  "Direct Receiving Agencies Type", "Status", "Intent", "Recipient",
};

typedef struct {
  BriImportContext ctx;
  const char *file;
  int index[N_COLUMNS];         /* column -> cell index, -1 when absent */
  gboolean have_header;
  gboolean xlsx;
  /* the current row, for locating problems */
  const BriCsvRecord *rec;      /* CSV */
  guint row;                    /* XLSX: the sheet's row number */
  BriXlsxReader *reader;
  char *cleaned[N_COLUMNS];     /* the row's cells, cleaned in place on demand */
  GError *error;
} Gcdf;

static void
locate (Gcdf *g, guint cell, guint *line, guint *column)
{
  if (g->rec)
    bri__csv_locate (g->rec, cell, line, column);
  else
    {
      *line = g->row;
      *column = cell + 1;
    }
}

static gboolean
bad (Gcdf *g, int c, int code, const char *fmt, const char *value)
{
  guint line, column;
  locate (g, (guint) MAX (g->index[c], 0), &line, &column);
  g_autofree char *what = g_strdup_printf (fmt, value);
  return bri__import_bad_row (&g->ctx, code, g->file, line, column, &g->error,
                              "%s: %s", column_names[c], what);
}

/* Whether an 8-byte word of text holds a byte clean() must look at: one
 * below 0x20 (TAB and LF included: false positives only send the word
 * through the byte loop), DEL, or `_` (Excel's `_x000D_`). */
static inline gboolean
word_needs_look (guint64 x)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 del = x ^ (ones * 0x7f), under = x ^ (ones * '_');
  /* != 0: a gboolean is an int, and the flags are the bytes' high bits. */
  return ((((x - ones * 0x20) & ~x) | ((del - ones) & ~del) | ((under - ones) & ~under))
          & highs) != 0;
}

static inline gboolean
is_control (unsigned char c)
{
  return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f;
}

/* The first byte in [@p, @end) that clean() changes or must look at (a
 * control character, CR among them, or `_`), else @end: eight bytes at a
 * time, a word with a TAB or LF looked at byte by byte. */
static const char *
next_special (const char *p, const char *end)
{
  for (; p + 8 <= end; p += 8)
    {
      guint64 word;
      memcpy (&word, p, 8);
      if (word_needs_look (word))
        for (int k = 0; k < 8; k++)
          if (is_control ((unsigned char) p[k]) || p[k] == '_')
            return p + k;
    }
  for (; p < end; p++)
    if (is_control ((unsigned char) *p) || *p == '_')
      return p;
  return end;
}

/* GCDF text as the data model takes it, rewritten in place (it only
 * shrinks) in a cell the reader gave: CR LF, a lone CR and Excel's
 * `_x000D_` escape of a carriage return (with an LF after it) become line
 * feeds, other control characters spaces, surrounding white space trimmed
 * (as g_strstrip()). Returns the cleaned text, within @s. UTF-8 stays
 * valid: only ASCII bytes change. A row has 126 cells and the mapping
 * reads 22, some of kilobytes: no copy, and the runs of bytes that need
 * nothing are found eight bytes at a time. */
static char *
clean (char *s)
{
  const char *p = s, *end = s + strlen (s);
  char *w = s;
  for (;;)
    {
      const char *q = next_special (p, end);
      if (w != p)
        memmove (w, p, (gsize) (q - p));
      w += q - p;
      if (q == end)
        break;
      p = q;
      if (*p == '_' && strncmp (p, "_x000D_", 7) == 0)
        {
          p += 7;
          if (*p == '\n')
            p++;
          *w++ = '\n';
        }
      else if (*p == '\r')
        {
          p++;
          if (*p == '\n')
            p++;
          *w++ = '\n';
        }
      else if (*p == '_')
        *w++ = *p++;
      else
        {
          *w++ = ' ';
          p++;
        }
    }
  while (w > s && g_ascii_isspace (w[-1]))
    w--;
  *w = '\0';
  while (g_ascii_isspace (*s))
    s++;
  return s;
}

/* A year written as `2021` or `2021.0`. */
static gboolean
parse_year (const char *s, BriDate *date)
{
  char *end;
  double v = g_ascii_strtod (s, &end);
  if (end == s || *end || v != (double) (gint64) v || v < 1 || v > 9999)
    return FALSE;
  char buf[8];
  g_snprintf (buf, sizeof buf, "%04d", (int) v);
  return bri_date_parse (buf, date, NULL);
}

/* A commitment date: ISO `YYYY-MM-DD` (optionally with a time, as pandas
 * writes it), `MM/DD/YYYY` as the header says, or an Excel serial number. */
static gboolean
parse_date (Gcdf *g, guint cell, const char *s, BriDate *date)
{
  if (g->xlsx && bri__xlsx_cell_is_date (g->reader, cell))
    return bri__xlsx_serial_to_date (s, date);
  guint m, d, y;
  char rest;
  if (sscanf (s, "%2u/%2u/%4u%c", &m, &d, &y, &rest) == 3)
    {
      char buf[16];
      g_snprintf (buf, sizeof buf, "%04u-%02u-%02u", y, m, d);
      return bri_date_parse (buf, date, NULL);
    }
  if (strlen (s) >= 10 && s[4] == '-' && (s[10] == '\0' || s[10] == ' ' || s[10] == 'T'))
    {
      char buf[11];
      memcpy (buf, s, 10);
      buf[10] = '\0';
      return bri_date_parse (buf, date, NULL);
    }
  return bri__xlsx_serial_to_date (s, date);
}

/* The entity kind of an agency by its GCDF type. */
static const char *
agency_kind (const char *type)
{
  g_autofree char *t = g_ascii_strdown (type ? type : "", -1);
  if (strstr (t, "government"))
    return "ministry";
  if (strstr (t, "bank") || strstr (t, "fund") || strstr (t, "financial"))
    return "institution";
  if (strstr (t, "company") || strstr (t, "private") || strstr (t, "joint venture"))
    return "enterprise";
  return "organization";
}

/* Column @c of the row, cleaned in place on first use (a row has 126
 * cells; the mapping reads 22). */
static const char *
cell (Gcdf *g, char **cells, guint n, int c)
{
  int i = g->index[c];
  if (i < 0 || (guint) i >= n)
    return "";
  if (!g->cleaned[c])
    g->cleaned[c] = clean (cells[i]);
  return g->cleaned[c];
}

/* Adds @r to the output. Its text all comes from clean() (or is made
 * here of digits and names): valid UTF-8, since the CSV reader checked
 * every byte and libxml2 decoded the workbook, and without control
 * characters but TAB and LF. So the graph need not check it again
 * (descriptions run to kilobytes). */
static gboolean
add_relation (Gcdf *g, BriRelation *r)
{
  gboolean ok = bri__graph_insert_relation (g->ctx.out, r, TRUE, NULL, &g->error) != NULL;
  bri_relation_free (r);
  return ok;
}

/* The entity of agency @name of list column @c, of GCDF type @type, or
 * NULL with g->error. A name seen before is looked up as written;
 * locating the field (which re-reads its record) is only for a new one. */
static const char *
resolve_agency (Gcdf *g, int c, const char *name, const char *type,
                const BriEntity *parent)
{
  const char *id = g_hash_table_lookup (g->ctx.spellings, name);
  if (id)
    return id;
  guint line, column;
  locate (g, (guint) g->index[c], &line, &column);
  return bri__import_resolve (&g->ctx, name, agency_kind (type), parent, g->file, line,
                              column, &g->error);
}

/* The agencies of list column @names (types in @types, aligned) as
 * relations of @kind to the recipient. */
static gboolean
add_agencies (Gcdf *g, char **cells, guint n, int names, int types, const char *kind,
              const BriEntity *recipient, const char *event, const char *source,
              BriDate date)
{
  const char *list = cell (g, cells, n, names);
  if (!*list)
    return TRUE;
  g_auto (GStrv) parts = g_strsplit (list, "|", -1);
  g_auto (GStrv) kinds = g_strsplit (cell (g, cells, n, types), "|", -1);
  guint n_kinds = g_strv_length (kinds);
  for (guint i = 0; parts[i]; i++)
    {
      const char *name = clean (parts[i]);
      if (!*name)
        continue;
      const char *type = i < n_kinds ? kinds[i] : "";
      const BriEntity *parent = NULL;
      if (g_str_has_prefix (type, "Chinese"))
        parent = bri__import_country (&g->ctx, "CHN");
      else if (g_str_has_prefix (type, "Recipient"))
        parent = recipient;
      const char *id = resolve_agency (g, names, name, type, parent);
      if (!id)
        return FALSE;
      if (g_str_equal (id, bri_entity_get_id (recipient)))
        continue;
      if (!bri__import_declare_kind (&g->ctx, kind, &g->error))
        return FALSE;
      BriRelation *r = bri_relation_new (kind, id, bri_entity_get_id (recipient));
      bri_relation_set_date (r, date);
      bri_relation_set_event (r, event);
      bri_relation_set_source (r, source);
      if (!add_relation (g, r))
        return FALSE;
    }
  return TRUE;
}

static gboolean
map_row (Gcdf *g, char **cells, guint n)
{
  gboolean blank = TRUE;
  for (guint i = 0; i < n && blank; i++)
    blank = !*cells[i];
  if (blank)
    return TRUE;
  g->ctx.report->n_rows++;

  char *id = (char *) cell (g, cells, n, C_ID);
  if (g_str_has_suffix (id, ".0"))
    id[strlen (id) - 2] = '\0'; /* a workbook's number 96203.0 */
  if (!g_ascii_string_to_unsigned (id, 10, 1, G_MAXUINT32, NULL, NULL))
    return bad (g, C_ID, BRI_ERROR_PARSE, "'%s', expected a record number", id);
  const char *agg = cell (g, cells, n, C_AGGREGATES);
  if (!g_str_equal (agg, "Yes") && !g_str_equal (agg, "No"))
    return bad (g, C_AGGREGATES, BRI_ERROR_PARSE, "'%s', expected Yes or No", agg);
  if (g_str_equal (agg, "No") && !g->ctx.options->keep_non_aggregates)
    {
      g->ctx.report->n_filtered++;
      return TRUE;
    }
  const char *iso3 = cell (g, cells, n, C_ISO3);
  const BriEntity *recipient = *iso3 ? bri__import_country (&g->ctx, iso3) : NULL;
  if (!recipient)
    {
      /* Regional and multi-country projects have no one recipient country. */
      guint line, column;
      locate (g, (guint) g->index[C_ISO3], &line, &column);
      bri__import_note (&g->ctx, g->file, line, column,
                        "Recipient ISO-3 '%s' (%s) is no gazetteer country: project left out",
                        iso3, cell (g, cells, n, C_RECIPIENT));
      g->ctx.report->n_filtered++;
      return TRUE;
    }

  BriDate date = BRI_DATE_UNSET, end = BRI_DATE_UNSET;
  const char *ds = cell (g, cells, n, C_DATE), *ys = cell (g, cells, n, C_YEAR);
  if (*ds && !parse_date (g, (guint) g->index[C_DATE], ds, &date))
    return bad (g, C_DATE, BRI_ERROR_PARSE,
                "'%s', expected a date (YYYY-MM-DD, MM/DD/YYYY or an Excel date)", ds);
  if (!*ds && *ys && !parse_year (ys, &date))
    return bad (g, C_YEAR, BRI_ERROR_PARSE, "'%s', expected a year such as 2021", ys);
  const char *cs = cell (g, cells, n, C_COMPLETION);
  if (*cs && !parse_year (cs, &end))
    return bad (g, C_COMPLETION, BRI_ERROR_PARSE, "'%s', expected a year such as 2021", cs);
  if (bri_date_is_set (end) && (!bri_date_is_set (date)
                                || bri_date_compare (bri_date_last_day (end),
                                                     bri_date_first_day (date)) < 0))
    end = BRI_DATE_UNSET; /* no end without a start, none before it */
  const char *amount_text = cell (g, cells, n, C_AMOUNT);
  char *amount_end, amount[G_ASCII_DTOSTR_BUF_SIZE] = "";
  if (*amount_text)
    {
      double v = g_ascii_strtod (amount_text, &amount_end);
      if (*amount_end || !isfinite (v))
        return bad (g, C_AMOUNT, BRI_ERROR_PARSE, "'%s', expected a number", amount_text);
      /* The shortest text that reads back as the same number, so that the
       * CSV's `1016812036.74418` and the workbook's 17 digits agree. */
      g_ascii_formatd (amount, sizeof amount, "%.15g", v);
      if (g_ascii_strtod (amount, NULL) != v)
        g_ascii_formatd (amount, sizeof amount, "%.17g", v);
    }

  /* The financier: the one funding agency, else China. */
  const BriEntity *china = bri__import_country (&g->ctx, "CHN");
  const char *funders = cell (g, cells, n, C_FUNDERS);
  g_auto (GStrv) fparts = g_strsplit (funders, "|", -1);
  const char *from = bri_entity_get_id (china);
  if (g_strv_length (fparts) == 1 && *g_strstrip (fparts[0]))
    {
      g_auto (GStrv) ftypes = g_strsplit (cell (g, cells, n, C_FUNDER_TYPES), "|", -1);
      from = resolve_agency (g, C_FUNDERS, fparts[0], ftypes[0], china);
      if (!from)
        return FALSE;
    }

  g_autofree char *event = g_strdup_printf ("aiddata-%s", id);
  const char *urls = cell (g, cells, n, C_URLS);
  g_auto (GStrv) uparts = g_strsplit (urls, "|", -1);
  const char *first_url = NULL;
  for (guint i = 0; uparts[i] && !first_url; i++)
    if (*g_strstrip (uparts[i]))
      first_url = uparts[i];
  const char *title = cell (g, cells, n, C_TITLE);
  BriSource *s = bri_source_new (event);
  bri_source_set_publisher (s, "AidData, Global Chinese Development Finance Dataset 3.0");
  if (*title)
    bri_source_set_title (s, title);
  if (first_url)
    bri_source_set_url (s, first_url);
  if (!bri_graph_add_source (g->ctx.out, s, &g->error))
    return FALSE;

  if (!bri__import_declare_kind (&g->ctx, "financed", &g->error))
    return FALSE;
  BriRelation *r = bri_relation_new ("financed", from, bri_entity_get_id (recipient));
  bri_relation_set_date (r, date);
  bri_relation_set_end_date (r, end);
  if (*title)
    bri_relation_set_title (r, title);
  const char *sector = cell (g, cells, n, C_SECTOR);
  if (*sector)
    bri_relation_set_sector (r, sector);
  bri_relation_set_event (r, event);
  bri_relation_set_source (r, event);
  const char *description = cell (g, cells, n, C_DESCRIPTION);
  if (*description)
    bri_relation_set_evidence (r, description);
  bri_relation_set_attribute (r, "aiddata_id", id);
  if (*amount)
    bri_relation_set_attribute (r, "amount_constant_usd_2021", amount);
  static const struct { int column; const char *name; } attrs[] = {
    { C_FLOW_TYPE, "flow_type" }, { C_FLOW_CLASS, "flow_class" },
    { C_AGGREGATES, "recommended_for_aggregates" }, { C_FUNDERS, "funding_agencies" },
    { C_STATUS, "status" }, { C_INTENT, "intent" }, { C_URLS, "urls" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (attrs); i++)
    {
      const char *v = cell (g, cells, n, attrs[i].column);
      if (*v)
        bri_relation_set_attribute (r, attrs[i].name, v);
    }
  if (!add_relation (g, r))
    {
      guint line, column;
      locate (g, 0, &line, &column);
      g_prefix_error (&g->error, "%s:%u:%u: ", g->file, line, column);
      return FALSE;
    }
  return add_agencies (g, cells, n, C_IMPLEMENTERS, C_IMPLEMENTER_TYPES, "implemented",
                       recipient, event, event, date)
    && add_agencies (g, cells, n, C_RECEIVERS, C_RECEIVER_TYPES, "received",
                     recipient, event, event, date);
}

static gboolean
on_row (Gcdf *g, char **cells, guint n)
{
  gboolean ok = map_row (g, cells, n);
  memset (g->cleaned, 0, sizeof g->cleaned);
  return ok;
}

static gboolean
on_header (Gcdf *g, char **cells, guint n)
{
  for (int c = 0; c < N_COLUMNS; c++)
    {
      g->index[c] = -1;
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *h = g_strstrip (g_strdup (cells[i]));
          if (g_str_equal (h, column_names[c]))
            {
              if (g->index[c] >= 0)
                {
                  guint line, column;
                  locate (g, i, &line, &column);
                  g_set_error (&g->error, BRI_ERROR, BRI_ERROR_DUPLICATE,
                               "%s:%u:%u: column '%s' twice, expected each once",
                               g->file, line, column, column_names[c]);
                  return FALSE;
                }
              g->index[c] = i;
            }
        }
      if (c < N_REQUIRED && g->index[c] < 0)
        {
          guint line, column;
          locate (g, 0, &line, &column);
          g_set_error (&g->error, BRI_ERROR, BRI_ERROR_INVALID,
                       "%s:%u:%u: missing column '%s', expected GCDF 3.0's header "
                       "(AidData Record ID, Recommended For Aggregates, …)",
                       g->file, line, column, column_names[c]);
          return FALSE;
        }
    }
  g->have_header = TRUE;
  return TRUE;
}

static gboolean
on_csv_record (const BriCsvRecord *rec, gpointer data)
{
  Gcdf *g = data;
  g->rec = rec;
  if (rec->n_fields > BRI_IMPORT_MAX_CELLS)
    {
      guint line, column;
      bri__csv_locate (rec, BRI_IMPORT_MAX_CELLS, &line, &column);
      g_set_error (&g->error, BRI_ERROR, BRI_ERROR_LIMIT,
                   "%s:%u:%u: %u fields, expected at most %u", g->file, line, column,
                   rec->n_fields, BRI_IMPORT_MAX_CELLS);
      return FALSE;
    }
  gboolean ok = g->have_header ? on_row (g, rec->fields, rec->n_fields)
                               : on_header (g, rec->fields, rec->n_fields);
  g->rec = NULL;
  return ok && !g->error;
}

static gboolean
read_csv (Gcdf *g)
{
  BriImportFile file;
  if (!bri__import_file_open (&file, g->file, &g->error))
    return FALSE;
  BriCsvProblem problem;
  gboolean ok = bri__csv_read (file.data, file.len, on_csv_record, g, &problem);
  bri__import_file_close (&file);
  if (!ok)
    {
      bri__import_csv_problem (&problem, g->file, 0, &g->error);
      return FALSE;
    }
  return g->error == NULL;
}

static gboolean
read_xlsx (Gcdf *g)
{
  g->xlsx = TRUE;
  g->reader = bri__xlsx_open (g->file, NULL, 0, "GCDF_3.0", &g->error);
  if (!g->reader)
    return FALSE;
  guint n;
  char **cells;
  gboolean ok = TRUE;
  while (ok && bri__xlsx_next_row (g->reader, &g->row, &n, &cells, &g->error))
    ok = g->have_header ? on_row (g, cells, n) : on_header (g, cells, n);
  bri__xlsx_close (g->reader);
  g->reader = NULL;
  return ok && !g->error;
}

/* A zip archive (XLSX) starts with a local file header. */
static gboolean
looks_like_zip (const char *path)
{
  FILE *fp = fopen (path, "rb");
  if (!fp)
    return FALSE;
  char head[4] = { 0 };
  size_t n = fread (head, 1, 4, fp);
  fclose (fp);
  return n == 4 && memcmp (head, "PK\003\004", 4) == 0;
}

BriImportReport *
bri_import_aiddata (BriGraph *base, const char *file, const char *out_dir,
                    const BriImportOptions *options, GError **error)
{
  g_return_val_if_fail (base != NULL && file != NULL && out_dir != NULL, NULL);
  Gcdf g = { 0 };
  if (!bri__import_begin (&g.ctx, base, options, out_dir, error))
    return NULL;
  g.file = file;
  gboolean ok = bri__import_china (&g.ctx, &g.error) != NULL;
  gboolean xlsx = g_str_has_suffix (file, ".xlsx") || g_str_has_suffix (file, ".XLSX")
    || looks_like_zip (file);
  if (ok)
    ok = xlsx ? read_xlsx (&g) : read_csv (&g);
  if (ok && !g.have_header)
    {
      g_set_error (&g.error, BRI_ERROR, BRI_ERROR_INVALID,
                   "%s:1:1: no header row, expected GCDF 3.0's header", file);
      ok = FALSE;
    }
  return bri__import_end (&g.ctx, ok, out_dir, g.error, error);
}
