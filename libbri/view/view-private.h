/* libbri/view/view-private.h — the layout of BriView, building a view, and
 * the helpers the view modules offer the queries (vertices, lengths, the
 * undirected form). A BriView holds its igraph_t, so this header pulls in
 * igraph and the igraph gate (igraph-glue.h); code that only admits
 * relations or maps their ends includes view/view-rules.h. Never
 * installed. */
#ifndef BRI_VIEW_PRIVATE_H
#define BRI_VIEW_PRIVATE_H

#include <igraph.h>

#include "view/view-rules.h"
#include "view/igraph-glue.h"

/* An edge's ends while its view is built: vertex indices, undirected
 * from < to. bri__view_finish () builds the igraph_t from them and frees
 * them; afterwards the ends are igraph's (bri__view_edge_from/to). */
typedef struct {
  guint from, to;
} BriViewEdge;

/* A view's per-edge data lives in flat arrays (no per-edge allocation),
 * 17 B per edge beside the igraph_t at 1.23 relations per edge: edges
 * sorted by (from, to); the ends are the igraph_t's own, an edge is found
 * through igraph's out-edge index; relations as 4-byte indices into the
 * graph's relation array, an edge's run found through n + 1 offsets; the
 * weight. The vertices are sorted by entity index, so an entity's vertex
 * is found through vertex_of (an array indexed by entity index, kept when
 * the view holds a good share of the graph's entities) or by binary
 * search. */
struct _BriView {
  gint ref_count;
  BriGraph *graph;              /* a reference */
  BriFilter *filter;            /* owned copy */
  BriViewOptions *options;      /* owned copy */
  gboolean directed;
  guint n_vertices;
  const BriEntity **vertices;   /* owned array, sorted by entity index;
                                 * entities owned by the graph */
  guint32 *vertex_of;           /* NULL, or entity index -> vertex + 1 (0:
                                 * not in the view), n_vertex_of entries */
  guint n_vertex_of;
  guint n_edges;
  BriViewEdge *edges;           /* sorted by (from, to); only while building,
                                 * NULL in a finished view */
  guint *rel_start;             /* n_edges + 1 offsets into rel_index */
  guint32 *rel_index;           /* per edge, contiguous, graph order: indices
                                 * into graph->relations (a view's relations
                                 * are all its graph's own, never an overlay
                                 * base's), rel_start[n_edges] + 1 entries */
  guint *item_start;            /* NULL when no edge has items, else n_edges + 1
                                 * offsets into items */
  const char **items;           /* per edge, contiguous; NULL when no edge
                                 * has items. Each distinct label is stored
                                 * once, in item_labels */
  GStringChunk *item_labels;    /* owned, NULL when no edge has items */
  double *weight;               /* n_edges + 1: the edge weights */
  double *length;               /* 1/weight (STRENGTH lengths), n_edges + 1:
                                 * made on first use by bri__view_lengths() */
  igraph_t igraph;
  gboolean has_igraph;
};

/* ---- A finished view's edges ---- */

/* igraph keeps an undirected edge's larger end in from. */
static inline guint
bri__view_edge_from (const BriView *view, guint e)
{
  return (guint) VECTOR (view->directed ? view->igraph.from : view->igraph.to)[e];
}

static inline guint
bri__view_edge_to (const BriView *view, guint e)
{
  return (guint) VECTOR (view->directed ? view->igraph.to : view->igraph.from)[e];
}

static inline guint
bri__view_edge_n_relations (const BriView *view, guint e)
{
  return view->rel_start[e + 1] - view->rel_start[e];
}

static inline const BriRelation *
bri__view_edge_relation (const BriView *view, guint e, guint i)
{
  return g_ptr_array_index (view->graph->relations,
                            view->rel_index[view->rel_start[e] + i]);
}

/* ---- Building a view (view-build.c) ---- */

/* Numbers the entities marked in @map (indexed by entity index, non-zero:
 * in the view) in graph order, 1-based in @map afterwards (0 stays
 * "not in the view"), and fills view->vertices; returns their number. */
