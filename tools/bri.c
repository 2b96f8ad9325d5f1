/* tools/bri.c — the `bri` command-line tool: every question libbri answers,
 * one command away.
 *
 * It owns option parsing (one GOptionContext holding the global, filter and
 * command options; commands in their own files add their own groups),
 * loading the data sets (the bundled data, then --data), building the
 * filter and the view, and main. The commands live in files named after
 * them: tools/cmd-query.c (info … explain), tools/cmd-validate.c,
 * tools/cmd-extract.c, tools/cmd-export.c (export, draw); the output
 * helpers in tools/output.c. It uses the public API only. Exit status: 0
 * success, 1 bad data or arguments, 2 usage. */
#include "bri-cli.h"

#include <locale.h>
#include <string.h>

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
static gchar *opt_bundled;
static gboolean opt_no_bundled;
gchar *opt_format;
static gchar *opt_kinds;
static gchar *opt_entity_kinds;
static gchar *opt_from;
static gchar *opt_to;
gchar **opt_source;
static gchar **opt_involving;
static gchar **opt_groups;
/* The --group names resolved to ids by build_filter(), which has the
 * graph, for build_options(), which adds them. */
static GPtrArray *group_ids;
static double opt_min_confidence = -1;
static gchar *opt_project;
static gchar *opt_rollup;
static gchar *opt_direction;
static gchar *opt_weighting;
static gboolean opt_keep_isolated;
gchar *opt_weights;
gboolean opt_weighted;
gchar *opt_measure;
gint opt_top = G_MININT; /* unset */
gboolean opt_all;
gchar *opt_method;
gint64 opt_seed = 42;
gint opt_depth = 1;
gchar *opt_by;
gchar *opt_output;

static GOptionEntry global_entries[] = {
  { "data", 'd', 0, G_OPTION_ARG_FILENAME_ARRAY, &opt_data,
    "Load the data set in DIR on top of the bundled data (repeatable)", "DIR" },
  { "bundled", 0, 0, G_OPTION_ARG_STRING, &opt_bundled,
    "The bundled data under --data: all (default: the gazetteer and the "
    "curated relations), gazetteer (its countries and provinces only) or none",
    "WHAT" },
  { "no-bundled", 0, 0, G_OPTION_ARG_NONE, &opt_no_bundled,
    "Same as --bundled none: the --data sets alone", NULL },
  { "format", 'f', 0, G_OPTION_ARG_STRING, &opt_format,
    "Output format: table (default), csv or json; for export: graphml, gexf, "
    "json, dot, neo4j, graphframes or csv (nodes.csv and edges.csv)", "FORMAT" },
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
  { "involving", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt_involving,
    "Admit relations whose from, to or via is this entity or lies below it "
    "(a province: its cities, counties, ports; repeatable, or comma-separated)",
    "NAME" },
  { "min-confidence", 0, 0, G_OPTION_ARG_DOUBLE, &opt_min_confidence,
    "Admit relations with at least this confidence (0..1)", "C" },
  { "project", 0, 0, G_OPTION_ARG_STRING, &opt_project,
    "Projection: actors (the actor-actor cooperation network)", "actors" },
  { "rollup", 0, 0, G_OPTION_ARG_STRING, &opt_rollup,
    "Roll entities up to their province or country; province,country: the "
    "province when there is one, else the country (Chinese places to their "
    "province, foreign ones to their country)", "LEVEL" },
  { "weights", 0, 0, G_OPTION_ARG_STRING, &opt_weights,
    "How measures read edge weights: none (default; communities: strength, the view's "
    "edge weights), strength or raw", "MODE" },
  { "direction", 0, 0, G_OPTION_ARG_STRING, &opt_direction,
    "auto (default: directed when every admitted relation kind is directed) "
    "or undirected", "MODE" },
  { "weighting", 0, 0, G_OPTION_ARG_STRING, &opt_weighting,
    "How a view edge's weight is made: count (default: its relations; for "
    "--project actors the items shared), sum (the sum of the relations' weight "
    "column) or newman (--project actors: 1/(n-1) per item of n actors)", "W" },
  { "group", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt_groups,
    "Count the relations of this group's members (and the places below them) "
    "as the group's: Kazakhstan's for Central Asia (repeatable, or "
    "comma-separated)", "NAME" },
  { "keep-isolated", 0, 0, G_OPTION_ARG_NONE, &opt_keep_isolated,
    "Keep every entity --entity-kinds admits, even one no admitted relation "
    "touches (default: only entities with an edge)", NULL },
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
    "timeline: month (default), quarter or year; a relation dated more coarsely "
    "than the period (only a year, for months) is counted in the column coarse, "
    "not in relations", "PERIOD" },
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
void
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

