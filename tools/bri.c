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

/* The options every command may read, parsed into one context that main
 * passes to the command; the defaults of the unset ones. */
static BriCli cli_options = {
  .format = FMT_TABLE,
  .min_confidence = -1, /* unset */
  .top = G_MININT,      /* unset */
  .seed = 42,
  .depth = 1,
};

static GOptionEntry global_entries[] = {
  { "data", 'd', 0, G_OPTION_ARG_FILENAME_ARRAY, &cli_options.data,
    "Load the data set in DIR on top of the bundled data (repeatable)", "DIR" },
  { "bundled", 0, 0, G_OPTION_ARG_STRING, &cli_options.bundled,
    "The bundled data under --data: all (default: the gazetteer and the "
    "curated relations), gazetteer (its countries and provinces only) or none",
    "WHAT" },
  { "no-bundled", 0, 0, G_OPTION_ARG_NONE, &cli_options.no_bundled,
    "Same as --bundled none: the --data sets alone", NULL },
  { "format", 'f', 0, G_OPTION_ARG_STRING, &cli_options.format_name,
    "Output format: table (default), csv or json; for export: graphml, gexf, "
    "json, dot, neo4j, graphframes or csv (nodes.csv and edges.csv)", "FORMAT" },
  { NULL }
};

static GOptionEntry filter_entries[] = {
  { "kinds", 0, 0, G_OPTION_ARG_STRING, &cli_options.kinds,
    "Relation kinds to admit, comma-separated", "K,..." },
  { "entity-kinds", 0, 0, G_OPTION_ARG_STRING, &cli_options.entity_kinds,
    "Entity kinds to admit, comma-separated", "K,..." },
  { "from", 0, 0, G_OPTION_ARG_STRING, &cli_options.from,
    "First date of the time window (YYYY, YYYY-MM or YYYY-MM-DD)", "DATE" },
  { "to", 0, 0, G_OPTION_ARG_STRING, &cli_options.to,
    "Last date of the time window", "DATE" },
  { "source", 0, 0, G_OPTION_ARG_STRING_ARRAY, &cli_options.source,
    "Admit relations from this source only (repeatable, or comma-separated); "
    "extract: the source id written into the relations", "ID" },
  { "involving", 0, 0, G_OPTION_ARG_STRING_ARRAY, &cli_options.involving,
    "Admit relations whose from, to or via is this entity or lies below it "
    "(a province: its cities, counties, ports; repeatable, or comma-separated)",
    "NAME" },
  { "min-confidence", 0, 0, G_OPTION_ARG_DOUBLE, &cli_options.min_confidence,
    "Admit relations with at least this confidence (0..1)", "C" },
  { "project", 0, 0, G_OPTION_ARG_STRING, &cli_options.project,
    "Projection: actors (the actor-actor cooperation network)", "actors" },
  { "rollup", 0, 0, G_OPTION_ARG_STRING, &cli_options.rollup,
    "Roll entities up to their province or country; province,country: the "
    "province when there is one, else the country (Chinese places to their "
    "province, foreign ones to their country)", "LEVEL" },
  { "weights", 0, 0, G_OPTION_ARG_STRING, &cli_options.weights,
    "How measures read edge weights: none (default; communities: strength, the view's "
    "edge weights), strength or raw", "MODE" },
  { "direction", 0, 0, G_OPTION_ARG_STRING, &cli_options.direction,
    "auto (default: directed when every admitted relation kind is directed) "
    "or undirected", "MODE" },
  { "weighting", 0, 0, G_OPTION_ARG_STRING, &cli_options.weighting,
    "How a view edge's weight is made: count (default: its relations; for "
    "--project actors the items shared), sum (the sum of the relations' weight "
    "column) or newman (--project actors: 1/(n-1) per item of n actors)", "W" },
  { "group", 0, 0, G_OPTION_ARG_STRING_ARRAY, &cli_options.groups,
    "Count the relations of this group's members (and the places below them) "
    "as the group's: Kazakhstan's for Central Asia (repeatable, or "
    "comma-separated)", "NAME" },
  { "keep-isolated", 0, 0, G_OPTION_ARG_NONE, &cli_options.keep_isolated,
    "Keep every entity --entity-kinds admits, even one no admitted relation "
    "touches (default: only entities with an edge)", NULL },
  { "weighted", 0, 0, G_OPTION_ARG_NONE, &cli_options.weighted,
    "Same as --weights strength", NULL },
  { NULL }
};

