/* libbri/view.c — owns BriView and BriViewOptions: building the simple
 * graph a filter admits (merging parallel relations, rolling up, choosing
 * the direction), its vertex <-> entity map, edge weights and supporting
 * relations, and the igraph_t behind it. The actor projection lives in
 * project.c, roll-up in rollup.c, explain in explain.c. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "view-private.h"

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
  return copy;
}

void
bri_view_options_free (BriViewOptions *options)
{
  if (options == NULL)
    return;
  g_free (options->rollup);
  g_free (options);
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

const char *
bri_view_options_get_rollup (const BriViewOptions *options)
{
  g_return_val_if_fail (options != NULL, NULL);
  return options->rollup;
}

/* ------------------------------------------------------------------ */
/* The builder                                                         */
/* ------------------------------------------------------------------ */

/* Hash of a packed vertex or entity pair (a << 32 | b). GLib's
 * g_int64_hash folds the halves with XOR, so every pair with the same
 * a ^ b collides; mix the bits instead (the finaliser of MurmurHash3). */
static guint
pair_hash (gconstpointer key)
{
  guint64 v = *(const guint64 *) key;
  v ^= v >> 33;
  v *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  v ^= v >> 33;
  v *= G_GUINT64_CONSTANT (0xc4ceb9fe1a85ec53);
  v ^= v >> 33;
  return (guint) v;
}

static void
edge_acc_free (gpointer data)
{
  BriEdgeAcc *acc = data;
  g_ptr_array_unref (acc->relations);
  if (acc->items)
    g_ptr_array_unref (acc->items);
  g_free (acc);
}

void
bri__edge_acc_add_item (BriEdgeAcc *acc, const char *label)
{
  if (acc->items == NULL)
    acc->items = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (acc->items, g_strdup (label));
}

void
bri__view_builder_init (BriViewBuilder *builder, gboolean directed)
{
  builder->directed = directed;
  builder->edges = g_hash_table_new_full (pair_hash, g_int64_equal, g_free,
                                          edge_acc_free);
  builder->extra_vertices = g_ptr_array_new ();
}

void
bri__view_builder_clear (BriViewBuilder *builder)
{
  g_clear_pointer (&builder->edges, g_hash_table_unref);
  g_clear_pointer (&builder->extra_vertices, g_ptr_array_unref);
}

BriEdgeAcc *
bri__view_builder_edge (BriViewBuilder *builder, const BriEntity *a, const BriEntity *b)
{
  if (a == b)
    return NULL;
  if (!builder->directed && a->index > b->index)
    {
      const BriEntity *t = a;
      a = b;
      b = t;
    }
  guint64 key = ((guint64) a->index << 32) | b->index;
  BriEdgeAcc *acc = g_hash_table_lookup (builder->edges, &key);
  if (acc == NULL)
    {
      acc = g_new0 (BriEdgeAcc, 1);
      acc->a = a;
      acc->b = b;
      acc->relations = g_ptr_array_new ();
      guint64 *k = g_new (guint64, 1);
      *k = key;
      g_hash_table_insert (builder->edges, k, acc);
    }
  return acc;
}

static int
cmp_entity_index (gconstpointer a, gconstpointer b)
{
  const BriEntity *x = *(const BriEntity *const *) a;
  const BriEntity *y = *(const BriEntity *const *) b;
  return (x->index > y->index) - (x->index < y->index);
}

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

static gint
vertex_of (GHashTable *map, const BriEntity *entity)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (map, entity)) - 1;
}

static int
cmp_edge (gconstpointer a, gconstpointer b)
{
  const BriViewEdge *x = a, *y = b;
  if (x->from != y->from)
    return x->from < y->from ? -1 : 1;
  return (x->to > y->to) - (x->to < y->to);
}

