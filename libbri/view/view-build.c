/* libbri/view/view-build.c — owns building a BriView: plain views and roll-ups
 * (a flat array of (pair key, relation), radix-sorted, emitted by one
 * run-length pass), subviews (ego networks), the vertex numbering and map,
 * the igraph_t, and the undirected reading of a view for clustering.
 * Actor projections (project.c) use the same sort and finish.
 *
 * Why flat arrays: a hash table holding a key, an accumulator and a
 * GPtrArray per edge costs many times igraph_create and leaves a heap
 * fragmented by millions of small free blocks, which slows igraph's own
 * mallocs in later queries. The builders make a handful of large
 * allocations and no per-edge ones. */
#include "config.h"

#include <string.h>

#include "view/view-private.h"

/* ------------------------------------------------------------------ */
/* Radix sort                                                          */
/* ------------------------------------------------------------------ */

/* At most 2^11 buckets per pass: the counters and the write positions of
 * a pass stay in L1/L2 while the items are scattered. */
#define RADIX_MAX_BITS 11
#define RADIX_SMALL 32

guint
bri__bits_for (guint64 n)
{
  guint bits = 1;
  while (bits < 64 && (n >> bits) != 0)
    bits++;
  return bits;
}

/* LSD radix sort of @n items of TYPE by bits [lo, lo + key_bits) of the
 * 64-bit word KEY (x) (stable, so equal keys keep their order); @tmp has
 * room for @n items. Returns the array that holds the result. Two
 * instances: BriKeyed (a key and a payload) and packed words. */
#define RADIX_SORT(NAME, TYPE, KEY)                                           \
  static void                                                                 \
  NAME##_small (TYPE *a, gsize n, guint lo)                                   \
  {                                                                           \
    for (gsize i = 1; i < n; i++)                                             \
      {                                                                       \
        TYPE x = a[i];                                                        \
        gsize j = i;                                                          \
        for (; j > 0 && (KEY (a[j - 1]) >> lo) > (KEY (x) >> lo); j--)        \
          a[j] = a[j - 1];                                                    \
        a[j] = x;                                                             \
      }                                                                       \
  }                                                                           \
                                                                              \
  static TYPE *                                                               \
  NAME (TYPE *items, TYPE *tmp, gsize n, guint lo, guint key_bits)            \
  {                                                                           \
    if (n < RADIX_SMALL)                                                      \
      {                                                                       \
        NAME##_small (items, n, lo);                                          \
        return items;                                                         \
      }                                                                       \
    guint passes = (key_bits + RADIX_MAX_BITS - 1) / RADIX_MAX_BITS;          \
    if (passes == 0)                                                          \
      return items;                                                           \
    guint bits = (key_bits + passes - 1) / passes;                            \
    gsize buckets = (gsize) 1 << bits;                                        \
    guint64 mask = buckets - 1;                                               \
    /* All the passes' histograms in one read of the keys. */                 \
    gsize *count = g_new0 (gsize, passes * buckets);                          \
    for (gsize i = 0; i < n; i++)                                             \
      {                                                                       \
        guint64 k = KEY (items[i]) >> lo;                                     \
        for (guint p = 0; p < passes; p++)                                    \
          count[p * buckets + ((k >> (p * bits)) & mask)]++;                  \
      }                                                                       \
    TYPE *src = items, *dst = tmp;                                            \
    for (guint p = 0; p < passes; p++)                                        \
      {                                                                       \
        gsize *c = count + p * buckets;                                       \
        guint shift = lo + p * bits;                                          \
        /* A digit all keys share orders nothing: skip the pass. */           \
        if (c[(KEY (src[0]) >> shift) & mask] == n)                           \
          continue;                                                           \
        gsize sum = 0;                                                        \
        for (gsize d = 0; d < buckets; d++)                                   \
          {                                                                   \
            gsize t = c[d];                                                   \
            c[d] = sum;                                                       \
            sum += t;                                                         \
          }                                                                   \
        for (gsize i = 0; i < n; i++)                                         \
          dst[c[(KEY (src[i]) >> shift) & mask]++] = src[i];                  \
        TYPE *t = src;                                                        \
        src = dst;                                                            \
        dst = t;                                                              \
      }                                                                       \
    g_free (count);                                                           \
    return src;                                                               \
  }

