/* tools/cmd-import.c — `bri import aiddata FILE -o DIR` and `bri import
 * gdelt FILE… -o DIR`: the importers of bri/import.h, resolved against the
 * --data sets (the bundled gazetteer by default). It owns the import
 * options and the summary printed on stdout (problems go to stderr). */
#include "bri-cli.h"

static gboolean opt_skip_bad_rows;
static gboolean opt_keep_non_aggregates;
static gchar *opt_cameo;
static gchar *opt_gdelt_version;

GOptionGroup *
import_option_group (BriCli *cli G_GNUC_UNUSED)
{
  const GOptionEntry entries[] = {
    { "skip-bad-rows", 0, 0, G_OPTION_ARG_NONE, &opt_skip_bad_rows,
      "import: report bad rows and skip them (counted) instead of failing", NULL },
    { "keep-non-aggregates", 0, 0, G_OPTION_ARG_NONE, &opt_keep_non_aggregates,
      "import aiddata: also import the rows AidData recommends not to aggregate "
      "(pledges, umbrella agreements; default: left out)", NULL },
    { "cameo", 0, 0, G_OPTION_ARG_STRING, &opt_cameo,
      "import gdelt: the CAMEO codes or prefixes to keep (default 04,05,06)", "LIST" },
    { "gdelt-version", 0, 0, G_OPTION_ARG_STRING, &opt_gdelt_version,
      "import gdelt: 2 (61 fields), 1 (57/58) or auto (default: by field count)", "V" },
    { NULL }
  };
  GOptionGroup *group = g_option_group_new ("import", "Import options:",
                                            "Show the import options", NULL, NULL);
  g_option_group_add_entries (group, entries);
  return group;
}

int
cmd_import (BriCli *cli, BriGraph *graph, int argc, char **argv)
{
  if (argc < 2 || !cli->output
      || !(g_str_equal (argv[0], "aiddata") || g_str_equal (argv[0], "gdelt"))
      || (g_str_equal (argv[0], "aiddata") && argc != 2))
    return cli_fail (EXIT_USAGE, "usage: bri import aiddata FILE -o DIR | "
                 "bri import gdelt FILE… -o DIR");
  g_autoptr(GError) error = NULL;
  g_autoptr(BriImportOptions) options = bri_import_options_new ();
  bri_import_options_set_skip_bad_rows (options, opt_skip_bad_rows);
  bri_import_options_set_keep_non_aggregates (options, opt_keep_non_aggregates);
  if (opt_cameo && !bri_import_options_set_cameo (options, opt_cameo, &error))
    {
      g_prefix_error (&error, "--cameo: ");
      return cli_fail_error (error);
    }
  if (opt_gdelt_version)
    {
      if (g_str_equal (opt_gdelt_version, "1"))
        bri_import_options_set_gdelt_version (options, BRI_GDELT_V1);
      else if (g_str_equal (opt_gdelt_version, "2"))
        bri_import_options_set_gdelt_version (options, BRI_GDELT_V2);
      else if (!g_str_equal (opt_gdelt_version, "auto"))
        return cli_fail (EXIT_USAGE, "--gdelt-version: '%s', expected 1, 2 or auto",
                     opt_gdelt_version);
    }
  const char *env = g_getenv ("BRI_DATA");
  if (!(env && *env))
    {
      g_autofree char *dir = g_build_filename (bundled_dir (), "import", NULL);
      bri_import_options_set_mapping_dir (options, dir);
    }
  progress_begin ("importing into %s", cli->output);
  g_autoptr(BriImportReport) report = NULL;
  if (g_str_equal (argv[0], "aiddata"))
    report = bri_import_aiddata (graph, argv[1], cli->output, options, &error);
  else
    report = bri_import_gdelt (graph, (const char *const *) argv + 1, cli->output,
                               options, &error);
  progress_end ();
  if (!report)
    return cli_fail_error (error);
  for (guint i = 0; i < bri_import_report_get_n_problems (report); i++)
    fprintf (stderr, "bri: %s\n", bri_import_report_get_problem (report, i));
  char *row[8] = {
    g_strdup (cli->output),
    g_strdup_printf ("%u", bri_import_report_get_n_rows (report)),
    g_strdup_printf ("%u", bri_import_report_get_n_relations (report)),
    g_strdup_printf ("%u", bri_import_report_get_n_merged (report)),
    g_strdup_printf ("%u", bri_import_report_get_n_entities (report)),
    g_strdup_printf ("%u", bri_import_report_get_n_filtered (report)),
    g_strdup_printf ("%u", bri_import_report_get_n_skipped (report)),
    NULL,
  };
  /* One list of names for the table's columns and the JSON members. */
  static const char *const names[] = { "output", "rows", "relations", "merged",
                                       "entities", "filtered", "skipped" };
  if (cli->format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) jb = json_builder_new ();
      json_builder_begin_object (jb);
      json_member_string (jb, names[0], row[0]);
      for (guint i = 1; i < 7; i++)
        json_member_int (jb, names[i], g_ascii_strtoll (row[i], NULL, 10));
      json_builder_end_object (jb);
      json_print (jb);
      for (guint i = 0; i < 7; i++)
        g_free (row[i]);
      return 0;
    }
  g_autoptr(Table) t = table_new (names[0], names[1], names[2], names[3], names[4],
                                  names[5], names[6], NULL);
  table_add_v (t, g_strdupv (row));
  for (guint i = 0; i < 7; i++)
    g_free (row[i]);
  table_print (cli, t);
  return 0;
}
