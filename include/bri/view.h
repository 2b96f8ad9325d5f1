/**
 * SECTION:view
 * @title: Views
 * @short_description: BriView: a graph seen through a filter, as a simple graph ready for igraph
 * @include: bri/bri.h
 *
 * A view is built once (bri_view_new()) from a graph, a filter and options:
 * its vertices are entities, its edges merge every admitted relation between
 * the same two entities, and each edge keeps the relations behind it, so
 * every result can be explained (bri_view_explain()). A built view is
 * immutable: it may be queried from several threads at once (libbri
 * serialises its igraph calls behind one lock). It holds a reference on its
 * graph, so it stays valid after the caller drops its own graph reference.
 *
 * Vertices are the entities at the ends of admitted edges (by default an
 * entity no admitted relation touches is not in the view; see
 * bri_view_options_set_keep_isolated()), in the order of the graph
 * (bri_graph_get_entity()). Edges are ordered by (from, to) vertex.
 */
#ifndef BRI_VIEW_H
#define BRI_VIEW_H

#include <glib.h>
#include <bri/version.h>
#include <bri/graph.h>
#include <bri/filter.h>

G_BEGIN_DECLS

/**
 * BriView:
 *
 * A graph seen through a filter, as a simple graph ready for igraph (opaque, reference counted, immutable once built): made by bri_view_new(), released with bri_view_unref().
 */
typedef struct _BriView BriView;
/**
 * BriViewOptions:
 *
 * How a view is built (opaque, owned by the caller): projection, edge weighting, direction and roll-up. Made with bri_view_options_new(), freed with bri_view_options_free().
 */
typedef struct _BriViewOptions BriViewOptions;

/**
 * BriProjection:
 * @BRI_PROJECTION_NONE: the relations as they are: one edge per pair of
 *   entities that an admitted relation links.
 * @BRI_PROJECTION_ACTORS: the actor–actor cooperation network. Roles: the
 *   `from` side of `attended`, `member_of` and `hosted` is an actor of the
 *   item `to` (a forum, mechanism, …); both parties of an undirected
 *   relation (`signed_agreement`, `met`, or a declared undirected kind) are
 *   actors of the item named by its event id, else its title, else of the
 *   relation alone. Other directed kinds (`freight_corridor`, `located_in`,
 *   `launched`, declared directed kinds) play no role. Two actors are linked
 *   when they share at least one item. The projection is undirected.
 *
 * What the vertices and edges of a view stand for.
 */
typedef enum {
  BRI_PROJECTION_NONE,
  BRI_PROJECTION_ACTORS,
} BriProjection;

/**
 * BriEdgeWeighting:
 * @BRI_EDGE_WEIGHT_COUNT: plain view: the number of admitted relations behind
 *   the edge; projection: the number of items the two actors share.
 * @BRI_EDGE_WEIGHT_SUM: plain view: the sum of the `weight` values of the
 *   relations behind the edge (a relation without weight counts 1);
 *   projection: as COUNT.
 * @BRI_EDGE_WEIGHT_NEWMAN: projection: each shared item with n actors adds
 *   1/(n−1) (Newman's collaboration weighting); plain view: as COUNT.
 *
 * How an edge's weight is made.
 */
typedef enum {
  BRI_EDGE_WEIGHT_COUNT,
  BRI_EDGE_WEIGHT_SUM,
  BRI_EDGE_WEIGHT_NEWMAN,
} BriEdgeWeighting;

/**
 * BriDirection:
 * @BRI_DIRECTION_AUTO: the view is directed when every relation kind it may
 *   admit is directed: the kinds listed in the filter, or, when the filter
 *   lists none, every kind of the graph (so never with the built-in
 *   undirected kinds present). With mixed kinds the view is undirected and a
 *   directed relation counts as a link between its two ends. The decision
 *   depends on the kinds, not on which relations happen to pass the window.
 * @BRI_DIRECTION_UNDIRECTED: always undirected.
 *
 * Whether a view is directed.
 */
typedef enum {
  BRI_DIRECTION_AUTO,
  BRI_DIRECTION_UNDIRECTED,
} BriDirection;

/**
 * bri_view_options_new:
 *
 * Creates view options with the defaults.
 *
 * Returns: (transfer full): the default options: no projection, weight =
 *   count, no roll-up, direction AUTO; free with bri_view_options_free().
 */
BRI_API BriViewOptions *bri_view_options_new (void);
/**
 * bri_view_options_copy:
 * @options: a #BriViewOptions
 *
 * Copies @options.
 *
 * Returns: (transfer full): a copy.
 */
BRI_API BriViewOptions *bri_view_options_copy (const BriViewOptions *options);
/**
 * bri_view_options_free:
 * @options: a #BriViewOptions
 *
 * NULL is ignored.
 */
