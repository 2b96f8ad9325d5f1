/* libbri/view/view.c — owns BriView and BriViewOptions: choosing how to build
 * the simple graph a filter admits (direction, projection), its vertex <->
 * entity and edge lookups, edge weights and lengths for igraph. Building
 * itself (merging parallel relations, the igraph_t) lives in view-build.c,
 * the actor projection in project.c, roll-up in rollup.c, explain in
 * explain.c. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "view/view-private.h"
#include <bri/igraph.h>

/* ------------------------------------------------------------------ */
/* Options                                                             */
/* ------------------------------------------------------------------ */

BriViewOptions *
bri_view_options_new (void)
{
  BriViewOptions *options = g_new0 (BriViewOptions, 1);
  options->projection = BRI_PROJECTION_NONE;
  options->weighting = BRI_EDGE_WEIGHT_COUNT;
  options->direction = BRI_DIRECTION_AUTO;
  return options;
}

BriViewOptions *
bri_view_options_copy (const BriViewOptions *options)
{
  g_return_val_if_fail (options != NULL, NULL);
  BriViewOptions *copy = g_new0 (BriViewOptions, 1);
  *copy = *options;
  copy->rollup = g_strdup (options->rollup);
  copy->group_of = NULL;
  copy->groups = NULL;
  for (guint i = 0; options->groups && i < options->groups->len; i++)
    bri_view_options_add_group (copy, options->groups->pdata[i]);
  return copy;
}

void
bri_view_options_free (BriViewOptions *options)
{
  if (options == NULL)
    return;
  g_free (options->rollup);
  if (options->groups)
    g_ptr_array_unref (options->groups);
  if (options->group_of)
    g_hash_table_unref (options->group_of);
  g_free (options);
}

void
bri_view_options_add_group (BriViewOptions *options, const char *group_id)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail (group_id != NULL);
  if (options->groups == NULL)
    options->groups = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < options->groups->len; i++)
    if (strcmp (options->groups->pdata[i], group_id) == 0)
      return;
  g_ptr_array_add (options->groups, g_strdup (group_id));
}

guint
bri_view_options_get_n_groups (const BriViewOptions *options)
{
  g_return_val_if_fail (options != NULL, 0);
  return options->groups ? options->groups->len : 0;
}

const char *
bri_view_options_get_group (const BriViewOptions *options, guint index)
{
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (index < bri_view_options_get_n_groups (options), NULL);
  return options->groups->pdata[index];
}

void
bri_view_options_set_projection (BriViewOptions *options, BriProjection projection)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail (projection == BRI_PROJECTION_NONE || projection == BRI_PROJECTION_ACTORS);
  options->projection = projection;
}

BriProjection
bri_view_options_get_projection (const BriViewOptions *options)
{
  g_return_val_if_fail (options != NULL, BRI_PROJECTION_NONE);
  return options->projection;
}

void
bri_view_options_set_weighting (BriViewOptions *options, BriEdgeWeighting weighting)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail (weighting <= BRI_EDGE_WEIGHT_NEWMAN);
  options->weighting = weighting;
}

BriEdgeWeighting
bri_view_options_get_weighting (const BriViewOptions *options)
{
  g_return_val_if_fail (options != NULL, BRI_EDGE_WEIGHT_COUNT);
  return options->weighting;
}

void
bri_view_options_set_direction (BriViewOptions *options, BriDirection direction)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail (direction == BRI_DIRECTION_AUTO || direction == BRI_DIRECTION_UNDIRECTED);
  options->direction = direction;
}

BriDirection
bri_view_options_get_direction (const BriViewOptions *options)
{
  g_return_val_if_fail (options != NULL, BRI_DIRECTION_AUTO);
  return options->direction;
}

void
bri_view_options_set_rollup (BriViewOptions *options, const char *kind)
{
  g_return_if_fail (options != NULL);
  g_free (options->rollup);
  options->rollup = (kind != NULL && *kind != '\0') ? g_strdup (kind) : NULL;
}

void
bri_view_options_set_keep_isolated (BriViewOptions *options, gboolean keep)
{
  g_return_if_fail (options != NULL);
  options->keep_isolated = keep != FALSE;
}

gboolean
bri_view_options_get_keep_isolated (const BriViewOptions *options)
{
  g_return_val_if_fail (options != NULL, FALSE);
  return options->keep_isolated;
}

const char *
bri_view_options_get_rollup (const BriViewOptions *options)
{
  g_return_val_if_fail (options != NULL, NULL);
  return options->rollup;
}

/* ------------------------------------------------------------------ */
/* bri_view_new                                                        */
/* ------------------------------------------------------------------ */

