/* tests/unit/test-paths.c — shortest paths (unweighted, STRENGTH, RAW,
 * directed), all shortest paths, freight routes with their via ports, ego
 * networks, and the errors of each. */
#include "graph-fixtures.h"

TestSuite (paths);

static void
assert_path (const BriPath *p, const char *const *ids, guint n)
{
  cr_assert_eq (bri_path_get_n_entities (p), n);
  cr_assert_eq (bri_path_get_n_hops (p), n - 1);
  for (guint i = 0; i < n; i++)
    cr_assert_str_eq (bri_entity_get_id (bri_path_get_entity (p, i)), ids[i], "entity %u", i);
}

Test (paths, shortest_path_on_a_path_graph)
{
  g_autoptr (BriGraph) g = fx_path (5);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (BriPath) p = bri_view_shortest_path (v, fx_e (g, "v0"), fx_e (g, "v4"),
                                                  BRI_WEIGHTS_NONE, &error);
  cr_assert_not_null (p, "%s", error ? error->message : "");
  const char *ids[] = { "v0", "v1", "v2", "v3", "v4" };
  assert_path (p, ids, 5);
  cr_assert_eq (bri_path_get_length (p), 4.0);
  cr_assert_eq (bri_path_get_hop_n_relations (p, 2), 1);
  const BriRelation *r = bri_path_get_hop_relation (p, 2, 0);
  cr_assert_str_eq (bri_relation_get_from_id (r), "v2");
  cr_assert_str_eq (bri_relation_get_to_id (r), "v3");
  g_autoptr (BriPath) copy = bri_path_copy (p);
  assert_path (copy, ids, 5);
  cr_assert_eq (bri_path_get_hop_relation (copy, 3, 0), bri_path_get_hop_relation (p, 3, 0));
}

Test (paths, shortest_path_weight_modes)
{
  g_autoptr (BriGraph) g = fx_weighted_triangle ();
  g_autoptr (BriView) v = fx_summed_view (g);
  const BriEntity *a = fx_e (g, "a"), *c = fx_e (g, "c");
  g_autoptr (BriPath) none = bri_view_shortest_path (v, a, c, BRI_WEIGHTS_NONE, NULL);
  g_autoptr (BriPath) raw = bri_view_shortest_path (v, a, c, BRI_WEIGHTS_RAW, NULL);
  g_autoptr (BriPath) str = bri_view_shortest_path (v, a, c, BRI_WEIGHTS_STRENGTH, NULL);
  const char *direct[] = { "a", "c" }, *around[] = { "a", "b", "c" };
  assert_path (none, direct, 2);
  cr_assert_eq (bri_path_get_length (none), 1.0);
  assert_path (raw, around, 3);
  cr_assert_eq (bri_path_get_length (raw), 2.0);
  assert_path (str, direct, 2);
  fx_assert_near (bri_path_get_length (str), 0.25);
  cr_assert_eq (bri_path_get_hop_weight (str, 0), 4.0);
}

Test (paths, directed_path_carries_sources_and_evidence)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriView) v = fx_freight_view (g);
  g_autoptr (BriPath) p = bri_view_shortest_path (v, fx_e (g, "city:xining"),
                                                  fx_e (g, "city:urumqi"),
                                                  BRI_WEIGHTS_NONE, NULL);
  const char *ids[] = { "city:xining", "city:lanzhou", "city:urumqi" };
  assert_path (p, ids, 3);
  const BriRelation *r = bri_path_get_hop_relation (p, 0, 0);
  cr_assert_str_eq (bri_relation_get_source (r), "s1");
  cr_assert_str_eq (bri_relation_get_evidence (r), "xining-lanzhou");
  char buf[BRI_DATE_STRLEN];
  cr_assert_str_eq (bri_date_format (bri_relation_get_date (r), buf), "2024-01");
}

