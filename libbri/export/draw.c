/* libbri/export/draw.c — bri_view_draw(): a picture of a view through Graphviz's
 * library (cgraph to build the graph, gvLayout() to place it,
 * gvRenderData() to render it), written atomically. Node size by a
 * centrality, colour by community or kind, edge colour by relation kind,
 * English or Chinese labels in a CJK font. Graphviz's messages are caught
 * (agseterrf), never printed; its calls are serialised behind one lock. */
#include "config.h"
#include "export/export-common.h"
#include "io/atomic-file.h"

struct _BriDrawOptions {
  char *layout, *font;
  BriMeasure measure;
  BriWeights weights;
  BriRanking *ranking;          /* owned copy, nullable */
  BriDrawColor color;
  GHashTable *groups;           /* entity id -> group + 1, from a given partition */
  BriLabels labels;
  guint64 seed;
};

BriDrawOptions *
bri_draw_options_new (void)
{
  BriDrawOptions *o = g_new0 (BriDrawOptions, 1);
  o->layout = g_strdup ("sfdp");
  o->font = g_strdup ("WenQuanYi Zen Hei");
  o->measure = BRI_MEASURE_DEGREE;
  o->weights = BRI_WEIGHTS_NONE;
  o->color = BRI_DRAW_COLOR_COMMUNITY;
  o->labels = BRI_LABELS_EN;
  o->seed = 1;
  return o;
}

void
bri_draw_options_free (BriDrawOptions *options)
{
  if (!options)
    return;
  g_free (options->layout);
  g_free (options->font);
  bri_ranking_free (options->ranking);
  if (options->groups)
    g_hash_table_unref (options->groups);
  g_free (options);
}

void
bri_draw_options_set_layout (BriDrawOptions *options, const char *engine)
{
  g_return_if_fail (options != NULL && engine != NULL);
  g_free (options->layout);
  options->layout = g_strdup (engine);
}

void
bri_draw_options_set_size_measure (BriDrawOptions *options, BriMeasure measure,
                                   BriWeights weights)
{
  g_return_if_fail (options != NULL);
  options->measure = measure;
  options->weights = weights;
  g_clear_pointer (&options->ranking, bri_ranking_free);
}

void
bri_draw_options_set_size_ranking (BriDrawOptions *options, const BriRanking *ranking)
{
  g_return_if_fail (options != NULL);
  g_clear_pointer (&options->ranking, bri_ranking_free);
  if (ranking)
    options->ranking = bri_ranking_copy (ranking);
}

void
bri_draw_options_set_color (BriDrawOptions *options, BriDrawColor color)
{
  g_return_if_fail (options != NULL);
  options->color = color;
}

void
bri_draw_options_set_partition (BriDrawOptions *options, const BriPartition *partition)
{
  g_return_if_fail (options != NULL);
  g_clear_pointer (&options->groups, g_hash_table_unref);
  if (!partition)
    return;
  /* Partitions cannot be copied (no bri_partition_copy): keep the groups. */
  options->groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < bri_partition_get_n_entities (partition); i++)
    g_hash_table_insert (options->groups,
                         g_strdup (bri_entity_get_id (bri_partition_get_entity (partition, i))),
                         GUINT_TO_POINTER (bri_partition_get_group (partition, i) + 1));
}

void
bri_draw_options_set_labels (BriDrawOptions *options, BriLabels labels)
{
  g_return_if_fail (options != NULL);
  options->labels = labels;
}

void
bri_draw_options_set_font (BriDrawOptions *options, const char *font)
{
  g_return_if_fail (options != NULL && font != NULL);
  g_free (options->font);
  options->font = g_strdup (font);
}

void
bri_draw_options_set_seed (BriDrawOptions *options, guint64 seed)
{
  g_return_if_fail (options != NULL);
  options->seed = seed;
}

#ifdef HAVE_GVC
#include <gvc.h>


/* Qualitative palettes (ColorBrewer Set3-like fills, Dark2-like edges). */
static const char *const fills[] = {
  "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
  "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f",
};
static const char *const strokes[] = {
  "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02",
  "#a6761d", "#666666",
};

