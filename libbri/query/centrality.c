/* libbri/query/centrality.c — owns the centrality rankings: degree, strength,
 * betweenness (exact and sampled), closeness, harmonic, eigenvector and
 * PageRank, each with the convention documented in bri/query.h. */
#include "config.h"

#include <math.h>

#include "query/query-private.h"

typedef struct {
  BriNeighbors mode;
  BriWeights weights;
  double damping;
  igraph_vector_int_t *sources; /* sampled betweenness */
} Args;

static igraph_error_t
do_strength (const BriView *view, igraph_vector_t *res, gconstpointer data)
{
  const Args *a = data;
  igraph_vector_t w;
  return igraph_strength (&view->igraph, res, igraph_vss_all (), bri__neimode (a->mode),
                          TRUE, bri__view_strengths (view, a->weights, &w));
}

/* Degrees as scores. igraph_strength () without weights counts into an
 * integer vector and copies it into a second, real one: two fresh O(V)
 * vectors (800 KB each on M), the second one's first touch page-faulting
 * (196 faults, half the call on M). Here igraph_degree ()'s integer vector
 * becomes the ranking's storage as it is, each score converted when read
 * (a conversion pass in place was still a third of the call on M). */
static BriRanking *
degree_ranking (const BriView *view, BriNeighbors mode, GError **error)
{
  BriRanking *ranking = NULL;
  igraph_vector_int_t degrees;

  bri__igraph_enter ();
  igraph_error_t rc = igraph_vector_int_init (&degrees, 0);
  if (rc == IGRAPH_SUCCESS)
    {
      rc = igraph_degree (&view->igraph, &degrees, igraph_vss_all (),
                          bri__neimode (mode), TRUE);
      igraph_integer_t n = igraph_vector_int_size (&degrees);
      if (rc == IGRAPH_SUCCESS && !bri__igraph_failed () && n == view->n_vertices)
        ranking = bri__ranking_adopt_counts (view, &degrees);
      igraph_vector_int_destroy (&degrees);
    }
  if (!bri__igraph_leave (rc, error))
    {
      bri_ranking_free (ranking);
      return NULL;
    }
  if (ranking == NULL)
    g_set_error (error, BRI_ERROR, BRI_ERROR_GRAPH,
                 "igraph returned %s degrees for %u vertices", "the wrong number of",
                 view->n_vertices);
  return ranking;
}

BriRanking *
bri_view_degree (const BriView *view, BriNeighbors mode, GError **error)
{
  g_return_val_if_fail (view != NULL, NULL);
  return degree_ranking (view, mode, error);
}

BriRanking *
bri_view_strength (const BriView *view, BriNeighbors mode, BriWeights weights,
                   GError **error)
{
  g_return_val_if_fail (view != NULL, NULL);
  if (weights == BRI_WEIGHTS_NONE)
    return degree_ranking (view, mode, error);
  Args a = { .mode = mode, .weights = weights };
  return bri__ranking_compute (view, do_strength, &a, error);
}

static igraph_error_t
do_betweenness (const BriView *view, igraph_vector_t *res, gconstpointer data)
{
  const Args *a = data;
  igraph_vector_t w;
  return igraph_betweenness (&view->igraph, res, igraph_vss_all (), TRUE,
                             bri__view_lengths (view, a->weights, &w));
}

BriRanking *
bri_view_betweenness (const BriView *view, BriWeights weights, GError **error)
{
  g_return_val_if_fail (view != NULL, NULL);
  if (!bri__view_check_lengths (view, weights, error))
    return NULL;
  Args a = { .weights = weights };
  return bri__ranking_compute (view, do_betweenness, &a, error);
}

static igraph_error_t
do_betweenness_subset (const BriView *view, igraph_vector_t *res, gconstpointer data)
{
  const Args *a = data;
  igraph_vector_t w;
  igraph_error_t rc = igraph_betweenness_subset (&view->igraph, res, igraph_vss_all (),
                                                 TRUE, igraph_vss_vector (a->sources),
                                                 igraph_vss_all (),
                                                 bri__view_lengths (view, a->weights, &w));
  if (rc == IGRAPH_SUCCESS)
    {
      /* Brandes–Pich: each sampled source stands for V/k sources. */
      igraph_integer_t k = igraph_vector_int_size (a->sources);
      if (k > 0)
        igraph_vector_scale (res, (double) view->n_vertices / (double) k);
    }
  return rc;
}

