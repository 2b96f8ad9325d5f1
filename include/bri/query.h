/**
 * SECTION:query
 * @title: Queries
 * @short_description: questions asked of a BriView, answered by igraph 0.10
 * @include: bri/bri.h
 *
 * Every query takes a built view, computes with igraph behind libbri's one
 * igraph lock, and returns a self-contained, immutable result object (it
 * holds a reference on the graph, so it may outlive the view and be shared
 * between threads). Results never print. igraph failures become
 * BRI_ERROR_GRAPH errors.
 *
 * Weights. Each weighted query takes a BriWeights mode (DESIGN.md,
 * "Weights and conventions"):
 *
 * |[
 *   mode      path-based measures (paths,        strength-based measures
 *             betweenness, closeness, harmonic)  (strength, PageRank,
 *                                                eigenvector, clustering,
 *                                                communities, modularity)
 *   NONE      every edge has length 1            every edge has strength 1
 *   STRENGTH  length = 1/weight (strong = short) weight
 *   RAW       length = weight (igraph/networkx)  weight
 * ]|
 *
 * An edge of weight 0 (possible with BRI_EDGE_WEIGHT_SUM) has no length
 * under STRENGTH: path-based queries then fail with BRI_ERROR_INVALID
 * (igraph 0.10.2 would treat the infinite length as passable). Under RAW it
 * has length 0, which igraph's betweenness and closeness refuse
 * (BRI_ERROR_GRAPH, "Weight vector must be positive").
 *
 * Direction. On a directed view paths follow the edges; degree, strength,
 * closeness and harmonic take a BriNeighbors mode; betweenness and PageRank
 * use directed paths; eigenvector centrality is igraph's directed variant
 * (left eigenvector: a vertex is central when central vertices point to it).
 * Clustering always reads the view as undirected (a → b and b → a are one
 * link whose weight is their sum).
 */
#ifndef BRI_QUERY_H
#define BRI_QUERY_H

#include <glib.h>
#include <bri/version.h>
#include <bri/graph.h>
#include <bri/view.h>

G_BEGIN_DECLS

/**
 * BriWeights:
 * @BRI_WEIGHTS_NONE: every edge has length 1 and strength 1.
 * @BRI_WEIGHTS_STRENGTH: length = 1/weight (strong ties are short), strength = weight; the meaning of the command line's `--weighted`.
 * @BRI_WEIGHTS_RAW: length = weight and strength = weight, igraph's and networkx's own convention.
 *
 * see the table above.
 */
typedef enum {
  BRI_WEIGHTS_NONE,
  BRI_WEIGHTS_STRENGTH,
  BRI_WEIGHTS_RAW,
} BriWeights;

/**
 * BriNeighbors:
 * @BRI_NEIGHBORS_ALL: in and out edges (degree = in + out; closeness over
 *   paths that ignore direction).
 * @BRI_NEIGHBORS_OUT: out edges (closeness: distances from the vertex).
 * @BRI_NEIGHBORS_IN: in edges (closeness: distances to the vertex).
 *
 * Which edges of a directed view count (ignored on an undirected view).
 */
typedef enum {
  BRI_NEIGHBORS_ALL,
  BRI_NEIGHBORS_OUT,
  BRI_NEIGHBORS_IN,
} BriNeighbors;

/**
 * BriMeasure:
 * @BRI_MEASURE_DEGREE: bri_view_degree().
 * @BRI_MEASURE_STRENGTH: bri_view_strength().
 * @BRI_MEASURE_BETWEENNESS: bri_view_betweenness().
 * @BRI_MEASURE_CLOSENESS: bri_view_closeness().
 * @BRI_MEASURE_HARMONIC: bri_view_harmonic().
 * @BRI_MEASURE_EIGENVECTOR: bri_view_eigenvector().
 * @BRI_MEASURE_PAGERANK: bri_view_pagerank().
 *
 * a centrality measure, for bri_view_centrality() and timelines.
 */
typedef enum {
  BRI_MEASURE_DEGREE,
  BRI_MEASURE_STRENGTH,
  BRI_MEASURE_BETWEENNESS,
  BRI_MEASURE_CLOSENESS,
  BRI_MEASURE_HARMONIC,
  BRI_MEASURE_EIGENVECTOR,
  BRI_MEASURE_PAGERANK,
} BriMeasure;

/**
 * bri_measure_get_name:
 * @measure: a #BriMeasure
 *
 * Gets the name of @measure.
 *
 * Returns: (transfer none): "degree", "strength", "betweenness", "closeness",
 *   "harmonic", "eigenvector" or "pagerank"; NULL for an unknown value.
 */
BRI_API const char *bri_measure_get_name (BriMeasure measure);
/**
 * bri_measure_from_name:
 * @name: a measure name
 * @measure: (out): the measure, set when @name is known
 *
 * Looks a measure up by its name (bri_measure_get_name()).
 *
 * Returns: TRUE and sets @measure when @name is one of the names above.
 */
BRI_API gboolean bri_measure_from_name (const char *name, BriMeasure *measure);

/* ------------------------------------------------------------------ */
/* BriRanking: one score per entity, sorted                           */
/* ------------------------------------------------------------------ */

