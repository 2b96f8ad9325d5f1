/* libbri/core/graph.c — BriGraph: storage of entities, relations, sources and
 * kinds; the validation every addition goes through (the loader uses the
 * same functions); marks and rollback for all-or-nothing loading. */
#include "config.h"
#include "core/core-private.h"

static const struct {
  const char *name;
  gboolean directed;
  const char *description;
} builtin_kinds[] = {
  { BRI_KIND_SIGNED_AGREEMENT, FALSE, "the two parties signed or adopted a document" },
  { BRI_KIND_HOSTED, TRUE, "hosted a forum, expo, summit or meeting" },
  { BRI_KIND_ATTENDED, TRUE, "took part in a forum or mechanism" },
  { BRI_KIND_FREIGHT_CORRIDOR, TRUE, "rail, road, air or sea freight route; via = port or hub" },
  { BRI_KIND_MET, FALSE, "talks or an exchange between two parties" },
  { BRI_KIND_MEMBER_OF, TRUE, "membership of a mechanism or organisation" },
  { BRI_KIND_LOCATED_IN, TRUE, "geography and hierarchy: child in parent" },
  { BRI_KIND_LAUNCHED, TRUE, "opened a port, route, alliance or platform" },
};

static void
kind_free (BriKind *k)
{
  g_free (k->name);
  g_free (k->description);
  g_free (k);
}

BriGraph *
bri_graph_new (void)
{
  BriGraph *g = g_new0 (BriGraph, 1);
  g->ref_count = 1;
  g->entities = g_ptr_array_new_with_free_func ((GDestroyNotify) bri_entity_free);
  g->entity_by_id = bri__id_index_new ();
  g->relations = g_ptr_array_new ();
  g->rel_slabs = g_ptr_array_new_with_free_func (g_free);
  g->strings = g_string_chunk_new (64 * 1024);
  g->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) bri_source_free);
  g->source_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g->kinds = g_ptr_array_new_with_free_func ((GDestroyNotify) kind_free);
  g->kind_by_name = g_hash_table_new (g_str_hash, g_str_equal);
  g_mutex_init (&g->index_lock);
  for (guint i = 0; i < G_N_ELEMENTS (builtin_kinds); i++)
    {
      BriKind *k = g_new0 (BriKind, 1);
      k->name = g_strdup (builtin_kinds[i].name);
      k->directed = builtin_kinds[i].directed;
      k->description = g_strdup (builtin_kinds[i].description);
      k->builtin = TRUE;
      g_ptr_array_add (g->kinds, k);
      g_hash_table_insert (g->kind_by_name, k->name, k);
    }
  return g;
}

BriGraph *
bri__graph_new_overlay (BriGraph *base)
{
  BriGraph *g = bri_graph_new ();
  g->base = bri_graph_ref (base);
  return g;
}

/* Lookups through an overlay's chain of bases. */
static BriEntity *
entity_any (const BriGraph *g, const char *id)
{
  for (; g; g = g->base)
    {
      BriEntity *e = bri__id_index_lookup (g->entity_by_id, id);
      if (e)
        return e;
    }
  return NULL;
}

static BriKind *
kind_any (const BriGraph *g, const char *name)
{
  for (; g; g = g->base)
    {
      BriKind *k = g_hash_table_lookup (g->kind_by_name, name);
      if (k)
        return k;
    }
  return NULL;
}

static BriSource *
source_any (const BriGraph *g, const char *id)
{
  for (; g; g = g->base)
    {
      BriSource *s = g_hash_table_lookup (g->source_by_id, id);
      if (s)
        return s;
    }
  return NULL;
}

BriGraph *
bri_graph_ref (BriGraph *g)
{
  g_return_val_if_fail (g != NULL, NULL);
  g_atomic_int_inc (&g->ref_count);
  return g;
}

void
bri_graph_unref (BriGraph *g)
{
  if (!g || !g_atomic_int_dec_and_test (&g->ref_count))
    return;
  bri__graph_index_reset (g);
  g_mutex_clear (&g->index_lock);
  bri__id_index_free (g->entity_by_id);
  g_hash_table_unref (g->source_by_id);
  g_hash_table_unref (g->kind_by_name);
  for (guint i = 0; i < g->relations->len; i++)
    g_strfreev (((BriRelation *) g->relations->pdata[i])->attrs);
  g_ptr_array_unref (g->relations);
  g_ptr_array_unref (g->rel_slabs);
  g_free (g->intern_cache);
  g_ptr_array_unref (g->entities);
  g_ptr_array_unref (g->sources);
  g_ptr_array_unref (g->kinds);
  g_string_chunk_free (g->strings);
  bri_graph_unref (g->base);
  g_free (g);
}

