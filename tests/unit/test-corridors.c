/* tests/unit/test-corridors.c — freight corridors gathered by origin and
 * destination (vias, first and last dates, sources), filtered by a place at
 * any level, and the filter of relations involving an entity and its
 * descendants; values by hand on fx_freight() (graph-fixtures.h). */
#include "graph-fixtures.h"

TestSuite (corridors);

static BriCorridorList *
corridors (BriGraph *g, const BriFilter *f, const char *place)
{
  g_autoptr (GError) error = NULL;
  BriCorridorList *l = bri_graph_list_corridors (g, f, place ? fx_e (g, place) : NULL, &error);
  cr_assert_not_null (l, "corridors: %s", error ? error->message : "");
  return l;
}

static void
assert_pairs (const BriCorridorList *l, const char *const *pairs, guint n)
{
  cr_assert_eq (bri_corridor_list_get_n_corridors (l), n, "%u corridors, expected %u",
                bri_corridor_list_get_n_corridors (l), n);
  for (guint i = 0; i < n; i++)
    {
      const BriCorridor *c = bri_corridor_list_get_corridor (l, i);
      g_autofree char *pair = g_strdup_printf ("%s>%s",
                                               bri_entity_get_id (bri_corridor_get_origin (c)),
                                               bri_entity_get_id (bri_corridor_get_destination (c)));
      cr_assert_str_eq (pair, pairs[i]);
    }
}

Test (corridors, every_pair_sorted_with_vias_dates_sources)
{
  g_autoptr (BriGraph) g = fx_freight ();
  /* A second Urumqi → Almaty train, later, through another port. */
  fx_rel_ex (g, "freight_corridor", "city:urumqi", "city:almaty",
             FX (.date = "2024", .end_date = "2024-11", .via = "port:irkeshtam",
                 .source = "s4", .evidence = "second train"));
  g_autoptr (BriCorridorList) l = corridors (g, NULL, NULL);
  const char *pairs[] = { "city:kashgar>city:almaty", "city:lanzhou>city:kashgar",
                          "city:lanzhou>city:urumqi", "city:urumqi>city:almaty",
                          "city:xining>city:lanzhou" };
  assert_pairs (l, pairs, G_N_ELEMENTS (pairs));
  const BriCorridor *c = bri_corridor_list_get_corridor (l, 3);
  cr_assert_eq (bri_corridor_get_n_relations (c), 2);
  cr_assert_eq (bri_corridor_get_n_vias (c), 2);
  cr_assert_str_eq (bri_entity_get_id (bri_corridor_get_via (c, 0)), "port:khorgos");
  cr_assert_str_eq (bri_entity_get_id (bri_corridor_get_via (c, 1)), "port:irkeshtam");
  cr_assert_eq (bri_corridor_get_n_sources (c), 2);
  cr_assert_str_eq (bri_corridor_get_source (c, 0), "s2");
  cr_assert_str_eq (bri_corridor_get_source (c, 1), "s4");
  char buf[BRI_DATE_STRLEN];
  /* 2024 starts before 2024-03; 2024-11 (the end date) ends after it. */
  cr_assert_str_eq (bri_date_format (bri_corridor_get_first_date (c), buf), "2024");
  cr_assert_str_eq (bri_date_format (bri_corridor_get_last_date (c), buf), "2024-11");
  cr_assert_str_eq (bri_relation_get_evidence (bri_corridor_get_relation (c, 1)),
                    "second train");
}

Test (corridors, a_province_lists_its_cities_and_ports)
{
  g_autoptr (BriGraph) g = fx_freight ();
  /* Gansu: Lanzhou's three corridors. */
  g_autoptr (BriCorridorList) gs = corridors (g, NULL, "province:CN-GS");
  const char *gs_pairs[] = { "city:lanzhou>city:kashgar", "city:lanzhou>city:urumqi",
                             "city:xining>city:lanzhou" };
  assert_pairs (gs, gs_pairs, G_N_ELEMENTS (gs_pairs));
  /* Khorgos (a port, only a via) lists the one train through it. */
  g_autoptr (BriCorridorList) kh = corridors (g, NULL, "port:khorgos");
  const char *kh_pairs[] = { "city:urumqi>city:almaty" };
  assert_pairs (kh, kh_pairs, 1);
  /* Kazakhstan: both trains into Almaty. */
  g_autoptr (BriCorridorList) kz = corridors (g, NULL, "country:KZ");
  const char *kz_pairs[] = { "city:kashgar>city:almaty", "city:urumqi>city:almaty" };
  assert_pairs (kz, kz_pairs, 2);
  /* China holds every one. */
  g_autoptr (BriCorridorList) cn = corridors (g, NULL, "country:CN");
  cr_assert_eq (bri_corridor_list_get_n_corridors (cn), 5);
}

