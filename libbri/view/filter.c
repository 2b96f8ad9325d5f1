/* libbri/view/filter.c — owns BriFilter: the criteria a view admits relations and
 * entities by (relation kinds, entity kinds, time window, sources, minimum
 * confidence, entities involved), and their check against a graph. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "view/view-rules.h"

struct _BriFilter {
  GPtrArray *relation_kinds;    /* char*, owned, in order added */
  GPtrArray *entity_kinds;      /* char*, owned */
  GHashTable *relation_kind_set; /* char* -> itself (borrowed from the array) */
  GHashTable *entity_kind_set;
  GHashTable *source_set;       /* char*, owned */
  GPtrArray *involved;          /* char* entity ids, owned, in order added */
  GHashTable *involved_set;     /* char* -> itself (borrowed from the array) */
  BriDate from, to;
  double min_confidence;
};

BriFilter *
bri_filter_new (void)
{
  BriFilter *filter = g_new0 (BriFilter, 1);
  filter->relation_kinds = g_ptr_array_new_with_free_func (g_free);
  filter->entity_kinds = g_ptr_array_new_with_free_func (g_free);
  filter->relation_kind_set = g_hash_table_new (g_str_hash, g_str_equal);
  filter->entity_kind_set = g_hash_table_new (g_str_hash, g_str_equal);
  filter->source_set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  filter->involved = g_ptr_array_new_with_free_func (g_free);
  filter->involved_set = g_hash_table_new (g_str_hash, g_str_equal);
  filter->from = BRI_DATE_UNSET;
  filter->to = BRI_DATE_UNSET;
  filter->min_confidence = 0.0;
  return filter;
}

void
bri_filter_free (BriFilter *filter)
{
  if (filter == NULL)
    return;
  g_hash_table_unref (filter->relation_kind_set);
  g_hash_table_unref (filter->entity_kind_set);
  g_hash_table_unref (filter->source_set);
  g_hash_table_unref (filter->involved_set);
  g_ptr_array_unref (filter->involved);
  g_ptr_array_unref (filter->relation_kinds);
  g_ptr_array_unref (filter->entity_kinds);
  g_free (filter);
}

static void
add_to (GPtrArray *list, GHashTable *set, const char *value)
{
  if (value == NULL || g_hash_table_contains (set, value))
    return;
  char *copy = g_strdup (value);
  g_ptr_array_add (list, copy);
  g_hash_table_add (set, copy);
}

void
bri_filter_add_relation_kind (BriFilter *filter, const char *kind)
{
  g_return_if_fail (filter != NULL);
  g_return_if_fail (kind != NULL);
  add_to (filter->relation_kinds, filter->relation_kind_set, kind);
}

void
bri_filter_add_entity_kind (BriFilter *filter, const char *kind)
{
  g_return_if_fail (filter != NULL);
  g_return_if_fail (kind != NULL);
  add_to (filter->entity_kinds, filter->entity_kind_set, kind);
}

void
bri_filter_add_involved (BriFilter *filter, const char *entity_id)
{
  g_return_if_fail (filter != NULL);
  g_return_if_fail (entity_id != NULL);
  add_to (filter->involved, filter->involved_set, entity_id);
}

guint
bri_filter_get_n_involved (const BriFilter *filter)
{
  g_return_val_if_fail (filter != NULL, 0);
  return filter->involved->len;
}

const char *
bri_filter_get_involved (const BriFilter *filter, guint index)
{
  g_return_val_if_fail (filter != NULL, NULL);
  g_return_val_if_fail (index < filter->involved->len, NULL);
  return g_ptr_array_index (filter->involved, index);
}

void
bri_filter_set_window (BriFilter *filter, BriDate from, BriDate to)
{
  g_return_if_fail (filter != NULL);
  filter->from = from;
  filter->to = to;
}

void
bri_filter_get_window (const BriFilter *filter, BriDate *from, BriDate *to)
{
  g_return_if_fail (filter != NULL);
  if (from)
    *from = filter->from;
  if (to)
    *to = filter->to;
}

