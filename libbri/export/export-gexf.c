/* libbri/export/export-gexf.c — GEXF 1.2 (1.2draft, the version Gephi and
 * networkx both read) through libxml2's xmlTextWriter, as a
 * dynamic graph (timeformat "date") whose edges carry one spell per merged
 * period of their relations' dates, and whose nodes carry the union of
 * their edges' spells; see BRI_EXPORT_GEXF in bri/export.h. A view of
 * mixed kinds is a `defaultedgetype="mixed"` graph whose edges each carry
 * `type="directed"` or `"undirected"`. */
#include "config.h"
#include "export/export-common.h"
#include <libxml/xmlwriter.h>

#define W(call) do { if ((call) < 0) goto fail; } while (0)

/* Columns written as GEXF attributes: all but the ones GEXF carries as XML
 * attributes of the element (a node's label, an edge's weight). */
static gboolean
skip_col (const BriExportTable *t, guint c, const char *skip)
{
  return strcmp (bri__export_col_name (t, c), skip) == 0;
}

static const char *
gexf_type (BriColType type)
{
  switch (type)
    {
    case BRI_COL_DOUBLE: return "double";
    case BRI_COL_INT: return "integer";
    case BRI_COL_BOOL: return "boolean";
    default: return "string";
    }
}

/* Attributes are static: their values do not change over time (the
 * relations' dates are the spells). */
static int
write_attributes (xmlTextWriterPtr w, const BriExportTable *t, const char *class_,
                  const char *skip)
{
  if (xmlTextWriterStartElement (w, BAD_CAST "attributes") < 0
      || xmlTextWriterWriteAttribute (w, BAD_CAST "class", BAD_CAST class_) < 0
      || xmlTextWriterWriteAttribute (w, BAD_CAST "mode", BAD_CAST "static") < 0)
    return -1;
  for (guint c = 0; c < t->n_cols; c++)
    {
      if (skip_col (t, c, skip))
        continue;
      char id[16];
      g_snprintf (id, sizeof id, "%u", c);
      if (xmlTextWriterStartElement (w, BAD_CAST "attribute") < 0
          || xmlTextWriterWriteAttribute (w, BAD_CAST "id", BAD_CAST id) < 0
          || xmlTextWriterWriteAttribute (w, BAD_CAST "title",
                                          BAD_CAST bri__export_col_name (t, c)) < 0
          || xmlTextWriterWriteAttribute (
               w, BAD_CAST "type", BAD_CAST gexf_type (bri__export_col_type (t, c))) < 0
          || xmlTextWriterEndElement (w) < 0)
        return -1;
    }
  return xmlTextWriterEndElement (w);
}

static int
write_attvalues (xmlTextWriterPtr w, const BriExportTable *t, guint row, const char *skip)
{
  if (xmlTextWriterStartElement (w, BAD_CAST "attvalues") < 0)
    return -1;
  for (guint c = 0; c < t->n_cols; c++)
    {
      const char *v = bri__export_cell (t, row, c);
      if (!v || skip_col (t, c, skip))
        continue;
      char id[16];
      g_snprintf (id, sizeof id, "%u", c);
      if (xmlTextWriterStartElement (w, BAD_CAST "attvalue") < 0
          || xmlTextWriterWriteAttribute (w, BAD_CAST "for", BAD_CAST id) < 0
          || xmlTextWriterWriteAttribute (w, BAD_CAST "value", BAD_CAST v) < 0
          || xmlTextWriterEndElement (w) < 0)
        return -1;
    }
  return xmlTextWriterEndElement (w);
}

