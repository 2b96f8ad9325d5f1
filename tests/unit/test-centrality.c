/* tests/unit/test-centrality.c — every centrality measure on graphs whose
 * values are worked out by hand: path P5 (v0 … v4), star with 4 leaves,
 * the directed freight chain, and a weighted triangle. */
#include "graph-fixtures.h"

TestSuite (centrality);

static void
assert_order (const BriRanking *r, const char *const *ids, guint n)
{
  cr_assert_eq (bri_ranking_get_n_items (r), n);
  for (guint i = 0; i < n; i++)
    cr_assert_str_eq (bri_entity_get_id (bri_ranking_get_entity (r, i)), ids[i],
                      "position %u", i);
}

Test (centrality, degree_sorted_with_ties_broken_by_id)
{
  g_autoptr (BriGraph) g = fx_path (5);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (BriRanking) r = bri_view_degree (v, BRI_NEIGHBORS_ALL, NULL);
  const char *order[] = { "v1", "v2", "v3", "v0", "v4" };
  assert_order (r, order, 5);
  cr_assert_eq (bri_ranking_get_score (r, 0), 2.0);
  cr_assert_eq (bri_ranking_get_score (r, 4), 1.0);
}

Test (centrality, degree_directed_in_and_out)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriView) v = fx_freight_view (g);
  g_autoptr (BriRanking) out = bri_view_degree (v, BRI_NEIGHBORS_OUT, NULL);
  g_autoptr (BriRanking) in = bri_view_degree (v, BRI_NEIGHBORS_IN, NULL);
  g_autoptr (BriRanking) all = bri_view_degree (v, BRI_NEIGHBORS_ALL, NULL);
  cr_assert_eq (fx_score (out, g, "city:lanzhou"), 2.0);
  cr_assert_eq (fx_score (out, g, "city:almaty"), 0.0);
  cr_assert_eq (fx_score (in, g, "city:almaty"), 2.0);
  cr_assert_eq (fx_score (in, g, "city:xining"), 0.0);
  cr_assert_eq (fx_score (all, g, "city:lanzhou"), 3.0);
}

Test (centrality, strength_by_weight_mode)
{
  g_autoptr (BriGraph) g = fx_weighted_triangle ();
  g_autoptr (BriView) v = fx_summed_view (g);
  g_autoptr (BriRanking) w = bri_view_strength (v, BRI_NEIGHBORS_ALL, BRI_WEIGHTS_STRENGTH, NULL);
  g_autoptr (BriRanking) n = bri_view_strength (v, BRI_NEIGHBORS_ALL, BRI_WEIGHTS_NONE, NULL);
  cr_assert_eq (fx_score (w, g, "a"), 5.0);
  cr_assert_eq (fx_score (w, g, "b"), 2.0);
  cr_assert_eq (fx_score (n, g, "a"), 2.0);
  const char *order[] = { "a", "c", "b" };
  assert_order (w, order, 3);
}

Test (centrality, betweenness_path_graph)
{
  g_autoptr (BriGraph) g = fx_path (5);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (BriRanking) r = bri_view_betweenness (v, BRI_WEIGHTS_NONE, NULL);
  /* Unordered pairs through v: v1 {0,2},{0,3},{0,4}; v2 adds {1,3},{1,4}. */
  cr_assert_eq (fx_score (r, g, "v0"), 0.0);
  cr_assert_eq (fx_score (r, g, "v1"), 3.0);
  cr_assert_eq (fx_score (r, g, "v2"), 4.0);
  cr_assert_eq (fx_score (r, g, "v3"), 3.0);
  const char *order[] = { "v2", "v1", "v3", "v0", "v4" };
  assert_order (r, order, 5);
}

Test (centrality, betweenness_star)
{
  g_autoptr (BriGraph) g = fx_star (4);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (BriRanking) r = bri_view_betweenness (v, BRI_WEIGHTS_NONE, NULL);
  cr_assert_eq (fx_score (r, g, "hub"), 6.0, "C(4,2) leaf pairs");
  cr_assert_eq (fx_score (r, g, "leaf3"), 0.0);
}

Test (centrality, betweenness_directed_splits_equal_paths)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriView) v = fx_freight_view (g);
  g_autoptr (BriRanking) r = bri_view_betweenness (v, BRI_WEIGHTS_NONE, NULL);
  /* lanzhou: xining->urumqi, xining->kashgar, xining->almaty.
   * urumqi: half of xining->almaty and half of lanzhou->almaty. */
  fx_assert_near (fx_score (r, g, "city:lanzhou"), 3.0);
  fx_assert_near (fx_score (r, g, "city:urumqi"), 1.0);
  fx_assert_near (fx_score (r, g, "city:kashgar"), 1.0);
  fx_assert_near (fx_score (r, g, "city:almaty"), 0.0);
}