static void
view_free (BriView *view)
{
  if (view->has_igraph)
    {
      bri__igraph_enter ();
      igraph_destroy (&view->igraph);
      bri__igraph_leave (IGRAPH_SUCCESS, NULL);
    }
  g_free (view->vertices);
  if (view->vertex_of)
    g_hash_table_unref (view->vertex_of);
  if (view->edge_of)
    g_hash_table_unref (view->edge_of);
  g_free (view->edge_keys);
  g_free (view->edges);
  g_free (view->relations);
  g_strfreev (view->items);
  g_free (view->weight);
  g_free (view->length);
  bri_filter_free (view->filter);
  bri_view_options_free (view->options);
  bri_graph_unref (view->graph);
  g_free (view);
}

BriView *
bri__view_builder_finish (BriViewBuilder *builder, BriGraph *graph,
                          const BriFilter *filter, const BriViewOptions *options,
                          GError **error)
{
  BriView *view = g_new0 (BriView, 1);
  view->ref_count = 1;
  view->graph = bri_graph_ref (graph);
  view->filter = filter ? bri_filter_copy (filter) : bri_filter_new ();
  view->options = options ? bri_view_options_copy (options) : bri_view_options_new ();
  view->directed = builder->directed;

  /* Vertices: the ends of the edges (plus any extra), in graph order. */
  GHashTable *seen = g_hash_table_new (NULL, NULL);
  GPtrArray *vertices = g_ptr_array_new ();
  GPtrArray *accs = g_ptr_array_new ();
  GHashTableIter it;
  gpointer value;
  g_hash_table_iter_init (&it, builder->edges);
  while (g_hash_table_iter_next (&it, NULL, &value))
    {
      BriEdgeAcc *acc = value;
      g_ptr_array_add (accs, acc);
      if (g_hash_table_add (seen, (gpointer) acc->a))
        g_ptr_array_add (vertices, (gpointer) acc->a);
      if (g_hash_table_add (seen, (gpointer) acc->b))
        g_ptr_array_add (vertices, (gpointer) acc->b);
    }
  for (guint i = 0; i < builder->extra_vertices->len; i++)
    {
      gpointer e = g_ptr_array_index (builder->extra_vertices, i);
      if (g_hash_table_add (seen, e))
        g_ptr_array_add (vertices, e);
    }
  g_hash_table_unref (seen);
  g_ptr_array_sort (vertices, cmp_entity_index);

  view->n_vertices = vertices->len;
  view->vertices = g_new (const BriEntity *, vertices->len + 1);
  view->vertex_of = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < vertices->len; i++)
    {
      view->vertices[i] = g_ptr_array_index (vertices, i);
      g_hash_table_insert (view->vertex_of, g_ptr_array_index (vertices, i),
                           GUINT_TO_POINTER (i + 1));
    }
  g_ptr_array_unref (vertices);

  /* Edges, sorted by (from, to); each with its relations deduplicated in
   * graph order and its items deduplicated and sorted. */
  view->n_edges = accs->len;
  view->edges = g_new0 (BriViewEdge, accs->len + 1);
  for (guint i = 0; i < accs->len; i++)
    {
      BriEdgeAcc *acc = g_ptr_array_index (accs, i);
      view->edges[i].from = vertex_of (view->vertex_of, acc->a);
      view->edges[i].to = vertex_of (view->vertex_of, acc->b);
      /* Stash the accumulator's position in rel_start until sorted. */
      view->edges[i].rel_start = i;
    }
  qsort (view->edges, view->n_edges, sizeof (BriViewEdge), cmp_edge);

  GPtrArray *rels = g_ptr_array_new ();
  GPtrArray *items = g_ptr_array_new ();
  view->weight = g_new0 (double, view->n_edges + 1);
  view->length = g_new0 (double, view->n_edges + 1);
  view->edge_keys = g_new (guint64, view->n_edges + 1);
  view->edge_of = g_hash_table_new (pair_hash, g_int64_equal);
  for (guint e = 0; e < view->n_edges; e++)
    {
      BriViewEdge *edge = &view->edges[e];
      BriEdgeAcc *acc = g_ptr_array_index (accs, edge->rel_start);

      if (acc->relations->len > 1)
        g_ptr_array_sort (acc->relations, cmp_relation_index);
      edge->rel_start = rels->len;
      for (guint j = 0; j < acc->relations->len; j++)
        {
          gpointer r = g_ptr_array_index (acc->relations, j);
          if (j == 0 || r != g_ptr_array_index (acc->relations, j - 1))
            g_ptr_array_add (rels, r);
        }
      edge->n_rel = rels->len - edge->rel_start;

      edge->item_start = items->len;
      if (acc->items)
        g_ptr_array_sort (acc->items, cmp_str_ptr);
      for (guint j = 0; acc->items && j < acc->items->len; j++)
        {
          const char *s = g_ptr_array_index (acc->items, j);
          if (j == 0 || strcmp (s, g_ptr_array_index (acc->items, j - 1)) != 0)
            g_ptr_array_add (items, g_strdup (s));
        }
      edge->n_items = items->len - edge->item_start;

      view->weight[e] = acc->weight;
      view->length[e] = acc->weight > 0 ? 1.0 / acc->weight : INFINITY;
      view->edge_keys[e] = ((guint64) edge->from << 32) | edge->to;
      g_hash_table_insert (view->edge_of, &view->edge_keys[e], GUINT_TO_POINTER (e + 1));
    }
  g_ptr_array_unref (accs);
  g_ptr_array_add (rels, NULL);
  view->relations = (const BriRelation **) g_ptr_array_free (rels, FALSE);
  g_ptr_array_add (items, NULL);
  view->items = (char **) g_ptr_array_free (items, FALSE);

  /* The igraph_t. */
  bri__igraph_enter ();
  igraph_vector_int_t ends;
  igraph_error_t rc = igraph_vector_int_init (&ends, 2 * (igraph_integer_t) view->n_edges);
  if (rc == IGRAPH_SUCCESS)
    {
      for (guint e = 0; e < view->n_edges; e++)
        {
          VECTOR (ends)[2 * e] = view->edges[e].from;
          VECTOR (ends)[2 * e + 1] = view->edges[e].to;
        }
      rc = igraph_create (&view->igraph, &ends, view->n_vertices, view->directed);
      if (rc == IGRAPH_SUCCESS)
        view->has_igraph = TRUE;
      igraph_vector_int_destroy (&ends);
    }
  if (!bri__igraph_leave (rc, error))
    {
      view_free (view);
      return NULL;
    }
  return view;
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

  BriViewBuilder builder;
  bri__view_builder_init (&builder, view_is_directed (graph, filter, options));

  if (options->projection == BRI_PROJECTION_ACTORS)
    bri__project_actors (&builder, graph, filter, options);
  else
    {
      guint n = bri_graph_get_n_relations (graph);
      for (guint i = 0; i < n; i++)
        {
          const BriRelation *r = bri_graph_get_relation (graph, i);
          if (!bri_filter_accepts_relation (filter, r))
            continue;
          const BriEntity *a = bri__rollup (r->from, options->rollup);
          const BriEntity *b = bri__rollup (r->to, options->rollup);
          if (!bri_filter_accepts_entity (filter, a) || !bri_filter_accepts_entity (filter, b))
            continue;
          BriEdgeAcc *acc = bri__view_builder_edge (&builder, a, b);
          if (acc == NULL)
            continue;           /* a loop */
          acc->count += 1;
          acc->sum += bri_relation_get_weight (r);
          g_ptr_array_add (acc->relations, (gpointer) r);
        }
      GHashTableIter it;
      gpointer value;
      g_hash_table_iter_init (&it, builder.edges);
      while (g_hash_table_iter_next (&it, NULL, &value))
        {
          BriEdgeAcc *acc = value;
          acc->weight = options->weighting == BRI_EDGE_WEIGHT_SUM ? acc->sum : acc->count;
        }
    }

  BriView *view = bri__view_builder_finish (&builder, graph, filter, options, error);
  bri__view_builder_clear (&builder);
  return view;
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
    view_free (view);
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
  return vertex_of (view->vertex_of, entity);
}

