/* libbri/core/source.c — BriSource (documents relations cite) and the getters of
 * BriKind. Kinds are created and validated by graph.c. */
#include "config.h"
#include "core/core-private.h"

BriSource *
bri_source_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);
  BriSource *s = g_new0 (BriSource, 1);
  s->id = g_strdup (id);
  return s;
}

void
bri_source_free (BriSource *s)
{
  if (!s)
    return;
  g_free (s->id);
  g_free (s->title);
  g_free (s->publisher);
  g_free (s->url);
  g_free (s->language);
  g_free (s->file);
  g_free (s->path);
  g_strfreev (s->attrs);
  g_free (s);
}

#define STR_SETTER(field)                                                \
  void bri_source_set_##field (BriSource *s, const char *value)         \
  {                                                                      \
    g_return_if_fail (s != NULL && !s->frozen);                          \
    g_free (s->field);                                                   \
    s->field = (value && *value) ? g_strdup (value) : NULL;              \
  }
STR_SETTER (title)
STR_SETTER (publisher)
STR_SETTER (url)
STR_SETTER (language)
STR_SETTER (file)
#undef STR_SETTER

void
bri_source_set_date (BriSource *s, BriDate date)
{
  g_return_if_fail (s != NULL && !s->frozen);
  s->date = date;
}

void
bri_source_set_attribute (BriSource *s, const char *name, const char *value)
{
  g_return_if_fail (s != NULL && !s->frozen && name != NULL);
  bri__attrs_set (&s->attrs, name, value);
}

const char *bri_source_get_id (const BriSource *s) { return s->id; }
const char *bri_source_get_title (const BriSource *s) { return s->title; }
const char *bri_source_get_publisher (const BriSource *s) { return s->publisher; }
BriDate bri_source_get_date (const BriSource *s) { return s->date; }
const char *bri_source_get_url (const BriSource *s) { return s->url; }
const char *bri_source_get_language (const BriSource *s) { return s->language; }
const char *bri_source_get_file (const BriSource *s) { return s->file; }
const char *bri_source_get_path (const BriSource *s) { return s->path ? s->path : s->file; }
guint bri_source_get_n_attributes (const BriSource *s) { return bri__attrs_count (s->attrs); }

const char *
bri_source_get_attribute_name (const BriSource *s, guint index)
{
  g_return_val_if_fail (index < bri__attrs_count (s->attrs), NULL);
  return s->attrs[2 * index];
}

const char *
bri_source_get_attribute_value (const BriSource *s, guint index)
{
  g_return_val_if_fail (index < bri__attrs_count (s->attrs), NULL);
  return s->attrs[2 * index + 1];
}

const char *
bri_source_get_attribute (const BriSource *s, const char *name)
{
  return bri__attrs_get (s->attrs, name);
}

const char *bri_kind_get_name (const BriKind *k) { return k->name; }
gboolean bri_kind_is_directed (const BriKind *k) { return k->directed; }
const char *bri_kind_get_description (const BriKind *k) { return k->description; }
gboolean bri_kind_is_builtin (const BriKind *k) { return k->builtin; }
