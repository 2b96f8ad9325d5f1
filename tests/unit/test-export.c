/* tests/unit/test-export.c — exports and pictures (bri/export.h): every
 * format writes what the header comment promises on a small graph with
 * awkward strings, writing is atomic, options carry computed results, and
 * bri_view_draw() renders an SVG with one node group per vertex. The
 * networkx round trip of the bundled data is tests/export/check-exports.py. */
#include <bri/bri.h>
#include <igraph.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>
#include <sys/stat.h>
#include "config.h"
#include "test-util.h"

/* Every test makes at most one temporary directory (tmpdir ()); the
 * suite's fini removes it, whether the test passed or not. */
static char *test_dir;

static void
remove_test_dir (void)
{
  if (test_dir)
    test_rm_rf (test_dir);
  g_clear_pointer (&test_dir, g_free);
}

TestSuite (export, .fini = remove_test_dir);

static const char *awkward = "Quote \" amp & lt < gt > comma , pipe-free\ttab\nnewline 中文";

/* a — b (met, twice: 2024-06 and 2024-07-15), b — c (signed_agreement, 2024,
 * titled), c -> d (attended, undated); a has awkward strings. */
static BriGraph *
small_graph (void)
{
  BriGraph *g = bri_graph_new ();
  g_autoptr (GError) error = NULL;
  const char *ids[] = { "country:AA", "country:BB", "city:cc", "forum:dd" };
  const char *kinds[] = { "country", "country", "city", "forum" };
  for (guint i = 0; i < 4; i++)
    {
      BriEntity *e = bri_entity_new (ids[i], kinds[i], ids[i] + 5);
      if (i == 0)
        {
          bri_entity_set_name_zh (e, "甲国");
          bri_entity_add_alias (e, "A-land");
          bri_entity_add_alias (e, "甲");
          bri_entity_set_attribute (e, "motto", awkward);
          bri_entity_set_attribute (e, "label", "a label attribute");
          bri_entity_set_attribute (e, "attr_label", "taken twice");
        }
      cr_assert_not_null (bri_graph_add_entity (g, e, &error), "%s",
                          error ? error->message : "");
    }
  struct { const char *kind, *from, *to, *date, *title; } rels[] = {
    { "met", "country:AA", "country:BB", "2024-06", NULL },
    { "met", "country:BB", "country:AA", "2024-07-15", NULL },
    { "signed_agreement", "country:BB", "city:cc", "2024", awkward },
    { "attended", "city:cc", "forum:dd", NULL, NULL },
  };
  for (guint i = 0; i < G_N_ELEMENTS (rels); i++)
    {
      BriRelation *r = bri_relation_new (rels[i].kind, rels[i].from, rels[i].to);
      if (rels[i].date)
        {
          BriDate d;
          cr_assert (bri_date_parse (rels[i].date, &d, NULL));
          bri_relation_set_date (r, d);
        }
      bri_relation_set_title (r, rels[i].title);
      bri_relation_set_source (r, "src-1");
      cr_assert_not_null (bri_graph_add_relation (g, r, &error), "%s",
                          error ? error->message : "");
    }
  return g;
}

static char *
tmpdir (void)
{
  g_autoptr (GError) error = NULL;
  char *d = g_dir_make_tmp ("bri-export-XXXXXX", &error);
  cr_assert_not_null (d, "%s", error ? error->message : "");
  cr_assert_null (test_dir, "tmpdir () called twice in one test");
  test_dir = g_strdup (d);
  return d;
}

static char *
slurp (const char *path)
{
  char *s = NULL;
  g_autoptr (GError) error = NULL;
  cr_assert (g_file_get_contents (path, &s, NULL, &error), "%s", error ? error->message : "");
  return s;
}

