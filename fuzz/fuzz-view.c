/* fuzz/fuzz-view.c — views and the queries on them. The input is a data
 * set as for fuzz-load (fuzz-common.h); when it loads, views are built on
 * it — plain (the relations' own direction, or undirected), rolled up to
 * countries, the actor projection, an ego network of the first entity —
 * with edge weights by count or (mask bit 7) by sum / Newman, and each is
 * read back through the public accessors and queried. Invariants:
 *   - vertices: find_entity inverts get_entity;
 *   - edges: ends in range, undirected ones with from < to, sorted by
 *     (from, to), each found again by bri_view_find_edge from its ends
 *     (both ways round when undirected); at least one relation each; on a
 *     plain view every relation joins the edge's two entities (in its
 *     direction when the view is directed), and a count weight is the
 *     number of relations; bri_view_explain gives the edge's relations;
 *   - degree: each vertex's score is its number of edge ends;
 *   - components: sizes sum to the vertices, largest first; an edge never
 *     joins two groups; group_of agrees with get_group; modularity NaN
 *     without edges, at most 1 with;
 *   - Louvain (undirected views): a partition of every vertex;
 *   - PageRank sums to 1;
 *   - a shortest path from the first vertex to the last walks edges of the
 *     view, and has as many entities as hops + 1;
 *   - an ego network is a view like the others, its vertices a subset.
 * Errors are allowed only where documented (a roll-up to a kind no entity
 * has is BRI_ERROR_NOT_FOUND, a path may not exist). */
#include "fuzz-common.h"

#include <math.h>

static char *dir;

static void
cleanup (void)
{
  fuzz_remove_dir (dir);
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc;
  (void) argv;
  dir = fuzz_make_dir ("view");
  atexit (cleanup);
  return 0;
}

/* Whether relation @r joins @a and @b (in that direction when @directed). */
static gboolean
joins (const BriRelation *r, const BriEntity *a, const BriEntity *b, gboolean directed)
{
  const BriEntity *f = bri_relation_get_from (r), *t = bri_relation_get_to (r);
  return (f == a && t == b) || (!directed && f == b && t == a);
}

static void
check_edges (BriView *v, gboolean plain, gboolean counted)
{
  guint n = bri_view_get_n_entities (v), m = bri_view_get_n_edges (v);
  gboolean directed = bri_view_is_directed (v);
  for (guint i = 0; i < n; i++)
    FUZZ_CHECK (bri_view_find_entity (v, bri_view_get_entity (v, i)) == (gint) i);
  for (guint e = 0; e < m; e++)
    {
      guint a = bri_view_get_edge_from (v, e), b = bri_view_get_edge_to (v, e);
      FUZZ_CHECK (a < n && b < n && a != b);
      FUZZ_CHECK (directed || a < b);
      if (e > 0)
        {
          guint pa = bri_view_get_edge_from (v, e - 1), pb = bri_view_get_edge_to (v, e - 1);
          FUZZ_CHECK (pa < a || (pa == a && pb < b));
        }
      FUZZ_CHECK (bri_view_find_edge (v, a, b) == (gint) e);
      if (!directed)
        FUZZ_CHECK (bri_view_find_edge (v, b, a) == (gint) e);
      else
        {
          gint back = bri_view_find_edge (v, b, a);
          FUZZ_CHECK (back == -1 || (bri_view_get_edge_from (v, (guint) back) == b
                                     && bri_view_get_edge_to (v, (guint) back) == a));
        }
      guint k = bri_view_get_edge_n_relations (v, e);
      FUZZ_CHECK (k >= 1);
      const BriEntity *ea = bri_view_get_entity (v, a), *eb = bri_view_get_entity (v, b);
      for (guint j = 0; j < k; j++)
        {
          const BriRelation *r = bri_view_get_edge_relation (v, e, j);
          FUZZ_CHECK (r != NULL);
          if (plain)
            FUZZ_CHECK (joins (r, ea, eb, directed));
        }
      if (plain && counted)
        FUZZ_CHECK (bri_view_get_edge_weight (v, e) == (double) k);
      if (plain)
        {
          GPtrArray *rels = bri_view_explain (v, ea, eb, NULL);
          FUZZ_CHECK (rels != NULL && rels->len == k);
          for (guint j = 0; j < k; j++)
            FUZZ_CHECK (g_ptr_array_index (rels, j) == bri_view_get_edge_relation (v, e, j));
          g_ptr_array_unref (rels);
        }
    }
  FUZZ_CHECK (bri_view_find_edge (v, n, 0) == -1);
  FUZZ_CHECK (bri_view_find_edge (v, 0, n) == -1);
}