Test (corridors, the_filter_window_and_kinds_apply)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_set_window (f, (BriDate){ 2024, 2, 0 }, (BriDate){ 2024, 3, 0 });
  g_autoptr (BriCorridorList) l = corridors (g, f, NULL);
  const char *pairs[] = { "city:lanzhou>city:urumqi", "city:urumqi>city:almaty" };
  assert_pairs (l, pairs, 2);

  g_autoptr (BriFilter) met = bri_filter_new ();
  bri_filter_add_relation_kind (met, "met");
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_graph_list_corridors (g, met, NULL, &error));
  fx_assert_error (error, BRI_ERROR_INVALID, "leaves out freight_corridor");
}

Test (corridors, a_graph_without_corridors_lists_none)
{
  g_autoptr (BriGraph) g = fx_path (3);
  g_autoptr (BriCorridorList) l = corridors (g, NULL, NULL);
  cr_assert_eq (bri_corridor_list_get_n_corridors (l), 0);
}

/* ---- the involving filter ---- */

Test (corridors, involving_admits_descendants_and_vias)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_involved (f, "province:CN-XJ");
  cr_assert_eq (bri_filter_get_n_involved (f), 1);
  cr_assert_str_eq (bri_filter_get_involved (f, 0), "province:CN-XJ");
  /* Every relation but Xining → Lanzhou touches Urumqi, Kashgar or a port
   * of Xinjiang. */
  g_autoptr (BriView) v = fx_view (g, f, NULL);
  cr_assert_eq (bri_view_get_n_edges (v), 4);
  cr_assert_lt (bri_view_find_entity (v, fx_e (g, "city:xining")), 0);
  cr_assert_geq (bri_view_find_entity (v, fx_e (g, "city:lanzhou")), 0);

  /* Two entities: OR. Khorgos alone: the one train through it. */
  g_autoptr (BriFilter) two = bri_filter_new ();
  bri_filter_add_involved (two, "port:khorgos");
  g_autoptr (BriView) one = fx_view (g, two, NULL);
  cr_assert_eq (bri_view_get_n_edges (one), 1);
  bri_filter_add_involved (two, "province:CN-QH");
  g_autoptr (BriView) both = fx_view (g, two, NULL);
  cr_assert_eq (bri_view_get_n_edges (both), 2);

  /* Copies keep it. */
  g_autoptr (BriFilter) copy = bri_filter_copy (two);
  cr_assert_eq (bri_filter_get_n_involved (copy), 2);
}

Test (corridors, involving_bounds_the_timeline)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_involved (f, "city:kashgar");
  g_autoptr (GError) error = NULL;
  g_autoptr (BriTimeline) t = bri_timeline_new (g, f, NULL, BRI_PERIOD_MONTH,
                                                BRI_MEASURE_DEGREE, BRI_WEIGHTS_NONE, 0,
                                                &error);
  cr_assert_not_null (t, "%s", error ? error->message : "");
  /* Lanzhou → Kashgar (2024-04) and Kashgar → Almaty (2024-05). */
  cr_assert_eq (bri_timeline_get_n_periods (t), 2);
  cr_assert_eq (bri_timeline_get_n_relations (t, 0), 1);
  cr_assert_eq (bri_timeline_get_n_relations (t, 1), 1);
}

Test (corridors, an_unknown_involved_entity_is_an_error)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_involved (f, "city:xinin");
  g_autoptr (GError) error = NULL;
  cr_assert_not (bri_filter_check (f, g, &error));
  fx_assert_error (error, BRI_ERROR_NOT_FOUND, "did you mean city:xining?");
}
