/* tests/unit/test-view-isolated.c — a view with keep_isolated holds every
 * entity the filter's entity kinds admit (after roll-up), not only those
 * its edges touch; values by hand on fx_triangle_tail() plus two persons
 * that no relation touches. */
#include "graph-fixtures.h"

TestSuite (view_isolated);

static BriGraph *
with_loners (void)
{
  BriGraph *g = fx_triangle_tail ();
  fx_ent (g, "x", "person", NULL);
  fx_ent (g, "y", "person", NULL);
  fx_ent (g, "country:CN", "country", NULL);
  fx_ent (g, "city:z", "city", "country:CN");
  return g;
}

static BriView *
view (BriGraph *g, const char *entity_kind, const char *rollup, gboolean keep)
{
  g_autoptr (BriFilter) f = bri_filter_new ();
  if (entity_kind)
    bri_filter_add_entity_kind (f, entity_kind);
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_rollup (o, rollup);
  bri_view_options_set_keep_isolated (o, keep);
  cr_assert_eq (bri_view_options_get_keep_isolated (o), keep);
  return fx_view (g, f, o);
}

Test (view_isolated, the_default_leaves_them_out)
{
  g_autoptr (BriGraph) g = with_loners ();
  g_autoptr (BriView) v = view (g, "person", NULL, FALSE);
  cr_assert_eq (bri_view_get_n_entities (v), 4);
  g_autoptr (BriViewOptions) defaults = bri_view_options_new ();
  cr_assert_not (bri_view_options_get_keep_isolated (defaults));
}

Test (view_isolated, kept_persons_have_degree_zero_and_own_components)
{
  g_autoptr (BriGraph) g = with_loners ();
  g_autoptr (BriView) v = view (g, "person", NULL, TRUE);
  /* a, b, c, d (the triangle and its tail) and x, y; not the country or city. */
  cr_assert_eq (bri_view_get_n_entities (v), 6);
  cr_assert_eq (bri_view_get_n_edges (v), 4);
  g_autoptr (GError) error = NULL;
  g_autoptr (BriRanking) deg = bri_view_degree (v, BRI_NEIGHBORS_ALL, &error);
  cr_assert_not_null (deg);
  fx_assert_near (fx_score (deg, g, "x"), 0);
  fx_assert_near (fx_score (deg, g, "c"), 3);
  g_autoptr (BriPartition) parts = bri_view_components (v, FALSE, &error);
  cr_assert_not_null (parts);
  cr_assert_eq (bri_partition_get_n_groups (parts), 3);
}

Test (view_isolated, rolled_up_entities_are_kept_once)
{
  g_autoptr (BriGraph) g = with_loners ();
  /* Rolled up to countries, city:z is country:CN: one vertex. */
  g_autoptr (BriView) v = view (g, "country", "country", TRUE);
  cr_assert_eq (bri_view_get_n_entities (v), 1);
  cr_assert_geq (bri_view_find_entity (v, fx_e (g, "country:CN")), 0);
  cr_assert_eq (bri_view_get_n_edges (v), 0);
}
