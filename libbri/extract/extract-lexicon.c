/* libbri/extract/extract-lexicon.c — the extractor's tables beside the
 * rules, read with the library's CSV reader: the one-character country
 * forms (country-abbreviations.csv), the titles that make a person speak
 * for a country (titles.csv and the gazetteer's offices.csv) and the
 * leaders whose names stand for their country (the gazetteer's
 * leaders.csv), and the frequent words that a short county name must not
 * be read across (boundary-words.csv). Each is optional. */
#include "config.h"
#include "extract-run.h"
#include "io/csv-reader.h"

static gint
longer_first (gconstpointer a, gconstpointer b)
{
  return (gint) strlen (*(char *const *) b) - (gint) strlen (*(char *const *) a);
}

/* Reads the CSV table at @path (optional: TRUE when absent) with the
 * library's CSV reader, calling @row with the values of @cols (NULL for a
 * missing column) and the row's line; @row may refuse a row with an error,
 * which is then located at `PATH:LINE:1`. */
typedef gboolean (*TableRow) (BriExtractor *ex, const char *const *values,
                              GError **error);
typedef struct {
  BriExtractor *ex;
  const char *const *cols;
  gint idx[8];
  gboolean header_done;
  TableRow row;
  const char *path;
  GError *error;
} TableRead;

static gboolean
table_record (const BriCsvRecord *rec, gpointer data)
{
  TableRead *t = data;
  if (!t->header_done)
    {
      t->header_done = TRUE;
      for (guint c = 0; t->cols[c]; c++)
        {
          t->idx[c] = -1;
          for (guint f = 0; f < rec->n_fields; f++)
            if (g_str_equal (rec->fields[f], t->cols[c]))
              t->idx[c] = (gint) f;
        }
      return TRUE;
    }
  const char *v[8] = { NULL };
  for (guint c = 0; t->cols[c]; c++)
    v[c] = t->idx[c] >= 0 && (guint) t->idx[c] < rec->n_fields ? rec->fields[t->idx[c]] : NULL;
  g_autoptr (GError) err = NULL;
  if (t->row (t->ex, v, &err))
    return TRUE;
  g_set_error (&t->error, BRI_ERROR, BRI_ERROR_PARSE, "%s:%u:1: %s", t->path,
               rec->line, err->message);
  return FALSE;
}

static gboolean
read_table (BriExtractor *ex, const char *path, const char *const *cols, TableRow row,
            GError **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  if (!g_file_get_contents (path, &data, &len, error))
    return FALSE;
  TableRead t = { ex, cols, { 0 }, FALSE, row, path, NULL };
  BriCsvProblem problem = { 0 };
  if (!bri__csv_read (data, len, table_record, &t, &problem))
    {
      if (t.error)
        g_propagate_error (error, t.error);
      else
        g_set_error (error, BRI_ERROR, BRI_ERROR_PARSE, "%s:%u:%u: %s", path, problem.line,
                     problem.column, problem.message);
      g_free (problem.message);
      return FALSE;
    }
  return TRUE;
}

/* country-abbreviations.csv (abbreviation,id): the one-character forms of
 * country names that Chinese joins into compounds (中越两国, 中吉乌铁路),
 * next to the rules file (optional). An id the graph lacks is skipped. */
static gboolean
abbreviation_row (BriExtractor *ex, const char *const *v, GError **error)
{
  if (!v[0] || !v[1] || g_utf8_strlen (v[0], -1) != 1)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_PARSE,
                   "expected one character in column abbreviation and an entity id in column id");
      return FALSE;
    }
  const BriEntity *e = bri_graph_lookup_entity (ex->graph, v[1]);
  if (e)
    g_hash_table_insert (ex->abbrev, GUINT_TO_POINTER (g_utf8_get_char (v[0])), (gpointer) e);
  return TRUE;
}

static gboolean
load_abbreviations (BriExtractor *ex, const char *path, GError **error)
{
  static const char *const cols[] = { "abbreviation", "id", NULL };
  return read_table (ex, path, cols, abbreviation_row, error);
}

static void
add_title (BriExtractor *ex, const char *title)
{
  if (!title || !*title || g_str_is_ascii (title))
    return;
  char *t = bri__extract_fold_name (ex->t2s, title);
  for (guint i = 0; i < ex->titles->len; i++)
    if (g_str_equal (ex->titles->pdata[i], t))
      {
        g_free (t);
        return;
      }
  g_ptr_array_add (ex->titles, t);
}