void
bri_filter_add_source (BriFilter *filter, const char *source_id)
{
  g_return_if_fail (filter != NULL);
  g_return_if_fail (source_id != NULL);
  g_hash_table_add (filter->source_set, g_strdup (source_id));
}

void
bri_filter_set_min_confidence (BriFilter *filter, double min_confidence)
{
  g_return_if_fail (filter != NULL);
  filter->min_confidence = min_confidence;
}

/* The comma-separated parts of @value, stripped, empty ones dropped. */
static GStrv
split_list (const char *value)
{
  g_auto (GStrv) parts = g_strsplit (value, ",", -1);
  g_autoptr(GPtrArray) out = g_ptr_array_new ();
  for (guint i = 0; parts[i]; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i])
        g_ptr_array_add (out, g_strdup (parts[i]));
    }
  g_ptr_array_add (out, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&out), FALSE);
}

gboolean
bri_filter_set_option (BriFilter *filter, const char *name, const char *value,
                       GError **error)
{
  g_return_val_if_fail (filter != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_str_equal (name, "from") || g_str_equal (name, "to"))
    {
      BriDate d;
      if (!bri_date_parse (value, &d, error))
        {
          g_prefix_error (error, "%s: ", name);
          return FALSE;
        }
      *(name[0] == 'f' ? &filter->from : &filter->to) = d;
      return TRUE;
    }
  if (g_str_equal (name, "min-confidence"))
    {
      char *end = NULL;
      double c = g_ascii_strtod (value, &end);
      if (end == value || *end != '\0')
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                       "%s: '%s' is not a number", name, value);
          return FALSE;
        }
      if (!(c >= 0 && c <= 1))
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                       "%s: %g is out of range, expected 0..1", name, c);
          return FALSE;
        }
      filter->min_confidence = c;
      return TRUE;
    }

  void (*add) (BriFilter *, const char *);
  if (g_str_equal (name, "kinds"))
    add = bri_filter_add_relation_kind;
  else if (g_str_equal (name, "entity-kinds"))
    add = bri_filter_add_entity_kind;
  else if (g_str_equal (name, "source"))
    add = bri_filter_add_source;
  else if (g_str_equal (name, "involving"))
    add = bri_filter_add_involved;
  else
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "unknown filter option '%s' (value '%s'), expected kinds, "
                   "entity-kinds, from, to, source, involving or min-confidence",
                   name, value);
      return FALSE;
    }
  g_auto (GStrv) parts = split_list (value);
  for (guint i = 0; parts[i]; i++)
    add (filter, parts[i]);
  return TRUE;
}

BriFilter *
bri_filter_copy (const BriFilter *filter)
{
  g_return_val_if_fail (filter != NULL, NULL);
  BriFilter *copy = bri_filter_new ();
  for (guint i = 0; i < filter->relation_kinds->len; i++)
    bri_filter_add_relation_kind (copy, g_ptr_array_index (filter->relation_kinds, i));
  for (guint i = 0; i < filter->entity_kinds->len; i++)
    bri_filter_add_entity_kind (copy, g_ptr_array_index (filter->entity_kinds, i));
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, filter->source_set);
  while (g_hash_table_iter_next (&it, &key, NULL))
    bri_filter_add_source (copy, key);
  for (guint i = 0; i < filter->involved->len; i++)
    bri_filter_add_involved (copy, g_ptr_array_index (filter->involved, i));
  copy->from = filter->from;
  copy->to = filter->to;
  copy->min_confidence = filter->min_confidence;
  return copy;
}

guint
bri_filter_get_n_relation_kinds (const BriFilter *filter)
{
  g_return_val_if_fail (filter != NULL, 0);
  return filter->relation_kinds->len;
}

