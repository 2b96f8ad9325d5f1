/* libbri/core/relation.c — BriRelation: construction, setters (before the
 * relation joins a graph) and getters. A free relation owns its strings;
 * once in a graph they point into the graph's string chunk. */
#include "config.h"
#include "core/core-private.h"

BriRelation *
bri_relation_new (const char *kind, const char *from_id, const char *to_id)
{
  g_return_val_if_fail (kind && from_id && to_id, NULL);
  BriFreeRelation *f = g_new0 (BriFreeRelation, 1);
  f->kind_name = g_strdup (kind);
  f->from_id = g_strdup (from_id);
  f->to_id = g_strdup (to_id);
  f->base.weight = NAN;
  f->base.confidence = NAN;
  return &f->base;
}

/* Frees a free-standing relation (a graph's relations live in its slabs). */
void
bri_relation_free (BriRelation *r)
{
  if (!r)
    return;
  g_return_if_fail (!r->frozen);
  BriFreeRelation *f = (BriFreeRelation *) r;
  g_free (f->kind_name);
  g_free (f->from_id);
  g_free (f->to_id);
  g_free (f->via_id);
  g_free (r->title);
  g_free (r->sector);
  g_free (r->event);
  g_free (r->source);
  g_free (r->evidence);
  g_strfreev (r->attrs);
  g_free (r);
}

#define STR_SETTER(field)                                                  \
  void bri_relation_set_##field (BriRelation *r, const char *value)       \
  {                                                                        \
    g_return_if_fail (r != NULL && !r->frozen);                            \
    g_free (r->field);                                                     \
    r->field = (value && *value) ? g_strdup (value) : NULL;                \
  }
STR_SETTER (title)
STR_SETTER (sector)
STR_SETTER (event)
STR_SETTER (source)
STR_SETTER (evidence)
#undef STR_SETTER

void
bri_relation_set_via (BriRelation *r, const char *via_id)
{
  g_return_if_fail (r != NULL && !r->frozen);
  BriFreeRelation *f = (BriFreeRelation *) r;
  g_free (f->via_id);
  f->via_id = (via_id && *via_id) ? g_strdup (via_id) : NULL;
}

void
bri_relation_set_date (BriRelation *r, BriDate date)
{
  g_return_if_fail (r != NULL && !r->frozen);
  r->date = date;
}

void
bri_relation_set_end_date (BriRelation *r, BriDate end_date)
{
  g_return_if_fail (r != NULL && !r->frozen);
  r->end_date = end_date;
}

void
bri_relation_set_weight (BriRelation *r, double weight)
{
  g_return_if_fail (r != NULL && !r->frozen);
  r->weight = weight;
}

void
bri_relation_set_confidence (BriRelation *r, double confidence)
{
  g_return_if_fail (r != NULL && !r->frozen);
  r->confidence = confidence;
}

void
bri_relation_set_attribute (BriRelation *r, const char *name, const char *value)
{
  g_return_if_fail (r != NULL && !r->frozen && name != NULL);
  bri__attrs_set (&r->attrs, name, value);
}

const char *bri_relation_get_kind (const BriRelation *r) { return bri__relation_kind_name (r); }
const char *bri_relation_get_from_id (const BriRelation *r) { return bri__relation_from_id (r); }
const char *bri_relation_get_to_id (const BriRelation *r) { return bri__relation_to_id (r); }
const BriEntity *bri_relation_get_from (const BriRelation *r) { return r->from; }
const BriEntity *bri_relation_get_to (const BriRelation *r) { return r->to; }
const char *bri_relation_get_via_id (const BriRelation *r) { return bri__relation_via_id (r); }
const BriEntity *bri_relation_get_via (const BriRelation *r) { return r->via; }
BriDate bri_relation_get_date (const BriRelation *r) { return r->date; }
BriDate bri_relation_get_end_date (const BriRelation *r) { return r->end_date; }
const char *bri_relation_get_title (const BriRelation *r) { return r->title; }
const char *bri_relation_get_sector (const BriRelation *r) { return r->sector; }
const char *bri_relation_get_event (const BriRelation *r) { return r->event; }
const char *bri_relation_get_source (const BriRelation *r) { return r->source; }
const char *bri_relation_get_evidence (const BriRelation *r) { return r->evidence; }

double
bri_relation_get_weight (const BriRelation *r)
{
  return isnan (r->weight) ? 1.0 : r->weight;
}

gboolean
bri_relation_has_weight (const BriRelation *r)
{
  return !isnan (r->weight);
}

double
bri_relation_get_confidence (const BriRelation *r)
{
  return isnan (r->confidence) ? 1.0 : r->confidence;
}

gboolean
bri_relation_has_confidence (const BriRelation *r)
{
  return !isnan (r->confidence);
}

guint
bri_relation_get_n_attributes (const BriRelation *r)
{
  return bri__attrs_count (r->attrs);
}

const char *
bri_relation_get_attribute_name (const BriRelation *r, guint index)
{
  g_return_val_if_fail (index < bri__attrs_count (r->attrs), NULL);
  return r->attrs[2 * index];
}

const char *
bri_relation_get_attribute_value (const BriRelation *r, guint index)
{
  g_return_val_if_fail (index < bri__attrs_count (r->attrs), NULL);
  return r->attrs[2 * index + 1];
}

const char *
bri_relation_get_attribute (const BriRelation *r, const char *name)
{
  return bri__attrs_get (r->attrs, name);
}
