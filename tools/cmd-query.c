/* tools/cmd-query.c — the query commands: info, find, centrality, path,
 * routes, communities, clustering, ego, timeline and explain. Each resolves
 * its names, builds the view the filter options choose (tools/bri.c), asks
 * the library and prints the answer as a table, CSV or JSON
 * (tools/output.c). */
#include "bri-cli.h"

#include <string.h>

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

static const Column ranking_columns[] = {
  { "rank", SHOW_ALL }, { "id", SHOW_ALL }, { "name", SHOW_ALL },
  { "name_zh", SHOW_ALL }, { "kind", SHOW_ALL }, { "score", SHOW_ALL },
};

/* The first @n items of @rk as rows of @columns (ranking_columns, or a
 * variant that shows the rank in one format only). */
static Rows *
ranking_rows (const BriRanking *rk, guint n, const Column *columns)
{
  Rows *rows = rows_new (columns, G_N_ELEMENTS (ranking_columns));
  for (guint i = 0; i < n; i++)
    {
      const BriEntity *e = bri_ranking_get_entity (rk, i);
      rows_int (rows, i + 1);
      rows_text (rows, bri_entity_get_id (e));
      rows_text (rows, bri_entity_get_name (e));
      rows_text (rows, bri_entity_get_name_zh (e));
      rows_text (rows, bri_entity_get_kind (e));
      rows_number (rows, bri_ranking_get_score (rk, i));
    }
  return rows;
}

static void
print_ranking (const BriCli *cli, const BriRanking *rk, guint top)
{
  guint n = bri_ranking_get_n_items (rk);
  if (top > 0 && top < n)
    n = top;
  g_autoptr(Rows) rows = ranking_rows (rk, n, ranking_columns);
  rows_print (cli, rows);
}

