/* libbri/core/entity.c — BriEntity: construction, setters (before the entity
 * joins a graph) and getters. Validation lives in graph.c. */
#include "config.h"
#include "core/core-private.h"

static char *
dup_or_null (const char *s)
{
  return (s && *s) ? g_strdup (s) : NULL;
}

BriEntity *
bri_entity_new (const char *id, const char *kind, const char *name)
{
  g_return_val_if_fail (id != NULL && kind != NULL && name != NULL, NULL);
  BriEntity *e = g_new0 (BriEntity, 1);
  e->id = g_strdup (id);
  e->kind = g_strdup (kind);
  e->name = g_strdup (name);
  return e;
}

void
bri_entity_free (BriEntity *e)
{
  if (!e)
    return;
  g_free (e->id);
  g_free (e->kind);
  g_free (e->name);
  g_free (e->name_zh);
  g_free (e->code);
  g_free (e->parent_id);
  if (e->aliases)
    g_ptr_array_unref (e->aliases);
  g_strfreev (e->attrs);
  g_free (e);
}

#define SETTER(field)                                                   \
  void bri_entity_set_##field (BriEntity *e, const char *value)        \
  {                                                                     \
    g_return_if_fail (e != NULL && !e->frozen);                         \
    g_free (e->field);                                                  \
    e->field = dup_or_null (value);                                     \
  }
SETTER (name_zh)
SETTER (code)
#undef SETTER

void
bri_entity_set_parent (BriEntity *e, const char *parent_id)
{
  g_return_if_fail (e != NULL && !e->frozen);
  g_free (e->parent_id);
  e->parent_id = dup_or_null (parent_id);
}

void
bri_entity_add_alias (BriEntity *e, const char *alias)
{
  g_return_if_fail (e != NULL && !e->frozen && alias != NULL);
  if (!e->aliases)
    e->aliases = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (e->aliases, g_strdup (alias));
}

void
bri_entity_set_attribute (BriEntity *e, const char *name, const char *value)
{
  g_return_if_fail (e != NULL && !e->frozen && name != NULL);
  bri__attrs_set (&e->attrs, name, value);
}

const char *bri_entity_get_id (const BriEntity *e) { return e->id; }
const char *bri_entity_get_kind (const BriEntity *e) { return e->kind; }
const char *bri_entity_get_name (const BriEntity *e) { return e->name; }
const char *bri_entity_get_name_zh (const BriEntity *e) { return e->name_zh; }
const char *bri_entity_get_code (const BriEntity *e) { return e->code; }
const char *bri_entity_get_parent_id (const BriEntity *e) { return e->parent_id; }
const BriEntity *bri_entity_get_parent (const BriEntity *e) { return e->parent; }

guint
bri_entity_get_n_aliases (const BriEntity *e)
{
  return e->aliases ? e->aliases->len : 0;
}

const char *
bri_entity_get_alias (const BriEntity *e, guint index)
{
  g_return_val_if_fail (index < bri_entity_get_n_aliases (e), NULL);
  return g_ptr_array_index (e->aliases, index);
}

guint
bri_entity_get_n_attributes (const BriEntity *e)
{
  return bri__attrs_count (e->attrs);
}

const char *
bri_entity_get_attribute_name (const BriEntity *e, guint index)
{
  g_return_val_if_fail (index < bri__attrs_count (e->attrs), NULL);
  return e->attrs[2 * index];
}

const char *
bri_entity_get_attribute_value (const BriEntity *e, guint index)
{
  g_return_val_if_fail (index < bri__attrs_count (e->attrs), NULL);
  return e->attrs[2 * index + 1];
}

const char *
bri_entity_get_attribute (const BriEntity *e, const char *name)
{
  return bri__attrs_get (e->attrs, name);
}
