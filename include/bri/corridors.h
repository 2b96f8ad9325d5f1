/* bri/corridors.h — freight corridors: the `freight_corridor` relations of a
 * graph gathered by origin and destination, with the ports they pass, their
 * first and last dates and their sources.
 *
 * A corridor list is computed from a graph and a filter, without a view: it
 * answers "which freight corridors start, end or pass in this place?" for a
 * place at any level (a province lists the corridors of its cities, their
 * counties and ports). It is self-contained and immutable: it holds a
 * reference on the graph, so its entities and relations stay valid while it
 * lives, and it may be shared between threads. */
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

typedef struct _BriCorridor BriCorridor;
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

/** bri_corridor_list_free: NULL is ignored. */
BRI_API void bri_corridor_list_free (BriCorridorList *list);
/** Returns: the number of corridors. */
BRI_API guint bri_corridor_list_get_n_corridors (const BriCorridorList *list);
/** Returns: (transfer none): the @index-th corridor, valid while @list lives. */
BRI_API const BriCorridor *bri_corridor_list_get_corridor (const BriCorridorList *list,
                                                           guint index);

/* A corridor's getters. Returns: (transfer none): entities and relations
 * belong to the graph the list keeps alive. */
/** Returns: (transfer none): the origin (the relations' `from`). */
BRI_API const BriEntity *bri_corridor_get_origin (const BriCorridor *corridor);
/** Returns: (transfer none): the destination (the relations' `to`). */
BRI_API const BriEntity *bri_corridor_get_destination (const BriCorridor *corridor);
/** Returns: the number of distinct `via` entities of its relations. */
BRI_API guint bri_corridor_get_n_vias (const BriCorridor *corridor);
/** Returns: (transfer none): the @index-th via, in the order of the relations. */
BRI_API const BriEntity *bri_corridor_get_via (const BriCorridor *corridor, guint index);
/**
 * bri_corridor_get_first_date:
 * Returns: the earliest date of its relations, as written (a relation dated
 *   `2023` starts on 2023-01-01 when dates are compared); unset when none is
 *   dated.
 */
BRI_API BriDate bri_corridor_get_first_date (const BriCorridor *corridor);
/**
 * bri_corridor_get_last_date:
 * Returns: the latest end date, or date when a relation has no end date, as
 *   written (compared by its last day); unset when none is dated.
 */
BRI_API BriDate bri_corridor_get_last_date (const BriCorridor *corridor);
/** Returns: the number of relations gathered (>= 1). */
BRI_API guint bri_corridor_get_n_relations (const BriCorridor *corridor);
/** Returns: (transfer none): the @index-th relation, in graph order, with its
 *   date, source and evidence. */
BRI_API const BriRelation *bri_corridor_get_relation (const BriCorridor *corridor,
                                                      guint index);
/** Returns: the number of distinct sources of its relations. */
BRI_API guint bri_corridor_get_n_sources (const BriCorridor *corridor);
/** Returns: (transfer none): the @index-th source id, in the order of the
 *   relations. */
BRI_API const char *bri_corridor_get_source (const BriCorridor *corridor, guint index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriCorridorList, bri_corridor_list_free)

G_END_DECLS

#endif /* BRI_CORRIDORS_H */