static gint
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The names in @dir, sorted, joined by spaces. */
static char *
listing (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  cr_assert_not_null (d);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *n;
  while ((n = g_dir_read_name (d)))
    g_ptr_array_add (names, g_strdup (n));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static int
count_xpath (xmlDocPtr doc, const char *expr, const char *prefix, const char *ns)
{
  xmlXPathContextPtr ctx = xmlXPathNewContext (doc);
  if (prefix)
    xmlXPathRegisterNs (ctx, BAD_CAST prefix, BAD_CAST ns);
  xmlXPathObjectPtr r = xmlXPathEvalExpression (BAD_CAST expr, ctx);
  cr_assert_not_null (r, "bad xpath %s", expr);
  int n = r->nodesetval ? r->nodesetval->nodeNr : 0;
  xmlXPathFreeObject (r);
  xmlXPathFreeContext (ctx);
  return n;
}

static char *
xpath_string (xmlDocPtr doc, const char *expr, const char *prefix, const char *ns)
{
  xmlXPathContextPtr ctx = xmlXPathNewContext (doc);
  xmlXPathRegisterNs (ctx, BAD_CAST prefix, BAD_CAST ns);
  xmlXPathObjectPtr r = xmlXPathEvalExpression (BAD_CAST expr, ctx);
  cr_assert_not_null (r, "bad xpath %s", expr);
  xmlChar *s = xmlXPathCastToString (r);
  char *out = g_strdup ((char *) s);
  xmlFree (s);
  xmlXPathFreeObject (r);
  xmlXPathFreeContext (ctx);
  return out;
}

static void
export_ok (const BriView *v, BriExportFormat f, const char *path,
           const BriExportOptions *o)
{
  g_autoptr (GError) error = NULL;
  cr_assert (bri_view_export (v, f, path, o, &error), "%s: %s",
             bri_export_format_get_name (f), error ? error->message : "");
}

Test (export, format_names_round_trip)
{
  for (int f = BRI_EXPORT_GRAPHML; f <= BRI_EXPORT_GRAPHFRAMES; f++)
    {
      BriExportFormat back;
      cr_assert (bri_export_format_from_name (bri_export_format_get_name (f), &back));
      cr_assert_eq (back, f);
    }
  BriExportFormat x;
  cr_assert (bri_export_format_from_name ("GraphML", &x) && x == BRI_EXPORT_GRAPHML);
  cr_assert (bri_export_format_from_name ("node-link", &x) && x == BRI_EXPORT_JSON);
  cr_assert_not (bri_export_format_from_name ("pajek", &x));
  cr_assert (bri_export_format_is_directory (BRI_EXPORT_NEO4J));
  cr_assert_not (bri_export_format_is_directory (BRI_EXPORT_GEXF));
  cr_assert_null (bri_export_format_get_name ((BriExportFormat) 99));
}

Test (export, graphml_types_and_escaped_strings_round_trip)
{
  g_autoptr (BriGraph) g = small_graph ();
  g_autoptr (BriView) v = bri_view_new (g, NULL, NULL, NULL);
  g_autofree char *dir = tmpdir ();
  g_autofree char *path = g_build_filename (dir, "g.graphml", NULL);
  export_ok (v, BRI_EXPORT_GRAPHML, path, NULL);
  xmlDocPtr doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  cr_assert_not_null (doc, "not well-formed XML");
  const char *ns = "http://graphml.graphdrawing.org/xmlns";
  cr_assert_eq (count_xpath (doc, "//g:node", "g", ns), 4);
  cr_assert_eq (count_xpath (doc, "//g:edge", "g", ns), 3);
  cr_assert_eq (count_xpath (doc, "//g:key[@attr.name='weight' and @attr.type='double' and @for='edge']", "g", ns), 1);
  cr_assert_eq (count_xpath (doc, "//g:key[@attr.name='n_relations' and @attr.type='int']", "g", ns), 1);
  /* The extra attribute `label` clashes with the label column. */
  cr_assert_eq (count_xpath (doc, "//g:key[@attr.name='attr_label']", "g", ns), 1);
  cr_assert_eq (count_xpath (doc, "//g:key[@attr.name='attr_attr_label']", "g", ns), 1);
  g_autofree char *motto = xpath_string (
    doc, "//g:node[@id='country:AA']/g:data[@key=//g:key[@attr.name='motto']/@id]", "g", ns);
  cr_assert_str_eq (motto, awkward);
  g_autofree char *dates = xpath_string (
    doc, "//g:edge[@source='country:AA']/g:data[@key=//g:key[@attr.name='dates']/@id]", "g", ns);
  cr_assert_str_eq (dates, "2024-06|2024-07-15");
  g_autofree char *aliases = xpath_string (
    doc, "//g:node[@id='country:AA']/g:data[@key=//g:key[@attr.name='aliases']/@id]", "g", ns);
  cr_assert_str_eq (aliases, "A-land|甲");
  xmlFreeDoc (doc);
  g_autofree char *names = listing (dir);
  cr_assert_str_eq (names, "g.graphml", "a temporary file was left: %s", names);
}

Test (export, gexf_has_merged_spells_from_partial_dates)
{
  g_autoptr (BriGraph) g = small_graph ();
  g_autoptr (BriView) v = bri_view_new (g, NULL, NULL, NULL);
  g_autofree char *dir = tmpdir ();
  g_autofree char *path = g_build_filename (dir, "g.gexf", NULL);
  g_autoptr (BriExportOptions) o = bri_export_options_new ();
  bri_export_options_set_labels (o, BRI_LABELS_ZH);
  export_ok (v, BRI_EXPORT_GEXF, path, o);
  xmlDocPtr doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  cr_assert_not_null (doc);
  const char *ns = "http://www.gexf.net/1.2draft";
  cr_assert_eq (count_xpath (doc, "/x:gexf[@version='1.2']/x:graph[@mode='dynamic' and @timeformat='date']", "x", ns), 1);
  /* a — b: 2024-06 (whole month) and 2024-07-15: two spells. */
  cr_assert_eq (count_xpath (doc, "//x:edge[@source='country:AA']//x:spell", "x", ns), 2);
  cr_assert_eq (count_xpath (doc, "//x:edge[@source='country:AA']//x:spell[@start='2024-06-01' and @end='2024-06-30']", "x", ns), 1);
  cr_assert_eq (count_xpath (doc, "//x:edge[@source='country:BB' and @target='city:cc']//x:spell[@start='2024-01-01' and @end='2024-12-31']", "x", ns), 1);
  /* The undated attended edge is always present: no spells; so is forum:dd. */
  cr_assert_eq (count_xpath (doc, "//x:edge[@target='forum:dd']//x:spell", "x", ns), 0);
  cr_assert_eq (count_xpath (doc, "//x:node[@id='forum:dd']//x:spell", "x", ns), 0);
  /* b's spells: the union of June, July 15 and 2024: one spell. */
  cr_assert_eq (count_xpath (doc, "//x:node[@id='country:BB']//x:spell", "x", ns), 1);
  cr_assert_eq (count_xpath (doc, "//x:node[@id='country:AA' and @label='甲国']", "x", ns), 1);
  cr_assert_eq (count_xpath (doc, "//x:edge[@source='country:AA' and @weight='2']", "x", ns), 1);
  xmlFreeDoc (doc);
}

Test (export, json_node_link_layout)
{
  g_autoptr (BriGraph) g = small_graph ();
  g_autoptr (BriView) v = bri_view_new (g, NULL, NULL, NULL);
  g_autofree char *dir = tmpdir ();
  g_autofree char *path = g_build_filename (dir, "g.json", NULL);
  export_ok (v, BRI_EXPORT_JSON, path, NULL);
  g_autofree char *s = slurp (path);
  cr_assert (strstr (s, "\"directed\" : false"), "%s", s);
  cr_assert (strstr (s, "\"multigraph\" : false"));
  cr_assert (strstr (s, "\"links\" : ["));
  cr_assert (strstr (s, "\"source\" : \"country:AA\""));
  cr_assert (strstr (s, "\"weight\" : 2"));
  cr_assert (strstr (s, "\"n_relations\" : 2"));
  cr_assert (strstr (s, "Quote \\\" amp & lt < gt > comma , pipe-free\\ttab\\nnewline"), "%s", s);
}

Test (export, dot_is_read_back_by_graphviz_names)
{
  g_autoptr (BriGraph) g = small_graph ();
  g_autoptr (BriView) v = bri_view_new (g, NULL, NULL, NULL);
  g_autofree char *dir = tmpdir ();
  g_autofree char *path = g_build_filename (dir, "g.dot", NULL);
  export_ok (v, BRI_EXPORT_DOT, path, NULL);
  g_autofree char *s = slurp (path);
  /* A view of mixed kinds (met, attended) is a digraph whose undirected
   * edges say dir=none. */
  cr_assert (g_str_has_prefix (s, "digraph"), "%s", s);
  /* Node ids with ':' are quoted (a bare colon would be a port). */
  cr_assert (strstr (s, "\"country:AA\""), "%s", s);
}

Test (export, neo4j_headers_follow_the_import_rules)
{
  g_autoptr (BriGraph) g = small_graph ();
  g_autoptr (BriView) v = bri_view_new (g, NULL, NULL, NULL);
  g_autofree char *dir = tmpdir ();
  g_autofree char *out = g_build_filename (dir, "neo", "sub", NULL);
  export_ok (v, BRI_EXPORT_NEO4J, out, NULL);
  g_autofree char *np = g_build_filename (out, "nodes.csv", NULL);
  g_autofree char *rp = g_build_filename (out, "relationships.csv", NULL);
  g_autofree char *nodes = slurp (np);
  g_autofree char *rels = slurp (rp);
  cr_assert (g_str_has_prefix (nodes, "id:ID,:LABEL,kind:string,name:string,"), "%s", nodes);
  cr_assert (strstr (nodes, "country:AA,Entity;Country,country,"), "%s", nodes);
  cr_assert (g_str_has_prefix (rels, ":START_ID,:END_ID,:TYPE,weight:double,n_relations:int,"),
             "%s", rels);
  cr_assert (strstr (rels, "country:AA,country:BB,MET,2,2,"), "%s", rels);
  cr_assert (strstr (rels, "SIGNED_AGREEMENT"));
  g_autofree char *names = listing (out);
  cr_assert_str_eq (names, "nodes.csv relationships.csv");
}

Test (export, graphframes_headers)
{
  g_autoptr (BriGraph) g = small_graph ();
  g_autoptr (BriView) v = bri_view_new (g, NULL, NULL, NULL);
  g_autofree char *dir = tmpdir ();
  export_ok (v, BRI_EXPORT_GRAPHFRAMES, dir, NULL);
  g_autofree char *vp = g_build_filename (dir, "vertices.csv", NULL);
  g_autofree char *ep = g_build_filename (dir, "edges.csv", NULL);
  g_autofree char *vs = slurp (vp);
  g_autofree char *es = slurp (ep);
  cr_assert (g_str_has_prefix (vs, "id,kind,name,"), "%s", vs);
  cr_assert (g_str_has_prefix (es, "src,dst,relationship,weight,n_relations,kinds,"), "%s", es);
  cr_assert (strstr (es, "country:AA,country:BB,met,2,2,met,"), "%s", es);
  /* The awkward title is quoted by libcsv: the quote doubled. */
  cr_assert (strstr (es, "\"Quote \"\" amp"), "%s", es);
}

Test (export, graph_export_includes_isolated_entities)
{
  g_autoptr (BriGraph) g = small_graph ();
  g_autoptr (GError) error = NULL;
  cr_assert_not_null (bri_graph_add_entity (g, bri_entity_new ("person:zz", "person", "Zed"),
                                            &error));
  g_autofree char *dir = tmpdir ();
  g_autofree char *path = g_build_filename (dir, "g.graphml", NULL);
  cr_assert (bri_graph_export (g, BRI_EXPORT_GRAPHML, path, NULL, &error), "%s",
             error ? error->message : "");
  xmlDocPtr doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  const char *ns = "http://graphml.graphdrawing.org/xmlns";
  cr_assert_eq (count_xpath (doc, "//g:node", "g", ns), 5);
  cr_assert_eq (count_xpath (doc, "//g:node[@id='person:zz']", "g", ns), 1);
  cr_assert_eq (count_xpath (doc, "//g:edge", "g", ns), 3);
  xmlFreeDoc (doc);
}

Test (export, computed_results_ride_along)
{
  g_autoptr (BriGraph) g = small_graph ();
  g_autoptr (BriView) v = bri_view_new (g, NULL, NULL, NULL);
  g_autoptr (BriExportOptions) o = bri_export_options_new ();
  g_autoptr (GError) error = NULL;
  cr_assert (bri_export_options_add_computed (o, v, "centrality=pagerank, community=louvain",
                                              BRI_WEIGHTS_STRENGTH, 7, &error),
             "%s", error ? error->message : "");
  /* Names are unique; a failing spec adds nothing. */
  cr_assert_not (bri_export_options_add_computed (o, v, "centrality=degree,community=nope",
                                                  BRI_WEIGHTS_NONE, 1, &error));
  cr_assert (g_error_matches (error, BRI_ERROR, BRI_ERROR_INVALID), "%s", error->message);
  g_clear_error (&error);
  cr_assert_not (bri_export_options_add_computed (o, v, "centrality", BRI_WEIGHTS_NONE, 1,
                                                  &error));
  cr_assert (g_error_matches (error, BRI_ERROR, BRI_ERROR_PARSE));
  g_clear_error (&error);
  g_autoptr (BriRanking) r = bri_view_degree (v, BRI_NEIGHBORS_ALL, NULL);
  cr_assert_not (bri_export_options_add_ranking (o, "pagerank", r, &error));
  cr_assert (g_error_matches (error, BRI_ERROR, BRI_ERROR_DUPLICATE));
  g_clear_error (&error);
  cr_assert_not (bri_export_options_add_ranking (o, "bad name", r, &error));
  cr_assert (g_error_matches (error, BRI_ERROR, BRI_ERROR_INVALID));
  g_clear_error (&error);
  cr_assert (bri_export_options_add_ranking (o, "degree", r, &error));
  g_autofree char *dir = tmpdir ();
  export_ok (v, BRI_EXPORT_NEO4J, dir, o);
  g_autofree char *np = g_build_filename (dir, "nodes.csv", NULL);
  g_autofree char *nodes = slurp (np);
  cr_assert (strstr (nodes, ",pagerank:double,louvain:int,degree:double\n"), "%s", nodes);
  /* degree of b is 2 */
  cr_assert (strstr (nodes, ",2\n"), "%s", nodes);
}

/* Atomicity: a failed export leaves the old files as they were and no
 * temporary file. relationships.csv is a directory, so the rename would
 * fail: the export must fail before writing anything. */
Test (export, failed_export_leaves_old_files_and_no_temporary)
{
  g_autoptr (BriGraph) g = small_graph ();
  g_autoptr (BriView) v = bri_view_new (g, NULL, NULL, NULL);
  g_autofree char *dir = tmpdir ();
  g_autofree char *np = g_build_filename (dir, "nodes.csv", NULL);
  g_autofree char *rp = g_build_filename (dir, "relationships.csv", NULL);
  cr_assert (g_file_set_contents (np, "old", -1, NULL));
  cr_assert_eq (g_mkdir (rp, 0700), 0);
  g_autoptr (GError) error = NULL;
  cr_assert_not (bri_view_export (v, BRI_EXPORT_NEO4J, dir, NULL, &error));
  cr_assert (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR), "%s",
             error ? error->message : "no error");
  g_autofree char *old = slurp (np);
  cr_assert_str_eq (old, "old");
  g_autofree char *names = listing (dir);
  cr_assert_str_eq (names, "nodes.csv relationships.csv", "%s", names);

  /* A single file whose directory does not exist: nothing is created. */
  g_clear_error (&error);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "g.json", NULL);
  cr_assert_not (bri_view_export (v, BRI_EXPORT_JSON, missing, NULL, &error));
  cr_assert (error && error->domain == G_FILE_ERROR);
  cr_assert (strstr (error->message, "no/such"), "%s", error->message);

  /* A successful export replaces the old file and leaves only it. */
  g_clear_error (&error);
  g_autofree char *jp = g_build_filename (dir, "g.json", NULL);
  cr_assert (g_file_set_contents (jp, "old", -1, NULL));
  export_ok (v, BRI_EXPORT_JSON, jp, NULL);
  g_autofree char *js = slurp (jp);
  cr_assert (g_str_has_prefix (js, "{"));
  g_autofree char *names2 = listing (dir);
  cr_assert_str_eq (names2, "g.json nodes.csv relationships.csv", "%s", names2);
}

