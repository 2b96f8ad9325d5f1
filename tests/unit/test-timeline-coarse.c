/* tests/unit/test-timeline-coarse.c — a timeline counts relations dated more
 * coarsely than its period (a year-only date in a month or a quarter) apart
 * from those dated within it, and keeps them in the period's view; values
 * by hand on the small graph below. */
#include "graph-fixtures.h"

TestSuite (timeline_coarse);

/* a — b met 2024-01-15; a — c met "2024" (year only); b — c met 2024-02 to
 * 2024-03 (a span); c — d met 2024-02. */
static BriGraph *
coarse_graph (void)
{
  BriGraph *g = fx_new ();
  fx_ent (g, "a", "person", NULL);
  fx_ent (g, "b", "person", NULL);
  fx_ent (g, "c", "person", NULL);
  fx_ent (g, "d", "person", NULL);
  fx_rel_ex (g, "met", "a", "b", FX (.date = "2024-01-15"));
  fx_rel_ex (g, "met", "a", "c", FX (.date = "2024"));
  fx_rel_ex (g, "met", "b", "c", FX (.date = "2024-02", .end_date = "2024-03"));
  fx_rel_ex (g, "met", "c", "d", FX (.date = "2024-02"));
  return g;
}

static BriTimeline *
timeline (BriGraph *g, BriPeriod period, const char *from, const char *to)
{
  g_autoptr (BriFilter) f = bri_filter_new ();
  BriDate a = BRI_DATE_UNSET, z = BRI_DATE_UNSET;
  if (from)
    cr_assert (bri_date_parse (from, &a, NULL));
  if (to)
    cr_assert (bri_date_parse (to, &z, NULL));
  bri_filter_set_window (f, a, z);
  g_autoptr (GError) error = NULL;
  BriTimeline *t = bri_timeline_new (g, f, NULL, period, BRI_MEASURE_DEGREE,
                                     BRI_WEIGHTS_NONE, 0, &error);
  cr_assert_not_null (t, "%s", error ? error->message : "");
  return t;
}

Test (timeline_coarse, months_count_a_year_only_date_apart)
{
  g_autoptr (BriGraph) g = coarse_graph ();
  g_autoptr (BriTimeline) t = timeline (g, BRI_PERIOD_MONTH, "2024-01", "2024-04");
  cr_assert_eq (bri_timeline_get_n_periods (t), 4);
  /* Jan: a–b; Feb: b–c (span), c–d; Mar: b–c; Apr: none. a–c ("2024") is
   * coarse in every month. */
  guint relations[] = { 1, 2, 1, 0 };
  /* Active: Jan a b c; Feb a b c d; Mar a b c; Apr a c (a–c alone). */
  guint active[] = { 3, 4, 3, 2 };
  for (guint i = 0; i < 4; i++)
    {
      cr_assert_eq (bri_timeline_get_n_relations (t, i), relations[i], "period %u", i);
      cr_assert_eq (bri_timeline_get_n_coarse (t, i), 1, "period %u", i);
      cr_assert_eq (bri_timeline_get_n_active (t, i), active[i], "period %u", i);
    }
  /* a–c is coarse in four months but one relation. */
  cr_assert_eq (bri_timeline_get_n_coarse_total (t), 1);
  /* The kind counts hold the precise relations only. */
  cr_assert_eq (bri_timeline_get_n_kinds (t), 1);
  cr_assert_eq (bri_timeline_get_kind_count (t, 3, 0), 0);
  cr_assert_eq (bri_timeline_get_kind_count (t, 1, 0), 2);
}

Test (timeline_coarse, a_month_is_inside_its_quarter_and_a_year_inside_its_year)
{
  g_autoptr (BriGraph) g = coarse_graph ();
  g_autoptr (BriTimeline) q = timeline (g, BRI_PERIOD_QUARTER, NULL, NULL);
  cr_assert_eq (bri_timeline_get_n_periods (q), 4);
  /* Q1: a–b, b–c, c–d precise; a–c coarse. Q2–Q4: only a–c, coarse. */
  cr_assert_eq (bri_timeline_get_n_relations (q, 0), 3);
  cr_assert_eq (bri_timeline_get_n_coarse (q, 0), 1);
  cr_assert_eq (bri_timeline_get_n_relations (q, 1), 0);
  cr_assert_eq (bri_timeline_get_n_coarse (q, 1), 1);
  cr_assert_eq (bri_timeline_get_n_coarse_total (q), 1);

  g_autoptr (BriTimeline) y = timeline (g, BRI_PERIOD_YEAR, NULL, NULL);
  cr_assert_eq (bri_timeline_get_n_periods (y), 1);
  cr_assert_eq (bri_timeline_get_n_relations (y, 0), 4);
  cr_assert_eq (bri_timeline_get_n_coarse (y, 0), 0);
  cr_assert_eq (bri_timeline_get_n_coarse_total (y), 0);
}

/* Two year-only relations and a month-only one, by month and by day-less
 * quarter: the total counts distinct relations, whatever the periods. */
Test (timeline_coarse, the_total_counts_each_coarse_relation_once)
{
  g_autoptr (BriGraph) g = coarse_graph ();
  fx_rel_ex (g, "met", "b", "d", FX (.date = "2024"));
  fx_rel_ex (g, "met", "a", "d", FX (.date = "2025"));
  g_autoptr (BriTimeline) m = timeline (g, BRI_PERIOD_MONTH, NULL, NULL);
  cr_assert_eq (bri_timeline_get_n_periods (m), 24);
  cr_assert_eq (bri_timeline_get_n_coarse (m, 0), 2);
  cr_assert_eq (bri_timeline_get_n_coarse (m, 12), 1);
  cr_assert_eq (bri_timeline_get_n_coarse_total (m), 3);
  g_autoptr (BriTimeline) q = timeline (g, BRI_PERIOD_QUARTER, "2024-01", "2024-06");
  cr_assert_eq (bri_timeline_get_n_periods (q), 2);
  cr_assert_eq (bri_timeline_get_n_coarse_total (q), 2);
}