/* A ranking computed on a view keeps a reference to that view (it shares
 * the view's vertex map rather than copying it), so the view stays alive
 * until the ranking is freed; copies (bri_ranking_copy) and a timeline's
 * top-k rankings keep only the graph. Either way a ranking may outlive
 * every reference the caller holds. */
/**
 * BriRanking:
 *
 * One score per entity, sorted (opaque, immutable): the result of a centrality or clustering query; freed with bri_ranking_free().
 */
typedef struct _BriRanking BriRanking;

/**
 * bri_ranking_free:
 * @ranking: a #BriRanking
 *
 * NULL is ignored.
 */
BRI_API void bri_ranking_free (BriRanking *ranking);
/**
 * bri_ranking_copy:
 * @ranking: a #BriRanking
 *
 * Copies @ranking.
 *
 * Returns: (transfer full): an independent copy.
 */
BRI_API BriRanking *bri_ranking_copy (const BriRanking *ranking);
/**
 * bri_ranking_get_n_items:
 * @ranking: a #BriRanking
 *
 * Gets the number of items of @ranking.
 *
 * Returns: the number of ranked entities (every vertex of the view, or the
 *   top k of a timeline).
 */
BRI_API guint bri_ranking_get_n_items (const BriRanking *ranking);
/**
 * bri_ranking_get_entity:
 * @ranking: a #BriRanking
 * @index: a position, below bri_ranking_get_n_items()
 *
 * Items are sorted by score, highest first; NaN scores come last; scores
 * equal up to a relative 1e-9 are ties, broken by entity id (byte order).
 *
 * Returns: (transfer none): the @index-th entity (owned by the graph, which
 *   the ranking keeps alive).
 */
BRI_API const BriEntity *bri_ranking_get_entity (const BriRanking *ranking, guint index);
/**
 * bri_ranking_get_score:
 * @ranking: a #BriRanking
 * @index: a position, below bri_ranking_get_n_items()
 *
 * Gets the score of @ranking.
 *
 * Returns: the @index-th score (may be NaN, see each measure).
 */
BRI_API double bri_ranking_get_score (const BriRanking *ranking, guint index);
/**
 * bri_ranking_find:
 * @ranking: a #BriRanking
 * @entity: a #BriEntity
 *
 * Finds where @entity stands in @ranking.
 *
 * Complexity: O(n).
 *
 * Returns: the position of @entity in the ranking, or -1.
 */
BRI_API gint bri_ranking_find (const BriRanking *ranking, const BriEntity *entity);
/**
 * bri_ranking_get_score_of:
 * @ranking: a #BriRanking
 * @entity: a #BriEntity
 *
 * Gets the score of of @ranking.
 *
 * Complexity: O(1) for a ranking of a view, O(n) for a copy.
 *
 * Returns: the score of @entity, NaN when it is not ranked.
 */
BRI_API double bri_ranking_get_score_of (const BriRanking *ranking,
                                         const BriEntity *entity);

/* ------------------------------------------------------------------ */
/* Centrality                                                          */
/* ------------------------------------------------------------------ */

/**
 * bri_view_degree:
 * @view: a #BriView
 * @mode: a #BriNeighbors
 * @error: return location for a #GError, or %NULL
 *
 * Degree: the number of distinct neighbours (edges of the simple view), in
 * the direction @mode on a directed view (igraph_strength() without
 * weights; views have no loops). Only an ego view of radius 0 has an
 * isolated vertex (degree 0).
 *
 * Errors: BRI_ERROR_GRAPH.
 *
 * Complexity: O(V + E).
 *
 * Returns: (transfer full) (nullable): a ranking; bri_ranking_free() it.
 */
BRI_API BriRanking *bri_view_degree (const BriView *view, BriNeighbors mode,
                                     GError **error);

/**
 * bri_view_strength:
 * @view: a #BriView
 * @mode: a #BriNeighbors
 * @weights: the weight mode (#BriWeights)
 * @error: return location for a #GError, or %NULL
 *
 * Strength: the sum of the weights of the vertex's edges (direction @mode);
 * with BRI_WEIGHTS_NONE it equals the degree. igraph_strength().
 *
 * Complexity: O(V + E).
 *
 * Returns: (transfer full) (nullable). Errors: BRI_ERROR_GRAPH.
 */
BRI_API BriRanking *bri_view_strength (const BriView *view, BriNeighbors mode,
                                       BriWeights weights, GError **error);

/**
 * bri_view_betweenness:
 * @view: a #BriView
 * @weights: the weight mode (#BriWeights)
 * @error: return location for a #GError, or %NULL
 *
 * Betweenness: igraph's raw counts: the sum over pairs s ≠ t ≠ v of the share
 * of shortest s–t paths through v; an undirected view counts each unordered
 * pair once (networkx normalized=False; networkx normalized=True multiplies
 * by 2/((n−1)(n−2)) when undirected, 1/((n−1)(n−2)) when directed). Paths
 * use the lengths of @weights. igraph_betweenness().
 *
 * Complexity: O(V E) unweighted, O(V E + V² log V) weighted.
 *
 * Returns: (transfer full) (nullable). Errors: BRI_ERROR_GRAPH (e.g. a
 *   length igraph refuses).
 */
