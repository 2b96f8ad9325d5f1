/* tests/regression/test-threads-lookup.c — the shared-state paths that
 * tests/unit/test-threads.c does not reach, run from several threads at
 * once: the lazy name index of a graph nobody has searched yet
 * (bri_graph_find / bri_graph_resolve under the graph's index lock), the
 * process-wide OpenCC converter (bri_name_normalize), one extractor shared
 * by every thread (its own OpenCC converter and the date GRegex built
 * once), and loading and checking data sets into separate graphs. Every
 * thread must get the answers computed beforehand in one thread. Run under
 * ThreadSanitizer as tests/regression/tsan-threads (see local.mk). */
#include "../unit/test-util.h"

TestSuite (threads_lookup);

#define N_THREADS 4
#define N_ROUNDS 8

static const char *const names[] = {
  "Laos", "LAOS", "老撾", "老挝", "中方", "Kazakhstan", "哈萨克斯坦", "China",
  "中國", "Almaty", "no such place", "Xinjiang", "新疆", NULL,
};

static const char text[] =
  "6月25日至27日，中国与老挝在北京签署《共建“一带一路”合作规划》。\n"
  "中方愿同哈萨克斯坦加强互联互通。中欧班列（西安—阿拉木图）开通。\n"
  "2023年10月，第三届“一带一路”国际合作高峰论坛在北京举行。";

typedef struct {
  BriGraph *graph;          /* shared, its name index not built yet */
  const BriExtractor *ex;   /* shared */
  guint n_found[G_N_ELEMENTS (names)];
  char *normalized[G_N_ELEMENTS (names)];
  guint n_relations, n_candidates, n_loaded;
  gint failures;
} Shared;

static void
count (Shared *s, const char *name, guint *n_found)
{
  g_autoptr (GPtrArray) found = bri_graph_find (s->graph, name);
  *n_found = found->len;
  g_autoptr (GError) error = NULL;
  const BriEntity *one = bri_graph_resolve (s->graph, name, &error);
  if ((one != NULL) != (found->len == 1))
    g_atomic_int_inc (&s->failures);
}

static guint
load_basic (void)
{
  g_autofree char *dir = test_data_path ("csv/valid/basic");
  g_autofree char *bad = test_data_path ("csv/invalid/parent-cycle");
  g_autoptr (BriGraph) g = bri_graph_new ();
  if (!bri_graph_load_dir (g, dir, NULL))
    return 0;
  g_autoptr (GPtrArray) problems = bri_dir_check (g, bad);
  if (problems->len == 0)
    return 0;
  return bri_graph_get_n_entities (g);
}

static gpointer
worker (gpointer data)
{
  Shared *s = data;
  for (guint round = 0; round < N_ROUNDS; round++)
    {
      for (guint i = 0; names[i]; i++)
        {
          guint n;
          count (s, names[i], &n);
          g_autofree char *norm = bri_name_normalize (names[i]);
          if (n != s->n_found[i] || g_strcmp0 (norm, s->normalized[i]) != 0)
            g_atomic_int_inc (&s->failures);
        }
      g_autoptr (BriExtractResult) res = bri_extract_text (s->ex, text, -1,
                                                           (BriDate){ 2024, 6, 0 },
                                                           "s1", NULL);
      if (res == NULL || bri_extract_result_get_n_relations (res) != s->n_relations
          || bri_extract_result_get_n_candidates (res) != s->n_candidates)
        g_atomic_int_inc (&s->failures);
      if (load_basic () != s->n_loaded)
        g_atomic_int_inc (&s->failures);
    }
  return NULL;
}

static BriGraph *
bundled (void)
{
  const char *data = g_getenv ("BRI_DATA");
  cr_assert (data != NULL, "BRI_DATA is set by the test environment");
  g_autofree char *gaz = g_build_filename (data, "gazetteer", NULL);
  g_autofree char *bri = g_build_filename (data, "bri", NULL);
  const char *dirs[] = { gaz, bri, NULL };
  BriGraph *g = bri_graph_new_from_dirs (dirs, NULL);
  cr_assert_not_null (g);
  return g;
}

Test (threads_lookup, lazy_index_opencc_extractor_and_loading)
{
  /* The expected answers, from another graph with the same data. */
  g_autoptr (BriGraph) g0 = bundled ();
  const char *data = g_getenv ("BRI_DATA");
  g_autofree char *rules = g_build_filename (data, "rules", "extract-rules.csv", NULL);
  g_autoptr (BriExtractor) ex = bri_extractor_new (g0, rules, NULL);
  cr_assert_not_null (ex);
  Shared s = { .graph = bundled (), .ex = ex };
  Shared *ref = &s;
  {
    Shared tmp = { .graph = g0 };
    for (guint i = 0; names[i]; i++)
      {
        count (&tmp, names[i], &ref->n_found[i]);
        ref->normalized[i] = bri_name_normalize (names[i]);
      }
    cr_assert_eq (tmp.failures, 0);
  }
  g_autoptr (BriExtractResult) res = bri_extract_text (ex, text, -1, (BriDate){ 2024, 6, 0 },
                                                       "s1", NULL);
  cr_assert_not_null (res);
  s.n_relations = bri_extract_result_get_n_relations (res);
  s.n_candidates = bri_extract_result_get_n_candidates (res);
  cr_expect (s.n_relations > 0);
  s.n_loaded = load_basic ();
  cr_assert (s.n_loaded > 0);

  GThread *threads[N_THREADS];
  for (guint i = 0; i < N_THREADS; i++)
    threads[i] = g_thread_new ("bri-lookup", worker, &s);
  for (guint i = 0; i < N_THREADS; i++)
    g_thread_join (threads[i]);
  cr_expect_eq (s.failures, 0, "%d wrong answers", s.failures);
  for (guint i = 0; names[i]; i++)
    g_free (s.normalized[i]);
  bri_graph_unref (s.graph);
}
