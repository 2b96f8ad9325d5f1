/* tests/regression/test-resolve-long-name.c — fixed in f947776; the
 * description below is of the bug as it was:
 * bri_graph_resolve() on a name that matches nothing computes the edit
 * distance from the name to every normalised name of the graph, to suggest
 * the nearest ("nearest: ..."). That is O(length of the name × total length
 * of all names): on the bundled data a 10 KB name takes about 1 s, 100 KB
 * about 10 s, 1 MB minutes — a caller passing user input (the CLI's
 * `find`/`path`, the Python binding) can be stalled by one long argument.
 *   libbri/core/lookup.c, nearest_names(): `guint d = bri__edit_distance (key, k);`
 *   runs for every key although only distances <= limit = max(2, len/3)
 *   are kept.
 * Fix: skip a key when the lengths alone exceed the limit (the edit
 * distance is at least the difference of the lengths), before computing it:
 *   gsize lk = strlen (k);
 *   if ((lk > len ? lk - len : len - lk) > limit) continue;
 * (len = strlen (key), computed once); a long name then costs O(number of
 * names). Optionally also cap the distance computation (e.g. names longer
 * than BRI_MAX_ID_BYTES get no suggestions).
 */
#include "../unit/test-util.h"

TestSuite (resolve_long_name);

Test (resolve_long_name, no_match_for_a_long_name_is_fast)
{
  const char *data = g_getenv ("BRI_DATA");
  cr_assert_not_null (data, "BRI_DATA is set by the test environment");
  g_autofree char *gaz = g_build_filename (data, "gazetteer", NULL);
  g_autofree char *bri = g_build_filename (data, "bri", NULL);
  const char *dirs[] = { gaz, bri, NULL };
  g_autoptr (BriGraph) g = bri_graph_new_from_dirs (dirs, NULL);
  cr_assert_not_null (g);
  cr_assert_null (bri_graph_resolve (g, "warm up the index", NULL));
  g_autofree char *name = g_strnfill (64 * 1024, 'q');
  gint64 t0 = g_get_monotonic_time ();
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_graph_resolve (g, name, &error));
  double secs = (g_get_monotonic_time () - t0) / 1e6;
  cr_expect (g_error_matches (error, BRI_ERROR, BRI_ERROR_NOT_FOUND));
  /* Now about 6 s; with the length filter, milliseconds. */
  cr_expect (secs < 0.5, "resolving a 64 KiB name took %.1f s", secs);
}
