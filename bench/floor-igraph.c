/* bench/floor-igraph.c — the igraph floor: the same igraph calls libbri
 * makes, on a bare igraph_t built from the view's edges (bri-bench dump).
 *
 *   floor-igraph EDGEFILE create        time igraph_create() on the prepared
 *                                       edge vector; igraph_t bytes per edge
 *   floor-igraph EDGEFILE QUERY [K]     create (untimed), time the call:
 *       degree pagerank eigenvector betweenness betweenness_sampled
 *       closeness louvain leiden (K = seed) transitivity dijkstra components
 *       strength (igraph_strength without weights: degree as libbri
 *       computed it before it called igraph_degree)
 *
 * Parameters as in libbri (libbri/query/centrality.c, community.c, clustering.c,
 * components.c, path-queries.c): weights as stored for strength-based calls and
 * Dijkstra, unweighted betweenness and closeness, PRPACK with damping 0.85,
 * Louvain resolution 1, Leiden with strengths as vertex weights and
 * resolution 1/(2m), beta 0.01, iterated to stability; the sampled
 * betweenness draws its K sources with the same seeded GRand shuffle
 * (seed 42) so both sides run from the same sources.
 *
 * BENCH_WARM=1 times the call a second time in the same process (warm_*
 * keys), as bri-bench does.
 *
 * FLOOR_BALLAST_MB=N first allocates and touches N MiB (kept to the end),
 * in 64 KiB blocks as a loaded graph's are: to tell whether a query is
 * slower in libbri's process for the memory the process holds. */
#include <glib.h>
#include <igraph.h>
#include <stdint.h>
#include <unistd.h>

#include "bench-common.h"

