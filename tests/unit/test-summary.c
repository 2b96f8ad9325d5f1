/* tests/unit/test-summary.c — bri_graph_summarize(): the counts of
 * tests/data/csv/valid/basic computed by hand, an empty graph, undated
 * relations, and a summary that outlives its graph. */
#include "config.h"

#include "test-util.h"

static BriGraph *
load_basic (void)
{
  g_autofree char *dir = test_data_path ("csv/valid/basic");
  BriGraph *g = bri_graph_new ();
  g_autoptr (GError) error = NULL;
  cr_assert (bri_graph_load_dir (g, dir, &error), "%s", error ? error->message : "");
  return g;
}

static void
expect_date (BriDate d, int year, int month, int day)
{
  cr_expect_eq (d.year, year);
  cr_expect_eq (d.month, month);
  cr_expect_eq (d.day, day);
}

Test (summary, counts_of_the_basic_data_set)
{
  g_autoptr (BriGraph) g = load_basic ();
  g_autoptr (BriGraphSummary) s = bri_graph_summarize (g);
  cr_expect_eq (bri_graph_summary_get_n_entities (s), 5);
  cr_expect_eq (bri_graph_summary_get_n_relations (s), 3);
  cr_expect_eq (bri_graph_summary_get_n_sources (s), 1);
  /* 2 countries, 1 province, 1 port, 1 city; by name. */
  const char *ek[] = { "city", "country", "port", "province" };
  const guint en[] = { 1, 2, 1, 1 };
  cr_assert_eq (bri_graph_summary_get_n_entity_kinds (s), G_N_ELEMENTS (ek));
  for (guint i = 0; i < G_N_ELEMENTS (ek); i++)
    {
      cr_expect_str_eq (bri_graph_summary_get_entity_kind (s, i), ek[i]);
      cr_expect_eq (bri_graph_summary_get_entity_kind_count (s, i), en[i], "%s", ek[i]);
    }
  const char *rk[] = { "freight_corridor", "met", "signed_agreement" };
  cr_assert_eq (bri_graph_summary_get_n_relation_kinds (s), G_N_ELEMENTS (rk));
  for (guint i = 0; i < G_N_ELEMENTS (rk); i++)
    {
      cr_expect_str_eq (bri_graph_summary_get_relation_kind (s, i), rk[i]);
      cr_expect_eq (bri_graph_summary_get_relation_kind_count (s, i), 1);
    }
  /* Dates 2024-06, 2024-06-25..2024-06-27 and 2024: the year 2024 spans
   * them all, first to last day. */
  expect_date (bri_graph_summary_get_first_date (s), 2024, 1, 1);
  expect_date (bri_graph_summary_get_last_date (s), 2024, 12, 31);
  cr_expect_eq (bri_graph_summary_get_n_undated (s), 0);
  /* b1 backs the corridor and the agreement; `met` has no source. */
  cr_expect_str_eq (bri_graph_summary_get_source_id (s, 0), "b1");
  cr_expect_eq (bri_graph_summary_get_source_n_relations (s, 0), 2);
}

Test (summary, an_empty_graph)
{
  g_autoptr (BriGraph) g = bri_graph_new ();
  g_autoptr (BriGraphSummary) s = bri_graph_summarize (g);
  cr_expect_eq (bri_graph_summary_get_n_entities (s), 0);
  cr_expect_eq (bri_graph_summary_get_n_relations (s), 0);
  cr_expect_eq (bri_graph_summary_get_n_sources (s), 0);
  cr_expect_eq (bri_graph_summary_get_n_entity_kinds (s), 0);
  cr_expect_eq (bri_graph_summary_get_n_relation_kinds (s), 0);
  cr_expect_eq (bri_graph_summary_get_n_undated (s), 0);
  cr_expect_not (bri_date_is_set (bri_graph_summary_get_first_date (s)));
  cr_expect_not (bri_date_is_set (bri_graph_summary_get_last_date (s)));
  bri_graph_summary_free (NULL);
}

Test (summary, undated_relations_and_month_spans)
{
  g_autofree char *tmp = test_tmpdir ();
  test_write (tmp, "entities.csv", "id,kind,name\ncountry:CN,country,China\n"
                                   "country:KZ,country,Kazakhstan\n");
  test_write (tmp, "relations.csv", "kind,from,to,date,end_date\n"
                                    "met,country:CN,country:KZ,2023-02,\n"
                                    "met,country:KZ,country:CN,,\n"
                                    "signed_agreement,country:CN,country:KZ,2023-03-05,2023-04\n"
                                    "met,country:CN,country:KZ,,\n");
  g_autoptr (BriGraph) g = bri_graph_new ();
  g_autoptr (GError) error = NULL;
  cr_assert (bri_graph_load_dir (g, tmp, &error), "%s", error ? error->message : "");
  g_autoptr (BriGraphSummary) s = bri_graph_summarize (g);
  cr_expect_eq (bri_graph_summary_get_n_undated (s), 2);
  expect_date (bri_graph_summary_get_first_date (s), 2023, 2, 1);
  expect_date (bri_graph_summary_get_last_date (s), 2023, 4, 30);
  cr_assert_eq (bri_graph_summary_get_n_relation_kinds (s), 2);
  cr_expect_str_eq (bri_graph_summary_get_relation_kind (s, 0), "met");
  cr_expect_eq (bri_graph_summary_get_relation_kind_count (s, 0), 3);
  cr_expect_eq (bri_graph_summary_get_relation_kind_count (s, 1), 1);
  test_rm_rf (tmp);
}

Test (summary, outlives_its_graph)
{
  BriGraph *g = load_basic ();
  g_autoptr (BriGraphSummary) s = bri_graph_summarize (g);
  bri_graph_unref (g);
  cr_expect_str_eq (bri_graph_summary_get_entity_kind (s, 3), "province");
  cr_expect_str_eq (bri_graph_summary_get_relation_kind (s, 2), "signed_agreement");
  cr_expect_str_eq (bri_graph_summary_get_source_id (s, 0), "b1");
}