BRI_API BriRanking *bri_view_betweenness (const BriView *view, BriWeights weights,
                                          GError **error);

/**
 * bri_view_betweenness_sampled:
 * @view: a #BriView
 * @weights: the weight mode (#BriWeights)
 * @k: the number of sampled source vertices, 1 <= k; k >= V gives the exact
 *   betweenness.
 * @seed: the seed of the sample (same seed, same sample, same result).
 * @error: return location for a #GError, or %NULL
 *
 * Approximate betweenness (Brandes–Pich): igraph_betweenness_subset() from k
 * sources drawn without replacement to every target, scaled by V/k, so the
 * estimate is unbiased for bri_view_betweenness()'s values.
 *
 * Complexity: O(k E) unweighted, O(k (E + V log V)) weighted.
 *
 * Returns: (transfer full) (nullable). Errors: BRI_ERROR_INVALID (k = 0),
 *   BRI_ERROR_GRAPH.
 */
BRI_API BriRanking *bri_view_betweenness_sampled (const BriView *view,
                                                  BriWeights weights, guint k,
                                                  guint64 seed, GError **error);

/**
 * bri_view_closeness:
 * @view: a #BriView
 * @mode: a #BriNeighbors
 * @weights: the weight mode (#BriWeights)
 * @error: return location for a #GError, or %NULL
 *
 * Closeness, igraph's convention: (r−1)/Σd, the inverse of the mean
 * distance to the r−1 vertices the vertex reaches (direction @mode);
 * NaN for a vertex that reaches none. networkx's value on a disconnected
 * graph is this times (r−1)/(n−1), and 0 instead of NaN.
 * igraph_closeness(normalized = true).
 *
 * Complexity: O(V E) unweighted, O(V (E + V log V)) weighted.
 *
 * Returns: (transfer full) (nullable). Errors: BRI_ERROR_GRAPH.
 */
BRI_API BriRanking *bri_view_closeness (const BriView *view, BriNeighbors mode,
                                        BriWeights weights, GError **error);

/**
 * bri_view_harmonic:
 * @view: a #BriView
 * @mode: a #BriNeighbors
 * @weights: the weight mode (#BriWeights)
 * @error: return location for a #GError, or %NULL
 *
 * Harmonic centrality, normalised: the mean of 1/d over the n−1 other
 * vertices (unreachable ones add 0); networkx's harmonic_centrality is this
 * times (n−1). Unreachable vertices add 0, so it is defined on disconnected
 * views.
 * igraph_harmonic_centrality(normalized = true).
 *
 * Complexity: as bri_view_closeness().
 *
 * Returns: (transfer full) (nullable). Errors: BRI_ERROR_GRAPH.
 */
BRI_API BriRanking *bri_view_harmonic (const BriView *view, BriNeighbors mode,
                                       BriWeights weights, GError **error);

/**
 * bri_view_eigenvector:
 * @view: a #BriView
 * @weights: the weight mode (#BriWeights)
 * @error: return location for a #GError, or %NULL
 *
 * Eigenvector centrality scaled so that the maximum is 1 (igraph's
 * scale = true; networkx uses unit Euclidean norm: divide by the norm of
 * the vector to convert). Strength-based: @weights NONE or the weights.
 * igraph_eigenvector_centrality(). A directed acyclic view has all zeros.
 *
 * Complexity: O(E) per ARPACK iteration.
 *
 * Returns: (transfer full) (nullable). Errors: BRI_ERROR_GRAPH.
 */
BRI_API BriRanking *bri_view_eigenvector (const BriView *view, BriWeights weights,
                                          GError **error);

/**
 * bri_view_pagerank:
 * @view: a #BriView
 * @weights: the weight mode (#BriWeights)
 * @damping: the damping factor, in [0, 1]; 0.85 is usual.
 * @error: return location for a #GError, or %NULL
 *
 * PageRank with PRPACK (exact to ~1e-13; the scores sum to 1), directed on
 * a directed view. Strength-based weights.
 *
 * Complexity: about O(E) per iteration.
 *
 * Returns: (transfer full) (nullable). Errors: BRI_ERROR_INVALID (damping),
 *   BRI_ERROR_GRAPH.
 */
BRI_API BriRanking *bri_view_pagerank (const BriView *view, BriWeights weights,
                                       double damping, GError **error);

/**
 * bri_view_centrality:
 * @view: a #BriView
 * @measure: a #BriMeasure
 * @weights: the weight mode (#BriWeights)
 * @error: return location for a #GError, or %NULL
 *
 * Computes @measure with the defaults: BRI_NEIGHBORS_ALL, damping 0.85.
 *
 * Errors: as that function; BRI_ERROR_INVALID for an unknown measure.
 *
 * Returns: (transfer full) (nullable): as the function of that measure.
 */
BRI_API BriRanking *bri_view_centrality (const BriView *view, BriMeasure measure,
                                         BriWeights weights, GError **error);

/* ------------------------------------------------------------------ */
/* Paths                                                               */
/* ------------------------------------------------------------------ */

/**
 * BriPath:
 *
 * A path through a view (opaque, immutable): its entities, and for each hop the relations behind it; freed with bri_path_free().
 */
