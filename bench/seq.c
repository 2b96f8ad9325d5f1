/* bench/seq.c — the end-to-end sequence of issues 7 and 9 in C, the
 * reference for bench/seq.py (the same calls through the Python binding)
 * and bench/seq_nx.py (networkx):
 *
 *   bri-seq DIR FROM_ID TO_ID
 *
 * load DIR; the default view (all relations, undirected, weight = number of
 * relations); PageRank (weights as stored, damping 0.85) read in full, in
 * rank order; Louvain (weights as stored, resolution 1, seed 42) read in
 * full; weak components read in full; one Dijkstra path FROM_ID -> TO_ID
 * (lengths = the weights as stored). "Read in full" means every entity's id
 * and score or group is fetched, as the Python binding does when it builds
 * its dict and Partition, so the two do the same work.
 *
 * Output: `key value` lines: per step CPU seconds (step_cpu_s) and wall
 * seconds (step_s), the whole run's (total_cpu_s, total_s), and checks
 * that the three programs must agree on (vertices, edges, pagerank_sum,
 * components, largest_component, path_hops, louvain_groups, modularity). */
#include <bri/bri.h>
#include <string.h>
#include <unistd.h>

#include "bench-common.h"

static double c_start, t_start, c_step, t_step;

static void
step (const char *name)
{
  double c = bench_cpu (), t = bench_now ();
  printf ("%s_cpu_s %.6f\n%s_s %.6f\n", name, c - c_step, name, t - t_step);
  c_step = c, t_step = t;
}

static void
die (const char *what, GError *err)
{
  fprintf (stderr, "bri-seq: %s: %s\n", what, err ? err->message : "failed");
  exit (1);
}

/* Every entity's id and group, as a caller building a membership map does. */
static size_t
read_partition (const BriPartition *p)
{
  size_t bytes = 0;
  for (guint i = 0; i < bri_partition_get_n_entities (p); i++)
    bytes += strlen (bri_entity_get_id (bri_partition_get_entity (p, i)))
             + bri_partition_get_group (p, i);
  return bytes;
}

int
main (int argc, char **argv)
{
  if (argc != 4)
    {
      fprintf (stderr, "usage: bri-seq DIR FROM_ID TO_ID\n");
      return 2;
    }
  GError *err = NULL;
  c_start = c_step = bench_cpu ();
  t_start = t_step = bench_now ();

  BriGraph *g = bri_graph_new ();
  if (!bri_graph_load_dir (g, argv[1], &err))
    die ("load", err);
  step ("load");

  BriView *v = bri_view_new (g, NULL, NULL, &err);
  if (!v)
    die ("view", err);
  step ("view");
  printf ("vertices %u\nedges %u\n", bri_view_get_n_entities (v), bri_view_get_n_edges (v));

  BriRanking *pr = bri_view_pagerank (v, BRI_WEIGHTS_RAW, 0.85, &err);
  if (!pr)
    die ("pagerank", err);
  double sum = 0;
  size_t bytes = 0;
  for (guint i = 0; i < bri_ranking_get_n_items (pr); i++)
    {
      bytes += strlen (bri_entity_get_id (bri_ranking_get_entity (pr, i)));
      sum += bri_ranking_get_score (pr, i);
    }
  step ("pagerank");
  printf ("pagerank_sum %.6f\n", sum);

  BriPartition *lv = bri_view_louvain (v, BRI_WEIGHTS_RAW, 1.0, 42, &err);
  if (!lv)
    die ("louvain", err);
  bytes += read_partition (lv);
  step ("louvain");
  printf ("louvain_groups %u\nmodularity %.6f\n", bri_partition_get_n_groups (lv),
          bri_partition_get_modularity (lv));

  BriPartition *cc = bri_view_components (v, FALSE, &err);
  if (!cc)
    die ("components", err);
  bytes += read_partition (cc);
  step ("components");
  printf ("components %u\nlargest_component %u\n", bri_partition_get_n_groups (cc),
          bri_partition_get_group_size (cc, 0));

  const BriEntity *a = bri_graph_lookup_entity (g, argv[2]);
  const BriEntity *b = bri_graph_lookup_entity (g, argv[3]);
  if (!a || !b)
    die ("dijkstra: no such entity", NULL);
  BriPath *path = bri_view_shortest_path (v, a, b, BRI_WEIGHTS_RAW, &err);
  if (!path && !g_error_matches (err, BRI_ERROR, BRI_ERROR_NOT_FOUND))
    die ("dijkstra", err);
  step ("dijkstra");
  printf ("path_hops %d\n", path ? (int) bri_path_get_n_hops (path) : -1);

  bri_path_free (path);
  g_clear_error (&err);
  bri_partition_free (cc);
  bri_partition_free (lv);
  bri_ranking_free (pr);
  bri_view_unref (v);
  bri_graph_unref (g);
  step ("free");
  printf ("read_bytes %zu\ntotal_cpu_s %.6f\ntotal_s %.6f\n", bytes,
          bench_cpu () - c_start, bench_now () - t_start);
  return 0;
}
