/* tools/bri.c — the `bri` command-line tool: every question libbri answers,
 * one command away.
 *
 * It owns option parsing (one GOptionContext holding the global, filter and
 * command options; commands in their own files add their own groups),
 * loading the data sets (--data, else the bundled data), building the
 * filter and the view, the query commands (info … explain, validate) and
 * main. Output helpers are in tools/output.c; extract in
 * tools/cmd-extract.c; export and draw in tools/cmd-export.c. It uses the
 * public API only. Exit status: 0 success, 1 bad data or arguments, 2
 * usage. */
#include "bri-cli.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef BRI_PKGDATADIR
#define BRI_PKGDATADIR "/usr/local/share/libbri"
#endif
#ifndef BRI_SRCDATA
#define BRI_SRCDATA ""
#endif

/* ------------------------------------------------------------------ */
/* Options                                                             */
/* ------------------------------------------------------------------ */

gchar **opt_data;
gchar *opt_format;
static gchar *opt_kinds;
static gchar *opt_entity_kinds;
static gchar *opt_from;
static gchar *opt_to;
gchar **opt_source;
static double opt_min_confidence = -1;
static gchar *opt_project;
static gchar *opt_rollup;
gchar *opt_weights;
gboolean opt_weighted;
gchar *opt_measure;
static gint opt_top = -1;
static gboolean opt_all;
static gchar *opt_method;
gint64 opt_seed = 42;
static gint opt_depth = 1;
static gchar *opt_by;
gchar *opt_output;

static GOptionEntry global_entries[] = {
  { "data", 'd', 0, G_OPTION_ARG_FILENAME_ARRAY, &opt_data,
    "Load the data set in DIR (repeatable; default: the bundled data)", "DIR" },
  { "format", 'f', 0, G_OPTION_ARG_STRING, &opt_format,
    "Output format: table (default), csv or json; for export: graphml, gexf, "
    "json, dot, neo4j or graphframes", "FORMAT" },
  { NULL }
};

static GOptionEntry filter_entries[] = {
  { "kinds", 0, 0, G_OPTION_ARG_STRING, &opt_kinds,
    "Relation kinds to admit, comma-separated", "K,..." },
  { "entity-kinds", 0, 0, G_OPTION_ARG_STRING, &opt_entity_kinds,
    "Entity kinds to admit, comma-separated", "K,..." },
  { "from", 0, 0, G_OPTION_ARG_STRING, &opt_from,
    "First date of the time window (YYYY, YYYY-MM or YYYY-MM-DD)", "DATE" },
  { "to", 0, 0, G_OPTION_ARG_STRING, &opt_to,
    "Last date of the time window", "DATE" },
  { "source", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt_source,
    "Admit relations from this source only (repeatable, or comma-separated); "
    "extract: the source id written into the relations", "ID" },
  { "min-confidence", 0, 0, G_OPTION_ARG_DOUBLE, &opt_min_confidence,
    "Admit relations with at least this confidence (0..1)", "C" },
  { "project", 0, 0, G_OPTION_ARG_STRING, &opt_project,
    "Projection: actors (the actor-actor cooperation network)", "actors" },
  { "rollup", 0, 0, G_OPTION_ARG_STRING, &opt_rollup,
    "Roll entities up to their province or country", "province|country" },
  { "weights", 0, 0, G_OPTION_ARG_STRING, &opt_weights,
    "How measures read edge weights: none (default), strength or raw", "MODE" },
  { "weighted", 0, 0, G_OPTION_ARG_NONE, &opt_weighted,
    "Same as --weights strength", NULL },
  { NULL }
};

static GOptionEntry command_entries[] = {
  { "measure", 'm', 0, G_OPTION_ARG_STRING, &opt_measure,
    "centrality/timeline: degree, strength, betweenness, closeness, harmonic, "
    "eigenvector or pagerank", "M" },
  { "top", 'n', 0, G_OPTION_ARG_INT, &opt_top,
    "centrality/timeline: keep the N highest scores", "N" },
  { "all", 'a', 0, G_OPTION_ARG_NONE, &opt_all,
    "path: every shortest path, not just one", NULL },
  { "method", 0, 0, G_OPTION_ARG_STRING, &opt_method,
    "communities: louvain (default), leiden or label_propagation", "METHOD" },
  { "seed", 0, 0, G_OPTION_ARG_INT64, &opt_seed,
    "communities, export --with, draw: random seed (default 42)", "N" },
  { "depth", 'k', 0, G_OPTION_ARG_INT, &opt_depth,
    "ego: radius in hops (default 1)", "K" },
  { "by", 0, 0, G_OPTION_ARG_STRING, &opt_by,
    "timeline: month (default), quarter or year", "PERIOD" },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
    "extract, export, draw: the directory or file to write", "PATH" },
  { NULL }
};

/* ------------------------------------------------------------------ */
/* Loading, filters, views                                             */
/* ------------------------------------------------------------------ */

static const char *const bundled_parts[] = { "gazetteer", "seeds", "bri" };

static gboolean
has_data_files (const char *dir)
{
  static const char *const files[] = { "entities.csv", "relations.csv",
                                       "sources.csv", "kinds.csv" };
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *p = g_build_filename (dir, files[i], NULL);
      if (g_file_test (p, G_FILE_TEST_EXISTS))
        return TRUE;
    }
  return FALSE;
}

/* A directory laid out like the bundled data (gazetteer/, seeds/, bri/ and
 * no data file of its own) stands for its three data sets. */
static void
add_data_dir (GPtrArray *dirs, const char *dir)
{
  if (!has_data_files (dir))
    {
      gboolean layout = TRUE;
      for (guint i = 0; i < G_N_ELEMENTS (bundled_parts); i++)
        {
          g_autofree char *p = g_build_filename (dir, bundled_parts[i], NULL);
          layout = layout && g_file_test (p, G_FILE_TEST_IS_DIR);
        }
      if (layout)
        {
          for (guint i = 0; i < G_N_ELEMENTS (bundled_parts); i++)
            g_ptr_array_add (dirs, g_build_filename (dir, bundled_parts[i], NULL));
          return;
        }
    }
  g_ptr_array_add (dirs, g_strdup (dir));
}

const char *
bundled_dir (void)
{
  if (*BRI_SRCDATA && g_file_test (BRI_SRCDATA, G_FILE_TEST_IS_DIR))
    return BRI_SRCDATA;
  return BRI_PKGDATADIR;
}

