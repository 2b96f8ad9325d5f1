/* libbri/export/export-csv.c — the spreadsheet export: nodes.csv (one row per
 * node: id and the node attributes) and edges.csv (one row per relation
 * behind each edge, in the relation's own direction, with its kind, dates,
 * source and evidence, and whether the relation and its edge are directed),
 * fields quoted by csv-writer.c, optionally
 * after a UTF-8 byte order mark. See BRI_EXPORT_CSV in bri/export.h. */
#include "config.h"
#include "core/core-private.h"
#include "export/export-common.h"
#include "io/csv-writer.h"

#define BRI_UTF8_BOM "\xEF\xBB\xBF"

static const char *const edge_header[] = {
  "edge_source", "edge_target", "kind", "from", "to", "date", "end_date", "title",
  "sector", "via", "event", "weight", "confidence", "source", "evidence",
  "directed", "edge_directed",
};

static GString *
new_file (const BriExportModel *m)
{
  GString *s = g_string_new (NULL);
  if (bri_export_options_get_bom (m->options))
    g_string_append (s, BRI_UTF8_BOM);
  return s;
}

/* A weight or confidence: the shortest text of the double (0.7, not
 * g_ascii_dtostr's 0.69999999999999996), empty when not given. */
static void
number_field (GString *out, double v, gboolean given)
{
  g_autofree char *text = given ? bri__export_format_double (v) : NULL;
  bri__csv_put_field (out, FALSE, text);
}

gboolean
bri__export_csv (const BriExportModel *m, GPtrArray *files, GError **error)
{
  (void) error;
  GString *nodes = new_file (m);
  bri__csv_put_field (nodes, TRUE, "id");
  bri__export_csv_names (nodes, &m->node_attrs);
  for (guint i = 0; i < m->n_nodes; i++)
    {
      bri__csv_put_field (nodes, TRUE, bri_entity_get_id (m->nodes[i]));
      bri__export_csv_cells (nodes, &m->node_attrs, i);
    }

  GString *edges = new_file (m);
  for (guint c = 0; c < G_N_ELEMENTS (edge_header); c++)
    bri__csv_put_field (edges, c == 0, edge_header[c]);
  g_string_append_c (edges, '\n');
  for (guint e = 0; e < m->n_edges; e++)
    for (guint k = 0; k < bri_view_get_edge_n_relations (m->view, e); k++)
      {
        const BriRelation *r = bri_view_get_edge_relation (m->view, e, k);
        char date[BRI_DATE_STRLEN], end[BRI_DATE_STRLEN];
        bri_date_format (bri_relation_get_date (r), date);
        bri_date_format (bri_relation_get_end_date (r), end);
        bri__export_csv_endpoints (edges, m, e);
        bri__csv_put_field (edges, FALSE, bri_relation_get_kind (r));
        bri__csv_put_field (edges, FALSE, bri_relation_get_from_id (r));
        bri__csv_put_field (edges, FALSE, bri_relation_get_to_id (r));
        bri__csv_put_field (edges, FALSE, date);
        bri__csv_put_field (edges, FALSE, end);
        bri__csv_put_field (edges, FALSE, bri_relation_get_title (r));
        bri__csv_put_field (edges, FALSE, bri_relation_get_sector (r));
        bri__csv_put_field (edges, FALSE, bri_relation_get_via_id (r));
        bri__csv_put_field (edges, FALSE, bri_relation_get_event (r));
        number_field (edges, bri_relation_get_weight (r), bri_relation_has_weight (r));
        number_field (edges, bri_relation_get_confidence (r), bri_relation_has_confidence (r));
        bri__csv_put_field (edges, FALSE, bri_relation_get_source (r));
        bri__csv_put_field (edges, FALSE, bri_relation_get_evidence (r));
        /* The relation's kind is directed (from → to); the edge it lies
         * on is directed (edge_source → edge_target) in this view. */
        bri__csv_put_field (edges, FALSE, r->kind && r->kind->directed ? "true" : "false");
        bri__csv_put_field (edges, FALSE, m->edge_directed[e] ? "true" : "false");
        g_string_append_c (edges, '\n');
      }
  bri__export_add_file (files, "nodes.csv", nodes);
  bri__export_add_file (files, "edges.csv", edges);
  return TRUE;
}
