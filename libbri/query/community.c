/* libbri/query/community.c — owns community detection: Louvain (multilevel),
 * Leiden (modularity objective) and label propagation, seeded through
 * igraph's default generator under the igraph lock, each with the
 * partition's modularity. */
#include "config.h"

#include <math.h>

#include "query/query-private.h"

typedef enum { LOUVAIN, LEIDEN, LABEL_PROPAGATION } Method;

static igraph_error_t
run_leiden (const BriView *view, const igraph_vector_t *weights, double resolution,
            igraph_vector_int_t *membership, igraph_real_t *quality)
{
  igraph_vector_t strength;
  igraph_error_t rc = igraph_vector_init (&strength, 0);
  if (rc != IGRAPH_SUCCESS)
    return rc;
  rc = igraph_strength (&view->igraph, &strength, igraph_vss_all (), IGRAPH_ALL, TRUE,
                        weights);
  if (rc == IGRAPH_SUCCESS)
    {
      /* Modularity as Leiden's objective: vertex weights = strengths and
       * resolution γ / (2m), m the total edge weight (igraph's docs). */
      double two_m = igraph_vector_sum (&strength);
      igraph_integer_t n_clusters;
      rc = igraph_community_leiden (&view->igraph, weights, &strength,
                                    two_m > 0 ? resolution / two_m : resolution,
                                    0.01, FALSE, -1, membership, &n_clusters, quality);
    }
  igraph_vector_destroy (&strength);
  return rc;
}

static BriPartition *
communities (const BriView *view, Method method, BriWeights weights, double resolution,
             guint64 seed, GError **error)
{
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (view->directed && method == LEIDEN)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "Leiden community detection works on undirected views only "
                   "(igraph 0.10.2's Leiden supports undirected graphs only): "
                   "build the view with BRI_DIRECTION_UNDIRECTED");
      return NULL;
    }
  if (view->directed && method == LOUVAIN)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "Louvain community detection works on undirected views only "
                   "(igraph 0.10.2's multilevel supports undirected graphs only): "
                   "build the view with BRI_DIRECTION_UNDIRECTED");
      return NULL;
    }
  if (!(resolution >= 0.0) || isinf (resolution))
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "resolution %g is not a finite number >= 0", resolution);
      return NULL;
    }

  BriPartition *partition = NULL;
  igraph_vector_t w;
  const igraph_vector_t *ws = bri__view_strengths (view, weights, &w);
  igraph_vector_int_t membership;

  bri__igraph_enter ();
  bri__igraph_seed (seed);
  igraph_error_t rc = igraph_vector_int_init (&membership, view->n_vertices);
  if (rc == IGRAPH_SUCCESS)
    {
      /* At resolution 1 Louvain and Leiden report the modularity of the
       * partition they return: Louvain the best level's, which is the
       * level it returns; Leiden its quality, which with strengths as
       * vertex weights and resolution 1/2m is Newman's modularity
       * (igraph_i_community_leiden_quality). igraph_modularity () is then
       * a second pass over the edges, needed only at other
       * resolutions and for label
       * propagation. The two agree to rounding (tests compare with
       * networkx at 1e-9). */
      igraph_real_t q = NAN;
      gboolean have_q = FALSE;
      igraph_vector_t levels_q = { NULL, NULL, NULL }; /* destroy () skips NULL */
      rc = igraph_vector_init (&levels_q, 0);
      if (rc != IGRAPH_SUCCESS)
        ;
      else if (view->n_edges == 0)
        {
          /* Nothing to detect: every entity on its own. */
          for (guint i = 0; i < view->n_vertices; i++)
            VECTOR (membership)[i] = i;
        }
      else if (method == LOUVAIN)
        {
          rc = igraph_community_multilevel (&view->igraph, ws, resolution, &membership,
                                            NULL, &levels_q);
          if (rc == IGRAPH_SUCCESS && resolution == 1.0 && igraph_vector_size (&levels_q) > 0)
            q = igraph_vector_max (&levels_q), have_q = TRUE;
        }
      else if (method == LEIDEN)
        {
          igraph_real_t quality = NAN;
          rc = run_leiden (view, ws, resolution, &membership, &quality);
          if (rc == IGRAPH_SUCCESS && resolution == 1.0)
            q = quality, have_q = TRUE;
        }
      else
        rc = igraph_community_label_propagation (&view->igraph, &membership,
                                                 view->directed ? IGRAPH_OUT : IGRAPH_ALL,
                                                 ws, NULL, NULL);
      igraph_vector_destroy (&levels_q);
      if (rc == IGRAPH_SUCCESS && view->n_edges > 0 && !have_q)
        rc = igraph_modularity (&view->igraph, &membership, ws, 1.0, TRUE, &q);
      if (rc == IGRAPH_SUCCESS && !bri__igraph_failed ())
        partition = bri__partition_new (view, &membership, NULL, q);
      igraph_vector_int_destroy (&membership);
    }
  if (!bri__igraph_leave (rc, error))
    {
      bri_partition_free (partition);
      return NULL;
    }
  return partition;
}

BriPartition *
bri_view_louvain (const BriView *view, BriWeights weights, double resolution,
                  guint64 seed, GError **error)
{
  return communities (view, LOUVAIN, weights, resolution, seed, error);
}

BriPartition *
bri_view_leiden (const BriView *view, BriWeights weights, double resolution,
                 guint64 seed, GError **error)
{
  return communities (view, LEIDEN, weights, resolution, seed, error);
}

BriPartition *
bri_view_label_propagation (const BriView *view, BriWeights weights, guint64 seed,
                            GError **error)
{
  return communities (view, LABEL_PROPAGATION, weights, 1.0, seed, error);
}