guint bri_graph_get_n_entities (const BriGraph *g) { return g->entities->len; }
guint bri_graph_get_n_relations (const BriGraph *g) { return g->relations->len; }
guint bri_graph_get_n_sources (const BriGraph *g) { return g->sources->len; }
guint bri_graph_get_n_kinds (const BriGraph *g) { return g->kinds->len; }

#define INDEXED_GETTER(type, what, array)                                   \
  const type *bri_graph_get_##what (const BriGraph *g, guint index)        \
  {                                                                         \
    g_return_val_if_fail (g != NULL && index < g->array->len, NULL);        \
    return g_ptr_array_index (g->array, index);                             \
  }
INDEXED_GETTER (BriEntity, entity, entities)
INDEXED_GETTER (BriRelation, relation, relations)
INDEXED_GETTER (BriSource, source, sources)
INDEXED_GETTER (BriKind, kind, kinds)
#undef INDEXED_GETTER

const BriEntity *
bri_graph_lookup_entity (const BriGraph *g, const char *id)
{
  g_return_val_if_fail (g != NULL && id != NULL, NULL);
  return entity_any (g, id);
}

const BriSource *
bri_graph_lookup_source (const BriGraph *g, const char *id)
{
  g_return_val_if_fail (g != NULL && id != NULL, NULL);
  return source_any (g, id);
}

const BriKind *
bri_graph_lookup_kind (const BriGraph *g, const char *name)
{
  g_return_val_if_fail (g != NULL && name != NULL, NULL);
  return kind_any (g, name);
}

const BriKind *
bri__graph_kind_nearest (const BriGraph *g, const char *name)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  for (const BriGraph *l = g; l; l = l->base)
    for (guint i = 0; i < l->kinds->len; i++)
      g_ptr_array_add (names, ((BriKind *) g_ptr_array_index (l->kinds, i))->name);
  const char *best = bri__nearest (name, (const char *const *) names->pdata, names->len,
                                   MAX (2, strlen (name) / 3));
  return best ? kind_any (g, best) : NULL;
}

/* ---- validation helpers -------------------------------------------- */

/* Sets *bad_field and an error; returns NULL for use in return statements. */
static gpointer
fail (const char **bad_field, const char *field, GError **error, int code,
      const char *format, ...) G_GNUC_PRINTF (5, 6);
static gpointer
fail (const char **bad_field, const char *field, GError **error, int code,
      const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  g_autofree char *msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  if (bad_field)
    *bad_field = field;
  g_set_error_literal (error, BRI_ERROR, code, msg);
  return NULL;
}

/* Valid UTF-8 without control characters (API input is not pre-checked). */
static gboolean
text_ok (const char *field, const char *value, const char **bad_field,
         GError **error)
{
  if (!value)
    return TRUE;
  if (!g_utf8_validate (value, -1, NULL))
    return fail (bad_field, field, error, BRI_ERROR_PARSE,
                 "invalid UTF-8 in %s, expected UTF-8 text", field), FALSE;
  if (bri__has_control_chars (value))
    return fail (bad_field, field, error, BRI_ERROR_PARSE,
                 "control character in %s, expected printable text", field), FALSE;
  return TRUE;
}

/* Attribute names become column names: non-empty, printable, not a
 * standard column of the file (@reserved), at most BRI_MAX_ID_BYTES. */