gboolean
parse_measure (BriCli *cli, BriMeasure *m, GError **error)
{
  const char *name = cli->measure ? cli->measure : "degree";
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

int
cmd_info (BriCli *cli, BriGraph *g, int argc, char **argv)
{
  (void) argc, (void) argv;
  /* The library counts (bri_graph_summarize()); the CLI only prints, and
   * reads each source's title, publisher, date and language from the graph
   * (the summary's sources are in the graph's order). */
  g_autoptr(BriGraphSummary) sum = bri_graph_summarize (g);
  guint ne = bri_graph_summary_get_n_entities (sum);
  guint nr = bri_graph_summary_get_n_relations (sum);
  guint ns = bri_graph_summary_get_n_sources (sum);
  guint nek = bri_graph_summary_get_n_entity_kinds (sum);
  guint nrk = bri_graph_summary_get_n_relation_kinds (sum);
  guint undated = bri_graph_summary_get_n_undated (sum);
  g_autofree char *dfirst = fmt_date (bri_graph_summary_get_first_date (sum));
  g_autofree char *dlast = fmt_date (bri_graph_summary_get_last_date (sum));

  if (cli->format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      json_builder_begin_object (b);
      json_member_int (b, "entities", ne);
      json_member_int (b, "relations", nr);
      json_member_int (b, "sources", ns);
      json_builder_set_member_name (b, "entities_by_kind");
      json_builder_begin_object (b);
      for (guint i = 0; i < nek; i++)
        json_member_int (b, bri_graph_summary_get_entity_kind (sum, i),
                         bri_graph_summary_get_entity_kind_count (sum, i));
      json_builder_end_object (b);
      json_builder_set_member_name (b, "relations_by_kind");
      json_builder_begin_object (b);
      for (guint i = 0; i < nrk; i++)
        json_member_int (b, bri_graph_summary_get_relation_kind (sum, i),
                         bri_graph_summary_get_relation_kind_count (sum, i));
      json_builder_end_object (b);
      json_builder_set_member_name (b, "dates");
      json_builder_begin_object (b);
      json_member_string (b, "first", *dfirst ? dfirst : NULL);
      json_member_string (b, "last", *dlast ? dlast : NULL);
      json_member_int (b, "undated_relations", undated);
      json_builder_end_object (b);
      json_builder_set_member_name (b, "source_list");
      json_builder_begin_array (b);
      for (guint i = 0; i < ns; i++)
        {
          const BriSource *s = bri_graph_get_source (g, i);
          g_autofree char *sd = fmt_date (bri_source_get_date (s));
          json_builder_begin_object (b);
          json_member_string (b, "id", bri_graph_summary_get_source_id (sum, i));
          json_member_string (b, "title", bri_source_get_title (s));
          json_member_string (b, "publisher", bri_source_get_publisher (s));
          json_member_string (b, "date", *sd ? sd : NULL);
          json_member_string (b, "language", bri_source_get_language (s));
          json_member_int (b, "relations", bri_graph_summary_get_source_n_relations (sum, i));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      json_print (b);
      return 0;
    }

  g_autoptr(Table) t = table_new ("section", "name", "value", NULL);
  g_autofree char *sne = g_strdup_printf ("%u", ne), *snr = g_strdup_printf ("%u", nr);
  g_autofree char *sns = g_strdup_printf ("%u", ns);
  g_autofree char *sund = g_strdup_printf ("%u", undated);
  table_add (t, "total", "entities", sne);
  table_add (t, "total", "relations", snr);
  table_add (t, "total", "sources", sns);
  for (guint i = 0; i < nek; i++)
    {
      g_autofree char *v = g_strdup_printf ("%u", bri_graph_summary_get_entity_kind_count (sum, i));
      table_add (t, "entity kind", bri_graph_summary_get_entity_kind (sum, i), v);
    }
  for (guint i = 0; i < nrk; i++)
    {
      g_autofree char *v = g_strdup_printf ("%u", bri_graph_summary_get_relation_kind_count (sum, i));
      table_add (t, "relation kind", bri_graph_summary_get_relation_kind (sum, i), v);
    }
  table_add (t, "dates", "first", dfirst);
  table_add (t, "dates", "last", dlast);
  table_add (t, "dates", "undated relations", sund);
  for (guint i = 0; i < ns; i++)
    {
      g_autofree char *v = g_strdup_printf ("%u relations",
                                            bri_graph_summary_get_source_n_relations (sum, i));
      table_add (t, "source", bri_graph_summary_get_source_id (sum, i), v);
    }
  table_print (cli, t);
  return 0;
}

int
cmd_find (BriCli *cli, BriGraph *g, int argc, char **argv)
{
  if (argc < 1)
    return cli_fail (EXIT_USAGE, "usage: bri find NAME");
  /* `bri find Central Asia` means the name "Central Asia". */
  g_autofree char *joined = g_strjoinv (" ", argv);
  argv[0] = joined;
  g_autoptr(GPtrArray) found = bri_graph_find (g, joined);
  if (found->len == 0)
    {
      g_autoptr(GError) error = NULL;
      if (!bri_graph_resolve (g, argv[0], &error))
        return cli_fail_error (error);
      return cli_fail (EXIT_DATA, "no entity named '%s'", argv[0]);
    }
  /* The table keeps to what tells the entities apart; the JSON has every
   * identifying field. */
  static const Column columns[] = {
    { "id", SHOW_ALL }, { "kind", SHOW_TABLE }, { "name", SHOW_ALL },
    { "name_zh", SHOW_ALL }, { "kind", SHOW_JSON }, { "code", SHOW_JSON },
    { "parent", SHOW_ALL },
  };
  g_autoptr(Rows) rows = rows_new (columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < found->len; i++)
    {
      const BriEntity *e = found->pdata[i];
      rows_text (rows, bri_entity_get_id (e));
      rows_text (rows, bri_entity_get_kind (e));
      rows_text (rows, bri_entity_get_name (e));
      rows_text (rows, bri_entity_get_name_zh (e));
      rows_text (rows, bri_entity_get_kind (e));
      rows_text (rows, bri_entity_get_code (e));
      rows_text (rows, bri_entity_get_parent_id (e));
    }
  rows_print (cli, rows);
  return 0;
}

int
cmd_centrality (BriCli *cli, BriGraph *g, int argc, char **argv)
{
  (void) argv;
  if (argc != 0)
    return cli_fail (EXIT_USAGE, "usage: bri centrality [--measure M] [--top N]");
  g_autoptr(GError) error = NULL;
  BriMeasure m;
  BriWeights w;
  if (!parse_measure (cli, &m, &error) || !parse_weights (cli, &w, &error))
    return cli_fail_error (error);
  g_autoptr(BriView) view = build_view (cli, g, FALSE, &error);
  if (!view)
    return cli_fail_error (error);
  progress_begin ("%s on %u entities and %u edges", bri_measure_get_name (m),
                  bri_view_get_n_entities (view), bri_view_get_n_edges (view));
  g_autoptr(BriRanking) rk = bri_view_centrality (view, m, w, &error);
  progress_end ();
  if (!rk)
    return cli_fail_error (error);
  /* igraph's closeness averages over the reachable vertices only: the two
   * ends of an isolated pair score 1 and rank first. Say so. */
  if (m == BRI_MEASURE_CLOSENESS && cli->format == FMT_TABLE)
    {
      g_autoptr(BriPartition) parts = bri_view_components (view, FALSE, NULL);
      if (parts && bri_partition_get_n_groups (parts) > 1)
        printf ("# closeness on a view of %u components: each vertex is scored within "
                "its own (igraph), so the ends of a two-node component score 1; "
                "--measure harmonic compares across components\n",
                bri_partition_get_n_groups (parts));
    }
  print_ranking (cli, rk, cli->top > 0 ? (guint) cli->top : 0);
  return 0;
}

/* One path as JSON: entities (ids), hops, vias, length. */
/* TRUE when @r is directed and runs from @z to @a, against the hop a → z
 * (an undirected view walks it either way). Rolled-up ends are compared
 * through the relation's own entities' ancestors. */
static gboolean
runs_against (const BriGraph *g, const BriRelation *r, const BriEntity *a,
              const BriEntity *z)
{
  const BriKind *kind = bri_graph_lookup_kind (g, bri_relation_get_kind (r));
  if (!kind || !bri_kind_is_directed (kind))
    return FALSE;
  gboolean from_is_z = FALSE, to_is_a = FALSE;
  for (const BriEntity *e = bri_relation_get_from (r); e; e = bri_entity_get_parent (e))
    from_is_z |= e == z;
  for (const BriEntity *e = bri_relation_get_to (r); e; e = bri_entity_get_parent (e))
    to_is_a |= e == a;
  return from_is_z && to_is_a;
}

/* @direction (nullable): a routes label, "forward" or "reverse". */
static void
json_path (JsonBuilder *b, const BriGraph *g, const BriPath *p, const char *direction)
{
  json_builder_begin_object (b);
  if (direction)
    json_member_string (b, "direction", direction);
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
      const BriEntity *a = bri_path_get_entity (p, h), *z = bri_path_get_entity (p, h + 1);
      json_builder_begin_object (b);
      json_member_string (b, "from", bri_entity_get_id (a));
      json_member_string (b, "to", bri_entity_get_id (z));
      /* An undirected view may walk a directed relation backwards. */
      json_builder_set_member_name (b, "against_relation");
      json_builder_add_boolean_value (b, runs_against (g, r0, a, z));
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

/* Rows: one per relation behind each hop, each in the direction of its
 * relation (a directed relation walked backwards prints its own from → to). */
static void
table_path (Table *t, const BriGraph *g, const BriPath *p, guint number)
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
          gboolean back = runs_against (g, r, a, z);
          table_add (t, num, hop, bri_entity_get_id (back ? z : a),
                     bri_entity_get_id (back ? a : z),
                     bri_relation_get_kind (r), date, bri_relation_get_via_id (r),
                     bri_relation_get_source (r), bri_relation_get_evidence (r));
        }
    }
}