Test (paths, directed_view_has_no_way_back)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriView) v = fx_freight_view (g);
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_view_shortest_path (v, fx_e (g, "city:almaty"), fx_e (g, "city:xining"),
                                          BRI_WEIGHTS_NONE, &error));
  fx_assert_error (error, BRI_ERROR_NOT_FOUND, "no path from 'city:almaty' to 'city:xining'");
  g_clear_error (&error);
  cr_assert_null (bri_view_all_shortest_paths (v, fx_e (g, "city:almaty"),
                                               fx_e (g, "city:xining"), BRI_WEIGHTS_NONE,
                                               &error));
  fx_assert_error (error, BRI_ERROR_NOT_FOUND, "no path");
}

Test (paths, unknown_entity)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriView) v = fx_freight_view (g);
  g_autoptr (GError) error = NULL;
  /* A port is an entity of the graph but no vertex of the view. */
  cr_assert_null (bri_view_shortest_path (v, fx_e (g, "city:xining"),
                                          fx_e (g, "port:khorgos"), BRI_WEIGHTS_NONE, &error));
  fx_assert_error (error, BRI_ERROR_NOT_FOUND, "'port:khorgos' is not in this view");
}

Test (paths, path_to_itself)
{
  g_autoptr (BriGraph) g = fx_path (3);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (BriPath) p = bri_view_shortest_path (v, fx_e (g, "v1"), fx_e (g, "v1"),
                                                  BRI_WEIGHTS_NONE, NULL);
  const char *ids[] = { "v1" };
  assert_path (p, ids, 1);
  cr_assert_eq (bri_path_get_length (p), 0.0);
}

Test (paths, all_shortest_paths_directed)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriView) v = fx_freight_view (g);
  g_autoptr (GError) error = NULL;
  g_autoptr (BriPathList) l = bri_view_all_shortest_paths (v, fx_e (g, "city:xining"),
                                                           fx_e (g, "city:almaty"),
                                                           BRI_WEIGHTS_NONE, &error);
  cr_assert_not_null (l, "%s", error ? error->message : "");
  cr_assert_eq (bri_path_list_get_n_paths (l), 2);
  const char *k[] = { "city:xining", "city:lanzhou", "city:kashgar", "city:almaty" };
  const char *u[] = { "city:xining", "city:lanzhou", "city:urumqi", "city:almaty" };
  assert_path (bri_path_list_get_path (l, 0), k, 4);
  assert_path (bri_path_list_get_path (l, 1), u, 4);
}

Test (paths, all_shortest_paths_weighted)
{
  g_autoptr (BriGraph) g = fx_weighted_triangle ();
  g_autoptr (BriView) v = fx_summed_view (g);
  g_autoptr (BriPathList) raw = bri_view_all_shortest_paths (v, fx_e (g, "a"), fx_e (g, "c"),
                                                             BRI_WEIGHTS_RAW, NULL);
  cr_assert_eq (bri_path_list_get_n_paths (raw), 1);
  const char *around[] = { "a", "b", "c" };
  assert_path (bri_path_list_get_path (raw, 0), around, 3);
  /* Unweighted on a 4-cycle: two ways round. */
  g_autoptr (BriGraph) sq = fx_path (4);
  fx_rel (sq, "met", "v3", "v0");
  g_autoptr (BriView) sv = fx_view (sq, NULL, NULL);
  g_autoptr (BriPathList) two = bri_view_all_shortest_paths (sv, fx_e (sq, "v0"), fx_e (sq, "v2"),
                                                             BRI_WEIGHTS_NONE, NULL);
  cr_assert_eq (bri_path_list_get_n_paths (two), 2);
}

