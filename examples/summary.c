/* examples/summary.c — the smallest libbri program: load one or more data
 * set directories into a graph and print what it holds.
 *
 *   cc summary.c $(pkg-config --cflags --libs libbri) -o summary
 *   ./summary data/gazetteer data/seeds data/bri
 */
#include <bri/bri.h>
#include <stdio.h>

int
main (int argc, char **argv)
{
  if (argc < 2)
    {
      fprintf (stderr, "usage: %s DIR...\n", argv[0]);
      return 2;
    }
  g_autoptr (GError) error = NULL;
  /* The graph owns everything loaded into it; unref frees it all. */
  g_autoptr (BriGraph) graph = bri_graph_new_from_dirs ((const char *const *) argv + 1,
                                                        &error);
  if (!graph)
    {
      fprintf (stderr, "%s\n", error->message); /* FILE:LINE:COL: what and why */
      return 1;
    }
  printf ("%u entities, %u relations, %u sources\n",
          bri_graph_get_n_entities (graph), bri_graph_get_n_relations (graph),
          bri_graph_get_n_sources (graph));

  /* Count relations by kind: kinds are listed by the graph. */
  for (guint k = 0; k < bri_graph_get_n_kinds (graph); k++)
    {
      const char *kind = bri_kind_get_name (bri_graph_get_kind (graph, k));
      guint n = 0;
      for (guint i = 0; i < bri_graph_get_n_relations (graph); i++)
        n += g_str_equal (bri_relation_get_kind (bri_graph_get_relation (graph, i)), kind);
      if (n > 0)
        printf ("  %-18s %u\n", kind, n);
    }
  return 0;
}
