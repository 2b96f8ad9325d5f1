/**
 * SECTION:entity
 * @title: Entities
 * @short_description: entities, the nodes of the graph
 * @include: bri/bri.h
 *
 * An entity has a stable readable id (`country:KZ`, `city:almaty`), a kind
 * (a lowercase word: country, province, city, ministry, mechanism,
 * organization, enterprise, institution, forum, port, document, or any
 * other), an English name, an optional Simplified Chinese name, aliases
 * (Traditional spellings, short forms, English variants), an optional code
 * (ISO 3166) and an optional parent entity, plus extra string attributes
 * (unknown CSV columns).
 *
 * Life cycle: bri_entity_new() makes a free-standing, mutable entity that the
 * caller owns; bri_graph_add_entity() validates it and takes it over. From
 * then on it belongs to the graph, is immutable, and the `const BriEntity *`
 * the graph hands out stays valid as long as the graph lives.
 */
#ifndef BRI_ENTITY_H
#define BRI_ENTITY_H

#include <glib.h>
#include <bri/version.h>

G_BEGIN_DECLS

/**
 * BriEntity:
 *
 * An entity, a node of the graph: opaque; free-standing and mutable after bri_entity_new(), owned by the graph and immutable once added with bri_graph_add_entity().
 */
typedef struct _BriEntity BriEntity;

/**
 * bri_entity_new:
 * @id: the id (not validated until the entity is added to a graph).
 * @kind: the kind, a lowercase word.
 * @name: the English (or main) name.
 *
 * Creates a free-standing entity with its three required fields; set the optional ones with the setters below, then hand it to bri_graph_add_entity().
 *
 * Returns: (transfer full): a new entity; free with bri_entity_free() unless
 *   it is handed to bri_graph_add_entity().
 */
BRI_API BriEntity *bri_entity_new (const char *id, const char *kind,
                                   const char *name);

/**
 * bri_entity_free:
 * @entity: a #BriEntity
 *
 * Frees an entity that was never added to a graph. NULL is ignored.
 */
BRI_API void bri_entity_free (BriEntity *entity);

/* Setters: only on an entity not yet added to a graph (a programming error
 * otherwise, reported by g_return_if_fail). Strings are copied; NULL or ""
 * clears an optional field. */
/**
 * bri_entity_set_name_zh:
 * @entity: a #BriEntity
 * @name_zh: (nullable): the name zh; %NULL or "" clears it
 *
 * Sets the Simplified Chinese name of @entity.
 */
BRI_API void bri_entity_set_name_zh (BriEntity *entity, const char *name_zh);
/**
 * bri_entity_set_code:
 * @entity: a #BriEntity
 * @code: (nullable): the code; %NULL or "" clears it
 *
 * Sets the code of @entity.
 */
BRI_API void bri_entity_set_code (BriEntity *entity, const char *code);
/**
 * bri_entity_set_parent:
 * @entity: a #BriEntity
 * @parent_id: id of the parent entity, which must
 *
 * exist in the graph when the entity is added.
 */
BRI_API void bri_entity_set_parent (BriEntity *entity, const char *parent_id);
/**
 * bri_entity_add_alias:
 * @entity: a #BriEntity
 * @alias: the alias: a Traditional spelling, a short form or another English name
 *
 * appends an alias (must not contain `|`).
 */
BRI_API void bri_entity_add_alias (BriEntity *entity, const char *alias);
/**
 * bri_entity_set_attribute:
 * @entity: a #BriEntity
 * @name: the attribute's name
 * @value: (nullable): the value; %NULL removes the attribute
 *
 * sets (or with NULL @value removes) an extra
 * string attribute; @name must not be a built-in column name.
 */
BRI_API void bri_entity_set_attribute (BriEntity *entity, const char *name,
                                       const char *value);

/* Getters. Returns: (transfer none): valid while the entity lives. The
 * optional fields return NULL when unset (never ""). */
/**
 * bri_entity_get_id:
 * @entity: a #BriEntity
 *
 * Gets the id of @entity.
 *
 * Returns: (transfer none) (nullable): the id, %NULL when unset
 */
