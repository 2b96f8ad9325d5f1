/* tests/unit/test-bundled-queries.c — queries on the bundled data (the
 * gazetteer plus the curated graph of the bulletins): results a reader of
 * the bulletins can check by eye. */
#include "graph-fixtures.h"

TestSuite (bundled);

static BriGraph *
bundled (void)
{
  const char *root = g_getenv ("BRI_DATA");
  g_autofree char *gaz = g_build_filename (root ? root : "data", "gazetteer", NULL);
  g_autofree char *bri = g_build_filename (root ? root : "data", "bri", NULL);
  const char *dirs[] = { gaz, bri, NULL };
  g_autoptr (GError) error = NULL;
  BriGraph *g = bri_graph_new_from_dirs (dirs, &error);
  cr_assert_not_null (g, "%s", error ? error->message : "");
  return g;
}

Test (bundled, freight_route_xining_almaty_passes_khorgos)
{
  g_autoptr (BriGraph) g = bundled ();
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (BriPathList) routes = bri_view_freight_routes (v, fx_e (g, "city:xining"),
                                                            fx_e (g, "city:almaty"),
                                                            BRI_WEIGHTS_NONE, &error);
  cr_assert_not_null (routes, "%s", error ? error->message : "");
  cr_assert (bri_path_list_get_n_paths (routes) >= 1);
  const BriPath *p = bri_path_list_get_path (routes, 0);
  gboolean khorgos = FALSE;
  for (guint i = 0; i < bri_path_get_n_vias (p); i++)
    khorgos |= g_strcmp0 (bri_entity_get_id (bri_path_get_via (p, i)), "port:khorgos") == 0;
  cr_assert (khorgos, "the Xining–Almaty train leaves through Khorgos");
  const BriRelation *r = bri_path_get_hop_relation (p, 0, 0);
  cr_assert_not_null (bri_relation_get_source (r));
  cr_assert_not_null (bri_relation_get_evidence (r));
}

Test (bundled, lmc_projection_links_the_six_countries)
{
  g_autoptr (BriGraph) g = bundled ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_source (f, "lmc-plan-2023-12");
  bri_filter_add_entity_kind (f, "country");
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_projection (o, BRI_PROJECTION_ACTORS);
  g_autoptr (BriView) v = fx_view (g, f, o);
  const char *six[] = { "country:CN", "country:KH", "country:LA",
                        "country:MM", "country:TH", "country:VN" };
  for (guint i = 0; i < 6; i++)
    for (guint j = i + 1; j < 6; j++)
      {
        gint a = bri_view_find_entity (v, fx_e (g, six[i]));
        gint b = bri_view_find_entity (v, fx_e (g, six[j]));
        cr_assert (a >= 0 && b >= 0, "%s, %s in the projection", six[i], six[j]);
        cr_assert (bri_view_find_edge (v, a, b) >= 0, "%s -- %s", six[i], six[j]);
      }
  g_autoptr (GPtrArray) rels = bri_view_explain (v, fx_e (g, "country:CN"),
                                                 fx_e (g, "country:LA"), NULL);
  cr_assert_not_null (rels);
  for (guint i = 0; i < rels->len; i++)
    cr_assert_str_eq (bri_relation_get_source (g_ptr_array_index (rels, i)), "lmc-plan-2023-12");
}

Test (bundled, whole_graph_queries_run)
{
  g_autoptr (BriGraph) g = bundled ();
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_rollup (o, "country");
  g_autoptr (BriView) v = fx_view (g, NULL, o);
  g_autoptr (GError) error = NULL;
  g_autoptr (BriRanking) pr = bri_view_pagerank (v, BRI_WEIGHTS_STRENGTH, 0.85, &error);
  cr_assert_not_null (pr, "%s", error ? error->message : "");
  cr_assert_str_eq (bri_entity_get_id (bri_ranking_get_entity (pr, 0)), "country:CN",
                    "China is the hub of every bulletin");
  g_autoptr (BriRanking) bw = bri_view_betweenness (v, BRI_WEIGHTS_STRENGTH, &error);
  cr_assert_not_null (bw, "%s", error ? error->message : "");
  g_autoptr (BriPartition) p = bri_view_louvain (v, BRI_WEIGHTS_STRENGTH, 1.0, 1, &error);
  cr_assert_not_null (p, "%s", error ? error->message : "");
  cr_assert (bri_partition_get_modularity (p) >= 0.0);
  g_autoptr (BriTimeline) t = bri_timeline_new (g, NULL, NULL, BRI_PERIOD_YEAR,
                                                BRI_MEASURE_DEGREE, BRI_WEIGHTS_NONE, 3,
                                                &error);
  cr_assert_not_null (t, "%s", error ? error->message : "");
  cr_assert (bri_timeline_get_n_periods (t) >= 1);
}