Test (export, projection_edges_carry_items)
{
  g_autoptr (BriGraph) g = small_graph ();
  g_autoptr (BriViewOptions) vo = bri_view_options_new ();
  bri_view_options_set_projection (vo, BRI_PROJECTION_ACTORS);
  g_autoptr (GError) error = NULL;
  g_autoptr (BriView) v = bri_view_new (g, NULL, vo, &error);
  cr_assert_not_null (v, "%s", error ? error->message : "");
  g_autofree char *dir = tmpdir ();
  export_ok (v, BRI_EXPORT_GRAPHFRAMES, dir, NULL);
  g_autofree char *ep = g_build_filename (dir, "edges.csv", NULL);
  g_autofree char *es = slurp (ep);
  cr_assert (strstr (es, ",n_items,items"), "%s", es);
  cr_assert (strstr (es, "cooperated_with"), "%s", es);
}

#ifdef HAVE_GVC
Test (export, draw_svg_has_one_group_per_vertex)
{
  /* Graphviz's text measuring (pango, fontconfig) and sfdp's overlap removal
   * (gts) leak blocks of their own that valgrind reports as definitely lost,
   * with no libbri frame in them; the valgrind run skips the picture. */
  if (g_strcmp0 (g_getenv ("BRI_VALGRIND"), "1") == 0)
    cr_skip_test ("Graphviz's libraries leak under valgrind");
  g_autoptr (BriGraph) g = small_graph ();
  g_autoptr (BriView) v = bri_view_new (g, NULL, NULL, NULL);
  g_autofree char *dir = tmpdir ();
  g_autofree char *path = g_build_filename (dir, "g.svg", NULL);
  g_autoptr (BriDrawOptions) o = bri_draw_options_new ();
  bri_draw_options_set_labels (o, BRI_LABELS_ZH);
  bri_draw_options_set_size_measure (o, BRI_MEASURE_PAGERANK, BRI_WEIGHTS_STRENGTH);
  g_autoptr (GError) error = NULL;
  cr_assert (bri_view_draw (v, path, o, &error), "%s", error ? error->message : "");
  xmlDocPtr doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  cr_assert_not_null (doc, "the SVG is not well-formed XML");
  const char *ns = "http://www.w3.org/2000/svg";
  cr_assert_eq (count_xpath (doc, "//s:g[@class='node']", "s", ns), 4);
  cr_assert_eq (count_xpath (doc, "//s:g[@class='edge']", "s", ns), 3);
  cr_assert (count_xpath (doc, "//s:text[contains(., '甲国')]", "s", ns) == 1);
  xmlFreeDoc (doc);

  bri_draw_options_set_layout (o, "dot");
  bri_draw_options_set_color (o, BRI_DRAW_COLOR_KIND);
  g_autofree char *png = g_build_filename (dir, "g.png", NULL);
  cr_assert (bri_view_draw (v, png, o, &error), "%s", error ? error->message : "");
  g_autofree char *bytes = slurp (png);
  cr_assert (memcmp (bytes, "\x89PNG", 4) == 0);

  bri_draw_options_set_layout (o, "nonesuch");
  cr_assert_not (bri_view_draw (v, path, o, &error));
  cr_assert (g_error_matches (error, BRI_ERROR, BRI_ERROR_INVALID));
  g_clear_error (&error);
  g_autofree char *gif = g_build_filename (dir, "g.gif", NULL);
  cr_assert_not (bri_view_draw (v, gif, NULL, &error));
  cr_assert (g_error_matches (error, BRI_ERROR, BRI_ERROR_INVALID));
}
#endif