BriRanking *
bri_view_betweenness_sampled (const BriView *view, BriWeights weights, guint k,
                              guint64 seed, GError **error)
{
  g_return_val_if_fail (view != NULL, NULL);
  if (k == 0)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "the number of sampled sources must be at least 1");
      return NULL;
    }
  if (!bri__view_check_lengths (view, weights, error))
    return NULL;
  guint n = view->n_vertices;
  k = MIN (k, n);

  /* The sample: a partial Fisher–Yates shuffle driven by a seeded GRand,
   * independent of igraph's generator and of other threads. */
  guint32 seed_words[2] = { (guint32) seed, (guint32) (seed >> 32) };
  GRand *rand = g_rand_new_with_seed_array (seed_words, 2);
  guint *order = g_new (guint, n + 1);
  for (guint i = 0; i < n; i++)
    order[i] = i;
  for (guint i = 0; i < k; i++)
    {
      guint j = i + (guint) g_rand_int_range (rand, 0, (gint32) (n - i));
      guint t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  g_rand_free (rand);

  igraph_integer_t *ids = g_new (igraph_integer_t, k + 1);
  for (guint i = 0; i < k; i++)
    ids[i] = order[i];
  g_free (order);
  igraph_vector_int_t sources;
  igraph_vector_int_view (&sources, ids, k);

  Args a = { .weights = weights, .sources = &sources };
  BriRanking *ranking = bri__ranking_compute (view, do_betweenness_subset, &a, error);
  g_free (ids);
  return ranking;
}

static igraph_error_t
do_closeness (const BriView *view, igraph_vector_t *res, gconstpointer data)
{
  const Args *a = data;
  igraph_vector_t w;
  return igraph_closeness (&view->igraph, res, NULL, NULL, igraph_vss_all (),
                           bri__neimode (a->mode), bri__view_lengths (view, a->weights, &w),
                           TRUE);
}

BriRanking *
bri_view_closeness (const BriView *view, BriNeighbors mode, BriWeights weights,
                    GError **error)
{
  g_return_val_if_fail (view != NULL, NULL);
  if (!bri__view_check_lengths (view, weights, error))
    return NULL;
  Args a = { .mode = mode, .weights = weights };
  return bri__ranking_compute (view, do_closeness, &a, error);
}

static igraph_error_t
do_harmonic (const BriView *view, igraph_vector_t *res, gconstpointer data)
{
  const Args *a = data;
  igraph_vector_t w;
  return igraph_harmonic_centrality (&view->igraph, res, igraph_vss_all (),
                                     bri__neimode (a->mode),
                                     bri__view_lengths (view, a->weights, &w), TRUE);
}

BriRanking *
bri_view_harmonic (const BriView *view, BriNeighbors mode, BriWeights weights,
                   GError **error)
{
  g_return_val_if_fail (view != NULL, NULL);
  if (!bri__view_check_lengths (view, weights, error))
    return NULL;
  Args a = { .mode = mode, .weights = weights };
  return bri__ranking_compute (view, do_harmonic, &a, error);
}

static igraph_error_t
do_eigenvector (const BriView *view, igraph_vector_t *res, gconstpointer data)
{
  const Args *a = data;
  igraph_vector_t w;
  igraph_arpack_options_t options;
  igraph_real_t value;
  igraph_arpack_options_init (&options);
  return igraph_eigenvector_centrality (&view->igraph, res, &value, TRUE, TRUE,
                                        bri__view_strengths (view, a->weights, &w),
                                        &options);
}

BriRanking *
bri_view_eigenvector (const BriView *view, BriWeights weights, GError **error)
{
  g_return_val_if_fail (view != NULL, NULL);
  Args a = { .weights = weights };
  return bri__ranking_compute (view, do_eigenvector, &a, error);
}

static igraph_error_t
do_pagerank (const BriView *view, igraph_vector_t *res, gconstpointer data)
{
  const Args *a = data;
  igraph_vector_t w;
  igraph_real_t value;
  return igraph_pagerank (&view->igraph, IGRAPH_PAGERANK_ALGO_PRPACK, res, &value,
                          igraph_vss_all (), TRUE, a->damping,
                          bri__view_strengths (view, a->weights, &w), NULL);
}

BriRanking *
bri_view_pagerank (const BriView *view, BriWeights weights, double damping,
                   GError **error)
{
  g_return_val_if_fail (view != NULL, NULL);
  if (!(damping >= 0.0 && damping <= 1.0))
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "damping factor %g is not in [0, 1]", damping);
      return NULL;
    }
  Args a = { .weights = weights, .damping = damping };
  return bri__ranking_compute (view, do_pagerank, &a, error);
}

BriRanking *
bri_view_centrality (const BriView *view, BriMeasure measure, BriWeights weights,
                     GError **error)
{
  g_return_val_if_fail (view != NULL, NULL);
  switch (measure)
    {
    case BRI_MEASURE_DEGREE:
      return bri_view_degree (view, BRI_NEIGHBORS_ALL, error);
    case BRI_MEASURE_STRENGTH:
      return bri_view_strength (view, BRI_NEIGHBORS_ALL, weights, error);
    case BRI_MEASURE_BETWEENNESS:
      return bri_view_betweenness (view, weights, error);
    case BRI_MEASURE_CLOSENESS:
      return bri_view_closeness (view, BRI_NEIGHBORS_ALL, weights, error);
    case BRI_MEASURE_HARMONIC:
      return bri_view_harmonic (view, BRI_NEIGHBORS_ALL, weights, error);
    case BRI_MEASURE_EIGENVECTOR:
      return bri_view_eigenvector (view, weights, error);
    case BRI_MEASURE_PAGERANK:
      return bri_view_pagerank (view, weights, 0.85, error);
    default:
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID, "unknown measure %d", (int) measure);
      return NULL;
    }
}
