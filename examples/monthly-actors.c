/* examples/monthly-actors.c — how the top actors change month by month:
 * for each month of the bundled bulletins' period, the number of relations,
 * the active entities and the three entities of highest degree.
 *
 *   ./a.out data/gazetteer data/seeds data/bri
 */
#include <bri/bri.h>
#include <stdio.h>

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BriGraph) graph = bri_graph_new_from_dirs ((const char *const *) argv + 1, &error);
  if (!graph)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  /* The window bounds the timeline: June 2024 to September 2025. */
  g_autoptr (BriFilter) filter = bri_filter_new ();
  bri_filter_set_window (filter, (BriDate){ 2024, 6, 0 }, (BriDate){ 2025, 9, 0 });
  g_autoptr (BriTimeline) tl = bri_timeline_new (graph, filter, NULL, BRI_PERIOD_MONTH,
                                                 BRI_MEASURE_DEGREE, BRI_WEIGHTS_NONE,
                                                 3, &error);
  if (!tl)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  for (guint p = 0; p < bri_timeline_get_n_periods (tl); p++)
    {
      guint n = bri_timeline_get_n_relations (tl, p);
      if (n == 0)
        continue; /* months no bulletin covers */
      printf ("%s  %3u relations  %3u active  top:", bri_timeline_get_period_label (tl, p),
              n, bri_timeline_get_n_active (tl, p));
      const BriRanking *top = bri_timeline_get_top (tl, p);
      for (guint i = 0; i < bri_ranking_get_n_items (top); i++)
        printf (" %s (%g)", bri_entity_get_id (bri_ranking_get_entity (top, i)),
                bri_ranking_get_score (top, i));
      printf ("\n");
    }
  return 0;
}
