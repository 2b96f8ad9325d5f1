/* tools/cmd-extract.c — `bri extract FILE… -o DIR`: proposes the relations
 * that bulletins state (Traditional or Simplified Chinese), each with its
 * verbatim evidence, and the entity-like names that match nothing, through
 * the extraction API (bri/extract.h); with --against DIR, each proposal is
 * also classified as new, present or conflicting against the data. It owns
 * the extract options, the choice of the rules file and the summary printed
 * on stdout. */
#include "bri-cli.h"

#include <errno.h>
#include <string.h>

static gchar *opt_doc_date;
static gchar *opt_rules;

GOptionGroup *
extract_option_group (BriCli *cli)
{
  const GOptionEntry entries[] = {
    { "doc-date", 0, 0, G_OPTION_ARG_STRING, &opt_doc_date,
      "extract: the documents' date or period, against which 6月1日, 本月 and "
      "今年 resolve (default: the date of the source whose file it is)", "DATE" },
    { "against", 0, 0, G_OPTION_ARG_FILENAME, &cli->against,
      "extract: compare the proposals with the data set in DIR (loaded with the "
      "--data sets): new, present or conflicting", "DIR" },
    { "rules", 0, 0, G_OPTION_ARG_FILENAME, &opt_rules,
      "extract: the relation rules (default: rules/extract-rules.csv of the "
      "bundled data)", "FILE" },
    { NULL }
  };
  GOptionGroup *group = g_option_group_new ("extract", "Extract options:",
                                            "Show the extract options", NULL, NULL);
  g_option_group_add_entries (group, entries);
  return group;
}

/* The rules file: --rules, else $BRI_DATA's (the library's own default),
 * else the bundled data's, so an uninstalled `bri` finds the rules of its
 * source tree. */
static char *
rules_path (void)
{
  if (opt_rules)
    return g_strdup (opt_rules);
  const char *env = g_getenv ("BRI_DATA");
  if (env && *env)
    return NULL;
  char *p = g_build_filename (bundled_dir (), "rules", "extract-rules.csv", NULL);
  if (g_file_test (p, G_FILE_TEST_IS_REGULAR))
    return p;
  g_free (p);
  return NULL;
}

static const BriExtractStatus statuses[] = {
  BRI_EXTRACT_STATUS_NEW, BRI_EXTRACT_STATUS_PRESENT, BRI_EXTRACT_STATUS_CONFLICTING
};

static void
add_status_counts (JsonBuilder *jb, const BriExtractComparison *cmp)
{
  for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
    json_member_int (jb, bri_extract_status_to_string (statuses[s]),
                     bri_extract_comparison_count (cmp, statuses[s]));
}

/* A summary row: file, relations, candidates, and with a comparison the
 * numbers of new, present and conflicting proposals. */
static char **
summary_row (const char *file, guint nr, guint nc, const BriExtractComparison *cmp)
{
  GPtrArray *row = g_ptr_array_new ();
  g_ptr_array_add (row, g_strdup (file));
  g_ptr_array_add (row, g_strdup_printf ("%u", nr));
  g_ptr_array_add (row, g_strdup_printf ("%u", nc));
  for (guint s = 0; cmp && s < G_N_ELEMENTS (statuses); s++)
    g_ptr_array_add (row, g_strdup_printf ("%u", bri_extract_comparison_count (cmp, statuses[s])));
  g_ptr_array_add (row, NULL);
  return (char **) g_ptr_array_free (row, FALSE);
}

/* Extracts from @path, or from standard input when @path is "-". */
static BriExtractResult *
extract_one (const BriExtractor *ex, const char *path, BriDate doc_date,
             const char *source, GError **error)
{
  if (!g_str_equal (path, "-"))
    return bri_extract_file (ex, path, doc_date, source, error);
  GString *text = g_string_new (NULL);
  char buf[65536];
  size_t n;
  while ((n = fread (buf, 1, sizeof buf, stdin)) > 0)
    g_string_append_len (text, buf, n);
  if (ferror (stdin))
    {
      g_string_free (text, TRUE);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO, "<stdin>: read error");
      return NULL;
    }
  BriExtractResult *r = bri_extract_text (ex, text->str, text->len, doc_date, source, error);
  g_string_free (text, TRUE);
  /* The library names the text <text>; here it is standard input. */
  if (!r && error && *error && g_str_has_prefix ((*error)->message, "<text>:"))
    {
      char *m = g_strconcat ("<stdin>:", (*error)->message + strlen ("<text>:"), NULL);
      g_free ((*error)->message);
      (*error)->message = m;
    }
  return r;
}

