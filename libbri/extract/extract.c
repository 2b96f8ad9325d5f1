/* libbri/extract/extract.c — the extraction driver: the extractor (name trie and
 * rules, built once per graph), mentions with short-form resolution, the
 * application of the rules to tagged clauses and sentences, candidates,
 * and the result object with its CSV output. */
#include "config.h"
#include "extract-private.h"
#include "csv-writer.h"
#include "atomic-file.h"
#include "csv-reader.h"

#define VALUE_BOTH G_MAXUINT   /* 双方, 两国: the two parties of the event */

struct _BriExtractor {
  BriGraph *graph;
  BriT2s *t2s;
  BriTrie *trie;
  GPtrArray *rules;
  gboolean has_name_rules;
  GHashTable *abbrev;     /* gunichar → const BriEntity*: 中, 越, 吉 … */
  GRegex *event_re;       /* marked event names (extract-propose.c) */
  GPtrArray *titles;      /* titles.csv: titles of people who speak for a country, longest first */
  const BriEntity *china; /* whom a title with no country before it names */
};

typedef struct {
  char *name, *sentence, *source, *reason;
} Candidate;

struct _BriExtractResult {
  GPtrArray *relations;   /* BriRelation*, owned */
  GPtrArray *candidates;  /* Candidate*, owned */
  GHashTable *seen;       /* relation keys */
  GHashTable *seen_candidates;
  GHashTable *seen_pairs;  /* kind|from|to|source of the relations proposed */
  BriProposals *proposals; /* entities the text marks and the data set lacks */
  GPtrArray *sources;      /* BriSource*, owned: one per document read */
};

/* ---- the extractor ---------------------------------------------------- */

static char *
default_rules_path (void)
{
  return g_build_filename (bri_data_dir (), "rules", "extract-rules.csv", NULL);
}

static void
trie_add_name (BriExtractor *ex, const char *name, guint value)
{
  if (!name || !*name)
    return;
  g_autofree char *key = bri__extract_fold_name (ex->t2s, name);
  /* One-character names (and one-letter codes) match too much. */
  if (g_utf8_strlen (key, -1) < 2)
    return;
  bri__trie_add (ex->trie, key, value);
}

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
  trie_add_name (ex, v[0], c->index);
  g_auto (GStrv) al = g_strsplit (v[1] ? v[1] : "", "|", -1);
  for (guint i = 0; al[i]; i++)
    if (!g_str_is_ascii (al[i]))
      trie_add_name (ex, al[i], c->index);
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
/* titles.csv next to the rules (title,example; optional) */
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

BriExtractor *
bri_extractor_new (BriGraph *graph, const char *rules_path, GError **error)
{
  g_return_val_if_fail (graph != NULL, NULL);
  g_autofree char *path = rules_path ? g_strdup (rules_path) : default_rules_path ();
  GPtrArray *rules = bri__rules_load (path, graph, error);
  if (!rules)
    return NULL;
  BriExtractor *ex = g_new0 (BriExtractor, 1);
  ex->graph = bri_graph_ref (graph);
  ex->rules = rules;
  for (guint r = 0; r < rules->len; r++)
    if (((const BriRule *) rules->pdata[r])->scope == BRI_SCOPE_NAME)
      ex->has_name_rules = TRUE;
  ex->t2s = bri__t2s_new ();
  ex->trie = bri__trie_new ();
  guint n = bri_graph_get_n_entities (graph);
  for (guint i = 0; i < n; i++)
    {
      const BriEntity *e = bri_graph_get_entity (graph, i);
      trie_add_name (ex, bri_entity_get_name_zh (e), i);
      const char *name = bri_entity_get_name (e);
      /* English names and codes only when they are long enough to be words. */
      if (name && strlen (name) >= 4)
        trie_add_name (ex, name, i);
      for (guint k = 0; k < bri_entity_get_n_aliases (e); k++)
        {
          const char *a = bri_entity_get_alias (e, k);
          if (g_str_is_ascii (a) && strlen (a) < 3)
            continue;
          trie_add_name (ex, a, i);
        }
    }
  ex->abbrev = g_hash_table_new (g_direct_hash, g_direct_equal);
  ex->event_re = bri__event_regex_new ();
  g_autofree char *rdir = g_path_get_dirname (path);
  g_autofree char *apath = g_build_filename (rdir, "country-abbreviations.csv", NULL);
  g_autofree char *tpath = g_build_filename (rdir, "titles.csv", NULL);
  g_autofree char *gdir = g_build_filename (rdir, "..", "gazetteer", NULL);
  if (!load_abbreviations (ex, apath, error) || !load_titles (ex, tpath, gdir, error)
      || !load_leaders (ex, gdir, error))
    {
      bri_extractor_free (ex);
      return NULL;
    }
  const char *both[] = { "双方", "两国", "雙方", "兩國", "中外双方" };
  for (guint k = 0; k < G_N_ELEMENTS (both); k++)
    trie_add_name (ex, both[k], VALUE_BOTH);
  return ex;
}

void
bri_extractor_free (BriExtractor *ex)
{
  if (!ex)
    return;
  g_ptr_array_unref (ex->rules);
  if (ex->abbrev)
    g_hash_table_unref (ex->abbrev);
  if (ex->event_re)
    g_regex_unref (ex->event_re);
  if (ex->titles)
    g_ptr_array_unref (ex->titles);
  bri__trie_free (ex->trie);
  bri__t2s_free (ex->t2s);
  bri_graph_unref (ex->graph);
  g_free (ex);
}

guint
bri_extractor_get_n_rules (const BriExtractor *ex)
{
  g_return_val_if_fail (ex != NULL, 0);
  return ex->rules->len;
}

/* ---- results ----------------------------------------------------------- */

static void
candidate_free (Candidate *c)
{
  g_free (c->name);
  g_free (c->sentence);
  g_free (c->source);
  g_free (c->reason);
  g_free (c);
}

BriExtractResult *
bri_extract_result_new (void)
{
  BriExtractResult *r = g_new0 (BriExtractResult, 1);
  r->relations = g_ptr_array_new_with_free_func ((GDestroyNotify) bri_relation_free);
  r->candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) candidate_free);
  r->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->seen_candidates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->seen_pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->proposals = bri__proposals_new ();
  r->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) bri_source_free);
  return r;
}

void
bri_extract_result_free (BriExtractResult *r)
{
  if (!r)
    return;
  g_ptr_array_unref (r->relations);
  g_ptr_array_unref (r->candidates);
  g_hash_table_unref (r->seen);
  g_hash_table_unref (r->seen_candidates);
  g_hash_table_unref (r->seen_pairs);
  bri__proposals_free (r->proposals);
  g_ptr_array_unref (r->sources);
  g_free (r);
}

static BriRelation *
relation_copy (const BriRelation *s)
{
  BriRelation *r = bri_relation_new (bri_relation_get_kind (s),
                                     bri_relation_get_from_id (s),
                                     bri_relation_get_to_id (s));
  bri_relation_set_date (r, bri_relation_get_date (s));
  bri_relation_set_end_date (r, bri_relation_get_end_date (s));
  bri_relation_set_title (r, bri_relation_get_title (s));
  bri_relation_set_sector (r, bri_relation_get_sector (s));
  bri_relation_set_via (r, bri_relation_get_via_id (s));
  bri_relation_set_event (r, bri_relation_get_event (s));
  bri_relation_set_source (r, bri_relation_get_source (s));
  bri_relation_set_evidence (r, bri_relation_get_evidence (s));
  if (bri_relation_has_confidence (s))
    bri_relation_set_confidence (r, bri_relation_get_confidence (s));
  for (guint i = 0; i < bri_relation_get_n_attributes (s); i++)
    bri_relation_set_attribute (r, bri_relation_get_attribute_name (s, i),
                                bri_relation_get_attribute_value (s, i));
  return r;
}

void
bri_extract_result_merge (BriExtractResult *into, const BriExtractResult *from)
{
  g_return_if_fail (into != NULL && from != NULL);
  for (guint i = 0; i < from->relations->len; i++)
    g_ptr_array_add (into->relations, relation_copy (from->relations->pdata[i]));
  for (guint i = 0; i < from->candidates->len; i++)
    {
      const Candidate *c = from->candidates->pdata[i];
      Candidate *d = g_new0 (Candidate, 1);
      d->name = g_strdup (c->name);
      d->sentence = g_strdup (c->sentence);
      d->source = g_strdup (c->source);
      d->reason = g_strdup (c->reason);
      g_ptr_array_add (into->candidates, d);
    }
  bri__proposals_merge (into->proposals, from->proposals);
  for (guint i = 0; i < from->sources->len; i++)
    {
      const BriSource *s = from->sources->pdata[i];
      gboolean have = FALSE;
      for (guint k = 0; k < into->sources->len && !have; k++)
        have = g_str_equal (bri_source_get_id (into->sources->pdata[k]), bri_source_get_id (s));
      if (have)
        continue;
      BriSource *d = bri_source_new (bri_source_get_id (s));
      bri_source_set_title (d, bri_source_get_title (s));
      bri_source_set_date (d, bri_source_get_date (s));
      bri_source_set_file (d, bri_source_get_file (s));
      g_ptr_array_add (into->sources, d);
    }
}

guint
bri_extract_result_get_n_entities (const BriExtractResult *r)
{
  g_return_val_if_fail (r != NULL, 0);
  guint n = 0;
  for (guint i = 0; i < bri__proposals_get_n (r->proposals); i++)
    {
      gboolean used;
      bri__proposals_get_nth (r->proposals, i, &used);
      n += used;
    }
  return n;
}

const BriEntity *
bri_extract_result_get_entity (const BriExtractResult *r, guint index)
{
  g_return_val_if_fail (r != NULL, NULL);
  for (guint i = 0; i < bri__proposals_get_n (r->proposals); i++)
    {
      gboolean used;
      const BriEntity *e = bri__proposals_get_nth (r->proposals, i, &used);
      if (used && index-- == 0)
        return e;
    }
  g_return_val_if_reached (NULL);
}