typedef struct _BriPath BriPath;
/**
 * BriPathList:
 *
 * A list of paths (opaque, immutable), sorted by their sequences of entity ids; freed with bri_path_list_free().
 */
typedef struct _BriPathList BriPathList;

/**
 * bri_path_free:
 * @path: a #BriPath
 *
 * NULL is ignored.
 */
BRI_API void bri_path_free (BriPath *path);
/**
 * bri_path_copy:
 * @path: a #BriPath
 *
 * Copies @path.
 *
 * Returns: (transfer full).
 */
BRI_API BriPath *bri_path_copy (const BriPath *path);
/**
 * bri_path_get_n_entities:
 * @path: a #BriPath
 *
 * Gets the number of entities of @path.
 *
 * Returns: the number of entities on the path, >= 1 (the hops are n − 1).
 */
BRI_API guint bri_path_get_n_entities (const BriPath *path);
/**
 * bri_path_get_entity:
 * @path: a #BriPath
 * @index: a position, below bri_path_get_n_entities()
 *
 * Gets the entity of @path.
 *
 * Returns: (transfer none): the @index-th entity, from the start.
 */
BRI_API const BriEntity *bri_path_get_entity (const BriPath *path, guint index);
/**
 * bri_path_get_n_hops:
 * @path: a #BriPath
 *
 * Gets the number of hops of @path.
 *
 * Returns: the number of hops (edges), n_entities − 1.
 */
BRI_API guint bri_path_get_n_hops (const BriPath *path);
/**
 * bri_path_get_hop_weight:
 * @path: a #BriPath
 * @hop: a hop, below bri_path_get_n_hops()
 *
 * The weight of the view edge a hop of @path crossed.
 *
 * Returns: the weight of the view edge of hop @hop (entity hop → hop + 1).
 */
BRI_API double bri_path_get_hop_weight (const BriPath *path, guint hop);
/**
 * bri_path_get_hop_n_relations:
 * @path: a #BriPath
 * @hop: a hop, below bri_path_get_n_hops()
 *
 * The number of relations behind a hop of @path.
 *
 * Returns: the number of relations behind hop @hop (>= 1).
 */
BRI_API guint bri_path_get_hop_n_relations (const BriPath *path, guint hop);
/**
 * bri_path_get_hop_relation:
 * @path: a #BriPath
 * @hop: a hop, below bri_path_get_n_hops()
 * @index: a position, below bri_path_get_n_hops()
 *
 * One of the relations behind a hop of @path, the edge it crossed.
 *
 * Returns: (transfer none): a relation behind hop @hop (with date, source
 *   and evidence), in graph order.
 */
BRI_API const BriRelation *bri_path_get_hop_relation (const BriPath *path,
                                                      guint hop, guint index);
/**
 * bri_path_get_length:
 * @path: a #BriPath
 *
 * Gets the length of @path.
 *
 * Returns: the path's length in the weight mode it was computed with: hops
 *   (NONE), Σ 1/weight (STRENGTH) or Σ weight (RAW).
 */
BRI_API double bri_path_get_length (const BriPath *path);
/**
 * bri_path_get_n_vias:
 * @path: a #BriPath
 *
 * The number of distinct `via` entities (ports, hubs) of the relations
 * behind the hops; bri_path_get_via() lists them.
 *
 * Returns: the number of via entities.
 */
BRI_API guint bri_path_get_n_vias (const BriPath *path);
/**
 * bri_path_get_via:
 * @path: a #BriPath
 * @index: a position, below bri_path_get_n_vias()
 *
 * The distinct `via` entities (ports, hubs) of the relations behind the
 * hops, in hop order, then graph order within a hop.
 *
 * Returns: (transfer none): the @index-th via entity (owned by the graph).
 */
BRI_API const BriEntity *bri_path_get_via (const BriPath *path, guint index);

/**
 * bri_path_list_free:
 * @list: a #BriPathList
 *
 * NULL is ignored.
 */
BRI_API void bri_path_list_free (BriPathList *list);
/**
 * bri_path_list_get_n_paths:
 * @list: a #BriPathList
 *
 * Gets the number of paths of @list.
 *
 * Returns: the number of paths.
 */
BRI_API guint bri_path_list_get_n_paths (const BriPathList *list);
/**
 * bri_path_list_get_path:
 * @list: a #BriPathList
 * @index: a position, below bri_path_list_get_n_paths()
 *
 * Gets the path of @list.
 *
 * Returns: (transfer none): the @index-th path, valid while the list lives.
 *   Paths are sorted by their sequence of entity ids.
 */
BRI_API const BriPath *bri_path_list_get_path (const BriPathList *list, guint index);

/**
 * bri_view_shortest_path:
 * @view: a #BriView
 * @from: an entity of the view; @to: another (or the same: a path of one
 *   entity).
 * @to: a #BriEntity
 * @weights: the weight mode (#BriWeights)
 * @error: return location for a #GError, or %NULL
 *
 * One shortest path from @from to @to under @weights' lengths (igraph's
 * BFS for NONE, Dijkstra otherwise); on a directed view it follows edge
 * direction. Which of several equally short paths is returned is igraph's
 * choice; use bri_view_all_shortest_paths() for all of them.
 *
 * Errors: BRI_ERROR_NOT_FOUND (an entity is not in the view; @to is not
 *   reachable from @from), BRI_ERROR_GRAPH.
 *
 * Complexity: O(V + E) unweighted, O(E + V log V) weighted.
 *
 * Returns: (transfer full) (nullable): the path; bri_path_free() it.
 */