Test (centrality, betweenness_weight_modes)
{
  g_autoptr (BriGraph) g = fx_weighted_triangle ();
  g_autoptr (BriView) v = fx_summed_view (g);
  g_autoptr (BriRanking) none = bri_view_betweenness (v, BRI_WEIGHTS_NONE, NULL);
  g_autoptr (BriRanking) raw = bri_view_betweenness (v, BRI_WEIGHTS_RAW, NULL);
  g_autoptr (BriRanking) str = bri_view_betweenness (v, BRI_WEIGHTS_STRENGTH, NULL);
  cr_assert_eq (fx_score (none, g, "b"), 0.0);
  /* RAW: a–c costs 4 direct, 2 through b. */
  cr_assert_eq (fx_score (raw, g, "b"), 1.0);
  /* STRENGTH: a–c is the strongest tie, length 1/4: nobody is between. */
  cr_assert_eq (fx_score (str, g, "b"), 0.0);
  cr_assert_eq (fx_score (str, g, "c"), 0.0);
}

Test (centrality, sampled_betweenness_exact_with_all_sources)
{
  g_autoptr (BriGraph) g = fx_path (5);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (BriRanking) r = bri_view_betweenness_sampled (v, BRI_WEIGHTS_NONE, 99, 7, NULL);
  cr_assert_not_null (r);
  fx_assert_near (fx_score (r, g, "v2"), 4.0);
  fx_assert_near (fx_score (r, g, "v1"), 3.0);
}

Test (centrality, sampled_betweenness_is_seeded_and_unbiased)
{
  g_autoptr (BriGraph) g = fx_path (5);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (BriRanking) a = bri_view_betweenness_sampled (v, BRI_WEIGHTS_NONE, 2, 42, NULL);
  g_autoptr (BriRanking) b = bri_view_betweenness_sampled (v, BRI_WEIGHTS_NONE, 2, 42, NULL);
  for (guint i = 0; i < 5; i++)
    {
      cr_assert_eq (bri_ranking_get_entity (a, i), bri_ranking_get_entity (b, i));
      cr_assert_eq (bri_ranking_get_score (a, i), bri_ranking_get_score (b, i));
    }
  /* The mean over many seeds approaches the exact value 4 of v2. */
  double sum = 0;
  guint runs = 2000;
  for (guint s = 0; s < runs; s++)
    {
      g_autoptr (BriRanking) r = bri_view_betweenness_sampled (v, BRI_WEIGHTS_NONE, 2, s, NULL);
      sum += fx_score (r, g, "v2");
    }
  cr_assert (fabs (sum / runs - 4.0) < 0.2, "mean %g", sum / runs);
}

Test (centrality, sampled_betweenness_needs_a_sample)
{
  g_autoptr (BriGraph) g = fx_path (3);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_view_betweenness_sampled (v, BRI_WEIGHTS_NONE, 0, 1, &error));
  fx_assert_error (error, BRI_ERROR_INVALID, "at least 1");
}

Test (centrality, closeness_path_graph)
{
  g_autoptr (BriGraph) g = fx_path (5);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (BriRanking) r = bri_view_closeness (v, BRI_NEIGHBORS_ALL, BRI_WEIGHTS_NONE, NULL);
  fx_assert_near (fx_score (r, g, "v0"), 4.0 / 10.0);
  fx_assert_near (fx_score (r, g, "v1"), 4.0 / 7.0);
  fx_assert_near (fx_score (r, g, "v2"), 4.0 / 6.0);
}

Test (centrality, closeness_directed_is_nan_without_reach)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriView) v = fx_freight_view (g);
  g_autoptr (BriRanking) r = bri_view_closeness (v, BRI_NEIGHBORS_OUT, BRI_WEIGHTS_NONE, NULL);
  /* xining reaches 4 vertices at distances 1, 2, 2, 3. */
  fx_assert_near (fx_score (r, g, "city:xining"), 4.0 / 8.0);
  cr_assert (isnan (fx_score (r, g, "city:almaty")));
  cr_assert_str_eq (bri_entity_get_id (bri_ranking_get_entity (r, 4)), "city:almaty",
                    "NaN ranks last");
}