static gboolean
attrs_ok (BriAttrs attrs, const char *const *reserved, const char **bad_field,
          GError **error)
{
  for (guint i = 0; attrs && attrs[i]; i += 2)
    {
      const char *name = attrs[i];
      if (!*name || !g_utf8_validate (name, -1, NULL) || bri__has_control_chars (name)
          || strchr (name, '\n') || strchr (name, '\r') || strlen (name) > BRI_MAX_ID_BYTES)
        {
          g_autofree char *quoted = bri__quote_text (name);
          return fail (bad_field, "id", error, BRI_ERROR_INVALID,
                       "invalid attribute name '%s', expected a non-empty "
                       "printable name of at most %u bytes", quoted,
                       BRI_MAX_ID_BYTES), FALSE;
        }
      if (g_strv_contains (reserved, name))
        return fail (bad_field, "id", error, BRI_ERROR_INVALID,
                     "attribute named like the standard column '%s', expected "
                     "another name", name), FALSE;
      if (!text_ok (name, attrs[i + 1], bad_field, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
id_ok (const char *field, const char *id, const char **bad_field, GError **error)
{
  if (!id || !*id)
    return fail (bad_field, field, error, BRI_ERROR_INVALID,
                 "empty %s, expected an id such as country:KZ", field), FALSE;
  if (!text_ok (field, id, bad_field, error))
    return FALSE;
  if (strlen (id) > BRI_MAX_ID_BYTES)
    return fail (bad_field, field, error, BRI_ERROR_LIMIT,
                 "%s is %zu bytes long, the limit is %u", field, strlen (id),
                 BRI_MAX_ID_BYTES), FALSE;
  for (const char *p = id; *p; p++)
    if (g_ascii_isspace (*p))
      return fail (bad_field, field, error, BRI_ERROR_INVALID,
                   "white space in %s '%s', expected an id without spaces",
                   field, id), FALSE;
  return TRUE;
}

static gboolean
aliases_equal (const BriEntity *a, const BriEntity *b)
{
  guint n = bri_entity_get_n_aliases (a);
  if (n != bri_entity_get_n_aliases (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (strcmp (bri_entity_get_alias (a, i), bri_entity_get_alias (b, i)) != 0)
      return FALSE;
  return TRUE;
}

/* The aliases as one `|`-joined string (for messages). */
static char *
aliases_joined (const BriEntity *e)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < bri_entity_get_n_aliases (e); i++)
    g_string_append_printf (s, "%s%s", i ? "|" : "", bri_entity_get_alias (e, i));
  return g_string_free (s, FALSE);
}

/* NULL when @a and @b have the same content; else a description of the
 * first field that differs, with @b's value then @a's:
 * "name 'Kazakstan' here, 'Kazakhstan' before". */
static char *
entities_difference (const BriEntity *a, const BriEntity *b)
{
  static const char *const fields[] = { "kind", "name", "name_zh", "code", "parent" };
  const char *va[] = { a->kind, a->name, a->name_zh, a->code, a->parent_id };
  const char *vb[] = { b->kind, b->name, b->name_zh, b->code, b->parent_id };
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (!bri__str_equal0 (va[i], vb[i]))
      {
        g_autofree char *qa = bri__quote_text (va[i] ? va[i] : "");
        g_autofree char *qb = bri__quote_text (vb[i] ? vb[i] : "");
        return g_strdup_printf ("%s '%s' here, '%s' before", fields[i], qb, qa);
      }
  if (!aliases_equal (a, b))
    {
      g_autofree char *ja = aliases_joined (a), *jb = aliases_joined (b);
      g_autofree char *qa = bri__quote_text (ja), *qb = bri__quote_text (jb);
      return g_strdup_printf ("aliases '%s' here, '%s' before", qb, qa);
    }
  if (!bri__attrs_equal (a->attrs, b->attrs))
    return g_strdup ("other extra columns here than before");
  return NULL;
}

/* The id of an entity of @g nearest to @id by edit distance, within
 * MAX(2, a quarter of its length); NULL when none is. Only ids whose
 * length is within that distance are compared, and a distance of 1 ends
 * the search (nothing unequal is nearer). */
static const char *
nearest_entity_id (const BriGraph *g, const char *id)
{
  gsize len = strlen (id);
  guint max_d = MAX (2, len / 4), best_d = max_d + 1;
  const char *best = NULL;
  for (const BriGraph *l = g; l; l = l->base)
    for (guint i = 0; i < l->entities->len; i++)
      {
        const char *cand = ((BriEntity *) g_ptr_array_index (l->entities, i))->id;
        gsize cl = strlen (cand);
        if ((cl > len ? cl - len : len - cl) >= best_d)
          continue;
        guint d = bri__edit_distance (id, cand);
        if (d < best_d)
          {
            best_d = d;
            best = cand;
            if (d <= 1)
              return best;
          }
      }
  return best;
}

const char *
bri__graph_entity_nearest (const BriGraph *graph, const char *id)
{
  return nearest_entity_id (graph, id);
}

static void
unknown_parent (const BriGraph *g, const char *parent_id, GError **error)
{
  const char *near = nearest_entity_id (g, parent_id);
  if (near)
    g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
                 "unknown parent '%s', did you mean %s? (expected the id of a "
                 "defined entity)", parent_id, near);
  else
    g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
                 "unknown parent '%s', expected the id of a defined entity",
                 parent_id);
}

/* ---- entities ------------------------------------------------------ */

static const BriEntity *
add_entity (BriGraph *g, BriEntity *e, gboolean defer_parent,
            const char **bad_field, GError **error)
{
  g_autoptr (BriEntity) owned = e;
  if (!id_ok ("id", e->id, bad_field, error))
    return NULL;
  if (!bri__is_lower_word (e->kind))
    return fail (bad_field, "kind", error, BRI_ERROR_INVALID,
                 "invalid entity kind '%s', expected a lowercase word such as "
                 "country, city or forum", e->kind);
  if (!*e->name)
    return fail (bad_field, "name", error, BRI_ERROR_INVALID,
                 "empty name, expected the entity's name");
  if (!text_ok ("name", e->name, bad_field, error)
      || !text_ok ("name_zh", e->name_zh, bad_field, error)
      || !text_ok ("code", e->code, bad_field, error)
      || !attrs_ok (e->attrs, bri__entity_columns, bad_field, error))
    return NULL;
  if (e->parent_id && !id_ok ("parent", e->parent_id, bad_field, error))
    return NULL;
  guint n_aliases = bri_entity_get_n_aliases (e);
  if (n_aliases > BRI_MAX_ALIASES)
    return fail (bad_field, "aliases", error, BRI_ERROR_LIMIT,
                 "%u aliases, the limit is %u", n_aliases, BRI_MAX_ALIASES);
  for (guint i = 0; i < n_aliases; i++)
    {
      const char *a = bri_entity_get_alias (e, i);
      if (!*a || strchr (a, '|'))
        return fail (bad_field, "aliases", error, BRI_ERROR_INVALID,
                     "empty alias or alias containing '|', expected "
                     "|-separated non-empty aliases");
      if (!text_ok ("aliases", a, bad_field, error))
        return NULL;
    }
  BriEntity *old = entity_any (g, e->id);
  if (old)
    {
      g_autofree char *diff = entities_difference (old, e);
      if (!diff)
        return old;
      return fail (bad_field, "id", error, BRI_ERROR_DUPLICATE,
                   "entity '%s' is already defined with other content (%s), "
                   "expected one definition per id or the same content", e->id, diff);
    }
  if (e->parent_id && strcmp (e->parent_id, e->id) == 0)
    return fail (bad_field, "parent", error, BRI_ERROR_INVALID,
                 "entity '%s' is its own parent, expected another entity", e->id);
  if (e->parent_id && !defer_parent)
    {
      const BriEntity *p = entity_any (g, e->parent_id);
      if (!p)
        {
          if (bad_field)
            *bad_field = "parent";
          unknown_parent (g, e->parent_id, error);
          return NULL;
        }
      e->parent = p;
      if (!bri__graph_check_parent_chain (g, e, error))
        {
          if (bad_field)
            *bad_field = "parent";
          return NULL;
        }
    }
  e = g_steal_pointer (&owned);
  e->frozen = TRUE;
  e->index = g->entities->len;
  g_ptr_array_add (g->entities, e);
  bri__id_index_insert (g->entity_by_id, e->id, e);
  return e;
}

const BriEntity *
bri_graph_add_entity (BriGraph *g, BriEntity *e, GError **error)
{
  g_return_val_if_fail (g != NULL && e != NULL && !e->frozen, NULL);
  return add_entity (g, e, FALSE, NULL, error);
}

const BriEntity *
bri__graph_add_entity_deferred (BriGraph *g, BriEntity *e,
                                const char **bad_field, GError **error)
{
  return add_entity (g, e, TRUE, bad_field, error);
}

/* Walks up from @e: the chain must end within BRI_MAX_PARENT_DEPTH steps
 * without returning to an entity seen before. */
gboolean
bri__graph_check_parent_chain (BriGraph *g, const BriEntity *e, GError **error)
{
  const BriEntity *chain[BRI_MAX_PARENT_DEPTH + 1];
  guint n = 0;
  for (const BriEntity *p = e; p; p = p->parent)
    {
      for (guint i = 0; i < n; i++)
        if (chain[i] == p)
          {
            g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                         "parent cycle: '%s' is its own ancestor through '%s', "
                         "expected a hierarchy without cycles", p->id,
                         chain[n - 1]->id);
            return FALSE;
          }
      if (n == BRI_MAX_PARENT_DEPTH + 1)
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_LIMIT,
                       "the parent chain of '%s' is longer than %u entities, "
                       "expected at most %u levels", e->id,
                       BRI_MAX_PARENT_DEPTH, BRI_MAX_PARENT_DEPTH);
          return FALSE;
        }
      chain[n++] = p;
    }
  return TRUE;
}

