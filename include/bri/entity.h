/* bri/entity.h — entities, the nodes of the graph.
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
 * the graph hands out stays valid as long as the graph lives. */
#ifndef BRI_ENTITY_H
#define BRI_ENTITY_H

#include <glib.h>
#include <bri/version.h>

G_BEGIN_DECLS

typedef struct _BriEntity BriEntity;

/**
 * bri_entity_new:
 * @id: the id (not validated until the entity is added to a graph).
 * @kind: the kind, a lowercase word.
 * @name: the English (or main) name.
 * Returns: (transfer full): a new entity; free with bri_entity_free() unless
 *   it is handed to bri_graph_add_entity().
 */
BRI_API BriEntity *bri_entity_new (const char *id, const char *kind,
                                   const char *name);

/**
 * bri_entity_free:
 * Frees an entity that was never added to a graph. NULL is ignored.
 */
BRI_API void bri_entity_free (BriEntity *entity);

/* Setters: only on an entity not yet added to a graph (a programming error
 * otherwise, reported by g_return_if_fail). Strings are copied; NULL or ""
 * clears an optional field. */
BRI_API void bri_entity_set_name_zh (BriEntity *entity, const char *name_zh);
BRI_API void bri_entity_set_code (BriEntity *entity, const char *code);
/** bri_entity_set_parent: @parent_id: id of the parent entity, which must
 * exist in the graph when the entity is added. */
BRI_API void bri_entity_set_parent (BriEntity *entity, const char *parent_id);
/** bri_entity_add_alias: appends an alias (must not contain `|`). */
BRI_API void bri_entity_add_alias (BriEntity *entity, const char *alias);
/** bri_entity_set_attribute: sets (or with NULL @value removes) an extra
 * string attribute; @name must not be a built-in column name. */
BRI_API void bri_entity_set_attribute (BriEntity *entity, const char *name,
                                       const char *value);

/* Getters. Returns: (transfer none): valid while the entity lives. The
 * optional fields return NULL when unset (never ""). */
BRI_API const char *bri_entity_get_id (const BriEntity *entity);
BRI_API const char *bri_entity_get_kind (const BriEntity *entity);
BRI_API const char *bri_entity_get_name (const BriEntity *entity);
/** Returns: (transfer none) (nullable): the Simplified Chinese name. */
BRI_API const char *bri_entity_get_name_zh (const BriEntity *entity);
/** Returns: (transfer none) (nullable): the ISO or other code. */
BRI_API const char *bri_entity_get_code (const BriEntity *entity);
/** Returns: (transfer none) (nullable): the parent's id. */
BRI_API const char *bri_entity_get_parent_id (const BriEntity *entity);
/**
 * bri_entity_get_parent:
 * Returns: (transfer none) (nullable): the parent entity, once the entity
 *   belongs to a graph; NULL without parent or before it is added.
 */
BRI_API const BriEntity *bri_entity_get_parent (const BriEntity *entity);

/** bri_entity_get_n_aliases: Returns: the number of aliases. */
BRI_API guint bri_entity_get_n_aliases (const BriEntity *entity);
/** bri_entity_get_alias: @index: < n_aliases. Returns: (transfer none). */
BRI_API const char *bri_entity_get_alias (const BriEntity *entity, guint index);

/** bri_entity_get_n_attributes: Returns: the number of extra attributes. */
BRI_API guint bri_entity_get_n_attributes (const BriEntity *entity);
/** bri_entity_get_attribute_name: Returns: (transfer none): the @index-th
 * attribute's name, in the order they were set or read. */
BRI_API const char *bri_entity_get_attribute_name (const BriEntity *entity,
                                                   guint index);
/** bri_entity_get_attribute_value: Returns: (transfer none). */
BRI_API const char *bri_entity_get_attribute_value (const BriEntity *entity,
                                                    guint index);
/** bri_entity_get_attribute: Returns: (transfer none) (nullable): the value
 * of the attribute @name, NULL when absent. */
BRI_API const char *bri_entity_get_attribute (const BriEntity *entity,
                                              const char *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriEntity, bri_entity_free)

G_END_DECLS

#endif /* BRI_ENTITY_H */