const char *
bri_filter_get_relation_kind (const BriFilter *filter, guint index)
{
  g_return_val_if_fail (filter != NULL, NULL);
  g_return_val_if_fail (index < filter->relation_kinds->len, NULL);
  return g_ptr_array_index (filter->relation_kinds, index);
}

guint
bri_filter_get_n_entity_kinds (const BriFilter *filter)
{
  g_return_val_if_fail (filter != NULL, 0);
  return filter->entity_kinds->len;
}

const char *
bri_filter_get_entity_kind (const BriFilter *filter, guint index)
{
  g_return_val_if_fail (filter != NULL, NULL);
  g_return_val_if_fail (index < filter->entity_kinds->len, NULL);
  return g_ptr_array_index (filter->entity_kinds, index);
}

/* TRUE when bri_filter_accepts_relation() is TRUE for every relation: no
 * kind, source, confidence or date condition. Lets a view build skip the
 * per-relation call (15 % of building a plain view). */
gboolean
bri__filter_admits_every_relation (const BriFilter *filter)
{
  return filter->relation_kinds->len == 0 && g_hash_table_size (filter->source_set) == 0
         && filter->involved->len == 0 && !(filter->min_confidence > 0.0) && !bri_date_is_set (filter->from)
         && !bri_date_is_set (filter->to);
}

/* TRUE when @entity or one of its ancestors through `parent` is listed. */
static gboolean
involves (const BriFilter *filter, const BriEntity *entity)
{
  guint depth = 0;
  for (const BriEntity *e = entity; e != NULL && depth <= BRI_MAX_PARENT_DEPTH;
       e = e->parent, depth++)
    if (g_hash_table_contains (filter->involved_set, e->id))
      return TRUE;
  return FALSE;
}

gboolean
bri_filter_accepts_relation (const BriFilter *filter, const BriRelation *relation)
{
  g_return_val_if_fail (filter != NULL, FALSE);
  g_return_val_if_fail (relation != NULL, FALSE);

  if (filter->relation_kinds->len > 0
      && !g_hash_table_contains (filter->relation_kind_set,
                                 bri_relation_get_kind (relation)))
    return FALSE;
  if (g_hash_table_size (filter->source_set) > 0)
    {
      const char *source = bri_relation_get_source (relation);
      if (source == NULL || !g_hash_table_contains (filter->source_set, source))
        return FALSE;
    }
  if (filter->min_confidence > 0.0
      && !(bri_relation_get_confidence (relation) >= filter->min_confidence))
    return FALSE;
  if (bri_date_is_set (filter->from) || bri_date_is_set (filter->to))
    {
      if (!bri_date_span_overlaps (bri_relation_get_date (relation),
                                   bri_relation_get_end_date (relation),
                                   filter->from, filter->to))
        return FALSE;
    }
  /* A free relation has no entities yet: only a graph's can involve one. */
  if (filter->involved->len > 0
      && !(relation->frozen
           && (involves (filter, relation->from) || involves (filter, relation->to)
               || involves (filter, relation->via))))
    return FALSE;
  return TRUE;
}

gboolean
bri_filter_accepts_entity (const BriFilter *filter, const BriEntity *entity)
{
  g_return_val_if_fail (filter != NULL, FALSE);
  g_return_val_if_fail (entity != NULL, FALSE);
  return filter->entity_kinds->len == 0
         || g_hash_table_contains (filter->entity_kind_set,
                                   bri_entity_get_kind (entity));
}

