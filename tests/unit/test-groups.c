/* tests/unit/test-groups.c — group roll-up: a member's relations, and those
 * of the places below it, count as its group's; members from the group's
 * `members` attribute and from member_of relations; values by hand on
 * fx_freight() plus a group. */
#include "graph-fixtures.h"

TestSuite (groups);

/* fx_freight() plus group:ca, whose member Kazakhstan is given by a
 * member_of relation, and group:west (members attribute: country:KZ), listed
 * second in one test. */
static BriGraph *
with_group (void)
{
  BriGraph *g = fx_freight ();
  fx_ent (g, "group:ca", "group", NULL);
  BriEntity *west = bri_entity_new ("group:west", "group", "West");
  bri_entity_set_attribute (west, "members", "country:KZ|country:CN");
  g_autoptr (GError) error = NULL;
  cr_assert_not_null (bri_graph_add_entity (g, west, &error), "%s",
                      error ? error->message : "");
  fx_rel (g, "member_of", "country:KZ", "group:ca");
  return g;
}

static BriView *
grouped (BriGraph *g, const char *const *groups, const char *rollup)
{
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_relation_kind (f, "freight_corridor");
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  for (guint i = 0; groups[i]; i++)
    bri_view_options_add_group (o, groups[i]);
  bri_view_options_set_rollup (o, rollup);
  return fx_view (g, f, o);
}

Test (groups, members_and_places_below_them_count_for_the_group)
{
  g_autoptr (BriGraph) g = with_group ();
  g_autoptr (BriView) v = grouped (g, (const char *const[]){ "group:ca", NULL }, NULL);
  /* Almaty lies in Kazakhstan, a member: both trains end at the group. */
  cr_assert_lt (bri_view_find_entity (v, fx_e (g, "city:almaty")), 0);
  gint ca = bri_view_find_entity (v, fx_e (g, "group:ca"));
  cr_assert_geq (ca, 0);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rels = bri_view_explain (v, fx_e (g, "city:urumqi"),
                                                 fx_e (g, "group:ca"), &error);
  cr_assert_not_null (rels, "%s", error ? error->message : "");
  cr_assert_eq (rels->len, 1);
  cr_assert_str_eq (bri_relation_get_evidence (rels->pdata[0]), "urumqi-almaty via khorgos");
  cr_assert_eq (bri_view_options_get_n_groups (bri_view_get_options (v)), 1);
  cr_assert_str_eq (bri_view_options_get_group (bri_view_get_options (v), 0), "group:ca");
}

Test (groups, the_first_listed_group_wins_and_loops_go)
{
  g_autoptr (BriGraph) g = with_group ();
  /* group:west holds China and Kazakhstan (members attribute); group:ca,
   * listed first, takes Kazakhstan, so only the Chinese cities go to
   * group:west. */
  g_autoptr (BriView) v = grouped (g, (const char *const[]){ "group:ca", "group:west", NULL },
                                   NULL);
  /* The trains inside China become loops; the two into Almaty make one
   * edge group:west -> group:ca. With group:west alone every train is a
   * loop. */
  cr_assert_eq (bri_view_get_n_entities (v), 2);
  cr_assert_eq (bri_view_get_n_edges (v), 1);
  cr_assert_eq (bri_view_get_edge_n_relations (v, 0), 2);

  g_autoptr (BriView) w = grouped (g, (const char *const[]){ "group:west", NULL }, NULL);
  cr_assert_eq (bri_view_get_n_edges (w), 0);
}

Test (groups, with_a_rollup_non_members_roll_up)
{
  g_autoptr (BriGraph) g = with_group ();
  g_autoptr (BriView) v = grouped (g, (const char *const[]){ "group:ca", NULL }, "province");
  /* Xinjiang -> group:ca holds the two trains into Almaty. */
  gint xj = bri_view_find_entity (v, fx_e (g, "province:CN-XJ"));
  gint ca = bri_view_find_entity (v, fx_e (g, "group:ca"));
  cr_assert (xj >= 0 && ca >= 0);
  gint e = bri_view_find_edge (v, (guint) xj, (guint) ca);
  cr_assert_geq (e, 0);
  cr_assert_eq (bri_view_get_edge_n_relations (v, (guint) e), 2);
}

Test (groups, an_unknown_group_is_an_error)
{
  g_autoptr (BriGraph) g = with_group ();
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_add_group (o, "group:cb");
  g_autoptr (BriViewOptions) copy = bri_view_options_copy (o);
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_view_new (g, NULL, copy, &error));
  fx_assert_error (error, BRI_ERROR_NOT_FOUND, "unknown group 'group:cb': did you mean group:ca?");
}
