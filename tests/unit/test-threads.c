/* tests/unit/test-threads.c — several threads building views and querying
 * at once, on one shared graph and one shared view: libbri serialises its
 * igraph calls, so every thread must get the hand-computed answers. */
#include "graph-fixtures.h"

TestSuite (threads);

#define N_THREADS 6
#define N_ROUNDS 40
#define Q_TWO_CLIQUES (12.0 / 13.0 - 0.5)

typedef struct {
  BriGraph *graph;
  BriFilter *met;
  BriView *shared;
  const BriRanking *ranking;    /* shared, not yet in rank order */
  const BriEntity *top;         /* its expected first entity */
  const BriPartition *components; /* shared, modularity not yet computed */
  guint index;
  gint failures;
  char *first_failure;
} Job;

static void
fail (Job *job, const char *what)
{
  job->failures++;
  if (job->first_failure == NULL)
    job->first_failure = g_strdup (what);
}

static gboolean
near (double a, double b)
{
  return fabs (a - b) < 1e-9;
}

static gpointer
worker (gpointer data)
{
  Job *job = data;
  BriGraph *g = job->graph;
  const BriEntity *a1 = bri_graph_lookup_entity (g, "a1");
  const BriEntity *a2 = bri_graph_lookup_entity (g, "a2");
  const BriEntity *b2 = bri_graph_lookup_entity (g, "b2");

  /* The shared ranking sorts itself on the first access by rank, which
   * every thread makes at once. */
  if (bri_ranking_get_entity (job->ranking, 0) != job->top
      || bri_ranking_find (job->ranking, job->top) != 0)
    fail (job, "the shared ranking's first entity");
  /* Weak components compute their modularity on the first read, which
   * every thread makes at once: two 4-cliques, Q = 1 - 2 (1/2)^2. */
  if (!near (bri_partition_get_modularity (job->components), 0.5))
    fail (job, "the shared components' modularity is not 0.5");
  for (guint round = 0; round < N_ROUNDS; round++)
    {
      g_autoptr (GError) error = NULL;
      /* A view of its own, built while others build and query theirs. */
      g_autoptr (BriView) v = bri_view_new (g, job->met, NULL, &error);
      if (v == NULL)
        {
          fail (job, error->message);
          continue;
        }
      BriView *views[] = { v, job->shared };
      for (guint k = 0; k < 2; k++)
        {
          g_autoptr (BriRanking) b = bri_view_betweenness (views[k], BRI_WEIGHTS_NONE, NULL);
          if (b == NULL || !near (bri_ranking_get_score_of (b, a1), 12.0))
            fail (job, "betweenness of a1 is not 12");
          g_autoptr (BriPartition) p = ((job->index + round) % 2)
            ? bri_view_louvain (views[k], BRI_WEIGHTS_NONE, 1.0, round, NULL)
            : bri_view_leiden (views[k], BRI_WEIGHTS_NONE, 1.0, round, NULL);
          if (p == NULL || !near (bri_partition_get_modularity (p), Q_TWO_CLIQUES))
            fail (job, "communities are not the two cliques");
          g_autoptr (BriPath) path = bri_view_shortest_path (views[k], a2, b2,
                                                             BRI_WEIGHTS_NONE, NULL);
          if (path == NULL || bri_path_get_n_hops (path) != 3)
            fail (job, "a2 -> b2 is not 3 hops");
          /* Strength lengths (1/weight) are computed once per view, on
           * first use, by whichever thread gets there first. */
          g_autoptr (BriPath) weighted = bri_view_shortest_path (views[k], a2, b2,
                                                                 BRI_WEIGHTS_STRENGTH, NULL);
          if (weighted == NULL || bri_path_get_n_hops (weighted) != 3)
            fail (job, "a2 -> b2 is not 3 hops under strength lengths");
          g_autoptr (BriRanking) pr = bri_view_pagerank (views[k], BRI_WEIGHTS_NONE, 0.85, NULL);
          double sum = 0;
          for (guint i = 0; pr && i < bri_ranking_get_n_items (pr); i++)
            sum += bri_ranking_get_score (pr, i);
          if (pr == NULL || fabs (sum - 1.0) > 1e-9)
            fail (job, "PageRank does not sum to 1");
          double t = 0;
          if (!bri_view_transitivity (views[k], &t, NULL) || !near (t, 24.0 / 30.0))
            fail (job, "transitivity");
        }
      /* An error path in the middle of it all: igraph refuses, nobody
       * else is disturbed. */
      g_autoptr (BriViewOptions) o = bri_view_options_new ();
      bri_view_options_set_weighting (o, BRI_EDGE_WEIGHT_SUM);
      g_autoptr (BriView) zero = bri_view_new (g, NULL, o, NULL);
      g_autoptr (GError) igraph_error = NULL;
      g_autoptr (BriRanking) bad = bri_view_betweenness (zero, BRI_WEIGHTS_RAW, &igraph_error);
      if (bad != NULL || !g_error_matches (igraph_error, BRI_ERROR, BRI_ERROR_GRAPH))
        fail (job, "a zero raw weight must be an igraph error");
    }
  return NULL;
}

Test (threads, parallel_views_and_queries)
{
  g_autoptr (BriGraph) g = fx_two_cliques ();
  /* A relation of weight 0 on a separate pair, for the error path; the
   * other views leave its kind out. */
  cr_assert_not_null (bri_graph_add_kind (g, "zero_link", FALSE, NULL, NULL));
  fx_ent (g, "z1", "person", NULL);
  fx_ent (g, "z2", "person", NULL);
  fx_rel_ex (g, "zero_link", "z1", "z2", FX (.weight = 0));
  g_autoptr (BriFilter) met = bri_filter_new ();
  bri_filter_add_relation_kind (met, "met");
  g_autoptr (BriView) shared = fx_view (g, met, NULL);
  g_autoptr (BriRanking) ranking = bri_view_betweenness (shared, BRI_WEIGHTS_NONE, NULL);
  g_autoptr (BriRanking) expected = bri_view_betweenness (shared, BRI_WEIGHTS_NONE, NULL);
  cr_assert_not_null (ranking);
  const BriEntity *top = bri_ranking_get_entity (expected, 0);
  cr_assert_str_eq (bri_entity_get_id (top), "a1");
  g_autoptr (BriFilter) y2024 = bri_filter_new ();
  bri_filter_set_window (y2024, (BriDate){ 2024, 0, 0 }, (BriDate){ 2024, 0, 0 });
  g_autoptr (BriView) cliques = fx_view (g, y2024, NULL);
  g_autoptr (BriPartition) components = bri_view_components (cliques, FALSE, NULL);
  cr_assert_eq (bri_partition_get_n_groups (components), 2);

  Job jobs[N_THREADS];
  GThread *threads[N_THREADS];
  for (guint i = 0; i < N_THREADS; i++)
    {
      jobs[i] = (Job){ .graph = g, .met = met, .shared = shared, .ranking = ranking,
                       .top = top, .components = components, .index = i };
      threads[i] = g_thread_new ("bri-test", worker, &jobs[i]);
    }
  for (guint i = 0; i < N_THREADS; i++)
    g_thread_join (threads[i]);
  for (guint i = 0; i < N_THREADS; i++)
    {
      cr_expect_eq (jobs[i].failures, 0, "thread %u: %d failures, first: %s", i,
                    jobs[i].failures, jobs[i].first_failure);
      g_free (jobs[i].first_failure);
    }
}
