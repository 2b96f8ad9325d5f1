/* tools/cmd-export.c — `bri export` and `bri draw`: the graph (or the view
 * the filter options choose) written for other tools — GraphML, GEXF, node-
 * link JSON, DOT, Neo4j and GraphFrames CSV — or drawn with Graphviz,
 * through the export API (bri/export.h). It owns the export and draw
 * options and the one-row summary each command prints on stdout. */
#include "bri-cli.h"

#include <string.h>

static gchar *opt_with;
static gchar *opt_labels;
static gchar *opt_layout;
static gchar *opt_font;
static gboolean opt_bom;
static gboolean opt_no_mixed;

GOptionGroup *
export_option_group (BriCli *cli)
{
  const GOptionEntry entries[] = {
    { "with", 0, 0, G_OPTION_ARG_STRING, &opt_with,
      "export: computed node attributes, e.g. centrality=pagerank,community=louvain",
      "SPEC" },
    { "labels", 0, 0, G_OPTION_ARG_STRING, &opt_labels,
      "export, draw: label language, en (default) or zh", "LANG" },
    { "size-by", 0, 0, G_OPTION_ARG_STRING, &cli->size_by,
      "draw, explore: node size by this centrality (default degree)", "M" },
    { "color-by", 0, 0, G_OPTION_ARG_STRING, &cli->color_by,
      "draw, explore: node colour by community (default) or kind", "WHAT" },
    { "layout", 0, 0, G_OPTION_ARG_STRING, &opt_layout,
      "draw: Graphviz layout engine, sfdp (default), neato, fdp, dot, circo or twopi",
      "ENGINE" },
    { "font", 0, 0, G_OPTION_ARG_STRING, &opt_font,
      "draw: font family of the labels (default WenQuanYi Zen Hei)", "FAMILY" },
    { "bom", 0, 0, G_OPTION_ARG_NONE, &opt_bom,
      "export --format csv: start each file with a UTF-8 byte order mark (Excel)", NULL },
    { "no-mixed", 0, 0, G_OPTION_ARG_NONE, &opt_no_mixed,
      "export --format graphml|gexf|dot: write a view of mixed kinds as an undirected graph, "
      "each edge's direction in its `directed` attribute (networkx 2.8 reads it)", NULL },
    { NULL }
  };
  GOptionGroup *group = g_option_group_new ("export", "Export and draw options:",
                                            "Show the export and draw options", NULL, NULL);
  g_option_group_add_entries (group, entries);
  return group;
}

static gboolean
parse_labels (BriLabels *labels, GError **error)
{
  *labels = BRI_LABELS_EN;
  if (!opt_labels || g_str_equal (opt_labels, "en"))
    return TRUE;
  if (g_str_equal (opt_labels, "zh"))
    {
      *labels = BRI_LABELS_ZH;
      return TRUE;
    }
  g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
               "--labels: unknown language '%s', expected en or zh", opt_labels);
  return FALSE;
}

/* The format: --format, else the extension of -o (.graphml, .gexf, .json,
 * .dot, .gv). */
static gboolean
parse_export_format (const BriCli *cli, BriExportFormat *f, GError **error)
{
  if (cli->format_name)
    {
      if (bri_export_format_from_name (cli->format_name, f))
        return TRUE;
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "--format: unknown export format '%s', expected graphml, gexf, "
                   "json, dot, neo4j, graphframes or csv", cli->format_name);
      return FALSE;
    }
  const char *dot = strrchr (cli->output, '.');
  if (dot && !strchr (dot, '/'))
    {
      if (g_ascii_strcasecmp (dot, ".gv") == 0)
        {
          *f = BRI_EXPORT_DOT;
          return TRUE;
        }
      if (bri_export_format_from_name (dot + 1, f) && !bri_export_format_is_directory (*f))
        return TRUE;
    }
  g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
               "--format is required: '%s' has no graphml, gexf, json or dot extension",
               cli->output);
  return FALSE;
}

/* One summary row: what was written where, and how much. */
static void
print_summary (const BriCli *cli, const char *what, const char *path, guint nodes, guint edges)
{
  if (cli->format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      json_builder_begin_object (b);
      json_member_string (b, "format", what);
      json_member_string (b, "output", path);
      json_member_int (b, "nodes", nodes);
      json_member_int (b, "edges", edges);
      json_builder_end_object (b);
      json_print (b);
      return;
    }
  g_autoptr(Table) t = table_new ("format", "output", "nodes", "edges", NULL);
  g_autofree char *n = g_strdup_printf ("%u", nodes), *e = g_strdup_printf ("%u", edges);
  table_add (t, what, path, n, e);
  table_print (cli, t);
}

