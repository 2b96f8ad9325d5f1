/* fuzz/fuzz-extract.c — the extractor on the bundled graph (gazetteer +
 * curated relations, $BRI_DATA or the source tree's data/). Byte 0 picks
 * the document date, the rest is the text (not NUL-terminated: the length
 * is passed). Invariants: a failure is BRI_ERROR_PARSE only; every
 * relation names entities of the graph or proposed by the result (each
 * proposal with an id the graph lacks, prefixed by its kind) and a known
 * relation kind, carries valid
 * dates, a confidence in [0, 1] and evidence that is an exact substring of
 * the input; every candidate's name and sentence are substrings too. */
#define _GNU_SOURCE /* memmem */
#include "fuzz-common.h"

#ifndef BRI_FUZZ_DATA
#define BRI_FUZZ_DATA "data"
#endif

static BriGraph *graph;
static BriExtractor *ex;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc;
  (void) argv;
  const char *data = g_getenv ("BRI_DATA");
  if (data == NULL)
    data = BRI_FUZZ_DATA;
  char *gaz = g_build_filename (data, "gazetteer", NULL);
  char *bri = g_build_filename (data, "bri", NULL);
  char *rules = g_build_filename (data, "rules", "extract-rules.csv", NULL);
  const char *dirs[] = { gaz, bri, NULL };
  GError *error = NULL;
  graph = bri_graph_new_from_dirs (dirs, &error);
  if (graph != NULL)
    ex = bri_extractor_new (graph, rules, &error);
  if (ex == NULL)
    {
      fprintf (stderr, "fuzz-extract: %s (set BRI_DATA to the data directory)\n",
               error->message);
      abort ();
    }
  g_free (gaz);
  g_free (bri);
  g_free (rules);
  return 0;
}

static gboolean
is_substring (const uint8_t *text, size_t len, const char *s)
{
  if (s == NULL)
    return FALSE;
  size_t n = strlen (s);
  if (n == 0)
    return TRUE;
  return n <= len && memmem (text, len, s, n) != NULL;
}

/* An endpoint is an entity of the graph or one the result proposes. */
static gboolean
is_known (const BriExtractResult *res, const char *id)
{
  if (id == NULL)
    return FALSE;
  if (bri_graph_lookup_entity (graph, id) != NULL)
    return TRUE;
  for (guint i = 0; i < bri_extract_result_get_n_entities (res); i++)
    if (g_strcmp0 (bri_entity_get_id (bri_extract_result_get_entity (res, i)), id) == 0)
      return TRUE;
  return FALSE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size == 0 || size > 16384)
    return 0;
  static const BriDate doc_dates[8] = {
    { 0, 0, 0 }, { 2024, 0, 0 }, { 2024, 6, 0 }, { 2024, 6, 27 },
    { 2023, 12, 0 }, { 2024, 2, 29 }, { 9999, 12, 31 }, { 1, 1, 1 },
  };
  BriDate doc_date = doc_dates[data[0] & 7];
  const char *source = (data[0] & 8) ? "s-fuzz" : NULL;
  const uint8_t *text = data + 1;
  size_t len = size - 1;

  GError *error = NULL;
  BriExtractResult *res = bri_extract_text (ex, (const char *) text, (gssize) len,
                                            doc_date, source, &error);
  if (res == NULL)
    {
      FUZZ_CHECK (error != NULL && error->domain == BRI_ERROR
                  && error->code == BRI_ERROR_PARSE);
      g_error_free (error);
      return 0;
    }
  FUZZ_CHECK (error == NULL);
  for (guint i = 0; i < bri_extract_result_get_n_relations (res); i++)
    {
      const BriRelation *r = bri_extract_result_get_relation (res, i);
      FUZZ_CHECK (bri_graph_lookup_kind (graph, bri_relation_get_kind (r)) != NULL);
      FUZZ_CHECK (is_known (res, bri_relation_get_from_id (r)));
      FUZZ_CHECK (is_known (res, bri_relation_get_to_id (r)));
      const char *via = bri_relation_get_via_id (r);
      FUZZ_CHECK (via == NULL || is_known (res, via));
      BriDate d = bri_relation_get_date (r), e = bri_relation_get_end_date (r);
      FUZZ_CHECK (bri_date_is_valid (d) && bri_date_is_valid (e));
      FUZZ_CHECK (!bri_date_is_set (e) || bri_date_is_set (d));
      if (bri_relation_has_confidence (r))
        {
          double c = bri_relation_get_confidence (r);
          FUZZ_CHECK (c >= 0.0 && c <= 1.0);
        }
      FUZZ_CHECK (is_substring (text, len, bri_relation_get_evidence (r)));
      if (source)
        FUZZ_CHECK (g_strcmp0 (bri_relation_get_source (r), source) == 0);
    }
  for (guint i = 0; i < bri_extract_result_get_n_entities (res); i++)
    {
      const BriEntity *e = bri_extract_result_get_entity (res, i);
      FUZZ_CHECK (bri_graph_lookup_entity (graph, bri_entity_get_id (e)) == NULL);
      const char *kind = bri_entity_get_kind (e);
      FUZZ_CHECK (g_str_has_prefix (bri_entity_get_id (e), kind)
                  && bri_entity_get_id (e)[strlen (kind)] == ':');
    }
  for (guint i = 0; i < bri_extract_result_get_n_candidates (res); i++)
    {
      FUZZ_CHECK (is_substring (text, len, bri_extract_result_get_candidate_name (res, i)));
      FUZZ_CHECK (is_substring (text, len, bri_extract_result_get_candidate_sentence (res, i)));
    }
  /* Merging copies everything. */
  BriExtractResult *all = bri_extract_result_new ();
  bri_extract_result_merge (all, res);
  bri_extract_result_merge (all, res);
  FUZZ_CHECK (bri_extract_result_get_n_relations (all)
              == 2 * bri_extract_result_get_n_relations (res));
  FUZZ_CHECK (bri_extract_result_get_n_candidates (all)
              == 2 * bri_extract_result_get_n_candidates (res));
  bri_extract_result_free (all);
  bri_extract_result_free (res);
  return 0;
}