const char *
bri_extract_result_get_candidate_reason (const BriExtractResult *r, guint i)
{
  g_return_val_if_fail (r != NULL && i < r->candidates->len, NULL);
  return ((Candidate *) r->candidates->pdata[i])->reason;
}

guint
bri_extract_result_get_n_relations (const BriExtractResult *r)
{
  g_return_val_if_fail (r != NULL, 0);
  return r->relations->len;
}

const BriRelation *
bri_extract_result_get_relation (const BriExtractResult *r, guint i)
{
  g_return_val_if_fail (r != NULL && i < r->relations->len, NULL);
  return r->relations->pdata[i];
}

guint
bri_extract_result_get_n_candidates (const BriExtractResult *r)
{
  g_return_val_if_fail (r != NULL, 0);
  return r->candidates->len;
}

const char *
bri_extract_result_get_candidate_name (const BriExtractResult *r, guint i)
{
  g_return_val_if_fail (r != NULL && i < r->candidates->len, NULL);
  return ((Candidate *) r->candidates->pdata[i])->name;
}

const char *
bri_extract_result_get_candidate_sentence (const BriExtractResult *r, guint i)
{
  g_return_val_if_fail (r != NULL && i < r->candidates->len, NULL);
  return ((Candidate *) r->candidates->pdata[i])->sentence;
}

const char *
bri_extract_result_get_candidate_source (const BriExtractResult *r, guint i)
{
  g_return_val_if_fail (r != NULL && i < r->candidates->len, NULL);
  return ((Candidate *) r->candidates->pdata[i])->source;
}

/* ---- mentions ------------------------------------------------------------ */

#define MAX_MORE 15

typedef struct {
  gsize start, end;          /* in norm */
  const BriEntity *e;        /* NULL for 双方/两国 until resolved */
  /* The further parties a mention stands for: the second party of 双方,
   * the other members of a group named by count (五国). Tagged as
   * \x01k|(j+1)<<16\x02. */
  const BriEntity *more[MAX_MORE];
  guint n_more;
  gboolean both;
  gboolean two_countries;    /* 两国: the two parties are countries */
  guint count;               /* N of 五国/三国 (N ≥ 3), 0 otherwise */
  const BriEntity *orig;     /* a short form's own country (中方), when resolved to a body */
} Mention;

static guint
numeral_value (gunichar c)
{
  static const gunichar digits[] = { 0x4E09 /* 三 */, 0x56DB /* 四 */, 0x4E94 /* 五 */,
                                     0x516D /* 六 */, 0x4E03 /* 七 */, 0x516B /* 八 */,
                                     0x4E5D /* 九 */, 0x5341 /* 十 */ };
  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    if (digits[i] == c)
      return i + 3;
  return 0;
}

static const BriEntity *
country_of (const BriEntity *e)
{
  for (guint d = 0; e && d < BRI_MAX_PARENT_DEPTH + 1; d++, e = bri_entity_get_parent (e))
    if (g_str_equal (bri_entity_get_kind (e), "country"))
      return e;
  return NULL;
}

static gboolean
is_ancestor (const BriEntity *a, const BriEntity *e)
{
  for (guint d = 0; e && d < BRI_MAX_PARENT_DEPTH + 1; d++)
    {
      e = bri_entity_get_parent (e);
      if (e == a)
        return TRUE;
    }
  return FALSE;
}

static gboolean
ascii_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

static gboolean
values_hold (const BriExtractor *ex, const GArray *vals, const BriEntity *e)
{
  for (guint k = 0; vals && k < vals->len; k++)
    {
      guint v = g_array_index (vals, guint, k);
      if (v != VALUE_BOTH && bri_graph_get_entity (ex->graph, v) == e)
        return TRUE;
    }
  return FALSE;
}

/* 泰国副总理兼商业部长: a country, then within a few characters a
 * minister's title X部长, names the ministry <country>X部 when the graph
 * has it: a mention of that ministry over X部长 is added. */
static void
add_minister_bodies (const BriExtractor *ex, const char *norm, gsize b, GArray *ms)
{
  static const char title[] = "部长";
  for (guint k = 0; k < ms->len; k++)
    {
      const Mention *m = &g_array_index (ms, Mention, k);
      if (!m->e || m->both || m->count || !g_str_equal (bri_entity_get_kind (m->e), "country"))
        continue;
      const char *cname = bri_entity_get_name_zh (m->e);
      if (!cname)
        continue;
      gsize limit = k + 1 < ms->len ? g_array_index (ms, Mention, k + 1).start : b;
      /* The title within 16 Han characters of the country. */
      gsize p = m->end, tpos = 0;
      for (guint n = 0; n <= 16 && p < limit; n++)
        {
          if (p + strlen (title) <= limit && g_str_has_prefix (norm + p, title))
            {
              tpos = p;
              break;
            }
          gunichar c = g_utf8_get_char (norm + p);
          if (!((c >= 0x4E00 && c <= 0x9FFF)))
            break;
          p = (gsize) (g_utf8_next_char (norm + p) - norm);
        }
      if (!tpos)
        continue;
      /* The longest X before 部长 that makes a ministry's name. */
      for (gsize st = m->end; st < tpos; st = (gsize) (g_utf8_next_char (norm + st) - norm))
        {
          g_autofree char *key = g_strdup_printf ("%s%.*s部", cname, (int) (tpos - st), norm + st);
          const GArray *vals = NULL;
          gsize klen = strlen (key);
          if (bri__trie_longest (ex->trie, key, klen, &vals) != klen || vals->len != 1)
            continue;
          guint v = g_array_index (vals, guint, 0);
          if (v == VALUE_BOTH)
            continue;
          const BriEntity *e = bri_graph_get_entity (ex->graph, v);
          if (country_of (e) != m->e || g_str_equal (bri_entity_get_kind (e), "country"))
            continue;
          Mention nm = { 0 };
          nm.start = st;
          nm.end = tpos + strlen (title);
          nm.e = e;
          g_array_insert_val (ms, k + 1, nm);
          k++;
          break;
        }
    }
}

static void merge_inner_places (GArray *ms);
static void drop_titled_names (const char *norm, GArray *ms);
static char *orig_slice (const BriNormText *nt, gsize a, gsize b);

/* A city or province: a name may grow from it, it may host. */
static gboolean
is_place (const BriEntity *e)
{
  if (!e)
    return FALSE;
  const char *k = bri_entity_get_kind (e);
  return g_str_equal (k, "city") || g_str_equal (k, "province");
}

/* Does norm[i..b) open with a one-character country form and 方 (泰方)
 * that is not the head of another word (方案, 方面, 方式 …)? */
static gboolean
abbrev_side (const BriExtractor *ex, const char *norm, gsize i, gsize b)
{
  if (!g_hash_table_lookup (ex->abbrev, GUINT_TO_POINTER (g_utf8_get_char (norm + i))))
    return FALSE;
  const char *f = g_utf8_next_char (norm + i);
  if ((gsize) (f - norm) + strlen ("方") > b || !g_str_has_prefix (f, "方"))
    return FALSE;
  const char *after = f + strlen ("方");
  if ((gsize) (after - norm) >= b)
    return TRUE;
  return !bri__unichar_in (g_utf8_get_char (after), "案面式向法针位略阵言块程便剂格圆");
}

/* The mentions of norm[a, b), longest first, left to right. With @outer,
 * the names inside the name of @outer that spans norm[a, b): no match
 * covers it all, and no match names @outer again (沈阳韩国周 inside
 * 第22届沈阳韩国周). */
