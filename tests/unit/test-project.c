/* tests/unit/test-project.c — the actor projection: roles, items, count
 * and Newman weightings, explain, roll-up before projecting.
 *
 * The fixture (by hand):
 *   forum:f1  attended by X, Y, Z               -> item forum:f1 {X, Y, Z}
 *   forum:f2  attended by X, hosted by Y        -> item forum:f2 {X, Y}
 *   signed_agreement X — W, title T1            -> item title:T1 {X, W}
 *   signed_agreement X—Y, X—Z, Y—Z, event E1    -> item event:E1 {X, Y, Z}
 *   freight_corridor X -> W                     -> no role
 * Count:  X–Y 3 (f1, f2, E1), X–Z 2, Y–Z 2, X–W 1.
 * Newman: X–Y 1/2 + 1 + 1/2 = 2, X–Z 1/2 + 1/2 = 1, Y–Z 1, X–W 1. */
#include "graph-fixtures.h"

TestSuite (project);

static BriGraph *
affiliation (void)
{
  BriGraph *g = fx_new ();
  fx_ent (g, "country:W", "country", NULL);
  fx_ent (g, "country:X", "country", NULL);
  fx_ent (g, "country:Y", "country", NULL);
  fx_ent (g, "country:Z", "country", NULL);
  fx_ent (g, "forum:f1", "forum", NULL);
  fx_ent (g, "forum:f2", "forum", NULL);
  fx_rel_ex (g, "attended", "country:X", "forum:f1", FX (.evidence = "X at f1"));
  fx_rel_ex (g, "attended", "country:Y", "forum:f1", FX (.evidence = "Y at f1"));
  fx_rel_ex (g, "attended", "country:Z", "forum:f1", FX (.evidence = "Z at f1"));
  fx_rel_ex (g, "attended", "country:X", "forum:f2", FX (.evidence = "X at f2"));
  fx_rel_ex (g, "hosted", "country:Y", "forum:f2", FX (.evidence = "Y hosts f2"));
  fx_rel_ex (g, "signed_agreement", "country:X", "country:W", FX (.title = "T1"));
  fx_rel_ex (g, "signed_agreement", "country:X", "country:Y", FX (.event = "E1", .title = "T2"));
  fx_rel_ex (g, "signed_agreement", "country:X", "country:Z", FX (.event = "E1", .title = "T2"));
  fx_rel_ex (g, "signed_agreement", "country:Y", "country:Z", FX (.event = "E1", .title = "T2"));
  fx_rel (g, "freight_corridor", "country:X", "country:W");
  return g;
}

static BriView *
projected (BriGraph *g, BriEdgeWeighting weighting)
{
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_projection (o, BRI_PROJECTION_ACTORS);
  bri_view_options_set_weighting (o, weighting);
  return fx_view (g, NULL, o);
}

static double
weight (BriView *v, BriGraph *g, const char *a, const char *b)
{
  gint e = bri_view_find_edge (v, bri_view_find_entity (v, fx_e (g, a)),
                               bri_view_find_entity (v, fx_e (g, b)));
  cr_assert (e >= 0, "no edge %s -- %s", a, b);
  return bri_view_get_edge_weight (v, e);
}

Test (project, actors_are_vertices_items_are_not)
{
  g_autoptr (BriGraph) g = affiliation ();
  g_autoptr (BriView) v = projected (g, BRI_EDGE_WEIGHT_COUNT);
  cr_assert_not (bri_view_is_directed (v));
  cr_assert_eq (bri_view_get_n_entities (v), 4);
  cr_assert_eq (bri_view_find_entity (v, fx_e (g, "forum:f1")), -1);
  cr_assert_eq (bri_view_get_n_edges (v), 4);
  cr_assert_eq (bri_view_find_edge (v, bri_view_find_entity (v, fx_e (g, "country:W")),
                                    bri_view_find_entity (v, fx_e (g, "country:Y"))),
                -1);
}

Test (project, count_weighting)
{
  g_autoptr (BriGraph) g = affiliation ();
  g_autoptr (BriView) v = projected (g, BRI_EDGE_WEIGHT_COUNT);
  cr_assert_eq (weight (v, g, "country:X", "country:Y"), 3.0);
  cr_assert_eq (weight (v, g, "country:X", "country:Z"), 2.0);
  cr_assert_eq (weight (v, g, "country:Z", "country:Y"), 2.0);
  cr_assert_eq (weight (v, g, "country:W", "country:X"), 1.0);
}

Test (project, newman_weighting)
{
  g_autoptr (BriGraph) g = affiliation ();
  g_autoptr (BriView) v = projected (g, BRI_EDGE_WEIGHT_NEWMAN);
  fx_assert_near (weight (v, g, "country:X", "country:Y"), 2.0);
  fx_assert_near (weight (v, g, "country:X", "country:Z"), 1.0);
  fx_assert_near (weight (v, g, "country:Y", "country:Z"), 1.0);
  fx_assert_near (weight (v, g, "country:X", "country:W"), 1.0);
}