/* The bundled data's directory: $BRI_DATA, else the source tree's data/
 * when this is an uninstalled build, else the installed copy. */
const char *
bundled_dir (void)
{
  const char *env = g_getenv ("BRI_DATA");
  if (env && *env)
    return env;
  if (*BRI_SRCDATA && g_file_test (BRI_SRCDATA, G_FILE_TEST_IS_DIR))
    return BRI_SRCDATA;
  return bri_data_dir ();
}

/* The parts of the bundled data under the --data sets: --bundled, or
 * none with --no-bundled; all by default. */
static gboolean
bundled_parts_wanted (BriBundled *which, GError **error)
{
  *which = BRI_BUNDLED_ALL;
  if (opt_bundled)
    {
      if (g_str_equal (opt_bundled, "all"))
        *which = BRI_BUNDLED_ALL;
      else if (g_str_equal (opt_bundled, "gazetteer"))
        *which = BRI_BUNDLED_GAZETTEER;
      else if (g_str_equal (opt_bundled, "none"))
        *which = BRI_BUNDLED_NONE;
      else
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                       "--bundled: unknown value '%s', expected all, gazetteer or none",
                       opt_bundled);
          return FALSE;
        }
      if (opt_no_bundled && *which != BRI_BUNDLED_NONE)
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                       "--no-bundled contradicts --bundled %s", opt_bundled);
          return FALSE;
        }
    }
  if (opt_no_bundled)
    *which = BRI_BUNDLED_NONE;
  return TRUE;
}

/* The index of @dir in @dirs (compared as canonical paths), or -1. */
static int
index_of_dir (GPtrArray *dirs, const char *dir)
{
  g_autofree char *a = g_canonicalize_filename (dir, NULL);
  for (guint j = 0; j < dirs->len; j++)
    {
      g_autofree char *b = g_canonicalize_filename (dirs->pdata[j], NULL);
      if (g_str_equal (a, b))
        return j;
    }
  return -1;
}

/* The directories to load, in order: the bundled parts, the --data sets,
 * then @extra's, each once; with @skip (nullable), only those before the
 * first of @skip's directories. */
GPtrArray *
data_dirs (const char *extra, GPtrArray *skip, GError **error)
{
  BriBundled which;
  if (!bundled_parts_wanted (&which, error))
    return NULL;
  g_auto (GStrv) bundled = bri_data_dirs (bundled_dir (), which, error);
  if (!bundled)
    return NULL;
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; bundled[i]; i++)
    g_ptr_array_add (wanted, g_strdup (bundled[i]));
  for (guint i = 0; opt_data && opt_data[i]; i++)
    add_data_dir (wanted, opt_data[i]);
  if (extra)
    add_data_dir (wanted, extra);
  GPtrArray *dirs = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < wanted->len; i++)
    {
      /* One of @skip: it, and what comes after it may refer to it. */
      if (skip && index_of_dir (skip, wanted->pdata[i]) >= 0)
        break;
      if (index_of_dir (dirs, wanted->pdata[i]) < 0)
        g_ptr_array_add (dirs, g_strdup (wanted->pdata[i]));
    }
  return dirs;
}

/* Prints each warning of a load on stderr (`bri: warning: FILE:…`). */
static void
print_warnings (GPtrArray *warnings)
{
  for (guint i = 0; warnings && i < warnings->len; i++)
    {
      g_autofree char *line = bri_problem_to_string (warnings->pdata[i]);
      progress_end ();
      fprintf (stderr, "bri: %s\n", line);
    }
}

BriGraph *
load_dirs (GPtrArray *dirs, GError **error)
{
  g_autoptr(BriGraph) g = bri_graph_new ();
  for (guint i = 0; i < dirs->len; i++)
    {
      if (dirs->len > 1)
        progress_begin ("loading %s (%u/%u)", (char *) dirs->pdata[i], i + 1, dirs->len);
      else
        progress_begin ("loading %s", (char *) dirs->pdata[i]);
      g_autoptr(GPtrArray) warnings = NULL;
      if (!bri_graph_load_dir_full (g, dirs->pdata[i], &warnings, error))
        {
          progress_end ();
          return NULL;
        }
      print_warnings (warnings);
    }
  progress_end ();
  return g_steal_pointer (&g);
}