/* @spells: pairs of first and last day; nothing is written for NULL. */
static int
write_spells (xmlTextWriterPtr w, const GArray *spells)
{
  if (!spells || spells->len == 0)
    return 0;
  if (xmlTextWriterStartElement (w, BAD_CAST "spells") < 0)
    return -1;
  for (guint i = 0; i + 1 < spells->len; i += 2)
    {
      char a[BRI_DATE_STRLEN], b[BRI_DATE_STRLEN];
      bri_date_format (g_array_index (spells, BriDate, i), a);
      bri_date_format (g_array_index (spells, BriDate, i + 1), b);
      if (xmlTextWriterStartElement (w, BAD_CAST "spell") < 0
          || xmlTextWriterWriteAttribute (w, BAD_CAST "start", BAD_CAST a) < 0
          || xmlTextWriterWriteAttribute (w, BAD_CAST "end", BAD_CAST b) < 0
          || xmlTextWriterEndElement (w) < 0)
        return -1;
    }
  return xmlTextWriterEndElement (w);
}

static gint
compare_pair (gconstpointer a, gconstpointer b)
{
  return bri_date_compare (*(const BriDate *) a, *(const BriDate *) b);
}

/* The union of the spells of every edge of each node: NULL for a node with
 * no edge or with an edge present at every time. */
static GArray **
node_spells (const BriExportModel *m)
{
  GArray **raw = g_new0 (GArray *, m->n_nodes + 1);
  gboolean *always = g_new0 (gboolean, m->n_nodes + 1);
  for (guint e = 0; e < m->n_edges; e++)
    {
      guint ends[2] = { m->edge_from[e], m->edge_to[e] };
      for (guint k = 0; k < 2; k++)
        {
          guint v = ends[k];
          if (!m->edge_spells[e])
            always[v] = TRUE;
          if (always[v])
            continue;
          if (!raw[v])
            raw[v] = g_array_new (FALSE, FALSE, 2 * sizeof (BriDate));
          for (guint i = 0; i + 1 < m->edge_spells[e]->len; i += 2)
            g_array_append_vals (raw[v], &g_array_index (m->edge_spells[e], BriDate, i), 1);
        }
    }
  GArray **out = g_new0 (GArray *, m->n_nodes + 1);
  for (guint v = 0; v < m->n_nodes; v++)
    {
      if (!raw[v])
        continue;
      if (!always[v])
        {
          g_array_sort (raw[v], compare_pair);
          out[v] = g_array_new (FALSE, FALSE, sizeof (BriDate));
          for (guint i = 0; i < raw[v]->len; i++)
            {
              const BriDate *p = (const BriDate *) raw[v]->data + 2 * i;
              GArray *o = out[v];
              if (o->len && bri_date_compare (p[0], g_array_index (o, BriDate, o->len - 1)) <= 0)
                {
                  BriDate *last = &g_array_index (o, BriDate, o->len - 1);
                  if (bri_date_compare (p[1], *last) > 0)
                    *last = p[1];
                }
              else
                g_array_append_vals (o, p, 2);
            }
        }
      g_array_unref (raw[v]);
    }
  g_free (raw);
  g_free (always);
  return out;
}

