/* bench/extract/bench-extract.c — throughput of bri_extract_text() on
 * Chinese text, one thread: the five bulletins of data/seeds (three in
 * Simplified, two in Traditional) concatenated and repeated to the size
 * asked for, extracted as one document, best of several runs. The
 * extractor is built once (not timed).
 *
 * usage: bench-extract DATA_ROOT [MEGABYTES [RUNS]]   (default 4 MB, 5 runs)
 * DATA_ROOT holds gazetteer/, seeds/, bri/ and rules/extract-rules.csv.
 * Prints one line per run and the best, in MB/s (1 MB = 10^6 bytes), both
 * per second of wall-clock time and per second of the thread's CPU time
 * (the second is what one core does when the machine is shared). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <time.h>
#include <bri/bri.h>

static double
cpu_seconds (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* g_ptr_array_sort passes pointers to the elements: compare the names. */
static int
cmp_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

int
main (int argc, char **argv)
{
  if (argc < 2)
    {
      fprintf (stderr, "usage: %s DATA_ROOT [MEGABYTES [RUNS]]\n", argv[0]);
      return 2;
    }
  double mb = argc > 2 ? g_ascii_strtod (argv[2], NULL) : 4;
  int runs = argc > 3 ? atoi (argv[3]) : 5;
  g_autofree char *gaz = g_build_filename (argv[1], "gazetteer", NULL);
  g_autofree char *seeds = g_build_filename (argv[1], "seeds", NULL);
  g_autofree char *bri = g_build_filename (argv[1], "bri", NULL);
  g_autofree char *rules = g_build_filename (argv[1], "rules", "extract-rules.csv", NULL);
  const char *dirs[] = { gaz, seeds, bri, NULL };
  GError *error = NULL;
  g_autoptr (BriGraph) graph = bri_graph_new_from_dirs (dirs, &error);
  if (!graph)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  gint64 t0 = g_get_monotonic_time ();
  g_autoptr (BriExtractor) ex = bri_extractor_new (graph, rules, &error);
  if (!ex)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  double build = (g_get_monotonic_time () - t0) / 1e6;
  /* The bulletins, each ending with a line break. */
  g_autoptr (GString) one = g_string_new (NULL);
  g_autoptr (GDir) dir = g_dir_open (seeds, 0, &error);
  if (!dir)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, cmp_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (seeds, names->pdata[i], NULL);
      g_autofree char *text = NULL;
      if (!g_file_get_contents (path, &text, NULL, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      g_string_append (one, text);
      if (one->len && one->str[one->len - 1] != '\n')
        g_string_append_c (one, '\n');
    }
  gsize want = (gsize) (mb * 1e6);
  g_autoptr (GString) text = g_string_sized_new (want + one->len);
  while (text->len < want)
    g_string_append_len (text, one->str, (gssize) one->len);
  BriDate doc = { 2024, 6, 0 };
  printf ("input: %u bulletins (%zu bytes) repeated to %zu bytes; extractor built in %.3f s\n",
          names->len, one->len, text->len, build);
  double best = 0, best_cpu = 0;
  guint nrel = 0;
  for (int r = 0; r < runs; r++)
    {
      double ca = cpu_seconds ();
      gint64 a = g_get_monotonic_time ();
      g_autoptr (BriExtractResult) res = bri_extract_text (ex, text->str, (gssize) text->len,
                                                           doc, "bench", &error);
      double s = (g_get_monotonic_time () - a) / 1e6;
      double cs = cpu_seconds () - ca;
      if (!res)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      nrel = bri_extract_result_get_n_relations (res);
      double rate = text->len / 1e6 / s, cpu_rate = text->len / 1e6 / cs;
      printf ("run %d: %.3f s wall, %.3f s CPU; %.2f MB/s wall, %.2f MB/s CPU; %u relations\n",
              r + 1, s, cs, rate, cpu_rate, nrel);
      if (rate > best)
        best = rate;
      if (cpu_rate > best_cpu)
        best_cpu = cpu_rate;
    }
  printf ("best: %.2f MB/s wall, %.2f MB/s CPU\n", best, best_cpu);
  return 0;
}
