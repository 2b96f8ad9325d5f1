/**
 * SECTION:relation
 * @title: Relations
 * @short_description: relations, the sourced assertions that are the edges
 * @include: bri/bri.h
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
 * graph's `const BriRelation *` stay valid while the graph lives.
 */
#ifndef BRI_RELATION_H
#define BRI_RELATION_H

#include <glib.h>
#include <bri/version.h>
#include <bri/date.h>
#include <bri/entity.h>

G_BEGIN_DECLS

/**
 * BriRelation:
 *
 * A relation, a sourced and dated assertion that is an edge of the graph: opaque; free-standing and mutable after bri_relation_new(), owned by the graph and immutable once added with bri_graph_add_relation().
 */
typedef struct _BriRelation BriRelation;

/* The eight built-in relation kinds. */
/**
 * BRI_KIND_SIGNED_AGREEMENT:
 *
 * The built-in relation kind `signed_agreement`: two parties signed a document (undirected).
 */
#define BRI_KIND_SIGNED_AGREEMENT "signed_agreement" /* undirected */
/**
 * BRI_KIND_HOSTED:
 *
 * The built-in relation kind `hosted`: host → forum or event (directed).
 */
#define BRI_KIND_HOSTED "hosted"                     /* host -> forum */
/**
 * BRI_KIND_ATTENDED:
 *
 * The built-in relation kind `attended`: participant → forum or event (directed).
 */
#define BRI_KIND_ATTENDED "attended"                 /* participant -> forum */
/**
 * BRI_KIND_FREIGHT_CORRIDOR:
 *
 * The built-in relation kind `freight_corridor`: origin → destination of a freight train route (directed); its `via` is the border port.
 */
#define BRI_KIND_FREIGHT_CORRIDOR "freight_corridor" /* origin -> destination */
/**
 * BRI_KIND_MET:
 *
 * The built-in relation kind `met`: two parties met (undirected).
 */
#define BRI_KIND_MET "met"                           /* undirected */
/**
 * BRI_KIND_MEMBER_OF:
 *
 * The built-in relation kind `member_of`: member → mechanism (directed).
 */
#define BRI_KIND_MEMBER_OF "member_of"               /* member -> mechanism */
/**
 * BRI_KIND_LOCATED_IN:
 *
 * The built-in relation kind `located_in`: child → parent (directed).
 */
#define BRI_KIND_LOCATED_IN "located_in"             /* child -> parent */
/**
 * BRI_KIND_LAUNCHED:
 *
 * The built-in relation kind `launched`: actor → the thing launched (directed).
 */
#define BRI_KIND_LAUNCHED "launched"                 /* actor -> thing */

/**
 * bri_relation_new:
 * @kind: a relation kind name.
 * @from_id: the id of the source entity (for undirected kinds: one party).
 * @to_id: the id of the target entity (the other party).
 *
 * Creates a free-standing relation with its three required fields; set the optional ones with the setters below, then hand it to bri_graph_add_relation().
 *
 * Returns: (transfer full): a new relation; free with bri_relation_free()
 *   unless it is handed to bri_graph_add_relation().
 */
BRI_API BriRelation *bri_relation_new (const char *kind, const char *from_id,
                                       const char *to_id);

/**
 * bri_relation_free:
 * @relation: a #BriRelation
 *
 * frees a relation never added to a graph; NULL is ignored.
 */
BRI_API void bri_relation_free (BriRelation *relation);

/* Setters: only before the relation is added to a graph. Strings are
 * copied; NULL or "" clears. Values are checked when the relation is added. */
/**
 * bri_relation_set_date:
 * @relation: a #BriRelation
 * @date: the date, a #BriDate
 *
 * Sets the date of @relation.
 */
BRI_API void bri_relation_set_date (BriRelation *relation, BriDate date);
/**
 * bri_relation_set_end_date:
 * @relation: a #BriRelation
 * @end_date: the end date, a #BriDate
 *
 * Sets the end date of @relation.
 */
BRI_API void bri_relation_set_end_date (BriRelation *relation, BriDate end_date);
/**
 * bri_relation_set_title:
 * @relation: a #BriRelation
 * @title: (nullable): the title; %NULL or "" clears it
 *
 * Sets the title of @relation.
 */
BRI_API void bri_relation_set_title (BriRelation *relation, const char *title);
/**
 * bri_relation_set_sector:
 * @relation: a #BriRelation
 * @sector: (nullable): the sector; %NULL or "" clears it
 *
 * Sets the sector of @relation.
 */