/* Resolves the parent of an entity added with a deferred parent. */
gboolean
bri__graph_resolve_parent (BriGraph *g, BriEntity *e, GError **error)
{
  if (!e->parent_id || e->parent)
    return TRUE;
  const BriEntity *p = entity_any (g, e->parent_id);
  if (!p)
    {
      unknown_parent (g, e->parent_id, error);
      return FALSE;
    }
  e->parent = p;
  return TRUE;
}

/* ---- relations ----------------------------------------------------- */

static gpointer
unknown_entity (BriGraph *g, const char *field, const char *id,
                const char **bad_field, GError **error)
{
  const char *near = nearest_entity_id (g, id);
  if (near)
    return fail (bad_field, field, error, BRI_ERROR_NOT_FOUND,
                 "unknown entity '%s' in column %s, did you mean %s? (expected "
                 "the id of an entity defined in entities.csv or an earlier "
                 "data set)", id, field, near);
  return fail (bad_field, field, error, BRI_ERROR_NOT_FOUND,
               "unknown entity '%s' in column %s, expected the id of an entity "
               "defined in entities.csv or an earlier data set", id, field);
}

/* The set (two slots) of @hash in a cache of @n_slots. */
static inline BriInternSlot *
intern_set (BriInternSlot *cache, guint n_slots, guint32 hash)
{
  return &cache[2 * (hash & (n_slots / 2 - 1))];
}