BriGraph *
load_graph (GError **error)
{
  g_autoptr(GPtrArray) dirs = g_ptr_array_new_with_free_func (g_free);
  if (opt_data && opt_data[0])
    for (guint i = 0; opt_data[i]; i++)
      add_data_dir (dirs, opt_data[i]);
  else
    for (guint i = 0; i < G_N_ELEMENTS (bundled_parts); i++)
      g_ptr_array_add (dirs, g_build_filename (bundled_dir (), bundled_parts[i], NULL));
  g_autoptr(BriGraph) g = bri_graph_new ();
  for (guint i = 0; i < dirs->len; i++)
    {
      if (dirs->len > 1)
        progress_begin ("loading %s (%u/%u)", (char *) dirs->pdata[i], i + 1, dirs->len);
      else
        progress_begin ("loading %s", (char *) dirs->pdata[i]);
      if (!bri_graph_load_dir (g, dirs->pdata[i], error))
        {
          progress_end ();
          return NULL;
        }
    }
  progress_end ();
  return g_steal_pointer (&g);
}

static void
add_list (GPtrArray *out, const char *text)
{
  g_auto (GStrv) parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i]; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i])
        g_ptr_array_add (out, g_strdup (parts[i]));
    }
}

gboolean
parse_weights (BriWeights *w, GError **error)
{
  *w = opt_weighted ? BRI_WEIGHTS_STRENGTH : BRI_WEIGHTS_NONE;
  if (!opt_weights)
    return TRUE;
  if (g_str_equal (opt_weights, "none"))
    *w = BRI_WEIGHTS_NONE;
  else if (g_str_equal (opt_weights, "strength"))
    *w = BRI_WEIGHTS_STRENGTH;
  else if (g_str_equal (opt_weights, "raw"))
    *w = BRI_WEIGHTS_RAW;
  else
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "--weights: unknown mode '%s', expected none, strength or raw",
                   opt_weights);
      return FALSE;
    }
  if (opt_weighted && *w != BRI_WEIGHTS_STRENGTH)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "--weighted contradicts --weights %s", opt_weights);
      return FALSE;
    }
  return TRUE;
}

BriFilter *
build_filter (BriGraph *graph, GError **error)
{
  g_autoptr(BriFilter) f = bri_filter_new ();
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);
  if (opt_kinds)
    {
      add_list (list, opt_kinds);
      for (guint i = 0; i < list->len; i++)
        bri_filter_add_relation_kind (f, list->pdata[i]);
      g_ptr_array_set_size (list, 0);
    }
  if (opt_entity_kinds)
    {
      add_list (list, opt_entity_kinds);
      for (guint i = 0; i < list->len; i++)
        bri_filter_add_entity_kind (f, list->pdata[i]);
      g_ptr_array_set_size (list, 0);
    }
  BriDate from = BRI_DATE_UNSET, to = BRI_DATE_UNSET;
  if (opt_from && !bri_date_parse (opt_from, &from, error))
    {
      g_prefix_error (error, "--from: ");
      return NULL;
    }
  if (opt_to && !bri_date_parse (opt_to, &to, error))
    {
      g_prefix_error (error, "--to: ");
      return NULL;
    }
  bri_filter_set_window (f, from, to);
  if (opt_source)
    {
      for (guint i = 0; opt_source[i]; i++)
        add_list (list, opt_source[i]);
      for (guint i = 0; i < list->len; i++)
        {
          if (!bri_graph_lookup_source (graph, list->pdata[i]))
            {
              g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
                           "--source: unknown source '%s'", (char *) list->pdata[i]);
              return NULL;
            }
          bri_filter_add_source (f, list->pdata[i]);
        }
    }
  if (opt_min_confidence != -1)
    {
      if (!(opt_min_confidence >= 0 && opt_min_confidence <= 1))
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                       "--min-confidence: %g is out of range, expected 0..1",
                       opt_min_confidence);
          return NULL;
        }
      bri_filter_set_min_confidence (f, opt_min_confidence);
    }
  if (!bri_filter_check (f, graph, error))
    return NULL;
  return g_steal_pointer (&f);
}

BriViewOptions *
build_options (gboolean undirected, GError **error)
{
  g_autoptr(BriViewOptions) o = bri_view_options_new ();
  if (opt_project)
    {
      if (!g_str_equal (opt_project, "actors"))
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                       "--project: unknown projection '%s', expected actors", opt_project);
          return NULL;
        }
      bri_view_options_set_projection (o, BRI_PROJECTION_ACTORS);
    }
  if (opt_rollup)
    {
      if (!g_str_equal (opt_rollup, "province") && !g_str_equal (opt_rollup, "country"))
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                       "--rollup: unknown level '%s', expected province or country",
                       opt_rollup);
          return NULL;
        }
      bri_view_options_set_rollup (o, opt_rollup);
    }
  if (undirected)
    bri_view_options_set_direction (o, BRI_DIRECTION_UNDIRECTED);
  return g_steal_pointer (&o);
}

BriView *
build_view (BriGraph *graph, gboolean undirected, GError **error)
{
  g_autoptr(BriFilter) f = build_filter (graph, error);
  if (!f)
    return NULL;
  g_autoptr(BriViewOptions) o = build_options (undirected, error);
  if (!o)
    return NULL;
  progress_begin ("building the view");
  BriView *v = bri_view_new (graph, f, o, error);
  progress_end ();
  return v;
}

gboolean
view_is_default (void)
{
  return !opt_kinds && !opt_entity_kinds && !opt_from && !opt_to && !opt_source
         && opt_min_confidence == -1 && !opt_project && !opt_rollup;
}

/* Resolves @name and checks the entity is in @view. */
static const BriEntity *
resolve_in_view (BriGraph *graph, BriView *view, const char *name, GError **error)
{
  const BriEntity *e = bri_graph_resolve (graph, name, error);
  if (!e)
    return NULL;
  if (view && bri_view_find_entity (view, e) < 0)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
                   "%s (%s) has no relation in the chosen view",
                   bri_entity_get_id (e), bri_entity_get_name (e));
      return NULL;
    }
  return e;
}

/* ------------------------------------------------------------------ */
/* Rankings                                                            */
/* ------------------------------------------------------------------ */