static gboolean
view_is_directed (const BriGraph *graph, const BriFilter *filter,
                  const BriViewOptions *options)
{
  if (options->direction == BRI_DIRECTION_UNDIRECTED
      || options->projection == BRI_PROJECTION_ACTORS)
    return FALSE;
  guint n = bri_filter_get_n_relation_kinds (filter);
  if (n > 0)
    {
      for (guint i = 0; i < n; i++)
        {
          const BriKind *kind = bri_graph_lookup_kind (graph,
                                                       bri_filter_get_relation_kind (filter, i));
          if (kind == NULL || !bri_kind_is_directed (kind))
            return FALSE;
        }
      return TRUE;
    }
  guint nk = bri_graph_get_n_kinds (graph);
  if (nk == 0)
    return FALSE;
  for (guint i = 0; i < nk; i++)
    if (!bri_kind_is_directed (bri_graph_get_kind (graph, i)))
      return FALSE;
  return TRUE;
}

BriView *
bri_view_new (BriGraph *graph, const BriFilter *filter,
              const BriViewOptions *options, GError **error)
{
  g_return_val_if_fail (graph != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  /* The builders key entities by their index in @graph: a graph with a
   * base (the scratch overlay of bri_dir_check (), which never leaves
   * libbri) names entities of another graph, and no view is built on one. */
  g_return_val_if_fail (graph->base == NULL, NULL);

  g_autoptr (BriFilter) default_filter = NULL;
  g_autoptr (BriViewOptions) default_options = NULL;
  if (filter == NULL)
    filter = default_filter = bri_filter_new ();
  if (options == NULL)
    options = default_options = bri_view_options_new ();

  if (!bri_filter_check (filter, graph, error))
    return NULL;
  if (options->rollup != NULL && !bri__rollup_check (graph, options->rollup, error))
    return NULL;

  gboolean directed = view_is_directed (graph, filter, options);
  /* With groups, the builders read the members from a working copy. */
  g_autoptr (BriViewOptions) work = NULL;
  if (options->groups && options->groups->len > 0)
    {
      work = bri_view_options_copy (options);
      work->group_of = bri__groups_map (graph, options->groups, error);
      if (work->group_of == NULL)
        return NULL;
      options = work;
    }
  return options->projection == BRI_PROJECTION_ACTORS
           ? bri__project_actors_view (graph, filter, options, error)
           : bri__view_build_plain (graph, filter, options, directed, error);
}

BriView *
bri_view_ref (BriView *view)
{
  g_return_val_if_fail (view != NULL, NULL);
  g_atomic_int_inc (&view->ref_count);
  return view;
}

void
bri_view_unref (BriView *view)
{
  if (view == NULL)
    return;
  if (g_atomic_int_dec_and_test (&view->ref_count))
    bri__view_free (view);
}

/* ------------------------------------------------------------------ */
/* Accessors                                                           */
/* ------------------------------------------------------------------ */

BriGraph *
bri_view_get_graph (const BriView *view)
{
  g_return_val_if_fail (view != NULL, NULL);
  return view->graph;
}

const BriFilter *
bri_view_get_filter (const BriView *view)
{
  g_return_val_if_fail (view != NULL, NULL);
  return view->filter;
}

const BriViewOptions *
bri_view_get_options (const BriView *view)
{
  g_return_val_if_fail (view != NULL, NULL);
  return view->options;
}

gboolean
bri_view_is_directed (const BriView *view)
{
  g_return_val_if_fail (view != NULL, FALSE);
  return view->directed;
}

guint
bri_view_get_n_entities (const BriView *view)
{
  g_return_val_if_fail (view != NULL, 0);
  return view->n_vertices;
}

const BriEntity *
bri_view_get_entity (const BriView *view, guint index)
{
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (index < view->n_vertices, NULL);
  return view->vertices[index];
}

gint
bri_view_find_entity (const BriView *view, const BriEntity *entity)
{
  g_return_val_if_fail (view != NULL, -1);
  if (entity == NULL)
    return -1;
  return bri__view_find_vertex (view, entity);
}

gint
bri__view_find_vertex (const BriView *view, const BriEntity *entity)
{
  guint32 index = entity->index;
  if (view->vertex_of != NULL)
    {
      if (index >= view->n_vertex_of)
        return -1;
      guint v = view->vertex_of[index];
      return v > 0 && view->vertices[v - 1] == entity ? (gint) v - 1 : -1;
    }
  /* The vertices are sorted by entity index. */
  guint lo = 0, hi = view->n_vertices;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (view->vertices[mid]->index < index)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (; lo < view->n_vertices && view->vertices[lo]->index == index; lo++)
    if (view->vertices[lo] == entity)
      return lo;
  return -1;
}

gint
bri__view_vertex (const BriView *view, const BriEntity *entity, GError **error)
{
  gint v = entity ? bri__view_find_vertex (view, entity) : -1;
  if (v < 0)
    g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
                 "entity '%s' is not in this view",
                 entity ? bri_entity_get_id (entity) : "(null)");
  return v;
}

guint
bri_view_get_n_edges (const BriView *view)
{
  g_return_val_if_fail (view != NULL, 0);
  return view->n_edges;
}

guint
bri_view_get_edge_from (const BriView *view, guint edge)
{
  g_return_val_if_fail (view != NULL, 0);
  g_return_val_if_fail (edge < view->n_edges, 0);
  return bri__view_edge_from (view, edge);
}