static GArray *
find_mentions (const BriExtractor *ex, const char *norm, gsize a, gsize b,
               const BriEntity *outer)
{
  GArray *ms = g_array_new (FALSE, FALSE, sizeof (Mention));
  gboolean inner = outer != NULL;
  gsize i = a;
  while (i < b)
    {
      const GArray *vals = NULL;
      gsize n = bri__trie_longest (ex->trie, norm + i,
                                   (inner && i == a) ? b - i - 1 : b - i, &vals);
      while (inner && n > 0 && values_hold (ex, vals, outer))
        n = bri__trie_longest (ex->trie, norm + i, n - 1, &vals);
      /* 中越两国, 中吉乌铁路: a run of two or more one-character country
       * forms, followed by a word that such compounds qualify. */
      /* Inside a name, a run at its head needs no following word:
       * 中巴信息技术产业联合工作组, 中蒙俄经济走廊. */
      if (n == 0 && (!inner || i == a))
        {
          gsize j = i;
          guint run = 0;
          while (j < b && run < MAX_MORE
                 && g_hash_table_lookup (ex->abbrev, GUINT_TO_POINTER (g_utf8_get_char (norm + j))))
            {
              j = (gsize) (g_utf8_next_char (norm + j) - norm);
              run++;
            }
          static const char *const heads[] = { "两国", "三国", "双方", "铁路", "公路", "班列", "边境" };
          gboolean head = inner && run >= 2;
          for (guint h = 0; run >= 2 && h < G_N_ELEMENTS (heads); h++)
            if (j + strlen (heads[h]) <= b && g_str_has_prefix (norm + j, heads[h]))
              head = TRUE;
          if (head)
            {
              for (gsize p = i; p < j; p = (gsize) (g_utf8_next_char (norm + p) - norm))
                {
                  Mention m = { 0 };
                  m.start = p;
                  m.end = (gsize) (g_utf8_next_char (norm + p) - norm);
                  m.e = g_hash_table_lookup (ex->abbrev, GUINT_TO_POINTER (g_utf8_get_char (norm + p)));
                  g_array_append_val (ms, m);
                }
              i = j;
              /* 两国/三国/双方 here only repeat the parties just named. */
              if (g_str_has_prefix (norm + i, "两国") || g_str_has_prefix (norm + i, "三国")
                  || g_str_has_prefix (norm + i, "双方"))
                i += strlen ("两国");
              continue;
            }
        }
      /* 泰方, 越方, 柬方: a one-character country form and 方 stand for
       * the country, as the gazetteer's 中方 and 老方 do; not in 新方案,
       * 土方工程, 中方面 (方 opening another word). */
      if (n == 0 && !inner && abbrev_side (ex, norm, i, b))
        {
          Mention m = { 0 };
          m.start = i;
          m.end = (gsize) (g_utf8_next_char (norm + i) - norm) + strlen ("方");
          m.e = g_hash_table_lookup (ex->abbrev, GUINT_TO_POINTER (g_utf8_get_char (norm + i)));
          g_array_append_val (ms, m);
          i = m.end;
          continue;
        }
      /* 五国, 六国: a group named by its count, resolved later. */
      if (n == 0 && !inner && numeral_value (g_utf8_get_char (norm + i)))
        {
          const char *q = g_utf8_next_char (norm + i);
          if ((gsize) (q - norm) < b && g_str_has_prefix (q, "国")
              && (i == a || !numeral_value (g_utf8_get_char (g_utf8_prev_char (norm + i)))))
            {
              Mention m = { 0 };
              m.start = i;
              m.end = (gsize) (q - norm) + strlen ("国");
              m.count = numeral_value (g_utf8_get_char (norm + i));
              g_array_append_val (ms, m);
              i = m.end;
              continue;
            }
        }
      gboolean ok = n > 0;
      if (ok && ascii_word_char (norm[i]) &&
          ((i > a && ascii_word_char (norm[i - 1])) ||
           (i + n < b && ascii_word_char (norm[i + n]))))
        ok = FALSE;
      if (ok)
        {
          Mention m = { 0 };
          m.start = i;
          m.end = i + n;
          guint v = g_array_index (vals, guint, 0);
          if (v == VALUE_BOTH)
            {
              m.both = TRUE;
              m.two_countries = g_str_has_prefix (norm + i, "两国");
            }
          else if (vals->len == 1)
            m.e = bri_graph_get_entity (ex->graph, v);
          /* 新疆维吾尔自治区人民政府, 中国政府: a place's or country's
           * government acts as the place or country (not 政府间). */
          if (m.e && !inner && (is_place (m.e) || g_str_equal (bri_entity_get_kind (m.e), "country")))
            {
              static const char *const gov[] = { "人民政府", "政府" };
              for (guint w = 0; w < G_N_ELEMENTS (gov); w++)
                {
                  gsize gl = strlen (gov[w]);
                  if (i + n + gl <= b && memcmp (norm + i + n, gov[w], gl) == 0
                      && !g_str_has_prefix (norm + i + n + gl, "间"))
                    {
                      m.end += gl;
                      n += gl;
                      break;
                    }
                }
            }
          if (m.both || m.e)   /* an ambiguous name is no mention: no guess */
            g_array_append_val (ms, m);
          i += n;
        }
      else
        i = (gsize) (g_utf8_next_char (norm + i) - norm);
    }
  if (!inner)
    add_minister_bodies (ex, norm, b, ms);
  merge_inner_places (ms);
  if (!inner)
    drop_titled_names (norm, ms);
  return ms;
}

/* 塔吉克斯坦总统拉赫蒙: a leader's name right after their country and
 * title (only Han characters between) names no further party: one
 * mention, the country's. */
static void
drop_titled_names (const char *norm, GArray *ms)
{
  for (guint k = 1; k < ms->len;)
    {
      const Mention *pv = &g_array_index (ms, Mention, k - 1), *m = pv + 1;
      gboolean drop = m->e && m->e == pv->e && !m->n_more && !pv->n_more
                      && m->start > pv->end && m->start - pv->end <= 36
                      && g_str_equal (bri_entity_get_kind (m->e), "country");
      for (gsize q = pv->end; drop && q < m->start; q = (gsize) (g_utf8_next_char (norm + q) - norm))
        {
          gunichar c = g_utf8_get_char (norm + q);
          drop = c >= 0x4E00 && c <= 0x9FFF;
        }
      if (drop)
        g_array_remove_index (ms, k);
      else
        k++;
    }
}

/* 中国新疆, 广西南宁, 泰国商业部: a place followed by a place inside it is
 * one mention of the inner one. */
static void
merge_inner_places (GArray *ms)
{
  for (guint k = 0; k + 1 < ms->len;)
    {
      Mention *m1 = &g_array_index (ms, Mention, k), *m2 = m1 + 1;
      if (m1->e && m2->e && m1->end == m2->start && is_ancestor (m1->e, m2->e))
        {
          m2->start = m1->start;
          g_array_remove_index (ms, k);
        }
      else
        k++;
    }
}


static void
add_candidate (BriExtractResult *res, const char *name, const char *sentence,
               const char *source, const char *reason)
{
  char *key = g_strdup_printf ("%s|%s", name, source ? source : "");
  if (!g_hash_table_add (res->seen_candidates, key))
    return;
  Candidate *cd = g_new0 (Candidate, 1);
  cd->name = g_strdup (name);
  cd->sentence = g_strdup (sentence);
  cd->source = g_strdup (source);
  cd->reason = g_strdup (reason);
  g_ptr_array_add (res->candidates, cd);
}

/* A proposal made in the current text and the sentence it was first seen
 * in: an unused one becomes a candidate at the end. */
typedef struct {
  const BriEntity *e;
  char *sentence;
} Fresh;

static void
fresh_clear (gpointer p)
{
  g_free (((Fresh *) p)->sentence);
}

/* People named with a title (extract-persons.c): learnt from the
 * sentence, then every known person of the document it names becomes a
 * mention of their country. */
static void
add_person_mentions (const BriExtractor *ex, const char *norm, const BriSpan *sp, GArray *ms,
                     BriPersons *persons)
{
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (BriMentionSpan));
  g_autoptr (GPtrArray) countries = g_ptr_array_new ();
  for (guint k = 0; k < ms->len; k++)
    {
      const Mention *m = &g_array_index (ms, Mention, k);
      BriMentionSpan x = { m->start, m->end, FALSE, FALSE };
      g_array_append_val (spans, x);
      g_ptr_array_add (countries, m->e && !m->n_more && g_str_equal (bri_entity_get_kind (m->e), "country")
                                  ? (gpointer) m->e : NULL);
    }
  bri__persons_learn (persons, (const char *const *) ex->titles->pdata, ex->china, norm,
                      sp->start, sp->end, (const BriMentionSpan *) spans->data,
                      (const BriEntity *const *) countries->pdata, spans->len);
  g_autoptr (GArray) found = bri__persons_find (persons, norm, sp->start, sp->end,
                                                (const BriMentionSpan *) spans->data, spans->len);
  for (guint j = 0; j < found->len; j++)
    {
      const BriPersonMention *pm = &g_array_index (found, BriPersonMention, j);
      Mention nm = { 0 };
      nm.start = pm->start;
      nm.end = pm->end;
      nm.e = pm->country;
      guint at = 0;
      while (at < ms->len && g_array_index (ms, Mention, at).start < nm.start)
        at++;
      /* 塔吉克斯坦总统拉赫蒙: the country is named with its title just
       * before; the name adds no party. */
      if (at > 0)
        {
          const Mention *pv = &g_array_index (ms, Mention, at - 1);
          gboolean han_gap = pv->e == nm.e && nm.start - pv->end <= 36;
          for (gsize q = pv->end; han_gap && q < nm.start; q = (gsize) (g_utf8_next_char (norm + q) - norm))
            {
              gunichar c = g_utf8_get_char (norm + q);
              han_gap = c >= 0x4E00 && c <= 0x9FFF;
            }
          if (han_gap)
            continue;
        }
      g_array_insert_val (ms, at, nm);
    }
}

/* The edition N of a name opening with 第N届 (Arabic or Chinese numerals,
 * 第18届 = 第十八届), or 0. Normalised text has Simplified characters. */
static guint
edition_of (const char *name)
{
  if (!g_str_has_prefix (name, "第"))
    return 0;
  static const char cn[] = "零一二三四五六七八九";
  guint total = 0, digit = 0;
  gboolean any = FALSE;
  for (const char *p = name + strlen ("第"); *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *d = NULL;
      if (c == 0x5C4A /* 届 */)
        return any ? total + digit : 0;
      if (g_ascii_isdigit (*p))
        {
          digit = digit * 10 + (guint) (*p - '0');
          any = TRUE;
        }
      else if (c == 0x5341 /* 十 */ || c == 0x767E /* 百 */)
        {
          total += (digit ? digit : 1) * (c == 0x5341 ? 10 : 100);
          digit = 0;
          any = TRUE;
        }
      else if (c < 0x10000 && (d = g_utf8_strchr (cn, -1, c)))
        {
          digit = (guint) g_utf8_pointer_to_offset (cn, d);
          any = TRUE;
        }
      else
        return 0;
      if (total + digit > 100000)
        return 0;
    }
  return 0;
}

/* Does the mention @m, ending where the marked name norm[@s, …) ends, name
 * another edition than the name's own (第18届 + a 中国—东盟博览会 that the
 * data set knows only as its 第22届)? */
static gboolean
other_edition (const char *norm, gsize s, const Mention *m)
{
  if (!m->e || m->n_more || !g_str_equal (bri_entity_get_kind (m->e), "forum"))
    return FALSE;
  guint mine = edition_of (norm + s);
  const char *zh = bri_entity_get_name_zh (m->e);
  guint theirs = zh ? edition_of (zh) : 0;
  return mine && theirs && mine != theirs;
}

/* The names the sentence @sp marks (extract-propose.c) that no mention
 * covers or crosses become mentions of proposed entities; a name whose id
 * collides is a candidate. */