#define KEYED_KEY(x) ((x).key)
#define WORD_KEY(x) (x)
RADIX_SORT (radix_sort_keyed, BriKeyed, KEYED_KEY)
RADIX_SORT (radix_sort_words, guint64, WORD_KEY)

BriKeyed *
bri__radix_sort (BriKeyed *items, BriKeyed *tmp, gsize n, guint key_bits)
{
  return radix_sort_keyed (items, tmp, n, 0, key_bits);
}

/* ------------------------------------------------------------------ */
/* The view shell, the vertex map, the igraph_t                        */
/* ------------------------------------------------------------------ */

BriView *
bri__view_alloc (BriGraph *graph, const BriFilter *filter, const BriViewOptions *options,
            gboolean directed)
{
  BriView *view = g_new0 (BriView, 1);
  view->ref_count = 1;
  view->graph = bri_graph_ref (graph);
  view->filter = filter ? bri_filter_copy (filter) : bri_filter_new ();
  view->options = options ? bri_view_options_copy (options) : bri_view_options_new ();
  view->directed = directed;
  return view;
}

void
bri__view_free (BriView *view)
{
  if (view->has_igraph)
    {
      bri__igraph_enter ();
      igraph_destroy (&view->igraph);
      bri__igraph_leave (IGRAPH_SUCCESS, NULL);
    }
  g_free (view->vertices);
  g_free (view->vertex_of);
  g_free (view->edges);
  g_free (view->rel_start);
  g_free (view->rel_index);
  g_free (view->item_start);
  g_free (view->items);
  if (view->item_labels)
    g_string_chunk_free (view->item_labels);
  g_free (view->weight);
  g_free (view->length);
  bri_filter_free (view->filter);
  bri_view_options_free (view->options);
  bri_graph_unref (view->graph);
  g_free (view);
}

/* Whether a vertex map of @n_entities slots (4 B each) is worth keeping
 * for @n_vertices vertices; otherwise lookups binary-search the vertices
 * (an ego network of a few vertices in a large graph needs no map). */
static gboolean
map_worth_it (guint n_vertices, guint n_entities)
{
  return n_vertices >= n_entities / 8;
}

/* Builds view->vertex_of when worth it; view->vertices is sorted. */
static void
view_index_vertices (BriView *view)
{
  guint n_entities = bri_graph_get_n_entities (view->graph);
  if (view->n_vertices == 0 || !map_worth_it (view->n_vertices, n_entities))
    return;
  /* Every vertex is an entity of this graph (views are built on graphs
   * without a base): checked all the same, else binary search. */
  if (view->vertices[view->n_vertices - 1]->index >= n_entities)
    return;
  guint32 *map = g_new0 (guint32, n_entities + 1);
  for (guint v = 0; v < view->n_vertices; v++)
    map[view->vertices[v]->index] = v + 1;
  view->vertex_of = map;
  view->n_vertex_of = n_entities;
}

/* igraph_create() on the view's edges, as a vector of ends. */
static igraph_error_t
igraph_from_ends (BriView *view)
{
  igraph_vector_int_t ends;
  IGRAPH_CHECK (igraph_vector_int_init (&ends, 2 * (igraph_integer_t) view->n_edges));
  IGRAPH_FINALLY (igraph_vector_int_destroy, &ends);
  igraph_integer_t *p = VECTOR (ends);
  for (guint e = 0; e < view->n_edges; e++)
    {
      p[2 * e] = view->edges[e].from;
      p[2 * e + 1] = view->edges[e].to;
    }
  IGRAPH_CHECK (igraph_create (&view->igraph, &ends, view->n_vertices, view->directed));
  igraph_vector_int_destroy (&ends);
  IGRAPH_FINALLY_CLEAN (1);
  return IGRAPH_SUCCESS;
}

#if IGRAPH_VERSION_MAJOR == 0 && IGRAPH_VERSION_MINOR == 10
#define BRI_IGRAPH_DIRECT 1

/* Whether the igraph_t layout this file was compiled against is the one
 * of the igraph library loaded at run time. */
static gboolean
igraph_layout_known (void)
{
  int major = -1, minor = -1, patch = -1;
  igraph_version (NULL, &major, &minor, &patch);
  return major == IGRAPH_VERSION_MAJOR && minor == IGRAPH_VERSION_MINOR;
}