static int
print_paths (const BriCli *cli, const BriGraph *g, const BriPath *one,
             const BriPathList *list)
{
  if (cli->format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      if (one)
        json_path (b, g, one, NULL);
      else
        {
          json_builder_begin_array (b);
          for (guint i = 0; i < bri_path_list_get_n_paths (list); i++)
            json_path (b, g, bri_path_list_get_path (list, i), NULL);
          json_builder_end_array (b);
        }
      json_print (b);
      return 0;
    }
  g_autoptr(Table) t = table_new ("path", "hop", "from", "to", "kind", "date", "via",
                                  "source", "evidence", NULL);
  if (one)
    table_path (t, g, one, 1);
  else
    for (guint i = 0; i < bri_path_list_get_n_paths (list); i++)
      table_path (t, g, bri_path_list_get_path (list, i), i + 1);
  table_print (cli, t);
  return 0;
}

int
cmd_path (BriCli *cli, BriGraph *g, int argc, char **argv)
{
  if (argc != 2)
    return cli_fail (EXIT_USAGE, "usage: bri path FROM TO [--weighted] [--all]");
  g_autoptr(GError) error = NULL;
  BriWeights w;
  if (!parse_weights (cli, &w, &error))
    return cli_fail_error (error);
  g_autoptr(BriView) view = build_view (cli, g, FALSE, &error);
  if (!view)
    return cli_fail_error (error);
  const BriEntity *a = resolve_in_view (g, view, argv[0], &error);
  if (!a)
    return cli_fail_error (error);
  const BriEntity *z = resolve_in_view (g, view, argv[1], &error);
  if (!z)
    return cli_fail_error (error);
  if (cli->all)
    {
      progress_begin ("every shortest path");
      g_autoptr(BriPathList) list = bri_view_all_shortest_paths (view, a, z, w, &error);
      progress_end ();
      if (!list)
        return cli_fail_error (error);
      return print_paths (cli, bri_view_get_graph (view), NULL, list);
    }
  g_autoptr(BriPath) p = bri_view_shortest_path (view, a, z, w, &error);
  if (!p)
    return cli_fail_error (error);
  return print_paths (cli, bri_view_get_graph (view), p, NULL);
}