Test (centrality, closeness_weight_modes)
{
  g_autoptr (BriGraph) g = fx_weighted_triangle ();
  g_autoptr (BriView) v = fx_summed_view (g);
  g_autoptr (BriRanking) raw = bri_view_closeness (v, BRI_NEIGHBORS_ALL, BRI_WEIGHTS_RAW, NULL);
  g_autoptr (BriRanking) str = bri_view_closeness (v, BRI_NEIGHBORS_ALL, BRI_WEIGHTS_STRENGTH, NULL);
  fx_assert_near (fx_score (raw, g, "a"), 2.0 / 3.0);  /* d(b)=1, d(c)=2 */
  fx_assert_near (fx_score (raw, g, "b"), 1.0);
  fx_assert_near (fx_score (str, g, "a"), 2.0 / 1.25); /* d(b)=1, d(c)=1/4 */
  fx_assert_near (fx_score (str, g, "b"), 1.0);
}

Test (centrality, harmonic_path_graph_and_unreachable)
{
  g_autoptr (BriGraph) g = fx_path (5);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (BriRanking) r = bri_view_harmonic (v, BRI_NEIGHBORS_ALL, BRI_WEIGHTS_NONE, NULL);
  fx_assert_near (fx_score (r, g, "v0"), (1 + 1.0 / 2 + 1.0 / 3 + 1.0 / 4) / 4);
  fx_assert_near (fx_score (r, g, "v1"), (1 + 1 + 1.0 / 2 + 1.0 / 3) / 4);
  fx_assert_near (fx_score (r, g, "v2"), 0.75);

  g_autoptr (BriGraph) fg = fx_freight ();
  g_autoptr (BriView) fv = fx_freight_view (fg);
  g_autoptr (BriRanking) fr = bri_view_harmonic (fv, BRI_NEIGHBORS_OUT, BRI_WEIGHTS_NONE, NULL);
  cr_assert_eq (fx_score (fr, fg, "city:almaty"), 0.0);
  fx_assert_near (fx_score (fr, fg, "city:xining"), (1 + 0.5 + 0.5 + 1.0 / 3) / 4);
}

Test (centrality, eigenvector_star_scaled_to_max_one)
{
  g_autoptr (BriGraph) g = fx_star (4);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (BriRanking) r = bri_view_eigenvector (v, BRI_WEIGHTS_NONE, NULL);
  /* λ = 2: hub = 4 leaf / 2, leaf = hub / 2. */
  fx_assert_near (fx_score (r, g, "hub"), 1.0);
  fx_assert_near (fx_score (r, g, "leaf1"), 0.5);
}

Test (centrality, eigenvector_weighted)
{
  /* A star whose one edge weighs 3: hub–leaf1 w 3, others 1 (SUM). With
   * weights A x = λ x: λ h = 3 l1 + l2 + l3, λ l1 = 3 h, λ li = h;
   * λ² = 9 + 1 + 1 = 11, l1 = 3/√11, l2 = 1/√11 relative to h = 1. */
  g_autoptr (BriGraph) g = fx_new ();
  fx_ent (g, "hub", "person", NULL);
  fx_ent (g, "l1", "person", NULL);
  fx_ent (g, "l2", "person", NULL);
  fx_ent (g, "l3", "person", NULL);
  fx_rel_ex (g, "met", "hub", "l1", FX (.weight = 3));
  fx_rel (g, "met", "hub", "l2");
  fx_rel (g, "met", "hub", "l3");
  g_autoptr (BriView) v = fx_summed_view (g);
  g_autoptr (BriRanking) r = bri_view_eigenvector (v, BRI_WEIGHTS_STRENGTH, NULL);
  fx_assert_near (fx_score (r, g, "hub"), 1.0);
  fx_assert_near (fx_score (r, g, "l1"), 3.0 / sqrt (11.0));
  fx_assert_near (fx_score (r, g, "l2"), 1.0 / sqrt (11.0));
}

Test (centrality, pagerank_star)
{
  g_autoptr (BriGraph) g = fx_star (4);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (BriRanking) r = bri_view_pagerank (v, BRI_WEIGHTS_NONE, 0.85, NULL);
  /* H = 0.15/5 + 0.85·4L, L = 0.15/5 + 0.85·H/4  =>  H = 0.132/0.2775. */
  double h = 0.132 / 0.2775;
  fx_assert_near (fx_score (r, g, "hub"), h);
  fx_assert_near (fx_score (r, g, "leaf4"), 0.03 + 0.2125 * h);
}

Test (centrality, pagerank_directed_sums_to_one)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriView) v = fx_freight_view (g);
  g_autoptr (BriRanking) r = bri_view_pagerank (v, BRI_WEIGHTS_NONE, 0.85, NULL);
  double sum = 0;
  for (guint i = 0; i < bri_ranking_get_n_items (r); i++)
    sum += bri_ranking_get_score (r, i);
  fx_assert_near (sum, 1.0);
  cr_assert_str_eq (bri_entity_get_id (bri_ranking_get_entity (r, 0)), "city:almaty");
  cr_assert_str_eq (bri_entity_get_id (bri_ranking_get_entity (r, 4)), "city:xining");
}

