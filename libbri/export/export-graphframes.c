/* libbri/export/export-graphframes.c — the CSV files a Spark GraphFrame is built
 * from: vertices.csv (`id`, attributes) and edges.csv (`src`, `dst`,
 * `relationship`, attributes), fields quoted by csv-writer.c. See
 * BRI_EXPORT_GRAPHFRAMES. */
#include "config.h"
#include "export/export-common.h"
#include "io/csv-writer.h"

gboolean
bri__export_graphframes (const BriExportModel *m, GPtrArray *files, GError **error)
{
  GString *v = g_string_new (NULL);
  bri__csv_put_field (v, TRUE, "id");
  bri__export_csv_names (v, &m->node_attrs);
  for (guint i = 0; i < m->n_nodes; i++)
    {
      bri__csv_put_field (v, TRUE, bri_entity_get_id (m->nodes[i]));
      bri__export_csv_cells (v, &m->node_attrs, i);
    }
  GString *e = g_string_new (NULL);
  bri__csv_put_field (e, TRUE, "src");
  bri__csv_put_field (e, FALSE, "dst");
  bri__csv_put_field (e, FALSE, "relationship");
  bri__export_csv_names (e, &m->edge_attrs);
  for (guint k = 0; k < m->n_edges; k++)
    {
      bri__export_csv_endpoints (e, m, k);
      bri__csv_put_field (e, FALSE, bri__export_edge_type (m, k));
      bri__export_csv_cells (e, &m->edge_attrs, k);
    }
  bri__export_add_file (files, "vertices.csv", v);
  bri__export_add_file (files, "edges.csv", e);
  return TRUE;
}