static GOptionEntry command_entries[] = {
  { "measure", 'm', 0, G_OPTION_ARG_STRING, &cli_options.measure,
    "centrality/timeline: degree, strength, betweenness, closeness, harmonic, "
    "eigenvector or pagerank", "M" },
  { "top", 'n', 0, G_OPTION_ARG_INT, &cli_options.top,
    "centrality/timeline: keep the N highest scores", "N" },
  { "all", 'a', 0, G_OPTION_ARG_NONE, &cli_options.all,
    "path: every shortest path, not just one", NULL },
  { "method", 0, 0, G_OPTION_ARG_STRING, &cli_options.method,
    "communities: louvain (default), leiden or label_propagation", "METHOD" },
  { "seed", 0, 0, G_OPTION_ARG_INT64, &cli_options.seed,
    "communities, export --with, draw: random seed (default 42)", "N" },
  { "depth", 'k', 0, G_OPTION_ARG_INT, &cli_options.depth,
    "ego: radius in hops (default 1)", "K" },
  { "by", 0, 0, G_OPTION_ARG_STRING, &cli_options.by,
    "timeline: month (default), quarter or year; a relation dated more coarsely "
    "than the period (only a year, for months) is counted in the column coarse, "
    "not in relations", "PERIOD" },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &cli_options.output,
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
bundled_parts_wanted (const BriCli *cli, BriBundled *which, GError **error)
{
  *which = BRI_BUNDLED_ALL;
  if (cli->bundled)
    {
      if (g_str_equal (cli->bundled, "all"))
        *which = BRI_BUNDLED_ALL;
      else if (g_str_equal (cli->bundled, "gazetteer"))
        *which = BRI_BUNDLED_GAZETTEER;
      else if (g_str_equal (cli->bundled, "none"))
        *which = BRI_BUNDLED_NONE;
      else
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                       "--bundled: unknown value '%s', expected all, gazetteer or none",
                       cli->bundled);
          return FALSE;
        }
      if (cli->no_bundled && *which != BRI_BUNDLED_NONE)
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                       "--no-bundled contradicts --bundled %s", cli->bundled);
          return FALSE;
        }
    }
  if (cli->no_bundled)
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
data_dirs (BriCli *cli, const char *extra, GPtrArray *skip, GError **error)
{
  BriBundled which;
  if (!bundled_parts_wanted (cli, &which, error))
    return NULL;
  g_auto (GStrv) bundled = bri_data_dirs (bundled_dir (), which, error);
  if (!bundled)
    return NULL;
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; bundled[i]; i++)
    g_ptr_array_add (wanted, g_strdup (bundled[i]));
  for (guint i = 0; cli->data && cli->data[i]; i++)
    add_data_dir (wanted, cli->data[i]);
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
load_graph (BriCli *cli, const char *extra, GError **error)
{
  g_autoptr(GPtrArray) dirs = data_dirs (cli, extra, NULL, error);
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
parse_weights (BriCli *cli, BriWeights *w, GError **error)
{
  *w = cli->weighted ? BRI_WEIGHTS_STRENGTH : BRI_WEIGHTS_NONE;
  if (!cli->weights)
    return TRUE;
  if (g_str_equal (cli->weights, "none"))
    *w = BRI_WEIGHTS_NONE;
  else if (g_str_equal (cli->weights, "strength"))
    *w = BRI_WEIGHTS_STRENGTH;
  else if (g_str_equal (cli->weights, "raw"))
    *w = BRI_WEIGHTS_RAW;
  else
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "--weights: unknown mode '%s', expected none, strength or raw",
                   cli->weights);
      return FALSE;
    }
  if (cli->weighted && *w != BRI_WEIGHTS_STRENGTH)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "--weighted contradicts --weights %s", cli->weights);
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
build_filter (BriCli *cli, BriGraph *graph, GError **error)
{
  g_autoptr(BriFilter) f = bri_filter_new ();
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);
  if (cli->kinds && !set_option (f, "kinds", cli->kinds, error))
    return NULL;
  if (cli->entity_kinds && !set_option (f, "entity-kinds", cli->entity_kinds, error))
    return NULL;
  if (cli->from && !set_option (f, "from", cli->from, error))
    return NULL;
  if (cli->to && !set_option (f, "to", cli->to, error))
    return NULL;
  /* Sources are checked here, with the graph at hand, so that an unknown
   * one is named before any other check. */
  for (guint i = 0; cli->source && cli->source[i]; i++)
    add_list (list, cli->source[i]);
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
  for (guint i = 0; cli->involving && cli->involving[i]; i++)
    add_list (list, cli->involving[i]);
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
  for (guint i = 0; cli->groups && cli->groups[i]; i++)
    add_list (list, cli->groups[i]);
  if (cli->group_ids == NULL)
    cli->group_ids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_set_size (cli->group_ids, 0);
  for (guint i = 0; i < list->len; i++)
    {
      const BriEntity *e = bri_graph_resolve (graph, list->pdata[i], error);
      if (!e)
        {
          g_prefix_error (error, "--group: ");
          return NULL;
        }
      g_ptr_array_add (cli->group_ids, g_strdup (bri_entity_get_id (e)));
    }
  if (cli->min_confidence != -1)
    {
      /* GOption has parsed the number (a malformed one is a usage error);
       * the library checks its range. */
      char text[G_ASCII_DTOSTR_BUF_SIZE];
      if (!set_option (f, "min-confidence",
                       g_ascii_dtostr (text, sizeof text, cli->min_confidence), error))
        return NULL;
    }
  if (!bri_filter_check (f, graph, error))
    return NULL;
  return g_steal_pointer (&f);
}