static void
print_ranking (const BriRanking *rk, guint top)
{
  guint n = bri_ranking_get_n_items (rk);
  if (top > 0 && top < n)
    n = top;
  if (format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      json_builder_begin_array (b);
      for (guint i = 0; i < n; i++)
        {
          json_builder_begin_object (b);
          json_member_int (b, "rank", i + 1);
          json_entity_fields (b, bri_ranking_get_entity (rk, i));
          json_member_double (b, "score", bri_ranking_get_score (rk, i));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_print (b);
      return;
    }
  g_autoptr(Table) t = table_new ("rank", "id", "name", "name_zh", "kind", "score", NULL);
  for (guint i = 0; i < n; i++)
    {
      const BriEntity *e = bri_ranking_get_entity (rk, i);
      g_autofree char *rank = g_strdup_printf ("%u", i + 1);
      g_autofree char *score = fmt_score (bri_ranking_get_score (rk, i));
      table_add (t, rank, bri_entity_get_id (e), bri_entity_get_name (e),
                 bri_entity_get_name_zh (e), bri_entity_get_kind (e), score);
    }
  table_print (t);
}

gboolean
parse_measure (BriMeasure *m, GError **error)
{
  const char *name = opt_measure ? opt_measure : "degree";
  if (!bri_measure_from_name (name, m))
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "--measure: unknown measure '%s', expected degree, strength, "
                   "betweenness, closeness, harmonic, eigenvector or pagerank", name);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Commands                                                            */
/* ------------------------------------------------------------------ */

static int
cmd_info (BriGraph *g, int argc, char **argv)
{
  (void) argc, (void) argv;
  guint ne = bri_graph_get_n_entities (g), nr = bri_graph_get_n_relations (g);
  g_autoptr(GHashTable) ek = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) rk = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) rs = g_hash_table_new (g_str_hash, g_str_equal);
  BriDate first = BRI_DATE_UNSET, last = BRI_DATE_UNSET;
  guint undated = 0;
  for (guint i = 0; i < ne; i++)
    {
      const char *k = bri_entity_get_kind (bri_graph_get_entity (g, i));
      g_hash_table_insert (ek, (gpointer) k,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (ek, k)) + 1));
    }
  for (guint i = 0; i < nr; i++)
    {
      const BriRelation *r = bri_graph_get_relation (g, i);
      const char *k = bri_relation_get_kind (r);
      g_hash_table_insert (rk, (gpointer) k,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (rk, k)) + 1));
      const char *s = bri_relation_get_source (r);
      if (s)
        g_hash_table_insert (rs, (gpointer) s,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (rs, s)) + 1));
      BriDate d = bri_relation_get_date (r);
      if (!bri_date_is_set (d))
        {
          undated++;
          continue;
        }
      BriDate lo = bri_date_first_day (d);
      BriDate end = bri_relation_get_end_date (r);
      BriDate hi = bri_date_last_day (bri_date_is_set (end) ? end : d);
      if (!bri_date_is_set (first) || bri_date_compare (lo, first) < 0)
        first = lo;
      if (!bri_date_is_set (last) || bri_date_compare (hi, last) > 0)
        last = hi;
    }
  g_autoptr(GList) ekeys = g_list_sort (g_hash_table_get_keys (ek), (GCompareFunc) strcmp);
  g_autoptr(GList) rkeys = g_list_sort (g_hash_table_get_keys (rk), (GCompareFunc) strcmp);
  g_autofree char *dfirst = fmt_date (first), *dlast = fmt_date (last);

  if (format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      json_builder_begin_object (b);
      json_member_int (b, "entities", ne);
      json_member_int (b, "relations", nr);
      json_member_int (b, "sources", bri_graph_get_n_sources (g));
      json_builder_set_member_name (b, "entities_by_kind");
      json_builder_begin_object (b);
      for (GList *l = ekeys; l; l = l->next)
        json_member_int (b, l->data, GPOINTER_TO_UINT (g_hash_table_lookup (ek, l->data)));
      json_builder_end_object (b);
      json_builder_set_member_name (b, "relations_by_kind");
      json_builder_begin_object (b);
      for (GList *l = rkeys; l; l = l->next)
        json_member_int (b, l->data, GPOINTER_TO_UINT (g_hash_table_lookup (rk, l->data)));
      json_builder_end_object (b);
      json_builder_set_member_name (b, "dates");
      json_builder_begin_object (b);
      json_member_string (b, "first", *dfirst ? dfirst : NULL);
      json_member_string (b, "last", *dlast ? dlast : NULL);
      json_member_int (b, "undated_relations", undated);
      json_builder_end_object (b);
      json_builder_set_member_name (b, "source_list");
      json_builder_begin_array (b);
      for (guint i = 0; i < bri_graph_get_n_sources (g); i++)
        {
          const BriSource *s = bri_graph_get_source (g, i);
          g_autofree char *sd = fmt_date (bri_source_get_date (s));
          json_builder_begin_object (b);
          json_member_string (b, "id", bri_source_get_id (s));
          json_member_string (b, "title", bri_source_get_title (s));
          json_member_string (b, "publisher", bri_source_get_publisher (s));
          json_member_string (b, "date", *sd ? sd : NULL);
          json_member_string (b, "language", bri_source_get_language (s));
          json_member_int (b, "relations",
                           GPOINTER_TO_UINT (g_hash_table_lookup (rs, bri_source_get_id (s))));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      json_print (b);
      return 0;
    }

  g_autoptr(Table) t = table_new ("section", "name", "value", NULL);
  g_autofree char *sne = g_strdup_printf ("%u", ne), *snr = g_strdup_printf ("%u", nr);
  g_autofree char *sns = g_strdup_printf ("%u", bri_graph_get_n_sources (g));
  g_autofree char *sund = g_strdup_printf ("%u", undated);
  table_add (t, "total", "entities", sne);
  table_add (t, "total", "relations", snr);
  table_add (t, "total", "sources", sns);
  for (GList *l = ekeys; l; l = l->next)
    {
      g_autofree char *v = g_strdup_printf ("%u", GPOINTER_TO_UINT (g_hash_table_lookup (ek, l->data)));
      table_add (t, "entity kind", l->data, v);
    }
  for (GList *l = rkeys; l; l = l->next)
    {
      g_autofree char *v = g_strdup_printf ("%u", GPOINTER_TO_UINT (g_hash_table_lookup (rk, l->data)));
      table_add (t, "relation kind", l->data, v);
    }
  table_add (t, "dates", "first", dfirst);
  table_add (t, "dates", "last", dlast);
  table_add (t, "dates", "undated relations", sund);
  for (guint i = 0; i < bri_graph_get_n_sources (g); i++)
    {
      const BriSource *s = bri_graph_get_source (g, i);
      g_autofree char *v = g_strdup_printf (
        "%u relations", GPOINTER_TO_UINT (g_hash_table_lookup (rs, bri_source_get_id (s))));
      table_add (t, "source", bri_source_get_id (s), v);
    }
  table_print (t);
  return 0;
}

