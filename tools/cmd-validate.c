/* tools/cmd-validate.c — `bri validate DIR…`: every problem of data set
 * directories, one `FILE:LINE:COL: message` per line (or CSV, JSON), each
 * directory checked against the ones before it. */
#include "bri-cli.h"

/* validate DIR…: every problem, one per line, FILE:LINE:COL: message with
 * FILE the path as the user typed it (DIR/entities.csv), so it can be
 * opened from where the command ran; exit 1 if any is an error. Each DIR
 * is checked against the bundled data (--bundled, --no-bundled), the
 * --data sets and the DIRs before it (each added once it is clean), so
 * `bri validate mydata` checks references to the gazetteer's countries;
 * a DIR that is itself one of those is checked against the ones before it
 * only (`bri validate data/bri`: the gazetteer and the bulletins). A DIR
 * laid out like the bundled data (gazetteer/, seeds/, bri/) stands for its
 * three parts, in that order. */
int
cmd_validate (BriCli *cli, int argc, char **argv)
{
  if (argc < 1)
    return cli_fail (EXIT_USAGE, "usage: bri validate DIR…");
  g_autoptr(GPtrArray) dirs = g_ptr_array_new_with_free_func (g_free);
  for (int i = 0; i < argc; i++)
    {
      if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        return cli_fail (EXIT_DATA, "%s: not a directory", argv[i]);
      add_data_dir (dirs, argv[i]);
    }
  /* The base: what `bri --data DIR` would load under DIR, up to the first
   * DIR among them. */
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) base_dirs = data_dirs (cli, NULL, dirs, &error);
  if (!base_dirs)
    return cli_fail_error (error);
  g_autoptr(BriGraph) base = load_dirs (base_dirs, &error);
  if (!base)
    return cli_fail_error (error);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) bri_problem_free);
  for (guint d = 0; d < dirs->len; d++)
    {
      progress_begin ("checking %s", (char *) dirs->pdata[d]);
      g_autoptr(GPtrArray) some = bri_dir_check (base, dirs->pdata[d]);
      gboolean clean = TRUE;
      for (guint i = 0; i < some->len; i++)
        {
          if (bri_problem_get_severity (some->pdata[i]) == BRI_PROBLEM_ERROR)
            clean = FALSE;
          g_ptr_array_add (problems, g_steal_pointer (&some->pdata[i]));
        }
      g_ptr_array_set_free_func (some, NULL);
      /* The next directories may refer to this one. */
      if (clean && d + 1 < dirs->len)
        bri_graph_load_dir (base, dirs->pdata[d], NULL);
    }
  progress_end ();
  gboolean errors = FALSE;
  for (guint i = 0; i < problems->len; i++)
    if (bri_problem_get_severity (problems->pdata[i]) == BRI_PROBLEM_ERROR)
      errors = TRUE;
  if (cli->format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      json_builder_begin_array (b);
      for (guint i = 0; i < problems->len; i++)
        {
          const BriProblem *p = problems->pdata[i];
          json_builder_begin_object (b);
          json_member_string (b, "file", bri_problem_get_file (p));
          json_member_int (b, "line", bri_problem_get_line (p));
          json_member_int (b, "column", bri_problem_get_column (p));
          json_member_string (b, "severity",
                              bri_problem_get_severity (p) == BRI_PROBLEM_ERROR ? "error" : "warning");
          json_member_int (b, "code", bri_problem_get_code (p));
          json_member_string (b, "message", bri_problem_get_message (p));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_print (b);
    }
  else if (cli->format == FMT_CSV)
    {
      g_autoptr(Table) t = table_new ("file", "line", "column", "severity", "message", NULL);
      for (guint i = 0; i < problems->len; i++)
        {
          const BriProblem *p = problems->pdata[i];
          g_autofree char *l = g_strdup_printf ("%u", bri_problem_get_line (p));
          g_autofree char *c = g_strdup_printf ("%u", bri_problem_get_column (p));
          table_add (t, bri_problem_get_file (p), l, c,
                     bri_problem_get_severity (p) == BRI_PROBLEM_ERROR ? "error" : "warning",
                     bri_problem_get_message (p));
        }
      table_print (cli, t);
    }
  else
    for (guint i = 0; i < problems->len; i++)
      {
        g_autofree char *s = bri_problem_to_string (problems->pdata[i]);
        puts (s);
      }
  return errors ? EXIT_DATA : 0;
}
