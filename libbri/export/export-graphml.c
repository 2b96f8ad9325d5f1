/* libbri/export/export-graphml.c — GraphML through libxml2's xmlTextWriter: one
 * `<key>` per node and edge attribute with its attr.type, then the nodes
 * and edges with a `<data>` element per present value. libxml2 escapes
 * every string. A view of mixed kinds stays `edgedefault="undirected"` and
 * gives every edge its own `directed="true|false"`. */
#include "config.h"
#include "export/export-common.h"
#include <libxml/xmlwriter.h>

#define W(call) do { if ((call) < 0) goto fail; } while (0)

static int
write_keys (xmlTextWriterPtr w, const BriExportTable *t, const char *for_, char prefix)
{
  for (guint c = 0; c < t->n_cols; c++)
    {
      char id[32];
      g_snprintf (id, sizeof id, "%c%u", prefix, c);
      if (xmlTextWriterStartElement (w, BAD_CAST "key") < 0
          || xmlTextWriterWriteAttribute (w, BAD_CAST "id", BAD_CAST id) < 0
          || xmlTextWriterWriteAttribute (w, BAD_CAST "for", BAD_CAST for_) < 0
          || xmlTextWriterWriteAttribute (w, BAD_CAST "attr.name",
                                          BAD_CAST bri__export_col_name (t, c)) < 0
          || xmlTextWriterWriteAttribute (
               w, BAD_CAST "attr.type",
               BAD_CAST bri__export_type_name (bri__export_col_type (t, c))) < 0
          || xmlTextWriterEndElement (w) < 0)
        return -1;
    }
  return 0;
}

static int
write_data (xmlTextWriterPtr w, const BriExportTable *t, guint row, char prefix)
{
  for (guint c = 0; c < t->n_cols; c++)
    {
      const char *v = bri__export_cell (t, row, c);
      if (!v)
        continue;
      char id[32];
      g_snprintf (id, sizeof id, "%c%u", prefix, c);
      if (xmlTextWriterStartElement (w, BAD_CAST "data") < 0
          || xmlTextWriterWriteAttribute (w, BAD_CAST "key", BAD_CAST id) < 0
          || xmlTextWriterWriteString (w, BAD_CAST v) < 0
          || xmlTextWriterEndElement (w) < 0)
        return -1;
    }
  return 0;
}

gboolean
bri__export_graphml (const BriExportModel *m, GPtrArray *files, GError **error)
{
  bri__export_xml_init ();
  xmlBufferPtr buf = xmlBufferCreate ();
  xmlTextWriterPtr w = buf ? xmlNewTextWriterMemory (buf, 0) : NULL;
  if (!w)
    goto fail;
  W (xmlTextWriterSetIndent (w, 1));
  W (xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL));
  W (xmlTextWriterStartElement (w, BAD_CAST "graphml"));
  W (xmlTextWriterWriteAttribute (w, BAD_CAST "xmlns",
                                  BAD_CAST "http://graphml.graphdrawing.org/xmlns"));
  W (xmlTextWriterWriteAttribute (w, BAD_CAST "xmlns:xsi",
                                  BAD_CAST "http://www.w3.org/2001/XMLSchema-instance"));
  W (xmlTextWriterWriteAttribute (
    w, BAD_CAST "xsi:schemaLocation",
    BAD_CAST "http://graphml.graphdrawing.org/xmlns "
             "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
  W (write_keys (w, &m->node_attrs, "node", 'n'));
  W (write_keys (w, &m->edge_attrs, "edge", 'e'));
  W (xmlTextWriterStartElement (w, BAD_CAST "graph"));
  W (xmlTextWriterWriteAttribute (w, BAD_CAST "id", BAD_CAST "bri"));
  W (xmlTextWriterWriteAttribute (w, BAD_CAST "edgedefault",
                                  BAD_CAST (m->directed ? "directed" : "undirected")));
  for (guint i = 0; i < m->n_nodes; i++)
    {
      W (xmlTextWriterStartElement (w, BAD_CAST "node"));
      W (xmlTextWriterWriteAttribute (w, BAD_CAST "id",
                                      BAD_CAST bri_entity_get_id (m->nodes[i])));
      W (write_data (w, &m->node_attrs, i, 'n'));
      W (xmlTextWriterEndElement (w));
    }
  for (guint e = 0; e < m->n_edges; e++)
    {
      W (bri__export_xml_edge_start (w, m, e, "e"));
      /* A mixed graph: each edge overrides edgedefault (GraphML's
       * `directed` edge attribute). */
      if (m->mixed)
        W (xmlTextWriterWriteAttribute (
          w, BAD_CAST "directed", BAD_CAST (m->edge_directed[e] ? "true" : "false")));
      W (write_data (w, &m->edge_attrs, e, 'e'));
      W (xmlTextWriterEndElement (w));
    }
  W (xmlTextWriterEndDocument (w));
  xmlFreeTextWriter (w);
  bri__export_add_file (files, NULL,
                        g_string_new_len ((const char *) xmlBufferContent (buf),
                                          xmlBufferLength (buf)));
  xmlBufferFree (buf);
  return TRUE;

fail:
  if (w)
    xmlFreeTextWriter (w);
  if (buf)
    xmlBufferFree (buf);
  g_set_error (error, BRI_ERROR, BRI_ERROR_FAILED,
               "libxml2 could not write the GraphML document");
  return FALSE;
}