int
cmd_extract (BriCli *cli, BriGraph *g, int argc, char **argv)
{
  if (argc < 1 || !cli->output)
    return cli_fail (EXIT_USAGE, "usage: bri extract FILE… [--doc-date DATE] [--source ID] "
                 "[--against DIR] -o DIR");
  int n_stdin = 0;
  for (int i = 0; i < argc; i++)
    n_stdin += g_str_equal (argv[i], "-");
  if (n_stdin > 1)
    return cli_fail (EXIT_USAGE, "extract: standard input (-) can be read once");
  g_autoptr(GError) error = NULL;

  BriDate doc_date = BRI_DATE_UNSET;
  if (opt_doc_date && !bri_date_parse (opt_doc_date, &doc_date, &error))
    {
      g_prefix_error (&error, "--doc-date: ");
      return cli_fail_error (error);
    }
  const char *source = NULL;
  if (cli->source && cli->source[0])
    {
      if (cli->source[1] || strchr (cli->source[0], ','))
        return cli_fail (EXIT_DATA, "--source: extract takes one source id");
      source = cli->source[0];
      if (!*source)
        return cli_fail (EXIT_DATA, "--source: empty source id");
    }

  g_autofree char *rules = rules_path ();
  g_autoptr(BriExtractor) ex = bri_extractor_new (g, rules, &error);
  if (!ex)
    return cli_fail_error (error);

  g_autoptr(BriExtractResult) all = bri_extract_result_new ();
  static const char *const head[] = { "file", "relations", "candidates",
                                      "new", "present", "conflicting" };
  g_autoptr(Table) t = table_new_v (cli->against ? 6 : 3, head);
  g_autoptr(JsonBuilder) jb = json_builder_new ();
  json_builder_begin_object (jb);
  json_member_string (jb, "output", cli->output);
  json_builder_set_member_name (jb, "files");
  json_builder_begin_array (jb);
  for (int i = 0; i < argc; i++)
    {
      progress_begin ("extracting %s (%d/%d)", argv[i], i + 1, argc);
      g_autoptr(BriExtractResult) one = extract_one (ex, argv[i], doc_date, source, &error);
      if (!one)
        return cli_fail_error (error);
      bri_extract_result_merge (all, one);
      guint nr = bri_extract_result_get_n_relations (one);
      guint nc = bri_extract_result_get_n_candidates (one);
      json_builder_begin_object (jb);
      json_member_string (jb, "file", argv[i]);
      json_member_int (jb, "relations", nr);
      json_member_int (jb, "candidates", nc);
      g_autoptr(BriExtractComparison) cmp = NULL;
      if (cli->against)
        {
          cmp = bri_extract_result_compare (one, g);
          add_status_counts (jb, cmp);
        }
      json_builder_end_object (jb);
      table_add_v (t, summary_row (argv[i], nr, nc, cmp));
    }
  json_builder_end_array (jb);
  /* The directory is made only once every file has been read, so a
   * failed run leaves nothing behind. */
  if (g_mkdir_with_parents (cli->output, 0777) != 0)
    {
      int e = errno;
      return cli_fail (EXIT_DATA, "%s: %s", cli->output, g_strerror (e));
    }
  if (!g_file_test (cli->output, G_FILE_TEST_IS_DIR))
    return cli_fail (EXIT_DATA, "%s: not a directory", cli->output);
  progress_begin ("writing %s", cli->output);
  g_autoptr(BriExtractComparison) cmp = NULL;
  gboolean ok;
  if (cli->against)
    {
      cmp = bri_extract_result_compare (all, g);
      ok = bri_extract_comparison_save (cmp, all, cli->output, &error);
    }
  else
    ok = bri_extract_result_save (all, cli->output, &error);
  if (!ok)
    return cli_fail_error (error);
  progress_end ();

  guint nr = bri_extract_result_get_n_relations (all);
  guint nc = bri_extract_result_get_n_candidates (all);
  if (cli->format == FMT_JSON)
    {
      json_member_int (jb, "relations", nr);
      json_member_int (jb, "candidates", nc);
      if (cmp)
        add_status_counts (jb, cmp);
      json_builder_end_object (jb);
      json_print (jb);
      return 0;
    }
  if (argc > 1 && cli->format == FMT_TABLE)
    table_add_v (t, summary_row ("total", nr, nc, cmp));
  table_print (cli, t);
  return 0;
}