BRI_API BriPath *bri_view_shortest_path (const BriView *view, const BriEntity *from,
                                         const BriEntity *to, BriWeights weights,
                                         GError **error);

/**
 * bri_view_all_shortest_paths:
 * @view: a #BriView
 * @from: a #BriEntity
 * @to: a #BriEntity
 * @weights: the weight mode (#BriWeights)
 * @error: return location for a #GError, or %NULL
 *
 * Every shortest path from @from to @to (igraph_get_all_shortest_paths(),
 * or its Dijkstra variant, which treats lengths equal up to a relative
 * tolerance as ties). The number of paths can grow exponentially.
 *
 * Errors: as bri_view_shortest_path().
 *
 * Returns: (transfer full) (nullable): the paths; bri_path_list_free() it.
 */
BRI_API BriPathList *bri_view_all_shortest_paths (const BriView *view,
                                                  const BriEntity *from,
                                                  const BriEntity *to,
                                                  BriWeights weights,
                                                  GError **error);

/**
 * bri_view_freight_routes:
 * @view: a #BriView
 * @from: a #BriEntity
 * @to: a #BriEntity
 * @weights: the weight mode (#BriWeights)
 * @error: return location for a #GError, or %NULL
 *
 * The shortest freight routes from @from to @to: a view built with @view's
 * graph, filter (restricted to `freight_corridor` relations) and options,
 * then every shortest path in it. The route view is directed (origin →
 * destination) unless @view's options ask for BRI_DIRECTION_UNDIRECTED.
 * Each path's hops carry the freight_corridor relations, and
 * bri_path_get_via() lists the ports and hubs passed.
 *
 * Errors: BRI_ERROR_INVALID (@view is an actor projection, or its filter
 *   excludes freight_corridor), BRI_ERROR_NOT_FOUND (an entity has no
 *   freight corridor; no route), BRI_ERROR_GRAPH.
 *
 * Returns: (transfer full) (nullable): the routes; bri_path_list_free() it.
 */
BRI_API BriPathList *bri_view_freight_routes (const BriView *view,
                                              const BriEntity *from,
                                              const BriEntity *to,
                                              BriWeights weights, GError **error);

/**
 * bri_view_diameter:
 * @view: a #BriView
 * @weights: the weight mode (#BriWeights)
 * @length: (out): the longest shortest-path length between two vertices
 *   that are connected (unreachable pairs are skipped), in @weights'
 *   lengths; 0 for a view of one vertex, NaN for an empty view.
 * @path: (out) (optional) (nullable): one path of that length, or NULL for
 *   an empty view; free with bri_path_free().
 * @error: return location for a #GError, or %NULL
 *
 * igraph_diameter() (NONE) or igraph_diameter_dijkstra(), directed on a
 * directed view, unconn = true.
 *
 * Errors: BRI_ERROR_INVALID (zero weight under STRENGTH), BRI_ERROR_GRAPH.
 *
 * Complexity: O(V E) unweighted, O(V (E + V log V)) weighted.
 *
 * Returns: TRUE on success.
 */
BRI_API gboolean bri_view_diameter (const BriView *view, BriWeights weights,
                                    double *length, BriPath **path, GError **error);

/**
 * bri_view_ego:
 * @view: a #BriView
 * @center: an entity of the view.
 * @order: the radius in hops (0: @center alone), edge direction ignored.
 * @error: return location for a #GError, or %NULL
 *
 * The ego network: the vertices within @order hops of @center
 * (igraph_neighborhood()) and every edge of @view among them, with their
 * weights and supporting relations. The new view shares @view's graph,
 * filter and options.
 *
 * Errors: BRI_ERROR_NOT_FOUND (@center not in the view), BRI_ERROR_GRAPH.
 *
 * Complexity: O(V + E).
 *
 * Returns: (transfer full) (nullable): a new view; bri_view_unref() it.
 */
BRI_API BriView *bri_view_ego (const BriView *view, const BriEntity *center,
                               guint order, GError **error);

/* ------------------------------------------------------------------ */
/* BriPartition: components and communities                           */
/* ------------------------------------------------------------------ */

/* A partition keeps a reference to the view it was computed on (it shares
 * the view's vertex map), so the view stays alive until the partition is
 * freed; the partition may outlive every reference the caller holds. */
/**
 * BriPartition:
 *
 * A partition of a view's entities into groups (components or communities; opaque, immutable); freed with bri_partition_free().
 */
typedef struct _BriPartition BriPartition;

/**
 * bri_partition_free:
 * @partition: a #BriPartition
 *
 * NULL is ignored.
 */
BRI_API void bri_partition_free (BriPartition *partition);
/**
 * bri_partition_get_n_entities:
 * @partition: a #BriPartition
 *
 * Gets the number of entities of @partition.
 *
 * Returns: the number of entities (the view's vertices, in view order).
 */
