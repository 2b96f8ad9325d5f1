/* examples/freight-routes.c — freight corridors and the border ports they
 * pass: every corridor of the bundled bulletins with its via port, the
 * ports ranked by the corridors through them, and the route between two
 * places (Xining and Almaty unless two names are given with -r).
 *
 *   ./a.out data/gazetteer data/seeds data/bri
 *   ./a.out -r 郑州 华沙 data/gazetteer data/seeds data/bri
 */
#include <bri/bri.h>
#include <stdio.h>
#include <string.h>

int
main (int argc, char **argv)
{
  const char *from_name = "西宁", *to_name = "Almaty";
  int first = 1;
  if (argc > 3 && strcmp (argv[1], "-r") == 0)
    {
      from_name = argv[2];
      to_name = argv[3];
      first = 4;
    }
  g_autoptr (GError) error = NULL;
  g_autoptr (BriGraph) graph = bri_graph_new_from_dirs ((const char *const *) argv + first, &error);
  if (!graph)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  /* Every corridor, with the evidence's date and its via port. */
  g_autoptr (GHashTable) through = g_hash_table_new (g_str_hash, g_str_equal);
  printf ("freight corridors:\n");
  for (guint i = 0; i < bri_graph_get_n_relations (graph); i++)
    {
      const BriRelation *r = bri_graph_get_relation (graph, i);
      if (strcmp (bri_relation_get_kind (r), BRI_KIND_FREIGHT_CORRIDOR) != 0)
        continue;
      char date[BRI_DATE_STRLEN];
      const BriEntity *via = bri_relation_get_via (r);
      printf ("  %-10s %s -> %s%s%s\n", bri_date_format (bri_relation_get_date (r), date),
              bri_entity_get_name (bri_relation_get_from (r)),
              bri_entity_get_name (bri_relation_get_to (r)), via ? " via " : "",
              via ? bri_entity_get_name (via) : "");
      if (via)
        {
          const char *id = bri_entity_get_id (via);
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (through, id));
          g_hash_table_insert (through, (gpointer) id, GUINT_TO_POINTER (n + 1));
        }
    }
  printf ("ports and hubs passed:\n");
  g_autoptr (GList) ids = g_hash_table_get_keys (through);
  ids = g_list_sort (ids, (GCompareFunc) strcmp);
  for (GList *l = ids; l; l = l->next)
    {
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (through, l->data));
      printf ("  %-40s %u\n", (const char *) l->data, n);
    }

  /* The route: names in either script resolve to one entity each. */
  const BriEntity *from = bri_graph_resolve (graph, from_name, &error);
  const BriEntity *to = from ? bri_graph_resolve (graph, to_name, &error) : NULL;
  if (!to)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  g_autoptr (BriFilter) filter = bri_filter_new ();
  bri_filter_add_relation_kind (filter, BRI_KIND_FREIGHT_CORRIDOR);
  g_autoptr (BriView) view = bri_view_new (graph, filter, NULL, &error);
  g_autoptr (BriPathList) routes = view ? bri_view_freight_routes (view, from, to,
                                                                   BRI_WEIGHTS_NONE, &error)
                                        : NULL;
  if (!routes)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  for (guint p = 0; p < bri_path_list_get_n_paths (routes); p++)
    {
      const BriPath *path = bri_path_list_get_path (routes, p);
      printf ("route %u:", p + 1);
      for (guint i = 0; i < bri_path_get_n_entities (path); i++)
        printf ("%s%s", i ? " -> " : " ", bri_entity_get_id (bri_path_get_entity (path, i)));
      for (guint v = 0; v < bri_path_get_n_vias (path); v++)
        printf ("%s%s", v ? ", " : " via ", bri_entity_get_id (bri_path_get_via (path, v)));
      printf ("\n");
      /* Each hop is backed by sourced relations: cite the first. */
      for (guint h = 0; h < bri_path_get_n_hops (path); h++)
        {
          const BriRelation *r = bri_path_get_hop_relation (path, h, 0);
          printf ("  [%s] %s\n", bri_relation_get_source (r), bri_relation_get_evidence (r));
        }
    }
  return 0;
}
