/* libbri/query/ranking-result.c — owns BriRanking: entities with one score each, sorted
 * highest first, NaN last, near-equal scores tied and broken by id (sorted
 * lazily, on the first access by rank); and the measure names. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "query/query-private.h"

struct _BriRanking {
  BriGraph *graph;              /* keeps the entities alive */
  /* A ranking of every vertex of a view (bri__ranking_compute) holds a
   * reference to the view and borrows its vertex array as @entities, and
   * its scores are igraph's result vector itself (freed with igraph_free):
   * no O(V) copy (on M, 100k vertices, the copies made degree 4.5x the
   * bare igraph_strength). NULL for copies, top-k rankings and empty ones,
   * which own both arrays (g_free). */
  BriView *view;
  guint n;
  const BriEntity **entities;   /* as given: view vertex order */
  double *scores;
  /* Instead of @scores, for degrees: igraph_degree ()'s integer vector
   * itself, each score converted when read (a conversion pass over the
   * vector was a third of bri_view_degree on M). NULL otherwise. */
  igraph_integer_t *counts;
  /* The positions of entities in rank order (guint *), computed on the
   * first ordered access and published once (g_once_init_*), so a ranking
   * can be read from several threads. A query that only wants scores by
   * entity never pays for the sort. */
  gsize order;
};

typedef struct {
  double score;
  guint pos;
} Item;

static inline double
score_at (const BriRanking *ranking, guint i)
{
  return ranking->counts ? (double) ranking->counts[i] : ranking->scores[i];
}

static gboolean
scores_tie (double a, double b)
{
  if (a == b)
    return TRUE;
  double scale = MAX (1.0, MAX (fabs (a), fabs (b)));
  return fabs (a - b) <= 1e-9 * scale;
}

/* Highest score first, NaN last, equal scores by position (stable). */
static gint
cmp_score (gconstpointer pa, gconstpointer pb)
{
  const Item *a = pa, *b = pb;
  gboolean na = isnan (a->score), nb = isnan (b->score);
  if (na != nb)
    return na ? 1 : -1;
  if (!na && a->score != b->score)
    return a->score > b->score ? -1 : 1;
  return (a->pos > b->pos) - (a->pos < b->pos);
}

static gint
cmp_id (gconstpointer pa, gconstpointer pb, gpointer data)
{
  const BriEntity *const *entities = data;
  return strcmp (entities[((const Item *) pa)->pos]->id,
                 entities[((const Item *) pb)->pos]->id);
}

/* Sorts by exact score with integer-cheap comparisons, then sorts each run
 * of tied scores (near-equal within 1e-9, chained; NaNs form one run) by
 * entity id: strcmp only where scores tie. */
static guint *
rank_order (const BriRanking *ranking)
{
  guint n = ranking->n;
  Item *items = g_new (Item, n + 1);
  for (guint i = 0; i < n; i++)
    items[i] = (Item){ score_at (ranking, i), i };
  qsort (items, n, sizeof (Item), cmp_score);
  for (guint start = 0, end; start < n; start = end)
    {
      for (end = start + 1; end < n; end++)
        {
          double a = items[end - 1].score, b = items[end].score;
          if (isnan (a) != isnan (b) || (!isnan (a) && !scores_tie (a, b)))
            break;
        }
      if (end - start > 1)
        g_qsort_with_data (items + start, (gint) (end - start), sizeof (Item), cmp_id,
                           (gpointer) ranking->entities);
    }
  guint *order = g_new (guint, n + 1);
  for (guint i = 0; i < n; i++)
    order[i] = items[i].pos;
  g_free (items);
  return order;
}

static const guint *
ranked (const BriRanking *ranking)
{
  BriRanking *r = (BriRanking *) ranking;
  if (g_once_init_enter (&r->order))
    g_once_init_leave (&r->order, (gsize) rank_order (r));
  return (const guint *) r->order;
}

