/* libbri/export/export-json.c — node-link JSON through json-glib, in the layout
 * networkx's node_link_graph() reads: directed, multigraph, graph, nodes
 * (with "id"), links (with "source" and "target"). Numbers are JSON numbers
 * (NaN becomes null), `directed` a JSON boolean; absent attributes are left
 * out. The graph-level "directed" is the view's; each link's "directed" is
 * its own (a `hosted` link of a view of mixed kinds is directed). */
#include "config.h"
#include "export/export-common.h"
#include <math.h>
#include <json-glib/json-glib.h>

static void
add_members (JsonBuilder *b, const BriExportTable *t, guint row)
{
  for (guint c = 0; c < t->n_cols; c++)
    {
      const char *v = bri__export_cell (t, row, c);
      if (!v)
        continue;
      json_builder_set_member_name (b, bri__export_col_name (t, c));
      switch (bri__export_col_type (t, c))
        {
        case BRI_COL_DOUBLE:
          {
            double d = g_ascii_strtod (v, NULL);
            if (isfinite (d))
              json_builder_add_double_value (b, d);
            else
              json_builder_add_null_value (b);
            break;
          }
        case BRI_COL_INT:
          json_builder_add_int_value (b, g_ascii_strtoll (v, NULL, 10));
          break;
        case BRI_COL_BOOL:
          json_builder_add_boolean_value (b, strcmp (v, "true") == 0);
          break;
        default:
          json_builder_add_string_value (b, v);
        }
    }
}

gboolean
bri__export_json (const BriExportModel *m, GPtrArray *files, GError **error)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "directed");
  json_builder_add_boolean_value (b, m->directed);
  json_builder_set_member_name (b, "multigraph");
  json_builder_add_boolean_value (b, FALSE);
  json_builder_set_member_name (b, "graph");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "projection");
  json_builder_add_string_value (b, m->projected ? "actors" : "none");
  json_builder_end_object (b);
  json_builder_set_member_name (b, "nodes");
  json_builder_begin_array (b);
  for (guint i = 0; i < m->n_nodes; i++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, bri_entity_get_id (m->nodes[i]));
      add_members (b, &m->node_attrs, i);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "links");
  json_builder_begin_array (b);
  for (guint e = 0; e < m->n_edges; e++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "source");
      json_builder_add_string_value (b, bri_entity_get_id (m->nodes[m->edge_from[e]]));
      json_builder_set_member_name (b, "target");
      json_builder_add_string_value (b, bri_entity_get_id (m->nodes[m->edge_to[e]]));
      add_members (b, &m->edge_attrs, e);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  g_autoptr (JsonNode) root = json_builder_get_root (b);
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  gsize len = 0;
  char *data = json_generator_to_data (gen, &len);
  if (!data)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_FAILED,
                   "json-glib could not write the node-link document");
      return FALSE;
    }
  GString *s = g_string_new_len (data, (gssize) len);
  g_string_append_c (s, '\n');
  g_free (data);
  bri__export_add_file (files, NULL, s);
  return TRUE;
}