static int
cmd_find (BriGraph *g, int argc, char **argv)
{
  if (argc < 1)
    return fail (EXIT_USAGE, "usage: bri find NAME");
  /* `bri find Central Asia` means the name "Central Asia". */
  g_autofree char *joined = g_strjoinv (" ", argv);
  argv[0] = joined;
  g_autoptr(GPtrArray) found = bri_graph_find (g, joined);
  if (found->len == 0)
    {
      g_autoptr(GError) error = NULL;
      if (!bri_graph_resolve (g, argv[0], &error))
        return fail_error (error);
      return fail (EXIT_DATA, "no entity named '%s'", argv[0]);
    }
  if (format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      json_builder_begin_array (b);
      for (guint i = 0; i < found->len; i++)
        {
          const BriEntity *e = found->pdata[i];
          json_builder_begin_object (b);
          json_entity_fields (b, e);
          json_member_string (b, "code", bri_entity_get_code (e));
          json_member_string (b, "parent", bri_entity_get_parent_id (e));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_print (b);
      return 0;
    }
  g_autoptr(Table) t = table_new ("id", "kind", "name", "name_zh", "parent", NULL);
  for (guint i = 0; i < found->len; i++)
    {
      const BriEntity *e = found->pdata[i];
      table_add (t, bri_entity_get_id (e), bri_entity_get_kind (e), bri_entity_get_name (e),
                 bri_entity_get_name_zh (e), bri_entity_get_parent_id (e));
    }
  table_print (t);
  return 0;
}

static int
cmd_centrality (BriGraph *g, int argc, char **argv)
{
  (void) argv;
  if (argc != 0)
    return fail (EXIT_USAGE, "usage: bri centrality [--measure M] [--top N]");
  g_autoptr(GError) error = NULL;
  BriMeasure m;
  BriWeights w;
  if (!parse_measure (&m, &error) || !parse_weights (&w, &error))
    return fail_error (error);
  g_autoptr(BriView) view = build_view (g, FALSE, &error);
  if (!view)
    return fail_error (error);
  progress_begin ("%s on %u entities and %u edges", bri_measure_get_name (m),
                  bri_view_get_n_entities (view), bri_view_get_n_edges (view));
  g_autoptr(BriRanking) rk = bri_view_centrality (view, m, w, &error);
  progress_end ();
  if (!rk)
    return fail_error (error);
  print_ranking (rk, opt_top > 0 ? (guint) opt_top : 0);
  return 0;
}

/* One path as JSON: entities (ids), hops, vias, length. */
static void
json_path (JsonBuilder *b, const BriPath *p)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "entities");
  json_builder_begin_array (b);
  for (guint i = 0; i < bri_path_get_n_entities (p); i++)
    json_builder_add_string_value (b, bri_entity_get_id (bri_path_get_entity (p, i)));
  json_builder_end_array (b);
  json_builder_set_member_name (b, "hops");
  json_builder_begin_array (b);
  for (guint h = 0; h < bri_path_get_n_hops (p); h++)
    {
      const BriRelation *r0 = bri_path_get_hop_relation (p, h, 0);
      g_autofree char *date = fmt_date (bri_relation_get_date (r0));
      json_builder_begin_object (b);
      json_member_string (b, "from", bri_entity_get_id (bri_path_get_entity (p, h)));
      json_member_string (b, "to", bri_entity_get_id (bri_path_get_entity (p, h + 1)));
      json_member_string (b, "kind", bri_relation_get_kind (r0));
      json_member_string (b, "date", *date ? date : NULL);
      json_member_string (b, "source", bri_relation_get_source (r0));
      json_member_string (b, "evidence", bri_relation_get_evidence (r0));
      json_member_string (b, "via", bri_relation_get_via_id (r0));
      json_member_double (b, "weight", bri_path_get_hop_weight (p, h));
      json_builder_set_member_name (b, "relations");
      json_builder_begin_array (b);
      for (guint i = 0; i < bri_path_get_hop_n_relations (p, h); i++)
        json_relation (b, bri_path_get_hop_relation (p, h, i));
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "vias");
  json_builder_begin_array (b);
  for (guint i = 0; i < bri_path_get_n_vias (p); i++)
    json_builder_add_string_value (b, bri_entity_get_id (bri_path_get_via (p, i)));
  json_builder_end_array (b);
  json_member_double (b, "length", bri_path_get_length (p));
  json_builder_end_object (b);
}

/* Rows: one per relation behind each hop. */
static void
table_path (Table *t, const BriPath *p, guint number)
{
  g_autofree char *num = g_strdup_printf ("%u", number);
  for (guint h = 0; h < bri_path_get_n_hops (p); h++)
    {
      g_autofree char *hop = g_strdup_printf ("%u", h + 1);
      const BriEntity *a = bri_path_get_entity (p, h), *z = bri_path_get_entity (p, h + 1);
      for (guint i = 0; i < bri_path_get_hop_n_relations (p, h); i++)
        {
          const BriRelation *r = bri_path_get_hop_relation (p, h, i);
          g_autofree char *date = fmt_date (bri_relation_get_date (r));
          table_add (t, num, hop, bri_entity_get_id (a), bri_entity_get_id (z),
                     bri_relation_get_kind (r), date, bri_relation_get_via_id (r),
                     bri_relation_get_source (r), bri_relation_get_evidence (r));
        }
    }
}

static int
print_paths (const BriPath *one, const BriPathList *list)
{
  if (format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      if (one)
        json_path (b, one);
      else
        {
          json_builder_begin_array (b);
          for (guint i = 0; i < bri_path_list_get_n_paths (list); i++)
            json_path (b, bri_path_list_get_path (list, i));
          json_builder_end_array (b);
        }
      json_print (b);
      return 0;
    }
  g_autoptr(Table) t = table_new ("path", "hop", "from", "to", "kind", "date", "via",
                                  "source", "evidence", NULL);
  if (one)
    table_path (t, one, 1);
  else
    for (guint i = 0; i < bri_path_list_get_n_paths (list); i++)
      table_path (t, bri_path_list_get_path (list, i), i + 1);
  table_print (t);
  return 0;
}

