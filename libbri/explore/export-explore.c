/* libbri/explore/export-explore.c — owns the explorer page (bri/explore.h): the
 * page's data as JSON (json-glib), assembled with the page's template,
 * style and script and the inlined sigma.js and graphology from the
 * GResource compiled into libbri, written atomically. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <opencc/opencc.h>

#include <bri/bri.h>
#include "io/atomic-file.h"
#include "view/view-private.h"      /* the projection's meetings */
#include "libbri/explore-resources.h"   /* generated in the build tree */
#include <bri/explore.h>

struct _BriExploreOptions {
  BriMeasure measure;
  BriWeights weights;
  BriDrawColor color;
  guint64 seed;
  char *title;
  char *caption;
};

#define DEFAULT_TITLE "libbri explorer"
#define RESOURCE_PREFIX "/org/libbri/explore/"

BriExploreOptions *
bri_explore_options_new (void)
{
  BriExploreOptions *o = g_new0 (BriExploreOptions, 1);
  o->measure = BRI_MEASURE_DEGREE;
  o->weights = BRI_WEIGHTS_NONE;
  o->color = BRI_DRAW_COLOR_COMMUNITY;
  o->seed = 1;
  return o;
}

void
bri_explore_options_free (BriExploreOptions *options)
{
  if (!options)
    return;
  g_free (options->title);
  g_free (options->caption);
  g_free (options);
}

void
bri_explore_options_set_size_measure (BriExploreOptions *options, BriMeasure measure,
                                      BriWeights weights)
{
  g_return_if_fail (options != NULL);
  options->measure = measure;
  options->weights = weights;
}

void
bri_explore_options_set_color (BriExploreOptions *options, BriDrawColor color)
{
  g_return_if_fail (options != NULL);
  options->color = color;
}

void
bri_explore_options_set_seed (BriExploreOptions *options, guint64 seed)
{
  g_return_if_fail (options != NULL);
  options->seed = seed;
}

void
bri_explore_options_set_title (BriExploreOptions *options, const char *title)
{
  g_return_if_fail (options != NULL);
  g_free (options->title);
  options->title = g_strdup (title);
}

void
bri_explore_options_set_caption (BriExploreOptions *options, const char *caption)
{
  g_return_if_fail (options != NULL);
  g_free (options->caption);
  options->caption = g_strdup (caption);
}

/* ---- search keys ---- */

/* OpenCC's Simplified -> Traditional converter (s2t.json, beside the t2s
 * configuration libbri was built with), opened once; conversions are
 * serialised, as lookup.c's are. The page cannot run OpenCC, so each
 * Chinese name and alias goes into the page in Traditional too, and a
 * Traditional query then matches a name the data hold in Simplified. */
static GMutex s2t_lock;
static opencc_t s2t = (opencc_t) -1;
static gboolean s2t_tried;

/* Adds the Traditional form of @text to @keys when it differs. */
static void
add_traditional (GPtrArray *keys, const char *text)
{
  if (!text || g_str_is_ascii (text))
    return;
  g_mutex_lock (&s2t_lock);
  if (!s2t_tried)
    {
      g_autofree char *dir = g_path_get_dirname (BRI_OPENCC_T2S);
      g_autofree char *config = g_build_filename (dir, "s2t.json", NULL);
      s2t = opencc_open (config);
      s2t_tried = TRUE;
    }
  char *converted = s2t != (opencc_t) -1 ? opencc_convert_utf8 (s2t, text, strlen (text)) : NULL;
  if (converted && strcmp (converted, text) != 0)
    {
      gboolean seen = FALSE;
      for (guint i = 0; i < keys->len && !seen; i++)
        seen = strcmp (keys->pdata[i], converted) == 0;
      if (!seen)
        g_ptr_array_add (keys, g_strdup (converted));
    }
  if (converted)
    opencc_convert_utf8_free (converted);
  g_mutex_unlock (&s2t_lock);
}

