/* libbri/export/export-neo4j.c — the CSV files of `neo4j-admin database import
 * full`: nodes.csv (`id:ID`, `:LABEL`, typed properties) and
 * relationships.csv (`:START_ID`, `:END_ID`, `:TYPE`, typed properties),
 * fields quoted by csv-writer.c. See BRI_EXPORT_NEO4J. */
#include "config.h"
#include "export/export-common.h"
#include "io/csv-writer.h"

/* `Entity;<Kind>`, the kind in CamelCase: free_trade_zone → FreeTradeZone. */
static char *
node_labels (const char *kind)
{
  GString *s = g_string_new ("Entity;");
  gboolean up = TRUE;
  for (const char *p = kind; *p; p++)
    {
      if (*p == '_')
        {
          up = TRUE;
          continue;
        }
      g_string_append_c (s, up ? g_ascii_toupper (*p) : *p);
      up = FALSE;
    }
  return g_string_free (s, FALSE);
}

static void
typed_header (GString *out, const BriExportTable *t)
{
  for (guint c = 0; c < t->n_cols; c++)
    {
      g_autofree char *h = g_strdup_printf ("%s:%s", bri__export_col_name (t, c),
                                            bri__export_type_name (bri__export_col_type (t, c)));
      bri__csv_put_field (out, FALSE, h);
    }
  g_string_append_c (out, '\n');
}

gboolean
bri__export_neo4j (const BriExportModel *m, GPtrArray *files, GError **error)
{
  GString *nodes = g_string_new (NULL);
  bri__csv_put_field (nodes, TRUE, "id:ID");
  bri__csv_put_field (nodes, FALSE, ":LABEL");
  typed_header (nodes, &m->node_attrs);
  for (guint i = 0; i < m->n_nodes; i++)
    {
      g_autofree char *labels = node_labels (bri_entity_get_kind (m->nodes[i]));
      bri__csv_put_field (nodes, TRUE, bri_entity_get_id (m->nodes[i]));
      bri__csv_put_field (nodes, FALSE, labels);
      bri__export_csv_cells (nodes, &m->node_attrs, i);
    }
  GString *rels = g_string_new (NULL);
  bri__csv_put_field (rels, TRUE, ":START_ID");
  bri__csv_put_field (rels, FALSE, ":END_ID");
  bri__csv_put_field (rels, FALSE, ":TYPE");
  typed_header (rels, &m->edge_attrs);
  for (guint e = 0; e < m->n_edges; e++)
    {
      g_autofree char *type = g_ascii_strup (bri__export_edge_type (m, e), -1);
      bri__export_csv_endpoints (rels, m, e);
      bri__csv_put_field (rels, FALSE, type);
      bri__export_csv_cells (rels, &m->edge_attrs, e);
    }
  bri__export_add_file (files, "nodes.csv", nodes);
  bri__export_add_file (files, "relationships.csv", rels);
  return TRUE;
}