static BriRanking *
ranking_alloc (BriGraph *graph, guint n)
{
  BriRanking *ranking = g_new0 (BriRanking, 1);
  ranking->graph = bri_graph_ref (graph);
  ranking->n = n;
  ranking->entities = g_new (const BriEntity *, n + 1);
  ranking->scores = g_new (double, n + 1);
  return ranking;
}

BriRanking *
bri__ranking_new (BriGraph *graph, const BriEntity **entities, const double *scores,
                  guint n)
{
  BriRanking *ranking = ranking_alloc (graph, n);
  if (n)
    {
      memcpy (ranking->entities, entities, n * sizeof *entities);
      memcpy (ranking->scores, scores, n * sizeof *scores);
    }
  return ranking;
}

/* A ranking of @view's vertices, sharing its vertex array; refs @view. */
static BriRanking *
view_ranking (const BriView *view)
{
  BriRanking *ranking = g_new0 (BriRanking, 1);
  ranking->graph = bri_graph_ref (view->graph);
  ranking->view = bri_view_ref ((BriView *) view);
  ranking->n = view->n_vertices;
  ranking->entities = (const BriEntity **) view->vertices;
  return ranking;
}

/* Takes over @scores' storage (the vector is left empty, still safe to
 * igraph_vector_destroy). */
BriRanking *
bri__ranking_adopt (const BriView *view, igraph_vector_t *scores)
{
  BriRanking *ranking = view_ranking (view);
  ranking->scores = VECTOR (*scores);
  scores->stor_begin = scores->stor_end = scores->end = NULL;
  return ranking;
}

BriRanking *
bri__ranking_adopt_counts (const BriView *view, igraph_vector_int_t *counts)
{
  BriRanking *ranking = view_ranking (view);
  ranking->counts = VECTOR (*counts);
  counts->stor_begin = counts->stor_end = counts->end = NULL;
  return ranking;
}

/* The first @k in rank order, already ranked: the copy's order is the
 * identity. */
BriRanking *
bri__ranking_truncate (const BriRanking *ranking, guint k)
{
  const guint *order = ranked (ranking);
  k = MIN (k, ranking->n);
  BriRanking *top = ranking_alloc (ranking->graph, k);
  guint *identity = g_new (guint, k + 1);
  for (guint i = 0; i < k; i++)
    {
      top->entities[i] = ranking->entities[order[i]];
      top->scores[i] = score_at (ranking, order[i]);
      identity[i] = i;
    }
  top->order = (gsize) identity;
  return top;
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
  g_free ((guint *) ranking->order);
  if (ranking->view)
    {
      igraph_free (ranking->scores);
      igraph_free (ranking->counts);
      bri_view_unref (ranking->view);
    }
  else
    {
      g_free (ranking->entities);
      g_free (ranking->scores);
    }
  bri_graph_unref (ranking->graph);
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
  return ranking->entities[ranked (ranking)[index]];
}

double
bri_ranking_get_score (const BriRanking *ranking, guint index)
{
  g_return_val_if_fail (ranking != NULL, NAN);
  g_return_val_if_fail (index < ranking->n, NAN);
  return score_at (ranking, ranked (ranking)[index]);
}

gint
bri_ranking_find (const BriRanking *ranking, const BriEntity *entity)
{
  g_return_val_if_fail (ranking != NULL, -1);
  const guint *order = ranked (ranking);
  for (guint i = 0; i < ranking->n; i++)
    if (ranking->entities[order[i]] == entity)
      return (gint) i;
  return -1;
}

/* By entity: no ordering needed; O(1) through the view's vertex map. */
double
bri_ranking_get_score_of (const BriRanking *ranking, const BriEntity *entity)
{
  g_return_val_if_fail (ranking != NULL, NAN);
  if (ranking->view)
    {
      gint v = entity ? bri__view_find_vertex (ranking->view, entity) : -1;
      return v < 0 ? NAN : score_at (ranking, v);
    }
  for (guint i = 0; i < ranking->n; i++)
    if (ranking->entities[i] == entity)
      return score_at (ranking, i);
  return NAN;
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
        ranking = bri__ranking_adopt (view, &res);
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