Test (paths, freight_routes_list_via_ports)
{
  g_autoptr (BriGraph) g = fx_freight ();
  /* A meeting between the two ends: a shortcut for plain paths, not for
   * freight. */
  fx_rel (g, "met", "city:xining", "city:almaty");
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (BriPath) plain = bri_view_shortest_path (v, fx_e (g, "city:xining"),
                                                      fx_e (g, "city:almaty"),
                                                      BRI_WEIGHTS_NONE, NULL);
  cr_assert_eq (bri_path_get_n_hops (plain), 1);

  g_autoptr (GError) error = NULL;
  g_autoptr (BriPathList) routes = bri_view_freight_routes (v, fx_e (g, "city:xining"),
                                                            fx_e (g, "city:almaty"),
                                                            BRI_WEIGHTS_NONE, &error);
  cr_assert_not_null (routes, "%s", error ? error->message : "");
  cr_assert_eq (bri_path_list_get_n_paths (routes), 2);
  const BriPath *k = bri_path_list_get_path (routes, 0);
  const BriPath *u = bri_path_list_get_path (routes, 1);
  cr_assert_eq (bri_path_get_n_hops (k), 3);
  cr_assert_eq (bri_path_get_n_vias (k), 1);
  cr_assert_str_eq (bri_entity_get_id (bri_path_get_via (k, 0)), "port:irkeshtam");
  cr_assert_eq (bri_path_get_n_vias (u), 1);
  cr_assert_str_eq (bri_entity_get_id (bri_path_get_via (u, 0)), "port:khorgos");
  cr_assert_str_eq (bri_relation_get_kind (bri_path_get_hop_relation (u, 2, 0)),
                    "freight_corridor");

  /* Freight runs one way. */
  g_clear_error (&error);
  cr_assert_null (bri_view_freight_routes (v, fx_e (g, "city:almaty"), fx_e (g, "city:xining"),
                                           BRI_WEIGHTS_NONE, &error));
  fx_assert_error (error, BRI_ERROR_NOT_FOUND, "no path");
}

Test (paths, freight_routes_errors)
{
  g_autoptr (BriGraph) g = fx_freight ();
  fx_ent (g, "person:p", "person", NULL);
  fx_rel (g, "met", "person:p", "city:xining");
  g_autoptr (GError) error = NULL;

  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_relation_kind (f, "met");
  g_autoptr (BriView) met = fx_view (g, f, NULL);
  cr_assert_null (bri_view_freight_routes (met, fx_e (g, "city:xining"), fx_e (g, "person:p"),
                                           BRI_WEIGHTS_NONE, &error));
  fx_assert_error (error, BRI_ERROR_INVALID, "leaves out freight_corridor");
  g_clear_error (&error);

  g_autoptr (BriView) all = fx_view (g, NULL, NULL);
  cr_assert_null (bri_view_freight_routes (all, fx_e (g, "person:p"), fx_e (g, "city:xining"),
                                           BRI_WEIGHTS_NONE, &error));
  fx_assert_error (error, BRI_ERROR_NOT_FOUND, "'person:p' has no freight corridor");
  g_clear_error (&error);

  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_projection (o, BRI_PROJECTION_ACTORS);
  g_autoptr (BriView) proj = fx_view (g, NULL, o);
  cr_assert_null (bri_view_freight_routes (proj, fx_e (g, "city:xining"),
                                           fx_e (g, "person:p"), BRI_WEIGHTS_NONE, &error));
  fx_assert_error (error, BRI_ERROR_INVALID, "projection");
}

Test (paths, freight_routes_rolled_up)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_rollup (o, "province");
  g_autoptr (BriView) v = fx_view (g, NULL, o);
  g_autoptr (BriPathList) routes = bri_view_freight_routes (v, fx_e (g, "province:CN-QH"),
                                                            fx_e (g, "city:almaty"),
                                                            BRI_WEIGHTS_NONE, NULL);
  cr_assert_not_null (routes);
  cr_assert_eq (bri_path_list_get_n_paths (routes), 1);
  const BriPath *p = bri_path_list_get_path (routes, 0);
  const char *ids[] = { "province:CN-QH", "province:CN-GS", "province:CN-XJ", "city:almaty" };
  assert_path (p, ids, 4);
  cr_assert_eq (bri_path_get_n_vias (p), 2, "both ports on the merged XJ -> almaty hop");
  cr_assert_eq (bri_path_get_hop_n_relations (p, 2), 2);
}

