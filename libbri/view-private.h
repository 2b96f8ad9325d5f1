/* libbri/view-private.h — the layout of BriView and the result types, and
 * the helpers the view and query modules share. Only the view and query
 * modules include this header (it pulls in igraph). Never installed. */
#ifndef BRI_VIEW_PRIVATE_H
#define BRI_VIEW_PRIVATE_H

#include <igraph.h>

#include "bri-private.h"
#include "igraph-glue.h"

struct _BriViewOptions {
  BriProjection projection;
  BriEdgeWeighting weighting;
  BriDirection direction;
  char *rollup;                 /* owned, NULL for none */
};

typedef struct {
  guint from, to;               /* vertex indices; undirected: from < to */
  guint rel_start, n_rel;       /* into BriView.relations */
  guint item_start, n_items;    /* into BriView.items */
} BriViewEdge;

struct _BriView {
  gint ref_count;
  BriGraph *graph;              /* a reference */
  BriFilter *filter;            /* owned copy */
  BriViewOptions *options;      /* owned copy */
  gboolean directed;
  guint n_vertices;
  const BriEntity **vertices;   /* owned array; entities owned by the graph */
  GHashTable *vertex_of;        /* BriEntity* -> GUINT_TO_POINTER (vertex + 1) */
  guint n_edges;
  BriViewEdge *edges;
  GHashTable *edge_of;          /* guint64* key (from << 32 | to) -> edge + 1 */
  guint64 *edge_keys;           /* the keys' storage */
  const BriRelation **relations; /* per edge, contiguous, graph order */
  char **items;                 /* per edge, contiguous, owned strings */
  double *weight;               /* n_edges + 1: the edge weights */
  double *length;               /* n_edges + 1: 1/weight (STRENGTH lengths) */
  igraph_t igraph;
  gboolean has_igraph;
};

/* ---- Building a view (view.c) ---- */

/* One edge being accumulated. */
typedef struct {
  const BriEntity *a, *b;       /* a -> b; undirected: a->index < b->index */
  double weight;                /* set by whoever fills the builder */
  double count, sum, newman;
  GPtrArray *relations;         /* const BriRelation*, may repeat */
  GPtrArray *items;             /* char*, owned, may repeat; NULL until
                                 * bri__edge_acc_add_item() */
} BriEdgeAcc;

typedef struct {
  gboolean directed;
  GHashTable *edges;            /* guint64* (a_index << 32 | b_index) -> BriEdgeAcc* */
  GPtrArray *extra_vertices;    /* const BriEntity* kept even without edges */
} BriViewBuilder;

void bri__view_builder_init (BriViewBuilder *builder, gboolean directed);
void bri__view_builder_clear (BriViewBuilder *builder);
/* The accumulator of the edge a -> b (a — b), created on first use; NULL
 * for a loop (a == b). */
BriEdgeAcc *bri__view_builder_edge (BriViewBuilder *builder, const BriEntity *a,
                                    const BriEntity *b);
/* Turns the builder into a view (sorting vertices, edges, relations and
 * items, building the igraph_t). Takes copies of @filter and @options. */
/* Appends a copy of @label to the edge's items. */
void bri__edge_acc_add_item (BriEdgeAcc *acc, const char *label);
BriView *bri__view_builder_finish (BriViewBuilder *builder, BriGraph *graph,
                                   const BriFilter *filter,
                                   const BriViewOptions *options, GError **error);

/* filter.c */
BriFilter *bri__filter_copy_only_kind (const BriFilter *filter, const char *kind);

/* rollup.c */
const BriEntity *bri__rollup (const BriEntity *entity, const char *kind);
gboolean bri__rollup_check (const BriGraph *graph, const char *kind, GError **error);

/* project.c: fills @builder with the actor projection. */
void bri__project_actors (BriViewBuilder *builder, const BriGraph *graph,
                          const BriFilter *filter, const BriViewOptions *options);

/* ---- Helpers for queries ---- */

/* The vertex of @entity, or -1 with BRI_ERROR_NOT_FOUND naming it. */
gint bri__view_vertex (const BriView *view, const BriEntity *entity, GError **error);
/* FALSE with BRI_ERROR_INVALID when @weights is STRENGTH and an edge has
 * weight 0 (no finite length). Path-based queries call it first. */
gboolean bri__view_check_lengths (const BriView *view, BriWeights weights,
                                  GError **error);
/* Edge weights for igraph: NULL for NONE. @storage receives the vector view. */
const igraph_vector_t *bri__view_lengths (const BriView *view, BriWeights weights,
                                          igraph_vector_t *storage);
const igraph_vector_t *bri__view_strengths (const BriView *view, BriWeights weights,
                                            igraph_vector_t *storage);
/* The view as an undirected simple graph (a -> b and b -> a merged, weights
 * summed), for clustering. Call between bri__igraph_enter/leave; on
 * success the caller destroys @out and frees *@weights. */
igraph_error_t bri__view_undirected (const BriView *view, igraph_t *out,
                                     double **weights);

/* ranking.c: results built from per-vertex scores. */
BriRanking *bri__ranking_new (BriGraph *graph, const BriEntity **entities,
                              const double *scores, guint n);
BriRanking *bri__ranking_from_vector (const BriView *view, const igraph_vector_t *scores);
BriRanking *bri__ranking_truncate (const BriRanking *ranking, guint k);
/* Runs @fn (an igraph computation filling one score per vertex) under the
 * igraph lock and turns its vector into a ranking. */
typedef igraph_error_t (*BriScoreFunc) (const BriView *view, igraph_vector_t *res,
                                        gconstpointer data);
BriRanking *bri__ranking_compute (const BriView *view, BriScoreFunc fn,
                                  gconstpointer data, GError **error);
igraph_neimode_t bri__neimode (BriNeighbors mode);

/* path.c */
BriPath *bri__path_new (const BriView *view, const igraph_vector_int_t *vertices,
                        BriWeights weights);
BriPathList *bri__path_list_new (BriGraph *graph, GPtrArray *paths /* transfer full */);

/* partition.c: groups renumbered by size. */
BriPartition *bri__partition_new (const BriView *view,
                                  const igraph_vector_int_t *membership,
                                  double modularity);

#endif /* BRI_VIEW_PRIVATE_H */