BRI_API void bri_view_options_free (BriViewOptions *options);
/* Setters and getters of the options; a view copies its options when it
 * is built, so changing them later does not change the view. */
/**
 * bri_view_options_set_projection:
 * @options: a #BriViewOptions
 * @projection: the projection, a #BriProjection
 *
 * see BriProjection (default NONE).
 */
BRI_API void bri_view_options_set_projection (BriViewOptions *options,
                                              BriProjection projection);
/**
 * bri_view_options_get_projection:
 * @options: a #BriViewOptions
 *
 * Gets the projection of @options.
 *
 * Returns: the projection
 */
BRI_API BriProjection bri_view_options_get_projection (const BriViewOptions *options);
/**
 * bri_view_options_set_weighting:
 * @options: a #BriViewOptions
 * @weighting: the weighting, a #BriEdgeWeighting
 *
 * see BriEdgeWeighting (default COUNT).
 */
BRI_API void bri_view_options_set_weighting (BriViewOptions *options,
                                             BriEdgeWeighting weighting);
/**
 * bri_view_options_get_weighting:
 * @options: a #BriViewOptions
 *
 * Gets the weighting of @options.
 *
 * Returns: the weighting
 */
BRI_API BriEdgeWeighting bri_view_options_get_weighting (const BriViewOptions *options);
/**
 * bri_view_options_set_direction:
 * @options: a #BriViewOptions
 * @direction: the direction, a #BriDirection
 *
 * see BriDirection (default AUTO).
 */
BRI_API void bri_view_options_set_direction (BriViewOptions *options,
                                             BriDirection direction);
/**
 * bri_view_options_get_direction:
 * @options: a #BriViewOptions
 *
 * Gets the direction of @options.
 *
 * Returns: the direction
 */
BRI_API BriDirection bri_view_options_get_direction (const BriViewOptions *options);
/**
 * bri_view_options_set_rollup:
 * @options: a #BriViewOptions
 * @kind: (nullable): an entity kind ("province", "country"), or several,
 *   comma-separated, tried in order; NULL for none.
 *
 * Roll-up: every end of an admitted relation is replaced by its nearest
 * ancestor of kind @kind through `parent`, itself included (a city by its
 * province, a ministry by its country). An entity without such an ancestor
 * stays as it is. With a list, the first kind the entity has among its
 * ancestors wins: "province,country" rolls each side up sensibly for a
 * "Chinese province × foreign country" network (Zhengzhou to Henan, a
 * Chinese ministry to China, Almaty, which has no province, to
 * Kazakhstan). Relations whose two ends roll up to the same entity become
 * loops and are left out of the view (a simple graph has no loops). `via`
 * entities are not rolled up. With the actor projection, actors and items
 * are rolled up before projecting.
 */
BRI_API void bri_view_options_set_rollup (BriViewOptions *options, const char *kind);
/**
 * bri_view_options_set_keep_isolated:
 * @options: a #BriViewOptions
 * @keep: FALSE (the default): a view holds the entities its edges touch;
 *   TRUE: also every entity the filter's entity kinds admit (after roll-up:
 *   each entity's roll-up), so isolated actors count as components and
 *   have degree 0. Without entity kinds that is every entity of the graph
 *   (the whole gazetteer): list kinds with it. A timeline's active entities
 *   then count them too.
 *
 * Sets whether a view keeps the entities no admitted relation touches.
 */
BRI_API void bri_view_options_set_keep_isolated (BriViewOptions *options, gboolean keep);
/**
 * bri_view_options_get_keep_isolated:
 * @options: a #BriViewOptions
 *
 * Gets whether views built with @options keep isolated entities.
 *
 * Returns: the value set by bri_view_options_set_keep_isolated().
 */
BRI_API gboolean bri_view_options_get_keep_isolated (const BriViewOptions *options);
/**
 * bri_view_options_add_group:
 * @options: a #BriViewOptions
 * @group_id: the id of a group entity (`group:central-asia-5`), checked by
 *   bri_view_new().
 *
 * Group roll-up: an end of an admitted relation that is a member of the
 * group, or lies below a member (Almaty below Kazakhstan), is replaced by
 * the group, before the roll-up by kind; so "China × Central Asia" counts
 * every relation with Kazakhstan. Members are the ids of the group
 * entity's `members` attribute (`|`-separated, as the gazetteer's
 * groups.csv gives them) and the `from` of every `member_of` relation to
 * the group. An entity in several listed groups goes to the first listed.
 * Relations between two members become loops and are left out. The group
 * has its own entity kind (`group`): list it in the filter's entity kinds
 * when they are set.
 */