/* The indexed edge list of igraph 0.10 (igraph_datatype.h): from[e],
 * to[e] (undirected: from is the larger end); oi, the edges ordered by
 * (from, to), and ii, by (to, from); os[v] and is[v], where v's run
 * starts in oi and ii. igraph_create() finds oi and ii with two radix
 * sorts of its own over all vertices, and that was the larger part of
 * building a view. The view's edges are already sorted by (from, to)
 * (undirected: by (smaller, larger) end), so one of the two orders is the
 * identity and the other one stable counting sort. */
static igraph_error_t
igraph_from_sorted_edges (BriView *view)
{
  igraph_t *g = &view->igraph;
  igraph_integer_t n = view->n_vertices, m = view->n_edges;
  const BriViewEdge *edges = view->edges;

  IGRAPH_CHECK (igraph_empty (g, n, view->directed));
  IGRAPH_FINALLY (igraph_destroy, g);
  IGRAPH_CHECK (igraph_vector_int_resize (&g->from, m));
  IGRAPH_CHECK (igraph_vector_int_resize (&g->to, m));
  IGRAPH_CHECK (igraph_vector_int_resize (&g->oi, m));
  IGRAPH_CHECK (igraph_vector_int_resize (&g->ii, m));

  igraph_integer_t *from = VECTOR (g->from), *to = VECTOR (g->to);
  /* sorted: the order that is the identity, with its start vector;
   * other: the one to counting-sort by the key other_key[e]. */
  igraph_integer_t *sorted, *sorted_start, *other, *other_start, *other_key;
  if (view->directed)
    {
      for (igraph_integer_t e = 0; e < m; e++)
        {
          from[e] = edges[e].from;
          to[e] = edges[e].to;
        }
      sorted = VECTOR (g->oi), sorted_start = VECTOR (g->os);
      other = VECTOR (g->ii), other_start = VECTOR (g->is);
      other_key = to;
    }
  else
    {
      for (igraph_integer_t e = 0; e < m; e++)
        {
          from[e] = edges[e].to;
          to[e] = edges[e].from;
        }
      sorted = VECTOR (g->ii), sorted_start = VECTOR (g->is);
      other = VECTOR (g->oi), other_start = VECTOR (g->os);
      other_key = from;
    }

  /* The identity order; its start vector from the view's first ends. */
  for (igraph_integer_t e = 0; e < m; e++)
    sorted[e] = e;
  igraph_integer_t e = 0;
  for (igraph_integer_t v = 0; v <= n; v++)
    {
      while (e < m && (igraph_integer_t) edges[e].from < v)
        e++;
      sorted_start[v] = e;
    }

  /* The other order: count, prefix sums (the start vector), scatter. */
  memset (other_start, 0, (n + 1) * sizeof *other_start);
  for (e = 0; e < m; e++)
    other_start[other_key[e] + 1]++;
  for (igraph_integer_t v = 0; v < n; v++)
    other_start[v + 1] += other_start[v];
  igraph_vector_int_t next;
  IGRAPH_CHECK (igraph_vector_int_init_copy (&next, view->directed ? &g->is : &g->os));
  IGRAPH_FINALLY (igraph_vector_int_destroy, &next);
  igraph_integer_t *pos = VECTOR (next);
  for (e = 0; e < m; e++)
    other[pos[other_key[e]]++] = e;
  igraph_vector_int_destroy (&next);
  IGRAPH_FINALLY_CLEAN (1);

  /* igraph_empty() may have cached properties of the edgeless graph. */
  igraph_invalidate_cache (g);
  IGRAPH_FINALLY_CLEAN (1);
  return IGRAPH_SUCCESS;
}

/* Whether the edges are strictly sorted by (from, to) and, undirected,
 * have from < to: what igraph_from_sorted_edges() relies on. The builders
 * make them so; checked (one pass) all the same, igraph_create () being
 * the fallback. */
static gboolean
edges_sorted (const BriView *view)
{
  for (guint e = 0; e < view->n_edges; e++)
    {
      const BriViewEdge *edge = &view->edges[e];
      if (!view->directed && edge->from >= edge->to)
        return FALSE;
      if (e > 0 && (edge[-1].from > edge->from
                    || (edge[-1].from == edge->from && edge[-1].to >= edge->to)))
        return FALSE;
    }
  return TRUE;
}

