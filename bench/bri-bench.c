/* bench/bri-bench.c — one libbri measurement per process, for bench/run.
 *
 *   bri-bench load DIR             time bri_graph_load_dir()
 *   bri-bench view DIR             load, then time bri_view_new() (all
 *                                  relations, default options)
 *   bri-bench dump DIR FILE        load, build the view, write its edges
 *                                  for floor-igraph (binary, see below)
 *   bri-bench query DIR NAME [K]   load, build, then time one query:
 *       degree pagerank eigenvector betweenness betweenness_sampled (K
 *       sources, seed 42) closeness louvain leiden (K = the seed, default
 *       42) transitivity dijkstra components
 *     With BENCH_WARM=1 the query runs a second time in the same process,
 *     printed as warm_s / warm_cpu_s / warm_minflt: a first call pays for
 *     cold code, lazy symbol binding and fresh pages, which on S is most
 *     of a call of tens of µs.
 *
 * Weights: strength-based queries and Dijkstra read the view's weights
 * as they are (BRI_WEIGHTS_RAW, igraph's convention), betweenness and
 * closeness are unweighted (BRI_WEIGHTS_NONE): floor-igraph makes the very
 * same igraph calls. Dijkstra runs from the view's first entity to its last.
 *
 * Output: `key value` lines (seconds, bytes, kB).
 *
 * Edge file: "BRIEDGE1", int64 n_vertices, int64 directed, int64 n_edges,
 * then n_edges pairs of int64 (from, to), then n_edges doubles (weights). */
#include <bri/bri.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bench-common.h"

static void
die (const char *what, GError *err)
{
  fprintf (stderr, "bri-bench: %s: %s\n", what, err ? err->message : "failed");
  exit (1);
}

static off_t
dir_bytes (const char *dir)
{
  static const char *const names[] = { "kinds.csv", "sources.csv", "entities.csv",
                                       "relations.csv" };
  off_t total = 0;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *p = g_build_filename (dir, names[i], NULL);
      struct stat st;
      if (stat (p, &st) == 0)
        total += st.st_size;
    }
  return total;
}

static BriGraph *
load (const char *dir)
{
  GError *err = NULL;
  BriGraph *g = bri_graph_new ();
  size_t heap0 = bench_heap_bytes ();
  double c0 = bench_cpu ();
  double t0 = bench_now ();
  if (!bri_graph_load_dir (g, dir, &err))
    die ("load", err);
  double t1 = bench_now ();
  BENCH_OUT ("load_s", "%.6f", t1 - t0);
  BENCH_OUT ("load_cpu_s", "%.6f", bench_cpu () - c0);
  BENCH_OUT ("csv_bytes", "%lld", (long long) dir_bytes (dir));
  BENCH_OUT ("entities", "%u", bri_graph_get_n_entities (g));
  BENCH_OUT ("relations", "%u", bri_graph_get_n_relations (g));
  BENCH_OUT ("load_heap_bytes", "%zu", bench_heap_bytes () - heap0);
  BENCH_OUT ("load_hwm_kb", "%ld", bench_status_kb ("VmHWM"));
  BENCH_OUT ("load_rss_kb", "%ld", bench_status_kb ("VmRSS"));
  return g;
}

static BriView *
build (BriGraph *g)
{
  GError *err = NULL;
  long rss0 = bench_status_kb ("VmRSS");
  size_t heap0 = bench_heap_bytes ();
  long f0 = bench_minflt ();
  double c0 = bench_cpu ();
  double t0 = bench_now ();
  BriView *v = bri_view_new (g, NULL, NULL, &err);
  double t1 = bench_now ();
  double c1 = bench_cpu ();
  long f1 = bench_minflt ();
  if (!v)
    die ("view", err);
  BENCH_OUT ("view_s", "%.6f", t1 - t0);
  BENCH_OUT ("view_cpu_s", "%.6f", c1 - c0);
  BENCH_OUT ("view_minflt", "%ld", f1 - f0);
  BENCH_OUT ("vertices", "%u", bri_view_get_n_entities (v));
  BENCH_OUT ("edges", "%u", bri_view_get_n_edges (v));
  BENCH_OUT ("directed", "%d", bri_view_is_directed (v));
  BENCH_OUT ("view_heap_bytes", "%zu", bench_heap_bytes () - heap0);
  BENCH_OUT ("view_rss_delta_kb", "%ld", bench_status_kb ("VmRSS") - rss0);
  BENCH_OUT ("view_hwm_kb", "%ld", bench_status_kb ("VmHWM"));
  return v;
}