static void
add_marked_mentions (const BriExtractor *ex, const BriNormText *nt, const BriSpan *sp,
                     GArray *ms, BriExtractResult *res, const char *source, GArray *fresh)
{
  const char *norm = nt->norm;
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (BriMentionSpan));
  for (guint k = 0; k < ms->len; k++)
    {
      const Mention *m = &g_array_index (ms, Mention, k);
      const char *kind = m->e ? bri_entity_get_kind (m->e) : "";
      /* A county's name may open a longer one too (兴隆 + 编组站). */
      BriMentionSpan x = { m->start, m->end,
                           !m->n_more && (is_place (m->e)
                                          || (m->e && g_str_equal (bri_entity_get_kind (m->e), "county"))),
                           !m->n_more && (g_str_equal (kind, "organization")
                                          || g_str_equal (kind, "mechanism")) };
      g_array_append_val (spans, x);
    }
  g_autoptr (GArray) marks = g_array_new (FALSE, FALSE, sizeof (BriMarked));
  bri__find_marked_events (ex->event_re, norm, sp->start, sp->end,
                           (const BriMentionSpan *) spans->data, spans->len, marks);
  bri__find_marked_places (norm, sp->start, sp->end, (const BriMentionSpan *) spans->data,
                           spans->len, marks);
  bri__find_marked_hosts (norm, sp->start, sp->end, (const BriMentionSpan *) spans->data,
                          spans->len, marks);
  /* Decide on the mentions as found, then insert. */
  g_autoptr (GArray) add = g_array_new (FALSE, FALSE, sizeof (Mention));
  for (guint i = 0; i < marks->len; i++)
    {
      const BriMarked *mk = &g_array_index (marks, BriMarked, i);
      gboolean skip = FALSE;
      for (guint j = 0; j < add->len && !skip; j++)
        {
          const Mention *o = &g_array_index (add, Mention, j);
          skip = o->start < mk->end && o->end > mk->start;
        }
      /* A mention crossing its edge, or one ending where it ends (第八届
       * + a known 中国—亚欧博览会, 新疆 + a known 阿拉山口口岸): the data set
       * has the name, unless that is another edition of the event. */
      for (guint k = 0; k < ms->len && !skip; k++)
        {
          const Mention *m = &g_array_index (ms, Mention, k);
          gboolean inside = m->start >= mk->start && m->end <= mk->end;
          skip = (m->start < mk->end && m->end > mk->start && !inside)
                 || (inside && m->end == mk->end && !other_edition (norm, mk->start, m));
        }
      if (skip)
        continue;
      const BriEntity *parent = NULL;
      /* The city or province a name grew from is its parent; a county's
       * short name is too often another place's word (兴隆编组站 is in
       * Chongqing, 兴隆 a county of Hebei) to say where the name lies. */
      if (mk->absorbed >= 0 && is_place (g_array_index (ms, Mention, mk->absorbed).e))
        parent = g_array_index (ms, Mention, mk->absorbed).e;
      else if (!g_str_equal (mk->kind, "forum"))
        for (guint k = 0; k < ms->len; k++)
          {
            const Mention *m = &g_array_index (ms, Mention, k);
            if (m->end == mk->start && m->e && !m->n_more
                && (is_place (m->e) || g_str_equal (bri_entity_get_kind (m->e), "country")))
              parent = m->e;
          }
      g_autofree char *name = orig_slice (nt, mk->start, mk->name_end);
      g_autofree char *alias = mk->name_end != mk->end ? orig_slice (nt, mk->start, mk->end) : NULL;
      g_autofree char *why = NULL;
      const BriEntity *e = bri__proposals_get (res->proposals, ex->graph, ex->t2s, mk->kind,
                                               name, alias, parent, &why);
      if (!e)
        {
          g_autofree char *sent = orig_slice (nt, sp->start, sp->end);
          add_candidate (res, name, sent, source, why);
          continue;
        }
      gboolean listed = FALSE;
      for (guint j = 0; j < fresh->len && !listed; j++)
        listed = g_array_index (fresh, Fresh, j).e == e;
      if (!listed)
        {
          Fresh f = { e, orig_slice (nt, sp->start, sp->end) };
          g_array_append_val (fresh, f);
        }
      Mention nm = { 0 };
      nm.start = mk->start;
      nm.end = mk->end;
      nm.e = e;
      g_array_append_val (add, nm);
    }
  for (guint j = 0; j < add->len; j++)
    {
      const Mention *nm = &g_array_index (add, Mention, j);
      guint at = 0;
      for (guint k = 0; k < ms->len;)
        {
          const Mention *m = &g_array_index (ms, Mention, k);
          if (m->start >= nm->start && m->end <= nm->end)
            g_array_remove_index (ms, k);
          else
            {
              if (m->start < nm->start)
                at = k + 1;
              k++;
            }
        }
      g_array_insert_val (ms, at, *nm);
    }
  if (add->len)
    merge_inner_places (ms);
}

static gboolean
is_short_form (const char *norm, const Mention *m)
{
  if (!m->e || !g_str_equal (bri_entity_get_kind (m->e), "country"))
    return FALSE;
  glong nch = g_utf8_strlen (norm + m->start, (gssize) (m->end - m->start));
  const char *last = g_utf8_prev_char (norm + m->end);
  return nch <= 3 && g_str_has_prefix (last, "方");
}

/* The members of a group of the graph (its `members` attribute: ids
 * joined by |), resolved to entities. */
static guint
group_members (const BriExtractor *ex, const BriEntity *g, const BriEntity **out,
               guint max)
{
  const char *ids = bri_entity_get_attribute (g, "members");
  if (!ids || !*ids)
    return 0;
  g_auto (GStrv) v = g_strsplit (ids, "|", -1);
  guint n = 0;
  for (guint i = 0; v[i] && n < max; i++)
    {
      const BriEntity *e = bri_graph_lookup_entity (ex->graph, v[i]);
      if (e)
        out[n++] = e;
    }
  return n;
}

/* 五国 after a mention of 澜湄国家 (six members, China among them): the
 * most recent group of the document with N members, or with N + 1 members
 * one of which is China (the partners of China). */
static void
resolve_count (const BriExtractor *ex, Mention *m, GPtrArray *groups)
{
  for (guint j = groups->len; j-- > 0;)
    {
      const BriEntity *mem[MAX_MORE + 1];
      guint n = group_members (ex, groups->pdata[j], mem, G_N_ELEMENTS (mem));
      guint k = 0;
      const BriEntity *sel[MAX_MORE + 1] = { NULL };
      if (n == m->count)
        for (guint i = 0; i < n; i++)
          sel[k++] = mem[i];
      else if (n == m->count + 1)
        for (guint i = 0; i < n; i++)
          if (!g_str_equal (bri_entity_get_id (mem[i]), "country:CN"))
            sel[k++] = mem[i];
      if (k != m->count)
        continue;
      m->e = sel[0];
      for (guint i = 1; i < k; i++)
        m->more[m->n_more++] = sel[i];
      return;
    }
}

/* Resolves short forms against the parties of the current event
 * (@context: const BriEntity*, in order of mention), counted groups
 * against the groups of the document (@groups), and adds every resolved
 * party to the context. 双方 after talks of the event (@talks, both set)
 * are the two sides of the talks. */
static void
resolve_mentions (const BriExtractor *ex, const char *norm, GArray *ms,
                  GPtrArray *context, GPtrArray *groups, const BriEntity *const talks[2])
{
  for (guint k = 0; k < ms->len; k++)
    {
      Mention *m = &g_array_index (ms, Mention, k);
      if (m->count)
        {
          resolve_count (ex, m, groups);
          continue;
        }
      if (m->both && talks[0] && talks[1] && !m->two_countries)
        {
          m->e = talks[0];
          m->more[0] = talks[1];
          m->n_more = 1;
          continue;
        }
      if (m->both)
        {
          /* The last two distinct parties. */
          const BriEntity *p1 = NULL, *p2 = NULL;
          for (guint j = context->len; j-- > 0;)
            {
              const BriEntity *e = context->pdata[j];
              /* 两国: the countries of the parties (两国元首 after 云南省 and
               * 缅甸: China and Myanmar). */
              if (m->two_countries)
                e = country_of (e);
              if (!e || g_str_equal (bri_entity_get_kind (e), "group"))
                continue;
              if (!p1)
                p1 = e;
              else if (e != p1 && !is_ancestor (e, p1) && !is_ancestor (p1, e))
                {
                  p2 = e;
                  break;
                }
            }
          if (p1 && p2)
            {
              m->e = p2;
              m->more[0] = p1;
              m->n_more = 1;
            }
          continue;
        }
      if (g_str_equal (bri_entity_get_kind (m->e), "group"))
        {
          g_ptr_array_remove (groups, (gpointer) m->e);
          g_ptr_array_add (groups, (gpointer) m->e);
        }
      if (is_short_form (norm, m))
        {
          for (guint j = context->len; j-- > 0;)
            {
              const BriEntity *e = context->pdata[j];
              /* A body of that country; a place (北京, where talks
               * were held) is no side. */
              if (e != m->e && country_of (e) == m->e &&
                  !g_str_equal (bri_entity_get_kind (e), "country") && !is_place (e))
                {
                  m->orig = m->e;
                  m->e = e;
                  break;
                }
            }
        }
      g_ptr_array_add (context, (gpointer) m->e);
    }
}

/* The date a segment states: the first date with a month, else a bare year
 * not after the document's (2030年 is a target, not an event), ignoring
 * dates inside 《》 titles. Returns FALSE when none. */
static gboolean
pick_date (const char *norm, GArray *ds, BriDate doc, BriDate *date, BriDate *end)
{
  const BriDateMention *year_only = NULL;
  for (guint i = 0; i < ds->len; i++)
    {
      const BriDateMention *m = &g_array_index (ds, BriDateMention, i);
      /* Inside a title: an 《 before it with no 》 in between. */
      gboolean in_title = FALSE;
      for (gsize k = m->start; k >= 3; )
        {
          const char *p = g_utf8_prev_char (norm + k);
          k = (gsize) (p - norm);
          if (g_str_has_prefix (p, "》") || *p == '\n')
            break;
          if (g_str_has_prefix (p, "《"))
            {
              in_title = TRUE;
              break;
            }
        }
      if (in_title)
        continue;
      if (m->date.month)
        {
          *date = m->date;
          *end = m->end_date;
          return TRUE;
        }
      if (!year_only && (!doc.year || m->date.year <= doc.year))
        year_only = m;
    }
  if (year_only)
    {
      *date = year_only->date;
      *end = BRI_DATE_UNSET;
      return TRUE;
    }
  return FALSE;
}

