/* examples/cooperation-network.c — who cooperates with whom: the
 * actor–actor network of countries and Chinese provinces.
 *
 * Two actors are linked when they took part in the same forum, mechanism,
 * signing or meeting (the actor projection). Ministries, cities and ports
 * are rolled up to their province (or, abroad, their country), so the
 * network is read at the level of countries and provinces. The program
 * prints the hubs (PageRank) and the communities (Louvain).
 *
 *   cc cooperation-network.c $(pkg-config --cflags --libs libbri)
 *   ./a.out data/gazetteer data/seeds data/bri
 */
#include <bri/bri.h>
#include <stdio.h>

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BriGraph) graph = bri_graph_new_from_dirs ((const char *const *) argv + 1, &error);
  if (!graph)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  /* Only countries and provinces are kept as actors, after rolling
   * everything else up to its province or country. */
  g_autoptr (BriFilter) filter = bri_filter_new ();
  bri_filter_add_entity_kind (filter, "country");
  bri_filter_add_entity_kind (filter, "province");
  g_autoptr (BriViewOptions) options = bri_view_options_new ();
  bri_view_options_set_projection (options, BRI_PROJECTION_ACTORS);
  bri_view_options_set_rollup (options, "province");
  g_autoptr (BriView) view = bri_view_new (graph, filter, options, &error);
  if (!view)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  printf ("cooperation network: %u actors, %u links\n",
          bri_view_get_n_entities (view), bri_view_get_n_edges (view));

  /* Hubs: PageRank on the weighted links (shared items count). */
  g_autoptr (BriRanking) hubs = bri_view_pagerank (view, BRI_WEIGHTS_STRENGTH, 0.85, &error);
  if (!hubs)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  printf ("\nhubs (PageRank):\n");
  for (guint i = 0; i < 10 && i < bri_ranking_get_n_items (hubs); i++)
    {
      const BriEntity *e = bri_ranking_get_entity (hubs, i);
      printf ("%2u. %-16s %-28s %.4f\n", i + 1, bri_entity_get_id (e),
              bri_entity_get_name (e), bri_ranking_get_score (hubs, i));
    }

  /* Communities: Louvain, seeded so the run is reproducible. */
  g_autoptr (BriPartition) parts = bri_view_louvain (view, BRI_WEIGHTS_STRENGTH, 1.0, 42, &error);
  if (!parts)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  printf ("\n%u communities, modularity %.3f\n", bri_partition_get_n_groups (parts),
          bri_partition_get_modularity (parts));
  for (guint g = 0; g < bri_partition_get_n_groups (parts); g++)
    {
      printf ("%2u:", g + 1);
      for (guint i = 0; i < bri_partition_get_n_entities (parts); i++)
        if (bri_partition_get_group (parts, i) == g)
          {
            const BriEntity *e = bri_partition_get_entity (parts, i);
            const char *zh = bri_entity_get_name_zh (e);
            printf (" %s", zh ? zh : bri_entity_get_name (e));
          }
      printf ("\n");
    }
  return 0;
}