/* The routes of one direction; a direction without a route (no path, or
 * an end without a corridor) is an empty list, other errors fail. */
static BriPathList *
routes_one_way (BriView *view, const BriEntity *a, const BriEntity *z, BriWeights w,
                GError **first, GError **error)
{
  GError *e = NULL;
  BriPathList *list = bri_view_freight_routes (view, a, z, w, &e);
  if (list)
    return list;
  if (!g_error_matches (e, BRI_ERROR, BRI_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, e);
      return NULL;
    }
  if (*first == NULL)
    *first = e;
  else
    g_error_free (e);
  return NULL;
}

static void
routes_rows (Table *t, const BriPathList *list, const char *direction, guint *number)
{
  for (guint i = 0; list && i < bri_path_list_get_n_paths (list); i++)
    {
      const BriPath *p = bri_path_list_get_path (list, i);
      GString *stops = g_string_new (NULL), *vias = g_string_new (NULL);
      for (guint k = 0; k < bri_path_get_n_entities (p); k++)
        g_string_append_printf (stops, "%s%s", k ? " > " : "",
                                bri_entity_get_id (bri_path_get_entity (p, k)));
      for (guint k = 0; k < bri_path_get_n_vias (p); k++)
        g_string_append_printf (vias, "%s%s", k ? " " : "",
                                bri_entity_get_id (bri_path_get_via (p, k)));
      g_autofree char *num = g_strdup_printf ("%u", ++*number);
      g_autofree char *hops = g_strdup_printf ("%u", bri_path_get_n_hops (p));
      table_add (t, num, stops->str, vias->str, hops, direction);
      g_string_free (stops, TRUE);
      g_string_free (vias, TRUE);
    }
}

/* Routes from A to B ("forward") and from B to A ("reverse"): a user
 * asking for the routes between two places wants both, each labelled. */