Test (project, edges_keep_their_items)
{
  g_autoptr (BriGraph) g = affiliation ();
  g_autoptr (BriView) v = projected (g, BRI_EDGE_WEIGHT_COUNT);
  gint e = bri_view_find_edge (v, bri_view_find_entity (v, fx_e (g, "country:X")),
                               bri_view_find_entity (v, fx_e (g, "country:Y")));
  cr_assert_eq (bri_view_get_edge_n_items (v, e), 3);
  cr_assert_str_eq (bri_view_get_edge_item (v, e, 0), "event:E1");
  cr_assert_str_eq (bri_view_get_edge_item (v, e, 1), "forum:f1");
  cr_assert_str_eq (bri_view_get_edge_item (v, e, 2), "forum:f2");
  gint w = bri_view_find_edge (v, bri_view_find_entity (v, fx_e (g, "country:X")),
                               bri_view_find_entity (v, fx_e (g, "country:W")));
  cr_assert_eq (bri_view_get_edge_n_items (v, w), 1);
  cr_assert_str_eq (bri_view_get_edge_item (v, w, 0), "title:T1");
}

Test (project, explain_lists_the_participations)
{
  g_autoptr (BriGraph) g = affiliation ();
  g_autoptr (BriView) v = projected (g, BRI_EDGE_WEIGHT_COUNT);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rels = bri_view_explain (v, fx_e (g, "country:X"),
                                                 fx_e (g, "country:Y"), &error);
  cr_assert_not_null (rels, "%s", error ? error->message : "");
  /* X at f1, Y at f1, X at f2, Y hosts f2, and the three E1 signatures
   * (each makes X or Y a party of E1). */
  cr_assert_eq (rels->len, 7);
  cr_assert_str_eq (bri_relation_get_evidence (g_ptr_array_index (rels, 0)), "X at f1");
  cr_assert_str_eq (bri_relation_get_evidence (g_ptr_array_index (rels, 3)), "Y hosts f2");
  cr_assert_str_eq (bri_relation_get_event (g_ptr_array_index (rels, 6)), "E1");
  /* Z at f1 says nothing about X and Y. */
  for (guint i = 0; i < rels->len; i++)
    cr_assert (g_strcmp0 (bri_relation_get_evidence (g_ptr_array_index (rels, i)),
                          "Z at f1") != 0);
}

Test (project, entity_kinds_filter_actors_only)
{
  g_autoptr (BriGraph) g = affiliation ();
  fx_ent (g, "person:p", "person", NULL);
  fx_rel (g, "attended", "person:p", "forum:f2");
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_entity_kind (f, "country");
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_projection (o, BRI_PROJECTION_ACTORS);
  g_autoptr (BriView) v = fx_view (g, f, o);
  cr_assert_eq (bri_view_get_n_entities (v), 4, "the person is left out, forums still link");
  cr_assert_eq (weight (v, g, "country:X", "country:Y"), 3.0);
}

Test (project, rollup_happens_before_projection)
{
  /* Two cities of one province attend the same forum as a city of
   * another: rolled up, the provinces share the forum once. */
  g_autoptr (BriGraph) g = fx_new ();
  fx_ent (g, "province:A", "province", NULL);
  fx_ent (g, "province:B", "province", NULL);
  fx_ent (g, "city:a1", "city", "province:A");
  fx_ent (g, "city:a2", "city", "province:A");
  fx_ent (g, "city:b1", "city", "province:B");
  fx_ent (g, "forum:f", "forum", NULL);
  fx_rel (g, "attended", "city:a1", "forum:f");
  fx_rel (g, "attended", "city:a2", "forum:f");
  fx_rel (g, "attended", "city:b1", "forum:f");
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_projection (o, BRI_PROJECTION_ACTORS);
  bri_view_options_set_weighting (o, BRI_EDGE_WEIGHT_NEWMAN);
  bri_view_options_set_rollup (o, "province");
  g_autoptr (BriView) v = fx_view (g, NULL, o);
  cr_assert_eq (bri_view_get_n_entities (v), 2);
  cr_assert_eq (bri_view_get_n_edges (v), 1);
  fx_assert_near (bri_view_get_edge_weight (v, 0), 1.0);  /* 2 actors: 1/(2-1) */
  cr_assert_eq (bri_view_get_edge_n_relations (v, 0), 3);
}

Test (project, undirected_relation_without_event_or_title_is_its_own_item)
{
  g_autoptr (BriGraph) g = fx_path (3);
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_projection (o, BRI_PROJECTION_ACTORS);
  g_autoptr (BriView) v = fx_view (g, NULL, o);
  cr_assert_eq (bri_view_get_n_edges (v), 2);
  cr_assert_str_eq (bri_view_get_edge_item (v, 0, 0), "relation:0");
}