gint
bri__view_vertex (const BriView *view, const BriEntity *entity, GError **error)
{
  gint v = entity ? vertex_of (view->vertex_of, entity) : -1;
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
  return view->edges[edge].from;
}

guint
bri_view_get_edge_to (const BriView *view, guint edge)
{
  g_return_val_if_fail (view != NULL, 0);
  g_return_val_if_fail (edge < view->n_edges, 0);
  return view->edges[edge].to;
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
  guint64 key = ((guint64) from << 32) | to;
  return GPOINTER_TO_UINT (g_hash_table_lookup (view->edge_of, &key)) - 1;
}

guint
bri_view_get_edge_n_relations (const BriView *view, guint edge)
{
  g_return_val_if_fail (view != NULL, 0);
  g_return_val_if_fail (edge < view->n_edges, 0);
  return view->edges[edge].n_rel;
}

const BriRelation *
bri_view_get_edge_relation (const BriView *view, guint edge, guint index)
{
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (edge < view->n_edges, NULL);
  g_return_val_if_fail (index < view->edges[edge].n_rel, NULL);
  return view->relations[view->edges[edge].rel_start + index];
}

guint
bri_view_get_edge_n_items (const BriView *view, guint edge)
{
  g_return_val_if_fail (view != NULL, 0);
  g_return_val_if_fail (edge < view->n_edges, 0);
  return view->edges[edge].n_items;
}

