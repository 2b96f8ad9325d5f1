/* tests/extract/extract-driver.c — runs the extractor over files and saves
 * relations.csv and candidates.csv, for tools/score-extract.py and the
 * script-conversion test (until `bri extract` exists).
 *
 * usage: extract-driver [--against] DATA_ROOT OUT_DIR FILE...
 * DATA_ROOT holds gazetteer/, seeds/, bri/ and rules/extract-rules.csv.
 * With --against, the proposals are compared with the graph they were
 * extracted with (bri_extract_result_compare) and relations.csv gets the
 * status columns; the counts go to stdout. */
#include <stdio.h>
#include <bri/bri.h>

static int
run (const char **dirs, const char *rules, const char *out, char **files,
     gboolean against, GError **error)
{
  g_autoptr (BriGraph) graph = bri_graph_new_from_dirs (dirs, error);
  if (!graph)
    return 1;
  g_autoptr (BriExtractor) ex = bri_extractor_new (graph, rules, error);
  if (!ex)
    return 1;
  g_autoptr (BriExtractResult) all = bri_extract_result_new ();
  for (; *files; files++)
    {
      g_autoptr (BriExtractResult) r = bri_extract_file (ex, *files, BRI_DATE_UNSET,
                                                         NULL, error);
      if (!r)
        return 1;
      bri_extract_result_merge (all, r);
    }
  if (!against)
    return bri_extract_result_save (all, out, error) ? 0 : 1;
  g_autoptr (BriExtractComparison) cmp = bri_extract_result_compare (all, graph);
  printf ("new %u present %u conflicting %u\n",
          bri_extract_comparison_count (cmp, BRI_EXTRACT_STATUS_NEW),
          bri_extract_comparison_count (cmp, BRI_EXTRACT_STATUS_PRESENT),
          bri_extract_comparison_count (cmp, BRI_EXTRACT_STATUS_CONFLICTING));
  return bri_extract_comparison_save (cmp, all, out, error) ? 0 : 1;
}

int
main (int argc, char **argv)
{
  gboolean against = argc > 1 && g_str_equal (argv[1], "--against");
  if (against)
    {
      argv++;
      argc--;
    }
  if (argc < 4)
    {
      fprintf (stderr, "usage: %s [--against] DATA_ROOT OUT_DIR FILE...\n", argv[0]);
      return 2;
    }
  g_autofree char *gaz = g_build_filename (argv[1], "gazetteer", NULL);
  g_autofree char *seeds = g_build_filename (argv[1], "seeds", NULL);
  g_autofree char *bri = g_build_filename (argv[1], "bri", NULL);
  g_autofree char *rules = g_build_filename (argv[1], "rules", "extract-rules.csv", NULL);
  const char *dirs[] = { gaz, seeds, bri, NULL };
  GError *error = NULL;
  int status = run (dirs, rules, argv[2], argv + 3, against, &error);
  if (status)
    {
      fprintf (stderr, "%s\n", error->message);
      g_error_free (error);
    }
  return status;
}
