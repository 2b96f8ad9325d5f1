/* libbri/query/components.c — owns connected components (weak or strong) as a
 * BriPartition. */
#include "config.h"

#include <math.h>

#include "query/query-private.h"

BriPartition *
bri_view_components (const BriView *view, gboolean strong, GError **error)
{
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  BriPartition *partition = NULL;
  igraph_vector_int_t membership, sizes;

  bri__igraph_enter ();
  igraph_error_t rc = igraph_vector_int_init (&membership, 0);
  if (rc == IGRAPH_SUCCESS && (rc = igraph_vector_int_init (&sizes, 0)) != IGRAPH_SUCCESS)
    igraph_vector_int_destroy (&membership);
  if (rc == IGRAPH_SUCCESS)
    {
      igraph_integer_t n_groups = 0;
      rc = igraph_connected_components (&view->igraph, &membership, &sizes, &n_groups,
                                        strong ? IGRAPH_STRONG : IGRAPH_WEAK);
      /* Weak components' modularity is computed when first asked for
       * (partition-result.c), strong ones' by igraph here. */
      igraph_real_t q = NAN;
      gboolean weak = !strong || !view->directed;
      if (rc == IGRAPH_SUCCESS && !weak && view->n_edges > 0)
        rc = igraph_modularity (&view->igraph, &membership, NULL, 1.0, TRUE, &q);
      if (rc == IGRAPH_SUCCESS && !bri__igraph_failed ())
        partition = weak ? bri__partition_new_weak_components (view, &membership, &sizes)
                         : bri__partition_new (view, &membership, &sizes, q);
      igraph_vector_int_destroy (&sizes);
      igraph_vector_int_destroy (&membership);
    }
  if (!bri__igraph_leave (rc, error))
    {
      bri_partition_free (partition);
      return NULL;
    }
  return partition;
}