BRI_API void bri_view_options_add_group (BriViewOptions *options, const char *group_id);
/**
 * bri_view_options_get_n_groups:
 * @options: a #BriViewOptions
 *
 * Gets the number of groups of @options.
 *
 * Returns: the number of groups listed.
 */
BRI_API guint bri_view_options_get_n_groups (const BriViewOptions *options);
/**
 * bri_view_options_get_group:
 * @options: a #BriViewOptions
 * @index: a position, below bri_view_options_get_n_groups()
 *
 * Gets a group of @options.
 *
 * Returns: (transfer none): the @index-th group id, in the order added.
 */
BRI_API const char *bri_view_options_get_group (const BriViewOptions *options,
                                                guint index);
/**
 * bri_view_options_get_rollup:
 * @options: a #BriViewOptions
 *
 * Gets the rollup of @options.
 *
 * Returns: (transfer none) (nullable): the roll-up kind.
 */
BRI_API const char *bri_view_options_get_rollup (const BriViewOptions *options);

/**
 * bri_view_new:
 * @graph: the graph; the view takes a reference on it.
 * @filter: (nullable): which relations and entities to admit; NULL admits all.
 * @options: (nullable): NULL for the defaults of bri_view_options_new().
 * @error: return location for a #GError, or %NULL
 *
 * Builds the view. Merge rule (plain view): every admitted relation whose two
 * ends (after roll-up) are entities a and b, a ≠ b, contributes to the one
 * edge a → b (directed view) or a — b (undirected view), whatever its kind;
 * the edge keeps all of them, in graph order, and weighs their count (or the
 * sum of their weights, BRI_EDGE_WEIGHT_SUM). In a directed view a → b and
 * b → a are two edges.
 *
 * Errors: BRI_ERROR_NOT_FOUND (the filter names an unknown relation kind; no
 *   entity of the roll-up kind exists; an unknown group), BRI_ERROR_INVALID (bad filter),
 *   BRI_ERROR_GRAPH (igraph failed, e.g. out of memory).
 *
 * Complexity: O(R + E log E) for R relations and E edges; the actor
 *   projection adds O(Σ n_i²) over items of n_i actors.
 *
 * Returns: (transfer full) (nullable): the view; bri_view_unref() it.
 */
BRI_API BriView *bri_view_new (BriGraph *graph, const BriFilter *filter,
                               const BriViewOptions *options, GError **error);

/**
 * bri_view_ref:
 * @view: a #BriView
 *
 * Takes a reference on @view.
 *
 * Returns: (transfer full): @view with one more reference.
 */
BRI_API BriView *bri_view_ref (BriView *view);
/**
 * bri_view_unref:
 * @view: a #BriView
 *
 * the last reference frees the view. NULL is ignored.
 */
BRI_API void bri_view_unref (BriView *view);

/**
 * bri_view_get_graph:
 * @view: a #BriView
 *
 * Gets the graph of @view.
 *
 * Returns: (transfer none): the view's graph, valid while the view lives.
 */
BRI_API BriGraph *bri_view_get_graph (const BriView *view);
/**
 * bri_view_get_filter:
 * @view: a #BriView
 *
 * Gets the filter of @view.
 *
 * Returns: (transfer none): a copy of the filter the view was built with.
 */
BRI_API const BriFilter *bri_view_get_filter (const BriView *view);
/**
 * bri_view_get_options:
 * @view: a #BriView
 *
 * Gets the options of @view.
 *
 * Returns: (transfer none): a copy of the options the view was built with.
 */
BRI_API const BriViewOptions *bri_view_get_options (const BriView *view);
/**
 * bri_view_is_directed:
 * @view: a #BriView
 *
 * Tells whether @view is directed.
 *
 * Returns: TRUE when the view's edges are directed (see BriDirection).
 */
BRI_API gboolean bri_view_is_directed (const BriView *view);

/**
 * bri_view_get_n_entities:
 * @view: a #BriView
 *
 * Gets the number of entities of @view.
 *
 * Returns: the number of vertices.
 */
BRI_API guint bri_view_get_n_entities (const BriView *view);
/**
 * bri_view_get_entity:
 * @view: a #BriView
 * @index: a vertex, below bri_view_get_n_entities()
 *
 * Gets the entity of @view.
 *
 * Returns: (transfer none): vertex @index's entity (owned by the graph).
 */
BRI_API const BriEntity *bri_view_get_entity (const BriView *view, guint index);
/**
 * bri_view_find_entity:
 * @view: a #BriView
 * @entity: a #BriEntity
 *
 * Finds the vertex of @entity.
 *
 * Complexity: O(1) expected.
 *
 * Returns: the vertex index of @entity, or -1 when it is not in the view.
 */