/* The way a new entry takes in @set: a free one, else one by the hash. */
static inline guint
intern_way (const BriInternSlot *set, guint32 hash)
{
  return set[0].s == NULL ? 0 : set[1].s == NULL ? 1 : (hash >> 31);
}

/* A 4-fold larger cache holding the entries of the old one. */
static void
intern_grow (BriGraph *g)
{
  guint n = g->intern_slots * 4;
  BriInternSlot *cache = g_new0 (BriInternSlot, n);
  for (guint i = 0; i < g->intern_slots; i++)
    {
      const BriInternSlot *old = &g->intern_cache[i];
      if (old->s == NULL)
        continue;
      BriInternSlot *set = intern_set (cache, n, old->hash);
      set[intern_way (set, old->hash)] = *old;
    }
  g_free (g->intern_cache);
  g->intern_cache = cache;
  g->intern_slots = n;
  g->intern_fills = 0;
}

static const char *
intern (BriGraph *g, const char *s)
{
  if (s == NULL)
    return NULL;
  if (g->intern_cache == NULL)
    {
      g->intern_slots = BRI_INTERN_MIN_SLOTS;
      g->intern_cache = g_new0 (BriInternSlot, g->intern_slots);
    }
  gsize len;
  guint32 hash = bri__hash_string (s, &len);
  /* Two ways per set: a string evicts one only when both are taken. */
  BriInternSlot *set = intern_set (g->intern_cache, g->intern_slots, hash);
  for (guint w = 0; w < 2; w++)
    if (set[w].s && set[w].hash == hash && set[w].len == len
        && memcmp (len <= BRI_INTERN_INLINE ? set[w].text : set[w].s, s, len) == 0)
      return set[w].s;
  const char *stored = g_string_chunk_insert_const (g->strings, s);
  guint w = intern_way (set, hash);
  set[w].s = stored;
  set[w].hash = hash;
  set[w].len = (guint32) MIN (len, G_MAXUINT32);
  memcpy (set[w].text, s, MIN (len, BRI_INTERN_INLINE));
  if (++g->intern_fills > g->intern_slots / 4 && g->intern_slots < BRI_INTERN_MAX_SLOTS)
    intern_grow (g);
  return stored;
}

