/* tests/unit/test-filter.c — BriFilter: each criterion alone, their
 * combination, partial-date windows, and the check against a graph. */
#include "graph-fixtures.h"

TestSuite (filter);

static BriDate
D (const char *text)
{
  BriDate d = BRI_DATE_UNSET;
  if (text)
    cr_assert (bri_date_parse (text, &d, NULL));
  return d;
}

/* A graph of dated, sourced relations between x, y, z. */
static BriGraph *
dated (void)
{
  BriGraph *g = fx_new ();
  fx_ent (g, "x", "country", NULL);
  fx_ent (g, "y", "country", NULL);
  fx_ent (g, "z", "forum", NULL);
  fx_rel_ex (g, "met", "x", "y", FX (.date = "2024-01", .source = "s1")); /* 0 */
  fx_rel_ex (g, "met", "x", "y", FX (.date = "2024-06-27", .source = "s2")); /* 1 */
  fx_rel_ex (g, "met", "x", "y", FX (.date = "2024", .confidence = 0.5)); /* 2 */
  fx_rel_ex (g, "met", "x", "y", FX ()); /* 3: undated */
  fx_rel_ex (g, "attended", "x", "z", FX (.date = "2023-01", .end_date = "2024-07")); /* 4 */
  return g;
}

static guint
count_accepted (const BriFilter *f, BriGraph *g)
{
  guint n = 0;
  for (guint i = 0; i < bri_graph_get_n_relations (g); i++)
    n += bri_filter_accepts_relation (f, bri_graph_get_relation (g, i));
  return n;
}

static gboolean
accepts (const BriFilter *f, BriGraph *g, guint index)
{
  return bri_filter_accepts_relation (f, bri_graph_get_relation (g, index));
}

Test (filter, empty_filter_admits_everything)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  cr_assert_eq (count_accepted (f, g), 5);
  cr_assert (bri_filter_accepts_entity (f, fx_e (g, "z")));
}

Test (filter, month_window_takes_overlapping_partial_dates)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_set_window (f, D ("2024-06"), D ("2024-06"));
  cr_assert (!accepts (f, g, 0), "2024-01 is outside June 2024");
  cr_assert (accepts (f, g, 1), "2024-06-27 is in June 2024");
  cr_assert (accepts (f, g, 2), "the year 2024 overlaps June 2024");
  cr_assert (!accepts (f, g, 3), "an undated relation is outside any window");
  cr_assert (accepts (f, g, 4), "the span 2023-01..2024-07 covers June 2024");
}

Test (filter, open_ended_window)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_set_window (f, D ("2024-02"), BRI_DATE_UNSET);
  cr_assert (!accepts (f, g, 0));
  cr_assert (accepts (f, g, 1));
  cr_assert (accepts (f, g, 2));
  cr_assert (!accepts (f, g, 3));
  cr_assert (accepts (f, g, 4));
}

Test (filter, relation_kinds)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_relation_kind (f, "attended");
  bri_filter_add_relation_kind (f, "attended");
  cr_assert_eq (bri_filter_get_n_relation_kinds (f), 1);
  cr_assert_eq (count_accepted (f, g), 1);
  cr_assert (accepts (f, g, 4));
}

Test (filter, sources_exclude_unsourced)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_source (f, "s2");
  cr_assert_eq (count_accepted (f, g), 1);
  cr_assert (accepts (f, g, 1));
}

Test (filter, min_confidence_counts_missing_as_one)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_set_min_confidence (f, 0.6);
  cr_assert_eq (count_accepted (f, g), 4);
  cr_assert (!accepts (f, g, 2));
  bri_filter_set_min_confidence (f, 0.5);
  cr_assert_eq (count_accepted (f, g), 5);
}

Test (filter, entity_kinds)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_entity_kind (f, "country");
  cr_assert (bri_filter_accepts_entity (f, fx_e (g, "x")));
  cr_assert (!bri_filter_accepts_entity (f, fx_e (g, "z")));
  /* In a view, the attended relation x -> forum z is gone. */
  g_autoptr (BriView) v = fx_view (g, f, NULL);
  cr_assert_eq (bri_view_get_n_entities (v), 2);
  cr_assert_eq (bri_view_get_n_edges (v), 1);
}

Test (filter, criteria_combine_with_and)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_relation_kind (f, "met");
  bri_filter_set_window (f, D ("2024"), D ("2024"));
  bri_filter_add_source (f, "s1");
  bri_filter_add_source (f, "s2");
  cr_assert_eq (count_accepted (f, g), 2);
  g_autoptr (BriFilter) c = bri_filter_copy (f);
  cr_assert_eq (count_accepted (c, g), 2);
}

Test (filter, unknown_kind_suggests_nearest)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  g_autoptr (GError) error = NULL;
  bri_filter_add_relation_kind (f, "atended");
  cr_assert_not (bri_filter_check (f, g, &error));
  fx_assert_error (error, BRI_ERROR_NOT_FOUND, "'atended'");
  cr_assert (strstr (error->message, "attended"), "%s", error->message);
  g_clear_error (&error);
  cr_assert_null (bri_view_new (g, f, NULL, &error));
  fx_assert_error (error, BRI_ERROR_NOT_FOUND, "atended");
}

Test (filter, inverted_window_is_invalid)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  g_autoptr (GError) error = NULL;
  bri_filter_set_window (f, D ("2024-06"), D ("2024-05"));
  cr_assert_not (bri_filter_check (f, g, &error));
  fx_assert_error (error, BRI_ERROR_INVALID, "before it starts");
}

Test (filter, bad_confidence_is_invalid)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  g_autoptr (GError) error = NULL;
  bri_filter_set_min_confidence (f, 1.5);
  cr_assert_not (bri_filter_check (f, g, &error));
  fx_assert_error (error, BRI_ERROR_INVALID, "confidence");
}

Test (filter, an_entity_kind_no_entity_has_is_an_error_with_the_nearest)
{
  g_autoptr (BriGraph) g = fx_new ();
  fx_ent (g, "p", "province", NULL);
  fx_ent (g, "c", "country", NULL);
  fx_rel (g, "met", "p", "c");
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_entity_kind (f, "province");
  cr_expect (bri_filter_check (f, g, NULL));
  bri_filter_add_entity_kind (f, "Country");
  g_autoptr (GError) error = NULL;
  cr_expect_not (bri_filter_check (f, g, &error));
  cr_expect_eq (error->code, BRI_ERROR_NOT_FOUND);
  cr_expect_str_eq (error->message, "unknown entity kind 'Country': did you mean country?");
  g_clear_error (&error);
  /* bri_view_new() refuses the filter the same way. */
  g_autoptr (BriView) v = bri_view_new (g, f, NULL, &error);
  cr_expect_null (v);
  cr_expect_eq (error->code, BRI_ERROR_NOT_FOUND);
  g_autoptr (BriFilter) far = bri_filter_new ();
  bri_filter_add_entity_kind (far, "spaceship");
  g_clear_error (&error);
  cr_expect_not (bri_filter_check (far, g, &error));
  cr_expect_str_eq (error->message, "unknown entity kind 'spaceship': no entity of the graph has it");
}