/* A relation a clause or sentence rule gave in the current sentence: a
 * name rule of the same kind, about the same entity and with overlapping
 * kinds of parties yields to it (第六届中国辽宁…洽谈会在沈阳举行: the
 * stated venue, not the province in the name, hosts). */
typedef struct {
  const BriRule *rule;
  const BriEntity *to;
} Stated;

static gboolean
kinds_overlap (char **a, char **b)
{
  if (!a || !b)
    return TRUE;
  for (guint i = 0; a[i]; i++)
    if (g_strv_contains ((const char *const *) b, a[i]))
      return TRUE;
  return FALSE;
}

static gboolean
stated_already (const GArray *stated, const BriRule *rule, const BriEntity *to)
{
  for (guint i = 0; stated && i < stated->len; i++)
    {
      const Stated *st = &g_array_index (stated, Stated, i);
      if (st->to == to && g_str_equal (st->rule->kind, rule->kind)
          && kinds_overlap (st->rule->from_kinds, rule->from_kinds))
        return TRUE;
    }
  return FALSE;
}

/* ---- applying the rules -------------------------------------------------- */

typedef struct {
  const BriExtractor *ex;
  BriExtractResult *res;
  const BriNormText *nt;
  const char *source;
  const BriSpan *sentence;
  GArray *mentions;           /* of the sentence */
  BriDate date, end_date;     /* of the sentence (stated or inherited) */
  double date_factor;
  const BriEntity *para_subject;  /* first party of the paragraph */
  GPtrArray *para_parties;        /* the parties of the paragraph's earlier sentences, in order */
  const BriEntity *story_event;   /* the first event of the story (since its heading) */
  GArray *stated;                 /* Stated: what the sentence's own rules gave */
  BriDate doc_date;
  gsize match_start;          /* norm offset of the current match */
  const BriEntity *self;      /* the named entity, for name rules */
} Ctx;

/* A segment (clause, sentence or name) in tagged form: each mention
 * becomes \x01k\x02 (k indexes ctx->mentions; 双方 and 五国 become
 * several), t2n maps each tagged byte (and the end) to a norm offset.
 * Built once per segment and shared by every rule. */
typedef struct {
  gsize a, b;
  char *tagged;
  gsize len;
  gsize *t2n;
  guint n_tags;
  BriDate date, end_date;
  gboolean own_date;   /* the clause states its own date */
} Seg;

static void
seg_reserve (char **t, gsize **map, gsize *cap, gsize need)
{
  if (need <= *cap)
    return;
  while (*cap < need)
    *cap *= 2;
  *t = g_realloc (*t, *cap + 1);
  *map = g_realloc_n (*map, *cap + 1, sizeof (gsize));
}

/* Appends the tag of mention @k to the segment. */
static gsize
put_tag (char *t, guint k)
{
  char digits[12];
  int n = 0;
  do
    digits[n++] = (char) ('0' + k % 10);
  while ((k /= 10) > 0);
  gsize len = 0;
  t[len++] = BRI_TAG_OPEN;
  while (n > 0)
    t[len++] = digits[--n];
  t[len++] = BRI_TAG_CLOSE;
  return len;
}

static void
seg_init (const Ctx *c, Seg *sg, gsize a, gsize b, gboolean clause_dates)
{
  memset (sg, 0, sizeof *sg);
  sg->a = a;
  sg->b = b;
  gsize cap = (b - a) + 64, len = 0;
  char *t = g_malloc (cap + 1);
  gsize *map = g_new (gsize, cap + 1);
  const char *norm = c->nt->norm;
  gsize i = a;
  guint k = 0;
  while (k < c->mentions->len && g_array_index (c->mentions, Mention, k).start < i)
    k++;
  while (i < b)
    {
      const Mention *m = k < c->mentions->len ? &g_array_index (c->mentions, Mention, k) : NULL;
      if (m && m->start == i && m->end <= b && m->e)
        {
          seg_reserve (&t, &map, &cap, len + 16 * (m->n_more + 1));
          gsize before = len;
          len += put_tag (t + len, k);
          sg->n_tags++;
          for (guint j = 0; j < m->n_more; j++)
            {
              memcpy (t + len, "、", strlen ("、"));
              len += strlen ("、");
              len += put_tag (t + len, k | ((j + 1) << 16));
              sg->n_tags++;
            }
          for (gsize j = before; j < len; j++)
            map[j] = i;
          i = m->end;
          k++;
          continue;
        }
      /* Plain bytes up to the next mention (or the end). */
      gsize stop = b;
      if (m && m->start > i && m->start < b)
        stop = m->start;
      else if (m && m->start == i)
        {
          /* A mention that is skipped (unresolved, or past the end): copy
           * its first character and move on. */
          stop = (gsize) (g_utf8_next_char (norm + i) - norm);
          k++;
        }
      seg_reserve (&t, &map, &cap, len + (stop - i));
      memcpy (t + len, norm + i, stop - i);
      for (gsize j = i; j < stop; j++)
        map[len++] = j;
      i = stop;
      while (k < c->mentions->len && g_array_index (c->mentions, Mention, k).start < i)
        k++;
    }
  /* NUL-filled to the end of the buffer: PCRE2's JIT reads ahead past the
   * terminator (valgrind reports it otherwise). */
  memset (t + len, 0, cap + 1 - len);
  map[len] = b;
  /* Map every byte inside a multi-byte character to the character's
   * start, as before (offsets are only read at match boundaries). */
  sg->tagged = t;
  sg->len = len;
  sg->t2n = map;
  sg->date = c->date;
  sg->end_date = c->end_date;
  if (clause_dates && sg->n_tags > 0)
    {
      /* Dates of the clause: the first one stated in it, else the sentence's.
       * A bare year in a clause (2024年夏季达沃斯论坛) does not override the
       * sentence's day. */
      GArray *ds = bri__find_dates (norm, a, b, c->doc_date, c->date);
      BriDate cd = BRI_DATE_UNSET, ce = BRI_DATE_UNSET;
      if (pick_date (norm, ds, c->doc_date, &cd, &ce) && cd.month)
        {
          sg->date = cd;
          sg->end_date = ce;
          sg->own_date = TRUE;
        }
      g_array_unref (ds);
    }
}

static void
seg_clear (Seg *sg)
{
  g_free (sg->tagged);
  g_free (sg->t2n);
}

static gboolean
kind_ok (char **kinds, const BriEntity *e)
{
  return !kinds || g_strv_contains ((const char *const *) kinds, bri_entity_get_kind (e));
}

/* The entities a captured slot names. */
static GPtrArray *
slot_entities (const Ctx *c, GMatchInfo *mi, const char *slot, char **kinds)
{
  GPtrArray *out = g_ptr_array_new ();
  if (!slot || !*slot)
    return out;
  if (g_str_equal (slot, "@self"))
    {
      if (c->self && kind_ok (kinds, c->self))
        g_ptr_array_add (out, (gpointer) c->self);
      return out;
    }
  if (g_str_equal (slot, "@subject"))
    {
      /* The first party of the sentence before the match, else the
       * paragraph's; with kinds, the first of those kinds (本次赛事吸引了
       * 来自…: the event the paragraph is about). */
      const BriEntity *e = NULL;
      for (guint k = 0; k < c->mentions->len && !e; k++)
        {
          const Mention *m = &g_array_index (c->mentions, Mention, k);
          if (m->start >= c->match_start)
            break;
          if (m->e && (kind_ok (kinds, m->e) || !kinds))
            e = m->e;
          if (!kinds)
            break;
        }
      if (!e)
        e = c->para_subject;
      /* With kinds: the first party of those kinds in the paragraph. */
      for (guint k = 0; kinds && c->para_parties && k < c->para_parties->len
                        && !(e && kind_ok (kinds, e)); k++)
        e = c->para_parties->pdata[k];
      /* Else the event the story is about (拉赫蒙主持会议, paragraphs after
       * the headline that named the meeting). */
      if (kinds && !(e && kind_ok (kinds, e)) && c->story_event)
        e = c->story_event;
      if (e && kind_ok (kinds, e))
        g_ptr_array_add (out, (gpointer) e);
      return out;
    }
  g_autofree char *s = g_match_info_fetch_named (mi, slot);
  for (const char *p = s; p && *p; p++)
    {
      if (*p != BRI_TAG_OPEN)
        continue;
      guint k = (guint) strtoul (p + 1, NULL, 10);
      const Mention *m = &g_array_index (c->mentions, Mention, k & 0xFFFFu);
      guint part = k >> 16;
      const BriEntity *e = part ? m->more[part - 1] : m->e;
      /* 中方 read as the body of the event, where the rule wants a country. */
      if (e && !part && m->orig && !kind_ok (kinds, e) && kind_ok (kinds, m->orig))
        e = m->orig;
      /* 泰国副总理兼商业部长、数字经济和社会部: a country followed, within
       * a few characters, by a body of that country stands for that body. */
      if (e && !part && m->n_more == 0 && g_str_equal (bri_entity_get_kind (e), "country")
          && (k & 0xFFFFu) + 1 < c->mentions->len)
        {
          const Mention *n = m + 1;
          const Mention *last = c->mentions->len ? &g_array_index (c->mentions, Mention, c->mentions->len - 1) : NULL;
          /* A body, not a place (在昆明: the venue). */
          if (n->e && n->start - m->end <= 30 && country_of (n->e) == e
              && !g_str_equal (bri_entity_get_kind (n->e), "country") && !is_place (n->e)
              && !g_str_equal (bri_entity_get_kind (n->e), "port"))
            {
              const BriEntity *country = e;
              e = n->e;
              /* …商业部长、数字经济和社会部: the further bodies of that
               * country listed right after it. */
              for (const Mention *q = n + 1; q <= last; q++)
                {
                  if (!q->e || country_of (q->e) != country
                      || g_str_equal (bri_entity_get_kind (q->e), "country"))
                    break;
                  g_autofree char *gap = g_strndup (c->nt->norm + (q - 1)->end, q->start - (q - 1)->end);
                  if (!g_str_equal (gap, "、") && !g_str_equal (gap, "和") && !g_str_equal (gap, "及")
                      && !g_str_equal (gap, "以及"))
                    break;
                  if (kind_ok (kinds, q->e) && !g_ptr_array_find (out, q->e, NULL))
                    g_ptr_array_add (out, (gpointer) q->e);
                }
            }
        }
      if (e && kind_ok (kinds, e) && !g_ptr_array_find (out, e, NULL))
        g_ptr_array_add (out, (gpointer) e);
    }
  /* A list naming a country and a place inside it keeps the inner one. */
  for (guint i = 0; i < out->len;)
    {
      gboolean drop = FALSE;
      for (guint j = 0; j < out->len && !drop; j++)
        if (j != i && is_ancestor (out->pdata[i], out->pdata[j]))
          drop = TRUE;
      if (drop)
        g_ptr_array_remove_index (out, i);
      else
        i++;
    }
  return out;
}

