/* libbri/query/corridors.c — owns BriCorridorList: the freight_corridor relations
 * a filter admits, gathered by (origin, destination), with their vias,
 * first and last dates and sources. */
#include "config.h"

#include <string.h>

#include "core/core-private.h"

struct _BriCorridor {
  const BriEntity *origin, *destination;
  GPtrArray *relations;         /* const BriRelation *, graph-owned */
  GPtrArray *vias;              /* const BriEntity *, distinct */
  GPtrArray *sources;           /* const char *, graph-owned, distinct */
  BriDate first, last;
};

struct _BriCorridorList {
  BriGraph *graph;              /* a reference */
  GPtrArray *corridors;         /* BriCorridor *, owned */
};

static void
corridor_free (gpointer data)
{
  BriCorridor *c = data;
  g_ptr_array_unref (c->relations);
  g_ptr_array_unref (c->vias);
  g_ptr_array_unref (c->sources);
  g_free (c);
}

void
bri_corridor_list_free (BriCorridorList *list)
{
  if (list == NULL)
    return;
  g_ptr_array_unref (list->corridors);
  bri_graph_unref (list->graph);
  g_free (list);
}

static void
add_distinct (GPtrArray *array, gconstpointer item, GEqualFunc equal)
{
  if (item != NULL && !g_ptr_array_find_with_equal_func (array, item, equal, NULL))
    g_ptr_array_add (array, (gpointer) item);
}

/* Widens @c's first and last dates by @r's. */
static void
add_dates (BriCorridor *c, const BriRelation *r)
{
  BriDate d = bri_relation_get_date (r);
  if (!bri_date_is_set (d))
    return;
  BriDate end = bri_relation_get_end_date (r);
  BriDate last = bri_date_is_set (end) ? end : d;
  if (!bri_date_is_set (c->first)
      || bri_date_compare (bri_date_first_day (d), bri_date_first_day (c->first)) < 0)
    c->first = d;
  if (!bri_date_is_set (c->last)
      || bri_date_compare (bri_date_last_day (last), bri_date_last_day (c->last)) > 0)
    c->last = last;
}

static gint
compare_corridors (gconstpointer a, gconstpointer b)
{
  const BriCorridor *x = *(const BriCorridor *const *) a;
  const BriCorridor *y = *(const BriCorridor *const *) b;
  int c = strcmp (bri_entity_get_id (x->origin), bri_entity_get_id (y->origin));
  return c ? c : strcmp (bri_entity_get_id (x->destination),
                         bri_entity_get_id (y->destination));
}

/* The filter the corridors are gathered with: @filter's criteria, the
 * freight_corridor kind only, and @place as an involved entity. */
static BriFilter *
corridor_filter (const BriFilter *filter, const BriEntity *place, GError **error)
{
  guint nk = filter ? bri_filter_get_n_relation_kinds (filter) : 0;
  gboolean listed = nk == 0;
  for (guint i = 0; i < nk; i++)
    listed |= g_strcmp0 (bri_filter_get_relation_kind (filter, i),
                         BRI_KIND_FREIGHT_CORRIDOR) == 0;
  if (!listed)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "the filter leaves out %s relations", BRI_KIND_FREIGHT_CORRIDOR);
      return NULL;
    }
  BriFilter *f = filter ? bri_filter_copy (filter) : bri_filter_new ();
  if (nk == 0)
    bri_filter_add_relation_kind (f, BRI_KIND_FREIGHT_CORRIDOR);
  if (place)
    bri_filter_add_involved (f, bri_entity_get_id (place));
  return f;
}