/* With BRI_CHECK_IGRAPH set in the environment, every view's igraph_t is
 * also built by igraph_create() and compared field by field: a check of
 * the layout assumptions above against a new igraph (run `make check`
 * with it after an igraph upgrade). Aborts on a difference. */
static void
check_against_igraph_create (BriView *view)
{
  static gsize checking = 0;
  if (g_once_init_enter (&checking))
    g_once_init_leave (&checking, g_getenv ("BRI_CHECK_IGRAPH") != NULL ? 2 : 1);
  if (checking != 2)
    return;
  igraph_t direct = view->igraph;
  if (igraph_from_ends (view) != IGRAPH_SUCCESS)
    g_error ("BRI_CHECK_IGRAPH: igraph_create failed");
  igraph_t ref = view->igraph;
  view->igraph = direct;
  const igraph_vector_int_t *a[] = { &direct.from, &direct.to, &direct.oi,
                                     &direct.ii, &direct.os, &direct.is };
  const igraph_vector_int_t *b[] = { &ref.from, &ref.to, &ref.oi,
                                     &ref.ii, &ref.os, &ref.is };
  if (direct.n != ref.n || direct.directed != ref.directed)
    g_error ("BRI_CHECK_IGRAPH: vertex count or direction differs");
  for (guint i = 0; i < G_N_ELEMENTS (a); i++)
    if (!igraph_vector_int_all_e (a[i], b[i]))
      g_error ("BRI_CHECK_IGRAPH: igraph_t vector %u differs from igraph_create's", i);
  igraph_destroy (&ref);
}
#endif

BriView *
bri__view_finish (BriView *view, GError **error)
{
  if (view->vertex_of == NULL)
    view_index_vertices (view);
  bri__igraph_enter ();
  igraph_error_t rc;
#ifdef BRI_IGRAPH_DIRECT
  if (igraph_layout_known () && edges_sorted (view))
    {
      rc = igraph_from_sorted_edges (view);
      if (rc == IGRAPH_SUCCESS)
        check_against_igraph_create (view);
    }
  else
#endif
    rc = igraph_from_ends (view);
  if (rc == IGRAPH_SUCCESS)
    view->has_igraph = TRUE;
  if (!bri__igraph_leave (rc, error))
    {
      bri__view_free (view);
      return NULL;
    }
  /* From here on the igraph_t holds the ends. */
  g_free (view->edges);
  view->edges = NULL;
  return view;
}

guint
bri__view_number_vertices (BriView *view, guint32 *map, guint n_ent)
{
  guint nv = 0;
  for (guint k = 0; k < n_ent; k++)
    if (map[k])
      map[k] = ++nv;
  view->n_vertices = nv;
  view->vertices = g_new (const BriEntity *, nv + 1);
  for (guint k = 0; k < n_ent; k++)
    if (map[k])
      view->vertices[map[k] - 1] = g_ptr_array_index (view->graph->entities, k);
  return nv;
}

void
bri__view_index_relations (BriView *view, const GPtrArray *rels)
{
  view->rel_start[view->n_edges] = rels->len;
  view->rel_index = g_new (guint32, rels->len + 1);
  for (guint j = 0; j < rels->len; j++)
    {
      const BriRelation *r = g_ptr_array_index (rels, j);
      view->rel_index[j] = r->index;  /* r is view->graph's own */
    }
  view->rel_index[rels->len] = 0;
}

/* ------------------------------------------------------------------ */
/* Plain views and roll-ups                                            */
/* ------------------------------------------------------------------ */

/* Reading each relation's end entities is the collection loop's cost: the
 * entities lie scattered over the heap, so without help every relation
 * waits for two cache misses in turn. Asking for the entities of a
 * relation some way ahead overlaps those misses. */
#define PREFETCH_AHEAD 32
#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch (p)
#else
#define PREFETCH(p) ((void) (p))
#endif

/* The plain builder's (pair key, relation index) records: packed into one
 * word, key << vbits | index, when the bits fit (S, M and L do: on L 20 +
 * 20 + 24 bits), which halves the sort's memory and traffic against a
 * 16-byte BriKeyed; else BriKeyed. */
typedef struct {
  guint64 *words;               /* NULL: keyed */
  BriKeyed *keyed;
  guint vbits;
} Records;

static inline void
records_set (Records *r, gsize j, guint64 key, guint32 index)
{
  if (r->words)
    r->words[j] = (key << r->vbits) | index;
  else
    r->keyed[j] = (BriKeyed){ key, index };
}

