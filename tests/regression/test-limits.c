/* tests/regression/test-limits.c — the limits of docs/limits.md that the
 * unit tests check only on one side: an id of exactly BRI_MAX_ID_BYTES
 * loads from a CSV file and one byte more fails with a located
 * BRI_ERROR_LIMIT; bri_dir_check() lists at most BRI_MAX_PROBLEMS. */
#include "../unit/test-util.h"

TestSuite (limits);

Test (limits, id_length_is_inclusive)
{
  g_autofree char *tmp = test_tmpdir ();
  g_autofree char *id = g_strnfill (BRI_MAX_ID_BYTES, 'x');
  g_autofree char *ok = g_strdup_printf ("id,kind,name\n%s,city,X\n", id);
  test_write (tmp, "entities.csv", ok);
  g_autoptr (BriGraph) g = bri_graph_new ();
  g_autoptr (GError) error = NULL;
  cr_expect (bri_graph_load_dir (g, tmp, &error), "at the limit: %s",
             error ? error->message : "");
  cr_expect_not_null (bri_graph_lookup_entity (g, id));

  g_autofree char *over = g_strdup_printf ("id,kind,name\nx%s,city,X\n", id);
  test_write (tmp, "entities.csv", over);
  g_autoptr (BriGraph) g2 = bri_graph_new ();
  cr_expect_not (bri_graph_load_dir (g2, tmp, &error));
  cr_expect (g_error_matches (error, BRI_ERROR, BRI_ERROR_LIMIT), "%s",
             error ? error->message : "");
  cr_expect (error && strstr (error->message, "entities.csv:2:1: "), "%s",
             error ? error->message : "");
  cr_expect_eq (bri_graph_get_n_entities (g2), 0);
  test_rm_rf (tmp);
}

Test (limits, check_stops_at_max_problems)
{
  g_autofree char *tmp = test_tmpdir ();
  g_autoptr (GString) csv = g_string_new ("id,kind,name\n");
  for (guint i = 0; i < BRI_MAX_PROBLEMS + 10; i++)
    g_string_append_printf (csv, "bad id %u,city,X\n", i);  /* space in id */
  test_write (tmp, "entities.csv", csv->str);
  g_autoptr (GPtrArray) problems = bri_dir_check (NULL, tmp);
  cr_expect_eq (problems->len, BRI_MAX_PROBLEMS);
  const BriProblem *last = g_ptr_array_index (problems, problems->len - 1);
  cr_expect_eq (bri_problem_get_line (last), BRI_MAX_PROBLEMS + 1);
  test_rm_rf (tmp);
}
