/* libbri/ego.c — owns ego networks: the part of a view within k hops of an
 * entity, as a new view keeping the edges' weights and relations. */
#include "config.h"

#include "view-private.h"

BriView *
bri_view_ego (const BriView *view, const BriEntity *center, guint order, GError **error)
{
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  gint c = bri__view_vertex (view, center, error);
  if (c < 0)
    return NULL;

  gboolean *in = g_new0 (gboolean, view->n_vertices + 1);
  igraph_vector_int_list_t res;

  bri__igraph_enter ();
  igraph_error_t rc = igraph_vector_int_list_init (&res, 0);
  if (rc == IGRAPH_SUCCESS)
    {
      rc = igraph_neighborhood (&view->igraph, &res, igraph_vss_1 (c),
                                (igraph_integer_t) MIN (order, (guint) G_MAXINT32),
                                IGRAPH_ALL, 0);
      if (rc == IGRAPH_SUCCESS && !bri__igraph_failed ()
          && igraph_vector_int_list_size (&res) == 1)
        {
          igraph_vector_int_t *vs = igraph_vector_int_list_get_ptr (&res, 0);
          for (igraph_integer_t i = 0; i < igraph_vector_int_size (vs); i++)
            in[VECTOR (*vs)[i]] = TRUE;
        }
      igraph_vector_int_list_destroy (&res);
    }
  if (!bri__igraph_leave (rc, error))
    {
      g_free (in);
      return NULL;
    }
  in[c] = TRUE;

  BriViewBuilder builder;
  bri__view_builder_init (&builder, view->directed);
  for (guint i = 0; i < view->n_vertices; i++)
    if (in[i])
      g_ptr_array_add (builder.extra_vertices, (gpointer) view->vertices[i]);
  for (guint e = 0; e < view->n_edges; e++)
    {
      const BriViewEdge *edge = &view->edges[e];
      if (!in[edge->from] || !in[edge->to])
        continue;
      BriEdgeAcc *acc = bri__view_builder_edge (&builder, view->vertices[edge->from],
                                                view->vertices[edge->to]);
      acc->weight = view->weight[e];
      for (guint j = 0; j < edge->n_rel; j++)
        g_ptr_array_add (acc->relations, (gpointer) view->relations[edge->rel_start + j]);
      guint n_items = bri_view_get_edge_n_items (view, e);
      for (guint j = 0; j < n_items; j++)
        bri__edge_acc_add_item (acc, view->items[view->item_start[e] + j]);
    }
  g_free (in);
  BriView *ego = bri__view_builder_finish (&builder, view->graph, view->filter,
                                           view->options, error);
  bri__view_builder_clear (&builder);
  return ego;
}