BRI_API const char *bri_entity_get_id (const BriEntity *entity);
/**
 * bri_entity_get_kind:
 * @entity: a #BriEntity
 *
 * Gets the kind of @entity.
 *
 * Returns: (transfer none) (nullable): the kind, %NULL when unset
 */
BRI_API const char *bri_entity_get_kind (const BriEntity *entity);
/**
 * bri_entity_get_name:
 * @entity: a #BriEntity
 *
 * Gets the name of @entity.
 *
 * Returns: (transfer none) (nullable): the name, %NULL when unset
 */
BRI_API const char *bri_entity_get_name (const BriEntity *entity);
/**
 * bri_entity_get_name_zh:
 * @entity: a #BriEntity
 *
 * Gets the Simplified Chinese name of @entity.
 *
 * Returns: (transfer none) (nullable): the Simplified Chinese name.
 */
BRI_API const char *bri_entity_get_name_zh (const BriEntity *entity);
/**
 * bri_entity_get_code:
 * @entity: a #BriEntity
 *
 * Gets the code of @entity.
 *
 * Returns: (transfer none) (nullable): the ISO or other code.
 */
BRI_API const char *bri_entity_get_code (const BriEntity *entity);
/**
 * bri_entity_get_parent_id:
 * @entity: a #BriEntity
 *
 * Gets the id of the parent of @entity.
 *
 * Returns: (transfer none) (nullable): the parent's id.
 */
BRI_API const char *bri_entity_get_parent_id (const BriEntity *entity);
/**
 * bri_entity_get_parent:
 * @entity: a #BriEntity
 *
 * Gets the parent of @entity.
 *
 * Returns: (transfer none) (nullable): the parent entity, once the entity
 *   belongs to a graph; NULL without parent or before it is added.
 */
BRI_API const BriEntity *bri_entity_get_parent (const BriEntity *entity);

/**
 * bri_entity_get_n_aliases:
 * @entity: a #BriEntity
 *
 * Gets the number of aliases of @entity.
 *
 * Returns: the number of aliases.
 */
BRI_API guint bri_entity_get_n_aliases (const BriEntity *entity);
/**
 * bri_entity_get_alias:
 * @entity: a #BriEntity
 * @index: < n_aliases. Returns: (transfer none).
 *
 * Gets the alias of @entity.
 *
 * Returns: (transfer none) (nullable): the alias, %NULL when unset
 */
BRI_API const char *bri_entity_get_alias (const BriEntity *entity, guint index);

/**
 * bri_entity_get_n_attributes:
 * @entity: a #BriEntity
 *
 * Gets the number of attributes of @entity.
 *
 * Returns: the number of extra attributes.
 */
BRI_API guint bri_entity_get_n_attributes (const BriEntity *entity);
/**
 * bri_entity_get_attribute_name:
 * @entity: a #BriEntity
 * @index: a position, below bri_entity_get_n_attributes()
 *
 * attribute's name, in the order they were set or read.
 *
 * Returns: (transfer none): the @index-th
 */
BRI_API const char *bri_entity_get_attribute_name (const BriEntity *entity,
                                                   guint index);
/**
 * bri_entity_get_attribute_value:
 * @entity: a #BriEntity
 * @index: a position, below bri_entity_get_n_attributes()
 *
 * The value of the @index-th extra attribute of @entity.
 *
 * Returns: (transfer none).
 */
BRI_API const char *bri_entity_get_attribute_value (const BriEntity *entity,
                                                    guint index);
/**
 * bri_entity_get_attribute:
 * @entity: a #BriEntity
 * @name: the attribute's name
 *
 * of the attribute @name, NULL when absent.
 *
 * Returns: (transfer none) (nullable): the value
 */
BRI_API const char *bri_entity_get_attribute (const BriEntity *entity,
                                              const char *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriEntity, bri_entity_free)

G_END_DECLS

#endif /* BRI_ENTITY_H */