static gboolean
known_engine (const char *e)
{
  static const char *const engines[] = { "sfdp", "neato", "fdp", "dot", "circo", "twopi" };
  for (guint i = 0; i < G_N_ELEMENTS (engines); i++)
    if (strcmp (e, engines[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The index of @key in @seen, appended when new. */
static guint
index_of (GPtrArray *seen, const char *key)
{
  for (guint i = 0; i < seen->len; i++)
    if (strcmp (seen->pdata[i], key) == 0)
      return i;
  g_ptr_array_add (seen, (gpointer) key);
  return seen->len - 1;
}

static void
set (void *obj, const char *name, const char *value)
{
  agsafeset (obj, (char *) name, (char *) value, (char *) "");
}

gboolean
bri_view_draw (const BriView *view, const char *file, const BriDrawOptions *options,
               GError **error)
{
  g_return_val_if_fail (view != NULL && file != NULL, FALSE);
  g_autoptr (BriDrawOptions) defaults = NULL;
  if (!options)
    options = defaults = bri_draw_options_new ();
  const char *dot = strrchr (file, '.');
  g_autofree char *format = dot ? g_ascii_strdown (dot + 1, -1) : NULL;
  if (!format || (strcmp (format, "svg") && strcmp (format, "png") && strcmp (format, "pdf")))
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "%s: unknown picture format, expected a name ending in .svg, .png or .pdf",
                   file);
      return FALSE;
    }
  if (!known_engine (options->layout))
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "unknown layout engine '%s', expected sfdp, neato, fdp, dot, circo or twopi",
                   options->layout);
      return FALSE;
    }
  guint n = bri_view_get_n_entities (view);
  /* Sizes. */
  g_autoptr (BriRanking) computed = NULL;
  const BriRanking *ranking = options->ranking;
  if (!ranking)
    {
      computed = bri_view_centrality (view, options->measure, options->weights, error);
      if (!computed)
        return FALSE;
      ranking = computed;
    }
  g_autofree double *score = g_new (double, n + 1);
  double lo = INFINITY, hi = -INFINITY;
  /* bri_ranking_get_score_of() is O(n): map the ranking once. */
  for (guint v = 0; v < n; v++)
    score[v] = NAN;
  for (guint i = 0; i < bri_ranking_get_n_items (ranking); i++)
    {
      gint v = bri_view_find_entity (view, bri_ranking_get_entity (ranking, i));
      if (v >= 0)
        score[v] = bri_ranking_get_score (ranking, i);
    }
  for (guint v = 0; v < n; v++)
    {
      if (isfinite (score[v]))
        {
          lo = MIN (lo, score[v]);
          hi = MAX (hi, score[v]);
        }
    }
  /* Colours. */
  g_autofree guint *colour = g_new0 (guint, n + 1);
  g_autoptr (GPtrArray) kinds_seen = g_ptr_array_new ();
  if (options->color == BRI_DRAW_COLOR_COMMUNITY)
    {
      g_autoptr (BriPartition) p = NULL;
      if (!options->groups)
        {
          p = bri_view_is_directed (view)
                ? bri_view_label_propagation (view, BRI_WEIGHTS_STRENGTH, options->seed, error)
                : bri_view_louvain (view, BRI_WEIGHTS_STRENGTH, 1.0, options->seed, error);
          if (!p)
            return FALSE;
        }
      if (p)
        for (guint i = 0; i < bri_partition_get_n_entities (p); i++)
          {
            gint v = bri_view_find_entity (view, bri_partition_get_entity (p, i));
            if (v >= 0)
              colour[v] = bri_partition_get_group (p, i);
          }
      else
        for (guint v = 0; v < n; v++)
          colour[v] = GPOINTER_TO_UINT (g_hash_table_lookup (
            options->groups, bri_entity_get_id (bri_view_get_entity (view, v))));
    }
  else
    for (guint v = 0; v < n; v++)
      colour[v] = index_of (kinds_seen, bri_entity_get_kind (bri_view_get_entity (view, v)));

  bri__gv_enter ();
  /* One context for the life of the process: Graphviz 2.42's pango plugin
   * keeps a pointer into the font cache of the context that measured text
   * last, so a second context after gvFreeContext() reads freed memory
   * (valgrind shows it in textspan_size). */
  static GVC_t *gvc;
  if (!gvc)
    gvc = gvContext ();
  Agraph_t *g = agopen ((char *) "bri", bri_view_is_directed (view) ? Agdirected : Agundirected,
                        NULL);
  char buf[64];
  set (g, "outputorder", "edgesfirst");
  set (g, "overlap", "prism");
  set (g, "fontname", options->font);
  set (g, "bgcolor", "white");
  set (g, "pad", "0.4");
  set (g, "sep", "+6");
  g_snprintf (buf, sizeof buf, "%" G_GUINT64_FORMAT, options->seed);
  set (g, "start", buf);
  agattr (g, AGNODE, (char *) "shape", (char *) "circle");
  agattr (g, AGNODE, (char *) "style", (char *) "filled");
  agattr (g, AGNODE, (char *) "fixedsize", (char *) "shape");
  agattr (g, AGNODE, (char *) "fontname", options->font);
  agattr (g, AGNODE, (char *) "fontsize", (char *) "10");
  agattr (g, AGNODE, (char *) "color", (char *) "#555555");
  g_autofree Agnode_t **nodes = g_new0 (Agnode_t *, n + 1);
  for (guint v = 0; v < n; v++)
    {
      const BriEntity *ent = bri_view_get_entity (view, v);
      nodes[v] = agnode (g, (char *) bri_entity_get_id (ent), 1);
      set (nodes[v], "label", bri__export_label (ent, options->labels));
      set (nodes[v], "tooltip", bri_entity_get_id (ent));
      double rel = (isfinite (score[v]) && hi > lo) ? (score[v] - lo) / (hi - lo) : 0.0;
      g_ascii_formatd (buf, sizeof buf, "%.3f", 0.4 + 1.2 * sqrt (rel));
      set (nodes[v], "width", buf);
      set (nodes[v], "height", buf);
      set (nodes[v], "fillcolor", fills[colour[v] % G_N_ELEMENTS (fills)]);
    }
  g_autoptr (GPtrArray) rel_kinds = g_ptr_array_new ();
  for (guint e = 0; e < bri_view_get_n_edges (view); e++)
    {
      Agedge_t *edge = agedge (g, nodes[bri_view_get_edge_from (view, e)],
                               nodes[bri_view_get_edge_to (view, e)], NULL, 1);
      const char *kind = bri_relation_get_kind (bri_view_get_edge_relation (view, e, 0));
      set (edge, "color", strokes[index_of (rel_kinds, kind) % G_N_ELEMENTS (strokes)]);
      g_ascii_formatd (buf, sizeof buf, "%.2f",
                       0.6 + log1p (bri_view_get_edge_weight (view, e)));
      set (edge, "penwidth", buf);
      set (edge, "tooltip", kind);
    }
  gboolean ok = FALSE;
  char *data = NULL;
  unsigned int len = 0;
  if (gvLayout (gvc, g, options->layout) != 0)
    g_set_error (error, BRI_ERROR, BRI_ERROR_FAILED, "Graphviz could not lay the view out: %s",
                 *bri__gv_messages () ? bri__gv_messages () : "no message");
  else
    {
      if (gvRenderData (gvc, g, format, &data, &len) != 0 || !data)
        g_set_error (error, BRI_ERROR, BRI_ERROR_FAILED, "Graphviz could not render %s: %s",
                     format, *bri__gv_messages () ? bri__gv_messages () : "no message");
      else
        ok = TRUE;
      gvFreeLayout (gvc, g);
    }
  agclose (g);
  bri__gv_leave ();
  if (ok)
    ok = bri__atomic_write_file (file, data, len, error);
  if (data)
    gvFreeRenderData (data);
  return ok;
}

#else /* !HAVE_GVC */

gboolean
bri_view_draw (const BriView *view, const char *file, const BriDrawOptions *options,
               GError **error)
{
  g_return_val_if_fail (view != NULL && file != NULL, FALSE);
  g_set_error (error, BRI_ERROR, BRI_ERROR_FAILED,
               "libbri was built without Graphviz (libgvc): it cannot draw");
  return FALSE;
}

#endif