int
cmd_routes (BriCli *cli, BriGraph *g, int argc, char **argv)
{
  if (argc != 2)
    return cli_fail (EXIT_USAGE, "usage: bri routes A B");
  g_autoptr(GError) error = NULL;
  BriWeights w;
  if (!parse_weights (cli, &w, &error))
    return cli_fail_error (error);
  g_autoptr(BriView) view = build_view (cli, g, FALSE, &error);
  if (!view)
    return cli_fail_error (error);
  const BriEntity *a = bri_graph_resolve (g, argv[0], &error);
  if (!a)
    return cli_fail_error (error);
  const BriEntity *z = bri_graph_resolve (g, argv[1], &error);
  if (!z)
    return cli_fail_error (error);
  g_autoptr(GError) none = NULL;
  g_autoptr(BriPathList) there = routes_one_way (view, a, z, w, &none, &error);
  if (error)
    return cli_fail_error (error);
  g_autoptr(BriPathList) back = routes_one_way (view, z, a, w, &none, &error);
  if (error)
    return cli_fail_error (error);
  if (!there && !back)
    {
      if (g_str_has_prefix (none->message, "no path"))
        return cli_fail (EXIT_DATA, "no freight route from '%s' to '%s' or back in this view",
                     bri_entity_get_id (a), bri_entity_get_id (z));
      return cli_fail_error (none);
    }
  if (cli->format == FMT_JSON)
    {
      const BriGraph *vg = bri_view_get_graph (view);
      g_autoptr(JsonBuilder) b = json_builder_new ();
      json_builder_begin_array (b);
      for (guint i = 0; there && i < bri_path_list_get_n_paths (there); i++)
        json_path (b, vg, bri_path_list_get_path (there, i), "forward");
      for (guint i = 0; back && i < bri_path_list_get_n_paths (back); i++)
        json_path (b, vg, bri_path_list_get_path (back, i), "reverse");
      json_builder_end_array (b);
      json_print (b);
      return 0;
    }
  g_autoptr(Table) t = table_new ("route", "stops", "via", "hops", "direction", NULL);
  guint number = 0;
  routes_rows (t, there, "forward", &number);
  routes_rows (t, back, "reverse", &number);
  table_print (cli, t);
  return 0;
}