BriViewOptions *
build_options (BriCli *cli, gboolean undirected, GError **error)
{
  g_autoptr(BriViewOptions) o = bri_view_options_new ();
  if (cli->project)
    {
      if (!g_str_equal (cli->project, "actors"))
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                       "--project: unknown projection '%s', expected actors", cli->project);
          return NULL;
        }
      bri_view_options_set_projection (o, BRI_PROJECTION_ACTORS);
    }
  if (cli->rollup)
    {
      if (!g_str_equal (cli->rollup, "province") && !g_str_equal (cli->rollup, "country")
          && !g_str_equal (cli->rollup, "province,country"))
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                       "--rollup: unknown level '%s', expected province, country or "
                       "province,country", cli->rollup);
          return NULL;
        }
      bri_view_options_set_rollup (o, cli->rollup);
    }
  if (cli->weighting)
    {
      static const struct { const char *name; BriEdgeWeighting value; } names[] = {
        { "count", BRI_EDGE_WEIGHT_COUNT }, { "sum", BRI_EDGE_WEIGHT_SUM },
        { "newman", BRI_EDGE_WEIGHT_NEWMAN } };
      guint i = 0;
      while (i < G_N_ELEMENTS (names) && !g_str_equal (cli->weighting, names[i].name))
        i++;
      if (i == G_N_ELEMENTS (names))
        {
          g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                       "--weighting: unknown weighting '%s', expected count, sum or newman",
                       cli->weighting);
          return NULL;
        }
      bri_view_options_set_weighting (o, names[i].value);
    }
  bri_view_options_set_keep_isolated (o, cli->keep_isolated);
  for (guint i = 0; cli->group_ids && i < cli->group_ids->len; i++)
    bri_view_options_add_group (o, cli->group_ids->pdata[i]);
  if (cli->direction && !g_str_equal (cli->direction, "auto")
      && !g_str_equal (cli->direction, "undirected"))
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "--direction: unknown mode '%s', expected auto or undirected",
                   cli->direction);
      return NULL;
    }
  if (undirected || (cli->direction && g_str_equal (cli->direction, "undirected")))
    bri_view_options_set_direction (o, BRI_DIRECTION_UNDIRECTED);
  return g_steal_pointer (&o);
}

BriView *
build_view (BriCli *cli, BriGraph *graph, gboolean undirected, GError **error)
{
  g_autoptr(BriFilter) f = build_filter (cli, graph, error);
  if (!f)
    return NULL;
  g_autoptr(BriViewOptions) o = build_options (cli, undirected, error);
  if (!o)
    return NULL;
  progress_begin ("building the view");
  BriView *v = bri_view_new (graph, f, o, error);
  progress_end ();
  return v;
}