gboolean
bri__export_gexf (const BriExportModel *m, GPtrArray *files, GError **error)
{
  GArray **nspells = node_spells (m);
  gint weight_col = bri__export_find_col (&m->edge_attrs, "weight");
  bri__export_xml_init ();
  xmlBufferPtr buf = xmlBufferCreate ();
  xmlTextWriterPtr w = buf ? xmlNewTextWriterMemory (buf, 0) : NULL;
  if (!w)
    goto fail;
  W (xmlTextWriterSetIndent (w, 1));
  W (xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL));
  W (xmlTextWriterStartElement (w, BAD_CAST "gexf"));
  W (xmlTextWriterWriteAttribute (w, BAD_CAST "xmlns",
                                  BAD_CAST "http://www.gexf.net/1.2draft"));
  W (xmlTextWriterWriteAttribute (w, BAD_CAST "xmlns:xsi",
                                  BAD_CAST "http://www.w3.org/2001/XMLSchema-instance"));
  W (xmlTextWriterWriteAttribute (w, BAD_CAST "xsi:schemaLocation",
                                  BAD_CAST "http://www.gexf.net/1.2draft "
                                  "http://www.gexf.net/1.2draft/gexf.xsd"));
  W (xmlTextWriterWriteAttribute (w, BAD_CAST "version", BAD_CAST "1.2"));
  W (xmlTextWriterStartElement (w, BAD_CAST "meta"));
  W (xmlTextWriterWriteElement (w, BAD_CAST "creator",
                                BAD_CAST "libbri " G_STRINGIFY (BRI_VERSION_MAJOR) "."
                                G_STRINGIFY (BRI_VERSION_MINOR) "."
                                G_STRINGIFY (BRI_VERSION_MICRO)));
  W (xmlTextWriterEndElement (w));
  W (xmlTextWriterStartElement (w, BAD_CAST "graph"));
  W (xmlTextWriterWriteAttribute (w, BAD_CAST "mode", BAD_CAST "dynamic"));
  W (xmlTextWriterWriteAttribute (w, BAD_CAST "defaultedgetype",
                                  BAD_CAST (m->directed ? "directed"
                                            : m->mixed ? "mixed" : "undirected")));
  W (xmlTextWriterWriteAttribute (w, BAD_CAST "timeformat", BAD_CAST "date"));
  W (write_attributes (w, &m->node_attrs, "node", "label"));
  W (write_attributes (w, &m->edge_attrs, "edge", "weight"));
  W (xmlTextWriterStartElement (w, BAD_CAST "nodes"));
  for (guint i = 0; i < m->n_nodes; i++)
    {
      W (xmlTextWriterStartElement (w, BAD_CAST "node"));
      W (xmlTextWriterWriteAttribute (w, BAD_CAST "id",
                                      BAD_CAST bri_entity_get_id (m->nodes[i])));
      W (xmlTextWriterWriteAttribute (
        w, BAD_CAST "label",
        BAD_CAST bri__export_label (m->nodes[i], bri_export_options_get_labels (m->options))));
      W (write_attvalues (w, &m->node_attrs, i, "label"));
      W (write_spells (w, nspells[i]));
      W (xmlTextWriterEndElement (w));
    }
  W (xmlTextWriterEndElement (w));
  W (xmlTextWriterStartElement (w, BAD_CAST "edges"));
  for (guint e = 0; e < m->n_edges; e++)
    {
      W (bri__export_xml_edge_start (w, m, e, ""));
      /* A mixed graph: each edge says its own direction (GEXF 1.2). */
      if (m->mixed)
        W (xmlTextWriterWriteAttribute (
          w, BAD_CAST "type", BAD_CAST (m->edge_directed[e] ? "directed" : "undirected")));
      W (xmlTextWriterWriteAttribute (
        w, BAD_CAST "weight", BAD_CAST bri__export_cell (&m->edge_attrs, e, (guint) weight_col)));
      W (write_attvalues (w, &m->edge_attrs, e, "weight"));
      W (write_spells (w, m->edge_spells[e]));
      W (xmlTextWriterEndElement (w));
    }
  W (xmlTextWriterEndDocument (w));
  xmlFreeTextWriter (w);
  bri__export_add_file (files, NULL,
                        g_string_new_len ((const char *) xmlBufferContent (buf),
                                          xmlBufferLength (buf)));
  xmlBufferFree (buf);
  for (guint v = 0; v < m->n_nodes; v++)
    if (nspells[v])
      g_array_unref (nspells[v]);
  g_free (nspells);
  return TRUE;

fail:
  if (w)
    xmlFreeTextWriter (w);
  if (buf)
    xmlBufferFree (buf);
  for (guint v = 0; v < m->n_nodes; v++)
    if (nspells[v])
      g_array_unref (nspells[v]);
  g_free (nspells);
  g_set_error (error, BRI_ERROR, BRI_ERROR_FAILED,
               "libxml2 could not write the GEXF document");
  return FALSE;
}