Test (export, directed_view_keeps_edge_direction)
{
  g_autoptr (BriGraph) g = small_graph ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_relation_kind (f, "attended");
  g_autoptr (GError) error = NULL;
  g_autoptr (BriView) v = bri_view_new (g, f, NULL, &error);
  cr_assert_not_null (v, "%s", error ? error->message : "");
  cr_assert (bri_view_is_directed (v));
  g_autofree char *dir = tmpdir ();
  g_autofree char *path = g_build_filename (dir, "d.graphml", NULL);
  export_ok (v, BRI_EXPORT_GRAPHML, path, NULL);
  xmlDocPtr doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  const char *ns = "http://graphml.graphdrawing.org/xmlns";
  cr_assert_eq (count_xpath (doc, "//g:graph[@edgedefault='directed']", "g", ns), 1);
  cr_assert_eq (count_xpath (doc, "//g:edge[@source='city:cc' and @target='forum:dd']", "g", ns), 1);
  xmlFreeDoc (doc);
  g_autofree char *dot = g_build_filename (dir, "d.dot", NULL);
  export_ok (v, BRI_EXPORT_DOT, dot, NULL);
  g_autofree char *s = slurp (dot);
  cr_assert (g_str_has_prefix (s, "digraph"), "%s", s);
  cr_assert (strstr (s, "\"city:cc\" -> \"forum:dd\""), "%s", s);
}

