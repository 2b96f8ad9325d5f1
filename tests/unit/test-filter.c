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

/* bri_filter_set_option(): each option by name and text, against the
 * same filter built with the typed setters. */
Test (filter, set_option_kinds_lists_and_ignores_empty_items)
{
  g_autoptr (BriFilter) f = bri_filter_new ();
  cr_assert (bri_filter_set_option (f, "kinds", " met ,, attended,", NULL));
  cr_assert (bri_filter_set_option (f, "kinds", "met", NULL));
  cr_assert_eq (bri_filter_get_n_relation_kinds (f), 2);
  cr_expect_str_eq (bri_filter_get_relation_kind (f, 0), "met");
  cr_expect_str_eq (bri_filter_get_relation_kind (f, 1), "attended");
  g_autoptr (BriGraph) g = dated ();
  cr_expect_eq (count_accepted (f, g), 5);
  g_autoptr (BriFilter) only = bri_filter_new ();
  cr_assert (bri_filter_set_option (only, "kinds", "attended", NULL));
  cr_expect_eq (count_accepted (only, g), 1);
}

Test (filter, set_option_entity_kinds)
{
  g_autoptr (BriFilter) f = bri_filter_new ();
  cr_assert (bri_filter_set_option (f, "entity-kinds", "country,forum", NULL));
  cr_assert_eq (bri_filter_get_n_entity_kinds (f), 2);
  cr_expect_str_eq (bri_filter_get_entity_kind (f, 0), "country");
  cr_expect_str_eq (bri_filter_get_entity_kind (f, 1), "forum");
}

Test (filter, set_option_from_and_to_set_one_bound_each)
{
  g_autoptr (BriFilter) f = bri_filter_new ();
  BriDate from, to;
  cr_assert (bri_filter_set_option (f, "from", "2024-06", NULL));
  bri_filter_get_window (f, &from, &to);
  cr_expect_eq (bri_date_compare (from, D ("2024-06")), 0);
  cr_expect_not (bri_date_is_set (to));
  cr_assert (bri_filter_set_option (f, "to", "2024-06-30", NULL));
  bri_filter_get_window (f, &from, &to);
  cr_expect_eq (bri_date_compare (from, D ("2024-06")), 0);
  cr_expect_eq (bri_date_compare (to, D ("2024-06-30")), 0);
  g_autoptr (BriGraph) g = dated ();
  /* 1 (2024-06-27), 2 (2024) and 4 (2023-01..2024-07) overlap June 2024. */
  cr_expect_eq (count_accepted (f, g), 3);
}

Test (filter, set_option_source_and_min_confidence)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  cr_assert (bri_filter_set_option (f, "source", "s1, s2", NULL));
  cr_expect_eq (count_accepted (f, g), 2);
  g_autoptr (BriFilter) c = bri_filter_new ();
  cr_assert (bri_filter_set_option (c, "min-confidence", "0.75", NULL));
  /* Every relation but 2 (confidence 0.5). */
  cr_expect_eq (count_accepted (c, g), 4);
  cr_assert (bri_filter_set_option (c, "min-confidence", "0", NULL));
  cr_expect_eq (count_accepted (c, g), 5);
  cr_assert (bri_filter_set_option (c, "min-confidence", "1", NULL));
  cr_expect_eq (count_accepted (c, g), 4);
}

Test (filter, set_option_involving_adds_ids)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  cr_assert (bri_filter_set_option (f, "involving", "z", NULL));
  cr_assert_eq (bri_filter_get_n_involved (f), 1);
  cr_expect_str_eq (bri_filter_get_involved (f, 0), "z");
  cr_expect (bri_filter_check (f, g, NULL));
  cr_expect_eq (count_accepted (f, g), 1);
  cr_assert (bri_filter_set_option (f, "involving", "y,nobody", NULL));
  cr_expect_eq (bri_filter_get_n_involved (f), 3);
  g_autoptr (GError) error = NULL;
  cr_expect_not (bri_filter_check (f, g, &error));
  cr_expect_eq (error->code, BRI_ERROR_NOT_FOUND);
}

/* Bad values: an error naming the option and the value; the filter as
 * it was. */
Test (filter, set_option_refuses_bad_values)
{
  static const struct { const char *name, *value; int code; const char *message; } bad[] = {
    { "from", "2024/06", BRI_ERROR_PARSE,
      "from: invalid date '2024/06', expected YYYY, YYYY-MM or YYYY-MM-DD" },
    { "to", "2024-02-30", BRI_ERROR_INVALID,
      "to: impossible date '2024-02-30', expected a real calendar date" },
    { "min-confidence", "high", BRI_ERROR_INVALID, "min-confidence: 'high' is not a number" },
    { "min-confidence", "0.5x", BRI_ERROR_INVALID, "min-confidence: '0.5x' is not a number" },
    { "min-confidence", "", BRI_ERROR_INVALID, "min-confidence: '' is not a number" },
    { "min-confidence", "1.5", BRI_ERROR_INVALID, "min-confidence: 1.5 is out of range, expected 0..1" },
    { "min-confidence", "-0.1", BRI_ERROR_INVALID, "min-confidence: -0.1 is out of range, expected 0..1" },
    { "min-confidence", "nan", BRI_ERROR_INVALID, "min-confidence: nan is out of range, expected 0..1" },
    { "colour", "red", BRI_ERROR_INVALID,
      "unknown filter option 'colour' (value 'red'), expected kinds, entity-kinds, from, to, "
      "source, involving or min-confidence" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (BriFilter) f = bri_filter_new ();
      g_autoptr (GError) error = NULL;
      cr_expect_not (bri_filter_set_option (f, bad[i].name, bad[i].value, &error), "%s", bad[i].value);
      cr_assert_not_null (error);
      cr_expect_eq (error->domain, BRI_ERROR);
      cr_expect_eq (error->code, bad[i].code, "%s", bad[i].message);
      cr_expect_str_eq (error->message, bad[i].message);
      BriDate from, to;
      bri_filter_get_window (f, &from, &to);
      cr_expect_not (bri_date_is_set (from));
      cr_expect_not (bri_date_is_set (to));
      g_autoptr (BriGraph) g = dated ();
      cr_expect_eq (count_accepted (f, g), 5);
    }
}
