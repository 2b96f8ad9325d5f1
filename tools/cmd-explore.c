/* tools/cmd-explore.c — `bri explore` (the interactive page of a view) and
 * `bri timeline --chart` (the timeline drawn as a chart): both assemble
 * what the library draws (bri/explore.h), with a title and a caption
 * naming the data and the filters. */
#include "bri-cli.h"

#include <string.h>

static gchar *opt_chart;
static gchar *opt_title;

GOptionGroup *
explore_option_group (BriCli *cli G_GNUC_UNUSED)
{
  const GOptionEntry entries[] = {
    { "chart", 0, 0, G_OPTION_ARG_FILENAME, &opt_chart,
      "timeline: draw the timeline as a chart instead (.svg, .png or .pdf)", "FILE" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &opt_title,
      "explore, timeline --chart: the title (default: what the page or chart shows)", "TEXT" },
    { NULL }
  };
  GOptionGroup *group = g_option_group_new ("explore", "Explore and chart options:",
                                            "Show the explore and chart options", NULL, NULL);
  g_option_group_add_entries (group, entries);
  return group;
}

int
cmd_explore (BriCli *cli, BriGraph *g, int argc, char **argv)
{
  (void) argv;
  if (argc != 0 || !cli->output)
    return cli_fail (EXIT_USAGE, "usage: bri explore -o PAGE.html [--size-by M] "
                 "[--color-by community|kind] [--title TEXT] [filters…]");
  g_autoptr(GError) error = NULL;
  BriWeights w;
  if (!parse_weights (cli, &w, &error))
    return cli_fail_error (error);
  g_autoptr(BriExploreOptions) o = bri_explore_options_new ();
  bri_explore_options_set_seed (o, (guint64) cli->seed);
  if (cli->size_by)
    {
      BriMeasure m;
      if (!bri_measure_from_name (cli->size_by, &m))
        return cli_fail (EXIT_DATA, "--size-by: unknown measure '%s', expected degree, strength, "
                     "betweenness, closeness, harmonic, eigenvector or pagerank", cli->size_by);
      bri_explore_options_set_size_measure (o, m, w);
    }
  if (cli->color_by)
    {
      if (g_str_equal (cli->color_by, "community"))
        bri_explore_options_set_color (o, BRI_DRAW_COLOR_COMMUNITY);
      else if (g_str_equal (cli->color_by, "kind"))
        bri_explore_options_set_color (o, BRI_DRAW_COLOR_KIND);
      else
        return cli_fail (EXIT_DATA, "--color-by: unknown value '%s', expected community or kind",
                     cli->color_by);
    }
  bri_explore_options_set_title (o, opt_title ? opt_title
                                              : "Belt and Road cooperation network");
  g_autofree char *caption = describe_data_and_filters (cli);
  bri_explore_options_set_caption (o, caption);
  g_autoptr(BriView) view = build_view (cli, g, FALSE, &error);
  if (!view)
    return cli_fail_error (error);
  progress_begin ("laying out %u entities and %u edges", bri_view_get_n_entities (view),
                  bri_view_get_n_edges (view));
  gboolean ok = bri_view_explore (view, cli->output, o, &error);
  progress_end ();
  if (!ok)
    return cli_fail_error (error);
  if (cli->format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      json_builder_begin_object (b);
      json_member_string (b, "format", "html");
      json_member_string (b, "output", cli->output);
      json_member_int (b, "nodes", bri_view_get_n_entities (view));
      json_member_int (b, "edges", bri_view_get_n_edges (view));
      json_builder_end_object (b);
      json_print (b);
      return 0;
    }
  g_autoptr(Table) t = table_new ("format", "output", "nodes", "edges", NULL);
  g_autofree char *n = g_strdup_printf ("%u", bri_view_get_n_entities (view));
  g_autofree char *e = g_strdup_printf ("%u", bri_view_get_n_edges (view));
  table_add (t, "html", cli->output, n, e);
  table_print (cli, t);
  return 0;
}

int
timeline_chart (BriCli *cli, const BriTimeline *timeline)
{
  if (!opt_chart)
    return -1;
  g_autoptr(GError) error = NULL;
  g_autofree char *caption = describe_data_and_filters (cli);
  /* The chart says what made it: the title, then the data and filters. */
  g_autofree char *title = g_strdup_printf (
    "%s\n%s", opt_title ? opt_title : "Belt and Road cooperation: relations per period", caption);
  if (!bri_timeline_plot (timeline, opt_chart, title, &error))
    return cli_fail_error (error);
  g_autoptr(Table) t = table_new ("format", "output", "periods", "kinds", NULL);
  const char *dot = strrchr (opt_chart, '.');
  g_autofree char *np = g_strdup_printf ("%u", bri_timeline_get_n_periods (timeline));
  g_autofree char *nk = g_strdup_printf ("%u", bri_timeline_get_n_kinds (timeline));
  table_add (t, dot ? dot + 1 : "", opt_chart, np, nk);
  table_print (cli, t);
  return 0;
}