BRI_API guint bri_partition_get_n_entities (const BriPartition *partition);
/**
 * bri_partition_get_entity:
 * @partition: a #BriPartition
 * @index: a position, below bri_partition_get_n_entities()
 *
 * Gets the entity of @partition.
 *
 * Returns: (transfer none): the @index-th entity.
 */
BRI_API const BriEntity *bri_partition_get_entity (const BriPartition *partition,
                                                   guint index);
/**
 * bri_partition_get_group:
 * @partition: a #BriPartition
 * @index: a position, below bri_partition_get_n_groups()
 *
 * Gets the group of @partition.
 *
 * Returns: the group of the @index-th entity. Groups are numbered 0..g−1
 *   by size, largest first; equal sizes by their smallest entity id.
 */
BRI_API guint bri_partition_get_group (const BriPartition *partition, guint index);
/**
 * bri_partition_get_group_of:
 * @partition: a #BriPartition
 * @entity: a #BriEntity
 *
 * Finds the group of @entity.
 *
 * Complexity: O(1).
 *
 * Returns: the group of @entity, or -1 when it is not in the partition.
 */
BRI_API gint bri_partition_get_group_of (const BriPartition *partition,
                                         const BriEntity *entity);
/**
 * bri_partition_get_n_groups:
 * @partition: a #BriPartition
 *
 * Gets the number of groups of @partition.
 *
 * Returns: the number of groups.
 */
BRI_API guint bri_partition_get_n_groups (const BriPartition *partition);
/**
 * bri_partition_get_group_size:
 * @partition: a #BriPartition
 * @group: a group, below bri_partition_get_n_groups()
 *
 * Gets the group size of @partition.
 *
 * Returns: the number of entities in @group.
 */
BRI_API guint bri_partition_get_group_size (const BriPartition *partition, guint group);
/**
 * bri_partition_get_modularity:
 * @partition: a #BriPartition
 *
 * Gets the modularity of @partition.
 *
 * Returns: Newman's modularity of the partition on its view (resolution 1,
 *   with the weights the partition was computed with; directed modularity on
 *   a directed view); NaN for a view without edges.
 */
BRI_API double bri_partition_get_modularity (const BriPartition *partition);

/**
 * bri_view_components:
 * @view: a #BriView
 * @strong: on a directed view, strongly (TRUE) or weakly (FALSE) connected
 *   components; ignored on an undirected view.
 * @error: return location for a #GError, or %NULL
 *
 * igraph_connected_components(). The modularity is that of the components
 * as a partition, unweighted.
 *
 * Errors: BRI_ERROR_GRAPH. Complexity: O(V + E).
 *
 * Returns: (transfer full) (nullable): bri_partition_free() it.
 */
BRI_API BriPartition *bri_view_components (const BriView *view, gboolean strong,
                                           GError **error);

/**
 * bri_view_louvain:
 * @view: a #BriView
 * @weights: the weight mode (#BriWeights)
 * @resolution: the modularity resolution, 1 for Newman's modularity.
 * @seed: seeds the random generator (the vertex visiting order): libbri's
 *   own igraph generator, swapped in for the call, so a host program's
 *   igraph generator is neither read nor reseeded. It is a PCG32 like
 *   igraph's default: a bare igraph_community_multilevel() after
 *   igraph_rng_seed (igraph_rng_default (), @seed) finds the same
 *   communities.
 * @error: return location for a #GError, or %NULL
 *
 * Louvain: igraph_community_multilevel(), its final (best) level.
 *
 * Errors: BRI_ERROR_INVALID on a directed view (multilevel is undirected
 *   only in igraph 0.10.2: build the view with BRI_DIRECTION_UNDIRECTED),
 *   BRI_ERROR_GRAPH.
 *
 * Complexity: about O(E log V).
 *
 * Returns: (transfer full) (nullable).
 */
BRI_API BriPartition *bri_view_louvain (const BriView *view, BriWeights weights,
                                        double resolution, guint64 seed,
                                        GError **error);

/**
 * bri_view_leiden:
 * @view: a #BriView
 * @weights: the weight mode (#BriWeights)
 * @resolution: as for bri_view_louvain()
 * @seed: as for bri_view_louvain()
 * @error: return location for a #GError, or %NULL
 *
 * Leiden with the modularity objective: igraph_community_leiden() with
 * vertex weights = strengths and resolution @resolution / (2m), beta 0.01,
 * iterated until the partition is stable; seeded like Louvain.
 *
 * Errors: BRI_ERROR_INVALID on a directed view (igraph 0.10.2's Leiden
 *   supports undirected graphs only), BRI_ERROR_GRAPH.
 *
 * Returns: (transfer full) (nullable).
 */
BRI_API BriPartition *bri_view_leiden (const BriView *view, BriWeights weights,
                                       double resolution, guint64 seed,
                                       GError **error);