int
main (int argc, char **argv)
{
  if (argc < 3)
    {
      fprintf (stderr, "usage: floor-igraph EDGEFILE create|QUERY [K]\n");
      return 2;
    }
  const char *ballast = getenv ("FLOOR_BALLAST_MB");
  for (long i = 0, n = ballast ? atol (ballast) * 16 : 0; i < n; i++)
    memset (malloc (1 << 16), 1, 1 << 16);
  FILE *f = fopen (argv[1], "rb");
  char magic[8];
  int64_t hdr[3];
  if (!f || fread (magic, 8, 1, f) != 1 || memcmp (magic, "BRIEDGE1", 8) != 0
      || fread (hdr, sizeof hdr, 1, f) != 1)
    {
      fprintf (stderr, "floor-igraph: %s: not an edge file\n", argv[1]);
      return 1;
    }
  igraph_integer_t n = hdr[0], m = hdr[2];
  igraph_bool_t directed = hdr[1] != 0;
  igraph_vector_int_t ends;
  igraph_vector_t weights;
  igraph_vector_int_init (&ends, 2 * m);
  igraph_vector_init (&weights, m);
  int64_t *pairs = malloc (sizeof (int64_t) * 2 * (m ? m : 1));
  if (fread (pairs, sizeof (int64_t), 2 * m, f) != (size_t) (2 * m)
      || fread (VECTOR (weights), sizeof (double), m, f) != (size_t) m)
    {
      fprintf (stderr, "floor-igraph: %s: truncated\n", argv[1]);
      return 1;
    }
  fclose (f);
  for (igraph_integer_t i = 0; i < 2 * m; i++)
    VECTOR (ends)[i] = pairs[i];
  free (pairs);

  const char *what = argv[2];
  igraph_t g;
  size_t heap0 = bench_heap_bytes ();
  long cf0 = bench_minflt ();
  double c0 = bench_cpu ();
  double t0 = bench_now ();
  igraph_create (&g, &ends, n, directed);
  double t1 = bench_now ();
  double c1 = bench_cpu ();
  cf0 = bench_minflt () - cf0;
  if (!strcmp (what, "create"))
    {
      BENCH_OUT ("create_s", "%.6f", t1 - t0);
      BENCH_OUT ("create_cpu_s", "%.6f", c1 - c0);
      BENCH_OUT ("create_minflt", "%ld", cf0);
      BENCH_OUT ("vertices", "%lld", (long long) n);
      BENCH_OUT ("edges", "%lld", (long long) m);
      BENCH_OUT ("igraph_heap_bytes", "%zu", bench_heap_bytes () - heap0);
      BENCH_OUT ("hwm_kb", "%ld", bench_status_kb ("VmHWM"));
      return 0;
    }
  igraph_vector_t res;
  igraph_vector_int_t memb;
  igraph_vector_init (&res, 0);
  igraph_vector_int_init (&memb, 0);
  /* BENCH_WARM=1: the call a second time in the same process, printed as
   * warm_s / warm_cpu_s / warm_minflt (bench/run --warm). */
  int passes = getenv ("BENCH_WARM") && atoi (getenv ("BENCH_WARM")) > 0 ? 2 : 1;
  for (int pass = 0; pass < passes; pass++)
  {
  const char *key = pass == 0 ? "query" : "warm";
  char kbuf[64];
  /* Louvain and Leiden: K is the seed (default 42), as for bri-bench. */
  igraph_rng_seed (igraph_rng_default (),
                   argc > 3 && (!strcmp (what, "louvain") || !strcmp (what, "leiden"))
                     ? (unsigned long) atol (argv[3]) : 42);
  igraph_error_t rc = IGRAPH_SUCCESS;
  long f0 = bench_minflt ();
  c0 = bench_cpu ();
  t0 = bench_now ();
  if (!strcmp (what, "degree"))
    rc = igraph_degree (&g, &memb, igraph_vss_all (), IGRAPH_ALL, TRUE);
  else if (!strcmp (what, "strength"))
    rc = igraph_strength (&g, &res, igraph_vss_all (), IGRAPH_ALL, TRUE, NULL);
  else if (!strcmp (what, "pagerank"))
    {
      igraph_real_t value;
      rc = igraph_pagerank (&g, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value,
                            igraph_vss_all (), TRUE, 0.85, &weights, NULL);
    }
  else if (!strcmp (what, "eigenvector"))
    {
      igraph_arpack_options_t options;
      igraph_real_t value;
      igraph_arpack_options_init (&options);
      rc = igraph_eigenvector_centrality (&g, &res, &value, TRUE, TRUE, &weights,
                                          &options);
    }
  else if (!strcmp (what, "betweenness"))
    rc = igraph_betweenness (&g, &res, igraph_vss_all (), TRUE, NULL);
  else if (!strcmp (what, "betweenness_sampled"))
    {
      guint k = argc > 3 ? (guint) atoi (argv[3]) : 100;
      guint nv = (guint) n;
      k = MIN (k, nv);
      guint64 seed = 42;
      guint32 seed_words[2] = { (guint32) seed, (guint32) (seed >> 32) };
      GRand *rand = g_rand_new_with_seed_array (seed_words, 2);
      guint *order = g_new (guint, nv + 1);
      for (guint i = 0; i < nv; i++)
        order[i] = i;
      for (guint i = 0; i < k; i++)
        {
          guint j = i + (guint) g_rand_int_range (rand, 0, (gint32) (nv - i));
          guint t = order[i];
          order[i] = order[j];
          order[j] = t;
        }
      g_rand_free (rand);
      igraph_vector_int_t sources;
      igraph_vector_int_init (&sources, k);
      for (guint i = 0; i < k; i++)
        VECTOR (sources)[i] = order[i];
      g_free (order);
      rc = igraph_betweenness_subset (&g, &res, igraph_vss_all (), TRUE,
                                      igraph_vss_vector (&sources), igraph_vss_all (),
                                      NULL);
      igraph_vector_scale (&res, (double) nv / (double) k);
      igraph_vector_int_destroy (&sources);
    }
  else if (!strcmp (what, "closeness"))
    rc = igraph_closeness (&g, &res, NULL, NULL, igraph_vss_all (), IGRAPH_ALL, NULL,
                           TRUE);
  else if (!strcmp (what, "louvain"))
    rc = igraph_community_multilevel (&g, &weights, 1.0, &memb, NULL, NULL);
  else if (!strcmp (what, "leiden"))
    {
      igraph_vector_t strength;
      igraph_vector_init (&strength, 0);
      rc = igraph_strength (&g, &strength, igraph_vss_all (), IGRAPH_ALL, TRUE, &weights);
      double two_m = igraph_vector_sum (&strength);
      igraph_integer_t n_clusters;
      igraph_real_t quality;
      rc = igraph_community_leiden (&g, &weights, &strength,
                                    two_m > 0 ? 1.0 / two_m : 1.0, 0.01, FALSE, -1,
                                    &memb, &n_clusters, &quality);
      igraph_vector_destroy (&strength);
    }
  else if (!strcmp (what, "transitivity"))
    {
      igraph_real_t value;
      rc = igraph_transitivity_undirected (&g, &value, IGRAPH_TRANSITIVITY_NAN);
      BENCH_OUT ("transitivity", "%.6f", value);
    }
  else if (!strcmp (what, "dijkstra"))
    {
      igraph_vector_int_t vertices;
      igraph_vector_int_init (&vertices, 0);
      rc = igraph_get_shortest_path_dijkstra (&g, &vertices, NULL, 0, n - 1, &weights,
                                              IGRAPH_OUT);
      igraph_vector_int_destroy (&vertices);
    }
  else if (!strcmp (what, "components"))
    rc = igraph_connected_components (&g, &memb, NULL, NULL, IGRAPH_WEAK);
  else
    {
      fprintf (stderr, "floor-igraph: unknown query '%s'\n", what);
      return 2;
    }
  double t2 = bench_now ();
  double c2 = bench_cpu ();
  f0 = bench_minflt () - f0;
  if (rc != IGRAPH_SUCCESS)
    {
      fprintf (stderr, "floor-igraph: %s failed\n", what);
      return 1;
    }
  snprintf (kbuf, sizeof kbuf, "%s_s", key);
  BENCH_OUT (kbuf, "%.6f", t2 - t0);
  snprintf (kbuf, sizeof kbuf, "%s_cpu_s", key);
  BENCH_OUT (kbuf, "%.6f", c2 - c0);
  snprintf (kbuf, sizeof kbuf, "%s_minflt", key);
  BENCH_OUT (kbuf, "%ld", f0);
  if (pass == 0 && strcmp (what, "degree") && igraph_vector_int_size (&memb) > 0) /* as bri-bench prints it */
    BENCH_OUT ("groups", "%" IGRAPH_PRId, igraph_vector_int_max (&memb) + 1);
  }
  BENCH_OUT ("hwm_kb", "%ld", bench_status_kb ("VmHWM"));
  fflush (stdout);
  _exit (0);
}