int
cmd_export (BriCli *cli, BriGraph *g, int argc, char **argv)
{
  (void) argv;
  if (argc != 0 || !cli->output)
    return cli_fail (EXIT_USAGE, "usage: bri export [--format graphml|gexf|json|dot|neo4j|graphframes|csv] "
                 "-o PATH [--with SPEC] [--bom] [--no-mixed]");
  g_autoptr(GError) error = NULL;
  BriExportFormat f;
  BriLabels labels;
  BriWeights w;
  if (!parse_export_format (cli, &f, &error) || !parse_labels (&labels, &error)
      || !parse_weights (cli, &w, &error))
    return cli_fail_error (error);
  g_autoptr(BriView) view = build_view (cli, g, FALSE, &error);
  if (!view)
    return cli_fail_error (error);
  g_autoptr(BriExportOptions) o = bri_export_options_new ();
  bri_export_options_set_labels (o, labels);
  if (opt_bom && f != BRI_EXPORT_CSV)
    return cli_fail (EXIT_USAGE, "--bom applies to export --format csv only");
  bri_export_options_set_bom (o, opt_bom);
  if (opt_no_mixed && f != BRI_EXPORT_GRAPHML && f != BRI_EXPORT_GEXF && f != BRI_EXPORT_DOT)
    return cli_fail (EXIT_USAGE, "--no-mixed applies to export --format graphml, gexf or dot only");
  bri_export_options_set_mixed (o, !opt_no_mixed);
  if (opt_with)
    {
      progress_begin ("computing %s", opt_with);
      if (!bri_export_options_add_computed (o, view, opt_with, w, (guint64) cli->seed, &error))
        {
          g_prefix_error (&error, "--with: ");
          return cli_fail_error (error);
        }
      progress_end ();
    }
  progress_begin ("writing %s", cli->output);
  /* The view: the entities its relations touch, not the ~250 gazetteer
   * countries no relation names; --keep-isolated keeps every entity the
   * filter admits (the whole graph without --entity-kinds). */
  gboolean ok = bri_view_export (view, f, cli->output, o, &error);
  progress_end ();
  if (!ok)
    return cli_fail_error (error);
  print_summary (cli, bri_export_format_get_name (f), cli->output,
                 bri_view_get_n_entities (view), bri_view_get_n_edges (view));
  return 0;
}

int
cmd_draw (BriCli *cli, BriGraph *g, int argc, char **argv)
{
  (void) argv;
  if (argc != 0 || !cli->output)
    return cli_fail (EXIT_USAGE, "usage: bri draw -o FILE.svg|png [--size-by M] "
                 "[--color-by community|kind] [--labels zh|en] [--layout sfdp|neato|dot]");
  g_autoptr(GError) error = NULL;
  BriLabels labels;
  BriWeights w;
  if (!parse_labels (&labels, &error) || !parse_weights (cli, &w, &error))
    return cli_fail_error (error);
  g_autoptr(BriDrawOptions) o = bri_draw_options_new ();
  bri_draw_options_set_labels (o, labels);
  bri_draw_options_set_seed (o, (guint64) cli->seed);
  if (cli->size_by)
    {
      BriMeasure m;
      if (!bri_measure_from_name (cli->size_by, &m))
        return cli_fail (EXIT_DATA, "--size-by: unknown measure '%s', expected degree, strength, "
                     "betweenness, closeness, harmonic, eigenvector or pagerank", cli->size_by);
      bri_draw_options_set_size_measure (o, m, w);
    }
  if (cli->color_by)
    {
      if (g_str_equal (cli->color_by, "community"))
        bri_draw_options_set_color (o, BRI_DRAW_COLOR_COMMUNITY);
      else if (g_str_equal (cli->color_by, "kind"))
        bri_draw_options_set_color (o, BRI_DRAW_COLOR_KIND);
      else
        return cli_fail (EXIT_DATA, "--color-by: unknown value '%s', expected community or kind",
                     cli->color_by);
    }
  if (opt_layout)
    bri_draw_options_set_layout (o, opt_layout);
  if (opt_font)
    bri_draw_options_set_font (o, opt_font);
  g_autoptr(BriView) view = build_view (cli, g, FALSE, &error);
  if (!view)
    return cli_fail_error (error);
  progress_begin ("drawing %u entities and %u edges", bri_view_get_n_entities (view),
                  bri_view_get_n_edges (view));
  gboolean ok = bri_view_draw (view, cli->output, o, &error);
  progress_end ();
  if (!ok)
    return cli_fail_error (error);
  const char *dot = strrchr (cli->output, '.');
  print_summary (cli, dot ? dot + 1 : "", cli->output, bri_view_get_n_entities (view),
                 bri_view_get_n_edges (view));
  return 0;
}
