/* tests/export/write-exports.c — writes the exports of the bundled data
 * (the gazetteer, the sources and the curated graph under $BRI_DATA) into
 * the directory given as the only argument, for check-exports.py:
 *   graph.graphml graph.gexf graph.json graph.dot neo4j/ graphframes/
 *     the whole graph (bri_graph_export); GraphML and GEXF written with
 *     bri_export_options_set_mixed() FALSE (undirected, each edge's
 *     direction in its `directed` attribute), which networkx 2.8 reads
 *   graph-mixed.graphml graph-mixed.gexf
 *     the same with the default options: mixed graphs, each edge marked
 *   actors.json
 *     the actor projection with centrality=pagerank,community=louvain */
#include <bri/bri.h>
#include <stdio.h>

static int
fail (GError *error)
{
  fprintf (stderr, "write-exports: %s\n", error ? error->message : "failed");
  return 1;
}

int
main (int argc, char **argv)
{
  if (argc != 2)
    {
      fprintf (stderr, "usage: write-exports OUTDIR\n");
      return 2;
    }
  const char *root = g_getenv ("BRI_DATA") ? g_getenv ("BRI_DATA") : "data";
  g_autofree char *gaz = g_build_filename (root, "gazetteer", NULL);
  g_autofree char *seeds = g_build_filename (root, "seeds", NULL);
  g_autofree char *bri = g_build_filename (root, "bri", NULL);
  const char *dirs[] = { gaz, seeds, bri, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (BriGraph) g = bri_graph_new_from_dirs (dirs, &error);
  if (!g)
    return fail (error);
  static const struct { BriExportFormat format; const char *name; } outs[] = {
    { BRI_EXPORT_GRAPHML, "graph.graphml" }, { BRI_EXPORT_GEXF, "graph.gexf" },
    { BRI_EXPORT_JSON, "graph.json" },       { BRI_EXPORT_DOT, "graph.dot" },
    { BRI_EXPORT_NEO4J, "neo4j" },           { BRI_EXPORT_GRAPHFRAMES, "graphframes" },
  };
  g_autoptr (BriExportOptions) plain = bri_export_options_new ();
  bri_export_options_set_mixed (plain, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (outs); i++)
    {
      g_autofree char *path = g_build_filename (argv[1], outs[i].name, NULL);
      if (!bri_graph_export (g, outs[i].format, path, plain, &error))
        return fail (error);
    }
  static const struct { BriExportFormat format; const char *name; } mixed[] = {
    { BRI_EXPORT_GRAPHML, "graph-mixed.graphml" }, { BRI_EXPORT_GEXF, "graph-mixed.gexf" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (mixed); i++)
    {
      g_autofree char *path = g_build_filename (argv[1], mixed[i].name, NULL);
      if (!bri_graph_export (g, mixed[i].format, path, NULL, &error))
        return fail (error);
    }
  g_autoptr (BriViewOptions) vo = bri_view_options_new ();
  bri_view_options_set_projection (vo, BRI_PROJECTION_ACTORS);
  g_autoptr (BriView) actors = bri_view_new (g, NULL, vo, &error);
  if (!actors)
    return fail (error);
  g_autoptr (BriExportOptions) eo = bri_export_options_new ();
  bri_export_options_set_labels (eo, BRI_LABELS_ZH);
  if (!bri_export_options_add_computed (eo, actors, "centrality=pagerank,community=louvain",
                                        BRI_WEIGHTS_STRENGTH, 1, &error))
    return fail (error);
  g_autofree char *path = g_build_filename (argv[1], "actors.json", NULL);
  if (!bri_view_export (actors, BRI_EXPORT_JSON, path, eo, &error))
    return fail (error);
  return 0;
}
