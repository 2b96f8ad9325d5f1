/* tests/unit/test-export-direction.c — exports keep each edge's direction
 * (issue 20): in a view of mixed kinds (undirected) a `hosted` edge is
 * written host -> forum and marked directed, a `met` edge undirected, in
 * GraphML (per-edge `directed`), GEXF (`defaultedgetype="mixed"`, per-edge
 * `type`), JSON (per-link `directed`), DOT (digraph, `dir=none`), Neo4j,
 * GraphFrames and CSV (`directed` columns); bri_export_options_set_mixed
 * (FALSE), a view made undirected on request and a directed view write no
 * per-edge markup. Expected values by hand from direction_graph(). */
#include <bri/bri.h>
#include <json-glib/json-glib.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>
#include "config.h"
#include "test-util.h"

static char *test_dir;

static void
remove_test_dir (void)
{
  if (test_dir)
    test_rm_rf (test_dir);
  g_clear_pointer (&test_dir, g_free);
}

TestSuite (export_direction, .fini = remove_test_dir);

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define GEXF_NS "http://www.gexf.net/1.2draft"

/* forum:f1 comes first (so a view's natural order puts the forum at the
 * first end of its edges): China hosted it, Laos and Vientiane (a city of
 * Laos) attended it, China and Laos met. */