/**
 * bri_view_label_propagation:
 * @view: a #BriView
 * @weights: the weight mode (#BriWeights)
 * @seed: seeds the random generator, as for bri_view_louvain()
 * @error: return location for a #GError, or %NULL
 *
 * igraph_community_label_propagation(), labels flowing along edge direction
 * on a directed view (IGRAPH_OUT), seeded.
 *
 * Complexity: about O(E) per round.
 *
 * Returns: (transfer full) (nullable). Errors: BRI_ERROR_GRAPH.
 */
BRI_API BriPartition *bri_view_label_propagation (const BriView *view,
                                                  BriWeights weights,
                                                  guint64 seed, GError **error);

/* ------------------------------------------------------------------ */
/* Clustering (the view read as undirected)                            */
/* ------------------------------------------------------------------ */

/**
 * bri_view_transitivity:
 * @view: a #BriView
 * @result: (out): the global transitivity: 3 × triangles / connected
 *   triples; NaN when there is no connected triple.
 * @error: return location for a #GError, or %NULL
 *
 * igraph_transitivity_undirected(IGRAPH_TRANSITIVITY_NAN). Unweighted.
 *
 * Complexity: O(V d²) for maximum degree d.
 *
 * Returns: TRUE on success. Errors: BRI_ERROR_GRAPH.
 */
BRI_API gboolean bri_view_transitivity (const BriView *view, double *result,
                                        GError **error);

/**
 * bri_view_average_clustering:
 * @view: a #BriView
 * @zero: FALSE: vertices of degree < 2 are left out of the mean (igraph's
 *   NaN mode; NaN when every vertex has degree < 2); TRUE: they count as 0
 *   (networkx's average_clustering).
 * @result: (out): the mean local clustering coefficient (unweighted).
 * @error: return location for a #GError, or %NULL
 *
 * igraph_transitivity_avglocal_undirected().
 *
 * Returns: TRUE on success. Errors: BRI_ERROR_GRAPH.
 */
BRI_API gboolean bri_view_average_clustering (const BriView *view, gboolean zero,
                                              double *result, GError **error);

/**
 * bri_view_local_clustering:
 * @view: a #BriView
 * @weights: NONE: the local clustering coefficient
 *   (igraph_transitivity_local_undirected()); STRENGTH or RAW: Barrat's
 *   weighted coefficient (igraph_transitivity_barrat(); networkx's weighted
 *   clustering is Onnela's, a different definition).
 * @zero: FALSE: NaN for a vertex of degree < 2; TRUE: 0.
 * @error: return location for a #GError, or %NULL
 *
 * The local clustering coefficient of every entity of the view, read as undirected.
 *
 * Returns: (transfer full) (nullable): a ranking. Errors: BRI_ERROR_GRAPH.
 */
BRI_API BriRanking *bri_view_local_clustering (const BriView *view,
                                               BriWeights weights, gboolean zero,
                                               GError **error);

/* ------------------------------------------------------------------ */
/* Timeline                                                            */
/* ------------------------------------------------------------------ */

/**
 * BriTimeline:
 *
 * A view of the graph period by period (opaque, immutable): relation counts by kind, active entities and a top-k ranking per period; freed with bri_timeline_free().
 */
typedef struct _BriTimeline BriTimeline;

/**
 * BriPeriod:
 * @BRI_PERIOD_MONTH: calendar months (`2024-06`).
 * @BRI_PERIOD_QUARTER: calendar quarters (`2024-Q2`).
 * @BRI_PERIOD_YEAR: calendar years (`2024`).
 *
 * the step of a timeline.
 */
typedef enum {
  BRI_PERIOD_MONTH,
  BRI_PERIOD_QUARTER,
  BRI_PERIOD_YEAR,
} BriPeriod;

/**
 * bri_timeline_new:
 * @graph: the graph.
 * @filter: (nullable): as for bri_view_new(); its window, when set, bounds
 *   the timeline, otherwise the dates of the admitted relations do.
 * @options: (nullable): as for bri_view_new().
 * @period: month, quarter or year.
 * @measure: the centrality ranked in each period.
 * @weights: the weight mode of @measure.
 * @top_k: how many entities each period's ranking keeps (0: none).
 * @error: return location for a #GError, or %NULL
 *
 * For each period from the first to the last (empty periods included), a
 * view with @filter's window narrowed to the period (the window's overlap
 * rule: a relation is in the view of every period its date or span
 * overlaps): its number of vertices (the active entities), the top @top_k
 * of @measure, and the relations behind its edges, counted in two parts:
 * - relations dated within the period or by a span (date to end date)
 *   overlapping it, counted by kind (a span covering several periods counts
 *   in each);
 * - relations dated more coarsely than the period, one partial date whose
 *   whole span the period does not hold (`2023` in a month or a quarter of
 *   2023): bri_timeline_get_n_coarse(), in no kind count, so that no month
 *   looks busier than it was. Such a relation is still in the period's view
 *   (active entities, ranking).
 * Undated relations are in no period.
 *
 * Errors: as bri_view_new() and the measure; BRI_ERROR_LIMIT beyond 100000
 *   periods.
 *
 * Complexity: one view and one measure per period.
 *
 * Returns: (transfer full) (nullable): bri_timeline_free() it.
 */
BRI_API BriTimeline *bri_timeline_new (BriGraph *graph, const BriFilter *filter,
                                       const BriViewOptions *options,
                                       BriPeriod period, BriMeasure measure,
                                       BriWeights weights, guint top_k,
                                       GError **error);
