/* tests/unit/test-rollup-sides.c — roll-up to the first kind of a list an
 * entity has ("province,country": Chinese cities to their province,
 * foreign ones to their country); values by hand on fx_freight(). */
#include "graph-fixtures.h"

TestSuite (rollup_sides);

static BriView *
rolled (BriGraph *g, const char *rollup, gboolean province_country_only)
{
  g_autoptr (BriFilter) f = bri_filter_new ();
  if (province_country_only)
    {
      bri_filter_add_entity_kind (f, "province");
      bri_filter_add_entity_kind (f, "country");
    }
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_rollup (o, rollup);
  return fx_view (g, f, o);
}

Test (rollup_sides, province_else_country)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriView) v = rolled (g, "province,country", TRUE);
  /* QH -> GS, GS -> XJ (twice: Urumqi, Kashgar, one edge), XJ -> KZ
   * (Urumqi and Kashgar to Almaty, one edge of two relations). */
  cr_assert_eq (bri_view_get_n_entities (v), 4);
  cr_assert_eq (bri_view_get_n_edges (v), 3);
  gint xj = bri_view_find_entity (v, fx_e (g, "province:CN-XJ"));
  gint kz = bri_view_find_entity (v, fx_e (g, "country:KZ"));
  cr_assert (xj >= 0 && kz >= 0);
  gint e = bri_view_find_edge (v, (guint) xj, (guint) kz);
  cr_assert_geq (e, 0);
  cr_assert_eq (bri_view_get_edge_n_relations (v, (guint) e), 2);
}

Test (rollup_sides, one_kind_keeps_foreign_cities)
{
  g_autoptr (BriGraph) g = fx_freight ();
  /* Almaty has no province: it stays a city, which the kinds then drop. */
  g_autoptr (BriView) v = rolled (g, "province", TRUE);
  cr_assert_lt (bri_view_find_entity (v, fx_e (g, "country:KZ")), 0);
  cr_assert_eq (bri_view_get_n_edges (v), 2);
}

Test (rollup_sides, every_kind_of_the_list_must_exist)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_rollup (o, "province,region");
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_view_new (g, NULL, o, &error));
  fx_assert_error (error, BRI_ERROR_NOT_FOUND, "no entity of kind 'region'");
}
