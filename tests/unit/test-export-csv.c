/* tests/unit/test-export-csv.c — the spreadsheet export (BRI_EXPORT_CSV):
 * nodes.csv and edges.csv with one row per relation in its own direction,
 * and the optional UTF-8 byte order mark; values by hand on fx_freight(). */
#include "graph-fixtures.h"

#include <glib/gstdio.h>

TestSuite (export_csv);

static char *
read_file (const char *dir, const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char *text = NULL;
  cr_assert (g_file_get_contents (path, &text, NULL, NULL), "%s", path);
  return text;
}

static void
remove_dir (const char *dir)
{
  for (const char *const *n = (const char *const[]){ "nodes.csv", "edges.csv", NULL }; *n; n++)
    {
      g_autofree char *p = g_build_filename (dir, *n, NULL);
      g_unlink (p);
    }
  g_rmdir (dir);
}

Test (export_csv, one_row_per_relation_with_evidence)
{
  g_autoptr (BriGraph) g = fx_freight ();
  /* Rolled up to provinces (Almaty has none), Urumqi → Almaty keeps its
   * own ends in from/to. */
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_rollup (o, "province");
  g_autoptr (BriView) v = fx_view (g, NULL, o);
  g_autofree char *dir = g_dir_make_tmp ("bri-csv-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "sheet", NULL);
  g_autoptr (GError) error = NULL;
  cr_assert (bri_export_format_is_directory (BRI_EXPORT_CSV));
  cr_assert (bri_view_export (v, BRI_EXPORT_CSV, out, NULL, &error), "%s",
             error ? error->message : "");
  g_autofree char *edges = read_file (out, "edges.csv");
  g_autofree char *nodes = read_file (out, "nodes.csv");
  cr_assert (g_str_has_prefix (edges, "edge_source,edge_target,kind,from,to,date,"));
  g_auto (GStrv) lines = g_strsplit (edges, "\n", -1);
  /* Header, five relations, the empty string after the last newline. */
  cr_assert_eq (g_strv_length (lines), 7);
  cr_assert (strstr (edges, "province:CN-XJ,city:almaty,freight_corridor,city:urumqi,"
                            "city:almaty,2024-03,,,,port:khorgos,,,,s2,"
                            "urumqi-almaty via khorgos,true,true\n") != NULL, "%s", edges);
  cr_assert (g_str_has_prefix (nodes, "id,"));
  remove_dir (out);
  g_rmdir (dir);
}

Test (export_csv, the_bom_is_asked_for)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (BriExportOptions) o = bri_export_options_new ();
  cr_assert_not (bri_export_options_get_bom (o));
  bri_export_options_set_bom (o, TRUE);
  g_autoptr (BriExportOptions) copy = bri_export_options_copy (o);
  cr_assert (bri_export_options_get_bom (copy));
  g_autofree char *dir = g_dir_make_tmp ("bri-csv-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "sheet", NULL);
  g_autoptr (GError) error = NULL;
  cr_assert (bri_view_export (v, BRI_EXPORT_CSV, out, copy, &error));
  g_autofree char *edges = read_file (out, "edges.csv");
  g_autofree char *nodes = read_file (out, "nodes.csv");
  cr_assert (g_str_has_prefix (edges, "\xEF\xBB\xBF" "edge_source,"));
  cr_assert (g_str_has_prefix (nodes, "\xEF\xBB\xBF" "id,"));
  remove_dir (out);
  g_rmdir (dir);
}
