/* tests/unit/test-explore.c — the layout (bri_view_layout), the explorer
 * page's writer (bri_view_explore) and the timeline chart
 * (bri_timeline_plot) on the bundled data: positions, determinism, the
 * page's data element, escaping, atomic failure, and the chart's errors. */
#include "test-util.h"

static BriGraph *graph;

static void
setup (void)
{
  g_autoptr (GError) error = NULL;
  graph = bri_graph_new_bundled (BRI_BUNDLED_ALL, &error);
  cr_assert_not_null (graph, "%s", error ? error->message : "");
}

static void
teardown (void)
{
  bri_graph_unref (graph);
}

TestSuite (explore, .init = setup, .fini = teardown);

static BriView *
view_of (const char *kinds)
{
  g_autoptr (BriFilter) f = bri_filter_new ();
  if (kinds)
    bri_filter_add_relation_kind (f, kinds);
  g_autoptr (GError) error = NULL;
  BriView *v = bri_view_new (graph, f, NULL, &error);
  cr_assert_not_null (v, "%s", error ? error->message : "");
  return v;
}

Test (explore, layout_fills_the_unit_square_and_is_seeded)
{
  g_autoptr (BriView) v = view_of (NULL);
  guint n = bri_view_get_n_entities (v);
  g_autofree double *a = g_new (double, 2 * n), *b = g_new (double, 2 * n);
  g_autoptr (GError) error = NULL;
  cr_assert (bri_view_layout (v, 7, a, &error));
  cr_assert (bri_view_layout (v, 7, b, &error));
  cr_assert (memcmp (a, b, 2 * n * sizeof *a) == 0, "same seed, same positions");
  double hi = 0;
  for (guint i = 0; i < 2 * n; i++)
    {
      cr_assert (a[i] >= 0 && a[i] <= 1, "coordinate %u = %g", i, a[i]);
      hi = MAX (hi, a[i]);
    }
  cr_assert_float_eq (hi, 1.0, 1e-12, "the longer side spans [0, 1]");
}

Test (explore, layout_of_an_empty_view)
{
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_set_window (f, (BriDate){ 1900, 0, 0 }, (BriDate){ 1900, 0, 0 });
  g_autoptr (GError) error = NULL;
  g_autoptr (BriView) v = bri_view_new (graph, f, NULL, &error);
  cr_assert_not_null (v);
  cr_assert_eq (bri_view_get_n_entities (v), 0);
  cr_assert (bri_view_layout (v, 1, NULL, &error));
}

static char *
read_page (const char *path)
{
  char *text = NULL;
  cr_assert (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

Test (explore, page_escapes_the_title_and_every_less_than_sign)
{
  g_autoptr (BriView) v = view_of ("signed_agreement");
  g_autofree char *dir = test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "p.html", NULL);
  g_autoptr (BriExploreOptions) o = bri_explore_options_new ();
  bri_explore_options_set_title (o, "</title><script>x()</script> & \"q\"");
  bri_explore_options_set_caption (o, "<b>caption</b>");
  g_autoptr (GError) error = NULL;
  cr_assert (bri_view_explore (v, path, o, &error), "%s", error ? error->message : "");
  g_autofree char *text = read_page (path);
  cr_assert_not_null (strstr (text, "<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt; &amp; &quot;q&quot;</title>"));
  cr_assert_not_null (strstr (text, "<p id=\"caption\">&lt;b&gt;caption&lt;/b&gt;</p>"));
  const char *data = strstr (text, "id=\"bri-data\">");
  cr_assert_not_null (data);
  data += strlen ("id=\"bri-data\">");
  const char *end = strstr (data, "</script>");
  cr_assert_not_null (end);
  cr_assert_null (g_strstr_len (data, end - data, "<"), "a raw < in the data");
  cr_assert_not_null (g_strstr_len (data, end - data, "\\u003c/title>"), "the title is in the data, escaped");
  /* Exactly four scripts: the data, graphology, sigma.js, the page's own. */
  guint scripts = 0;
  for (const char *p = text; (p = strstr (p, "<script")); p++)
    scripts++;
  cr_assert_eq (scripts, 4);
  test_rm_rf (dir);
}

Test (explore, a_failed_page_leaves_the_old_file)
{
  g_autoptr (BriView) v = view_of (NULL);
  g_autofree char *dir = test_tmpdir ();
  g_autofree char *missing = g_build_filename (dir, "no", "p.html", NULL);
  g_autoptr (GError) error = NULL;
  cr_assert_not (bri_view_explore (v, missing, NULL, &error));
  cr_assert (error && error->domain == G_FILE_ERROR, "a G_FILE_ERROR");
  cr_assert_not_null (strstr (error->message, dir), "%s", error->message);
  test_rm_rf (dir);
}

Test (explore, chart_formats_and_errors)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BriTimeline) tl = bri_timeline_new (graph, NULL, NULL, BRI_PERIOD_YEAR,
                                                 BRI_MEASURE_DEGREE, BRI_WEIGHTS_NONE, 0, &error);
  cr_assert_not_null (tl);
  g_autofree char *dir = test_tmpdir ();
  const char *names[] = { "t.svg", "t.png", "t.pdf", "T.SVG" };
  const char *magic[] = { "<?xml", "\x89PNG", "%PDF-", "<?xml" };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *p = g_build_filename (dir, names[i], NULL);
      cr_assert (bri_timeline_plot (tl, p, "合作 & <chart>", &error), "%s",
                 error ? error->message : "");
      g_autofree char *text = read_page (p);
      cr_assert (g_str_has_prefix (text, magic[i]), "%s starts with %s", names[i], magic[i]);
    }
  g_autofree char *gif = g_build_filename (dir, "t.gif", NULL);
  cr_assert_not (bri_timeline_plot (tl, gif, NULL, &error));
  cr_assert (g_error_matches (error, BRI_ERROR, BRI_ERROR_INVALID));
  cr_assert_not_null (strstr (error->message, "unknown chart format"), "%s", error->message);
  cr_assert_not (g_file_test (gif, G_FILE_TEST_EXISTS));
  test_rm_rf (dir);
}
