/* libbri/query/partition-result.c — owns BriPartition: a grouping of a view's entities
 * (components, communities) with groups renumbered by size, largest first,
 * and the partition's modularity. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "query/query-private.h"

/* Like a ranking (ranking-result.c), a partition keeps a reference to its view
 * and borrows the view's vertex array, and its group numbers are igraph's
 * membership vector itself, renumbered in place (freed with igraph_free):
 * no O(V) copies into fresh, page-faulting allocations. */
struct _BriPartition {
  BriView *view;                /* keeps the graph, hence the entities, alive */
  guint n;
  const BriEntity **entities;   /* view order: the view's own array */
  igraph_integer_t *group;      /* igraph's storage */
  guint n_groups;
  guint *sizes;
  /* Set by the producer (communities, strong components), or for weak
   * components computed on the first bri_partition_get_modularity () and
   * published once (g_once_init_*): a caller that only wants the groups
   * does not pay for it. @modularity_ready is 0 until it is set. */
  double modularity;
  gsize modularity_ready;
};

typedef struct {
  guint old;
  guint size;
  const char *min_id;           /* set only where sizes tie */
} Group;

static int
cmp_size (gconstpointer pa, gconstpointer pb)
{
  const Group *a = pa, *b = pb;
  return (a->size < b->size) - (a->size > b->size);
}

static int
cmp_min_id (gconstpointer pa, gconstpointer pb)
{
  return strcmp (((const Group *) pa)->min_id, ((const Group *) pb)->min_id);
}

/* Orders @groups largest first and groups of equal size by their smallest
 * entity id. Ids are compared only inside runs of equal sizes: a giant
 * component's vertices are never looked at. */
static void
order_groups (Group *groups, guint used, const BriView *view,
              const igraph_vector_int_t *membership)
{
  qsort (groups, used, sizeof (Group), cmp_size);
  gboolean *tied = g_new0 (gboolean, used + 1);
  gboolean any = FALSE;
  for (guint g = 0; g + 1 < used; g++)
    if (groups[g].size == groups[g + 1].size)
      tied[g] = tied[g + 1] = any = TRUE;
  if (any)
    {
      guint max = 0;
      for (guint g = 0; g < used; g++)
        max = MAX (max, groups[g].old + 1);
      guint *pos = g_new (guint, max + 1);  /* old label -> position */
      for (guint g = 0; g < used; g++)
        pos[groups[g].old] = g;
      for (guint i = 0; i < view->n_vertices; i++)
        {
          guint at = pos[VECTOR (*membership)[i]];
          if (!tied[at])
            continue;
          const char *id = view->vertices[i]->id;
          if (groups[at].min_id == NULL || strcmp (id, groups[at].min_id) < 0)
            groups[at].min_id = id;
        }
      g_free (pos);
      for (guint start = 0, end; start < used; start = end)
        {
          for (end = start + 1; end < used && groups[end].size == groups[start].size; end++)
            ;
          if (end - start > 1)
            qsort (groups + start, end - start, sizeof (Group), cmp_min_id);
        }
    }
  g_free (tied);
}

BriPartition *
bri__partition_new (const BriView *view, igraph_vector_int_t *membership,
                    const igraph_vector_int_t *sizes, double modularity)
{
  guint n = view->n_vertices;
  guint max = 0;
  Group *groups;
  if (sizes != NULL)
    {
      /* Labels 0 .. n_groups - 1 with their sizes known: no counting pass. */
      max = (guint) igraph_vector_int_size (sizes);
      groups = g_new0 (Group, max + 1);
      for (guint g = 0; g < max; g++)
        groups[g] = (Group){ g, (guint) VECTOR (*sizes)[g], NULL };
    }
  else
    {
      for (guint i = 0; i < n; i++)
        max = MAX (max, (guint) VECTOR (*membership)[i] + 1);
      groups = g_new0 (Group, max + 1);
      for (guint g = 0; g < max; g++)
        groups[g].old = g;
      for (guint i = 0; i < n; i++)
        groups[VECTOR (*membership)[i]].size++;
    }
  /* Drop unused labels (membership vectors need not be contiguous). */
  guint used = 0;
  for (guint g = 0; g < max; g++)
    if (groups[g].size > 0)
      groups[used++] = groups[g];
  order_groups (groups, used, view, membership);
  guint *renumber = g_new0 (guint, max + 1);
  gboolean identity = used == max;
  for (guint g = 0; g < used; g++)
    {
      renumber[groups[g].old] = g;
      identity &= groups[g].old == g;
    }

  BriPartition *p = g_new0 (BriPartition, 1);
  p->view = bri_view_ref ((BriView *) view);
  p->n = n;
  p->entities = (const BriEntity **) view->vertices;
  p->group = VECTOR (*membership);
  membership->stor_begin = membership->stor_end = membership->end = NULL;
  /* igraph often numbers components largest first already (the giant
   * one holds vertex 0): then the labels stay as they are. */
  if (!identity)
    for (guint i = 0; i < n; i++)
      p->group[i] = renumber[p->group[i]];
  p->n_groups = used;
  p->sizes = g_new (guint, used + 1);
  for (guint g = 0; g < used; g++)
    p->sizes[g] = groups[g].size;
  p->modularity = modularity;
  p->modularity_ready = 1;
  g_free (renumber);
  g_free (groups);
  return p;
}

