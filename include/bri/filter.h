/**
 * SECTION:filter
 * @title: Filters
 * @short_description: BriFilter: which relations and entities a view admits
 * @include: bri/bri.h
 *
 * A filter is a small mutable value the caller owns: relation kinds, entity
 * kinds, a time window (partial dates allowed), source ids, a minimum
 * confidence and the entities a relation must involve. Every criterion left unset admits everything; the criteria
 * combine with AND, and the values listed for one criterion with OR. A
 * filter never refers to a graph: it is checked against one when a view is
 * built (bri_view_new()).
 */
#ifndef BRI_FILTER_H
#define BRI_FILTER_H

#include <glib.h>
#include <bri/version.h>
#include <bri/date.h>
#include <bri/entity.h>
#include <bri/relation.h>
#include <bri/graph.h>

G_BEGIN_DECLS

/**
 * BriFilter:
 *
 * Which relations and entities a view admits (opaque, owned by the caller, mutable). Made with bri_filter_new(), freed with bri_filter_free().
 */
typedef struct _BriFilter BriFilter;

/**
 * bri_filter_new:
 *
 * Creates a filter with no criterion.
 *
 * Returns: (transfer full): a filter admitting everything; free with
 *   bri_filter_free().
 */
BRI_API BriFilter *bri_filter_new (void);

/**
 * bri_filter_copy:
 * @filter: a #BriFilter
 *
 * Copies @filter.
 *
 * Returns: (transfer full): an independent copy of @filter.
 */
BRI_API BriFilter *bri_filter_copy (const BriFilter *filter);

/**
 * bri_filter_free:
 * @filter: a #BriFilter
 *
 * NULL is ignored.
 */
BRI_API void bri_filter_free (BriFilter *filter);

/**
 * bri_filter_add_relation_kind:
 * @filter: a #BriFilter
 * @kind: a relation kind name, such as %BRI_KIND_ATTENDED
 *
 * Admits relations of kind @kind (a name such as "attended"). Once one kind
 * is added, only the listed kinds are admitted. Adding a kind twice is
 * harmless. Whether the kind exists is checked by bri_filter_check() and
 * bri_view_new().
 */
BRI_API void bri_filter_add_relation_kind (BriFilter *filter, const char *kind);

/**
 * bri_filter_add_entity_kind:
 * @filter: a #BriFilter
 * @kind: an entity kind, such as "province"
 *
 * Admits entities of kind @kind (entity kinds are open: any lowercase word).
 * Once one kind is added, a view keeps only entities of the listed kinds:
 * for a plain view both ends of a relation (after roll-up) must have one of
 * them; for the actor projection the actors must (the items they share are
 * not filtered).
 */
BRI_API void bri_filter_add_entity_kind (BriFilter *filter, const char *kind);

/**
 * bri_filter_set_window:
 * @filter: a #BriFilter
 * @from: the first date of the window (partial dates stand for their whole
 *   period: `2024-06` starts on 2024-06-01), unset for no lower bound.
 * @to: the last date (`2024-06` ends on 2024-06-30), unset for no upper bound.
 *
 * Admits a relation when its date, or the span from its date to its end
 * date, shares at least one day with the window (bri_date_span_overlaps()).
 * An undated relation is admitted only while both bounds are unset.
 */
BRI_API void bri_filter_set_window (BriFilter *filter, BriDate from, BriDate to);

/**
 * bri_filter_get_window:
 * @filter: a #BriFilter
 * @from: (out): the window's first date (may be unset)
 * @to: (out): the window's last date (may be unset)
 *
 * Gets the window set by bri_filter_set_window().
 */
BRI_API void bri_filter_get_window (const BriFilter *filter, BriDate *from, BriDate *to);

/**
 * bri_filter_add_source:
 * @filter: a #BriFilter
 * @source_id: a source id, as in a relation's `source` column
 *
 * Admits relations whose `source` is @source_id. Once one source is added,
 * a relation without a source is not admitted.
 */
BRI_API void bri_filter_add_source (BriFilter *filter, const char *source_id);

/**
 * bri_filter_set_min_confidence:
 * @filter: a #BriFilter
 * @min_confidence: in [0, 1]; a relation is admitted when its confidence
 *   (1 when not given) is >= this value. 0, the default, admits all.
 *
 * Sets the min confidence of @filter.
 */
BRI_API void bri_filter_set_min_confidence (BriFilter *filter, double min_confidence);

/**
 * bri_filter_add_involved:
 * @filter: a #BriFilter
 * @entity_id: the id of an entity (checked by bri_filter_check()).
 *
 * Admits relations involving the entity or one of its descendants through
 * `parent` (a province involves its cities, their counties and ports): a
 * relation whose `from`, `to` or `via` entity is @entity_id or lies below
 * it. Entities added with several calls combine with OR. The criterion
 * applies to relations, before roll-up and projection: with the actor
 * projection, only the involved entities' own relations make items.
 */
BRI_API void bri_filter_add_involved (BriFilter *filter, const char *entity_id);