guint
bri_view_get_edge_to (const BriView *view, guint edge)
{
  g_return_val_if_fail (view != NULL, 0);
  g_return_val_if_fail (edge < view->n_edges, 0);
  return bri__view_edge_to (view, edge);
}

double
bri_view_get_edge_weight (const BriView *view, guint edge)
{
  g_return_val_if_fail (view != NULL, NAN);
  g_return_val_if_fail (edge < view->n_edges, NAN);
  return view->weight[edge];
}

gint
bri_view_find_edge (const BriView *view, guint from, guint to)
{
  g_return_val_if_fail (view != NULL, -1);
  if (!view->directed && from > to)
    {
      guint t = from;
      from = to;
      to = t;
    }
  if (from >= view->n_vertices || to >= view->n_vertices)
    return -1;
  /* igraph's out-edge index: oi[os[a] .. os[a+1]) are the edges from a,
   * ordered by their other end (undirected: from the larger end a). */
  const igraph_t *g = &view->igraph;
  igraph_integer_t a = view->directed ? from : to, b = view->directed ? to : from;
  const igraph_integer_t *oi = VECTOR (g->oi), *other = VECTOR (g->to);
  igraph_integer_t lo = VECTOR (g->os)[a], hi = VECTOR (g->os)[a + 1];
  while (lo < hi)
    {
      igraph_integer_t mid = lo + (hi - lo) / 2;
      if (other[oi[mid]] < b)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < VECTOR (g->os)[a + 1] && other[oi[lo]] == b)
    return (gint) oi[lo];
  return -1;
}

guint
bri_view_get_edge_n_relations (const BriView *view, guint edge)
{
  g_return_val_if_fail (view != NULL, 0);
  g_return_val_if_fail (edge < view->n_edges, 0);
  return bri__view_edge_n_relations (view, edge);
}

const BriRelation *
bri_view_get_edge_relation (const BriView *view, guint edge, guint index)
{
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (edge < view->n_edges, NULL);
  g_return_val_if_fail (index < bri__view_edge_n_relations (view, edge), NULL);
  return bri__view_edge_relation (view, edge, index);
}

guint
bri_view_get_edge_n_items (const BriView *view, guint edge)
{
  g_return_val_if_fail (view != NULL, 0);
  g_return_val_if_fail (edge < view->n_edges, 0);
  if (view->item_start == NULL)
    return 0;
  return view->item_start[edge + 1] - view->item_start[edge];
}

const char *
bri_view_get_edge_item (const BriView *view, guint edge, guint index)
{
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (edge < view->n_edges, NULL);
  g_return_val_if_fail (index < bri_view_get_edge_n_items (view, edge), NULL);
  return view->items[view->item_start[edge] + index];
}

/* ------------------------------------------------------------------ */
/* Weights for igraph                                                  */
/* ------------------------------------------------------------------ */

gboolean
bri__view_check_lengths (const BriView *view, BriWeights weights, GError **error)
{
  if (weights != BRI_WEIGHTS_STRENGTH)
    return TRUE;
  for (guint e = 0; e < view->n_edges; e++)
    if (!(view->weight[e] > 0))
      {
        g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                     "edge %s %s %s has weight 0, which has no length under the "
                     "strength weights (length = 1/weight); use raw weights or "
                     "leave out zero-weight relations",
                     view->vertices[bri__view_edge_from (view, e)]->id,
                     view->directed ? "->" : "--",
                     view->vertices[bri__view_edge_to (view, e)]->id);
        return FALSE;
      }
  return TRUE;
}

/* 1/weight per edge, made on first use: only the strength-weighted path
 * queries need it (8 B per edge). Views are shared between threads, hence
 * the once-initialisation; path-result.c reads view->length after this ran. */
static const double *
view_length (const BriView *view)
{
  BriView *v = (BriView *) view;
  if (g_once_init_enter (&v->length))
    {
      double *length = g_new (double, v->n_edges + 1);
      for (guint e = 0; e < v->n_edges; e++)
        length[e] = v->weight[e] > 0 ? 1.0 / v->weight[e] : INFINITY;
      length[v->n_edges] = 0;
      g_once_init_leave (&v->length, length);
    }
  return view->length;
}

const igraph_vector_t *
bri__view_lengths (const BriView *view, BriWeights weights, igraph_vector_t *storage)
{
  switch (weights)
    {
    case BRI_WEIGHTS_STRENGTH:
      return igraph_vector_view (storage, view_length (view), view->n_edges);
    case BRI_WEIGHTS_RAW:
      return igraph_vector_view (storage, view->weight, view->n_edges);
    case BRI_WEIGHTS_NONE:
    default:
      return NULL;
    }
}

const igraph_vector_t *
bri__view_strengths (const BriView *view, BriWeights weights, igraph_vector_t *storage)
{
  if (weights == BRI_WEIGHTS_NONE)
    return NULL;
  return igraph_vector_view (storage, view->weight, view->n_edges);
}

const igraph_t *
bri_view_get_igraph (const BriView *view)
{
  g_return_val_if_fail (view != NULL, NULL);
  return &view->igraph;
}
