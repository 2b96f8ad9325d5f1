/* libbri/query/clustering.c — owns the clustering measures: global transitivity,
 * average and local clustering (Barrat when weighted), on the view read as
 * an undirected simple graph, with igraph's NaN convention or, on request,
 * zeros. */
#include "config.h"

#include <math.h>

#include "query/query-private.h"

typedef enum { GLOBAL, AVERAGE } Scalar;

static gboolean
scalar (const BriView *view, Scalar what, gboolean zero, double *result, GError **error)
{
  g_return_val_if_fail (view != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  BriUndirected u;
  igraph_real_t value = NAN;
  igraph_transitivity_mode_t mode = zero ? IGRAPH_TRANSITIVITY_ZERO
                                         : IGRAPH_TRANSITIVITY_NAN;

  bri__igraph_enter ();
  igraph_error_t rc = bri__view_undirected (view, &u);
  if (rc == IGRAPH_SUCCESS)
    {
      if (what == GLOBAL)
        rc = igraph_transitivity_undirected (u.graph, &value, mode);
      else
        rc = igraph_transitivity_avglocal_undirected (u.graph, &value, mode);
      bri__view_undirected_clear (&u);
    }
  if (!bri__igraph_leave (rc, error))
    return FALSE;
  *result = value;
  return TRUE;
}

gboolean
bri_view_transitivity (const BriView *view, double *result, GError **error)
{
  return scalar (view, GLOBAL, FALSE, result, error);
}

gboolean
bri_view_average_clustering (const BriView *view, gboolean zero, double *result,
                             GError **error)
{
  return scalar (view, AVERAGE, zero, result, error);
}

typedef struct {
  BriWeights weights;
  gboolean zero;
} Args;

static igraph_error_t
do_local (const BriView *view, igraph_vector_t *res, gconstpointer data)
{
  const Args *a = data;
  BriUndirected u;
  igraph_transitivity_mode_t mode = a->zero ? IGRAPH_TRANSITIVITY_ZERO
                                            : IGRAPH_TRANSITIVITY_NAN;
  igraph_error_t rc = bri__view_undirected (view, &u);
  if (rc != IGRAPH_SUCCESS)
    return rc;
  if (a->weights == BRI_WEIGHTS_NONE)
    rc = igraph_transitivity_local_undirected (u.graph, res, igraph_vss_all (), mode);
  else
    {
      igraph_vector_t w;
      igraph_vector_view (&w, u.weight, igraph_ecount (u.graph));
      rc = igraph_transitivity_barrat (u.graph, res, igraph_vss_all (), &w, mode);
    }
  bri__view_undirected_clear (&u);
  return rc;
}

BriRanking *
bri_view_local_clustering (const BriView *view, BriWeights weights, gboolean zero,
                           GError **error)
{
  g_return_val_if_fail (view != NULL, NULL);
  Args a = { .weights = weights, .zero = zero };
  return bri__ranking_compute (view, do_local, &a, error);
}