/**
 * bri_filter_set_option:
 * @filter: a #BriFilter
 * @name: the option's name: "kinds", "entity-kinds", "from", "to",
 *   "source", "involving" or "min-confidence"
 * @value: the option's value as text
 * @error: return location for a #GError, or %NULL
 *
 * Applies one filter option given by name and text, as `bri` reads its
 * filter options (`--kinds`, `--from`, …) and the Python binding its
 * keywords, so that both parse them one way:
 *
 * - "kinds", "entity-kinds", "source", "involving": a comma-separated list
 *   (spaces around items and empty items ignored), each item added as by
 *   bri_filter_add_relation_kind(), bri_filter_add_entity_kind(),
 *   bri_filter_add_source() or bri_filter_add_involved() (entity ids: a
 *   caller that takes names resolves them first, with bri_graph_resolve());
 * - "from", "to": a date (YYYY, YYYY-MM or YYYY-MM-DD, bri_date_parse()),
 *   the window's first or last date; the other bound is kept;
 * - "min-confidence": a number in [0, 1] (C locale), as
 *   bri_filter_set_min_confidence().
 *
 * Whether kinds, sources and entities exist in a graph is checked later, by
 * bri_filter_check() and bri_view_new(). The message of an error starts
 * with the option's name and names the value.
 *
 * Returns: %TRUE on success; %FALSE with @error set (%BRI_ERROR_INVALID for
 *   an unknown option or a bad number, the error of bri_date_parse() for a
 *   bad date), @filter then unchanged.
 */
BRI_API gboolean bri_filter_set_option (BriFilter *filter, const char *name,
                                        const char *value, GError **error);
/**
 * bri_filter_get_n_involved:
 * @filter: a #BriFilter
 *
 * Gets the number of entities @filter lists as involved.
 *
 * Returns: the number of entities listed as involved (0: no condition).
 */
BRI_API guint bri_filter_get_n_involved (const BriFilter *filter);
/**
 * bri_filter_get_involved:
 * @filter: a #BriFilter
 * @index: a position, below bri_filter_get_n_involved()
 *
 * Gets an entity @filter lists as involved.
 *
 * Returns: (transfer none): the @index-th entity id listed as involved.
 */
BRI_API const char *bri_filter_get_involved (const BriFilter *filter, guint index);

/**
 * bri_filter_get_n_relation_kinds:
 * @filter: a #BriFilter
 *
 * Gets the number of relation kinds of @filter.
 *
 * Returns: the number of relation kinds listed (0: all kinds admitted).
 */
BRI_API guint bri_filter_get_n_relation_kinds (const BriFilter *filter);
/**
 * bri_filter_get_relation_kind:
 * @filter: a #BriFilter
 * @index: a position, below bri_filter_get_n_relation_kinds()
 *
 * Gets the relation kind of @filter.
 *
 * Returns: (transfer none): the @index-th listed relation kind, in the order added.
 */
BRI_API const char *bri_filter_get_relation_kind (const BriFilter *filter, guint index);
/**
 * bri_filter_get_n_entity_kinds:
 * @filter: a #BriFilter
 *
 * Gets the number of entity kinds of @filter.
 *
 * Returns: the number of entity kinds listed (0: all kinds admitted).
 */
BRI_API guint bri_filter_get_n_entity_kinds (const BriFilter *filter);
/**
 * bri_filter_get_entity_kind:
 * @filter: a #BriFilter
 * @index: a position, below bri_filter_get_n_entity_kinds()
 *
 * Gets the entity kind of @filter.
 *
 * Returns: (transfer none): the @index-th listed entity kind.
 */
BRI_API const char *bri_filter_get_entity_kind (const BriFilter *filter, guint index);

/**
 * bri_filter_accepts_relation:
 * @filter: a #BriFilter
 * @relation: a #BriRelation
 *
 * Whether @relation passes the relation criteria: kind, window, source,
 * confidence and the entities involved (a relation not yet added to a
 * graph involves none). Entity kinds are not looked at (see
 * bri_filter_accepts_entity(); a view applies them after roll-up).
 *
 * Complexity: O(1) expected.
 *
 * Returns: TRUE when admitted.
 */
BRI_API gboolean bri_filter_accepts_relation (const BriFilter *filter,
                                              const BriRelation *relation);

/**
 * bri_filter_accepts_entity:
 * @filter: a #BriFilter
 * @entity: a #BriEntity
 *
 * Whether @entity passes the entity-kind criterion.
 *
 * Returns: TRUE when no entity kinds are listed or @entity's kind is listed.
 */
BRI_API gboolean bri_filter_accepts_entity (const BriFilter *filter,
                                            const BriEntity *entity);

/**
 * bri_filter_check:
 * @filter: a #BriFilter
 * @graph: a #BriGraph
 * @error: return location for a #GError, or %NULL
 *
 * Checks @filter against @graph: every listed entity kind must be the kind
 * of some entity of the graph (kinds are case-sensitive: `Province` is not
 * `province`), every listed relation kind a kind of the graph, and every
 * entity listed as involved an entity of the graph; the
 * window must not end before it starts; the minimum confidence must be in
 * [0, 1].
 *
 * Errors: BRI_ERROR_NOT_FOUND (unknown entity kind, relation kind or
 *   involved entity; the message suggests the nearest known one),
 *   BRI_ERROR_INVALID (window, confidence).
 *
 * Complexity: O(entities) when entity kinds are listed, else O(1).
 *
 * Returns: TRUE when the filter is usable with @graph.
 */
BRI_API gboolean bri_filter_check (const BriFilter *filter, const BriGraph *graph,
                                   GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriFilter, bri_filter_free)

G_END_DECLS

#endif /* BRI_FILTER_H */