void
bri__view_mark_admitted (BriGraph *graph, const BriFilter *filter,
                         const BriViewOptions *options, guint32 *map)
{
  guint n_ent = bri_graph_get_n_entities (graph);
  for (guint i = 0; i < n_ent; i++)
    {
      const BriEntity *e = bri__view_end (options, bri_graph_get_entity (graph, i));
      if (bri_filter_accepts_entity (filter, e))
        map[e->index] = 1;
    }
}

BriView *
bri__view_build_plain (BriGraph *graph, const BriFilter *filter,
                       const BriViewOptions *options, gboolean directed,
                       GError **error)
{
  guint n_rel = bri_graph_get_n_relations (graph);
  guint n_ent = bri_graph_get_n_entities (graph);
  gboolean map_ends = options->rollup != NULL || options->group_of != NULL;
  gboolean check_kinds = bri_filter_get_n_entity_kinds (filter) > 0;
  gboolean check_relations = !bri__filter_admits_every_relation (filter);
  gboolean sum = options->weighting == BRI_EDGE_WEIGHT_SUM;
  guint shift = bri__bits_for (n_ent);

  /* 1. One (pair key, relation) per admitted relation, in graph order;
   * map[] marks the entities that end an edge. */
  Records rec = { NULL, NULL, bri__bits_for (n_rel) };
  /* BRI_WIDE_VIEW_RECORDS (a developer switch, read per view): the 16-byte
   * records even where words fit, so that tests can compare the two. */
  if (2 * shift + rec.vbits <= 64 && g_getenv ("BRI_WIDE_VIEW_RECORDS") == NULL)
    rec.words = g_new (guint64, n_rel + 1);
  else
    rec.keyed = g_new (BriKeyed, n_rel + 1);
  guint32 *map = g_new0 (guint32, n_ent + 1);
  gsize n = 0;
  for (guint i = 0; i < n_rel; i++)
    {
      /* The array directly: no argument checks per relation. */
      const BriRelation *r = g_ptr_array_index (graph->relations, i);
      if (i + PREFETCH_AHEAD < n_rel)
        {
          const BriRelation *ahead = g_ptr_array_index (graph->relations, i + PREFETCH_AHEAD);
          PREFETCH (&ahead->from->index);
          PREFETCH (&ahead->to->index);
        }
      if (check_relations && !bri_filter_accepts_relation (filter, r))
        continue;
      const BriEntity *a = r->from, *b = r->to;
      if (map_ends)
        {
          a = bri__view_end (options, a);
          b = bri__view_end (options, b);
        }
      if (a == b)
        continue;               /* a loop */
      if (check_kinds && (!bri_filter_accepts_entity (filter, a)
                          || !bri_filter_accepts_entity (filter, b)))
        continue;
      guint64 x = a->index, y = b->index;
      if (!directed && x > y)
        {
          guint64 t = x;
          x = y;
          y = t;
        }
      map[x] = map[y] = 1;
      records_set (&rec, n, (x << shift) | y, i);
      n++;
    }

  /* 2. Vertices: the marked entities in graph order. */
  if (options->keep_isolated)
    bri__view_mark_admitted (graph, filter, options, map);
  BriView *view = bri__view_alloc (graph, filter, options, directed);
  guint nv = bri__view_number_vertices (view, map, n_ent);

  /* 3. Sort by pair, stably: each pair's relations stay in graph order. */
  Records sorted = rec;
  gpointer tmp;
  if (rec.words)
    {
      tmp = g_new (guint64, n + 1);
      sorted.words = radix_sort_words (rec.words, tmp, n, rec.vbits, 2 * shift);
    }
  else
    {
      tmp = g_new (BriKeyed, n + 1);
      sorted.keyed = bri__radix_sort (rec.keyed, tmp, n, 2 * shift);
    }

  /* 4. One run-length pass: a run of equal keys is an edge. The loops
   * are instantiated per record type (KEY_AT, INDEX_AT): no branch on the
   * type per record. */
  guint ne = 0;
  guint e = 0;
  guint64 low = ((guint64) 1 << shift) - 1;
#define COUNT_RUNS(KEY_AT)                                                    \
  for (gsize j = 0; j < n; j++)                                               \
    if (j == 0 || KEY_AT (j) != KEY_AT (j - 1))                               \
      ne++;
#define EMIT_RUNS(KEY_AT, INDEX_AT)                                           \
  for (gsize j = 0; j < n; e++)                                               \
    {                                                                         \
      guint64 key = KEY_AT (j);                                               \
      gsize start = j;                                                        \
      double total = 0;                                                       \
      do                                                                      \
        {                                                                     \
          guint32 index = INDEX_AT (j);                                       \
          view->rel_index[j] = index;                                         \
          if (sum)                                                            \
            total += bri_relation_get_weight (                                \
              g_ptr_array_index (graph->relations, index));                   \
          j++;                                                                \
        }                                                                     \
      while (j < n && KEY_AT (j) == key);                                     \
      BriViewEdge *edge = &view->edges[e];                                    \
      edge->from = map[key >> shift] - 1;                                     \
      edge->to = map[key & low] - 1;                                          \
      view->rel_start[e] = start;                                             \
      view->weight[e] = sum ? total : (double) (j - start);                   \
    }
  guint64 vmask = ((guint64) 1 << rec.vbits) - 1;
#define WORD_KEY_AT(j) (sorted.words[j] >> rec.vbits)
#define WORD_INDEX_AT(j) ((guint32) (sorted.words[j] & vmask))
#define KEYED_KEY_AT(j) (sorted.keyed[j].key)
#define KEYED_INDEX_AT(j) ((guint32) sorted.keyed[j].value)
  if (sorted.words)
    {
      COUNT_RUNS (WORD_KEY_AT)
    }
  else
    {
      COUNT_RUNS (KEYED_KEY_AT)
    }
  view->n_edges = ne;
  view->edges = g_new (BriViewEdge, ne + 1);
  view->weight = g_new (double, ne + 1);
  view->rel_start = g_new (guint, ne + 1);
  view->rel_index = g_new (guint32, n + 1);
  if (sorted.words)
    {
      EMIT_RUNS (WORD_KEY_AT, WORD_INDEX_AT)
    }
  else
    {
      EMIT_RUNS (KEYED_KEY_AT, KEYED_INDEX_AT)
    }
#undef COUNT_RUNS
#undef EMIT_RUNS
#undef WORD_KEY_AT
#undef WORD_INDEX_AT
#undef KEYED_KEY_AT
#undef KEYED_INDEX_AT
  view->rel_start[ne] = n;
  view->rel_index[n] = 0;
  view->weight[ne] = 0;
  g_free (rec.words);
  g_free (rec.keyed);
  g_free (tmp);

  if (nv > 0 && map_worth_it (nv, n_ent))
    {
      view->vertex_of = map;
      view->n_vertex_of = n_ent;
    }
  else
    g_free (map);
  return bri__view_finish (view, error);
}