BriGraph *
load_graph (const char *extra, GError **error)
{
  g_autoptr(GPtrArray) dirs = data_dirs (extra, NULL, error);
  return dirs ? load_dirs (dirs, error) : NULL;
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

/* Applies one filter option through the library's parser; its errors
 * start with the option's name, which the CLI spells with "--". */
static gboolean
set_option (BriFilter *f, const char *name, const char *value, GError **error)
{
  if (bri_filter_set_option (f, name, value, error))
    return TRUE;
  g_prefix_error (error, "--");
  return FALSE;
}

BriFilter *
build_filter (BriGraph *graph, GError **error)
{
  g_autoptr(BriFilter) f = bri_filter_new ();
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);
  if (opt_kinds && !set_option (f, "kinds", opt_kinds, error))
    return NULL;
  if (opt_entity_kinds && !set_option (f, "entity-kinds", opt_entity_kinds, error))
    return NULL;
  if (opt_from && !set_option (f, "from", opt_from, error))
    return NULL;
  if (opt_to && !set_option (f, "to", opt_to, error))
    return NULL;
  /* Sources are checked here, with the graph at hand, so that an unknown
   * one is named before any other check. */
  for (guint i = 0; opt_source && opt_source[i]; i++)
    add_list (list, opt_source[i]);
  for (guint i = 0; i < list->len; i++)
    {
      if (!bri_graph_lookup_source (graph, list->pdata[i]))
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_NOT_FOUND,
                       "--source: unknown source '%s'", (char *) list->pdata[i]);
          return NULL;
        }
      if (!set_option (f, "source", list->pdata[i], error))
        return NULL;
    }
  g_ptr_array_set_size (list, 0);
  for (guint i = 0; opt_involving && opt_involving[i]; i++)
    add_list (list, opt_involving[i]);
  for (guint i = 0; i < list->len; i++)
    {
      const BriEntity *e = bri_graph_resolve (graph, list->pdata[i], error);
      if (!e)
        {
          g_prefix_error (error, "--involving: ");
          return NULL;
        }
      if (!set_option (f, "involving", bri_entity_get_id (e), error))
        return NULL;
    }
  g_ptr_array_set_size (list, 0);
  for (guint i = 0; opt_groups && opt_groups[i]; i++)
    add_list (list, opt_groups[i]);
  if (group_ids == NULL)
    group_ids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_set_size (group_ids, 0);
  for (guint i = 0; i < list->len; i++)
    {
      const BriEntity *e = bri_graph_resolve (graph, list->pdata[i], error);
      if (!e)
        {
          g_prefix_error (error, "--group: ");
          return NULL;
        }
      g_ptr_array_add (group_ids, g_strdup (bri_entity_get_id (e)));
    }
  if (opt_min_confidence != -1)
    {
      /* GOption has parsed the number (a malformed one is a usage error);
       * the library checks its range. */
      char text[G_ASCII_DTOSTR_BUF_SIZE];
      if (!set_option (f, "min-confidence",
                       g_ascii_dtostr (text, sizeof text, opt_min_confidence), error))
        return NULL;
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
      if (!g_str_equal (opt_rollup, "province") && !g_str_equal (opt_rollup, "country")
          && !g_str_equal (opt_rollup, "province,country"))
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                       "--rollup: unknown level '%s', expected province, country or "
                       "province,country", opt_rollup);
          return NULL;
        }
      bri_view_options_set_rollup (o, opt_rollup);
    }
  if (opt_weighting)
    {
      static const struct { const char *name; BriEdgeWeighting value; } names[] = {
        { "count", BRI_EDGE_WEIGHT_COUNT }, { "sum", BRI_EDGE_WEIGHT_SUM },
        { "newman", BRI_EDGE_WEIGHT_NEWMAN } };
      guint i = 0;
      while (i < G_N_ELEMENTS (names) && !g_str_equal (opt_weighting, names[i].name))
        i++;
      if (i == G_N_ELEMENTS (names))
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                       "--weighting: unknown weighting '%s', expected count, sum or newman",
                       opt_weighting);
          return NULL;
        }
      bri_view_options_set_weighting (o, names[i].value);
    }
  bri_view_options_set_keep_isolated (o, opt_keep_isolated);
  for (guint i = 0; group_ids && i < group_ids->len; i++)
    bri_view_options_add_group (o, group_ids->pdata[i]);
  if (opt_direction && !g_str_equal (opt_direction, "auto")
      && !g_str_equal (opt_direction, "undirected"))
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "--direction: unknown mode '%s', expected auto or undirected",
                   opt_direction);
      return NULL;
    }
  if (undirected || (opt_direction && g_str_equal (opt_direction, "undirected")))
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
         && !opt_involving && !opt_weighting && !opt_keep_isolated && !opt_groups
         && opt_min_confidence == -1 && !opt_project && !opt_rollup
         && (!opt_direction || g_str_equal (opt_direction, "auto"));
}

/* ------------------------------------------------------------------ */
/* main                                                                */
/* ------------------------------------------------------------------ */

