/* bri/relation.h — relations, the sourced assertions that are the edges.
 *
 * A relation says that `from` and `to` stand in a kind of relation
 * (signed_agreement, hosted, attended, freight_corridor, met, member_of,
 * located_in, launched, or a kind declared in kinds.csv), with an optional
 * date and end date, document title, sector, `via` entity (the border port a
 * train passes), event id (shared by the edges of one multi-party event),
 * weight (default 1), source document id, evidence sentence and confidence
 * (default 1), plus extra string attributes.
 *
 * Life cycle as for entities: bri_relation_new() gives a mutable relation the
 * caller owns; bri_graph_add_relation() validates it and takes it over; the
 * graph's `const BriRelation *` stay valid while the graph lives. */
#ifndef BRI_RELATION_H
#define BRI_RELATION_H

#include <glib.h>
#include <bri/version.h>
#include <bri/date.h>
#include <bri/entity.h>

G_BEGIN_DECLS

typedef struct _BriRelation BriRelation;

/* The eight built-in relation kinds. */
#define BRI_KIND_SIGNED_AGREEMENT "signed_agreement" /* undirected */
#define BRI_KIND_HOSTED "hosted"                     /* host -> forum */
#define BRI_KIND_ATTENDED "attended"                 /* participant -> forum */
#define BRI_KIND_FREIGHT_CORRIDOR "freight_corridor" /* origin -> destination */
#define BRI_KIND_MET "met"                           /* undirected */
#define BRI_KIND_MEMBER_OF "member_of"               /* member -> mechanism */
#define BRI_KIND_LOCATED_IN "located_in"             /* child -> parent */
#define BRI_KIND_LAUNCHED "launched"                 /* actor -> thing */

/**
 * bri_relation_new:
 * @kind: a relation kind name.
 * @from_id: the id of the source entity (for undirected kinds: one party).
 * @to_id: the id of the target entity (the other party).
 * Returns: (transfer full): a new relation; free with bri_relation_free()
 *   unless it is handed to bri_graph_add_relation().
 */
BRI_API BriRelation *bri_relation_new (const char *kind, const char *from_id,
                                       const char *to_id);

/** bri_relation_free: frees a relation never added to a graph; NULL is ignored. */
BRI_API void bri_relation_free (BriRelation *relation);

/* Setters: only before the relation is added to a graph. Strings are
 * copied; NULL or "" clears. Values are checked when the relation is added. */
BRI_API void bri_relation_set_date (BriRelation *relation, BriDate date);
BRI_API void bri_relation_set_end_date (BriRelation *relation, BriDate end_date);
BRI_API void bri_relation_set_title (BriRelation *relation, const char *title);
BRI_API void bri_relation_set_sector (BriRelation *relation, const char *sector);
/** bri_relation_set_via: @via_id: id of an entity (port, hub) or NULL. */
BRI_API void bri_relation_set_via (BriRelation *relation, const char *via_id);
BRI_API void bri_relation_set_event (BriRelation *relation, const char *event);
/** bri_relation_set_weight: a finite number >= 0 (checked on add). */
BRI_API void bri_relation_set_weight (BriRelation *relation, double weight);
BRI_API void bri_relation_set_source (BriRelation *relation, const char *source);
BRI_API void bri_relation_set_evidence (BriRelation *relation, const char *evidence);
/** bri_relation_set_confidence: in [0, 1] (checked on add). */
BRI_API void bri_relation_set_confidence (BriRelation *relation, double confidence);
/** bri_relation_set_attribute: sets or (NULL @value) removes an extra attribute. */
BRI_API void bri_relation_set_attribute (BriRelation *relation,
                                         const char *name, const char *value);

/* Getters. Returns: (transfer none), valid while the relation lives;
 * optional strings are NULL when unset. */
BRI_API const char *bri_relation_get_kind (const BriRelation *relation);
BRI_API const char *bri_relation_get_from_id (const BriRelation *relation);
BRI_API const char *bri_relation_get_to_id (const BriRelation *relation);
/** Returns: (transfer none) (nullable): the entity, NULL before the relation
 * is added to a graph. */
BRI_API const BriEntity *bri_relation_get_from (const BriRelation *relation);
BRI_API const BriEntity *bri_relation_get_to (const BriRelation *relation);
/** Returns: (nullable): the via entity's id. */
BRI_API const char *bri_relation_get_via_id (const BriRelation *relation);
/** Returns: (transfer none) (nullable): the via entity once in a graph. */
BRI_API const BriEntity *bri_relation_get_via (const BriRelation *relation);
/** Returns: the date, possibly unset. */
BRI_API BriDate bri_relation_get_date (const BriRelation *relation);
/** Returns: the end date, unset when the relation is not a span. */
BRI_API BriDate bri_relation_get_end_date (const BriRelation *relation);
BRI_API const char *bri_relation_get_title (const BriRelation *relation);
BRI_API const char *bri_relation_get_sector (const BriRelation *relation);
BRI_API const char *bri_relation_get_event (const BriRelation *relation);
BRI_API const char *bri_relation_get_source (const BriRelation *relation);
BRI_API const char *bri_relation_get_evidence (const BriRelation *relation);
/** Returns: the weight; 1 when not given (see bri_relation_has_weight()). */
BRI_API double bri_relation_get_weight (const BriRelation *relation);
/** Returns: TRUE when a weight was given explicitly. */
BRI_API gboolean bri_relation_has_weight (const BriRelation *relation);
/** Returns: the confidence; 1 when not given. */
BRI_API double bri_relation_get_confidence (const BriRelation *relation);
/** Returns: TRUE when a confidence was given explicitly. */
BRI_API gboolean bri_relation_has_confidence (const BriRelation *relation);

BRI_API guint bri_relation_get_n_attributes (const BriRelation *relation);
BRI_API const char *bri_relation_get_attribute_name (const BriRelation *relation,
                                                     guint index);
BRI_API const char *bri_relation_get_attribute_value (const BriRelation *relation,
                                                      guint index);
/** Returns: (transfer none) (nullable): the attribute @name's value. */
BRI_API const char *bri_relation_get_attribute (const BriRelation *relation,
                                                const char *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriRelation, bri_relation_free)

G_END_DECLS

#endif /* BRI_RELATION_H */
