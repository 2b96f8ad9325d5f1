/* libbri/export/export-dot.c — Graphviz DOT. With libgvc (HAVE_GVC) the graph is
 * built with cgraph and written by agwrite(), which quotes every name and
 * value itself. Without it, dot_quote() below quotes each string per the
 * DOT grammar. Every node and edge attribute becomes a DOT attribute of the
 * same name; nodes are named by entity id. */
#include "config.h"
#include "export/export-common.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#ifdef HAVE_GVC
#include <cgraph.h>

static GMutex gv_lock;
static GString *gv_messages;
static agusererrf gv_old_errf;
static agerrlevel_t gv_old_level;

static int
collect_message (char *msg)
{
  if (gv_messages)
    g_string_append (gv_messages, msg);
  return 0;
}

void
bri__gv_enter (void)
{
  g_mutex_lock (&gv_lock);
  gv_messages = g_string_new (NULL);
  gv_old_errf = agseterrf (collect_message);
  gv_old_level = agseterr (AGWARN);
}

const char *
bri__gv_messages (void)
{
  return gv_messages ? gv_messages->str : "";
}

void
bri__gv_leave (void)
{
  agseterr (gv_old_level);
  agseterrf (gv_old_errf);
  g_string_free (gv_messages, TRUE);
  gv_messages = NULL;
  g_mutex_unlock (&gv_lock);
}

gboolean
bri__export_dot (const BriExportModel *m, GPtrArray *files, GError **error)
{
  const BriExportTable *nt = &m->node_attrs, *et = &m->edge_attrs;
  char *data = NULL;
  size_t len = 0;
  FILE *out = open_memstream (&data, &len);
  if (!out)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_FAILED, "cannot open a memory stream: %s",
                   g_strerror (errno));
      return FALSE;
    }
  bri__gv_enter ();
  /* A view of mixed kinds is a digraph whose undirected edges say
   * dir=none (DOT has no per-edge direction otherwise). */
  Agraph_t *g = agopen ((char *) "bri", m->directed || m->mixed ? Agdirected : Agundirected,
                        NULL);
  Agsym_t *dirsym = m->mixed ? agattr (g, AGEDGE, (char *) "dir", (char *) "forward") : NULL;
  g_autofree Agsym_t **nsym = g_new0 (Agsym_t *, nt->n_cols + 1);
  g_autofree Agsym_t **esym = g_new0 (Agsym_t *, et->n_cols + 1);
  for (guint c = 0; c < nt->n_cols; c++)
    nsym[c] = agattr (g, AGNODE, (char *) bri__export_col_name (nt, c), (char *) "");
  for (guint c = 0; c < et->n_cols; c++)
    esym[c] = agattr (g, AGEDGE, (char *) bri__export_col_name (et, c), (char *) "");
  g_autofree Agnode_t **nodes = g_new0 (Agnode_t *, m->n_nodes + 1);
  for (guint i = 0; i < m->n_nodes; i++)
    {
      nodes[i] = agnode (g, (char *) bri_entity_get_id (m->nodes[i]), 1);
      for (guint c = 0; c < nt->n_cols; c++)
        {
          const char *v = bri__export_cell (nt, i, c);
          if (v)
            agxset (nodes[i], nsym[c], (char *) v);
        }
    }
  for (guint e = 0; e < m->n_edges; e++)
    {
      Agedge_t *edge = agedge (g, nodes[m->edge_from[e]], nodes[m->edge_to[e]], NULL, 1);
      if (dirsym && !m->edge_directed[e])
        agxset (edge, dirsym, (char *) "none");
      for (guint c = 0; c < et->n_cols; c++)
        {
          const char *v = bri__export_cell (et, e, c);
          if (v)
            agxset (edge, esym[c], (char *) v);
        }
    }
  int rc = agwrite (g, out);
  agclose (g);
  g_autofree char *messages = g_strdup (bri__gv_messages ());
  bri__gv_leave ();
  if (fclose (out) != 0 || rc != 0)
    {
      free (data);
      g_set_error (error, BRI_ERROR, BRI_ERROR_FAILED, "cgraph could not write the DOT graph%s%s",
                   *messages ? ": " : "", messages);
      return FALSE;
    }
  bri__export_add_file (files, NULL, g_string_new_len (data, (gssize) len));
  free (data);
  return TRUE;
}

#else /* !HAVE_GVC */

/* dot_quote: appends @s as a DOT double-quoted string. The DOT grammar
 * (https://graphviz.org/doc/info/lang.html) says that in a quoted string
 * the only escaped character is the double quote (`\"`); every other
 * character, newlines and UTF-8 included, stands for itself. A backslash is
 * kept as it is by the parser but starts an escape sequence in labels
 * (`\n`, `\N`), so it is doubled; a backslash before a newline would join
 * lines, which doubling also prevents. */
static void
dot_quote (GString *out, const char *s)
{
  g_string_append_c (out, '"');
  for (; *s; s++)
    {
      if (*s == '"' || *s == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *s);
    }
  g_string_append_c (out, '"');
}

/* @undirected_edge: an undirected edge of a mixed view, written with
 * dir=none in the digraph. */
static void
attrs (GString *out, const BriExportTable *t, guint row, gboolean undirected_edge)
{
  gboolean first = TRUE;
  g_string_append (out, " [");
  if (undirected_edge)
    {
      g_string_append (out, "dir=none");
      first = FALSE;
    }
  for (guint c = 0; c < t->n_cols; c++)
    {
      const char *v = bri__export_cell (t, row, c);
      if (!v)
        continue;
      if (!first)
        g_string_append (out, ", ");
      first = FALSE;
      dot_quote (out, bri__export_col_name (t, c));
      g_string_append_c (out, '=');
      dot_quote (out, v);
    }
  g_string_append (out, "];\n");
}

gboolean
bri__export_dot (const BriExportModel *m, GPtrArray *files, GError **error)
{
  gboolean digraph = m->directed || m->mixed;
  GString *out = g_string_new (digraph ? "digraph bri {\n" : "graph bri {\n");
  for (guint i = 0; i < m->n_nodes; i++)
    {
      g_string_append (out, "  ");
      dot_quote (out, bri_entity_get_id (m->nodes[i]));
      attrs (out, &m->node_attrs, i, FALSE);
    }
  for (guint e = 0; e < m->n_edges; e++)
    {
      g_string_append (out, "  ");
      dot_quote (out, bri_entity_get_id (m->nodes[m->edge_from[e]]));
      g_string_append (out, digraph ? " -> " : " -- ");
      dot_quote (out, bri_entity_get_id (m->nodes[m->edge_to[e]]));
      attrs (out, &m->edge_attrs, e, m->mixed && !m->edge_directed[e]);
    }
  g_string_append (out, "}\n");
  bri__export_add_file (files, NULL, out);
  return TRUE;
}

#endif