/* ------------------------------------------------------------------ */
/* Subviews                                                            */
/* ------------------------------------------------------------------ */

BriView *
bri__view_new_subset (const BriView *view, const gboolean *in, GError **error)
{
  BriView *sub = bri__view_alloc (view->graph, view->filter, view->options, view->directed);

  /* Vertices keep their order, so renumbering keeps the edges sorted. */
  guint *renum = g_new (guint, view->n_vertices + 1);
  guint nv = 0;
  for (guint v = 0; v < view->n_vertices; v++)
    if (in[v])
      renum[v] = nv++;
  sub->n_vertices = nv;
  sub->vertices = g_new (const BriEntity *, nv + 1);
  for (guint v = 0; v < view->n_vertices; v++)
    if (in[v])
      sub->vertices[renum[v]] = view->vertices[v];

  guint ne = 0;
  gsize n_rel = 0, n_items = 0;
  for (guint e = 0; e < view->n_edges; e++)
    if (in[bri__view_edge_from (view, e)] && in[bri__view_edge_to (view, e)])
      {
        ne++;
        n_rel += bri__view_edge_n_relations (view, e);
        if (view->item_start)
          n_items += view->item_start[e + 1] - view->item_start[e];
      }
  sub->n_edges = ne;
  sub->edges = g_new (BriViewEdge, ne + 1);
  sub->weight = g_new (double, ne + 1);
  sub->weight[ne] = 0;
  sub->rel_start = g_new (guint, ne + 1);
  sub->rel_index = g_new (guint32, n_rel + 1);
  if (view->item_start)
    {
      sub->item_start = g_new (guint, ne + 1);
      sub->items = g_new (const char *, n_items + 1);
      sub->item_labels = g_string_chunk_new (256);
    }
  guint k = 0;
  gsize r = 0, i = 0;
  for (guint e = 0; e < view->n_edges; e++)
    {
      guint from = bri__view_edge_from (view, e), to = bri__view_edge_to (view, e);
      if (!in[from] || !in[to])
        continue;
      BriViewEdge *out = &sub->edges[k];
      out->from = renum[from];
      out->to = renum[to];
      guint n = bri__view_edge_n_relations (view, e);
      sub->rel_start[k] = r;
      memcpy (sub->rel_index + r, view->rel_index + view->rel_start[e],
              n * sizeof *sub->rel_index);
      r += n;
      if (view->item_start)
        {
          sub->item_start[k] = i;
          for (guint j = view->item_start[e]; j < view->item_start[e + 1]; j++)
            sub->items[i++] = g_string_chunk_insert_const (sub->item_labels,
                                                           view->items[j]);
        }
      sub->weight[k] = view->weight[e];
      k++;
    }
  sub->rel_start[ne] = r;
  sub->rel_index[r] = 0;
  if (view->item_start)
    {
      sub->item_start[ne] = i;
      sub->items[i] = NULL;
    }
  g_free (renum);
  return bri__view_finish (sub, error);
}