/* @region: for each entity, the province it lies in, else its country
 * (哈尔滨国际陆港集结中心 → Heilongjiang; 横模口岸 → Viet Nam). */
static GPtrArray *
regions_of (GPtrArray *things, char **kinds)
{
  GPtrArray *out = g_ptr_array_new ();
  for (guint i = 0; i < things->len; i++)
    {
      const BriEntity *r = NULL;
      const BriEntity *e = things->pdata[i];
      for (guint d = 0; e && d < BRI_MAX_PARENT_DEPTH + 1 && !r; d++)
        {
          e = bri_entity_get_parent (e);
          if (e && g_str_equal (bri_entity_get_kind (e), "province"))
            r = e;
        }
      if (!r)
        r = country_of (bri_entity_get_parent (things->pdata[i]));
      if (r && kind_ok (kinds, r) && !g_ptr_array_find (out, r, NULL))
        g_ptr_array_add (out, (gpointer) r);
    }
  return out;
}

static char *
orig_slice (const BriNormText *nt, gsize a, gsize b)
{
  gsize oa = nt->map[a], ob = nt->map[b];
  return g_strndup (nt->orig + oa, ob - oa);
}

static void
emit (const Ctx *c, const BriRule *rule, const BriEntity *f, const BriEntity *t,
      const BriEntity *via, const char *title, BriDate date, BriDate end_date,
      gboolean inherited)
{
  if (f == t)
    return;
  if (rule->scope == BRI_SCOPE_NAME && stated_already (c->stated, rule, t))
    return;
  if (rule->scope != BRI_SCOPE_NAME && c->stated)
    {
      Stated st = { rule, t };
      g_array_append_val (c->stated, st);
    }
  const BriKind *kind = bri_graph_lookup_kind (c->ex->graph, rule->kind);
  const char *fid = bri_entity_get_id (f), *tid = bri_entity_get_id (t);
  if (!bri_kind_is_directed (kind) && strcmp (fid, tid) > 0)
    {
      const char *x = fid;
      fid = tid;
      tid = x;
    }
  /* A relation already proposed from this document, mentioned again where
   * the date is only carried over (卡卡尔到访新疆时表示…), is the same
   * fact: not a second one at another date. */
  g_autofree char *pair = g_strdup_printf ("%s|%s|%s|%s", rule->kind, fid, tid,
                                           c->source ? c->source : "");
  if (inherited && g_hash_table_contains (c->res->seen_pairs, pair))
    return;
  char dbuf[BRI_DATE_STRLEN];
  char *key = g_strdup_printf ("%s|%s|%s|%s|%s", rule->kind, fid, tid,
                               bri_date_format (date, dbuf), c->source ? c->source : "");
  if (!g_hash_table_add (c->res->seen, key))
    return;
  g_hash_table_add (c->res->seen_pairs, g_steal_pointer (&pair));
  BriRelation *r = bri_relation_new (rule->kind, fid, tid);
  bri_relation_set_date (r, date);
  bri_relation_set_end_date (r, end_date);
  bri_relation_set_title (r, title);
  if (via && via != f && via != t)
    bri_relation_set_via (r, bri_entity_get_id (via));
  bri_relation_set_source (r, c->source);
  g_autofree char *ev = orig_slice (c->nt, c->sentence->start, c->sentence->end);
  bri_relation_set_evidence (r, ev);
  double conf = rule->confidence * c->date_factor;
  bri_relation_set_confidence (r, floor (conf * 100 + 0.5) / 100);
  bri_relation_set_attribute (r, "rule", rule->id);
  g_ptr_array_add (c->res->relations, r);
  bri__proposals_use (c->res->proposals, f);
  bri__proposals_use (c->res->proposals, t);
  if (via && via != f && via != t)
    bri__proposals_use (c->res->proposals, via);
}

static void
apply_rule (Ctx *c, const BriRule *rule, const Seg *sg)
{
  if (sg->n_tags < rule->min_tags)
    return;
  BriDate date = sg->date, end_date = sg->end_date;
  gboolean inherited = c->date_factor < 1 && !sg->own_date;
  const char *tagged = sg->tagged;
  const gsize *t2n = sg->t2n;
  GMatchInfo *mi = NULL;
  g_regex_match (rule->regex, tagged, 0, &mi);
  while (g_match_info_matches (mi))
    {
      gint ms = 0, me = 0;
      g_match_info_fetch_pos (mi, 0, &ms, &me);
      c->match_start = t2n[ms];
      g_autoptr (GPtrArray) to = slot_entities (c, mi, rule->to, rule->to_kinds);
      g_autoptr (GPtrArray) from = g_str_equal (rule->from, "@region")
                                   ? regions_of (to, rule->from_kinds)
                                   : slot_entities (c, mi, rule->from, rule->from_kinds);
      g_autoptr (GPtrArray) via = slot_entities (c, mi, rule->via, NULL);
      g_autofree char *title = NULL;
      gint ts = -1, te = -1;
      if (g_regex_get_string_number (rule->regex, "title") >= 0 &&
          g_match_info_fetch_named_pos (mi, "title", &ts, &te) && ts >= 0)
        title = orig_slice (c->nt, t2n[ts], t2n[te]);
      const BriEntity *v = via->len ? via->pdata[0] : NULL;
      if (rule->pairs != BRI_PAIRS_CROSS)
        {
          for (guint i = 0; i < to->len; i++)
            if (!g_ptr_array_find (from, to->pdata[i], NULL))
              g_ptr_array_add (from, to->pdata[i]);
          /* star: the first party named (the hub) with each other one, never
           * every pair (a list of signatories is one document, not a
           * clique); both: each ordered pair (a route each way). */
          for (guint i = 0; i < from->len; i++)
            for (guint j = 0; j < from->len; j++)
              if ((rule->pairs == BRI_PAIRS_STAR && i == 0 && j > 0)
                  || (rule->pairs == BRI_PAIRS_BOTH && i != j))
                emit (c, rule, from->pdata[i], from->pdata[j], v, title, date, end_date, inherited);
        }
      else
        for (guint i = 0; i < from->len; i++)
          for (guint j = 0; j < to->len; j++)
            emit (c, rule, from->pdata[i], to->pdata[j], v, title, date, end_date, inherited);
      g_match_info_next (mi, NULL);
    }
  g_match_info_free (mi);
}

/* Name rules: each rule of scope name on the inside of each name of the
 * sentence that holds other names. */
static void
apply_name_rules (const Ctx *c)
{
  for (guint k = 0; k < c->mentions->len; k++)
    {
      const Mention *m = &g_array_index (c->mentions, Mention, k);
      if (!m->e || m->both || m->count || m->n_more)
        continue;
      GArray *inner = find_mentions (c->ex, c->nt->norm, m->start, m->end, m->e);
      if (inner->len > 0)
        {
          Ctx ic = *c;
          ic.mentions = inner;
          ic.self = m->e;
          Seg sg;
          seg_init (&ic, &sg, m->start, m->end, FALSE);
          for (guint r = 0; r < c->ex->rules->len; r++)
            {
              const BriRule *rule = c->ex->rules->pdata[r];
              if (rule->scope == BRI_SCOPE_NAME)
                apply_rule (&ic, rule, &sg);
            }
          seg_clear (&sg);
        }
      g_array_unref (inner);
    }
}

/* ---- candidates ------------------------------------------------------------ */

static const char *const cand_suffixes[] = {
  "委员会", "博览会", "交易会", "洽谈会", "研讨会", "口岸", "论坛", "联盟",
  "大学", "峰会", "部", "省", "市", "州", "港", "厅", "局",
};
static const char cand_stops[] =
  "的在与和及由从经至赴了为是将等对向同于把被、为以其该此各本全内外这并也还就";
static const char *const cand_words[] = {
  "全部", "内部", "外部", "局部", "本部", "干部", "城市", "都市", "省市",
  "海港", "各部", "有关部", "相关部", "部分", "大部", "结局", "格局", "布局",
};