static void
dump (BriView *v, const char *path)
{
  FILE *f = fopen (path, "wb");
  if (!f)
    die (path, NULL);
  int64_t hdr[3] = { bri_view_get_n_entities (v), bri_view_is_directed (v),
                     bri_view_get_n_edges (v) };
  fwrite ("BRIEDGE1", 1, 8, f);
  fwrite (hdr, sizeof hdr, 1, f);
  for (guint e = 0; e < hdr[2]; e++)
    {
      int64_t p[2] = { bri_view_get_edge_from (v, e), bri_view_get_edge_to (v, e) };
      fwrite (p, sizeof p, 1, f);
    }
  for (guint e = 0; e < hdr[2]; e++)
    {
      double w = bri_view_get_edge_weight (v, e);
      fwrite (&w, sizeof w, 1, f);
    }
  if (fclose (f) != 0)
    die (path, NULL);
}

/* @key: "query" for the first call in the process, "warm" for a second
 * one (BENCH_WARM=1): the keys printed are KEY_s, KEY_cpu_s, KEY_minflt. */
static void
query (BriView *v, const char *name, guint k, const char *key)
{
  char kbuf[64];
  GError *err = NULL;
  gboolean ok = TRUE;
  long f0 = bench_minflt ();
  double c0 = bench_cpu ();
  double t0 = bench_now ();
  if (!strcmp (name, "degree"))
    {
      BriRanking *r = bri_view_degree (v, BRI_NEIGHBORS_ALL, &err);
      ok = r != NULL;
      t0 = bench_now () - t0, c0 = bench_cpu () - c0, f0 = bench_minflt () - f0;
      bri_ranking_free (r);
    }
  else if (!strcmp (name, "pagerank"))
    {
      BriRanking *r = bri_view_pagerank (v, BRI_WEIGHTS_RAW, 0.85, &err);
      ok = r != NULL;
      t0 = bench_now () - t0, c0 = bench_cpu () - c0, f0 = bench_minflt () - f0;
      bri_ranking_free (r);
    }
  else if (!strcmp (name, "eigenvector"))
    {
      BriRanking *r = bri_view_eigenvector (v, BRI_WEIGHTS_RAW, &err);
      ok = r != NULL;
      t0 = bench_now () - t0, c0 = bench_cpu () - c0, f0 = bench_minflt () - f0;
      bri_ranking_free (r);
    }
  else if (!strcmp (name, "betweenness"))
    {
      BriRanking *r = bri_view_betweenness (v, BRI_WEIGHTS_NONE, &err);
      ok = r != NULL;
      t0 = bench_now () - t0, c0 = bench_cpu () - c0, f0 = bench_minflt () - f0;
      bri_ranking_free (r);
    }
  else if (!strcmp (name, "betweenness_sampled"))
    {
      BriRanking *r = bri_view_betweenness_sampled (v, BRI_WEIGHTS_NONE, k, 42, &err);
      ok = r != NULL;
      t0 = bench_now () - t0, c0 = bench_cpu () - c0, f0 = bench_minflt () - f0;
      bri_ranking_free (r);
    }
  else if (!strcmp (name, "closeness"))
    {
      BriRanking *r = bri_view_closeness (v, BRI_NEIGHBORS_ALL, BRI_WEIGHTS_NONE, &err);
      ok = r != NULL;
      t0 = bench_now () - t0, c0 = bench_cpu () - c0, f0 = bench_minflt () - f0;
      bri_ranking_free (r);
    }
  else if (!strcmp (name, "louvain") || !strcmp (name, "leiden")
           || !strcmp (name, "components"))
    {
      BriPartition *p = !strcmp (name, "louvain")
                          ? bri_view_louvain (v, BRI_WEIGHTS_RAW, 1.0, k, &err)
                        : !strcmp (name, "leiden")
                          ? bri_view_leiden (v, BRI_WEIGHTS_RAW, 1.0, k, &err)
                          : bri_view_components (v, FALSE, &err);
      ok = p != NULL;
      t0 = bench_now () - t0, c0 = bench_cpu () - c0, f0 = bench_minflt () - f0;
      if (p)
        BENCH_OUT ("groups", "%u", bri_partition_get_n_groups (p));
      bri_partition_free (p);
    }
  else if (!strcmp (name, "transitivity"))
    {
      double t;
      ok = bri_view_transitivity (v, &t, &err);
      t0 = bench_now () - t0, c0 = bench_cpu () - c0, f0 = bench_minflt () - f0;
      BENCH_OUT ("transitivity", "%.6f", t);
    }
  else if (!strcmp (name, "dijkstra"))
    {
      guint n = bri_view_get_n_entities (v);
      BriPath *p = bri_view_shortest_path (v, bri_view_get_entity (v, 0),
                                           bri_view_get_entity (v, n - 1),
                                           BRI_WEIGHTS_RAW, &err);
      t0 = bench_now () - t0, c0 = bench_cpu () - c0, f0 = bench_minflt () - f0;
      /* An unreachable target is a result too (the search ran in full). */
      ok = p != NULL || g_error_matches (err, BRI_ERROR, BRI_ERROR_NOT_FOUND);
      if (p)
        BENCH_OUT ("hops", "%u", bri_path_get_n_hops (p));
      bri_path_free (p);
    }
  else
    {
      fprintf (stderr, "bri-bench: unknown query '%s'\n", name);
      exit (2);
    }
  if (!ok)
    die (name, err);
  snprintf (kbuf, sizeof kbuf, "%s_s", key);
  BENCH_OUT (kbuf, "%.6f", t0);
  snprintf (kbuf, sizeof kbuf, "%s_cpu_s", key);
  BENCH_OUT (kbuf, "%.6f", c0);
  snprintf (kbuf, sizeof kbuf, "%s_minflt", key);
  BENCH_OUT (kbuf, "%ld", f0);
  if (!strcmp (key, "query"))
    BENCH_OUT ("query_hwm_kb", "%ld", bench_status_kb ("VmHWM"));
}

int
main (int argc, char **argv)
{
  if (argc < 3)
    {
      fprintf (stderr, "usage: bri-bench load|view DIR | dump DIR FILE | "
                       "query DIR NAME [K]\n");
      return 2;
    }
  const char *mode = argv[1];
  BriGraph *g = load (argv[2]);
  if (!strcmp (mode, "load"))
    return 0; /* exit without freeing, as a short-lived tool would */
  BriView *v = build (g);
  if (!strcmp (mode, "view"))
    return 0;
  if (!strcmp (mode, "dump") && argc > 3)
    dump (v, argv[3]);
  else if (!strcmp (mode, "query") && argc > 3)
    {
      guint k = argc > 4 ? (guint) atoi (argv[4])
                         : strcmp (argv[3], "betweenness_sampled") ? 42 : 100;
      query (v, argv[3], k, "query");
      if (getenv ("BENCH_WARM") && atoi (getenv ("BENCH_WARM")) > 0)
        query (v, argv[3], k, "warm");
    }
  else
    {
      fprintf (stderr, "bri-bench: unknown mode '%s'\n", mode);
      return 2;
    }
  fflush (stdout);
  _exit (0);
}
