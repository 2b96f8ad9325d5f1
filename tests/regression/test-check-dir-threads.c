/* tests/regression/test-check-dir-threads.c — fixed in d1113ab (the check
 * now validates in an overlay); the description below is of the bug as it
 * was: a data race and a use after free, failing with or without
 * ThreadSanitizer: the reader sees
 * entities vanish, GLib prints "bri_graph_get_entity: assertion … failed",
 * or it dies with SIGSEGV in bri_entity_get_alias called from the name
 * index; TSan reports ~30 races):
 * bri_dir_check (graph, dir) is documented (io.h) as never modifying
 * @graph, and docs/threading.md lists it among the reads. But it checks by
 * loading into @graph itself and rolling back:
 *   libbri/io/load.c, bri_dir_check(): `scratch = graph ? bri_graph_ref (graph)
 *   : bri_graph_new ()` then run (scratch, dir, TRUE), which appends
 *   entities, relations, sources and kinds to @graph's arrays and hash
 *   tables and removes them again (bri__graph_rollback, which may also reset
 *   the name index).
 * Another thread reading the graph meanwhile (bri_graph_get_entity,
 * bri_graph_lookup_entity, bri_graph_find, building a view) races with the
 * appends: the arrays may be reallocated under it, and bri_graph_find may
 * return an entity that the rollback frees a moment later.
 * Fix (done): check into a scratch graph whose lookups fall through to
 * @graph, which is only read.
 * Built twice (local.mk): tests/regression/test-check-dir-threads
 * (Criterion, in make check) and tests/regression/tsan-check-dir
 * (for a tree configured with CFLAGS=-fsanitize=thread; run it with
 * G_SLICE=always-malloc). */
#include "../unit/test-util.h"

TestSuite (check_dir_threads);

#define N_ROUNDS 30

typedef struct {
  BriGraph *graph;
  const char *dir;
  gint stop;
  gint failures;
} Shared;

static gpointer
checker (gpointer data)
{
  Shared *s = data;
  for (guint i = 0; i < N_ROUNDS; i++)
    {
      g_autoptr (GPtrArray) problems = bri_dir_check (s->graph, s->dir);
      if (problems->len != 0)
        g_atomic_int_inc (&s->failures);
    }
  g_atomic_int_set (&s->stop, 1);
  return NULL;
}

static gpointer
reader (gpointer data)
{
  Shared *s = data;
  while (!g_atomic_int_get (&s->stop))
    {
      guint n = bri_graph_get_n_entities (s->graph);
      for (guint i = 0; i < n; i++)
        if (bri_graph_get_entity (s->graph, i) == NULL)
          g_atomic_int_inc (&s->failures);
      g_autoptr (GPtrArray) found = bri_graph_find (s->graph, "Kazakhstan");
      if (bri_graph_lookup_entity (s->graph, "country:KZ") == NULL)
        g_atomic_int_inc (&s->failures);
    }
  return NULL;
}

Test (check_dir_threads, check_does_not_write_the_graph)
{
  const char *data = g_getenv ("BRI_DATA");
  cr_assert_not_null (data);
  g_autofree char *gaz = g_build_filename (data, "gazetteer", NULL);
  g_autofree char *bri = g_build_filename (data, "bri", NULL);
  g_autoptr (BriGraph) g = bri_graph_new ();
  cr_assert (bri_graph_load_dir (g, gaz, NULL));
  guint n = bri_graph_get_n_entities (g);
  /* The curated data set refers to the gazetteer: checking it on top of
   * the graph adds its entities and relations to the graph for a while. */
  Shared s = { .graph = g, .dir = bri };
  GThread *a = g_thread_new ("check", checker, &s);
  GThread *b = g_thread_new ("read", reader, &s);
  g_thread_join (a);
  g_thread_join (b);
  cr_expect_eq (s.failures, 0);
  cr_expect_eq (bri_graph_get_n_entities (g), n);
}