/* ---- the data ---- */

static void
add_string (JsonBuilder *b, const char *name, const char *value)
{
  if (!value)
    return;
  json_builder_set_member_name (b, name);
  json_builder_add_string_value (b, value);
}

/* Each vertex's score rescaled to [0, 1] (NaN: 0), and its group. */
static gboolean
node_scores_and_groups (const BriView *view, const BriExploreOptions *o, double *score,
                        guint *group, GPtrArray *group_names, GError **error)
{
  guint n = bri_view_get_n_entities (view);
  g_autoptr (BriRanking) ranking = bri_view_centrality (view, o->measure, o->weights, error);
  if (!ranking)
    return FALSE;
  for (guint v = 0; v < n; v++)
    score[v] = NAN;
  for (guint i = 0; i < bri_ranking_get_n_items (ranking); i++)
    {
      gint v = bri_view_find_entity (view, bri_ranking_get_entity (ranking, i));
      if (v >= 0)
        score[v] = bri_ranking_get_score (ranking, i);
    }
  double lo = INFINITY, hi = -INFINITY;
  for (guint v = 0; v < n; v++)
    if (isfinite (score[v]))
      lo = MIN (lo, score[v]), hi = MAX (hi, score[v]);
  for (guint v = 0; v < n; v++)
    score[v] = !isfinite (score[v]) ? 0.0 : hi > lo ? (score[v] - lo) / (hi - lo) : 1.0;

  if (o->color == BRI_DRAW_COLOR_KIND)
    {
      /* Groups are the kinds, most frequent first (ties by name), so the
       * legend's colours go to the kinds that fill the picture. */
      g_autoptr (GHashTable) count = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint v = 0; v < n; v++)
        {
          const char *k = bri_entity_get_kind (bri_view_get_entity (view, v));
          g_hash_table_insert (count, (gpointer) k,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (count, k)) + 1));
        }
      g_autoptr (GPtrArray) kinds = g_ptr_array_new ();
      GHashTableIter it;
      gpointer key;
      g_hash_table_iter_init (&it, count);
      while (g_hash_table_iter_next (&it, &key, NULL))
        g_ptr_array_add (kinds, key);
      /* Sort by count, then name (insertion sort: kinds are few). */
      for (guint i = 1; i < kinds->len; i++)
        for (guint j = i; j > 0; j--)
          {
            const char *a = kinds->pdata[j - 1], *b = kinds->pdata[j];
            guint ca = GPOINTER_TO_UINT (g_hash_table_lookup (count, a));
            guint cb = GPOINTER_TO_UINT (g_hash_table_lookup (count, b));
            if (ca > cb || (ca == cb && strcmp (a, b) <= 0))
              break;
            kinds->pdata[j - 1] = (gpointer) b, kinds->pdata[j] = (gpointer) a;
          }
      g_autoptr (GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < kinds->len; i++)
        {
          g_hash_table_insert (index, kinds->pdata[i], GUINT_TO_POINTER (i));
          g_ptr_array_add (group_names, g_strdup (kinds->pdata[i]));
        }
      for (guint v = 0; v < n; v++)
        group[v] = GPOINTER_TO_UINT (g_hash_table_lookup (
          index, bri_entity_get_kind (bri_view_get_entity (view, v))));
      return TRUE;
    }

  g_autoptr (BriPartition) p
    = bri_view_is_directed (view)
        ? bri_view_label_propagation (view, BRI_WEIGHTS_STRENGTH, o->seed, error)
        : bri_view_louvain (view, BRI_WEIGHTS_STRENGTH, 1.0, o->seed, error);
  if (!p)
    return FALSE;
  /* Groups renumbered by size, largest first, so that the legend's twelve
   * colours go to the largest communities. */
  guint ng = bri_partition_get_n_groups (p);
  g_autofree guint *order = g_new (guint, ng + 1);
  g_autofree guint *rank = g_new (guint, ng + 1);
  for (guint g = 0; g < ng; g++)
    order[g] = g;
  for (guint i = 1; i < ng; i++)
    for (guint j = i; j > 0; j--)
      {
        guint a = order[j - 1], b = order[j];
        guint sa = bri_partition_get_group_size (p, a), sb = bri_partition_get_group_size (p, b);
        if (sa > sb || (sa == sb && a < b))
          break;
        order[j - 1] = b, order[j] = a;
      }
  for (guint g = 0; g < ng; g++)
    {
      rank[order[g]] = g;
      g_ptr_array_add (group_names, g_strdup_printf ("community %u", g + 1));
    }
  for (guint i = 0; i < bri_partition_get_n_entities (p); i++)
    {
      gint v = bri_view_find_entity (view, bri_partition_get_entity (p, i));
      if (v >= 0)
        group[v] = rank[bri_partition_get_group (p, i)];
    }
  return TRUE;
}

