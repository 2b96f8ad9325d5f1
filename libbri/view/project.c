/* libbri/view/project.c — owns the actor projection: turning participation
 * (attended, member_of, hosted, multi-party undirected relations) into an
 * actor–actor cooperation network whose edges keep the items (forums,
 * mechanisms, events, documents) and relations that created them. The
 * roles are documented at BriProjection in bri/view.h. */
#include "config.h"

#include <string.h>

#include "view/view-private.h"

typedef struct {
  char *label;
  GPtrArray *actors;            /* const BriEntity*, in order of appearance */
  GHashTable *actor_index;      /* BriEntity* -> position + 1 */
  GPtrArray *actor_relations;   /* per actor: GPtrArray of const BriRelation* */
} Item;

static void
item_free (gpointer data)
{
  Item *item = data;
  g_free (item->label);
  g_ptr_array_unref (item->actors);
  g_hash_table_unref (item->actor_index);
  g_ptr_array_unref (item->actor_relations);
  g_free (item);
}

static void
item_add (GHashTable *items, GPtrArray *order, const char *label,
          const BriEntity *actor, const BriRelation *relation)
{
  Item *item = g_hash_table_lookup (items, label);
  if (item == NULL)
    {
      item = g_new0 (Item, 1);
      item->label = g_strdup (label);
      item->actors = g_ptr_array_new ();
      item->actor_index = g_hash_table_new (NULL, NULL);
      item->actor_relations = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
      g_hash_table_insert (items, item->label, item);
      g_ptr_array_add (order, item);
    }
  guint pos = GPOINTER_TO_UINT (g_hash_table_lookup (item->actor_index, actor));
  if (pos == 0)
    {
      g_ptr_array_add (item->actors, (gpointer) actor);
      g_ptr_array_add (item->actor_relations, g_ptr_array_new ());
      pos = item->actors->len;
      g_hash_table_insert (item->actor_index, (gpointer) actor, GUINT_TO_POINTER (pos));
    }
  GPtrArray *rels = g_ptr_array_index (item->actor_relations, pos - 1);
  g_ptr_array_add (rels, (gpointer) relation);
}

static gboolean
is_participation (const char *kind)
{
  return strcmp (kind, BRI_KIND_ATTENDED) == 0
         || strcmp (kind, BRI_KIND_MEMBER_OF) == 0
         || strcmp (kind, BRI_KIND_HOSTED) == 0;
}

/* The item @r makes its actors meet in, as a new label, and those actors
 * as the view sees them (@b NULL when there is one); NULL when @r plays no
 * role in the projection (a directed kind other than participation). */
static char *
relation_item (const BriViewOptions *options, const BriRelation *r, const BriEntity **a,
               const BriEntity **b)
{
  const BriEntity *from = bri__view_end (options, r->from);
  const BriEntity *to = bri__view_end (options, r->to);
  const char *kind = bri_relation_get_kind (r);
  *a = from;
  *b = NULL;
  if (is_participation (kind))
    return from == to ? NULL : g_strdup (bri_entity_get_id (to));
  if (bri_kind_is_directed (r->kind))
    return NULL;
  *b = to != from ? to : NULL;
  if (bri_relation_get_event (r) != NULL)
    return g_strconcat ("event:", bri_relation_get_event (r), NULL);
  if (bri_relation_get_title (r) != NULL)
    return g_strconcat ("title:", bri_relation_get_title (r), NULL);
  return g_strdup_printf ("relation:%u", (guint) r->index);
}

/* The items in order of first appearance, each with its actors in order
 * of appearance and each actor's relations. */
static GPtrArray *
collect_items (GHashTable *items, const BriGraph *graph, const BriFilter *filter,
               const BriViewOptions *options)
{
  GPtrArray *order = g_ptr_array_new ();

  guint n = bri_graph_get_n_relations (graph);
  for (guint i = 0; i < n; i++)
    {
      const BriRelation *r = bri_graph_get_relation (graph, i);
      if (!bri_filter_accepts_relation (filter, r))
        continue;
      const BriEntity *a, *b;
      g_autofree char *label = relation_item (options, r, &a, &b);
      if (label == NULL)
        continue;
      if (bri_filter_accepts_entity (filter, a))
        item_add (items, order, label, a, r);
      if (b != NULL && bri_filter_accepts_entity (filter, b))
        item_add (items, order, label, b, r);
    }
  return order;
}