char *
describe_data_and_filters (void)
{
  GString *s = g_string_new ("Data: ");
  if (opt_no_bundled || (opt_bundled && g_str_equal (opt_bundled, "none")))
    g_string_append (s, "no bundled data");
  else if (opt_bundled && g_str_equal (opt_bundled, "gazetteer"))
    g_string_append (s, "the bundled gazetteer");
  else
    g_string_append (s, "the bundled data set");
  for (guint i = 0; opt_data && opt_data[i]; i++)
    g_string_append_printf (s, ", %s", opt_data[i]);
  g_string_append (s, ". Filters:");
  gsize bare = s->len;
  const struct { const char *name; const char *value; } opts[] = {
    { "--kinds", opt_kinds }, { "--entity-kinds", opt_entity_kinds },
    { "--from", opt_from }, { "--to", opt_to }, { "--project", opt_project },
    { "--rollup", opt_rollup }, { "--direction", opt_direction },
  };
  for (guint i = 0; i < G_N_ELEMENTS (opts); i++)
    if (opts[i].value)
      g_string_append_printf (s, " %s %s", opts[i].name, opts[i].value);
  for (guint i = 0; opt_source && opt_source[i]; i++)
    g_string_append_printf (s, " --source %s", opt_source[i]);
  if (opt_min_confidence >= 0)
    g_string_append_printf (s, " --min-confidence %g", opt_min_confidence);
  if (s->len == bare)
    g_string_append (s, " none (every relation)");
  g_string_append_c (s, '.');
  return g_string_free (s, FALSE);
}

static const struct {
  const char *name;
  CommandFunc func;
  const char *help;
} commands[] = {
  { "info", cmd_info, "counts by entity and relation kind, date range, sources" },
  { "find", cmd_find, "NAME: every entity the name denotes" },
  { "centrality", cmd_centrality, "rank entities by --measure" },
  { "path", cmd_path, "FROM TO: a shortest path, each hop with its relations" },
  { "routes", cmd_routes, "A B: freight routes between A and B, both directions, and the ports they pass" },
  { "corridors", cmd_corridors, "[PLACE]: freight corridors (of PLACE and the places below it)" },
  { "communities", cmd_communities, "groups by --method, with modularity" },
  { "clustering", cmd_clustering, "transitivity and local clustering" },
  { "ego", cmd_ego, "NAME: the network within --depth hops" },
  { "timeline", cmd_timeline, "relations and active entities per --by period" },
  { "explain", cmd_explain, "A B: the relations behind the edge between A and B" },
  { "validate", NULL, "DIR…: every problem in data set directories" },
  { "export", cmd_export, "--format F -o PATH: the graph for Gephi, networkx, Neo4j, Spark" },
  { "draw", cmd_draw, "-o FILE.svg|png: a picture of the network (Graphviz)" },
  { "explore", cmd_explore, "-o PAGE.html: an interactive page of the network (one file)" },
  { "extract", cmd_extract, "FILE… -o DIR: relations proposed from bulletins" },
  { "import", cmd_import, "aiddata FILE | gdelt FILE… -o DIR: a data set from AidData GCDF or GDELT" },
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
  g_string_append (summary, "\nThe bundled data set is always loaded first (--bundled, --no-bundled);\n"
                   "each --data DIR is added on top and may refer to its countries and provinces.");

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
  GOptionGroup *ig = g_option_group_new ("import", "Import options:",
                                         "Show the import options", NULL, NULL);
  g_option_group_add_entries (ig, import_entries);
  g_option_context_add_group (ctx, ig);
  GOptionGroup *eg = g_option_group_new ("export", "Export and draw options:",
                                         "Show the export and draw options", NULL, NULL);
  g_option_group_add_entries (eg, export_entries);
  g_option_context_add_group (ctx, eg);
  GOptionGroup *pg = g_option_group_new ("explore", "Explore and chart options:",
                                         "Show the explore and chart options", NULL, NULL);
  g_option_group_add_entries (pg, explore_entries);
  g_option_context_add_group (ctx, pg);

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
  if (opt_top != G_MININT && opt_top < 0)
    return fail (EXIT_USAGE, "--top: %d, expected a count of 0 or more", opt_top);
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
  if (opt_against && !g_str_equal (name, "extract"))
    return fail (EXIT_USAGE, "--against applies to extract only");
  if (g_str_equal (name, "validate"))
    return cmd_validate (cargc, cargv);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (commands[i].func && g_str_equal (name, commands[i].name))
      {
        /* extract --against DIR: DIR's data are loaded too. */
        const char *extra = commands[i].func == cmd_extract ? opt_against : NULL;
        g_autoptr(BriGraph) graph = load_graph (extra, &error);
        if (!graph)
          return fail_error (error);
        int status = commands[i].func (graph, cargc, cargv);
        fflush (stdout);
        return status;
      }
  return fail (EXIT_USAGE, "unknown command '%s' (try bri --help)", name);
}
