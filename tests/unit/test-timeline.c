/* tests/unit/test-timeline.c — timelines per month, quarter and year:
 * periods, relation counts by kind (spans count in every period they
 * cover), active entities, top-k of a measure, window bounds.
 *
 * Data (persons p, q, r, s):
 *   met p–q 2024-01-05, met p–r 2024-01, met q–s 2024-02..2024-04,
 *   signed_agreement q–r 2024-03, met r–s 2024-05-20, met p–s undated.
 * Monthly: Jan 2 relations (p, q, r active), Feb 1 (q, s), Mar 2 (q, r, s),
 * Apr 1 (q, s), May 1 (r, s). Quarterly: Q1 4 (p, q, r, s), Q2 2 (q, r, s). */
#include "graph-fixtures.h"

TestSuite (timeline);

static BriGraph *
dated (void)
{
  BriGraph *g = fx_new ();
  const char *ids[] = { "p", "q", "r", "s" };
  for (guint i = 0; i < 4; i++)
    fx_ent (g, ids[i], "person", NULL);
  fx_rel_ex (g, "met", "p", "q", FX (.date = "2024-01-05"));
  fx_rel_ex (g, "met", "p", "r", FX (.date = "2024-01"));
  fx_rel_ex (g, "met", "q", "s", FX (.date = "2024-02", .end_date = "2024-04"));
  fx_rel_ex (g, "signed_agreement", "q", "r", FX (.date = "2024-03"));
  fx_rel_ex (g, "met", "r", "s", FX (.date = "2024-05-20"));
  fx_rel (g, "met", "p", "s");
  return g;
}

static BriTimeline *
timeline (BriGraph *g, const BriFilter *f, BriPeriod period, guint k)
{
  g_autoptr (GError) error = NULL;
  BriTimeline *t = bri_timeline_new (g, f, NULL, period, BRI_MEASURE_DEGREE,
                                     BRI_WEIGHTS_NONE, k, &error);
  cr_assert_not_null (t, "%s", error ? error->message : "");
  return t;
}

Test (timeline, monthly_counts_and_active_entities)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriTimeline) t = timeline (g, NULL, BRI_PERIOD_MONTH, 0);
  cr_assert_eq (bri_timeline_get_n_periods (t), 5);
  const char *labels[] = { "2024-01", "2024-02", "2024-03", "2024-04", "2024-05" };
  guint relations[] = { 2, 1, 2, 1, 1 };
  guint active[] = { 3, 2, 3, 2, 2 };
  for (guint i = 0; i < 5; i++)
    {
      cr_assert_str_eq (bri_timeline_get_period_label (t, i), labels[i]);
      cr_assert_eq (bri_timeline_get_n_relations (t, i), relations[i], "period %u", i);
      cr_assert_eq (bri_timeline_get_n_active (t, i), active[i], "period %u", i);
      cr_assert_eq (bri_ranking_get_n_items (bri_timeline_get_top (t, i)), 0);
    }
  char buf[BRI_DATE_STRLEN];
  cr_assert_str_eq (bri_date_format (bri_timeline_get_period_start (t, 1), buf), "2024-02-01");
  cr_assert_str_eq (bri_date_format (bri_timeline_get_period_end (t, 1), buf), "2024-02-29");
}

Test (timeline, counts_by_kind)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriTimeline) t = timeline (g, NULL, BRI_PERIOD_MONTH, 0);
  cr_assert_eq (bri_timeline_get_n_kinds (t), 2);
  cr_assert_str_eq (bri_timeline_get_kind_name (t, 0), "met");
  cr_assert_str_eq (bri_timeline_get_kind_name (t, 1), "signed_agreement");
  cr_assert_eq (bri_timeline_get_kind_count (t, 0, 0), 2);
  cr_assert_eq (bri_timeline_get_kind_count (t, 0, 1), 0);
  cr_assert_eq (bri_timeline_get_kind_count (t, 2, 0), 1);
  cr_assert_eq (bri_timeline_get_kind_count (t, 2, 1), 1);
}