GPtrArray *
bri__view_edge_meetings (const BriView *view, guint edge)
{
  const BriEntity *ends[2] = {
    bri_view_get_entity (view, bri_view_get_edge_from (view, edge)),
    bri_view_get_entity (view, bri_view_get_edge_to (view, edge)),
  };
  GPtrArray *meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) bri__meeting_free);
  g_autoptr (GHashTable) at = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint k = 0; k < bri__view_edge_n_relations (view, edge); k++)
    {
      const BriRelation *r = bri__view_edge_relation (view, edge, k);
      const BriEntity *a, *b;
      char *label = relation_item (view->options, r, &a, &b);
      if (label == NULL)
        continue;
      gpointer pos;
      BriMeeting *m;
      if (g_hash_table_lookup_extended (at, label, NULL, &pos))
        {
          m = g_ptr_array_index (meetings, GPOINTER_TO_UINT (pos));
          g_free (label);
        }
      else
        {
          m = g_new0 (BriMeeting, 1);
          m->side[0] = g_array_new (FALSE, FALSE, sizeof (guint));
          m->side[1] = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (at, label, GUINT_TO_POINTER (meetings->len));
          g_ptr_array_add (meetings, m);
        }
      for (guint s = 0; s < 2; s++)
        if (a == ends[s] || b == ends[s])
          g_array_append_val (m->side[s], k);
    }
  return meetings;
}

void
bri__meeting_free (BriMeeting *meeting)
{
  g_array_unref (meeting->side[0]);
  g_array_unref (meeting->side[1]);
  g_free (meeting);
}

/* ---- The flat projection ---- */

/* An actor of an item: slot s of the items laid end to end. */
typedef struct {
  const BriEntity *actor;
  GPtrArray *relations;         /* the actor's relations for the item */
  guint32 item;                 /* position in the order of items */
} Slot;

static int
cmp_relation_index (gconstpointer a, gconstpointer b)
{
  const BriRelation *x = *(const BriRelation *const *) a;
  const BriRelation *y = *(const BriRelation *const *) b;
  return (x->index > y->index) - (x->index < y->index);
}

