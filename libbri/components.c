/* libbri/components.c — owns connected components (weak or strong) as a
 * BriPartition. */
#include "config.h"

#include <math.h>

#include "view-private.h"

/* The modularity of a partition into weak components, from degrees alone:
 * no edge leaves a component, so Newman's Q = 1 - sum_c (K_c / 2m)^2
 * undirected and 1 - sum_c K_c^out K_c^in / m^2 directed (the formulas
 * igraph_modularity evaluates, unweighted, resolution 1). igraph_degree
 * with loops is O(V), a pass over the edges is not needed. */
static igraph_error_t
weak_modularity (const igraph_t *g, const igraph_vector_int_t *membership,
                 igraph_integer_t n_groups, igraph_real_t *q)
{
  igraph_vector_int_t out, in;
  igraph_vector_t k_out, k_in;
  gboolean directed = igraph_is_directed (g);
  double m = (double) igraph_ecount (g);
  IGRAPH_CHECK (igraph_vector_int_init (&out, 0));
  IGRAPH_FINALLY (igraph_vector_int_destroy, &out);
  IGRAPH_CHECK (igraph_vector_int_init (&in, 0));
  IGRAPH_FINALLY (igraph_vector_int_destroy, &in);
  IGRAPH_CHECK (igraph_vector_init (&k_out, n_groups));
  IGRAPH_FINALLY (igraph_vector_destroy, &k_out);
  IGRAPH_CHECK (igraph_vector_init (&k_in, n_groups));
  IGRAPH_FINALLY (igraph_vector_destroy, &k_in);
  IGRAPH_CHECK (igraph_degree (g, &out, igraph_vss_all (), directed ? IGRAPH_OUT : IGRAPH_ALL,
                               IGRAPH_LOOPS));
  if (directed)
    IGRAPH_CHECK (igraph_degree (g, &in, igraph_vss_all (), IGRAPH_IN, IGRAPH_LOOPS));
  for (igraph_integer_t i = 0; i < igraph_vector_int_size (&out); i++)
    {
      igraph_integer_t c = VECTOR (*membership)[i];
      VECTOR (k_out)[c] += (double) VECTOR (out)[i];
      VECTOR (k_in)[c] += (double) (directed ? VECTOR (in)[i] : VECTOR (out)[i]);
    }
  double scale = directed ? m * m : 4.0 * m * m, sum = 0.0;
  for (igraph_integer_t c = 0; c < n_groups; c++)
    sum += VECTOR (k_out)[c] * VECTOR (k_in)[c];
  *q = 1.0 - sum / scale;
  igraph_vector_destroy (&k_in);
  igraph_vector_destroy (&k_out);
  igraph_vector_int_destroy (&in);
  igraph_vector_int_destroy (&out);
  IGRAPH_FINALLY_CLEAN (4);
  return IGRAPH_SUCCESS;
}

BriPartition *
bri_view_components (const BriView *view, gboolean strong, GError **error)
{
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  BriPartition *partition = NULL;
  igraph_vector_int_t membership;

  bri__igraph_enter ();
  igraph_error_t rc = igraph_vector_int_init (&membership, 0);
  if (rc == IGRAPH_SUCCESS)
    {
      igraph_integer_t n_groups = 0;
      rc = igraph_connected_components (&view->igraph, &membership, NULL, &n_groups,
                                        strong ? IGRAPH_STRONG : IGRAPH_WEAK);
      igraph_real_t q = NAN;
      gboolean weak = !strong || !view->directed;
      if (rc == IGRAPH_SUCCESS && view->n_edges > 0)
        rc = weak ? weak_modularity (&view->igraph, &membership, n_groups, &q)
                  : igraph_modularity (&view->igraph, &membership, NULL, 1.0, TRUE, &q);
      if (rc == IGRAPH_SUCCESS && !bri__igraph_failed ())
        partition = bri__partition_new (view, &membership, q);
      igraph_vector_int_destroy (&membership);
    }
  if (!bri__igraph_leave (rc, error))
    {
      bri_partition_free (partition);
      return NULL;
    }
  return partition;
}