Test (centrality, pagerank_bad_damping)
{
  g_autoptr (BriGraph) g = fx_star (2);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_view_pagerank (v, BRI_WEIGHTS_NONE, 1.5, &error));
  fx_assert_error (error, BRI_ERROR_INVALID, "damping");
}

Test (centrality, dispatch_by_measure_and_names)
{
  g_autoptr (BriGraph) g = fx_path (5);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  BriMeasure m;
  cr_assert (bri_measure_from_name ("betweenness", &m));
  cr_assert_eq (m, BRI_MEASURE_BETWEENNESS);
  cr_assert_str_eq (bri_measure_get_name (BRI_MEASURE_PAGERANK), "pagerank");
  cr_assert_not (bri_measure_from_name ("katz", &m));
  g_autoptr (BriRanking) r = bri_view_centrality (v, m, BRI_WEIGHTS_NONE, NULL);
  cr_assert_eq (fx_score (r, g, "v2"), 4.0);
  g_autoptr (BriRanking) copy = bri_ranking_copy (r);
  cr_assert_eq (bri_ranking_get_score_of (copy, fx_e (g, "v1")), 3.0);
  cr_assert (isnan (bri_ranking_get_score_of (copy, NULL)));
}

/* A ranking of a view shares the view's vertex map and keeps the view and
 * the graph alive: it stays readable after the caller's last references
 * go. By-entity lookups go through the view's map: an entity of the graph
 * that is not a vertex (an ego view leaves most out) has no score. */
Test (centrality, ranking_outlives_its_view_and_graph)
{
  BriGraph *g = fx_path (5); /* v0 - v1 - v2 - v3 - v4 */
  BriView *v = fx_view (g, NULL, NULL);
  const BriEntity *v2 = fx_e (g, "v2");
  g_autoptr (BriView) ego = bri_view_ego (v, v2, 1, NULL);
  cr_assert_not_null (ego);
  BriRanking *r = bri_view_betweenness (v, BRI_WEIGHTS_NONE, NULL);
  g_autoptr (BriRanking) er = bri_view_degree (ego, BRI_NEIGHBORS_ALL, NULL);
  cr_assert_eq (bri_ranking_get_n_items (er), 3);
  cr_assert_eq (bri_ranking_get_score_of (er, v2), 2.0);
  cr_assert (isnan (bri_ranking_get_score_of (er, fx_e (g, "v0"))));
  bri_view_unref (v);
  bri_graph_unref (g);
  cr_assert_eq (bri_ranking_get_n_items (r), 5);
  cr_assert_str_eq (bri_entity_get_id (bri_ranking_get_entity (r, 0)), "v2");
  cr_assert_eq (bri_ranking_get_score (r, 0), 4.0);
  cr_assert_eq (bri_ranking_get_score_of (r, bri_ranking_get_entity (r, 4)), 0.0);
  cr_assert_eq (bri_ranking_find (r, v2), 0);
  BriRanking *copy = bri_ranking_copy (r);
  bri_ranking_free (r);
  cr_assert_str_eq (bri_entity_get_id (bri_ranking_get_entity (copy, 0)), "v2");
  cr_assert_eq (bri_ranking_get_score_of (copy, v2), 4.0);
  bri_ranking_free (copy);
}

/* A view with no vertices (a timeline's empty period): every measure gives
 * an empty ranking that frees cleanly. Degree once crashed here: it
 * adopted igraph_vector_view ()'s static storage for length 0. */
Test (centrality, every_measure_on_an_empty_view)
{
  g_autoptr (BriGraph) g = fx_new ();
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  cr_assert_eq (bri_view_get_n_entities (v), 0);
  for (int m = BRI_MEASURE_DEGREE; m <= BRI_MEASURE_PAGERANK; m++)
    {
      GError *err = NULL;
      BriRanking *r = bri_view_centrality (v, (BriMeasure) m, BRI_WEIGHTS_NONE, &err);
      cr_assert_not_null (r, "measure %d: %s", m, err ? err->message : "");
      cr_assert_eq (bri_ranking_get_n_items (r), 0, "measure %d", m);
      bri_ranking_free (r);
    }
  g_autoptr (BriRanking) out = bri_view_degree (v, BRI_NEIGHBORS_OUT, NULL);
  cr_assert_eq (bri_ranking_get_n_items (out), 0);
}