Test (paths, ego_network_radius)
{
  g_autoptr (BriGraph) g = fx_path (5);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (BriView) e1 = bri_view_ego (v, fx_e (g, "v2"), 1, NULL);
  cr_assert_eq (bri_view_get_n_entities (e1), 3);
  cr_assert_eq (bri_view_get_n_edges (e1), 2);
  cr_assert_eq (bri_view_find_entity (e1, fx_e (g, "v0")), -1);
  g_autoptr (BriView) e2 = bri_view_ego (v, fx_e (g, "v0"), 2, NULL);
  cr_assert_eq (bri_view_get_n_entities (e2), 3);
  cr_assert (bri_view_find_entity (e2, fx_e (g, "v2")) >= 0);
  g_autoptr (BriView) e0 = bri_view_ego (v, fx_e (g, "v3"), 0, NULL);
  cr_assert_eq (bri_view_get_n_entities (e0), 1);
  cr_assert_eq (bri_view_get_n_edges (e0), 0);
}

Test (paths, ego_keeps_direction_weights_and_relations)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_rollup (o, "province");
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_relation_kind (f, "freight_corridor");
  g_autoptr (BriView) v = fx_view (g, f, o);
  g_autoptr (BriView) ego = bri_view_ego (v, fx_e (g, "province:CN-XJ"), 1, NULL);
  cr_assert (bri_view_is_directed (ego));
  cr_assert_eq (bri_view_get_n_entities (ego), 3, "GS, XJ, almaty");
  guint gs = bri_view_find_entity (ego, fx_e (g, "province:CN-GS"));
  guint xj = bri_view_find_entity (ego, fx_e (g, "province:CN-XJ"));
  gint e = bri_view_find_edge (ego, gs, xj);
  cr_assert (e >= 0);
  cr_assert_eq (bri_view_find_edge (ego, xj, gs), -1);
  cr_assert_eq (bri_view_get_edge_weight (ego, e), 2.0);
  g_autoptr (GPtrArray) rels = bri_view_explain (ego, fx_e (g, "province:CN-XJ"),
                                                 fx_e (g, "city:almaty"), NULL);
  cr_assert_eq (rels->len, 2);
}

Test (paths, ego_of_unknown_entity)
{
  g_autoptr (BriGraph) g = fx_path (3);
  fx_ent (g, "z", "person", NULL);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_view_ego (v, fx_e (g, "z"), 1, &error));
  fx_assert_error (error, BRI_ERROR_NOT_FOUND, "'z' is not in this view");
}

Test (paths, diameter_by_weight_mode_and_direction)
{
  g_autoptr (BriGraph) g = fx_path (5);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  double d = 0;
  g_autoptr (BriPath) p = NULL;
  cr_assert (bri_view_diameter (v, BRI_WEIGHTS_NONE, &d, &p, NULL));
  cr_assert_eq (d, 4.0);
  cr_assert_eq (bri_path_get_n_hops (p), 4);

  g_autoptr (BriGraph) t = fx_weighted_triangle ();
  g_autoptr (BriView) tv = fx_summed_view (t);
  cr_assert (bri_view_diameter (tv, BRI_WEIGHTS_RAW, &d, NULL, NULL));
  cr_assert_eq (d, 2.0, "a–c costs 2 round b");
  cr_assert (bri_view_diameter (tv, BRI_WEIGHTS_STRENGTH, &d, NULL, NULL));
  cr_assert_eq (d, 1.0, "a–b and b–c at length 1; a–c at 1/4");

  g_autoptr (BriGraph) fg = fx_freight ();
  g_autoptr (BriView) fv = fx_freight_view (fg);
  g_autoptr (BriPath) fp = NULL;
  cr_assert (bri_view_diameter (fv, BRI_WEIGHTS_NONE, &d, &fp, NULL));
  cr_assert_eq (d, 3.0, "xining -> almaty; the way back does not exist");
  cr_assert_str_eq (bri_entity_get_id (bri_path_get_entity (fp, 0)), "city:xining");
}