gboolean
view_is_default (BriCli *cli)
{
  return !cli->kinds && !cli->entity_kinds && !cli->from && !cli->to && !cli->source
         && !cli->involving && !cli->weighting && !cli->keep_isolated && !cli->groups
         && cli->min_confidence == -1 && !cli->project && !cli->rollup
         && (!cli->direction || g_str_equal (cli->direction, "auto"));
}

/* ------------------------------------------------------------------ */
/* main                                                                */
/* ------------------------------------------------------------------ */

char *
describe_data_and_filters (BriCli *cli)
{
  GString *s = g_string_new ("Data: ");
  if (cli->no_bundled || (cli->bundled && g_str_equal (cli->bundled, "none")))
    g_string_append (s, "no bundled data");
  else if (cli->bundled && g_str_equal (cli->bundled, "gazetteer"))
    g_string_append (s, "the bundled gazetteer");
  else
    g_string_append (s, "the bundled data set");
  for (guint i = 0; cli->data && cli->data[i]; i++)
    g_string_append_printf (s, ", %s", cli->data[i]);
  g_string_append (s, ". Filters:");
  gsize bare = s->len;
  const struct { const char *name; const char *value; } opts[] = {
    { "--kinds", cli->kinds }, { "--entity-kinds", cli->entity_kinds },
    { "--from", cli->from }, { "--to", cli->to }, { "--project", cli->project },
    { "--rollup", cli->rollup }, { "--direction", cli->direction },
  };
  for (guint i = 0; i < G_N_ELEMENTS (opts); i++)
    if (opts[i].value)
      g_string_append_printf (s, " %s %s", opts[i].name, opts[i].value);
  for (guint i = 0; cli->source && cli->source[i]; i++)
    g_string_append_printf (s, " --source %s", cli->source[i]);
  if (cli->min_confidence >= 0)
    g_string_append_printf (s, " --min-confidence %g", cli->min_confidence);
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
  BriCli *cli = &cli_options;
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
  g_option_context_add_group (ctx, extract_option_group (cli));
  g_option_context_add_group (ctx, import_option_group (cli));
  g_option_context_add_group (ctx, export_option_group (cli));
  g_option_context_add_group (ctx, explore_option_group (cli));

  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      g_option_context_free (ctx);
      return cli_fail (EXIT_USAGE, "%s (try bri --help)", error->message);
    }
  g_option_context_free (ctx);

  /* "--" may remain in argv; drop it. */
  int n = 1;
  for (int i = 1; i < argc; i++)
    if (!g_str_equal (argv[i], "--"))
      argv[n++] = argv[i];
  argc = n;

  if (argc < 2)
    return cli_fail (EXIT_USAGE, "no command given (try bri --help)");
  if (cli->top != G_MININT && cli->top < 0)
    return cli_fail (EXIT_USAGE, "--top: %d, expected a count of 0 or more", cli->top);
  /* export reads --format as the export format. */
  if (cli->format_name && !g_str_equal (argv[1], "export"))
    {
      if (g_str_equal (cli->format_name, "table"))
        cli->format = FMT_TABLE;
      else if (g_str_equal (cli->format_name, "csv"))
        cli->format = FMT_CSV;
      else if (g_str_equal (cli->format_name, "json"))
        cli->format = FMT_JSON;
      else
        return cli_fail (EXIT_USAGE, "--format: unknown format '%s', expected table, csv or json",
                     cli->format_name);
    }

  const char *name = argv[1];
  int cargc = argc - 2;
  char **cargv = argv + 2;
  if (cli->against && !g_str_equal (name, "extract"))
    return cli_fail (EXIT_USAGE, "--against applies to extract only");
  if (g_str_equal (name, "validate"))
    return cmd_validate (cli, cargc, cargv);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (commands[i].func && g_str_equal (name, commands[i].name))
      {
        /* extract --against DIR: DIR's data are loaded too. */
        const char *extra = commands[i].func == cmd_extract ? cli->against : NULL;
        g_autoptr(BriGraph) graph = load_graph (cli, extra, &error);
        if (!graph)
          return cli_fail_error (error);
        int status = commands[i].func (cli, graph, cargc, cargv);
        fflush (stdout);
        g_clear_pointer (&cli->group_ids, g_ptr_array_unref);
        return status;
      }
  return cli_fail (EXIT_USAGE, "unknown command '%s' (try bri --help)", name);
}