/* offices.csv (office,name_zh,aliases,role): every office but an envoy's
 * makes its holder speak for a country. */
static gboolean
office_row (BriExtractor *ex, const char *const *v, GError **error)
{
  (void) error;
  if (!v[0] || !v[2] || g_str_equal (v[2], "envoy"))
    return TRUE;
  add_title (ex, v[0]);
  g_auto (GStrv) al = g_strsplit (v[1] ? v[1] : "", "|", -1);
  for (guint i = 0; al[i]; i++)
    add_title (ex, al[i]);
  return TRUE;
}

/* leaders.csv (name_zh,aliases,country …): a leader's Chinese names are
 * mentions of the country (whatever the date: a name recalled later
 * still stands for the country it led). */
static gboolean
leader_row (BriExtractor *ex, const char *const *v, GError **error)
{
  (void) error;
  const BriEntity *c = v[2] ? bri_graph_lookup_entity (ex->graph, v[2]) : NULL;
  if (!c || !v[0])
    return TRUE;
  bri__extractor_add_name (ex, v[0], c->index);
  g_auto (GStrv) al = g_strsplit (v[1] ? v[1] : "", "|", -1);
  for (guint i = 0; al[i]; i++)
    if (!g_str_is_ascii (al[i]))
      bri__extractor_add_name (ex, al[i], c->index);
  return TRUE;
}

static gboolean
load_leaders (BriExtractor *ex, const char *gdir, GError **error)
{
  static const char *const cols[] = { "name_zh", "aliases", "country", NULL };
  g_autofree char *path = g_build_filename (gdir, "leaders.csv", NULL);
  return read_table (ex, path, cols, leader_row, error);
}

/* titles.csv next to the rules (title,example; optional) and the
 * gazetteer's offices.csv: the titles that make the person named with
 * them stand for a country (extract-persons.c). */
static gboolean
title_row (BriExtractor *ex, const char *const *v, GError **error)
{
  if (!v[0] || !*v[0])
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_PARSE, "expected a title in column title");
      return FALSE;
    }
  add_title (ex, v[0]);
  return TRUE;
}

static gboolean
load_titles (BriExtractor *ex, const char *path, const char *gdir, GError **error)
{
  static const char *const office_cols[] = { "name_zh", "aliases", "role", NULL };
  static const char *const title_cols[] = { "title", NULL };
  ex->titles = g_ptr_array_new_with_free_func (g_free);
  ex->china = bri_graph_lookup_entity (ex->graph, "country:CN");
  g_autofree char *offices = g_build_filename (gdir, "offices.csv", NULL);
  if (!read_table (ex, offices, office_cols, office_row, error)
      || !read_table (ex, path, title_cols, title_row, error))
    return FALSE;
  g_ptr_array_sort (ex->titles, longer_first);
  g_ptr_array_add (ex->titles, NULL);
  return TRUE;
}

/* boundary-words.csv next to the rules (word,frequency; optional,
 * written by gen-boundary-words.py from jieba's dictionary): the frequent
 * two-character words that can cross the edge of a two-character county
 * name (extract-mentions.c). */
static gboolean
boundary_word_row (BriExtractor *ex, const char *const *v, GError **error)
{
  if (!v[0] || g_utf8_strlen (v[0], -1) != 2)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_PARSE,
                   "expected a word of two characters in column word");
      return FALSE;
    }
  g_hash_table_add (ex->boundary_words, bri__extract_fold_name (ex->t2s, v[0]));
  return TRUE;
}

static gboolean
load_boundary_words (BriExtractor *ex, const char *path, GError **error)
{
  static const char *const cols[] = { "word", NULL };
  ex->boundary_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return read_table (ex, path, cols, boundary_word_row, error);
}

gboolean
bri__extractor_load_lexicon (BriExtractor *ex, const char *rules_dir, GError **error)
{
  g_autofree char *apath = g_build_filename (rules_dir, "country-abbreviations.csv", NULL);
  g_autofree char *tpath = g_build_filename (rules_dir, "titles.csv", NULL);
  g_autofree char *bpath = g_build_filename (rules_dir, "boundary-words.csv", NULL);
  g_autofree char *gdir = g_build_filename (rules_dir, "..", "gazetteer", NULL);
  return load_abbreviations (ex, apath, error) && load_titles (ex, tpath, gdir, error)
         && load_leaders (ex, gdir, error) && load_boundary_words (ex, bpath, error);
}
