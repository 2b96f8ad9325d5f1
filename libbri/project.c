/* libbri/project.c — owns the actor projection: turning participation
 * (attended, member_of, hosted, multi-party undirected relations) into an
 * actor–actor cooperation network whose edges keep the items (forums,
 * mechanisms, events, documents) and relations that created them. The
 * roles are documented at BriProjection in bri/view.h. */
#include "config.h"

#include <string.h>

#include "view-private.h"

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

void
bri__project_actors (BriViewBuilder *builder, const BriGraph *graph,
                     const BriFilter *filter, const BriViewOptions *options)
{
  GHashTable *items = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, item_free);
  GPtrArray *order = g_ptr_array_new ();
  const char *rollup = options->rollup;

  guint n = bri_graph_get_n_relations (graph);
  for (guint i = 0; i < n; i++)
    {
      const BriRelation *r = bri_graph_get_relation (graph, i);
      if (!bri_filter_accepts_relation (filter, r))
        continue;
      const BriEntity *a = bri__rollup (r->from, rollup);
      const BriEntity *b = bri__rollup (r->to, rollup);
      const char *kind = bri_relation_get_kind (r);

      if (is_participation (kind))
        {
          if (a == b || !bri_filter_accepts_entity (filter, a))
            continue;
          item_add (items, order, bri_entity_get_id (b), a, r);
        }
      else if (!bri_kind_is_directed (r->kind))
        {
          g_autofree char *label = NULL;
          if (bri_relation_get_event (r) != NULL)
            label = g_strconcat ("event:", bri_relation_get_event (r), NULL);
          else if (bri_relation_get_title (r) != NULL)
            label = g_strconcat ("title:", bri_relation_get_title (r), NULL);
          else
            label = g_strdup_printf ("relation:%u", (guint) r->index);
          if (bri_filter_accepts_entity (filter, a))
            item_add (items, order, label, a, r);
          if (b != a && bri_filter_accepts_entity (filter, b))
            item_add (items, order, label, b, r);
        }
      /* Other directed kinds play no role. */
    }

  for (guint k = 0; k < order->len; k++)
    {
      Item *item = g_ptr_array_index (order, k);
      guint m = item->actors->len;
      if (m < 2)
        continue;
      double newman = 1.0 / (double) (m - 1);
      for (guint x = 0; x < m; x++)
        for (guint y = x + 1; y < m; y++)
          {
            BriEdgeAcc *acc = bri__view_builder_edge (builder,
                                                      g_ptr_array_index (item->actors, x),
                                                      g_ptr_array_index (item->actors, y));
            acc->count += 1;
            acc->newman += newman;
            bri__edge_acc_add_item (acc, item->label);
            GPtrArray *rx = g_ptr_array_index (item->actor_relations, x);
            GPtrArray *ry = g_ptr_array_index (item->actor_relations, y);
            g_ptr_array_extend (acc->relations, rx, NULL, NULL);
            g_ptr_array_extend (acc->relations, ry, NULL, NULL);
          }
    }

  GHashTableIter it;
  gpointer value;
  g_hash_table_iter_init (&it, builder->edges);
  while (g_hash_table_iter_next (&it, NULL, &value))
    {
      BriEdgeAcc *acc = value;
      acc->weight = options->weighting == BRI_EDGE_WEIGHT_NEWMAN ? acc->newman : acc->count;
    }

  g_ptr_array_unref (order);
  g_hash_table_unref (items);
}