/* ------------------------------------------------------------------ */
/* The undirected reading, for clustering                              */
/* ------------------------------------------------------------------ */

igraph_error_t
bri__view_undirected (const BriView *view, BriUndirected *out)
{
  memset (out, 0, sizeof *out);
  if (!view->directed)
    {
      /* Already simple and undirected: the view's own graph, as is. */
      out->graph = &view->igraph;
      out->weight = view->weight;
      return IGRAPH_SUCCESS;
    }

  /* a -> b and b -> a become the one pair (min, max): sort the pairs
   * (stably: a pair's edges stay in view order) and merge runs. */
  guint n = view->n_edges;
  guint shift = bri__bits_for (view->n_vertices);
  BriKeyed *pairs = g_new (BriKeyed, n + 1);
  BriKeyed *tmp = g_new (BriKeyed, n + 1);
  for (guint e = 0; e < n; e++)
    {
      guint64 from = bri__view_edge_from (view, e), to = bri__view_edge_to (view, e);
      guint64 a = MIN (from, to), b = MAX (from, to);
      pairs[e].key = (a << shift) | b;
      pairs[e].value = e;
    }
  BriKeyed *sorted = bri__radix_sort (pairs, tmp, n, 2 * shift);
  guint m = 0;
  for (guint j = 0; j < n; j++)
    if (j == 0 || sorted[j].key != sorted[j - 1].key)
      m++;

  igraph_vector_int_t ends;
  igraph_error_t rc = igraph_vector_int_init (&ends, 2 * (igraph_integer_t) m);
  if (rc != IGRAPH_SUCCESS)
    {
      g_free (pairs);
      g_free (tmp);
      return rc;
    }
  double *w = g_new (double, m + 1);
  w[m] = 0;                     /* never an empty buffer */
  guint64 low = ((guint64) 1 << shift) - 1;
  guint k = 0;
  for (guint j = 0; j < n; k++)
    {
      guint64 key = sorted[j].key;
      double total = view->weight[sorted[j].value];
      for (j++; j < n && sorted[j].key == key; j++)
        total += view->weight[sorted[j].value];
      VECTOR (ends)[2 * k] = key >> shift;
      VECTOR (ends)[2 * k + 1] = key & low;
      w[k] = total;
    }
  g_free (pairs);
  g_free (tmp);
  rc = igraph_create (&out->storage, &ends, view->n_vertices, IGRAPH_UNDIRECTED);
  igraph_vector_int_destroy (&ends);
  if (rc != IGRAPH_SUCCESS)
    {
      g_free (w);
      return rc;
    }
  out->graph = &out->storage;
  out->owns_graph = TRUE;
  out->weight = out->owned_weight = w;
  return IGRAPH_SUCCESS;
}

void
bri__view_undirected_clear (BriUndirected *u)
{
  if (u->owns_graph)
    igraph_destroy (&u->storage);
  g_free (u->owned_weight);
  memset (u, 0, sizeof *u);
}
