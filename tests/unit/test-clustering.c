/* tests/unit/test-clustering.c — transitivity, average and local
 * clustering (NaN and zero conventions), Barrat's weighted coefficient, and
 * directed views read as undirected.
 *
 * Triangle a, b, c plus tail c — d, by hand: local a = b = 1, c = 1/3
 * (one linked pair among three neighbours), d undefined (degree 1).
 * Transitivity = 3·1 triangle / 5 connected triples = 0.6. Average: NaN
 * mode (1 + 1 + 1/3) / 3 = 7/9; zero mode (1 + 1 + 1/3 + 0) / 4 = 7/12. */
#include "graph-fixtures.h"

TestSuite (clustering);

Test (clustering, transitivity)
{
  g_autoptr (BriGraph) g = fx_triangle_tail ();
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  double t = 0;
  cr_assert (bri_view_transitivity (v, &t, NULL));
  fx_assert_near (t, 0.6);
}

Test (clustering, transitivity_without_triples_is_nan)
{
  g_autoptr (BriGraph) g = fx_path (2);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  double t = 0;
  cr_assert (bri_view_transitivity (v, &t, NULL));
  cr_assert (isnan (t));
}

Test (clustering, average_nan_and_zero_conventions)
{
  g_autoptr (BriGraph) g = fx_triangle_tail ();
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  double nan_mode = 0, zero_mode = 0;
  cr_assert (bri_view_average_clustering (v, FALSE, &nan_mode, NULL));
  cr_assert (bri_view_average_clustering (v, TRUE, &zero_mode, NULL));
  fx_assert_near (nan_mode, 7.0 / 9.0);
  fx_assert_near (zero_mode, 7.0 / 12.0);
}

Test (clustering, local_nan_and_zero_conventions)
{
  g_autoptr (BriGraph) g = fx_triangle_tail ();
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (BriRanking) r = bri_view_local_clustering (v, BRI_WEIGHTS_NONE, FALSE, NULL);
  fx_assert_near (fx_score (r, g, "a"), 1.0);
  fx_assert_near (fx_score (r, g, "b"), 1.0);
  fx_assert_near (fx_score (r, g, "c"), 1.0 / 3.0);
  cr_assert (isnan (fx_score (r, g, "d")));
  cr_assert_str_eq (bri_entity_get_id (bri_ranking_get_entity (r, 3)), "d");
  g_autoptr (BriRanking) z = bri_view_local_clustering (v, BRI_WEIGHTS_NONE, TRUE, NULL);
  cr_assert_eq (fx_score (z, g, "d"), 0.0);
}

Test (clustering, barrat_weighted)
{
  /* c — d weighs 3: Barrat at c = Σ over ordered linked neighbour pairs of
   * (w_cj + w_ch)/2, over s_c (k_c − 1) = 2·(1 + 1)/2 / (5·2) = 0.2. */
  g_autoptr (BriGraph) g = fx_triangle_tail ();
  fx_rel_ex (g, "met", "c", "d", FX (.weight = 2));
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_weighting (o, BRI_EDGE_WEIGHT_SUM);
  g_autoptr (BriView) v = fx_view (g, NULL, o);
  g_autoptr (BriRanking) w = bri_view_local_clustering (v, BRI_WEIGHTS_STRENGTH, FALSE, NULL);
  g_autoptr (BriRanking) u = bri_view_local_clustering (v, BRI_WEIGHTS_NONE, FALSE, NULL);
  fx_assert_near (fx_score (w, g, "c"), 0.2);
  fx_assert_near (fx_score (u, g, "c"), 1.0 / 3.0);
  fx_assert_near (fx_score (w, g, "a"), 1.0);
  cr_assert (isnan (fx_score (w, g, "d")));
}

Test (clustering, directed_view_read_as_undirected)
{
  /* x -> y, y -> x, y -> z, z -> x: one triangle once merged. */
  g_autoptr (BriGraph) g = fx_new ();
  fx_ent (g, "x", "city", NULL);
  fx_ent (g, "y", "city", NULL);
  fx_ent (g, "z", "city", NULL);
  fx_rel (g, "freight_corridor", "x", "y");
  fx_rel (g, "freight_corridor", "y", "x");
  fx_rel (g, "freight_corridor", "y", "z");
  fx_rel (g, "freight_corridor", "z", "x");
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_relation_kind (f, "freight_corridor");
  g_autoptr (BriView) v = fx_view (g, f, NULL);
  cr_assert (bri_view_is_directed (v));
  cr_assert_eq (bri_view_get_n_edges (v), 4);
  double t = 0;
  cr_assert (bri_view_transitivity (v, &t, NULL));
  fx_assert_near (t, 1.0);
  g_autoptr (BriRanking) w = bri_view_local_clustering (v, BRI_WEIGHTS_RAW, FALSE, NULL);
  cr_assert_not_null (w, "Barrat needs a simple graph: the merge must make one");
  fx_assert_near (fx_score (w, g, "z"), 1.0);
}