/* A view without vertices still gives well-formed files in every format. */
Test (export, empty_view_writes_every_format)
{
  g_autoptr (BriGraph) g = small_graph ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  BriDate from, to;
  cr_assert (bri_date_parse ("1990", &from, NULL) && bri_date_parse ("1991", &to, NULL));
  bri_filter_set_window (f, from, to);
  g_autoptr (GError) error = NULL;
  g_autoptr (BriView) v = bri_view_new (g, f, NULL, &error);
  cr_assert_not_null (v, "%s", error ? error->message : "");
  cr_assert_eq (bri_view_get_n_entities (v), 0);
  g_autofree char *dir = tmpdir ();
  for (int fmt = BRI_EXPORT_GRAPHML; fmt <= BRI_EXPORT_GRAPHFRAMES; fmt++)
    {
      g_autofree char *path = g_build_filename (dir, bri_export_format_get_name (fmt), NULL);
      export_ok (v, fmt, path, NULL);
      if (fmt == BRI_EXPORT_GRAPHML || fmt == BRI_EXPORT_GEXF)
        {
          xmlDocPtr doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
          cr_assert_not_null (doc, "%s", path);
          xmlFreeDoc (doc);
        }
    }
  g_autofree char *vp = g_build_filename (dir, "graphframes", "vertices.csv", NULL);
  g_autofree char *vs = slurp (vp);
  cr_assert (g_str_has_prefix (vs, "id,kind,") && strchr (vs, '\n') == vs + strlen (vs) - 1,
             "%s", vs);
}