/* "m" of an edge of an actor projection: per item where its two actors
 * meet, the positions in "r" of each actor's relations to it, so that the
 * page's time window keeps the edge by the library's rule (a relation of
 * each side in the window, for one item), not by any one relation. */
static void
add_meetings (JsonBuilder *b, const BriView *view, guint e)
{
  g_autoptr (GPtrArray) meetings = bri__view_edge_meetings (view, e);
  json_builder_set_member_name (b, "m");
  json_builder_begin_array (b);
  for (guint i = 0; i < meetings->len; i++)
    {
      const BriMeeting *m = g_ptr_array_index (meetings, i);
      json_builder_begin_array (b);
      for (guint s = 0; s < 2; s++)
        {
          json_builder_begin_array (b);
          for (guint k = 0; k < m->side[s]->len; k++)
            json_builder_add_int_value (b, g_array_index (m->side[s], guint, k));
          json_builder_end_array (b);
        }
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
}

static int
cmp_strings (const void *a, const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static const char *
color_name (BriDrawColor color)
{
  return color == BRI_DRAW_COLOR_KIND ? "entity kind" : "community";
}

/* The page's data (see page.js for how each member is read). */
static char *
page_data (const BriView *view, const BriExploreOptions *o, const char *title,
           GError **error)
{
  BriGraph *graph = bri_view_get_graph (view);
  guint n = bri_view_get_n_entities (view), ne = bri_view_get_n_edges (view);
  g_autofree double *xy = g_new (double, 2 * (gsize) n + 1);
  g_autofree double *score = g_new (double, n + 1);
  g_autofree guint *group = g_new0 (guint, n + 1);
  g_autoptr (GPtrArray) group_names = g_ptr_array_new_with_free_func (g_free);
  if (n > 0)
    {
      if (!bri_view_layout (view, o->seed, xy, error))
        return NULL;
      if (!node_scores_and_groups (view, o, score, group, group_names, error))
        return NULL;
    }

  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  add_string (b, "title", title);
  add_string (b, "caption", o->caption ? o->caption : "");
  json_builder_set_member_name (b, "directed");
  json_builder_add_boolean_value (b, bri_view_is_directed (view));
  add_string (b, "size", bri_measure_get_name (o->measure));
  add_string (b, "color", color_name (o->color));
  json_builder_set_member_name (b, "groups");
  json_builder_begin_array (b);
  for (guint g = 0; g < group_names->len; g++)
    json_builder_add_string_value (b, group_names->pdata[g]);
  json_builder_end_array (b);

  json_builder_set_member_name (b, "nodes");
  json_builder_begin_array (b);
  for (guint v = 0; v < n; v++)
    {
      const BriEntity *e = bri_view_get_entity (view, v);
      json_builder_begin_object (b);
      add_string (b, "id", bri_entity_get_id (e));
      add_string (b, "kind", bri_entity_get_kind (e));
      add_string (b, "name", bri_entity_get_name (e));
      add_string (b, "name_zh", bri_entity_get_name_zh (e));
      json_builder_set_member_name (b, "aliases");
      json_builder_begin_array (b);
      for (guint a = 0; a < bri_entity_get_n_aliases (e); a++)
        json_builder_add_string_value (b, bri_entity_get_alias (e, a));
      json_builder_end_array (b);
      /* The Traditional forms of the Chinese names and aliases that the
       * entity does not already carry. */
      g_autoptr (GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
      add_traditional (keys, bri_entity_get_name_zh (e));
      for (guint a = 0; a < bri_entity_get_n_aliases (e); a++)
        add_traditional (keys, bri_entity_get_alias (e, a));
      json_builder_set_member_name (b, "keys");
      json_builder_begin_array (b);
      for (guint k = 0; k < keys->len; k++)
        {
          gboolean known = g_strcmp0 (keys->pdata[k], bri_entity_get_name_zh (e)) == 0;
          for (guint a = 0; a < bri_entity_get_n_aliases (e) && !known; a++)
            known = strcmp (keys->pdata[k], bri_entity_get_alias (e, a)) == 0;
          if (!known)
            json_builder_add_string_value (b, keys->pdata[k]);
        }
      json_builder_end_array (b);
      json_builder_set_member_name (b, "x");
      json_builder_add_double_value (b, xy[2 * v]);
      json_builder_set_member_name (b, "y");
      json_builder_add_double_value (b, xy[2 * v + 1]);
      json_builder_set_member_name (b, "score");
      json_builder_add_double_value (b, score[v]);
      json_builder_set_member_name (b, "group");
      json_builder_add_int_value (b, group[v]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  /* Edges refer to relations by their place in "relations", where each
   * relation is written once, in the order edges first name it. */
  gboolean projected = view->options->projection == BRI_PROJECTION_ACTORS;
  g_autoptr (GHashTable) rel_at = g_hash_table_new (NULL, NULL);
  g_autoptr (GPtrArray) rels = g_ptr_array_new ();
  json_builder_set_member_name (b, "edges");
  json_builder_begin_array (b);
  for (guint e = 0; e < ne; e++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "s");
      json_builder_add_int_value (b, bri_view_get_edge_from (view, e));
      json_builder_set_member_name (b, "t");
      json_builder_add_int_value (b, bri_view_get_edge_to (view, e));
      json_builder_set_member_name (b, "w");
      json_builder_add_double_value (b, bri_view_get_edge_weight (view, e));
      json_builder_set_member_name (b, "r");
      json_builder_begin_array (b);
      for (guint k = 0; k < bri_view_get_edge_n_relations (view, e); k++)
        {
          const BriRelation *r = bri_view_get_edge_relation (view, e, k);
          gpointer at;
          if (!g_hash_table_lookup_extended (rel_at, r, NULL, &at))
            {
              at = GUINT_TO_POINTER (rels->len);
              g_hash_table_insert (rel_at, (gpointer) r, at);
              g_ptr_array_add (rels, (gpointer) r);
            }
          json_builder_add_int_value (b, GPOINTER_TO_UINT (at));
        }
      json_builder_end_array (b);
      if (projected)
        add_meetings (b, view, e);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  /* Relations, each an array in the order of "relation_columns" (arrays
   * keep a page of 10,000 relations small and quick to parse), then the
   * titles of their sources and the names of their ends that are not
   * vertices (rolled up or projected away), and the months from the
   * earliest first day to the latest last day. */
  static const char *const columns[] = { "kind", "from", "to", "date", "end_date", "title",
                                         "source", "evidence", "confidence" };
  json_builder_set_member_name (b, "relation_columns");
  json_builder_begin_array (b);
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    json_builder_add_string_value (b, columns[c]);
  json_builder_end_array (b);
  BriDate first_all = BRI_DATE_UNSET, last_all = BRI_DATE_UNSET;
  g_autoptr (GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  json_builder_set_member_name (b, "relations");
  json_builder_begin_array (b);
  for (guint i = 0; i < rels->len; i++)
    {
      const BriRelation *r = rels->pdata[i];
      BriDate date = bri_relation_get_date (r), end = bri_relation_get_end_date (r);
      char dbuf[BRI_DATE_STRLEN], ebuf[BRI_DATE_STRLEN];
      const char *values[] = {
        bri_relation_get_kind (r), bri_relation_get_from_id (r), bri_relation_get_to_id (r),
        bri_date_is_set (date) ? bri_date_format (date, dbuf) : NULL,
        bri_date_is_set (end) ? bri_date_format (end, ebuf) : NULL,
        bri_relation_get_title (r), bri_relation_get_source (r), bri_relation_get_evidence (r),
      };
      json_builder_begin_array (b);
      for (guint c = 0; c < G_N_ELEMENTS (values); c++)
        {
          if (values[c])
            json_builder_add_string_value (b, values[c]);
          else
            json_builder_add_null_value (b);
        }
      json_builder_add_double_value (b, bri_relation_get_confidence (r));
      json_builder_end_array (b);
      if (bri_date_is_set (date))
        {
          BriDate first = bri_date_first_day (date);
          BriDate last = bri_date_last_day (bri_date_is_set (end) ? end : date);
          if (!bri_date_is_set (first_all) || bri_date_compare (first, first_all) < 0)
            first_all = first;
          if (!bri_date_is_set (last_all) || bri_date_compare (last, last_all) > 0)
            last_all = last;
        }
      const char *source = bri_relation_get_source (r);
      const BriSource *s = source ? bri_graph_lookup_source (graph, source) : NULL;
      if (s && bri_source_get_title (s))
        g_hash_table_insert (sources, (gpointer) source, (gpointer) bri_source_get_title (s));
      const BriEntity *ends[] = { bri_relation_get_from (r), bri_relation_get_to (r) };
      for (guint k = 0; k < 2; k++)
        if (ends[k] && bri_view_find_entity (view, ends[k]) < 0)
          g_hash_table_insert (names, (gpointer) bri_entity_get_id (ends[k]),
                               (gpointer) bri_entity_get_name (ends[k]));
    }
  json_builder_end_array (b);
  GHashTable *tables[] = { sources, names };
  const char *table_names[] = { "source_titles", "names" };
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      /* Sorted keys: the same view gives the same page. */
      g_autofree gpointer *keys = g_hash_table_get_keys_as_array (tables[t], NULL);
      qsort (keys, g_hash_table_size (tables[t]), sizeof *keys, cmp_strings);
      json_builder_set_member_name (b, table_names[t]);
      json_builder_begin_object (b);
      for (guint i = 0; i < g_hash_table_size (tables[t]); i++)
        add_string (b, keys[i], g_hash_table_lookup (tables[t], keys[i]));
      json_builder_end_object (b);
    }
  json_builder_set_member_name (b, "months");
  json_builder_begin_array (b);
  if (bri_date_is_set (first_all))
    for (guint y = first_all.year, m = first_all.month;
         y < last_all.year || (y == last_all.year && m <= last_all.month);
         m = m == 12 ? 1 : m + 1, y += m == 1)
      {
        char buf[16];
        g_snprintf (buf, sizeof buf, "%04u-%02u", y, m);
        json_builder_add_string_value (b, buf);
      }
  json_builder_end_array (b);
  json_builder_end_object (b);

  g_autoptr (JsonGenerator) gen = json_generator_new ();
  g_autoptr (JsonNode) root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  g_autofree char *json = json_generator_to_data (gen, NULL);
  /* `<` only occurs inside JSON strings, where \u003c means the same: no
   * name can then close the script element or open a comment. */
  GString *safe = g_string_sized_new (strlen (json) + 64);
  for (const char *p = json; *p; p++)
    {
      if (*p == '<')
        g_string_append (safe, "\\u003c");
      else
        g_string_append_c (safe, *p);
    }
  return g_string_free (safe, FALSE);
}

/* ---- the page ---- */

static GBytes *
resource (const char *name, GError **error)
{
  /* The compiled-in resource is set up on first use (built with
   * --manual-register: no constructor runs when libbri is loaded). */
  static gsize registered;
  if (g_once_init_enter (&registered))
    {
      bri_explore_register_resource ();
      g_once_init_leave (&registered, 1);
    }
  g_autofree char *path = g_strconcat (RESOURCE_PREFIX, name, NULL);
  GBytes *bytes = g_resource_lookup_data (bri_explore_get_resource (), path,
                                          G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (!bytes)
    g_set_error (error, BRI_ERROR, BRI_ERROR_FAILED,
                 "the explorer page's %s is missing from this build of libbri", name);
  return bytes;
}

static void
append_bytes (GString *out, GBytes *bytes)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  g_string_append_len (out, data, len);
}

/* Appends the template from @p up to @marker, then returns the text after
 * the marker (or NULL when the template lacks it). */
static const char *
copy_until (GString *out, const char *p, const char *marker)
{
  const char *at = strstr (p, marker);
  if (!at)
    return NULL;
  g_string_append_len (out, p, at - p);
  return at + strlen (marker);
}

gboolean
bri_view_explore (const BriView *view, const char *path, const BriExploreOptions *options,
                  GError **error)
{
  g_return_val_if_fail (view != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_autoptr (BriExploreOptions) defaults = options ? NULL : bri_explore_options_new ();
  const BriExploreOptions *o = options ? options : defaults;
  const char *title = o->title ? o->title : DEFAULT_TITLE;

  g_autoptr (GBytes) html = resource ("page.html", error);
  if (!html)
    return FALSE;
  g_autoptr (GBytes) css = resource ("page.css", error);
  if (!css)
    return FALSE;
  g_autoptr (GBytes) js = resource ("page.js", error);
  if (!js)
    return FALSE;
  g_autoptr (GBytes) graphology = resource ("graphology.umd.min.js", error);
  if (!graphology)
    return FALSE;
  g_autoptr (GBytes) sigma = resource ("sigma.min.js", error);
  if (!sigma)
    return FALSE;
  g_autofree char *data = page_data (view, o, title, error);
  if (!data)
    return FALSE;

  g_autofree char *title_html = g_markup_escape_text (title, -1);
  g_autofree char *caption_html = g_markup_escape_text (o->caption ? o->caption : "", -1);
  /* GResource data is NUL-terminated. */
  const char *p = g_bytes_get_data (html, NULL);
  g_autoptr (GString) out = g_string_sized_new (g_bytes_get_size (graphology)
                                                + g_bytes_get_size (sigma)
                                                + strlen (data) + 16384);
  const struct {
    const char *marker;
    const char *text;
    GBytes *bytes;
  } parts[] = {
    { "@TITLE@", title_html, NULL },
    { "@STYLE@", NULL, css },
    { "@TITLE@", title_html, NULL },
    { "@CAPTION@", caption_html, NULL },
    { "@DATA@", data, NULL },
  };
  for (guint i = 0; i < G_N_ELEMENTS (parts) && p; i++)
    {
      p = copy_until (out, p, parts[i].marker);
      if (p && parts[i].text)
        g_string_append (out, parts[i].text);
      else if (p)
        append_bytes (out, parts[i].bytes);
    }
  if (p)
    p = copy_until (out, p, "@SCRIPTS@");
  if (!p)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_FAILED,
                   "the explorer page's template in this build of libbri lacks a marker");
      return FALSE;
    }
  GBytes *scripts[] = { graphology, sigma, js };
  for (guint i = 0; i < G_N_ELEMENTS (scripts); i++)
    {
      g_string_append (out, "<script>\n");
      append_bytes (out, scripts[i]);
      g_string_append (out, "\n</script>\n");
    }
  g_string_append (out, p);
  return bri__atomic_write_file (path, out->str, out->len, error);
}