BRI_API void bri_relation_set_sector (BriRelation *relation, const char *sector);
/**
 * bri_relation_set_via:
 * @relation: a #BriRelation
 * @via_id: id of an entity (port, hub) or NULL.
 *
 * Sets the via of @relation.
 */
BRI_API void bri_relation_set_via (BriRelation *relation, const char *via_id);
/**
 * bri_relation_set_event:
 * @relation: a #BriRelation
 * @event: (nullable): the event; %NULL or "" clears it
 *
 * Sets the event of @relation.
 */
BRI_API void bri_relation_set_event (BriRelation *relation, const char *event);
/**
 * bri_relation_set_weight:
 * @relation: a #BriRelation
 * @weight: the weight
 *
 * a finite number >= 0 (checked on add).
 */
BRI_API void bri_relation_set_weight (BriRelation *relation, double weight);
/**
 * bri_relation_set_source:
 * @relation: a #BriRelation
 * @source: (nullable): the source; %NULL or "" clears it
 *
 * Sets the source of @relation.
 */
BRI_API void bri_relation_set_source (BriRelation *relation, const char *source);
/**
 * bri_relation_set_evidence:
 * @relation: a #BriRelation
 * @evidence: (nullable): the evidence; %NULL or "" clears it
 *
 * Sets the evidence of @relation.
 */
BRI_API void bri_relation_set_evidence (BriRelation *relation, const char *evidence);
/**
 * bri_relation_set_confidence:
 * @relation: a #BriRelation
 * @confidence: the confidence
 *
 * in [0, 1] (checked on add).
 */
BRI_API void bri_relation_set_confidence (BriRelation *relation, double confidence);
/**
 * bri_relation_set_attribute:
 * @relation: a #BriRelation
 * @name: the attribute's name
 * @value: (nullable): the value; %NULL removes the attribute
 *
 * sets or (NULL @value) removes an extra attribute.
 */
BRI_API void bri_relation_set_attribute (BriRelation *relation,
                                         const char *name, const char *value);

/* Getters. Returns: (transfer none), valid while the relation lives;
 * optional strings are NULL when unset. */
/**
 * bri_relation_get_kind:
 * @relation: a #BriRelation
 *
 * Gets the kind of @relation.
 *
 * Returns: (transfer none) (nullable): the kind, %NULL when unset
 */
BRI_API const char *bri_relation_get_kind (const BriRelation *relation);
/**
 * bri_relation_get_from_id:
 * @relation: a #BriRelation
 *
 * Gets the id of the `from` entity of @relation.
 *
 * Returns: (transfer none) (nullable): the from id, %NULL when unset
 */
BRI_API const char *bri_relation_get_from_id (const BriRelation *relation);
/**
 * bri_relation_get_to_id:
 * @relation: a #BriRelation
 *
 * Gets the id of the `to` entity of @relation.
 *
 * Returns: (transfer none) (nullable): the to id, %NULL when unset
 */
BRI_API const char *bri_relation_get_to_id (const BriRelation *relation);
/**
 * bri_relation_get_from:
 * @relation: a #BriRelation
 *
 * Gets the from of @relation.
 *
 * Returns: (transfer none) (nullable): the entity, NULL before the relation
 *   is added to a graph.
 */
BRI_API const BriEntity *bri_relation_get_from (const BriRelation *relation);
/**
 * bri_relation_get_to:
 * @relation: a #BriRelation
 *
 * Gets the to of @relation.
 *
 * Returns: (transfer none): the to
 */
BRI_API const BriEntity *bri_relation_get_to (const BriRelation *relation);
/**
 * bri_relation_get_via_id:
 * @relation: a #BriRelation
 *
 * Gets the id of the `via` entity of @relation (a border port, a hub).
 *
 * Returns: (nullable): the via entity's id.
 */
BRI_API const char *bri_relation_get_via_id (const BriRelation *relation);
/**
 * bri_relation_get_via:
 * @relation: a #BriRelation
 *
 * Gets the via of @relation.
 *
 * Returns: (transfer none) (nullable): the via entity once in a graph.
 */
BRI_API const BriEntity *bri_relation_get_via (const BriRelation *relation);
/**
 * bri_relation_get_date:
 * @relation: a #BriRelation
 *
 * Gets the date of @relation.
 *
 * Returns: the date, possibly unset.
 */