/* In an undirected view an edge whose directed relations all go one way is
 * written that way, even when the target comes first in view order. */
Test (export, undirected_edge_follows_its_directed_relations)
{
  g_autoptr (BriGraph) g = bri_graph_new ();
  g_autoptr (GError) error = NULL;
  cr_assert_not_null (bri_graph_add_entity (g, bri_entity_new ("forum:f", "forum", "F"), &error));
  cr_assert_not_null (bri_graph_add_entity (g, bri_entity_new ("country:AA", "country", "A"), &error));
  cr_assert_not_null (bri_graph_add_entity (g, bri_entity_new ("country:BB", "country", "B"), &error));
  cr_assert_not_null (bri_graph_add_relation (g, bri_relation_new ("attended", "country:AA", "forum:f"), &error));
  cr_assert_not_null (bri_graph_add_relation (g, bri_relation_new ("met", "country:AA", "country:BB"), &error));
  g_autoptr (BriView) v = bri_view_new (g, NULL, NULL, &error);
  cr_assert_not (bri_view_is_directed (v));
  /* forum:f is vertex 0: the view's edge runs forum:f — country:AA. */
  cr_assert_str_eq (bri_entity_get_id (bri_view_get_entity (v, 0)), "forum:f");
  g_autofree char *dir = tmpdir ();
  export_ok (v, BRI_EXPORT_NEO4J, dir, NULL);
  g_autofree char *rp = g_build_filename (dir, "relationships.csv", NULL);
  g_autofree char *rels = slurp (rp);
  cr_assert (strstr (rels, "\ncountry:AA,forum:f,ATTENDED,"), "%s", rels);
}