static gint
compare_names (gconstpointer a, gconstpointer b, gpointer unused)
{
  (void) unused;
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Every listed entity kind must be the kind of some entity of @graph: a
 * kind no entity has (a typo, `Province` for `province`) would silently
 * admit nothing. The message suggests the nearest kind in use. */
static gboolean
check_entity_kinds (const BriFilter *filter, const BriGraph *graph, GError **error)
{
  if (filter->entity_kinds->len == 0)
    return TRUE;
  g_autoptr (GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = bri_graph_get_n_entities (graph);
  for (guint i = 0; i < n; i++)
    g_hash_table_add (used, (gpointer) bri_entity_get_kind (bri_graph_get_entity (graph, i)));
  for (guint i = 0; i < filter->entity_kinds->len; i++)
    {
      const char *name = g_ptr_array_index (filter->entity_kinds, i);
      if (g_hash_table_contains (used, name))
        continue;
      g_autofree char *folded = g_utf8_strdown (name, -1);
      guint n_used = 0;
      g_autofree gpointer *kinds = g_hash_table_get_keys_as_array (used, &n_used);
      g_qsort_with_data (kinds, n_used, sizeof (gpointer), compare_names, NULL);
      const char *near = bri__nearest (folded, (const char *const *) kinds, n_used,
                                       MAX (2, strlen (name) / 3));
      g_autofree char *quoted = bri__quote_text (name);
      if (near)
        g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
                     "unknown entity kind '%s': did you mean %s?", quoted, near);
      else
        g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
                     "unknown entity kind '%s': no entity of the graph has it", quoted);
      return FALSE;
    }
  return TRUE;
}

/* Every entity listed as involved must be an entity of @graph. */
static gboolean
check_involved (const BriFilter *filter, const BriGraph *graph, GError **error)
{
  for (guint i = 0; i < filter->involved->len; i++)
    {
      const char *id = g_ptr_array_index (filter->involved, i);
      if (bri_graph_lookup_entity (graph, id) != NULL)
        continue;
      g_autofree char *quoted = bri__quote_text (id);
      const char *near = bri__graph_entity_nearest (graph, id);
      if (near)
        g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
                     "unknown entity '%s' to involve: did you mean %s?", quoted, near);
      else
        g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
                     "unknown entity '%s' to involve", quoted);
      return FALSE;
    }
  return TRUE;
}

gboolean
bri_filter_check (const BriFilter *filter, const BriGraph *graph, GError **error)
{
  g_return_val_if_fail (filter != NULL, FALSE);
  g_return_val_if_fail (graph != NULL, FALSE);

  if (!check_entity_kinds (filter, graph, error))
    return FALSE;
  if (!check_involved (filter, graph, error))
    return FALSE;

  for (guint i = 0; i < filter->relation_kinds->len; i++)
    {
      const char *name = g_ptr_array_index (filter->relation_kinds, i);
      if (bri_graph_lookup_kind (graph, name) != NULL)
        continue;
      const BriKind *near = bri__graph_kind_nearest (graph, name);
      if (near != NULL)
        g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
                     "unknown relation kind '%s': did you mean %s?", name,
                     bri_kind_get_name (near));
      else
        g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
                     "unknown relation kind '%s'", name);
      return FALSE;
    }
  if (!bri_date_is_valid (filter->from) || !bri_date_is_valid (filter->to))
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "the time window holds an impossible date");
      return FALSE;
    }
  if (bri_date_is_set (filter->from) && bri_date_is_set (filter->to)
      && bri_date_compare (bri_date_last_day (filter->to),
                           bri_date_first_day (filter->from)) < 0)
    {
      char a[BRI_DATE_STRLEN], b[BRI_DATE_STRLEN];
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "the time window ends (%s) before it starts (%s)",
                   bri_date_format (filter->to, b), bri_date_format (filter->from, a));
      return FALSE;
    }
  if (!(filter->min_confidence >= 0.0 && filter->min_confidence <= 1.0))
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "minimum confidence %g is not in [0, 1]", filter->min_confidence);
      return FALSE;
    }
  return TRUE;
}

/* A copy of @filter that admits relations of @kind only (other criteria
 * kept). For freight routes. */
BriFilter *
bri__filter_copy_only_kind (const BriFilter *filter, const char *kind)
{
  BriFilter *copy = bri_filter_copy (filter);
  g_hash_table_remove_all (copy->relation_kind_set);
  g_ptr_array_set_size (copy->relation_kinds, 0);
  bri_filter_add_relation_kind (copy, kind);
  return copy;
}