static int
cmd_path (BriGraph *g, int argc, char **argv)
{
  if (argc != 2)
    return fail (EXIT_USAGE, "usage: bri path FROM TO [--weighted] [--all]");
  g_autoptr(GError) error = NULL;
  BriWeights w;
  if (!parse_weights (&w, &error))
    return fail_error (error);
  g_autoptr(BriView) view = build_view (g, FALSE, &error);
  if (!view)
    return fail_error (error);
  const BriEntity *a = resolve_in_view (g, view, argv[0], &error);
  if (!a)
    return fail_error (error);
  const BriEntity *z = resolve_in_view (g, view, argv[1], &error);
  if (!z)
    return fail_error (error);
  if (opt_all)
    {
      g_autoptr(BriPathList) list = bri_view_all_shortest_paths (view, a, z, w, &error);
      if (!list)
        return fail_error (error);
      return print_paths (NULL, list);
    }
  g_autoptr(BriPath) p = bri_view_shortest_path (view, a, z, w, &error);
  if (!p)
    return fail_error (error);
  return print_paths (p, NULL);
}

static int
cmd_routes (BriGraph *g, int argc, char **argv)
{
  if (argc != 2)
    return fail (EXIT_USAGE, "usage: bri routes FROM TO");
  g_autoptr(GError) error = NULL;
  BriWeights w;
  if (!parse_weights (&w, &error))
    return fail_error (error);
  g_autoptr(BriView) view = build_view (g, FALSE, &error);
  if (!view)
    return fail_error (error);
  const BriEntity *a = bri_graph_resolve (g, argv[0], &error);
  if (!a)
    return fail_error (error);
  const BriEntity *z = bri_graph_resolve (g, argv[1], &error);
  if (!z)
    return fail_error (error);
  g_autoptr(BriPathList) list = bri_view_freight_routes (view, a, z, w, &error);
  if (!list)
    return fail_error (error);
  if (format == FMT_JSON)
    return print_paths (NULL, list);
  g_autoptr(Table) t = table_new ("route", "stops", "via", "hops", NULL);
  for (guint i = 0; i < bri_path_list_get_n_paths (list); i++)
    {
      const BriPath *p = bri_path_list_get_path (list, i);
      GString *stops = g_string_new (NULL), *vias = g_string_new (NULL);
      for (guint k = 0; k < bri_path_get_n_entities (p); k++)
        g_string_append_printf (stops, "%s%s", k ? " > " : "",
                                bri_entity_get_id (bri_path_get_entity (p, k)));
      for (guint k = 0; k < bri_path_get_n_vias (p); k++)
        g_string_append_printf (vias, "%s%s", k ? " " : "",
                                bri_entity_get_id (bri_path_get_via (p, k)));
      g_autofree char *num = g_strdup_printf ("%u", i + 1);
      g_autofree char *hops = g_strdup_printf ("%u", bri_path_get_n_hops (p));
      table_add (t, num, stops->str, vias->str, hops);
      g_string_free (stops, TRUE);
      g_string_free (vias, TRUE);
    }
  table_print (t);
  return 0;
}

