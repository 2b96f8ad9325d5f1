/* libbri/components.c — owns connected components (weak or strong) as a
 * BriPartition. */
#include "config.h"

#include <math.h>

#include "view-private.h"

/* The modularity of a partition into weak components, from degrees alone:
 * no edge leaves a component, so Newman's Q = 1 - sum_c (K_c / 2m)^2
 * undirected and 1 - sum_c K_c^out K_c^in / m^2 directed (the formulas
 * igraph_modularity evaluates, unweighted, resolution 1): O(V), no pass
 * over the edges. */
static igraph_error_t
weak_modularity (const igraph_t *g, const igraph_vector_int_t *membership,
                 igraph_integer_t n_groups, igraph_real_t *q)
{
  /* Degrees straight from igraph's edge index (view-build.c fills it):
   * vertex v's out-edges are oi[os[v] .. os[v+1]), its in-edges ii[is[v]
   * .. is[v+1]); an undirected edge is an out-edge of one end and an
   * in-edge of the other, and views have no loops. igraph_degree () into a
   * fresh O(V) vector (page faults on 800 KB on M) was 4 % of the call. */
  igraph_vector_t k_out, k_in;
  gboolean directed = igraph_is_directed (g);
  double m = (double) igraph_ecount (g);
  const igraph_integer_t *os = VECTOR (g->os), *is = VECTOR (g->is);
  IGRAPH_CHECK (igraph_vector_init (&k_out, n_groups));
  IGRAPH_FINALLY (igraph_vector_destroy, &k_out);
  IGRAPH_CHECK (igraph_vector_init (&k_in, n_groups));
  IGRAPH_FINALLY (igraph_vector_destroy, &k_in);
  for (igraph_integer_t v = 0; v < igraph_vcount (g); v++)
    {
      igraph_integer_t c = VECTOR (*membership)[v];
      double out = (double) (os[v + 1] - os[v]), in = (double) (is[v + 1] - is[v]);
      VECTOR (k_out)[c] += directed ? out : out + in;
      VECTOR (k_in)[c] += directed ? in : out + in;
    }
  double scale = directed ? m * m : 4.0 * m * m, sum = 0.0;
  for (igraph_integer_t c = 0; c < n_groups; c++)
    sum += VECTOR (k_out)[c] * VECTOR (k_in)[c];
  *q = 1.0 - sum / scale;
  igraph_vector_destroy (&k_in);
  igraph_vector_destroy (&k_out);
  IGRAPH_FINALLY_CLEAN (2);
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
