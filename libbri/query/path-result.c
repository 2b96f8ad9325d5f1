/* libbri/query/path-result.c — owns BriPath and BriPathList: paths through a view as
 * entities plus, for each hop, the view edge's weight and the relations
 * behind it (with date, source and evidence), and the `via` entities the
 * path passes. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "query/query-private.h"

struct _BriPath {
  BriGraph *graph;
  guint n;                      /* entities */
  const BriEntity **entities;
  double *hop_weight;           /* n - 1 */
  guint *hop_start;             /* n: relations of hop h are [hop_start[h], hop_start[h+1]) */
  const BriRelation **relations;
  double length;
  GPtrArray *vias;              /* const BriEntity* */
};

struct _BriPathList {
  BriGraph *graph;
  GPtrArray *paths;             /* BriPath*, owned */
};

BriPath *
bri__path_new (const BriView *view, const igraph_vector_int_t *vertices,
               BriWeights weights)
{
  guint n = (guint) igraph_vector_int_size (vertices);
  BriPath *path = g_new0 (BriPath, 1);
  path->graph = bri_graph_ref (view->graph);
  path->n = n;
  path->entities = g_new (const BriEntity *, n + 1);
  path->hop_weight = g_new0 (double, n + 1);
  path->hop_start = g_new0 (guint, n + 1);
  path->vias = g_ptr_array_new ();
  GPtrArray *rels = g_ptr_array_new ();
  GHashTable *seen_via = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < n; i++)
    path->entities[i] = view->vertices[VECTOR (*vertices)[i]];
  for (guint h = 0; h + 1 < n; h++)
    {
      guint u = VECTOR (*vertices)[h], v = VECTOR (*vertices)[h + 1];
      gint e = bri_view_find_edge (view, u, v);
      path->hop_start[h] = rels->len;
      if (e < 0)                /* cannot happen for an igraph path */
        continue;
      double w = view->weight[e];
      path->hop_weight[h] = w;
      path->length += weights == BRI_WEIGHTS_NONE ? 1.0
                      : weights == BRI_WEIGHTS_RAW ? w : view->length[e];
      for (guint j = 0; j < bri__view_edge_n_relations (view, e); j++)
        {
          const BriRelation *r = bri__view_edge_relation (view, e, j);
          g_ptr_array_add (rels, (gpointer) r);
          const BriEntity *via = bri_relation_get_via (r);
          if (via != NULL && g_hash_table_add (seen_via, (gpointer) via))
            g_ptr_array_add (path->vias, (gpointer) via);
        }
    }
  if (n > 0)
    path->hop_start[n - 1] = rels->len;
  g_ptr_array_add (rels, NULL);
  path->relations = (const BriRelation **) g_ptr_array_free (rels, FALSE);
  g_hash_table_unref (seen_via);
  return path;
}

BriPath *
bri_path_copy (const BriPath *path)
{
  g_return_val_if_fail (path != NULL, NULL);
  BriPath *copy = g_new0 (BriPath, 1);
  copy->graph = bri_graph_ref (path->graph);
  copy->n = path->n;
  copy->entities = g_memdup2 (path->entities, sizeof (BriEntity *) * (path->n + 1));
  copy->hop_weight = g_memdup2 (path->hop_weight, sizeof (double) * (path->n + 1));
  copy->hop_start = g_memdup2 (path->hop_start, sizeof (guint) * (path->n + 1));
  guint nrel = path->n > 0 ? path->hop_start[path->n - 1] : 0;
  copy->relations = g_memdup2 (path->relations, sizeof (BriRelation *) * (nrel + 1));
  copy->length = path->length;
  copy->vias = g_ptr_array_copy (path->vias, NULL, NULL);
  return copy;
}

void
bri_path_free (BriPath *path)
{
  if (path == NULL)
    return;
  bri_graph_unref (path->graph);
  g_free (path->entities);
  g_free (path->hop_weight);
  g_free (path->hop_start);
  g_free (path->relations);
  g_ptr_array_unref (path->vias);
  g_free (path);
}

guint
bri_path_get_n_entities (const BriPath *path)
{
  g_return_val_if_fail (path != NULL, 0);
  return path->n;
}

const BriEntity *
bri_path_get_entity (const BriPath *path, guint index)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (index < path->n, NULL);
  return path->entities[index];
}

guint
bri_path_get_n_hops (const BriPath *path)
{
  g_return_val_if_fail (path != NULL, 0);
  return path->n > 0 ? path->n - 1 : 0;
}

double
bri_path_get_hop_weight (const BriPath *path, guint hop)
{
  g_return_val_if_fail (path != NULL, NAN);
  g_return_val_if_fail (hop + 1 < path->n, NAN);
  return path->hop_weight[hop];
}

guint
bri_path_get_hop_n_relations (const BriPath *path, guint hop)
{
  g_return_val_if_fail (path != NULL, 0);
  g_return_val_if_fail (hop + 1 < path->n, 0);
  return path->hop_start[hop + 1] - path->hop_start[hop];
}

const BriRelation *
bri_path_get_hop_relation (const BriPath *path, guint hop, guint index)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (hop + 1 < path->n, NULL);
  g_return_val_if_fail (index < path->hop_start[hop + 1] - path->hop_start[hop], NULL);
  return path->relations[path->hop_start[hop] + index];
}

double
bri_path_get_length (const BriPath *path)
{
  g_return_val_if_fail (path != NULL, NAN);
  return path->length;
}

guint
bri_path_get_n_vias (const BriPath *path)
{
  g_return_val_if_fail (path != NULL, 0);
  return path->vias->len;
}

const BriEntity *
bri_path_get_via (const BriPath *path, guint index)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (index < path->vias->len, NULL);
  return g_ptr_array_index (path->vias, index);
}

/* Paths by their sequences of entity ids. */
static int
cmp_path (gconstpointer pa, gconstpointer pb)
{
  const BriPath *a = *(const BriPath *const *) pa;
  const BriPath *b = *(const BriPath *const *) pb;
  for (guint i = 0; i < a->n && i < b->n; i++)
    {
      int c = strcmp (a->entities[i]->id, b->entities[i]->id);
      if (c != 0)
        return c;
    }
  return (a->n > b->n) - (a->n < b->n);
}

BriPathList *
bri__path_list_new (BriGraph *graph, GPtrArray *paths)
{
  BriPathList *list = g_new0 (BriPathList, 1);
  list->graph = bri_graph_ref (graph);
  list->paths = paths;
  g_ptr_array_set_free_func (paths, (GDestroyNotify) bri_path_free);
  g_ptr_array_sort (paths, cmp_path);
  return list;
}

void
bri_path_list_free (BriPathList *list)
{
  if (list == NULL)
    return;
  g_ptr_array_unref (list->paths);
  bri_graph_unref (list->graph);
  g_free (list);
}

guint
bri_path_list_get_n_paths (const BriPathList *list)
{
  g_return_val_if_fail (list != NULL, 0);
  return list->paths->len;
}

const BriPath *
bri_path_list_get_path (const BriPathList *list, guint index)
{
  g_return_val_if_fail (list != NULL, NULL);
  g_return_val_if_fail (index < list->paths->len, NULL);
  return g_ptr_array_index (list->paths, index);
}