int
cmd_communities (BriCli *cli, BriGraph *g, int argc, char **argv)
{
  (void) argv;
  if (argc != 0)
    return cli_fail (EXIT_USAGE, "usage: bri communities [--method METHOD] [--seed N]");
  g_autoptr(GError) error = NULL;
  BriWeights w;
  if (!parse_weights (cli, &w, &error))
    return cli_fail_error (error);
  /* Communities weigh edges by the view's edge weights (its --weighting)
   * unless --weights says otherwise, as networkx's modularity() and
   * louvain_communities() weigh by "weight" unless told weight=None: the
   * same partition then reports the same modularity in both. */
  if (!cli->weights && !cli->weighted)
    w = BRI_WEIGHTS_STRENGTH;
  const char *method = cli->method ? cli->method : "louvain";
  if (!g_str_equal (method, "louvain") && !g_str_equal (method, "leiden")
      && !g_str_equal (method, "label_propagation"))
    return cli_fail (EXIT_DATA, "--method: unknown method '%s', expected louvain, leiden "
                 "or label_propagation", method);
  g_autoptr(BriView) view = build_view (cli, g, TRUE, &error);
  if (!view)
    return cli_fail_error (error);
  g_autoptr(BriPartition) part = NULL;
  progress_begin ("%s on %u entities and %u edges", method, bri_view_get_n_entities (view),
                  bri_view_get_n_edges (view));
  if (g_str_equal (method, "louvain"))
    part = bri_view_louvain (view, w, 1.0, (guint64) cli->seed, &error);
  else if (g_str_equal (method, "leiden"))
    part = bri_view_leiden (view, w, 1.0, (guint64) cli->seed, &error);
  else
    part = bri_view_label_propagation (view, w, (guint64) cli->seed, &error);
  progress_end ();
  if (!part)
    return cli_fail_error (error);
  guint n = bri_partition_get_n_entities (part), ng = bri_partition_get_n_groups (part);
  /* Which weights the modularity used: networkx's modularity() weighs by
   * "weight" unless told weight=None, so say it. */
  static const char *const weighting_names[] = { "count", "sum", "newman" };
  BriEdgeWeighting ew = bri_view_options_get_weighting (bri_view_get_options (view));
  g_autofree char *modularity_weights =
    w == BRI_WEIGHTS_NONE
      ? g_strdup ("unweighted, every edge counts 1: --weights none")
      : g_strdup_printf ("weighted by the view's edge weights, --weighting %s",
                         weighting_names[ew <= BRI_EDGE_WEIGHT_NEWMAN ? ew : 0]);
  if (cli->format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      json_builder_begin_object (b);
      json_member_string (b, "method", method);
      json_member_double (b, "modularity", bri_partition_get_modularity (part));
      json_member_string (b, "modularity_weights", modularity_weights);
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
  if (cli->format == FMT_TABLE)
    {
      g_autofree char *q = fmt_score (bri_partition_get_modularity (part));
      printf ("# %s: %u communities, modularity %s (%s)\n", method, ng, q,
              modularity_weights);
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
  table_print (cli, t);
  return 0;
}

int
cmd_clustering (BriCli *cli, BriGraph *g, int argc, char **argv)
{
  (void) argv;
  if (argc != 0)
    return cli_fail (EXIT_USAGE, "usage: bri clustering [--top N]");
  g_autoptr(GError) error = NULL;
  BriWeights w;
  if (!parse_weights (cli, &w, &error))
    return cli_fail_error (error);
  g_autoptr(BriView) view = build_view (cli, g, FALSE, &error);
  if (!view)
    return cli_fail_error (error);
  double trans, avg, avg0;
  progress_begin ("clustering on %u entities", bri_view_get_n_entities (view));
  if (!bri_view_transitivity (view, &trans, &error)
      || !bri_view_average_clustering (view, FALSE, &avg, &error)
      || !bri_view_average_clustering (view, TRUE, &avg0, &error))
    return cli_fail_error (error);
  g_autoptr(BriRanking) local = bri_view_local_clustering (view, w, FALSE, &error);
  progress_end ();
  if (!local)
    return cli_fail_error (error);
  guint n = bri_ranking_get_n_items (local);
  if (cli->top > 0 && (guint) cli->top < n)
    n = cli->top;
  /* The JSON's local scores are unranked (an object's array). */
  static const Column local_columns[] = {
    { "rank", SHOW_TABLE }, { "id", SHOW_ALL }, { "name", SHOW_ALL },
    { "name_zh", SHOW_ALL }, { "kind", SHOW_ALL }, { "score", SHOW_ALL },
  };
  g_autoptr(Rows) rows = ranking_rows (local, n, local_columns);
  if (cli->format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      json_builder_begin_object (b);
      json_member_double (b, "transitivity", trans);
      json_member_double (b, "average_clustering", avg);
      json_member_double (b, "average_clustering_zero", avg0);
      json_builder_set_member_name (b, "local");
      rows_add_json (rows, b);
      json_builder_end_object (b);
      json_print (b);
      return 0;
    }
  if (cli->format == FMT_TABLE)
    {
      g_autofree char *a = fmt_score (trans), *b = fmt_score (avg), *c = fmt_score (avg0);
      printf ("# transitivity %s, average clustering %s (degree < 2 as 0: %s)\n", a, b, c);
    }
  rows_print (cli, rows);
  return 0;
}

int
cmd_ego (BriCli *cli, BriGraph *g, int argc, char **argv)
{
  if (argc != 1)
    return cli_fail (EXIT_USAGE, "usage: bri ego NAME [--depth K]");
  if (cli->depth < 0)
    return cli_fail (EXIT_DATA, "--depth: %d is negative", cli->depth);
  g_autoptr(GError) error = NULL;
  g_autoptr(BriView) view = build_view (cli, g, FALSE, &error);
  if (!view)
    return cli_fail_error (error);
  const BriEntity *c = resolve_in_view (g, view, argv[0], &error);
  if (!c)
    return cli_fail_error (error);
  g_autoptr(BriView) ego = bri_view_ego (view, c, (guint) cli->depth, &error);
  if (!ego)
    return cli_fail_error (error);
  guint nv = bri_view_get_n_entities (ego), ne = bri_view_get_n_edges (ego);
  /* The table lists the edges with their kinds; the JSON the entities and
   * the edges. */
  static const Column edge_columns[] = {
    { "from", SHOW_ALL }, { "to", SHOW_ALL }, { "weight", SHOW_ALL },
    { "relations", SHOW_ALL }, { "kinds", SHOW_TABLE },
  };
  g_autoptr(Rows) edges = rows_new (edge_columns, G_N_ELEMENTS (edge_columns));
  for (guint i = 0; i < ne; i++)
    {
      const BriEntity *a = bri_view_get_entity (ego, bri_view_get_edge_from (ego, i));
      const BriEntity *z = bri_view_get_entity (ego, bri_view_get_edge_to (ego, i));
      /* The edge's relation kinds, each once, in order of appearance. */
      GString *kinds = g_string_new (NULL);
      for (guint k = 0; k < bri_view_get_edge_n_relations (ego, i); k++)
        {
          const char *kind = bri_relation_get_kind (bri_view_get_edge_relation (ego, i, k));
          g_autofree char *needle = g_strdup_printf (" %s ", kind);
          g_autofree char *hay = g_strdup_printf (" %s ", kinds->str);
          if (!strstr (hay, needle))
            g_string_append_printf (kinds, "%s%s", kinds->len ? " " : "", kind);
        }
      rows_text (edges, bri_entity_get_id (a));
      rows_text (edges, bri_entity_get_id (z));
      rows_number (edges, bri_view_get_edge_weight (ego, i));
      rows_int (edges, bri_view_get_edge_n_relations (ego, i));
      rows_text (edges, kinds->str);
      g_string_free (kinds, TRUE);
    }
  if (cli->format != FMT_JSON)
    {
      rows_print (cli, edges);
      return 0;
    }
  static const Column entity_columns[] = {
    { "id", SHOW_ALL }, { "name", SHOW_ALL }, { "name_zh", SHOW_ALL }, { "kind", SHOW_ALL },
  };
  g_autoptr(Rows) entities = rows_new (entity_columns, G_N_ELEMENTS (entity_columns));
  for (guint i = 0; i < nv; i++)
    {
      const BriEntity *e = bri_view_get_entity (ego, i);
      rows_text (entities, bri_entity_get_id (e));
      rows_text (entities, bri_entity_get_name (e));
      rows_text (entities, bri_entity_get_name_zh (e));
      rows_text (entities, bri_entity_get_kind (e));
    }
  g_autoptr(JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  json_member_string (b, "center", bri_entity_get_id (c));
  json_member_int (b, "depth", cli->depth);
  json_builder_set_member_name (b, "entities");
  rows_add_json (entities, b);
  json_builder_set_member_name (b, "edges");
  rows_add_json (edges, b);
  json_builder_end_object (b);
  json_print (b);
  return 0;
}

int
cmd_timeline (BriCli *cli, BriGraph *g, int argc, char **argv)
{
  (void) argv;
  if (argc != 0)
    return cli_fail (EXIT_USAGE, "usage: bri timeline [--by month|quarter|year] [--measure M --top K]");
  g_autoptr(GError) error = NULL;
  BriPeriod period = BRI_PERIOD_MONTH;
  const char *by = cli->by ? cli->by : "month";
  if (g_str_equal (by, "month"))
    period = BRI_PERIOD_MONTH;
  else if (g_str_equal (by, "quarter"))
    period = BRI_PERIOD_QUARTER;
  else if (g_str_equal (by, "year"))
    period = BRI_PERIOD_YEAR;
  else
    return cli_fail (EXIT_DATA, "--by: unknown period '%s', expected month, quarter or year", by);
  BriMeasure m;
  BriWeights w;
  if (!parse_measure (cli, &m, &error) || !parse_weights (cli, &w, &error))
    return cli_fail_error (error);
  guint top = cli->top >= 0 ? (guint) cli->top : (cli->measure ? 3 : 0);
  g_autoptr(BriFilter) f = build_filter (cli, g, &error);
  if (!f)
    return cli_fail_error (error);
  g_autoptr(BriViewOptions) o = build_options (cli, FALSE, &error);
  if (!o)
    return cli_fail_error (error);
  progress_begin ("timeline by %s", by);
  g_autoptr(BriTimeline) tl = bri_timeline_new (g, f, o, period, m, w, top, &error);
  progress_end ();
  if (!tl)
    return cli_fail_error (error);
  int charted = timeline_chart (cli, tl);
  if (charted >= 0)
    return charted;
  guint np = bri_timeline_get_n_periods (tl), nk = bri_timeline_get_n_kinds (tl);
  if (cli->format == FMT_JSON)
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
          json_member_int (b, "coarse", bri_timeline_get_n_coarse (tl, p));
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
  /* Columns: period, relations, coarse, active, one per kind, top. */
  Table *t = g_new0 (Table, 1);
  t->n_cols = 4 + nk + (top ? 1 : 0);
  t->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  char **head = g_new0 (char *, t->n_cols + 1);
  head[0] = g_strdup ("period");
  head[1] = g_strdup ("relations");
  head[2] = g_strdup ("coarse");
  head[3] = g_strdup ("active");
  for (guint k = 0; k < nk; k++)
    head[4 + k] = g_strdup (bri_timeline_get_kind_name (tl, k));
  if (top)
    head[4 + nk] = g_strdup_printf ("top %s", bri_measure_get_name (m));
  g_ptr_array_add (t->rows, head);
  for (guint p = 0; p < np; p++)
    {
      char **row = g_new0 (char *, t->n_cols + 1);
      row[0] = g_strdup (bri_timeline_get_period_label (tl, p));
      row[1] = g_strdup_printf ("%u", bri_timeline_get_n_relations (tl, p));
      row[2] = g_strdup_printf ("%u", bri_timeline_get_n_coarse (tl, p));
      row[3] = g_strdup_printf ("%u", bri_timeline_get_n_active (tl, p));
      for (guint k = 0; k < nk; k++)
        row[4 + k] = g_strdup_printf ("%u", bri_timeline_get_kind_count (tl, p, k));
      if (top)
        {
          GString *s = g_string_new (NULL);
          const BriRanking *rk = bri_timeline_get_top (tl, p);
          for (guint i = 0; rk && i < bri_ranking_get_n_items (rk); i++)
            g_string_append_printf (s, "%s%s", i ? " " : "",
                                    bri_entity_get_id (bri_ranking_get_entity (rk, i)));
          row[4 + nk] = g_string_free (s, FALSE);
        }
      g_ptr_array_add (t->rows, row);
    }
  table_print (cli, t);
  table_free (t);
  if (cli->format == FMT_TABLE)
    printf ("# relations: dated within the period (by kind); coarse: dated more coarsely "
            "(to the year only), in no kind column;\n# active and top count both "
            "(a relation overlaps every period of its year)\n");
  return 0;
}

int
cmd_explain (BriCli *cli, BriGraph *g, int argc, char **argv)
{
  if (argc != 2)
    return cli_fail (EXIT_USAGE, "usage: bri explain A B");
  g_autoptr(GError) error = NULL;
  g_autoptr(BriView) view = build_view (cli, g, FALSE, &error);
  if (!view)
    return cli_fail_error (error);
  const BriEntity *a = resolve_in_view (g, view, argv[0], &error);
  if (!a)
    return cli_fail_error (error);
  const BriEntity *b = resolve_in_view (g, view, argv[1], &error);
  if (!b)
    return cli_fail_error (error);
  g_autoptr(GPtrArray) rels = bri_view_explain (view, a, b, &error);
  if (!rels)
    return cli_fail_error (error);
  /* The JSON has every field of a relation (json_relation()'s); the
   * table those that fit a line. */
  static const Column columns[] = {
    { "kind", SHOW_ALL }, { "from", SHOW_ALL }, { "to", SHOW_ALL },
    { "date", SHOW_ALL }, { "end_date", SHOW_JSON }, { "title", SHOW_ALL },
    { "via", SHOW_ALL }, { "event", SHOW_JSON }, { "weight", SHOW_JSON },
    { "confidence", SHOW_JSON }, { "source", SHOW_ALL }, { "evidence", SHOW_ALL },
  };
  g_autoptr(Rows) rows = rows_new (columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < rels->len; i++)
    {
      const BriRelation *r = rels->pdata[i];
      g_autofree char *date = fmt_date (bri_relation_get_date (r));
      g_autofree char *end = fmt_date (bri_relation_get_end_date (r));
      rows_text (rows, bri_relation_get_kind (r));
      rows_text (rows, bri_relation_get_from_id (r));
      rows_text (rows, bri_relation_get_to_id (r));
      rows_text (rows, *date ? date : NULL);
      rows_text (rows, *end ? end : NULL);
      rows_text (rows, bri_relation_get_title (r));
      rows_text (rows, bri_relation_get_via_id (r));
      rows_text (rows, bri_relation_get_event (r));
      rows_number (rows, bri_relation_get_weight (r));
      rows_number (rows, bri_relation_get_confidence (r));
      rows_text (rows, bri_relation_get_source (r));
      rows_text (rows, bri_relation_get_evidence (r));
    }
  rows_print (cli, rows);
  return 0;
}
