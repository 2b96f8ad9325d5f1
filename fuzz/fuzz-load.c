/* fuzz/fuzz-load.c — the CSV data set loader: one input becomes a data
 * set directory (see fuzz-common.h), loaded with bri_graph_load_dir() and
 * checked with bri_dir_check(). Invariants: loading is all or nothing (on
 * failure the graph is unchanged, and the error is a GFileError or a
 * BRI_ERROR with a `FILE:LINE:COL:` message), the check agrees with the
 * load (an error problem exactly when loading failed), and (mask bit 7) a
 * data set that loaded loads again on top of itself, adding only its
 * relations. */
#include "fuzz-common.h"

static char *dir;

static void
cleanup (void)
{
  fuzz_remove_dir (dir);
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc;
  (void) argv;
  dir = fuzz_make_dir ("load");
  atexit (cleanup);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  unsigned mask = fuzz_write_data_set (dir, data, size);
  gboolean with_base = (mask & 0x40) != 0;
  BriGraph *g = fuzz_graph_new (with_base);
  guint n_ent = bri_graph_get_n_entities (g), n_rel = bri_graph_get_n_relations (g);
  guint n_src = bri_graph_get_n_sources (g), n_kind = bri_graph_get_n_kinds (g);

  GError *error = NULL;
  gboolean ok = bri_graph_load_dir (g, dir, &error);
  if (!ok)
    {
      FUZZ_CHECK (error != NULL && error->message != NULL);
      FUZZ_CHECK (error->domain == G_FILE_ERROR || error->domain == BRI_ERROR);
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
      /* All or nothing. */
      FUZZ_CHECK (bri_graph_get_n_entities (g) == n_ent);
      FUZZ_CHECK (bri_graph_get_n_relations (g) == n_rel);
      FUZZ_CHECK (bri_graph_get_n_sources (g) == n_src);
      FUZZ_CHECK (bri_graph_get_n_kinds (g) == n_kind);
      g_clear_error (&error);
    }
  else
    {
      FUZZ_CHECK (error == NULL);
      /* Every loaded entity is found by its id and its parent chain ends. */
      for (guint i = 0; i < bri_graph_get_n_entities (g); i++)
        {
          const BriEntity *e = bri_graph_get_entity (g, i);
          FUZZ_CHECK (bri_graph_lookup_entity (g, bri_entity_get_id (e)) == e);
          guint depth = 0;
          for (const BriEntity *p = bri_entity_get_parent (e); p; p = bri_entity_get_parent (p))
            FUZZ_CHECK (++depth <= BRI_MAX_PARENT_DEPTH);
          FUZZ_CHECK (bri_entity_get_n_aliases (e) <= BRI_MAX_ALIASES);
        }
      for (guint i = 0; i < bri_graph_get_n_relations (g); i++)
        {
          const BriRelation *r = bri_graph_get_relation (g, i);
          FUZZ_CHECK (bri_relation_get_from (r) != NULL && bri_relation_get_to (r) != NULL);
          FUZZ_CHECK (bri_graph_lookup_kind (g, bri_relation_get_kind (r)) != NULL);
          FUZZ_CHECK (bri_date_is_valid (bri_relation_get_date (r)));
          FUZZ_CHECK (bri_date_is_valid (bri_relation_get_end_date (r)));
        }
      /* Bit 7: load the same data set again. Every entity, source and kind
       * is then redefined with identical content, which is accepted; the
       * relations are added a second time. */
      if (mask & 0x80)
        {
          guint e1 = bri_graph_get_n_entities (g), r1 = bri_graph_get_n_relations (g);
          guint s1 = bri_graph_get_n_sources (g), k1 = bri_graph_get_n_kinds (g);
          gboolean again = bri_graph_load_dir (g, dir, &error);
          if (!again)
            fprintf (stderr, "second load: %s\n", error->message);
          FUZZ_CHECK (again);
          FUZZ_CHECK (bri_graph_get_n_entities (g) == e1);
          FUZZ_CHECK (bri_graph_get_n_sources (g) == s1);
          FUZZ_CHECK (bri_graph_get_n_kinds (g) == k1);
          FUZZ_CHECK (bri_graph_get_n_relations (g) == r1 + (r1 - n_rel));
        }
    }

  /* The check agrees with the load (it starts from the state before it). */
  BriGraph *base = fuzz_graph_new (with_base);
  GPtrArray *problems = bri_dir_check (base, dir);
  FUZZ_CHECK (problems != NULL && problems->len <= BRI_MAX_PROBLEMS + 1);
  gboolean has_error = FALSE;
  for (guint i = 0; i < problems->len; i++)
    {
      const BriProblem *p = g_ptr_array_index (problems, i);
      FUZZ_CHECK (bri_problem_get_message (p) != NULL);
      char *s = bri_problem_to_string (p);
      FUZZ_CHECK (s != NULL && g_utf8_validate (s, -1, NULL));
      g_free (s);
      if (bri_problem_get_severity (p) == BRI_PROBLEM_ERROR)
        has_error = TRUE;
    }
  FUZZ_CHECK (has_error == !ok);
  FUZZ_CHECK (bri_graph_get_n_entities (base) == n_ent);
  FUZZ_CHECK (bri_graph_get_n_relations (base) == n_rel);
  g_ptr_array_unref (problems);
  bri_graph_unref (base);
  bri_graph_unref (g);
  return 0;
}