void
bri_partition_free (BriPartition *partition)
{
  if (partition == NULL)
    return;
  igraph_free (partition->group);
  bri_view_unref (partition->view);
  g_free (partition->sizes);
  g_free (partition);
}

guint
bri_partition_get_n_entities (const BriPartition *partition)
{
  g_return_val_if_fail (partition != NULL, 0);
  return partition->n;
}

const BriEntity *
bri_partition_get_entity (const BriPartition *partition, guint index)
{
  g_return_val_if_fail (partition != NULL, NULL);
  g_return_val_if_fail (index < partition->n, NULL);
  return partition->entities[index];
}

guint
bri_partition_get_group (const BriPartition *partition, guint index)
{
  g_return_val_if_fail (partition != NULL, 0);
  g_return_val_if_fail (index < partition->n, 0);
  return (guint) partition->group[index];
}

/* O(1) through the view's vertex map. */
gint
bri_partition_get_group_of (const BriPartition *partition, const BriEntity *entity)
{
  g_return_val_if_fail (partition != NULL, -1);
  gint v = entity ? bri__view_find_vertex (partition->view, entity) : -1;
  return v < 0 ? -1 : (gint) partition->group[v];
}

guint
bri_partition_get_n_groups (const BriPartition *partition)
{
  g_return_val_if_fail (partition != NULL, 0);
  return partition->n_groups;
}

guint
bri_partition_get_group_size (const BriPartition *partition, guint group)
{
  g_return_val_if_fail (partition != NULL, 0);
  g_return_val_if_fail (group < partition->n_groups, 0);
  return partition->sizes[group];
}

/* The modularity of a partition into weak components, from degrees alone:
 * no edge leaves a component, so Newman's Q = 1 - sum_c (K_c / 2m)^2
 * undirected and 1 - sum_c K_c^out K_c^in / m^2 directed (the formulas
 * igraph_modularity evaluates, unweighted, resolution 1): O(V), no pass
 * over the edges, no igraph call (so no igraph lock). Degrees come
 * straight from igraph's edge index (view-build.c fills it): vertex v's
 * out-edges are oi[os[v] .. os[v+1]), its in-edges ii[is[v] .. is[v+1]);
 * an undirected edge is an out-edge of one end and an in-edge of the
 * other, and views have no loops. NaN without edges. */
static double
weak_components_modularity (const BriPartition *p)
{
  const igraph_t *g = &p->view->igraph;
  double m = (double) igraph_ecount (g);
  if (m == 0)
    return NAN;
  gboolean directed = igraph_is_directed (g);
  const igraph_integer_t *os = VECTOR (g->os), *is = VECTOR (g->is);
  double *k_out = g_new0 (double, 2 * (gsize) p->n_groups + 1);
  double *k_in = k_out + p->n_groups;
  for (guint v = 0; v < p->n; v++)
    {
      igraph_integer_t c = p->group[v];
      double out = (double) (os[v + 1] - os[v]), in = (double) (is[v + 1] - is[v]);
      k_out[c] += directed ? out : out + in;
      k_in[c] += directed ? in : out + in;
    }
  double scale = directed ? m * m : 4.0 * m * m, sum = 0.0;
  for (guint c = 0; c < p->n_groups; c++)
    sum += k_out[c] * k_in[c];
  g_free (k_out);
  return 1.0 - sum / scale;
}

BriPartition *
bri__partition_new_weak_components (const BriView *view,
                                    igraph_vector_int_t *membership,
                                    const igraph_vector_int_t *sizes)
{
  BriPartition *p = bri__partition_new (view, membership, sizes, NAN);
  p->modularity_ready = 0;
  return p;
}

double
bri_partition_get_modularity (const BriPartition *partition)
{
  g_return_val_if_fail (partition != NULL, NAN);
  BriPartition *p = (BriPartition *) partition;
  if (g_once_init_enter (&p->modularity_ready))
    {
      p->modularity = weak_components_modularity (p);
      g_once_init_leave (&p->modularity_ready, 1);
    }
  return p->modularity;
}