static void
check_queries (BriView *v)
{
  guint n = bri_view_get_n_entities (v), m = bri_view_get_n_edges (v);
  gboolean directed = bri_view_is_directed (v);
  GError *error = NULL;

  /* Degree: edge ends per vertex. */
  guint *ends = g_new0 (guint, n + 1);
  for (guint e = 0; e < m; e++)
    {
      ends[bri_view_get_edge_from (v, e)]++;
      ends[bri_view_get_edge_to (v, e)]++;
    }
  BriRanking *deg = bri_view_degree (v, BRI_NEIGHBORS_ALL, &error);
  FUZZ_CHECK (deg != NULL && bri_ranking_get_n_items (deg) == n);
  for (guint i = 0; i < n; i++)
    FUZZ_CHECK (bri_ranking_get_score_of (deg, bri_view_get_entity (v, i)) == (double) ends[i]);
  for (guint r = 1; r < n; r++)
    FUZZ_CHECK (bri_ranking_get_score (deg, r - 1) >= bri_ranking_get_score (deg, r));
  bri_ranking_free (deg);

  /* Components (weak). */
  BriPartition *cc = bri_view_components (v, FALSE, &error);
  FUZZ_CHECK (cc != NULL && bri_partition_get_n_entities (cc) == n);
  guint total = 0, groups = bri_partition_get_n_groups (cc);
  for (guint g = 0; g < groups; g++)
    {
      guint size = bri_partition_get_group_size (cc, g);
      FUZZ_CHECK (size >= 1);
      FUZZ_CHECK (g == 0 || size <= bri_partition_get_group_size (cc, g - 1));
      total += size;
    }
  FUZZ_CHECK (total == n);
  for (guint i = 0; i < n; i++)
    {
      FUZZ_CHECK (bri_partition_get_group (cc, i) < groups);
      FUZZ_CHECK (bri_partition_get_group_of (cc, bri_view_get_entity (v, i))
                  == (gint) bri_partition_get_group (cc, i));
    }
  for (guint e = 0; e < m; e++)
    FUZZ_CHECK (bri_partition_get_group (cc, bri_view_get_edge_from (v, e))
                == bri_partition_get_group (cc, bri_view_get_edge_to (v, e)));
  double q = bri_partition_get_modularity (cc);
  FUZZ_CHECK (m == 0 ? isnan (q) : (q <= 1.0 + 1e-9 && q >= -1.0 - 1e-9));
  bri_partition_free (cc);

  /* Louvain on undirected views. */
  if (!directed)
    {
      BriPartition *lv = bri_view_louvain (v, BRI_WEIGHTS_NONE, 1.0, 7, &error);
      FUZZ_CHECK (lv != NULL && bri_partition_get_n_entities (lv) == n);
      guint sum = 0;
      for (guint g = 0; g < bri_partition_get_n_groups (lv); g++)
        sum += bri_partition_get_group_size (lv, g);
      FUZZ_CHECK (sum == n);
      bri_partition_free (lv);
    }

  /* PageRank. */
  BriRanking *pr = bri_view_pagerank (v, BRI_WEIGHTS_NONE, 0.85, &error);
  FUZZ_CHECK (pr != NULL);
  double s = 0;
  for (guint i = 0; i < n; i++)
    s += bri_ranking_get_score (pr, i);
  FUZZ_CHECK (n == 0 || fabs (s - 1.0) < 1e-6);
  bri_ranking_free (pr);

  /* A shortest path from the first vertex to the last. */
  if (n >= 2)
    {
      const BriEntity *a = bri_view_get_entity (v, 0), *b = bri_view_get_entity (v, n - 1);
      BriPath *p = bri_view_shortest_path (v, a, b, BRI_WEIGHTS_NONE, &error);
      if (p == NULL)
        {
          FUZZ_CHECK (g_error_matches (error, BRI_ERROR, BRI_ERROR_NOT_FOUND));
          g_clear_error (&error);
        }
      else
        {
          guint hops = bri_path_get_n_hops (p);
          FUZZ_CHECK (bri_path_get_n_entities (p) == hops + 1);
          FUZZ_CHECK (bri_path_get_entity (p, 0) == a && bri_path_get_entity (p, hops) == b);
          for (guint h = 0; h < hops; h++)
            {
              gint x = bri_view_find_entity (v, bri_path_get_entity (p, h));
              gint y = bri_view_find_entity (v, bri_path_get_entity (p, h + 1));
              FUZZ_CHECK (x >= 0 && y >= 0 && bri_view_find_edge (v, (guint) x, (guint) y) >= 0);
              FUZZ_CHECK (bri_path_get_hop_n_relations (p, h) >= 1);
            }
          bri_path_free (p);
        }
    }
  FUZZ_CHECK (error == NULL);
  g_free (ends);
}