/* The temporary file (and so the export) gets the umask's permissions, as
 * a file written with open() would, not mkstemp's 0600. */
Test (export, exported_file_has_the_umask_permissions)
{
  g_autoptr (BriGraph) g = small_graph ();
  g_autoptr (BriView) v = bri_view_new (g, NULL, NULL, NULL);
  g_autofree char *dir = tmpdir ();
  g_autofree char *path = g_build_filename (dir, "g.json", NULL);
  umask (022);
  export_ok (v, BRI_EXPORT_JSON, path, NULL);
  GStatBuf st;
  cr_assert_eq (g_stat (path, &st), 0);
  cr_assert_eq (st.st_mode & 0777, 0644, "mode %o", st.st_mode & 0777);
}

/* igraph, the engine, reads the GraphML back (structure; libbri keeps no
 * igraph attribute table). */
Test (export, igraph_reads_the_graphml)
{
  g_autoptr (BriGraph) g = small_graph ();
  g_autoptr (BriView) v = bri_view_new (g, NULL, NULL, NULL);
  g_autofree char *dir = tmpdir ();
  g_autofree char *path = g_build_filename (dir, "g.graphml", NULL);
  export_ok (v, BRI_EXPORT_GRAPHML, path, NULL);
  FILE *f = fopen (path, "r");
  cr_assert_not_null (f);
  igraph_set_warning_handler (igraph_warning_handler_ignore);
  igraph_t ig;
  cr_assert_eq (igraph_read_graph_graphml (&ig, f, 0), IGRAPH_SUCCESS);
  fclose (f);
  cr_assert_eq (igraph_vcount (&ig), 4);
  cr_assert_eq (igraph_ecount (&ig), 3);
  cr_assert_not (igraph_is_directed (&ig));
  igraph_destroy (&ig);
}