static BriGraph *
direction_graph (void)
{
  BriGraph *g = bri_graph_new ();
  g_autoptr (GError) error = NULL;
  const char *ents[][3] = {
    { "forum:f1", "forum", NULL }, { "country:CN", "country", NULL },
    { "country:LA", "country", NULL }, { "city:vte", "city", "country:LA" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (ents); i++)
    {
      BriEntity *e = bri_entity_new (ents[i][0], ents[i][1], ents[i][0] + 5);
      if (ents[i][2])
        bri_entity_set_parent (e, ents[i][2]);
      cr_assert_not_null (bri_graph_add_entity (g, e, &error), "%s",
                          error ? error->message : "");
    }
  const char *rels[][3] = {
    { "hosted", "country:CN", "forum:f1" },
    { "attended", "country:LA", "forum:f1" },
    { "attended", "city:vte", "forum:f1" },
    { "met", "country:CN", "country:LA" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (rels); i++)
    {
      BriRelation *r = bri_relation_new (rels[i][0], rels[i][1], rels[i][2]);
      bri_relation_set_source (r, "s1");
      cr_assert_not_null (bri_graph_add_relation (g, r, &error), "%s",
                          error ? error->message : "");
    }
  return g;
}

/* Exports @view (options @eo, nullable) as @format to a fresh file or
 * directory @name in the test's directory; returns its path. */
static char *
export_to (const BriView *view, BriExportFormat format, const char *name,
           const BriExportOptions *eo)
{
  if (!test_dir)
    test_dir = g_dir_make_tmp ("bri-direction-XXXXXX", NULL);
  cr_assert_not_null (test_dir);
  char *path = g_build_filename (test_dir, name, NULL);
  g_autoptr (GError) error = NULL;
  cr_assert (bri_view_export (view, format, path, eo, &error), "%s",
             error ? error->message : "");
  return path;
}

static BriView *
make_view (BriGraph *g, const char *kinds, BriDirection direction, const char *rollup)
{
  g_autoptr (BriFilter) f = bri_filter_new ();
  g_autoptr (GError) error = NULL;
  if (kinds)
    {
      g_auto (GStrv) ks = g_strsplit (kinds, ",", -1);
      for (guint i = 0; ks[i]; i++)
        bri_filter_add_relation_kind (f, ks[i]);
    }
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_direction (o, direction);
  if (rollup)
    bri_view_options_set_rollup (o, rollup);
  BriView *v = bri_view_new (g, f, o, &error);
  cr_assert_not_null (v, "%s", error ? error->message : "");
  return v;
}

static int
count_xpath (const char *path, const char *ns, const char *expr)
{
  xmlDocPtr doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  cr_assert_not_null (doc, "%s does not parse", path);
  xmlXPathContextPtr ctx = xmlXPathNewContext (doc);
  xmlXPathRegisterNs (ctx, BAD_CAST "x", BAD_CAST ns);
  xmlXPathObjectPtr r = xmlXPathEvalExpression (BAD_CAST expr, ctx);
  cr_assert_not_null (r, "bad xpath %s", expr);
  int n = r->nodesetval ? r->nodesetval->nodeNr : 0;
  xmlXPathFreeObject (r);
  xmlXPathFreeContext (ctx);
  xmlFreeDoc (doc);
  return n;
}

static char *
slurp (const char *path)
{
  char *s = NULL;
  cr_assert (g_file_get_contents (path, &s, NULL, NULL), "%s", path);
  return s;
}

Test (export_direction, graphml_marks_each_edge_of_a_mixed_view)
{
  g_autoptr (BriGraph) g = direction_graph ();
  g_autoptr (BriView) v = make_view (g, "hosted,attended,met", BRI_DIRECTION_AUTO, NULL);
  cr_assert_not (bri_view_is_directed (v));
  g_autofree char *p = export_to (v, BRI_EXPORT_GRAPHML, "g.graphml", NULL);
  cr_assert_eq (count_xpath (p, GRAPHML_NS, "//x:graph[@edgedefault='undirected']"), 1);
  /* Four edges: CN -> f1, LA -> f1, vte -> f1 directed, CN — LA not. */
  cr_assert_eq (count_xpath (p, GRAPHML_NS, "//x:edge"), 4);
  cr_assert_eq (count_xpath (p, GRAPHML_NS, "//x:edge[@directed='true']"), 3);
  cr_assert_eq (count_xpath (p, GRAPHML_NS,
                             "//x:edge[@source='country:CN' and @target='forum:f1'"
                             " and @directed='true']"), 1);
  cr_assert_eq (count_xpath (p, GRAPHML_NS,
                             "//x:edge[@source='city:vte' and @target='forum:f1'"
                             " and @directed='true']"), 1);
  cr_assert_eq (count_xpath (p, GRAPHML_NS, "//x:edge[@directed='false' and "
                             "(@source='country:CN' or @source='country:LA')"
                             " and (@target='country:CN' or @target='country:LA')]"), 1);
  /* The `directed` attribute says the same, as a boolean key. */
  cr_assert_eq (count_xpath (p, GRAPHML_NS, "//x:key[@attr.name='directed' and "
                             "@attr.type='boolean' and @for='edge']"), 1);
}

Test (export_direction, gexf_is_a_mixed_graph)
{
  g_autoptr (BriGraph) g = direction_graph ();
  g_autoptr (BriView) v = make_view (g, NULL, BRI_DIRECTION_AUTO, NULL);
  g_autofree char *p = export_to (v, BRI_EXPORT_GEXF, "g.gexf", NULL);
  cr_assert_eq (count_xpath (p, GEXF_NS, "//x:graph[@defaultedgetype='mixed']"), 1);
  cr_assert_eq (count_xpath (p, GEXF_NS,
                             "//x:edge[@source='country:LA' and @target='forum:f1'"
                             " and @type='directed']"), 1);
  cr_assert_eq (count_xpath (p, GEXF_NS, "//x:edge[@type='undirected']"), 1);
  cr_assert_eq (count_xpath (p, GEXF_NS, "//x:edge[@type='directed']"), 3);
}

Test (export_direction, rolled_up_relations_keep_their_direction)
{
  g_autoptr (BriGraph) g = direction_graph ();
  /* Vientiane rolls up to Laos: the edge LA -> f1 holds both attended
   * relations, still directed. */
  g_autoptr (BriView) v = make_view (g, NULL, BRI_DIRECTION_AUTO, "country");
  g_autofree char *p = export_to (v, BRI_EXPORT_GRAPHML, "r.graphml", NULL);
  cr_assert_eq (count_xpath (p, GRAPHML_NS, "//x:edge"), 3);
  cr_assert_eq (count_xpath (p, GRAPHML_NS,
                             "//x:edge[@source='country:LA' and @target='forum:f1'"
                             " and @directed='true']"), 1);
}

Test (export_direction, json_links_carry_their_direction)
{
  g_autoptr (BriGraph) g = direction_graph ();
  g_autoptr (BriView) v = make_view (g, NULL, BRI_DIRECTION_AUTO, NULL);
  g_autofree char *p = export_to (v, BRI_EXPORT_JSON, "g.json", NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  cr_assert (json_parser_load_from_file (parser, p, &error), "%s", error ? error->message : "");
  JsonObject *root = json_node_get_object (json_parser_get_root (parser));
  cr_assert_not (json_object_get_boolean_member (root, "directed"));
  JsonArray *links = json_object_get_array_member (root, "links");
  guint n_directed = 0;
  gboolean hosted_seen = FALSE;
  for (guint i = 0; i < json_array_get_length (links); i++)
    {
      JsonObject *l = json_array_get_object_element (links, i);
      gboolean d = json_object_get_boolean_member (l, "directed");
      n_directed += d;
      if (strcmp (json_object_get_string_member (l, "kinds"), "hosted") == 0)
        {
          hosted_seen = TRUE;
          cr_assert (d);
          cr_assert_str_eq (json_object_get_string_member (l, "source"), "country:CN");
          cr_assert_str_eq (json_object_get_string_member (l, "target"), "forum:f1");
        }
      if (strcmp (json_object_get_string_member (l, "kinds"), "met") == 0)
        cr_assert_not (d);
    }
  cr_assert (hosted_seen);
  cr_assert_eq (n_directed, 3);
}

Test (export_direction, dot_is_a_digraph_with_undirected_edges_dir_none)
{
  g_autoptr (BriGraph) g = direction_graph ();
  g_autoptr (BriView) v = make_view (g, NULL, BRI_DIRECTION_AUTO, NULL);
  g_autofree char *p = export_to (v, BRI_EXPORT_DOT, "g.dot", NULL);
  g_autofree char *s = slurp (p);
  cr_assert (g_str_has_prefix (s, "digraph"), "%s", s);
  /* One dir=none, on the met edge (the one edge between two countries). */
  const char *none = strstr (s, "dir=none");
  cr_assert_not_null (none, "%s", s);
  cr_assert_null (strstr (none + 1, "dir=none"), "%s", s);
  const char *pair = "\"country:CN\" -> \"country:LA\"";
  const char *met = strstr (s, pair);
  cr_assert_not_null (met, "%s", s);
  met += strlen (pair);
  /* dir=none comes after the met edge and before the next edge. */
  cr_assert (met < none && !memmem (met, (size_t) (none - met), "->", 2), "%s", s);
  cr_assert_not_null (strstr (s, "\"country:CN\" -> \"forum:f1\""), "%s", s);
}

Test (export_direction, directory_formats_have_a_directed_column)
{
  g_autoptr (BriGraph) g = direction_graph ();
  g_autoptr (BriView) v = make_view (g, "hosted,met", BRI_DIRECTION_AUTO, NULL);
  g_autofree char *neo = export_to (v, BRI_EXPORT_NEO4J, "neo", NULL);
  g_autofree char *rels = test_read (neo, "relationships.csv");
  cr_assert_not_null (strstr (rels, ",directed:boolean"), "%s", rels);
  g_autofree char *gf = export_to (v, BRI_EXPORT_GRAPHFRAMES, "gf", NULL);
  g_autofree char *edges = test_read (gf, "edges.csv");
  cr_assert_not_null (strstr (edges, "country:CN,forum:f1,hosted,"), "%s", edges);
  g_autofree char *csv = export_to (v, BRI_EXPORT_CSV, "csv", NULL);
  g_autofree char *sheet = test_read (csv, "edges.csv");
  cr_assert_not_null (strstr (sheet, ",evidence,directed,edge_directed\n"), "%s", sheet);
  cr_assert_not_null (strstr (sheet, "country:CN,forum:f1,hosted,country:CN,forum:f1,"), "%s",
                      sheet);
  cr_assert_not_null (strstr (sheet, ",true,true\n"), "%s", sheet);
  cr_assert_not_null (strstr (sheet, ",false,false\n"), "%s", sheet);
}

Test (export_direction, no_markup_when_not_mixed)
{
  g_autoptr (BriGraph) g = direction_graph ();
  /* Asked to be plain: undirected, the direction in the attribute only. */
  g_autoptr (BriView) v = make_view (g, NULL, BRI_DIRECTION_AUTO, NULL);
  g_autoptr (BriExportOptions) eo = bri_export_options_new ();
  cr_assert (bri_export_options_get_mixed (eo));
  bri_export_options_set_mixed (eo, FALSE);
  cr_assert_not (bri_export_options_get_mixed (eo));
  g_autoptr (BriExportOptions) copy = bri_export_options_copy (eo);
  cr_assert_not (bri_export_options_get_mixed (copy));
  g_autofree char *p = export_to (v, BRI_EXPORT_GRAPHML, "plain.graphml", copy);
  cr_assert_eq (count_xpath (p, GRAPHML_NS, "//x:edge[@directed]"), 0);
  cr_assert_eq (count_xpath (p, GRAPHML_NS, "//x:data[.='true']"), 3);
  g_autofree char *q = export_to (v, BRI_EXPORT_GEXF, "plain.gexf", eo);
  cr_assert_eq (count_xpath (q, GEXF_NS, "//x:graph[@defaultedgetype='undirected']"), 1);
  cr_assert_eq (count_xpath (q, GEXF_NS, "//x:edge[@type]"), 0);

  /* A view made undirected on request: no edge is directed. */
  g_autoptr (BriView) u = make_view (g, NULL, BRI_DIRECTION_UNDIRECTED, NULL);
  g_autofree char *r = export_to (u, BRI_EXPORT_GEXF, "undirected.gexf", NULL);
  cr_assert_eq (count_xpath (r, GEXF_NS, "//x:graph[@defaultedgetype='undirected']"), 1);
  cr_assert_eq (count_xpath (r, GEXF_NS, "//x:edge[@type]"), 0);
  cr_assert_eq (count_xpath (r, GEXF_NS, "//x:attvalue[@value='true']"), 0);

  /* A directed view: every edge directed, by the graph's default. */
  g_autoptr (BriView) d = make_view (g, "hosted,attended", BRI_DIRECTION_AUTO, NULL);
  cr_assert (bri_view_is_directed (d));
  g_autofree char *s = export_to (d, BRI_EXPORT_GRAPHML, "directed.graphml", NULL);
  cr_assert_eq (count_xpath (s, GRAPHML_NS, "//x:graph[@edgedefault='directed']"), 1);
  cr_assert_eq (count_xpath (s, GRAPHML_NS, "//x:edge[@directed]"), 0);
  cr_assert_eq (count_xpath (s, GRAPHML_NS, "//x:data[.='true']"), 3);
}