/* Builds a view with @options (NULL: defaults); checks it, queries it, and
 * checks an ego network of its first entity. */
static void
check_view (BriGraph *g, const BriViewOptions *options, gboolean plain, gboolean counted)
{
  GError *error = NULL;
  BriView *v = bri_view_new (g, NULL, options, &error);
  if (v == NULL)
    {
      /* Only a roll-up to a kind no entity has may fail. */
      FUZZ_CHECK (options && bri_view_options_get_rollup (options) != NULL);
      FUZZ_CHECK (g_error_matches (error, BRI_ERROR, BRI_ERROR_NOT_FOUND));
      g_clear_error (&error);
      return;
    }
  check_edges (v, plain, counted);
  check_queries (v);
  if (bri_view_get_n_entities (v) > 0)
    {
      BriView *ego = bri_view_ego (v, bri_view_get_entity (v, 0), 1, &error);
      FUZZ_CHECK (ego != NULL);
      FUZZ_CHECK (bri_view_get_n_entities (ego) <= bri_view_get_n_entities (v));
      for (guint i = 0; i < bri_view_get_n_entities (ego); i++)
        FUZZ_CHECK (bri_view_find_entity (v, bri_view_get_entity (ego, i)) >= 0);
      check_edges (ego, plain, counted);
      bri_view_unref (ego);
    }
  bri_view_unref (v);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  unsigned mask;
  BriGraph *g = fuzz_load_input (dir, data, size, &mask);
  if (g == NULL)
    return 0;
  gboolean weighted = (mask & 0x80) != 0;
  BriViewOptions *o = bri_view_options_new ();
  bri_view_options_set_weighting (o, weighted ? BRI_EDGE_WEIGHT_SUM : BRI_EDGE_WEIGHT_COUNT);
  check_view (g, o, TRUE, !weighted);
  bri_view_options_set_direction (o, BRI_DIRECTION_UNDIRECTED);
  check_view (g, o, TRUE, !weighted);
  bri_view_options_set_rollup (o, "country");
  check_view (g, o, FALSE, !weighted);
  bri_view_options_free (o);

  o = bri_view_options_new ();
  bri_view_options_set_projection (o, BRI_PROJECTION_ACTORS);
  bri_view_options_set_weighting (o, weighted ? BRI_EDGE_WEIGHT_NEWMAN : BRI_EDGE_WEIGHT_COUNT);
  check_view (g, o, FALSE, FALSE);
  bri_view_options_free (o);
  bri_graph_unref (g);
  return 0;
}