typedef struct {
  const BriView *view;
  const char *dir;
  guint id;
  gint *go;
} ThreadJob;

static gpointer
export_in_thread (gpointer data)
{
  const ThreadJob *job = data;
  /* Every thread starts its first export at the same moment: the first
   * use of a library that initialises itself lazily is where races are. */
  while (!g_atomic_int_get (job->go))
    g_thread_yield ();
  for (guint round = 0; round < 5; round++)
    for (int f = BRI_EXPORT_GRAPHML; f <= BRI_EXPORT_GRAPHFRAMES; f++)
      {
        g_autofree char *name = g_strdup_printf ("t%u-%s", job->id, bri_export_format_get_name (f));
        g_autofree char *path = g_build_filename (job->dir, name, NULL);
        if (!bri_view_export (job->view, f, path, NULL, NULL))
          return GINT_TO_POINTER (1);
      }
  return NULL;
}

/* Several threads may export one view at once (the DOT writer's cgraph
 * calls are serialised by the library; libxml2 is initialised once before
 * the first XML export: without that, this test crashed in libxml2 about
 * one run in fifteen under ASan). */
Test (export, threads_export_one_view)
{
  g_autoptr (BriGraph) g = small_graph ();
  g_autoptr (BriView) v = bri_view_new (g, NULL, NULL, NULL);
  g_autofree char *dir = tmpdir ();
  ThreadJob jobs[4];
  GThread *threads[4];
  gint go = 0;
  for (guint i = 0; i < 4; i++)
    {
      jobs[i] = (ThreadJob){ v, dir, i, &go };
      threads[i] = g_thread_new ("export", export_in_thread, &jobs[i]);
    }
  g_atomic_int_set (&go, 1);
  for (guint i = 0; i < 4; i++)
    cr_assert_null (g_thread_join (threads[i]), "thread %u failed", i);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *name = g_strdup_printf ("t%u-dot", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *s = slurp (path);
      cr_assert (g_str_has_prefix (s, "digraph"));
      /* The aliases are read, never written, by every thread. */
      g_autofree char *gname = g_strdup_printf ("t%u-graphml", i);
      g_autofree char *gpath = g_build_filename (dir, gname, NULL);
      g_autofree char *gs = slurp (gpath);
      cr_assert (strstr (gs, "A-land|甲") != NULL, "thread %u: the aliases", i);
    }
  const BriEntity *a = bri_graph_lookup_entity (g, "country:AA");
  cr_assert_eq (bri_entity_get_n_aliases (a), 2);
}
