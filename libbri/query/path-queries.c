/* libbri/query/path-queries.c — owns the path queries: one shortest path, all shortest
 * paths, and freight routes over freight_corridor relations. */
#include "config.h"

#include <math.h>

#include "query/query-private.h"

static gboolean
endpoints (const BriView *view, const BriEntity *from, const BriEntity *to,
           gint *u, gint *v, GError **error)
{
  *u = bri__view_vertex (view, from, error);
  if (*u < 0)
    return FALSE;
  *v = bri__view_vertex (view, to, error);
  return *v >= 0;
}

static void
set_no_path (const BriView *view, const BriEntity *from, const BriEntity *to,
             GError **error)
{
  g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND, "no path from '%s' to '%s' in this view",
               bri_entity_get_id (from), bri_entity_get_id (to));
}

BriPath *
bri_view_shortest_path (const BriView *view, const BriEntity *from,
                        const BriEntity *to, BriWeights weights, GError **error)
{
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  gint u, v;
  if (!endpoints (view, from, to, &u, &v, error))
    return NULL;
  if (!bri__view_check_lengths (view, weights, error))
    return NULL;

  BriPath *path = NULL;
  gboolean empty = FALSE;
  igraph_vector_int_t vertices;
  igraph_vector_t w;
  const igraph_vector_t *lengths = bri__view_lengths (view, weights, &w);

  bri__igraph_enter ();
  igraph_error_t rc = igraph_vector_int_init (&vertices, 0);
  if (rc == IGRAPH_SUCCESS)
    {
      if (lengths == NULL)
        rc = igraph_get_shortest_path (&view->igraph, &vertices, NULL, u, v, IGRAPH_OUT);
      else
        rc = igraph_get_shortest_path_dijkstra (&view->igraph, &vertices, NULL, u, v,
                                                lengths, IGRAPH_OUT);
      if (rc == IGRAPH_SUCCESS && !bri__igraph_failed ())
        {
          if (igraph_vector_int_size (&vertices) == 0)
            empty = TRUE;
          else
            path = bri__path_new (view, &vertices, weights);
        }
      igraph_vector_int_destroy (&vertices);
    }
  if (!bri__igraph_leave (rc, error))
    {
      bri_path_free (path);
      return NULL;
    }
  if (empty)
    set_no_path (view, from, to, error);
  return path;
}

BriPathList *
bri_view_all_shortest_paths (const BriView *view, const BriEntity *from,
                             const BriEntity *to, BriWeights weights, GError **error)
{
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  gint u, v;
  if (!endpoints (view, from, to, &u, &v, error))
    return NULL;
  if (!bri__view_check_lengths (view, weights, error))
    return NULL;

  GPtrArray *paths = g_ptr_array_new_with_free_func ((GDestroyNotify) bri_path_free);
  igraph_vector_int_list_t list;
  igraph_vector_t w;
  const igraph_vector_t *lengths = bri__view_lengths (view, weights, &w);

  bri__igraph_enter ();
  igraph_error_t rc = igraph_vector_int_list_init (&list, 0);
  if (rc == IGRAPH_SUCCESS)
    {
      if (lengths == NULL)
        rc = igraph_get_all_shortest_paths (&view->igraph, &list, NULL, NULL, u,
                                            igraph_vss_1 (v), IGRAPH_OUT);
      else
        rc = igraph_get_all_shortest_paths_dijkstra (&view->igraph, &list, NULL, NULL, u,
                                                     igraph_vss_1 (v), lengths, IGRAPH_OUT);
      if (rc == IGRAPH_SUCCESS && !bri__igraph_failed ())
        {
          igraph_integer_t n = igraph_vector_int_list_size (&list);
          for (igraph_integer_t i = 0; i < n; i++)
            {
              igraph_vector_int_t *p = igraph_vector_int_list_get_ptr (&list, i);
              if (igraph_vector_int_size (p) > 0)
                g_ptr_array_add (paths, bri__path_new (view, p, weights));
            }
        }
      igraph_vector_int_list_destroy (&list);
    }
  if (!bri__igraph_leave (rc, error))
    {
      g_ptr_array_unref (paths);
      return NULL;
    }
  if (paths->len == 0)
    {
      g_ptr_array_unref (paths);
      set_no_path (view, from, to, error);
      return NULL;
    }
  return bri__path_list_new (view->graph, paths);
}

BriPathList *
bri_view_freight_routes (const BriView *view, const BriEntity *from,
                         const BriEntity *to, BriWeights weights, GError **error)
{
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (view->options->projection != BRI_PROJECTION_NONE)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "freight routes need a plain view, not an actor projection");
      return NULL;
    }
  guint nk = bri_filter_get_n_relation_kinds (view->filter);
  if (nk > 0)
    {
      gboolean listed = FALSE;
      for (guint i = 0; i < nk; i++)
        if (g_strcmp0 (bri_filter_get_relation_kind (view->filter, i),
                       BRI_KIND_FREIGHT_CORRIDOR) == 0)
          listed = TRUE;
      if (!listed)
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                       "the view's filter leaves out %s relations",
                       BRI_KIND_FREIGHT_CORRIDOR);
          return NULL;
        }
    }

  g_autoptr (BriFilter) filter = bri__filter_copy_only_kind (view->filter,
                                                            BRI_KIND_FREIGHT_CORRIDOR);
  g_autoptr (BriView) routes = bri_view_new (view->graph, filter, view->options, error);
  if (routes == NULL)
    return NULL;
  const BriEntity *ends[2] = { from, to };
  for (guint i = 0; i < 2; i++)
    if (bri_view_find_entity (routes, ends[i]) < 0)
      {
        g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
                     "entity '%s' has no freight corridor in this view",
                     ends[i] ? bri_entity_get_id (ends[i]) : "(null)");
        return NULL;
      }
  return bri_view_all_shortest_paths (routes, from, to, weights, error);
}

gboolean
bri_view_diameter (const BriView *view, BriWeights weights, double *length,
                   BriPath **path, GError **error)
{
  g_return_val_if_fail (view != NULL, FALSE);
  g_return_val_if_fail (length != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (path)
    *path = NULL;
  if (!bri__view_check_lengths (view, weights, error))
    return FALSE;
  if (view->n_vertices == 0)
    {
      *length = NAN;
      return TRUE;
    }

  BriPath *found = NULL;
  igraph_real_t res = NAN;
  igraph_vector_int_t vertices;
  igraph_vector_t w;
  const igraph_vector_t *lengths = bri__view_lengths (view, weights, &w);

  bri__igraph_enter ();
  igraph_error_t rc = igraph_vector_int_init (&vertices, 0);
  if (rc == IGRAPH_SUCCESS)
    {
      if (lengths == NULL)
        rc = igraph_diameter (&view->igraph, &res, NULL, NULL, &vertices, NULL, TRUE, TRUE);
      else
        rc = igraph_diameter_dijkstra (&view->igraph, lengths, &res, NULL, NULL, &vertices,
                                       NULL, TRUE, TRUE);
      if (rc == IGRAPH_SUCCESS && !bri__igraph_failed () && path
          && igraph_vector_int_size (&vertices) > 0)
        found = bri__path_new (view, &vertices, weights);
      igraph_vector_int_destroy (&vertices);
    }
  if (!bri__igraph_leave (rc, error))
    {
      bri_path_free (found);
      return FALSE;
    }
  *length = res;
  if (path)
    *path = found;
  return TRUE;
}