BRI_API gint bri_view_find_entity (const BriView *view, const BriEntity *entity);

/**
 * bri_view_get_n_edges:
 * @view: a #BriView
 *
 * Gets the number of edges of @view.
 *
 * Returns: the number of edges.
 */
BRI_API guint bri_view_get_n_edges (const BriView *view);
/**
 * bri_view_get_edge_from:
 * @view: a #BriView
 * @edge: an edge of the view, below bri_view_get_n_edges()
 *
 * Gets the edge from of @view.
 *
 * Returns: the vertex index of edge @edge's source (or first end).
 */
BRI_API guint bri_view_get_edge_from (const BriView *view, guint edge);
/**
 * bri_view_get_edge_to:
 * @view: a #BriView
 * @edge: an edge of the view, below bri_view_get_n_edges()
 *
 * Gets the edge to of @view.
 *
 * Returns: the vertex index of edge @edge's target (or second end).
 */
BRI_API guint bri_view_get_edge_to (const BriView *view, guint edge);
/**
 * bri_view_get_edge_weight:
 * @view: a #BriView
 * @edge: an edge of the view, below bri_view_get_n_edges()
 *
 * Gets the edge weight of @view.
 *
 * Returns: the edge's weight (see BriEdgeWeighting); always > 0 for COUNT
 *   and NEWMAN, >= 0 for SUM.
 */
BRI_API double bri_view_get_edge_weight (const BriView *view, guint edge);
/**
 * bri_view_find_edge:
 * @view: a #BriView
 * @from: a vertex index
 * @to: another vertex index
 *
 * Finds the edge between two vertices.
 *
 * Returns: the index of the edge from vertex @from to vertex @to (either
 *   order in an undirected view), or -1.
 */
BRI_API gint bri_view_find_edge (const BriView *view, guint from, guint to);
/**
 * bri_view_get_edge_n_relations:
 * @view: a #BriView
 * @edge: an edge of the view, below bri_view_get_n_edges()
 *
 * The number of relations merged into an edge of @view.
 *
 * Returns: the number of relations behind edge @edge (>= 1).
 */
BRI_API guint bri_view_get_edge_n_relations (const BriView *view, guint edge);
/**
 * bri_view_get_edge_relation:
 * @view: a #BriView
 * @edge: an edge of the view, below bri_view_get_n_edges()
 * @index: a position, below bri_view_get_n_edges()
 *
 * Gets the edge relation of @view.
 *
 * Returns: (transfer none): the @index-th relation behind @edge, in graph order.
 */
BRI_API const BriRelation *bri_view_get_edge_relation (const BriView *view,
                                                       guint edge, guint index);
/**
 * bri_view_get_edge_n_items:
 * @view: a #BriView
 * @edge: an edge of the view, below bri_view_get_n_edges()
 *
 * The number of items two actors of a projected view share.
 *
 * Returns: for a projected view, the number of items (forums, mechanisms,
 *   events, documents) the two actors share; 0 for a plain view.
 */
BRI_API guint bri_view_get_edge_n_items (const BriView *view, guint edge);
/**
 * bri_view_get_edge_item:
 * @view: a #BriView
 * @edge: an edge of the view, below bri_view_get_n_edges()
 * @index: a position, below bri_view_get_n_edges()
 *
 * Gets the edge item of @view.
 *
 * Returns: (transfer none): a label of the @index-th shared item: an entity
 *   id (`forum:boao`), `event:<event id>`, `title:<title>` or
 *   `relation:<n>` (the graph index of a relation that is its own item).
 */
BRI_API const char *bri_view_get_edge_item (const BriView *view, guint edge,
                                            guint index);

/**
 * bri_view_explain:
 * @view: a #BriView
 * @a: an entity of the view.
 * @b: another entity of the view.
 * @error: return location for a #GError, or %NULL
 *
 * The relations behind the edge a → b (a — b in an undirected view): for a
 * plain view the relations merged into it, for a rolled-up view the
 * relations between descendants, for the actor projection the relations that
 * make a and b actors of the items they share. Each relation carries its
 * date, source and evidence.
 *
 * Errors: BRI_ERROR_NOT_FOUND when @a or @b is not in the view or no edge
 *   joins them.
 *
 * Complexity: O(k) for k relations.
 *
 * Returns: (transfer container): a GPtrArray of `const BriRelation *`, in
 *   graph order, non-empty; the relations belong to the graph and stay valid
 *   while the view (or the graph) lives; g_ptr_array_unref() the array.
 */
BRI_API GPtrArray *bri_view_explain (const BriView *view, const BriEntity *a,
                                     const BriEntity *b, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriView, bri_view_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriViewOptions, bri_view_options_free)

G_END_DECLS

#endif /* BRI_VIEW_H */
