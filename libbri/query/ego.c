/* libbri/query/ego.c — owns ego networks: the part of a view within k hops of an
 * entity, as a new view keeping the edges' weights and relations. */
#include "config.h"

#include "view/view-private.h"

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

  /* A subset of the view's sorted vertices and edges is itself sorted:
   * no need to rebuild and re-sort edge by edge. */
  BriView *ego = bri__view_new_subset (view, in, error);
  g_free (in);
  return ego;
}