const char *
bri_view_get_edge_item (const BriView *view, guint edge, guint index)
{
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (edge < view->n_edges, NULL);
  g_return_val_if_fail (index < view->edges[edge].n_items, NULL);
  return view->items[view->edges[edge].item_start + index];
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
        const BriViewEdge *edge = &view->edges[e];
        g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                     "edge %s %s %s has weight 0, which has no length under the "
                     "strength weights (length = 1/weight); use raw weights or "
                     "leave out zero-weight relations",
                     view->vertices[edge->from]->id, view->directed ? "->" : "--",
                     view->vertices[edge->to]->id);
        return FALSE;
      }
  return TRUE;
}

const igraph_vector_t *
bri__view_lengths (const BriView *view, BriWeights weights, igraph_vector_t *storage)
{
  switch (weights)
    {
    case BRI_WEIGHTS_STRENGTH:
      return igraph_vector_view (storage, view->length, view->n_edges);
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

igraph_error_t
bri__view_undirected (const BriView *view, igraph_t *out, double **weights)
{
  GHashTable *seen = g_hash_table_new_full (pair_hash, g_int64_equal, g_free, NULL);
  GArray *ends = g_array_sized_new (FALSE, FALSE, sizeof (igraph_integer_t),
                                    2 * view->n_edges + 2);
  GArray *w = g_array_new (FALSE, TRUE, sizeof (double));
  for (guint e = 0; e < view->n_edges; e++)
    {
      guint a = MIN (view->edges[e].from, view->edges[e].to);
      guint b = MAX (view->edges[e].from, view->edges[e].to);
      guint64 *key = g_new (guint64, 1);
      *key = ((guint64) a << 32) | b;
      gpointer found = g_hash_table_lookup (seen, key);
      if (found)
        {
          g_array_index (w, double, GPOINTER_TO_UINT (found) - 1) += view->weight[e];
          g_free (key);
          continue;
        }
      igraph_integer_t ab[2] = { a, b };
      g_array_append_vals (ends, ab, 2);
      g_array_append_val (w, view->weight[e]);
      g_hash_table_insert (seen, key, GUINT_TO_POINTER (w->len));
    }
  g_hash_table_unref (seen);

  igraph_vector_int_t v;
  igraph_vector_int_view (&v, (const igraph_integer_t *) ends->data, ends->len);
  igraph_error_t rc = igraph_create (out, &v, view->n_vertices, IGRAPH_UNDIRECTED);
  g_array_free (ends, TRUE);
  if (rc != IGRAPH_SUCCESS)
    {
      g_array_free (w, TRUE);
      return rc;
    }
  double zero = 0;
  g_array_append_val (w, zero);  /* never an empty buffer */
  *weights = (double *) g_array_free (w, FALSE);
  return rc;
}
