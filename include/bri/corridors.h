/**
 * SECTION:corridors
 * @title: Freight corridors
 * @short_description: the `freight_corridor` relations gathered by origin and destination, with their ports, dates and sources
 * @include: bri/bri.h
 *
 * A corridor list is computed from a graph and a filter, without a view: it
 * answers "which freight corridors start, end or pass in this place?" for a
 * place at any level (a province lists the corridors of its cities, their
 * counties and ports). It is self-contained and immutable: it holds a
 * reference on the graph, so its entities and relations stay valid while it
 * lives, and it may be shared between threads.
 */
#ifndef BRI_CORRIDORS_H
#define BRI_CORRIDORS_H

#include <glib.h>
#include <bri/version.h>
#include <bri/date.h>
#include <bri/entity.h>
#include <bri/relation.h>
#include <bri/graph.h>
#include <bri/filter.h>

G_BEGIN_DECLS

/**
 * BriCorridor:
 *
 * One freight corridor (opaque, owned by its #BriCorridorList): an ordered
 * pair (origin, destination) and the `freight_corridor` relations between
 * them.
 */
typedef struct _BriCorridor BriCorridor;
/**
 * BriCorridorList:
 *
 * The corridors of a graph, sorted (opaque, immutable): from
 * bri_graph_list_corridors(), freed with bri_corridor_list_free().
 */
typedef struct _BriCorridorList BriCorridorList;

/**
 * bri_graph_list_corridors:
 * @graph: the graph; the list takes a reference on it.
 * @filter: (nullable): the window, sources, minimum confidence and involved
 *   entities of the relations to gather; its entity kinds, when listed, must
 *   admit both the origin and the destination. When it lists relation kinds,
 *   `freight_corridor` must be one of them. NULL admits every corridor.
 * @place: (nullable): only corridors whose origin, destination or a `via`
 *   port is @place or lies below it through `parent` (as
 *   bri_filter_add_involved()); NULL for every place.
 * @error: return location for a #GError, or %NULL
 *
 * One corridor per ordered pair (origin, destination) of the admitted
 * `freight_corridor` relations: a train from Warsaw to Zhengzhou and one
 * from Zhengzhou to Warsaw are two corridors. Corridors are sorted by
 * origin id, then destination id (byte order).
 *
 * Returns: (transfer full) (nullable): the list, possibly empty;
 *   bri_corridor_list_free() it.
 * Errors: as bri_filter_check(); BRI_ERROR_INVALID when the filter's
 *   relation kinds leave out `freight_corridor`.
 * Complexity: O(R) for R relations, plus O(C log C) to sort C corridors.
 */
BRI_API BriCorridorList *bri_graph_list_corridors (BriGraph *graph,
                                                   const BriFilter *filter,
                                                   const BriEntity *place,
                                                   GError **error);

/**
 * bri_corridor_list_free:
 * @list: (nullable) (transfer full): a corridor list
 *
 * Frees @list and drops its reference on the graph. %NULL is ignored.
 */
BRI_API void bri_corridor_list_free (BriCorridorList *list);
/**
 * bri_corridor_list_get_n_corridors:
 * @list: a corridor list
 *
 * The number of corridors in @list.
 *
 * Returns: the number of corridors.
 */
BRI_API guint bri_corridor_list_get_n_corridors (const BriCorridorList *list);
/**
 * bri_corridor_list_get_corridor:
 * @list: a corridor list
 * @index: below bri_corridor_list_get_n_corridors()
 *
 * The @index-th corridor of @list, in the list's order.
 *
 * Returns: (transfer none): the corridor, valid while @list lives.
 */
BRI_API const BriCorridor *bri_corridor_list_get_corridor (const BriCorridorList *list, guint index);
/**
 * bri_corridor_get_origin:
 * @corridor: a corridor
 *
 * Where the corridor's trains start: the relations' `from`.
 *
 * Returns: (transfer none): the origin, owned by the graph the list keeps alive.
 */
BRI_API const BriEntity *bri_corridor_get_origin (const BriCorridor *corridor);
/**
 * bri_corridor_get_destination:
 * @corridor: a corridor
 *
 * Where the corridor's trains end: the relations' `to`.
 *
 * Returns: (transfer none): the destination, owned by the graph the list keeps alive.
 */
BRI_API const BriEntity *bri_corridor_get_destination (const BriCorridor *corridor);
/**
 * bri_corridor_get_n_vias:
 * @corridor: a corridor
 *
 * The ports and hubs the corridor passes: the distinct `via` entities of its relations.
 *
 * Returns: the number of vias, possibly 0.
 */
BRI_API guint bri_corridor_get_n_vias (const BriCorridor *corridor);
/**
 * bri_corridor_get_via:
 * @corridor: a corridor
 * @index: below bri_corridor_get_n_vias()
 *
 * The @index-th via, in the order of the relations that name them.
 *
 * Returns: (transfer none): the via entity, owned by the graph.
 */
BRI_API const BriEntity *bri_corridor_get_via (const BriCorridor *corridor, guint index);
/**
 * bri_corridor_get_first_date:
 * @corridor: a corridor
 *
 * The earliest date of its relations, as written: a relation dated `2023` starts on 2023-01-01 when dates are compared.
 *
 * Returns: the first date; unset when no relation is dated.
 */
BRI_API BriDate bri_corridor_get_first_date (const BriCorridor *corridor);
/**
 * bri_corridor_get_last_date:
 * @corridor: a corridor
 *
 * The latest end date of its relations (a relation without an end date counts by its date), as written, compared by its last day.
 *
 * Returns: the last date; unset when no relation is dated.
 */
BRI_API BriDate bri_corridor_get_last_date (const BriCorridor *corridor);
/**
 * bri_corridor_get_n_relations:
 * @corridor: a corridor
 *
 * The number of `freight_corridor` relations gathered in the corridor.
 *
 * Returns: the number of relations, at least 1.
 */
BRI_API guint bri_corridor_get_n_relations (const BriCorridor *corridor);
/**
 * bri_corridor_get_relation:
 * @corridor: a corridor
 * @index: below bri_corridor_get_n_relations()
 *
 * The @index-th relation, in graph order, with its date, source and evidence.
 *
 * Returns: (transfer none): the relation, owned by the graph.
 */
BRI_API const BriRelation *bri_corridor_get_relation (const BriCorridor *corridor, guint index);
/**
 * bri_corridor_get_n_sources:
 * @corridor: a corridor
 *
 * The distinct sources of the corridor's relations.
 *
 * Returns: the number of sources, at least 1.
 */
BRI_API guint bri_corridor_get_n_sources (const BriCorridor *corridor);
/**
 * bri_corridor_get_source:
 * @corridor: a corridor
 * @index: below bri_corridor_get_n_sources()
 *
 * The @index-th source id, in the order of the relations.
 *
 * Returns: (transfer none): the source id, owned by the graph.
 */
BRI_API const char *bri_corridor_get_source (const BriCorridor *corridor, guint index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriCorridorList, bri_corridor_list_free)

G_END_DECLS

#endif /* BRI_CORRIDORS_H */