/* The next free relation slot: relations are allocated in blocks, in
 * order, so relation i always lives at the same address. */
static BriRelation *
alloc_relation (BriGraph *g)
{
  guint i = g->relations->len;
  if (i / BRI_REL_SLAB >= g->rel_slabs->len)
    g_ptr_array_add (g->rel_slabs, g_new (BriRelation, BRI_REL_SLAB));
  BriRelation *r = (BriRelation *) g->rel_slabs->pdata[i / BRI_REL_SLAB] + i % BRI_REL_SLAB;
  memset (r, 0, sizeof *r);
  return r;
}

/* The relation's kind, or NULL with the error on "kind". */
static const BriKind *
relation_kind (BriGraph *g, const BriFreeRelation *f, const char **bad_field, GError **error)
{
  const BriKind *kind = g->last_kind;
  if (!kind || strcmp (kind->name, f->kind_name) != 0)
    kind = kind_any (g, f->kind_name);
  if (kind)
    return kind;
  const BriKind *near = bri__graph_kind_nearest (g, f->kind_name);
  if (!text_ok ("kind", f->kind_name, bad_field, error))
    return NULL;
  if (near)
    return fail (bad_field, "kind", error, BRI_ERROR_INVALID,
                 "unknown relation kind '%s', did you mean %s?", f->kind_name, near->name);
  return fail (bad_field, "kind", error, BRI_ERROR_INVALID,
               "unknown relation kind '%s', expected a built-in kind or "
               "one declared in kinds.csv", f->kind_name);
}

/* The checks of the relation's own values (dates, weight, confidence and,
 * unless @trusted, its text), which do not depend on its ends. fail()
 * returns NULL, so `fail (…) != NULL` is FALSE with the error set. */
static gboolean
relation_values_ok (const BriRelation *r, gboolean trusted, const char **bad_field,
                    GError **error)
{
  if (!bri_date_is_valid (r->date))
    return fail (bad_field, "date", error, BRI_ERROR_INVALID,
                 "impossible date, expected a real calendar date") != NULL;
  if (!bri_date_is_valid (r->end_date))
    return fail (bad_field, "end_date", error, BRI_ERROR_INVALID,
                 "impossible end date, expected a real calendar date") != NULL;
  if (bri_date_is_set (r->end_date))
    {
      char a[BRI_DATE_STRLEN], b[BRI_DATE_STRLEN];
      if (!bri_date_is_set (r->date))
        return fail (bad_field, "end_date", error, BRI_ERROR_INVALID,
                     "end date without a date, expected a date too") != NULL;
      if (bri_date_compare (bri_date_last_day (r->end_date),
                            bri_date_first_day (r->date)) < 0)
        return fail (bad_field, "end_date", error, BRI_ERROR_INVALID,
                     "end date %s is before the date %s, expected a later end",
                     bri_date_format (r->end_date, a), bri_date_format (r->date, b)) != NULL;
    }
  if (!isnan (r->weight) && (!isfinite (r->weight) || r->weight < 0))
    return fail (bad_field, "weight", error, BRI_ERROR_INVALID,
                 "weight %g, expected a finite number >= 0", r->weight) != NULL;
  if (!isnan (r->confidence) && !(r->confidence >= 0 && r->confidence <= 1))
    return fail (bad_field, "confidence", error, BRI_ERROR_INVALID,
                 "confidence %g, expected a number from 0 to 1", r->confidence) != NULL;
  return trusted
         || (text_ok ("title", r->title, bad_field, error)
             && text_ok ("sector", r->sector, bad_field, error)
             && text_ok ("event", r->event, bad_field, error)
             && text_ok ("source", r->source, bad_field, error)
             && text_ok ("evidence", r->evidence, bad_field, error)
             && attrs_ok (r->attrs, bri__relation_columns, bad_field, error));
}

gboolean
bri__graph_check_relation_values (BriGraph *g, const BriRelation *r, gboolean trusted,
                                  const char **bad_field, GError **error)
{
  return relation_kind (g, bri__free_relation ((BriRelation *) r), bad_field, error)
         && relation_values_ok (r, trusted, bad_field, error);
}