static gboolean
is_han (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

static void
find_candidates (const Ctx *c)
{
  const char *norm = c->nt->norm;
  gsize a = c->sentence->start, b = c->sentence->end;
  guint mk = 0;
  for (gsize i = a; i < b; i = (gsize) (g_utf8_next_char (norm + i) - norm))
    {
      for (guint s = 0; s < G_N_ELEMENTS (cand_suffixes); s++)
        {
          const char *suf = cand_suffixes[s];
          gsize sl = strlen (suf);
          if (i + sl > b || memcmp (norm + i, suf, sl) != 0)
            continue;
          gsize e = i + sl;
          /* Not when the suffix continues into a longer word (部长, 市场). */
          if (e < b)
            {
              gunichar n = g_utf8_get_char (norm + e);
              if (n == 0x957F /* 长 */ || n == 0x573A /* 场 */ || n == 0x5206 /* 分 */
                  || n == 0x95E8 /* 门 */ || n == 0x59D4 /* 委 */ || n == 0x7EA7 /* 级 */)
                break;
            }
          /* Walk back over Han characters. */
          gsize st = i;
          guint nch = 0;
          while (st > a && nch < 12)
            {
              const char *prev = g_utf8_prev_char (norm + st);
              gunichar pc = g_utf8_get_char (prev);
              char buf[8] = { 0 };
              g_unichar_to_utf8 (pc, buf);
              if (!is_han (pc) || strstr (cand_stops, buf))
                break;
              st = (gsize) (prev - norm);
              nch++;
            }
          if (nch < 2)
            break;
          /* Inside or overlapping a mention: the name is known. */
          gboolean known = FALSE;
          for (guint k = mk; k < c->mentions->len; k++)
            {
              const Mention *m = &g_array_index (c->mentions, Mention, k);
              if (m->start < e && m->end > st)
                {
                  known = TRUE;
                  break;
                }
            }
          g_autofree char *nname = g_strndup (norm + st, e - st);
          for (guint w = 0; w < G_N_ELEMENTS (cand_words); w++)
            if (g_str_has_suffix (nname, cand_words[w]) && strlen (nname) == strlen (cand_words[w]))
              known = TRUE;
          if (!known)
            {
              g_autofree char *name = orig_slice (c->nt, st, e);
              char *key = g_strdup_printf ("%s|%s", name, c->source ? c->source : "");
              if (g_hash_table_add (c->res->seen_candidates, key))
                {
                  Candidate *cd = g_new0 (Candidate, 1);
                  cd->name = g_steal_pointer (&name);
                  cd->sentence = orig_slice (c->nt, a, b);
                  cd->source = g_strdup (c->source);
                  g_ptr_array_add (c->res->candidates, cd);
                }
            }
          break;
        }
    }
}

/* Whether the paragraph starting at @start is a photo caption: it ends
 * with 摄 (记者 某某 摄, (2024年3月12日摄)). */
static gboolean
is_caption (const char *norm, gsize len, gsize start)
{
  const char *nl = memchr (norm + start, '\n', len - start);
  gsize end = nl ? (gsize) (nl - norm) : len;
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (norm + end);
      gunichar c = g_utf8_get_char (prev);
      if (c == ' ' || c == '\t' || c == '\r' || c == 0x3000 || c == ')' || c == 0x3002)
        end = (gsize) (prev - norm);
      else
        return c == 0x6444;   /* 摄 */
    }
  return FALSE;
}

/* ---- extraction ------------------------------------------------------------ */

BriExtractResult *
bri_extract_text (const BriExtractor *ex, const char *text, gssize len,
                  BriDate doc_date, const char *source_id, GError **error)
{
  g_return_val_if_fail (ex != NULL, NULL);
  g_return_val_if_fail (text != NULL || len == 0, NULL);
  gsize n = len < 0 ? strlen (text) : (gsize) len;
  BriNormText nt;
  if (!bri__norm_text_init (&nt, ex->t2s, text ? text : "", n, error))
    {
      g_prefix_error (error, "<text>:");
      return NULL;
    }
  BriExtractResult *res = bri_extract_result_new ();
  GArray *sentences = bri__split_sentences (nt.norm, nt.norm_len);
  g_autoptr (GPtrArray) context = g_ptr_array_new ();
  g_autoptr (GPtrArray) groups = g_ptr_array_new ();
  BriDate event_date = BRI_DATE_UNSET, event_end = BRI_DATE_UNSET;
  const BriEntity *para_subject = NULL;
  const BriEntity *story_event = NULL;
  const BriEntity *talks[2] = { NULL, NULL };   /* the sides of the event's talks */
  g_autoptr (GPtrArray) para_parties = g_ptr_array_new ();
  g_autoptr (GArray) stated = g_array_new (FALSE, FALSE, sizeof (Stated));
  g_autoptr (GArray) fresh = g_array_new (FALSE, FALSE, sizeof (Fresh));
  g_array_set_clear_func (fresh, fresh_clear);
  BriPersons *persons = bri__persons_new ();
  guint para = G_MAXUINT;
  gboolean in_caption = FALSE;
  BriDate saved_date = BRI_DATE_UNSET, saved_end = BRI_DATE_UNSET;
  for (guint si = 0; si < sentences->len; si++)
    {
      const BriSpan *sp = &g_array_index (sentences, BriSpan, si);
      if (sp->paragraph != para)
        {
          para = sp->paragraph;
          para_subject = NULL;
          g_ptr_array_set_size (para_parties, 0);
          /* A Markdown heading starts a new story: no date, party or
           * group of the one before carries over. */
          if (nt.norm[sp->start] == '#')
            {
              event_date = event_end = BRI_DATE_UNSET;
              story_event = NULL;
              talks[0] = talks[1] = NULL;
              g_ptr_array_set_size (context, 0);
              g_ptr_array_set_size (groups, 0);
            }
          /* A photo caption's date dates what the caption shows, not the
           * paragraphs after it. */
          if (in_caption)
            {
              event_date = saved_date;
              event_end = saved_end;
              talks[0] = talks[1] = NULL;
              g_ptr_array_set_size (context, 0);
            }
          in_caption = is_caption (nt.norm, nt.norm_len, sp->start);
          saved_date = event_date;
          saved_end = event_end;
        }
      GArray *dates = bri__find_dates (nt.norm, sp->start, sp->end, doc_date, event_date);
      double factor = 1.0;
      BriDate date, end_date;
      if (pick_date (nt.norm, dates, doc_date, &date, &end_date))
        {
          event_date = date;
          event_end = end_date;
          g_ptr_array_set_size (context, 0);   /* a new event */
          talks[0] = talks[1] = NULL;
        }
      else if (bri_date_is_set (event_date))
        {
          date = event_date;
          end_date = event_end;
          factor = 0.9;
        }
      else
        {
          date = doc_date;
          end_date = BRI_DATE_UNSET;
          factor = 0.8;
        }
      g_array_unref (dates);
      g_array_set_size (stated, 0);
      GArray *ms = find_mentions (ex, nt.norm, sp->start, sp->end, NULL);
      add_marked_mentions (ex, &nt, sp, ms, res, source_id, fresh);
      add_person_mentions (ex, nt.norm, sp, ms, persons);
      resolve_mentions (ex, nt.norm, ms, context, groups, talks);
      guint n_before = res->relations->len;
      Ctx c = { ex, res, &nt, source_id, sp, ms, date, end_date, factor,
                para_subject, para_parties, story_event, stated, doc_date, 0, NULL };
      if (ms->len > 0)
        {
          GArray *clauses = bri__split_clauses (nt.norm, sp->start, sp->end);
          Seg whole;
          seg_init (&c, &whole, sp->start, sp->end, FALSE);
          Seg *segs = g_new (Seg, clauses->len);
          for (guint k = 0; k < clauses->len; k++)
            {
              const BriSpan *cl = &g_array_index (clauses, BriSpan, k);
              seg_init (&c, &segs[k], cl->start, cl->end, TRUE);
            }
          for (guint r = 0; r < ex->rules->len; r++)
            {
              const BriRule *rule = ex->rules->pdata[r];
              if (rule->scope == BRI_SCOPE_SENTENCE)
                apply_rule (&c, rule, &whole);
              else if (rule->scope == BRI_SCOPE_CLAUSE)
                for (guint k = 0; k < clauses->len; k++)
                  apply_rule (&c, rule, &segs[k]);
            }
          for (guint k = 0; k < clauses->len; k++)
            seg_clear (&segs[k]);
          g_free (segs);
          seg_clear (&whole);
          g_array_unref (clauses);
          if (ex->has_name_rules)
            apply_name_rules (&c);
        }
      find_candidates (&c);
      /* The last talks of the sentence are the event's talks. */
      for (guint k = n_before; k < res->relations->len; k++)
        {
          const BriRelation *x = res->relations->pdata[k];
          if (!g_str_equal (bri_relation_get_kind (x), "met"))
            continue;
          const BriEntity *f = bri_graph_lookup_entity (ex->graph, bri_relation_get_from_id (x));
          const BriEntity *t = bri_graph_lookup_entity (ex->graph, bri_relation_get_to_id (x));
          if (f && t)
            {
              talks[0] = f;
              talks[1] = t;
            }
        }
      if (!para_subject && ms->len > 0)
        para_subject = g_array_index (ms, Mention, 0).e;
      for (guint k = 0; k < ms->len; k++)
        {
          const BriEntity *e = g_array_index (ms, Mention, k).e;
          if (e && !g_ptr_array_find (para_parties, e, NULL))
            g_ptr_array_add (para_parties, (gpointer) e);
          if (e && !story_event && g_str_equal (bri_entity_get_kind (e), "forum"))
            story_event = e;
        }
      g_array_unref (ms);
    }
  if (source_id && !bri_graph_lookup_source (ex->graph, source_id))
    {
      BriSource *so = bri_source_new (source_id);
      bri_source_set_date (so, doc_date);
      /* The title: the first line when it is a Markdown heading. */
      if (sentences->len && nt.norm[g_array_index (sentences, BriSpan, 0).start] == '#')
        {
          const BriSpan *h = &g_array_index (sentences, BriSpan, 0);
          gsize st = h->start;
          while (st < h->end && (nt.norm[st] == '#' || nt.norm[st] == ' '))
            st++;
          g_autofree char *title = orig_slice (&nt, st, h->end);
          bri_source_set_title (so, g_strstrip (title));
        }
      g_ptr_array_add (res->sources, so);
    }
  /* A marked name no relation needed: a candidate, not an entity. */
  for (guint i = 0; i < fresh->len; i++)
    {
      const Fresh *f = &g_array_index (fresh, Fresh, i);
      gboolean used = FALSE;
      for (guint k = 0; k < bri__proposals_get_n (res->proposals); k++)
        if (bri__proposals_get_nth (res->proposals, k, &used) == f->e)
          break;
      if (!used)
        {
          const char *name = bri_entity_get_n_aliases (f->e) ? bri_entity_get_alias (f->e, 0)
                                                             : bri_entity_get_name_zh (f->e);
          add_candidate (res, name, f->sentence, source_id,
                         "marked name that no relation needed");
        }
    }
  g_array_unref (sentences);
  bri__persons_free (persons);
  bri__norm_text_clear (&nt);
  return res;
}