Test (timeline, quarters_and_years)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriTimeline) q = timeline (g, NULL, BRI_PERIOD_QUARTER, 0);
  cr_assert_eq (bri_timeline_get_n_periods (q), 2);
  cr_assert_str_eq (bri_timeline_get_period_label (q, 0), "2024-Q1");
  cr_assert_str_eq (bri_timeline_get_period_label (q, 1), "2024-Q2");
  cr_assert_eq (bri_timeline_get_n_relations (q, 0), 4);
  cr_assert_eq (bri_timeline_get_n_active (q, 0), 4);
  cr_assert_eq (bri_timeline_get_n_relations (q, 1), 2);
  cr_assert_eq (bri_timeline_get_n_active (q, 1), 3);
  char buf[BRI_DATE_STRLEN];
  cr_assert_str_eq (bri_date_format (bri_timeline_get_period_end (q, 1), buf), "2024-06-30");

  g_autoptr (BriTimeline) y = timeline (g, NULL, BRI_PERIOD_YEAR, 0);
  cr_assert_eq (bri_timeline_get_n_periods (y), 1);
  cr_assert_str_eq (bri_timeline_get_period_label (y, 0), "2024");
  cr_assert_eq (bri_timeline_get_n_relations (y, 0), 5, "the undated relation is in no period");
}

Test (timeline, top_k_per_period)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriTimeline) t = timeline (g, NULL, BRI_PERIOD_MONTH, 2);
  const BriRanking *jan = bri_timeline_get_top (t, 0);
  cr_assert_eq (bri_ranking_get_n_items (jan), 2);
  cr_assert_str_eq (bri_entity_get_id (bri_ranking_get_entity (jan, 0)), "p");
  cr_assert_eq (bri_ranking_get_score (jan, 0), 2.0);
  cr_assert_str_eq (bri_entity_get_id (bri_ranking_get_entity (jan, 1)), "q", "tie q, r by id");
  const BriRanking *mar = bri_timeline_get_top (t, 2);
  cr_assert_str_eq (bri_entity_get_id (bri_ranking_get_entity (mar, 0)), "q");
}

Test (timeline, window_bounds_the_periods)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  BriDate from = { 2024, 2, 0 }, to = { 2024, 3, 0 };
  bri_filter_set_window (f, from, to);
  g_autoptr (BriTimeline) t = timeline (g, f, BRI_PERIOD_MONTH, 0);
  cr_assert_eq (bri_timeline_get_n_periods (t), 2);
  cr_assert_str_eq (bri_timeline_get_period_label (t, 0), "2024-02");
  cr_assert_eq (bri_timeline_get_n_relations (t, 0), 1);
  /* A quarter clipped by the window holds only the window's part. */
  g_autoptr (BriTimeline) q = timeline (g, f, BRI_PERIOD_QUARTER, 0);
  cr_assert_eq (bri_timeline_get_n_periods (q), 1);
  cr_assert_eq (bri_timeline_get_n_relations (q, 0), 2, "q–s and q–r, not January's");
}

Test (timeline, kinds_filter_and_empty)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_relation_kind (f, "signed_agreement");
  g_autoptr (BriTimeline) t = timeline (g, f, BRI_PERIOD_MONTH, 1);
  cr_assert_eq (bri_timeline_get_n_periods (t), 1);
  cr_assert_str_eq (bri_timeline_get_period_label (t, 0), "2024-03");

  g_autoptr (BriGraph) empty = fx_path (3);
  g_autoptr (BriTimeline) none = timeline (empty, NULL, BRI_PERIOD_YEAR, 3);
  cr_assert_eq (bri_timeline_get_n_periods (none), 0, "no dated relation, no period");
}

Test (timeline, errors)
{
  g_autoptr (BriGraph) g = dated ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  g_autoptr (GError) error = NULL;
  bri_filter_add_relation_kind (f, "mett");
  cr_assert_null (bri_timeline_new (g, f, NULL, BRI_PERIOD_MONTH, BRI_MEASURE_DEGREE,
                                    BRI_WEIGHTS_NONE, 3, &error));
  fx_assert_error (error, BRI_ERROR_NOT_FOUND, "mett");
  g_clear_error (&error);
  g_autoptr (BriFilter) wide = bri_filter_new ();
  BriDate from = { 1, 0, 0 }, to = { 9999, 0, 0 };
  bri_filter_set_window (wide, from, to);
  cr_assert_null (bri_timeline_new (g, wide, NULL, BRI_PERIOD_MONTH, BRI_MEASURE_DEGREE,
                                    BRI_WEIGHTS_NONE, 3, &error));
  fx_assert_error (error, BRI_ERROR_LIMIT, "100000 periods");
}