static int
cmd_communities (BriGraph *g, int argc, char **argv)
{
  (void) argv;
  if (argc != 0)
    return fail (EXIT_USAGE, "usage: bri communities [--method METHOD] [--seed N]");
  g_autoptr(GError) error = NULL;
  BriWeights w;
  if (!parse_weights (&w, &error))
    return fail_error (error);
  const char *method = opt_method ? opt_method : "louvain";
  if (!g_str_equal (method, "louvain") && !g_str_equal (method, "leiden")
      && !g_str_equal (method, "label_propagation"))
    return fail (EXIT_DATA, "--method: unknown method '%s', expected louvain, leiden "
                 "or label_propagation", method);
  g_autoptr(BriView) view = build_view (g, TRUE, &error);
  if (!view)
    return fail_error (error);
  g_autoptr(BriPartition) part = NULL;
  if (g_str_equal (method, "louvain"))
    part = bri_view_louvain (view, w, 1.0, (guint64) opt_seed, &error);
  else if (g_str_equal (method, "leiden"))
    part = bri_view_leiden (view, w, 1.0, (guint64) opt_seed, &error);
  else
    part = bri_view_label_propagation (view, w, (guint64) opt_seed, &error);
  if (!part)
    return fail_error (error);
  guint n = bri_partition_get_n_entities (part), ng = bri_partition_get_n_groups (part);
  if (format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      json_builder_begin_object (b);
      json_member_string (b, "method", method);
      json_member_double (b, "modularity", bri_partition_get_modularity (part));
      json_builder_set_member_name (b, "communities");
      json_builder_begin_array (b);
      for (guint c = 0; c < ng; c++)
        {
          json_builder_begin_array (b);
          for (guint i = 0; i < n; i++)
            if (bri_partition_get_group (part, i) == c)
              json_builder_add_string_value (b, bri_entity_get_id (bri_partition_get_entity (part, i)));
          json_builder_end_array (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      json_print (b);
      return 0;
    }
  if (format == FMT_TABLE)
    {
      g_autofree char *q = fmt_score (bri_partition_get_modularity (part));
      printf ("# %s: %u communities, modularity %s\n", method, ng, q);
    }
  g_autoptr(Table) t = table_new ("community", "id", "name", "name_zh", "kind", NULL);
  for (guint c = 0; c < ng; c++)
    {
      g_autofree char *num = g_strdup_printf ("%u", c + 1);
      for (guint i = 0; i < n; i++)
        if (bri_partition_get_group (part, i) == c)
          {
            const BriEntity *e = bri_partition_get_entity (part, i);
            table_add (t, num, bri_entity_get_id (e), bri_entity_get_name (e),
                       bri_entity_get_name_zh (e), bri_entity_get_kind (e));
          }
    }
  table_print (t);
  return 0;
}

static int
cmd_clustering (BriGraph *g, int argc, char **argv)
{
  (void) argv;
  if (argc != 0)
    return fail (EXIT_USAGE, "usage: bri clustering [--top N]");
  g_autoptr(GError) error = NULL;
  BriWeights w;
  if (!parse_weights (&w, &error))
    return fail_error (error);
  g_autoptr(BriView) view = build_view (g, FALSE, &error);
  if (!view)
    return fail_error (error);
  double trans, avg, avg0;
  if (!bri_view_transitivity (view, &trans, &error)
      || !bri_view_average_clustering (view, FALSE, &avg, &error)
      || !bri_view_average_clustering (view, TRUE, &avg0, &error))
    return fail_error (error);
  g_autoptr(BriRanking) local = bri_view_local_clustering (view, w, FALSE, &error);
  if (!local)
    return fail_error (error);
  guint n = bri_ranking_get_n_items (local);
  if (opt_top > 0 && (guint) opt_top < n)
    n = opt_top;
  if (format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      json_builder_begin_object (b);
      json_member_double (b, "transitivity", trans);
      json_member_double (b, "average_clustering", avg);
      json_member_double (b, "average_clustering_zero", avg0);
      json_builder_set_member_name (b, "local");
      json_builder_begin_array (b);
      for (guint i = 0; i < n; i++)
        {
          json_builder_begin_object (b);
          json_entity_fields (b, bri_ranking_get_entity (local, i));
          json_member_double (b, "score", bri_ranking_get_score (local, i));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      json_print (b);
      return 0;
    }
  if (format == FMT_TABLE)
    {
      g_autofree char *a = fmt_score (trans), *b = fmt_score (avg), *c = fmt_score (avg0);
      printf ("# transitivity %s, average clustering %s (degree < 2 as 0: %s)\n", a, b, c);
    }
  print_ranking (local, n);
  return 0;
}

static int
cmd_ego (BriGraph *g, int argc, char **argv)
{
  if (argc != 1)
    return fail (EXIT_USAGE, "usage: bri ego NAME [--depth K]");
  if (opt_depth < 0)
    return fail (EXIT_DATA, "--depth: %d is negative", opt_depth);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriView) view = build_view (g, FALSE, &error);
  if (!view)
    return fail_error (error);
  const BriEntity *c = resolve_in_view (g, view, argv[0], &error);
  if (!c)
    return fail_error (error);
  g_autoptr(BriView) ego = bri_view_ego (view, c, (guint) opt_depth, &error);
  if (!ego)
    return fail_error (error);
  guint nv = bri_view_get_n_entities (ego), ne = bri_view_get_n_edges (ego);
  if (format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      json_builder_begin_object (b);
      json_member_string (b, "center", bri_entity_get_id (c));
      json_member_int (b, "depth", opt_depth);
      json_builder_set_member_name (b, "entities");
      json_builder_begin_array (b);
      for (guint i = 0; i < nv; i++)
        {
          json_builder_begin_object (b);
          json_entity_fields (b, bri_view_get_entity (ego, i));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_set_member_name (b, "edges");
      json_builder_begin_array (b);
      for (guint i = 0; i < ne; i++)
        {
          json_builder_begin_object (b);
          json_member_string (b, "from", bri_entity_get_id (bri_view_get_entity (ego, bri_view_get_edge_from (ego, i))));
          json_member_string (b, "to", bri_entity_get_id (bri_view_get_entity (ego, bri_view_get_edge_to (ego, i))));
          json_member_double (b, "weight", bri_view_get_edge_weight (ego, i));
          json_member_int (b, "relations", bri_view_get_edge_n_relations (ego, i));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      json_print (b);
      return 0;
    }
  g_autoptr(Table) t = table_new ("from", "to", "weight", "relations", "kinds", NULL);
  for (guint i = 0; i < ne; i++)
    {
      const BriEntity *a = bri_view_get_entity (ego, bri_view_get_edge_from (ego, i));
      const BriEntity *z = bri_view_get_entity (ego, bri_view_get_edge_to (ego, i));
      g_autofree char *wt = fmt_score (bri_view_get_edge_weight (ego, i));
      g_autofree char *nr = g_strdup_printf ("%u", bri_view_get_edge_n_relations (ego, i));
      GString *kinds = g_string_new (NULL);
      for (guint k = 0; k < bri_view_get_edge_n_relations (ego, i); k++)
        {
          const char *kind = bri_relation_get_kind (bri_view_get_edge_relation (ego, i, k));
          g_autofree char *needle = g_strdup_printf (" %s ", kind);
          g_autofree char *hay = g_strdup_printf (" %s ", kinds->str);
          if (!strstr (hay, needle))
            g_string_append_printf (kinds, "%s%s", kinds->len ? " " : "", kind);
        }
      table_add (t, bri_entity_get_id (a), bri_entity_get_id (z), wt, nr, kinds->str);
      g_string_free (kinds, TRUE);
    }
  table_print (t);
  return 0;
}

static int
cmd_timeline (BriGraph *g, int argc, char **argv)
{
  (void) argv;
  if (argc != 0)
    return fail (EXIT_USAGE, "usage: bri timeline [--by month|quarter|year] [--measure M --top K]");
  g_autoptr(GError) error = NULL;
  BriPeriod period = BRI_PERIOD_MONTH;
  const char *by = opt_by ? opt_by : "month";
  if (g_str_equal (by, "month"))
    period = BRI_PERIOD_MONTH;
  else if (g_str_equal (by, "quarter"))
    period = BRI_PERIOD_QUARTER;
  else if (g_str_equal (by, "year"))
    period = BRI_PERIOD_YEAR;
  else
    return fail (EXIT_DATA, "--by: unknown period '%s', expected month, quarter or year", by);
  BriMeasure m;
  BriWeights w;
  if (!parse_measure (&m, &error) || !parse_weights (&w, &error))
    return fail_error (error);
  guint top = opt_top >= 0 ? (guint) opt_top : (opt_measure ? 3 : 0);
  g_autoptr(BriFilter) f = build_filter (g, &error);
  if (!f)
    return fail_error (error);
  g_autoptr(BriViewOptions) o = build_options (FALSE, &error);
  if (!o)
    return fail_error (error);
  g_autoptr(BriTimeline) tl = bri_timeline_new (g, f, o, period, m, w, top, &error);
  if (!tl)
    return fail_error (error);
  guint np = bri_timeline_get_n_periods (tl), nk = bri_timeline_get_n_kinds (tl);
  if (format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      json_builder_begin_array (b);
      for (guint p = 0; p < np; p++)
        {
          g_autofree char *s = fmt_date (bri_timeline_get_period_start (tl, p));
          g_autofree char *e = fmt_date (bri_timeline_get_period_end (tl, p));
          json_builder_begin_object (b);
          json_member_string (b, "period", bri_timeline_get_period_label (tl, p));
          json_member_string (b, "start", s);
          json_member_string (b, "end", e);
          json_member_int (b, "relations", bri_timeline_get_n_relations (tl, p));
          json_member_int (b, "active", bri_timeline_get_n_active (tl, p));
          json_builder_set_member_name (b, "relations_by_kind");
          json_builder_begin_object (b);
          for (guint k = 0; k < nk; k++)
            json_member_int (b, bri_timeline_get_kind_name (tl, k),
                             bri_timeline_get_kind_count (tl, p, k));
          json_builder_end_object (b);
          json_builder_set_member_name (b, "top");
          json_builder_begin_array (b);
          const BriRanking *rk = bri_timeline_get_top (tl, p);
          for (guint i = 0; rk && i < bri_ranking_get_n_items (rk); i++)
            {
              json_builder_begin_object (b);
              json_entity_fields (b, bri_ranking_get_entity (rk, i));
              json_member_double (b, "score", bri_ranking_get_score (rk, i));
              json_builder_end_object (b);
            }
          json_builder_end_array (b);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_print (b);
      return 0;
    }
  /* Columns: period, relations, active, one per kind, top. */
  Table *t = g_new0 (Table, 1);
  t->n_cols = 3 + nk + (top ? 1 : 0);
  t->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  char **head = g_new0 (char *, t->n_cols + 1);
  head[0] = g_strdup ("period");
  head[1] = g_strdup ("relations");
  head[2] = g_strdup ("active");
  for (guint k = 0; k < nk; k++)
    head[3 + k] = g_strdup (bri_timeline_get_kind_name (tl, k));
  if (top)
    head[3 + nk] = g_strdup_printf ("top %s", bri_measure_get_name (m));
  g_ptr_array_add (t->rows, head);
  for (guint p = 0; p < np; p++)
    {
      char **row = g_new0 (char *, t->n_cols + 1);
      row[0] = g_strdup (bri_timeline_get_period_label (tl, p));
      row[1] = g_strdup_printf ("%u", bri_timeline_get_n_relations (tl, p));
      row[2] = g_strdup_printf ("%u", bri_timeline_get_n_active (tl, p));
      for (guint k = 0; k < nk; k++)
        row[3 + k] = g_strdup_printf ("%u", bri_timeline_get_kind_count (tl, p, k));
      if (top)
        {
          GString *s = g_string_new (NULL);
          const BriRanking *rk = bri_timeline_get_top (tl, p);
          for (guint i = 0; rk && i < bri_ranking_get_n_items (rk); i++)
            g_string_append_printf (s, "%s%s", i ? " " : "",
                                    bri_entity_get_id (bri_ranking_get_entity (rk, i)));
          row[3 + nk] = g_string_free (s, FALSE);
        }
      g_ptr_array_add (t->rows, row);
    }
  table_print (t);
  table_free (t);
  return 0;
}

static int
cmd_explain (BriGraph *g, int argc, char **argv)
{
  if (argc != 2)
    return fail (EXIT_USAGE, "usage: bri explain A B");
  g_autoptr(GError) error = NULL;
  g_autoptr(BriView) view = build_view (g, FALSE, &error);
  if (!view)
    return fail_error (error);
  const BriEntity *a = resolve_in_view (g, view, argv[0], &error);
  if (!a)
    return fail_error (error);
  const BriEntity *b = resolve_in_view (g, view, argv[1], &error);
  if (!b)
    return fail_error (error);
  g_autoptr(GPtrArray) rels = bri_view_explain (view, a, b, &error);
  if (!rels)
    return fail_error (error);
  if (format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) jb = json_builder_new ();
      json_builder_begin_array (jb);
      for (guint i = 0; i < rels->len; i++)
        json_relation (jb, rels->pdata[i]);
      json_builder_end_array (jb);
      json_print (jb);
      return 0;
    }
  g_autoptr(Table) t = table_new ("kind", "from", "to", "date", "title", "via", "source",
                                  "evidence", NULL);
  for (guint i = 0; i < rels->len; i++)
    {
      const BriRelation *r = rels->pdata[i];
      g_autofree char *date = fmt_date (bri_relation_get_date (r));
      table_add (t, bri_relation_get_kind (r), bri_relation_get_from_id (r),
                 bri_relation_get_to_id (r), date, bri_relation_get_title (r),
                 bri_relation_get_via_id (r), bri_relation_get_source (r),
                 bri_relation_get_evidence (r));
    }
  table_print (t);
  return 0;
}

/* validate DIR…: every problem, one per line, FILE:LINE:COL: message with
 * FILE the path as the user typed it (DIR/entities.csv), so it can be
 * opened from where the command ran; exit 1 if any is an error. Each DIR
 * is checked against the --data sets and the DIRs before it (each added
 * once it is clean), so `bri validate gazetteer seeds bri` checks a stack
 * of data sets; a DIR laid out like the bundled data (gazetteer/, seeds/,
 * bri/) stands for its three parts, in that order. */
static int
cmd_validate (int argc, char **argv)
{
  if (argc < 1)
    return fail (EXIT_USAGE, "usage: bri validate DIR…");
  g_autoptr(BriGraph) base = NULL;
  if (opt_data && opt_data[0])
    {
      g_autoptr(GError) error = NULL;
      base = load_graph (&error);
      if (!base)
        return fail_error (error);
    }
  else
    base = bri_graph_new ();
  g_autoptr(GPtrArray) dirs = g_ptr_array_new_with_free_func (g_free);
  for (int i = 0; i < argc; i++)
    {
      if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        return fail (EXIT_DATA, "%s: not a directory", argv[i]);
      add_data_dir (dirs, argv[i]);
    }
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) bri_problem_free);
  for (guint d = 0; d < dirs->len; d++)
    {
      progress_begin ("checking %s", (char *) dirs->pdata[d]);
      g_autoptr(GPtrArray) some = bri_check_dir (base, dirs->pdata[d]);
      gboolean clean = TRUE;
      for (guint i = 0; i < some->len; i++)
        {
          if (bri_problem_get_severity (some->pdata[i]) == BRI_PROBLEM_ERROR)
            clean = FALSE;
          g_ptr_array_add (problems, g_steal_pointer (&some->pdata[i]));
        }
      g_ptr_array_set_free_func (some, NULL);
      /* The next directories may refer to this one. */
      if (clean && d + 1 < dirs->len)
        bri_graph_load_dir (base, dirs->pdata[d], NULL);
    }
  progress_end ();
  gboolean errors = FALSE;
  for (guint i = 0; i < problems->len; i++)
    if (bri_problem_get_severity (problems->pdata[i]) == BRI_PROBLEM_ERROR)
      errors = TRUE;
  if (format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      json_builder_begin_array (b);
      for (guint i = 0; i < problems->len; i++)
        {
          const BriProblem *p = problems->pdata[i];
          json_builder_begin_object (b);
          json_member_string (b, "file", bri_problem_get_file (p));
          json_member_int (b, "line", bri_problem_get_line (p));
          json_member_int (b, "column", bri_problem_get_column (p));
          json_member_string (b, "severity",
                              bri_problem_get_severity (p) == BRI_PROBLEM_ERROR ? "error" : "warning");
          json_member_int (b, "code", bri_problem_get_code (p));
          json_member_string (b, "message", bri_problem_get_message (p));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_print (b);
    }
  else if (format == FMT_CSV)
    {
      g_autoptr(Table) t = table_new ("file", "line", "column", "severity", "message", NULL);
      for (guint i = 0; i < problems->len; i++)
        {
          const BriProblem *p = problems->pdata[i];
          g_autofree char *l = g_strdup_printf ("%u", bri_problem_get_line (p));
          g_autofree char *c = g_strdup_printf ("%u", bri_problem_get_column (p));
          table_add (t, bri_problem_get_file (p), l, c,
                     bri_problem_get_severity (p) == BRI_PROBLEM_ERROR ? "error" : "warning",
                     bri_problem_get_message (p));
        }
      table_print (t);
    }
  else
    for (guint i = 0; i < problems->len; i++)
      {
        g_autofree char *s = bri_problem_to_string (problems->pdata[i]);
        puts (s);
      }
  return errors ? EXIT_DATA : 0;
}

/* ------------------------------------------------------------------ */
/* main                                                                */
/* ------------------------------------------------------------------ */

static const struct {
  const char *name;
  CommandFunc func;
  const char *help;
} commands[] = {
  { "info", cmd_info, "counts by entity and relation kind, date range, sources" },
  { "find", cmd_find, "NAME: every entity the name denotes" },
  { "centrality", cmd_centrality, "rank entities by --measure" },
  { "path", cmd_path, "FROM TO: a shortest path, each hop with its relations" },
  { "routes", cmd_routes, "FROM TO: freight routes and the ports they pass" },
  { "communities", cmd_communities, "groups by --method, with modularity" },
  { "clustering", cmd_clustering, "transitivity and local clustering" },
  { "ego", cmd_ego, "NAME: the network within --depth hops" },
  { "timeline", cmd_timeline, "relations and active entities per --by period" },
  { "explain", cmd_explain, "A B: the relations behind the edge between A and B" },
  { "validate", NULL, "DIR…: every problem in data set directories" },
  { "export", cmd_export, "--format F -o PATH: the graph for Gephi, networkx, Neo4j, Spark" },
  { "draw", cmd_draw, "-o FILE.svg|png: a picture of the network (Graphviz)" },
  { "extract", cmd_extract, "FILE… -o DIR: relations proposed from bulletins" },
};

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  /* The user's character set for --help; C numbers for the outputs. */
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  GString *summary = g_string_new ("Commands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (summary, "  %-12s %s\n", commands[i].name, commands[i].help);
  g_string_append (summary, "\nWithout --data, the bundled data set is used.");

  GOptionContext *ctx = g_option_context_new ("COMMAND [ARGS…] — the Belt and Road knowledge graph");
  g_option_context_set_summary (ctx, summary->str);
  g_string_free (summary, TRUE);
  g_option_context_add_main_entries (ctx, global_entries, NULL);
  GOptionGroup *fg = g_option_group_new ("filter", "Filter options (query commands):",
                                         "Show the filter options", NULL, NULL);
  g_option_group_add_entries (fg, filter_entries);
  g_option_context_add_group (ctx, fg);
  GOptionGroup *cg = g_option_group_new ("command", "Command options:",
                                         "Show the command options", NULL, NULL);
  g_option_group_add_entries (cg, command_entries);
  g_option_context_add_group (ctx, cg);
  GOptionGroup *xg = g_option_group_new ("extract", "Extract options:",
                                         "Show the extract options", NULL, NULL);
  g_option_group_add_entries (xg, extract_entries);
  g_option_context_add_group (ctx, xg);
  GOptionGroup *eg = g_option_group_new ("export", "Export and draw options:",
                                         "Show the export and draw options", NULL, NULL);
  g_option_group_add_entries (eg, export_entries);
  g_option_context_add_group (ctx, eg);

  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      g_option_context_free (ctx);
      return fail (EXIT_USAGE, "%s (try bri --help)", error->message);
    }
  g_option_context_free (ctx);

  /* "--" may remain in argv; drop it. */
  int n = 1;
  for (int i = 1; i < argc; i++)
    if (!g_str_equal (argv[i], "--"))
      argv[n++] = argv[i];
  argc = n;

  if (argc < 2)
    return fail (EXIT_USAGE, "no command given (try bri --help)");
  /* export reads --format as the export format. */
  if (opt_format && !g_str_equal (argv[1], "export"))
    {
      if (g_str_equal (opt_format, "table"))
        format = FMT_TABLE;
      else if (g_str_equal (opt_format, "csv"))
        format = FMT_CSV;
      else if (g_str_equal (opt_format, "json"))
        format = FMT_JSON;
      else
        return fail (EXIT_USAGE, "--format: unknown format '%s', expected table, csv or json",
                     opt_format);
    }

  const char *name = argv[1];
  int cargc = argc - 2;
  char **cargv = argv + 2;
  if (g_str_equal (name, "validate"))
    return cmd_validate (cargc, cargv);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (commands[i].func && g_str_equal (name, commands[i].name))
      {
        g_autoptr(BriGraph) graph = load_graph (&error);
        if (!graph)
          return fail_error (error);
        int status = commands[i].func (graph, cargc, cargv);
        fflush (stdout);
        return status;
      }
  return fail (EXIT_USAGE, "unknown command '%s' (try bri --help)", name);
}