static int
cmp_str_ptr (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Appends the relations of @x and @y (each in graph order) in graph
 * order, a relation in both once. */
static void
merge_relations (GPtrArray *out, const GPtrArray *x, const GPtrArray *y)
{
  guint i = 0, j = 0;
  while (i < x->len && j < y->len)
    {
      const BriRelation *a = x->pdata[i], *b = y->pdata[j];
      if (a == b)
        i++, j++;
      else if (a->index < b->index)
        i++;
      else
        {
          j++;
          a = b;
        }
      g_ptr_array_add (out, (gpointer) a);
    }
  for (; i < x->len; i++)
    g_ptr_array_add (out, x->pdata[i]);
  for (; j < y->len; j++)
    g_ptr_array_add (out, y->pdata[j]);
}

/* Fills one edge from the run of pair entries @run[0 .. @n): its count or
 * Newman weight, its items (sorted) and relations (graph order, each
 * once), appended to @rels and @labels. */
static void
emit_edge (BriView *view, guint e, const BriKeyed *run, gsize n, const Slot *slots,
           const double *newman, const char *const *label_in_view,
           gboolean use_newman, GPtrArray *rels, GPtrArray *labels,
           GPtrArray *scratch)
{
  double sum = 0;
  for (gsize j = 0; j < n; j++)
    sum += newman[slots[run[j].value >> 32].item];
  view->weight[e] = use_newman ? sum : (double) n;

  /* Items: one per entry (a pair meets once per item); labels are distinct
   * per item, so sorting is all the old dedup did. */
  view->item_start[e] = labels->len;
  for (gsize j = 0; j < n; j++)
    g_ptr_array_add (labels, (gpointer) label_in_view[slots[run[j].value >> 32].item]);
  if (n > 1)
    qsort (labels->pdata + view->item_start[e], n, sizeof (gpointer), cmp_str_ptr);

  /* Relations: both actors' relations for each item, by index, once. A
   * pair that meets in one item (most) merges two sorted lists. */
  view->rel_start[e] = rels->len;
  if (n == 1)
    {
      merge_relations (rels, slots[run[0].value >> 32].relations,
                       slots[run[0].value & G_MAXUINT32].relations);
      return;
    }
  g_ptr_array_set_size (scratch, 0);
  for (gsize j = 0; j < n; j++)
    {
      g_ptr_array_extend (scratch, slots[run[j].value >> 32].relations, NULL, NULL);
      g_ptr_array_extend (scratch, slots[run[j].value & G_MAXUINT32].relations, NULL, NULL);
    }
  if (scratch->len > 1)
    qsort (scratch->pdata, scratch->len, sizeof (gpointer), cmp_relation_index);
  for (guint j = 0; j < scratch->len; j++)
    if (j == 0 || scratch->pdata[j] != scratch->pdata[j - 1])
      g_ptr_array_add (rels, scratch->pdata[j]);
}

BriView *
bri__project_actors_view (BriGraph *graph, const BriFilter *filter,
                          const BriViewOptions *options, GError **error)
{
  GHashTable *items = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, item_free);
  GPtrArray *order = collect_items (items, graph, filter, options);
  guint n_ent = bri_graph_get_n_entities (graph);
  guint shift = bri__bits_for (n_ent);

  /* Slots, and the number of actor pairs. */
  gsize n_slots = 0;
  guint64 n_pairs = 0;
  for (guint k = 0; k < order->len; k++)
    {
      Item *item = g_ptr_array_index (order, k);
      guint64 m = item->actors->len;
      if (m < 2)
        continue;
      n_slots += m;
      n_pairs += m * (m - 1) / 2;
    }
  Slot *slots = g_new (Slot, n_slots + 1);
  double *newman = g_new (double, order->len + 1);
  BriKeyed *pairs = g_new (BriKeyed, n_pairs + 1);
  guint32 *map = g_new0 (guint32, n_ent + 1);
  gsize s = 0, p = 0;
  for (guint k = 0; k < order->len; k++)
    {
      Item *item = g_ptr_array_index (order, k);
      guint m = item->actors->len;
      if (m < 2)
        continue;
      newman[k] = 1.0 / (double) (m - 1);
      gsize base = s;
      for (guint x = 0; x < m; x++, s++)
        {
          slots[s].actor = g_ptr_array_index (item->actors, x);
          slots[s].relations = g_ptr_array_index (item->actor_relations, x);
          slots[s].item = k;
          map[slots[s].actor->index] = 1;
        }
      /* In the order the builder met them, so that a pair's Newman terms
       * are summed in the same order. */
      for (guint x = 0; x < m; x++)
        for (guint y = x + 1; y < m; y++)
          {
            guint64 a = slots[base + x].actor->index, b = slots[base + y].actor->index;
            pairs[p].key = a < b ? (a << shift) | b : (b << shift) | a;
            pairs[p].value = ((guint64) (base + x) << 32) | (base + y);
            p++;
          }
    }

  /* Vertices: every actor of an item with two or more, in graph order
   * (with keep_isolated, every admitted entity too). */
  if (options->keep_isolated)
    bri__view_mark_admitted (graph, filter, options, map);
  BriView *view = bri__view_alloc (graph, filter, options, FALSE);
  bri__view_number_vertices (view, map, n_ent);

  BriKeyed *tmp = g_new (BriKeyed, n_pairs + 1);
  BriKeyed *sorted = bri__radix_sort (pairs, tmp, n_pairs, 2 * shift);
  guint ne = 0;
  for (gsize j = 0; j < n_pairs; j++)
    if (j == 0 || sorted[j].key != sorted[j - 1].key)
      ne++;

  /* Each item's label once in the view. */
  const char **label_in_view = g_new0 (const char *, order->len + 1);
  if (ne > 0)
    {
      view->item_labels = g_string_chunk_new (4096);
      for (guint k = 0; k < order->len; k++)
        {
          Item *item = g_ptr_array_index (order, k);
          if (item->actors->len >= 2)
            label_in_view[k] = g_string_chunk_insert (view->item_labels, item->label);
        }
    }

  view->n_edges = ne;
  view->edges = g_new (BriViewEdge, ne + 1);
  view->rel_start = g_new (guint, ne + 1);
  view->weight = g_new (double, ne + 1);
  view->weight[ne] = 0;
  view->item_start = ne > 0 ? g_new (guint, ne + 1) : NULL;
  GPtrArray *rels = g_ptr_array_sized_new (2 * ne + 1);
  GPtrArray *labels = g_ptr_array_sized_new (n_pairs + 1);
  GPtrArray *scratch = g_ptr_array_new ();
  gboolean use_newman = options->weighting == BRI_EDGE_WEIGHT_NEWMAN;
  guint64 low = ((guint64) 1 << shift) - 1;
  guint e = 0;
  for (gsize j = 0; j < n_pairs; e++)
    {
      gsize start = j;
      guint64 key = sorted[j].key;
      while (j < n_pairs && sorted[j].key == key)
        j++;
      view->edges[e].from = map[key >> shift] - 1;
      view->edges[e].to = map[key & low] - 1;
      emit_edge (view, e, sorted + start, j - start, slots, newman, label_in_view,
                 use_newman, rels, labels, scratch);
    }
  if (ne > 0)
    {
      view->item_start[ne] = labels->len;
      g_ptr_array_add (labels, NULL);
      view->items = (const char **) g_ptr_array_free (labels, FALSE);
    }
  else
    g_ptr_array_unref (labels);
  bri__view_index_relations (view, rels);
  g_ptr_array_unref (rels);

  g_ptr_array_unref (scratch);
  g_free (label_in_view);
  g_free (tmp);
  g_free (pairs);
  g_free (newman);
  g_free (slots);
  g_free (map);
  g_ptr_array_unref (order);
  g_hash_table_unref (items);
  return bri__view_finish (view, error);
}
