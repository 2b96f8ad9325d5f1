/* examples/explore-network.c — the pictures people share, from C: the
 * explorer page of the bundled relations (one self-contained HTML file:
 * search, click an edge for its evidence, move the time window) and the
 * chart of relations per quarter by kind.
 *
 *   explore-network PAGE.html CHART.svg|png|pdf [DATADIR…]
 *
 * Without DATADIR it reads $BRI_DATA/{gazetteer,seeds,bri} (BRI_DATA
 * defaults to ./data). */
#include <bri/bri.h>
#include <stdio.h>

static gboolean
explore_network (int argc, char **argv, GError **error)
{
  const char *root = g_getenv ("BRI_DATA") ? g_getenv ("BRI_DATA") : "data";
  g_autoptr (GPtrArray) dirs = g_ptr_array_new_with_free_func (g_free);
  if (argc > 3)
    for (int i = 3; i < argc; i++)
      g_ptr_array_add (dirs, g_strdup (argv[i]));
  else
    {
      g_ptr_array_add (dirs, g_build_filename (root, "gazetteer", NULL));
      g_ptr_array_add (dirs, g_build_filename (root, "seeds", NULL));
      g_ptr_array_add (dirs, g_build_filename (root, "bri", NULL));
    }
  g_ptr_array_add (dirs, NULL);
  g_autoptr (BriGraph) graph =
    bri_graph_new_from_dirs ((const char *const *) dirs->pdata, error);
  if (!graph)
    return FALSE;

  /* Every relation as it is; node size by PageRank, colour by community. */
  g_autoptr (BriView) view = bri_view_new (graph, NULL, NULL, error);
  if (!view)
    return FALSE;
  g_autoptr (BriExploreOptions) page = bri_explore_options_new ();
  bri_explore_options_set_size_measure (page, BRI_MEASURE_PAGERANK, BRI_WEIGHTS_STRENGTH);
  bri_explore_options_set_title (page, "Belt and Road cooperation, 2022–2025");
  bri_explore_options_set_caption (page, "Data: the bundled data set (five bulletins, "
                                   "182 curated relations). Filters: none.");
  if (!bri_view_explore (view, argv[1], page, error))
    return FALSE;

  /* Relations per quarter by kind, with the active entities. */
  g_autoptr (BriTimeline) tl = bri_timeline_new (graph, NULL, NULL, BRI_PERIOD_QUARTER,
                                                 BRI_MEASURE_DEGREE, BRI_WEIGHTS_NONE, 0,
                                                 error);
  if (!tl)
    return FALSE;
  if (!bri_timeline_plot (tl, argv[2], "Belt and Road cooperation: relations per quarter",
                          error))
    return FALSE;

  printf ("%u entities, %u edges -> %s; %u quarters, %u kinds -> %s\n",
          bri_view_get_n_entities (view), bri_view_get_n_edges (view), argv[1],
          bri_timeline_get_n_periods (tl), bri_timeline_get_n_kinds (tl), argv[2]);
  return TRUE;
}

int
main (int argc, char **argv)
{
  if (argc < 3)
    {
      fprintf (stderr, "usage: %s PAGE.html CHART.svg|png|pdf [DATADIR…]\n", argv[0]);
      return 2;
    }
  g_autoptr (GError) error = NULL;
  if (!explore_network (argc, argv, &error))
    {
      fprintf (stderr, "%s: %s\n", argv[0], error->message);
      return 1;
    }
  return 0;
}