BRI_API BriDate bri_relation_get_date (const BriRelation *relation);
/**
 * bri_relation_get_end_date:
 * @relation: a #BriRelation
 *
 * Gets the end date of @relation.
 *
 * Returns: the end date, unset when the relation is not a span.
 */
BRI_API BriDate bri_relation_get_end_date (const BriRelation *relation);
/**
 * bri_relation_get_title:
 * @relation: a #BriRelation
 *
 * Gets the title of @relation.
 *
 * Returns: (transfer none) (nullable): the title, %NULL when unset
 */
BRI_API const char *bri_relation_get_title (const BriRelation *relation);
/**
 * bri_relation_get_sector:
 * @relation: a #BriRelation
 *
 * Gets the sector of @relation.
 *
 * Returns: (transfer none) (nullable): the sector, %NULL when unset
 */
BRI_API const char *bri_relation_get_sector (const BriRelation *relation);
/**
 * bri_relation_get_event:
 * @relation: a #BriRelation
 *
 * Gets the event of @relation.
 *
 * Returns: (transfer none) (nullable): the event, %NULL when unset
 */
BRI_API const char *bri_relation_get_event (const BriRelation *relation);
/**
 * bri_relation_get_source:
 * @relation: a #BriRelation
 *
 * Gets the source of @relation.
 *
 * Returns: (transfer none) (nullable): the source, %NULL when unset
 */
BRI_API const char *bri_relation_get_source (const BriRelation *relation);
/**
 * bri_relation_get_evidence:
 * @relation: a #BriRelation
 *
 * Gets the evidence of @relation.
 *
 * Returns: (transfer none) (nullable): the evidence, %NULL when unset
 */
BRI_API const char *bri_relation_get_evidence (const BriRelation *relation);
/**
 * bri_relation_get_weight:
 * @relation: a #BriRelation
 *
 * Gets the weight of @relation.
 *
 * Returns: the weight; 1 when not given (see bri_relation_has_weight()).
 */
BRI_API double bri_relation_get_weight (const BriRelation *relation);
/**
 * bri_relation_has_weight:
 * @relation: a #BriRelation
 *
 * Whether the weight of @relation was given, rather than the default 1.
 *
 * Returns: TRUE when a weight was given explicitly.
 */
BRI_API gboolean bri_relation_has_weight (const BriRelation *relation);
/**
 * bri_relation_get_confidence:
 * @relation: a #BriRelation
 *
 * Gets the confidence of @relation.
 *
 * Returns: the confidence; 1 when not given.
 */
BRI_API double bri_relation_get_confidence (const BriRelation *relation);
/**
 * bri_relation_has_confidence:
 * @relation: a #BriRelation
 *
 * Whether the confidence of @relation was given, rather than the default 1.
 *
 * Returns: TRUE when a confidence was given explicitly.
 */
BRI_API gboolean bri_relation_has_confidence (const BriRelation *relation);

/**
 * bri_relation_get_n_attributes:
 * @relation: a #BriRelation
 *
 * Gets the number of attributes of @relation.
 *
 * Returns: the number of attributes
 */
BRI_API guint bri_relation_get_n_attributes (const BriRelation *relation);
/**
 * bri_relation_get_attribute_name:
 * @relation: a #BriRelation
 * @index: a position, below bri_relation_get_n_attributes()
 *
 * The name of the @index-th extra attribute of @relation (an unknown CSV column).
 *
 * Returns: (transfer none) (nullable): the attribute name, %NULL when unset
 */
BRI_API const char *bri_relation_get_attribute_name (const BriRelation *relation,
                                                     guint index);
/**
 * bri_relation_get_attribute_value:
 * @relation: a #BriRelation
 * @index: a position, below bri_relation_get_n_attributes()
 *
 * The value of the @index-th extra attribute of @relation.
 *
 * Returns: (transfer none) (nullable): the attribute value, %NULL when unset
 */
BRI_API const char *bri_relation_get_attribute_value (const BriRelation *relation,
                                                      guint index);
/**
 * bri_relation_get_attribute:
 * @relation: a #BriRelation
 * @name: the attribute's name
 *
 * Gets the attribute of @relation.
 *
 * Returns: (transfer none) (nullable): the attribute @name's value.
 */
BRI_API const char *bri_relation_get_attribute (const BriRelation *relation,
                                                const char *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriRelation, bri_relation_free)

G_END_DECLS

#endif /* BRI_RELATION_H */