/* A date in a file name: 8 digits YYYYMMDD or YYYY-MM-DD not inside a
 * longer run of digits, with a valid month and day; unset when none. */
static BriDate
date_in_name (const char *base)
{
  for (const char *p = base; *p; p++)
    {
      if (!g_ascii_isdigit (*p) || (p > base && g_ascii_isdigit (p[-1])))
        continue;
      char buf[11] = { 0 };
      if (strlen (p) >= 8 && strspn (p, "0123456789") == 8)
        g_snprintf (buf, sizeof buf, "%.4s-%.2s-%.2s", p, p + 4, p + 6);
      else if (strlen (p) >= 10 && strspn (p, "0123456789") == 4 && p[4] == '-'
               && g_ascii_isdigit (p[5]) && g_ascii_isdigit (p[6]) && p[7] == '-'
               && strspn (p + 8, "0123456789") == 2)
        memcpy (buf, p, 10);
      BriDate d = BRI_DATE_UNSET;
      if (*buf && (buf[0] == '1' || buf[0] == '2') && bri_date_parse (buf, &d, NULL))
        return d;
    }
  return BRI_DATE_UNSET;
}

BriExtractResult *
bri_extract_file (const BriExtractor *ex, const char *path, BriDate doc_date,
                  const char *source_id, GError **error)
{
  g_return_val_if_fail (ex != NULL && path != NULL, NULL);
  g_autofree char *data = NULL;
  gsize len = 0;
  if (!g_file_get_contents (path, &data, &len, error))
    return NULL;
  g_autofree char *base = g_path_get_basename (path);
  gboolean matched = FALSE;
  for (guint i = 0; i < bri_graph_get_n_sources (ex->graph) && !matched; i++)
    {
      const BriSource *s = bri_graph_get_source (ex->graph, i);
      const char *file = bri_source_get_file (s);
      if (!file)
        continue;
      g_autofree char *fb = g_path_get_basename (file);
      if (g_str_equal (fb, base))
        {
          if (!bri_date_is_set (doc_date))
            doc_date = bri_source_get_date (s);
          if (!source_id)
            source_id = bri_source_get_id (s);
          matched = TRUE;
        }
    }
  /* A file the data set does not know: its name without the extension is
   * its source id, and a date in the name (news_20240627.txt,
   * 2024-06-27.txt) is its date. */
  g_autofree char *own_id = NULL;
  if (!matched && !source_id)
    {
      const char *dot = strrchr (base, '.');
      own_id = g_strndup (base, dot && dot != base ? (gsize) (dot - base) : strlen (base));
      g_strdelimit (own_id, " \t,", '-');
      source_id = own_id;
    }
  if (!matched && !bri_date_is_set (doc_date))
    doc_date = date_in_name (base);
  GError *err = NULL;
  BriExtractResult *res = bri_extract_text (ex, data, (gssize) len, doc_date,
                                            source_id, &err);
  if (!res)
    {
      const char *m = err->message;
      if (g_str_has_prefix (m, "<text>:"))
        m += strlen ("<text>:");
      g_set_error (error, err->domain, err->code, "%s:%s", path, m);
      g_error_free (err);
    }
  for (guint i = 0; res && i < res->sources->len; i++)
    bri_source_set_file (res->sources->pdata[i], base);
  return res;
}

/* ---- saving ------------------------------------------------------------------ */

/* One field of a row, quoted by csv-writer.c's rule: rows are written
 * field by field, @last ends the row. */
static void
csv_field (GString *out, const char *s, gboolean last)
{
  gboolean first = out->len == 0 || out->str[out->len - 1] == '\n';
  bri__csv_put_field (out, first, s);
  if (last)
    g_string_append_c (out, '\n');
}

/* relations.csv (with the columns status,existing_date,existing_source
 * when @cmp is given) and candidates.csv. */
static gboolean
write_results (const BriExtractResult *res, const BriExtractComparison *cmp,
               const char *dir, GError **error)
{
  g_autoptr (GString) rel = g_string_new (
    "kind,from,to,date,end_date,title,sector,via,event,weight,source,evidence,confidence,rule");
  g_string_append (rel, cmp ? ",status,existing_date,existing_source\n" : "\n");
  for (guint i = 0; i < res->relations->len; i++)
    {
      const BriRelation *r = res->relations->pdata[i];
      char d1[BRI_DATE_STRLEN], d2[BRI_DATE_STRLEN], conf[32];
      g_ascii_formatd (conf, sizeof conf, "%.2f", bri_relation_get_confidence (r));
      csv_field (rel, bri_relation_get_kind (r), FALSE);
      csv_field (rel, bri_relation_get_from_id (r), FALSE);
      csv_field (rel, bri_relation_get_to_id (r), FALSE);
      csv_field (rel, bri_date_format (bri_relation_get_date (r), d1), FALSE);
      csv_field (rel, bri_date_format (bri_relation_get_end_date (r), d2), FALSE);
      csv_field (rel, bri_relation_get_title (r), FALSE);
      csv_field (rel, bri_relation_get_sector (r), FALSE);
      csv_field (rel, bri_relation_get_via_id (r), FALSE);
      csv_field (rel, bri_relation_get_event (r), FALSE);
      csv_field (rel, NULL, FALSE);
      csv_field (rel, bri_relation_get_source (r), FALSE);
      csv_field (rel, bri_relation_get_evidence (r), FALSE);
      csv_field (rel, conf, FALSE);
      csv_field (rel, bri_relation_get_attribute (r, "rule"), !cmp);
      if (cmp)
        {
          const BriRelation *x = bri_extract_comparison_get_existing (cmp, i);
          char d3[BRI_DATE_STRLEN];
          csv_field (rel, bri_extract_status_to_string (bri_extract_comparison_get_status (cmp, i)), FALSE);
          csv_field (rel, x ? bri_date_format (bri_relation_get_date (x), d3) : NULL, FALSE);
          csv_field (rel, x ? bri_relation_get_source (x) : NULL, TRUE);
        }
    }
  g_autoptr (GString) cand = g_string_new ("name,sentence,source,reason\n");
  for (guint i = 0; i < res->candidates->len; i++)
    {
      const Candidate *c = res->candidates->pdata[i];
      csv_field (cand, c->name, FALSE);
      csv_field (cand, c->sentence, FALSE);
      csv_field (cand, c->source, FALSE);
      csv_field (cand, c->reason, TRUE);
    }
  g_autoptr (GString) ent = g_string_new ("id,kind,name,name_zh,aliases,code,parent\n");
  for (guint i = 0; i < bri_extract_result_get_n_entities (res); i++)
    {
      const BriEntity *e = bri_extract_result_get_entity (res, i);
      g_autoptr (GString) aliases = g_string_new (NULL);
      for (guint k = 0; k < bri_entity_get_n_aliases (e); k++)
        g_string_append_printf (aliases, "%s%s", k ? "|" : "", bri_entity_get_alias (e, k));
      csv_field (ent, bri_entity_get_id (e), FALSE);
      csv_field (ent, bri_entity_get_kind (e), FALSE);
      csv_field (ent, bri_entity_get_name (e), FALSE);
      csv_field (ent, bri_entity_get_name_zh (e), FALSE);
      csv_field (ent, aliases->str, FALSE);
      csv_field (ent, bri_entity_get_code (e), FALSE);
      csv_field (ent, bri_entity_get_parent_id (e), TRUE);
    }
  g_autoptr (GString) src = g_string_new ("id,title,date,file\n");
  for (guint i = 0; i < res->sources->len; i++)
    {
      const BriSource *so = res->sources->pdata[i];
      char db[BRI_DATE_STRLEN];
      csv_field (src, bri_source_get_id (so), FALSE);
      csv_field (src, bri_source_get_title (so), FALSE);
      csv_field (src, bri_date_format (bri_source_get_date (so), db), FALSE);
      csv_field (src, bri_source_get_file (so), TRUE);
    }
  /* All four written before the first is renamed into place. */
  const char *names[] = { "relations.csv", "candidates.csv", "entities.csv", "sources.csv" };
  const GString *contents[] = { rel, cand, ent, src };
  char *paths[G_N_ELEMENTS (names)];
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    paths[i] = g_build_filename (dir, names[i], NULL);
  gboolean ok = bri__atomic_write_files ((const char *const *) paths, contents,
                                         G_N_ELEMENTS (names), error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_free (paths[i]);
  return ok;
}

gboolean
bri_extract_result_save (const BriExtractResult *res, const char *dir, GError **error)
{
  g_return_val_if_fail (res != NULL && dir != NULL, FALSE);
  return write_results (res, NULL, dir, error);
}

gboolean
bri_extract_comparison_save (const BriExtractComparison *cmp, const BriExtractResult *result,
                             const char *dir, GError **error)
{
  g_return_val_if_fail (cmp != NULL && result != NULL && dir != NULL, FALSE);
  g_return_val_if_fail (bri_extract_comparison_get_n_relations (cmp) == result->relations->len, FALSE);
  return write_results (result, cmp, dir, error);
}