/**
 * bri_timeline_free:
 * @timeline: a #BriTimeline
 *
 * NULL is ignored.
 */
BRI_API void bri_timeline_free (BriTimeline *timeline);
/**
 * bri_timeline_get_n_periods:
 * @timeline: a #BriTimeline
 *
 * Gets the number of periods of @timeline.
 *
 * Returns: the number of periods.
 */
BRI_API guint bri_timeline_get_n_periods (const BriTimeline *timeline);
/**
 * bri_timeline_get_period_start:
 * @timeline: a #BriTimeline
 * @index: a position, below bri_timeline_get_n_periods()
 *
 * The first day of period @index.
 *
 * Returns: the first day of period @index.
 */
BRI_API BriDate bri_timeline_get_period_start (const BriTimeline *timeline, guint index);
/**
 * bri_timeline_get_period_end:
 * @timeline: a #BriTimeline
 * @index: a position, below bri_timeline_get_n_periods()
 *
 * The last day of period @index.
 *
 * Returns: the last day of period @index.
 */
BRI_API BriDate bri_timeline_get_period_end (const BriTimeline *timeline, guint index);
/**
 * bri_timeline_get_period_label:
 * @timeline: a #BriTimeline
 * @index: a position, below bri_timeline_get_n_periods()
 *
 * The label of period @index.
 *
 * Returns: (transfer none): "2024-06", "2024-Q2" or "2024".
 */
BRI_API const char *bri_timeline_get_period_label (const BriTimeline *timeline,
                                                   guint index);
/**
 * bri_timeline_get_n_relations:
 * @timeline: a #BriTimeline
 * @index: a period, below bri_timeline_get_n_periods()
 *
 * How many relations period @index holds, dated within the period or by a
 * span overlapping it.
 *
 * Returns: the number of distinct relations behind the period's edges so
 *   dated (the sum of the kind counts).
 */
BRI_API guint bri_timeline_get_n_relations (const BriTimeline *timeline, guint index);
/**
 * bri_timeline_get_n_coarse:
 * @timeline: a #BriTimeline
 * @index: a period, below bri_timeline_get_n_periods()
 *
 * How many relations of period @index are dated more coarsely than the
 * period (`2023` in the month 2023-01), counted apart from
 * bri_timeline_get_n_relations().
 *
 * Returns: that number; always 0 for years.
 */
BRI_API guint bri_timeline_get_n_coarse (const BriTimeline *timeline, guint index);
/**
 * bri_timeline_get_n_coarse_total:
 * @timeline: a #BriTimeline
 *
 * How many distinct relations are dated more coarsely than some period of
 * @timeline, and so are in no kind count of that period: a relation dated
 * `2023` counts once here, though bri_timeline_get_n_coarse() counts it in
 * each month of 2023. The chart (bri_timeline_plot()) says this number.
 *
 * Returns: that number; always 0 for years.
 */
BRI_API guint bri_timeline_get_n_coarse_total (const BriTimeline *timeline);
/**
 * bri_timeline_get_n_kinds:
 * @timeline: a #BriTimeline
 *
 * Gets the number of kinds of @timeline.
 *
 * Returns: the number of relation kinds seen in any period.
 */
BRI_API guint bri_timeline_get_n_kinds (const BriTimeline *timeline);
/**
 * bri_timeline_get_kind_name:
 * @timeline: a #BriTimeline
 * @kind: a kind, below bri_timeline_get_n_kinds()
 *
 * Gets the kind name of @timeline.
 *
 * Returns: (transfer none): the @kind-th kind name, sorted by name.
 */
BRI_API const char *bri_timeline_get_kind_name (const BriTimeline *timeline, guint kind);
/**
 * bri_timeline_get_kind_count:
 * @timeline: a #BriTimeline
 * @index: a position, below bri_timeline_get_n_kinds()
 * @kind: a kind, below bri_timeline_get_n_kinds()
 *
 * Gets the kind count of @timeline.
 *
 * Returns: how many relations of the @kind-th kind period @index holds.
 */
BRI_API guint bri_timeline_get_kind_count (const BriTimeline *timeline, guint index,
                                           guint kind);
/**
 * bri_timeline_get_n_active:
 * @timeline: a #BriTimeline
 * @index: a period, below bri_timeline_get_n_periods()
 *
 * How many entities were active in period @index.
 *
 * Returns: the number of entities active (vertices of the view) in @index.
 */
BRI_API guint bri_timeline_get_n_active (const BriTimeline *timeline, guint index);
/**
 * bri_timeline_get_top:
 * @timeline: a #BriTimeline
 * @index: a period, below bri_timeline_get_n_periods()
 *
 * Gets the top of @timeline.
 *
 * Returns: (transfer none): the period's top-k ranking.
 */
BRI_API const BriRanking *bri_timeline_get_top (const BriTimeline *timeline,
                                                guint index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriRanking, bri_ranking_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriPath, bri_path_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriPathList, bri_path_list_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriPartition, bri_partition_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriTimeline, bri_timeline_free)

G_END_DECLS

#endif /* BRI_QUERY_H */
