/* libbri/ranking.c — owns BriRanking: entities with one score each, sorted
 * highest first, NaN last, near-equal scores tied and broken by id; and the
 * measure names. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "view-private.h"

struct _BriRanking {
  BriGraph *graph;              /* keeps the entities alive */
  guint n;
  const BriEntity **entities;
  double *scores;
};

typedef struct {
  const BriEntity *entity;
  double score;
} Item;

static gboolean
scores_tie (double a, double b)
{
  if (a == b)
    return TRUE;
  double scale = MAX (1.0, MAX (fabs (a), fabs (b)));
  return fabs (a - b) <= 1e-9 * scale;
}

static gint
cmp_item (gconstpointer pa, gconstpointer pb, gpointer unused)
{
  const Item *a = pa, *b = pb;
  gboolean na = isnan (a->score), nb = isnan (b->score);
  if (na != nb)
    return na ? 1 : -1;
  if (!na && !scores_tie (a->score, b->score))
    return a->score > b->score ? -1 : 1;
  return strcmp (a->entity->id, b->entity->id);
}

BriRanking *
bri__ranking_new (BriGraph *graph, const BriEntity **entities, const double *scores,
                  guint n)
{
  Item *items = g_new (Item, n + 1);
  for (guint i = 0; i < n; i++)
    {
      items[i].entity = entities[i];
      items[i].score = scores[i];
    }
  /* A stable merge sort: the comparison's tolerance is not transitive, and
   * a merge sort cannot misbehave on that. */
  g_qsort_with_data (items, (gint) n, sizeof (Item), cmp_item, NULL);

  BriRanking *ranking = g_new0 (BriRanking, 1);
  ranking->graph = bri_graph_ref (graph);
  ranking->n = n;
  ranking->entities = g_new (const BriEntity *, n + 1);
  ranking->scores = g_new (double, n + 1);
  for (guint i = 0; i < n; i++)
    {
      ranking->entities[i] = items[i].entity;
      ranking->scores[i] = items[i].score;
    }
  g_free (items);
  return ranking;
}

BriRanking *
bri__ranking_from_vector (const BriView *view, const igraph_vector_t *scores)
{
  return bri__ranking_new (view->graph, view->vertices, VECTOR (*scores), view->n_vertices);
}

BriRanking *
bri__ranking_truncate (const BriRanking *ranking, guint k)
{
  return bri__ranking_new (ranking->graph, ranking->entities, ranking->scores,
                           MIN (k, ranking->n));
}

BriRanking *
bri_ranking_copy (const BriRanking *ranking)
{
  g_return_val_if_fail (ranking != NULL, NULL);
  return bri__ranking_truncate (ranking, ranking->n);
}

void
bri_ranking_free (BriRanking *ranking)
{
  if (ranking == NULL)
    return;
  bri_graph_unref (ranking->graph);
  g_free (ranking->entities);
  g_free (ranking->scores);
  g_free (ranking);
}

guint
bri_ranking_get_n_items (const BriRanking *ranking)
{
  g_return_val_if_fail (ranking != NULL, 0);
  return ranking->n;
}

const BriEntity *
bri_ranking_get_entity (const BriRanking *ranking, guint index)
{
  g_return_val_if_fail (ranking != NULL, NULL);
  g_return_val_if_fail (index < ranking->n, NULL);
  return ranking->entities[index];
}

double
bri_ranking_get_score (const BriRanking *ranking, guint index)
{
  g_return_val_if_fail (ranking != NULL, NAN);
  g_return_val_if_fail (index < ranking->n, NAN);
  return ranking->scores[index];
}

gint
bri_ranking_find (const BriRanking *ranking, const BriEntity *entity)
{
  g_return_val_if_fail (ranking != NULL, -1);
  for (guint i = 0; i < ranking->n; i++)
    if (ranking->entities[i] == entity)
      return (gint) i;
  return -1;
}

double
bri_ranking_get_score_of (const BriRanking *ranking, const BriEntity *entity)
{
  gint i = bri_ranking_find (ranking, entity);
  return i < 0 ? NAN : ranking->scores[i];
}

static const char *const measure_names[] = {
  [BRI_MEASURE_DEGREE] = "degree",
  [BRI_MEASURE_STRENGTH] = "strength",
  [BRI_MEASURE_BETWEENNESS] = "betweenness",
  [BRI_MEASURE_CLOSENESS] = "closeness",
  [BRI_MEASURE_HARMONIC] = "harmonic",
  [BRI_MEASURE_EIGENVECTOR] = "eigenvector",
  [BRI_MEASURE_PAGERANK] = "pagerank",
};

const char *
bri_measure_get_name (BriMeasure measure)
{
  if ((guint) measure >= G_N_ELEMENTS (measure_names))
    return NULL;
  return measure_names[measure];
}

gboolean
bri_measure_from_name (const char *name, BriMeasure *measure)
{
  g_return_val_if_fail (name != NULL, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (measure_names); i++)
    if (strcmp (name, measure_names[i]) == 0)
      {
        if (measure)
          *measure = (BriMeasure) i;
        return TRUE;
      }
  return FALSE;
}

BriRanking *
bri__ranking_compute (const BriView *view, BriScoreFunc fn, gconstpointer data,
                      GError **error)
{
  BriRanking *ranking = NULL;
  igraph_vector_t res;

  bri__igraph_enter ();
  igraph_error_t rc = igraph_vector_init (&res, 0);
  if (rc == IGRAPH_SUCCESS)
    {
      rc = fn (view, &res, data);
      if (rc == IGRAPH_SUCCESS && !bri__igraph_failed ()
          && igraph_vector_size (&res) == view->n_vertices)
        ranking = bri__ranking_from_vector (view, &res);
      igraph_vector_destroy (&res);
    }
  if (!bri__igraph_leave (rc, error))
    {
      bri_ranking_free (ranking);
      return NULL;
    }
  if (ranking == NULL)
    g_set_error (error, BRI_ERROR, BRI_ERROR_GRAPH,
                 "igraph returned %s scores for %u vertices", "the wrong number of",
                 view->n_vertices);
  return ranking;
}

igraph_neimode_t
bri__neimode (BriNeighbors mode)
{
  switch (mode)
    {
    case BRI_NEIGHBORS_OUT:
      return IGRAPH_OUT;
    case BRI_NEIGHBORS_IN:
      return IGRAPH_IN;
    case BRI_NEIGHBORS_ALL:
    default:
      return IGRAPH_ALL;
    }
}