guint bri__view_number_vertices (BriView *view, guint32 *map, guint n_ent);

/* Fills view->rel_index from @rels (const BriRelation *, each edge's in a
 * run starting at view->rel_start[e], which the caller filled for every
 * edge) and closes rel_start with rels->len. */
void bri__view_index_relations (BriView *view, const GPtrArray *rels);

/* Marks in @map (indexed by entity index) every entity a view with
 * keep_isolated holds although no edge touches it: each entity of @graph
 * rolled up by @options, when @filter's entity kinds admit it. */
void bri__view_mark_admitted (BriGraph *graph, const BriFilter *filter,
                              const BriViewOptions *options, guint32 *map);

/* The view of the relations @filter admits, without projection: each
 * relation's ends (rolled up by @options) give one edge, parallel
 * relations merged. */
BriView *bri__view_build_plain (BriGraph *graph, const BriFilter *filter,
                                const BriViewOptions *options, gboolean directed,
                                GError **error);
void bri__view_free (BriView *view);
/* A view with no vertices or edges yet, holding copies of @filter and
 * @options; bri__view_finish() completes it once vertices (sorted by
 * entity index), edges (sorted by (from, to)), weights, relations and
 * items are filled in. */
BriView *bri__view_alloc (BriGraph *graph, const BriFilter *filter,
                          const BriViewOptions *options, gboolean directed);
/* Indexes the vertices and builds the igraph_t; on failure frees @view
 * and returns NULL. */
BriView *bri__view_finish (BriView *view, GError **error);
/* The part of @view on the vertices v with @in[v] (the edges between
 * them, with their weights, relations and items), as a new view with
 * @view's filter and options. */
BriView *bri__view_new_subset (const BriView *view, const gboolean *in,
                               GError **error);

/* Sorting (view-build.c). A key and its payload. */
typedef struct {
  guint64 key, value;
} BriKeyed;
/* Sorts @items by key, stably (LSD radix sort; keys below 2^@key_bits).
 * @tmp has room for @n items. Returns the array that holds the result:
 * @items or @tmp. */
BriKeyed *bri__radix_sort (BriKeyed *items, BriKeyed *tmp, gsize n, guint key_bits);
/* The number of bits needed for the values 0 .. @n (at least 1). */
guint bri__bits_for (guint64 n);

/* project.c: the actor projection as a view. */
BriView *bri__project_actors_view (BriGraph *graph, const BriFilter *filter,
                                   const BriViewOptions *options, GError **error);

/* Where the two actors of a projected edge meet: one item, and for each end
 * of the edge (0: its from, 1: its to) the positions, among the edge's
 * relations, of that actor's relations to the item. A windowed projection
 * keeps the edge when, for some meeting, a relation of each side overlaps
 * the window: the explorer page applies that rule. */
typedef struct {
  GArray *side[2];              /* guint positions, in the edge's order */
} BriMeeting;
void bri__meeting_free (BriMeeting *meeting);
/* The meetings of @edge of an actor projection, in the order of the edge's
 * relations (transfer full: a GPtrArray of BriMeeting). */
GPtrArray *bri__view_edge_meetings (const BriView *view, guint edge);

/* ---- Helpers for queries ---- */

/* The vertex of @entity (not NULL), or -1 (view.c). */
gint bri__view_find_vertex (const BriView *view, const BriEntity *entity);
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
 * summed), for clustering: an undirected view's own igraph_t and weights,
 * or for a directed view a copy built from its sorted edges. */
typedef struct {
  const igraph_t *graph;        /* the view's igraph or &storage */
  const double *weight;         /* one per edge of graph */
  igraph_t storage;
  double *owned_weight;
  gboolean owns_graph;
} BriUndirected;
/* Call between bri__igraph_enter/leave; on success the caller calls
 * bri__view_undirected_clear() (also inside enter/leave). */
igraph_error_t bri__view_undirected (const BriView *view, BriUndirected *out);
void bri__view_undirected_clear (BriUndirected *u);

#endif /* BRI_VIEW_PRIVATE_H */