const BriRelation *
bri__graph_insert_relation (BriGraph *g, BriRelation *r, gboolean trusted,
                            const char **bad_field, GError **error)
{
  const BriFreeRelation *f = bri__free_relation (r); /* r is free */
  const BriKind *kind = relation_kind (g, f, bad_field, error);
  if (!kind)
    return NULL;
  /* An id that names a stored entity passed id_ok() when the entity was
   * added: check the ids only when a lookup fails (same errors, same order). */
  const BriEntity *from = f->from_id ? entity_any (g, f->from_id) : NULL;
  const BriEntity *to = f->to_id ? entity_any (g, f->to_id) : NULL;
  if (!from || !to)
    {
      if (!id_ok ("from", f->from_id, bad_field, error)
          || !id_ok ("to", f->to_id, bad_field, error))
        return NULL;
      if (!from)
        return unknown_entity (g, "from", f->from_id, bad_field, error);
      return unknown_entity (g, "to", f->to_id, bad_field, error);
    }
  if (from == to)
    return fail (bad_field, "to", error, BRI_ERROR_INVALID,
                 "relation from '%s' to itself, expected two different entities",
                 f->from_id);
  const BriEntity *via = NULL;
  if (f->via_id)
    {
      via = entity_any (g, f->via_id);
      if (!via)
        {
          if (!id_ok ("via", f->via_id, bad_field, error))
            return NULL;
          return unknown_entity (g, "via", f->via_id, bad_field, error);
        }
    }
  if (!relation_values_ok (r, trusted, bad_field, error))
    return NULL;

  /* Accepted: store with the graph's strings. */
  g->last_kind = kind;
  BriRelation *stored = alloc_relation (g);
  stored->kind = kind;
  stored->from = from;
  stored->to = to;
  stored->via = via;
  /* No names or ids are stored: the getters read the kind's name and the
   * entities' ids when they are asked, not every relation while loading
   * (a cache miss per end on large graphs). */
  stored->title = (char *) intern (g, r->title);
  stored->sector = (char *) intern (g, r->sector);
  /* Events are nearly unique per relation: interning them only grows the
   * chunk's hash table (a cache miss per relation on large graphs). */
  stored->event = r->event ? g_string_chunk_insert (g->strings, r->event) : NULL;
  stored->source = (char *) intern (g, r->source);
  stored->evidence = r->evidence ? g_string_chunk_insert (g->strings, r->evidence) : NULL;
  stored->attrs = g_steal_pointer (&r->attrs);
  stored->weight = r->weight;
  stored->confidence = r->confidence;
  stored->date = r->date;
  stored->end_date = r->end_date;
  stored->index = g->relations->len;
  stored->frozen = TRUE;
  g_ptr_array_add (g->relations, stored);
  return stored;
}

const BriRelation *
bri_graph_add_relation (BriGraph *g, BriRelation *r, GError **error)
{
  g_return_val_if_fail (g != NULL && r != NULL && !r->frozen, NULL);
  const BriRelation *stored = bri__graph_insert_relation (g, r, FALSE, NULL, error);
  bri_relation_free (r);
  return stored;
}

/* ---- sources and kinds --------------------------------------------- */

static gboolean
sources_equal (const BriSource *a, const BriSource *b)
{
  return bri__str_equal0 (a->title, b->title)
         && bri__str_equal0 (a->publisher, b->publisher)
         && bri__str_equal0 (a->url, b->url)
         && bri__str_equal0 (a->language, b->language)
         && bri__str_equal0 (a->file, b->file)
         && bri_date_compare (a->date, b->date) == 0
         && bri__attrs_equal (a->attrs, b->attrs);
}