BriCorridorList *
bri_graph_list_corridors (BriGraph *graph, const BriFilter *filter,
                          const BriEntity *place, GError **error)
{
  g_return_val_if_fail (graph != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (filter && !bri_filter_check (filter, graph, error))
    return NULL;
  g_autoptr (BriFilter) f = corridor_filter (filter, place, error);
  if (f == NULL)
    return NULL;
  /* Checks the kind, which a graph without corridors may lack, and @place. */
  if (!bri_filter_check (f, graph, error))
    return NULL;

  g_autoptr (GHashTable) by_pair = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                          g_free, NULL);
  g_autoptr (GPtrArray) corridors = g_ptr_array_new_with_free_func (corridor_free);
  guint n = bri_graph_get_n_relations (graph);
  for (guint i = 0; i < n; i++)
    {
      const BriRelation *r = bri_graph_get_relation (graph, i);
      if (!bri_filter_accepts_relation (f, r))
        continue;
      const BriEntity *from = bri_relation_get_from (r), *to = bri_relation_get_to (r);
      if (!bri_filter_accepts_entity (f, from) || !bri_filter_accepts_entity (f, to))
        continue;
      /* Ids hold no NUL: the pair's key is unambiguous. */
      char *key = g_strconcat (bri_entity_get_id (from), "\n", bri_entity_get_id (to), NULL);
      BriCorridor *c = g_hash_table_lookup (by_pair, key);
      if (c == NULL)
        {
          c = g_new0 (BriCorridor, 1);
          c->origin = from;
          c->destination = to;
          c->relations = g_ptr_array_new ();
          c->vias = g_ptr_array_new ();
          c->sources = g_ptr_array_new ();
          c->first = BRI_DATE_UNSET;
          c->last = BRI_DATE_UNSET;
          g_ptr_array_add (corridors, c);
          g_hash_table_insert (by_pair, key, c);
        }
      else
        g_free (key);
      g_ptr_array_add (c->relations, (gpointer) r);
      add_distinct (c->vias, bri_relation_get_via (r), g_direct_equal);
      add_distinct (c->sources, bri_relation_get_source (r), g_str_equal);
      add_dates (c, r);
    }
  g_ptr_array_sort (corridors, compare_corridors);

  BriCorridorList *list = g_new0 (BriCorridorList, 1);
  list->graph = bri_graph_ref (graph);
  list->corridors = g_steal_pointer (&corridors);
  return list;
}

guint
bri_corridor_list_get_n_corridors (const BriCorridorList *list)
{
  g_return_val_if_fail (list != NULL, 0);
  return list->corridors->len;
}

const BriCorridor *
bri_corridor_list_get_corridor (const BriCorridorList *list, guint index)
{
  g_return_val_if_fail (list != NULL, NULL);
  g_return_val_if_fail (index < list->corridors->len, NULL);
  return g_ptr_array_index (list->corridors, index);
}

const BriEntity *
bri_corridor_get_origin (const BriCorridor *corridor)
{
  g_return_val_if_fail (corridor != NULL, NULL);
  return corridor->origin;
}

const BriEntity *
bri_corridor_get_destination (const BriCorridor *corridor)
{
  g_return_val_if_fail (corridor != NULL, NULL);
  return corridor->destination;
}

guint
bri_corridor_get_n_vias (const BriCorridor *corridor)
{
  g_return_val_if_fail (corridor != NULL, 0);
  return corridor->vias->len;
}

const BriEntity *
bri_corridor_get_via (const BriCorridor *corridor, guint index)
{
  g_return_val_if_fail (corridor != NULL, NULL);
  g_return_val_if_fail (index < corridor->vias->len, NULL);
  return g_ptr_array_index (corridor->vias, index);
}

BriDate
bri_corridor_get_first_date (const BriCorridor *corridor)
{
  g_return_val_if_fail (corridor != NULL, BRI_DATE_UNSET);
  return corridor->first;
}

BriDate
bri_corridor_get_last_date (const BriCorridor *corridor)
{
  g_return_val_if_fail (corridor != NULL, BRI_DATE_UNSET);
  return corridor->last;
}

guint
bri_corridor_get_n_relations (const BriCorridor *corridor)
{
  g_return_val_if_fail (corridor != NULL, 0);
  return corridor->relations->len;
}

const BriRelation *
bri_corridor_get_relation (const BriCorridor *corridor, guint index)
{
  g_return_val_if_fail (corridor != NULL, NULL);
  g_return_val_if_fail (index < corridor->relations->len, NULL);
  return g_ptr_array_index (corridor->relations, index);
}

guint
bri_corridor_get_n_sources (const BriCorridor *corridor)
{
  g_return_val_if_fail (corridor != NULL, 0);
  return corridor->sources->len;
}

const char *
bri_corridor_get_source (const BriCorridor *corridor, guint index)
{
  g_return_val_if_fail (corridor != NULL, NULL);
  g_return_val_if_fail (index < corridor->sources->len, NULL);
  return g_ptr_array_index (corridor->sources, index);
}
