/* examples/draw-network.c — draws the cooperation network of the bundled
 * data: the actor projection (two actors are linked when they attended,
 * hosted or joined the same forum or mechanism, or signed the same
 * document), node size by PageRank, colour by Louvain community, Chinese
 * labels, laid out by sfdp.
 *
 *   draw-network OUT.svg|OUT.png [DATADIR…]
 *
 * Without DATADIR it reads $BRI_DATA/{gazetteer,seeds,bri} (BRI_DATA
 * defaults to ./data). */
#include <bri/bri.h>
#include <stdio.h>

static gboolean
draw_network (int argc, char **argv, GError **error)
{
  const char *root = g_getenv ("BRI_DATA") ? g_getenv ("BRI_DATA") : "data";
  g_autoptr (GPtrArray) dirs = g_ptr_array_new_with_free_func (g_free);
  if (argc > 2)
    for (int i = 2; i < argc; i++)
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

  /* The actor–actor cooperation network. */
  g_autoptr (BriViewOptions) vo = bri_view_options_new ();
  bri_view_options_set_projection (vo, BRI_PROJECTION_ACTORS);
  g_autoptr (BriView) view = bri_view_new (graph, NULL, vo, error);
  if (!view)
    return FALSE;

  /* Communities computed once, so that the picture and the printout agree. */
  g_autoptr (BriPartition) communities =
    bri_view_louvain (view, BRI_WEIGHTS_STRENGTH, 1.0, 1, error);
  if (!communities)
    return FALSE;

  g_autoptr (BriDrawOptions) draw = bri_draw_options_new ();
  bri_draw_options_set_layout (draw, "sfdp");
  bri_draw_options_set_size_measure (draw, BRI_MEASURE_PAGERANK, BRI_WEIGHTS_STRENGTH);
  bri_draw_options_set_color (draw, BRI_DRAW_COLOR_COMMUNITY);
  bri_draw_options_set_partition (draw, communities);
  bri_draw_options_set_labels (draw, BRI_LABELS_ZH);
  if (!bri_view_draw (view, argv[1], draw, error))
    return FALSE;

  printf ("%u actors, %u links, %u communities -> %s\n", bri_view_get_n_entities (view),
          bri_view_get_n_edges (view), bri_partition_get_n_groups (communities), argv[1]);
  return TRUE;
}

int
main (int argc, char **argv)
{
  if (argc < 2)
    {
      fprintf (stderr, "usage: %s OUT.svg|OUT.png [DATADIR...]\n", argv[0]);
      return 2;
    }
  g_autoptr (GError) error = NULL;
  if (!draw_network (argc, argv, &error))
    {
      fprintf (stderr, "%s: %s\n", argv[0], error->message);
      return 1;
    }
  return 0;
}