const BriSource *
bri__graph_add_source_full (BriGraph *g, BriSource *s, const char **bad_field,
                            GError **error)
{
  g_autoptr (BriSource) owned = s;
  if (!id_ok ("id", s->id, bad_field, error)
      || !text_ok ("title", s->title, bad_field, error)
      || !text_ok ("publisher", s->publisher, bad_field, error)
      || !text_ok ("url", s->url, bad_field, error)
      || !text_ok ("language", s->language, bad_field, error)
      || !text_ok ("file", s->file, bad_field, error)
      || !attrs_ok (s->attrs, bri__source_columns, bad_field, error))
    return NULL;
  if (!bri_date_is_valid (s->date))
    return fail (bad_field, "date", error, BRI_ERROR_INVALID,
                 "impossible date, expected a real calendar date");
  BriSource *old = source_any (g, s->id);
  if (old)
    {
      if (sources_equal (old, s))
        return old;
      return fail (bad_field, "id", error, BRI_ERROR_DUPLICATE,
                   "source '%s' is already defined with other content, "
                   "expected one definition per id", s->id);
    }
  s = g_steal_pointer (&owned);
  s->frozen = TRUE;
  g_ptr_array_add (g->sources, s);
  g_hash_table_insert (g->source_by_id, s->id, s);
  return s;
}

const BriSource *
bri_graph_add_source (BriGraph *g, BriSource *s, GError **error)
{
  g_return_val_if_fail (g != NULL && s != NULL && !s->frozen, NULL);
  return bri__graph_add_source_full (g, s, NULL, error);
}

const BriKind *
bri__graph_add_kind_full (BriGraph *g, const char *name, gboolean directed,
                          const char *description, const char **bad_field,
                          GError **error)
{
  if (!bri__is_lower_word (name))
    return fail (bad_field, "kind", error, BRI_ERROR_INVALID,
                 "invalid kind name '%s', expected a lowercase word such as "
                 "funded", name ? name : "");
  if (!text_ok ("description", description, bad_field, error))
    return NULL;
  if (description && !*description)
    description = NULL;
  BriKind *old = kind_any (g, name);
  if (old)
    {
      if (old->directed == !!directed
          && (old->builtin || bri__str_equal0 (old->description, description)
              || !description))
        return old;
      return fail (bad_field, old->directed != !!directed ? "directed" : "description",
                   error, BRI_ERROR_DUPLICATE,
                   "kind '%s' is already declared %s, expected the same "
                   "declaration", name,
                   old->directed ? "directed" : "undirected");
    }
  BriKind *k = g_new0 (BriKind, 1);
  k->name = g_strdup (name);
  k->directed = !!directed;
  k->description = g_strdup (description);
  g_ptr_array_add (g->kinds, k);
  g_hash_table_insert (g->kind_by_name, k->name, k);
  return k;
}

const BriKind *
bri_graph_add_kind (BriGraph *g, const char *name, gboolean directed,
                    const char *description, GError **error)
{
  g_return_val_if_fail (g != NULL && name != NULL, NULL);
  return bri__graph_add_kind_full (g, name, directed, description, NULL, error);
}

/* ---- transactions -------------------------------------------------- */

void
bri__graph_mark (const BriGraph *g, BriGraphMark *m)
{
  m->n_entities = g->entities->len;
  m->n_relations = g->relations->len;
  m->n_sources = g->sources->len;
  m->n_kinds = g->kinds->len;
}

/* Removes everything added since @m. Strings already copied into the
 * string chunk stay there (unreachable) until the graph is freed. */
void
bri__graph_rollback (BriGraph *g, const BriGraphMark *m)
{
  for (guint i = m->n_entities; i < g->entities->len; i++)
    bri__id_index_remove (g->entity_by_id,
                          ((BriEntity *) g_ptr_array_index (g->entities, i))->id);
  for (guint i = m->n_sources; i < g->sources->len; i++)
    g_hash_table_remove (g->source_by_id,
                         ((BriSource *) g_ptr_array_index (g->sources, i))->id);
  for (guint i = m->n_kinds; i < g->kinds->len; i++)
    g_hash_table_remove (g->kind_by_name,
                         ((BriKind *) g_ptr_array_index (g->kinds, i))->name);
  for (guint i = m->n_relations; i < g->relations->len; i++)
    g_strfreev (((BriRelation *) g->relations->pdata[i])->attrs);
  g_ptr_array_set_size (g->relations, m->n_relations);
  g->last_kind = NULL;
  g_ptr_array_set_size (g->entities, m->n_entities);
  g_ptr_array_set_size (g->sources, m->n_sources);
  g_ptr_array_set_size (g->kinds, m->n_kinds);
  g_mutex_lock (&g->index_lock);
  gboolean stale = g->index_n_entities > m->n_entities;
  g_mutex_unlock (&g->index_lock);
  if (stale)
    bri__graph_index_reset (g);
}
