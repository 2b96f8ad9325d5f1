/* tests/unit/test-view.c — BriView: vertices, the merge rule, direction,
 * roll-up, explain, lifetime, and the igraph boundary (handlers restored). */
#include "graph-fixtures.h"
#include <igraph.h>
#include <bri/igraph.h>

TestSuite (view);

/* x and y with three `met` relations (weights 2, 3, none) and one
 * `attended`-like directed relation x -> y (launched, weight 4). */
static BriGraph *
parallel (void)
{
  BriGraph *g = fx_new ();
  fx_ent (g, "x", "country", NULL);
  fx_ent (g, "y", "country", NULL);
  fx_ent (g, "w", "country", NULL);
  fx_rel_ex (g, "met", "x", "y", FX (.weight = 2, .evidence = "one"));
  fx_rel_ex (g, "met", "y", "x", FX (.weight = 3, .evidence = "two"));
  fx_rel_ex (g, "met", "x", "y", FX (.evidence = "three"));
  fx_rel_ex (g, "launched", "x", "y", FX (.weight = 4, .evidence = "four"));
  fx_rel_ex (g, "launched", "y", "w", FX (.evidence = "five"));
  return g;
}

Test (view, vertices_are_entities_with_edges_in_graph_order)
{
  g_autoptr (BriGraph) g = fx_star (3);
  fx_ent (g, "alone", "person", NULL);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  cr_assert_eq (bri_view_get_n_entities (v), 4);
  cr_assert_eq (bri_view_get_entity (v, 0), fx_e (g, "hub"));
  cr_assert_eq (bri_view_get_entity (v, 3), fx_e (g, "leaf3"));
  cr_assert_eq (bri_view_find_entity (v, fx_e (g, "alone")), -1);
  cr_assert_eq (bri_view_find_entity (v, fx_e (g, "leaf2")), 2);
  cr_assert_eq (bri_view_get_n_edges (v), 3);
}

Test (view, parallel_relations_merge_counted)
{
  g_autoptr (BriGraph) g = parallel ();
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  cr_assert_not (bri_view_is_directed (v), "met is undirected: mixed kinds");
  cr_assert_eq (bri_view_get_n_edges (v), 2);
  gint e = bri_view_find_edge (v, bri_view_find_entity (v, fx_e (g, "y")),
                               bri_view_find_entity (v, fx_e (g, "x")));
  cr_assert (e >= 0);
  cr_assert_eq (bri_view_get_edge_weight (v, e), 4.0, "three met + one launched");
  cr_assert_eq (bri_view_get_edge_n_relations (v, e), 4);
  cr_assert_str_eq (bri_relation_get_evidence (bri_view_get_edge_relation (v, e, 0)), "one");
  cr_assert_str_eq (bri_relation_get_evidence (bri_view_get_edge_relation (v, e, 3)), "four");
  cr_assert_eq (bri_view_get_edge_n_items (v, e), 0);
}

Test (view, parallel_relations_merge_summed)
{
  g_autoptr (BriGraph) g = parallel ();
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_weighting (o, BRI_EDGE_WEIGHT_SUM);
  g_autoptr (BriView) v = fx_view (g, NULL, o);
  gint e = bri_view_find_edge (v, 0, 1);
  cr_assert_eq (bri_view_get_edge_weight (v, e), 2.0 + 3.0 + 1.0 + 4.0);
}

Test (view, directed_kinds_make_a_directed_view)
{
  g_autoptr (BriGraph) g = parallel ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_relation_kind (f, "launched");
  g_autoptr (BriView) v = fx_view (g, f, NULL);
  cr_assert (bri_view_is_directed (v));
  cr_assert_eq (bri_view_get_n_edges (v), 2);
  guint x = bri_view_find_entity (v, fx_e (g, "x"));
  guint y = bri_view_find_entity (v, fx_e (g, "y"));
  cr_assert (bri_view_find_edge (v, x, y) >= 0);
  cr_assert_eq (bri_view_find_edge (v, y, x), -1, "direction is kept");

  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_direction (o, BRI_DIRECTION_UNDIRECTED);
  g_autoptr (BriView) u = fx_view (g, f, o);
  cr_assert_not (bri_view_is_directed (u));
  cr_assert (bri_view_find_edge (u, y, x) >= 0);
}

Test (view, opposite_directed_relations_are_two_edges)
{
  g_autoptr (BriGraph) g = fx_new ();
  fx_ent (g, "p", "city", NULL);
  fx_ent (g, "q", "city", NULL);
  fx_rel (g, "freight_corridor", "p", "q");
  fx_rel (g, "freight_corridor", "q", "p");
  fx_rel (g, "freight_corridor", "p", "q");
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_relation_kind (f, "freight_corridor");
  g_autoptr (BriView) v = fx_view (g, f, NULL);
  cr_assert_eq (bri_view_get_n_edges (v), 2);
  cr_assert_eq (bri_view_get_edge_weight (v, bri_view_find_edge (v, 0, 1)), 2.0);
  cr_assert_eq (bri_view_get_edge_weight (v, bri_view_find_edge (v, 1, 0)), 1.0);
  /* Undirected, they are one edge of weight 3. */
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_direction (o, BRI_DIRECTION_UNDIRECTED);
  g_autoptr (BriView) u = fx_view (g, f, o);
  cr_assert_eq (bri_view_get_n_edges (u), 1);
  cr_assert_eq (bri_view_get_edge_weight (u, 0), 3.0);
}

Test (view, mixed_kinds_in_filter_make_an_undirected_view)
{
  g_autoptr (BriGraph) g = parallel ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_relation_kind (f, "launched");
  bri_filter_add_relation_kind (f, "met");
  g_autoptr (BriView) v = fx_view (g, f, NULL);
  cr_assert_not (bri_view_is_directed (v));
}

Test (view, rollup_to_province_and_country)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_rollup (o, "province");
  g_autoptr (BriView) p = fx_view (g, NULL, o);
  /* QH -> GS -> XJ -> almaty (no province: stays a city); XJ's kashgar too. */
  cr_assert_eq (bri_view_get_n_entities (p), 4);
  cr_assert (bri_view_find_entity (p, fx_e (g, "city:almaty")) >= 0);
  cr_assert_eq (bri_view_find_entity (p, fx_e (g, "city:urumqi")), -1);
  guint gs = bri_view_find_entity (p, fx_e (g, "province:CN-GS"));
  guint xj = bri_view_find_entity (p, fx_e (g, "province:CN-XJ"));
  guint al = bri_view_find_entity (p, fx_e (g, "city:almaty"));
  gint e = bri_view_find_edge (p, gs, xj);
  cr_assert (e >= 0);
  cr_assert_eq (bri_view_get_edge_weight (p, e), 2.0, "lanzhou->urumqi and lanzhou->kashgar");
  cr_assert_eq (bri_view_get_edge_weight (p, bri_view_find_edge (p, xj, al)), 2.0);

  bri_view_options_set_rollup (o, "country");
  g_autoptr (BriView) c = fx_view (g, NULL, o);
  /* Every Chinese leg is a loop CN -> CN and is left out. */
  cr_assert_eq (bri_view_get_n_entities (c), 2);
  cr_assert_eq (bri_view_get_n_edges (c), 1);
  cr_assert_eq (bri_view_get_edge_weight (c, 0), 2.0);
}

Test (view, rollup_to_unknown_kind_is_an_error)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  g_autoptr (GError) error = NULL;
  bri_view_options_set_rollup (o, "provnce");
  cr_assert_null (bri_view_new (g, NULL, o, &error));
  fx_assert_error (error, BRI_ERROR_NOT_FOUND, "provnce");
}

Test (view, explain_a_merged_edge)
{
  g_autoptr (BriGraph) g = parallel ();
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rels = bri_view_explain (v, fx_e (g, "y"), fx_e (g, "x"), &error);
  cr_assert_not_null (rels, "%s", error ? error->message : "");
  cr_assert_eq (rels->len, 4);
  cr_assert_str_eq (bri_relation_get_evidence (g_ptr_array_index (rels, 1)), "two");
}

Test (view, explain_a_rolled_up_edge)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_rollup (o, "country");
  g_autoptr (BriView) v = fx_view (g, NULL, o);
  g_autoptr (GPtrArray) rels = bri_view_explain (v, fx_e (g, "country:CN"),
                                                 fx_e (g, "country:KZ"), NULL);
  cr_assert_not_null (rels);
  cr_assert_eq (rels->len, 2);
  cr_assert_str_eq (bri_relation_get_evidence (g_ptr_array_index (rels, 0)),
                    "urumqi-almaty via khorgos");
  cr_assert_str_eq (bri_relation_get_source (g_ptr_array_index (rels, 1)), "s3");
}

Test (view, explain_errors)
{
  g_autoptr (BriGraph) g = fx_triangle_tail ();
  fx_ent (g, "e", "person", NULL);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_view_explain (v, fx_e (g, "a"), fx_e (g, "d"), &error));
  fx_assert_error (error, BRI_ERROR_NOT_FOUND, "no edge a -- d");
  g_clear_error (&error);
  cr_assert_null (bri_view_explain (v, fx_e (g, "e"), fx_e (g, "a"), &error));
  fx_assert_error (error, BRI_ERROR_NOT_FOUND, "'e' is not in this view");
}

Test (view, outlives_the_callers_graph_reference)
{
  BriGraph *g = fx_path (3);
  BriView *v = fx_view (g, NULL, NULL);
  bri_graph_unref (g);
  cr_assert_eq (bri_view_get_n_entities (v), 3);
  cr_assert_str_eq (bri_entity_get_id (bri_view_get_entity (v, 2)), "v2");
  g_autoptr (BriRanking) r = bri_view_degree (v, BRI_NEIGHBORS_ALL, NULL);
  bri_view_unref (v);
  /* The ranking keeps the graph too. */
  cr_assert_str_eq (bri_entity_get_id (bri_ranking_get_entity (r, 0)), "v1");
}

Test (view, empty_view)
{
  g_autoptr (BriGraph) g = fx_path (3);
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_relation_kind (f, "hosted");
  g_autoptr (BriView) v = fx_view (g, f, NULL);
  cr_assert_eq (bri_view_get_n_entities (v), 0);
  cr_assert_eq (bri_view_get_n_edges (v), 0);
  g_autoptr (BriRanking) r = bri_view_pagerank (v, BRI_WEIGHTS_NONE, 0.85, NULL);
  cr_assert_not_null (r);
  cr_assert_eq (bri_ranking_get_n_items (r), 0);
}

static int host_errors;
static void
host_error_handler (const char *reason, const char *file, int line, igraph_error_t e)
{
  host_errors++;
  IGRAPH_FINALLY_FREE ();
}

static void
host_warning_handler (const char *reason, const char *file, int line)
{
}

Test (view, igraph_errors_become_gerror_and_handlers_are_restored)
{
  igraph_error_handler_t *old = igraph_set_error_handler (host_error_handler);
  igraph_warning_handler_t *oldw = igraph_set_warning_handler (host_warning_handler);

  /* A zero weight is a zero RAW length, which igraph's betweenness refuses. */
  g_autoptr (BriGraph) g = fx_new ();
  fx_ent (g, "p", "person", NULL);
  fx_ent (g, "q", "person", NULL);
  fx_ent (g, "r", "person", NULL);
  fx_rel_ex (g, "met", "p", "q", FX (.weight = 0));
  fx_rel_ex (g, "met", "q", "r", FX (.weight = 1));
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_weighting (o, BRI_EDGE_WEIGHT_SUM);
  g_autoptr (BriView) v = fx_view (g, NULL, o);
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_view_betweenness (v, BRI_WEIGHTS_RAW, &error));
  fx_assert_error (error, BRI_ERROR_GRAPH, "Weight vector must be positive");
  g_clear_error (&error);
  /* Under STRENGTH the zero weight has no length: libbri refuses first. */
  cr_assert_null (bri_view_shortest_path (v, fx_e (g, "p"), fx_e (g, "r"),
                                          BRI_WEIGHTS_STRENGTH, &error));
  fx_assert_error (error, BRI_ERROR_INVALID, "edge p -- q has weight 0");
  /* The library still works after an igraph error. */
  g_autoptr (BriRanking) r = bri_view_betweenness (v, BRI_WEIGHTS_NONE, NULL);
  cr_assert_not_null (r);
  fx_assert_near (fx_score (r, g, "q"), 1.0);
  cr_assert_eq (host_errors, 0);
  cr_assert_eq (igraph_set_error_handler (old), host_error_handler);
  cr_assert_eq (igraph_set_warning_handler (oldw), host_warning_handler);
}

Test (view, host_random_generator_is_left_alone)
{
  g_autoptr (BriGraph) g = fx_two_cliques ();
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  igraph_rng_t *host = igraph_rng_default ();
  igraph_rng_seed (host, 123);
  igraph_integer_t expected = igraph_rng_get_integer (host, 0, 1000000000);
  igraph_rng_seed (host, 123);
  g_autoptr (BriPartition) p = bri_view_louvain (v, BRI_WEIGHTS_NONE, 1.0, 7, NULL);
  g_autoptr (BriPartition) q = bri_view_leiden (v, BRI_WEIGHTS_NONE, 1.0, 7, NULL);
  cr_assert_not_null (p);
  cr_assert_not_null (q);
  cr_assert_eq (igraph_rng_default (), host, "the host's generator is the default again");
  cr_assert_eq (igraph_rng_get_integer (host, 0, 1000000000), expected,
                "libbri's seeded runs did not draw from or reseed the host's generator");
}

/* Louvain with a seed finds exactly what bare igraph finds after
 * igraph_rng_seed (igraph_rng_default (), seed) on the same graph: libbri's
 * generator is a PCG32 like igraph's default. A random graph, where the
 * seed changes the outcome (checked: not all seeds agree). */
static gboolean
same_partition (const BriPartition *p, const igraph_vector_int_t *membership)
{
  guint n = bri_partition_get_n_entities (p);
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      if ((bri_partition_get_group (p, i) == bri_partition_get_group (p, j))
          != (VECTOR (*membership)[i] == VECTOR (*membership)[j]))
        return FALSE;
  return TRUE;
}

Test (view, louvain_seed_gives_bare_igraphs_communities)
{
  g_autoptr (BriGraph) g = fx_new ();
  GRand *r = g_rand_new_with_seed (11);
  char id[16], other[16];
  for (guint i = 0; i < 60; i++)
    {
      g_snprintf (id, sizeof id, "p%u", i);
      fx_ent (g, id, "person", NULL);
    }
  for (guint i = 0; i < 60; i++)
    for (guint j = i + 1; j < 60; j++)
      if (g_rand_double (r) < 0.08)
        {
          g_snprintf (id, sizeof id, "p%u", i);
          g_snprintf (other, sizeof other, "p%u", j);
          fx_rel (g, "met", id, other);
        }
  g_rand_free (r);
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  guint n_edges = bri_view_get_n_edges (v);
  igraph_vector_int_t ends;
  igraph_vector_int_init (&ends, 2 * n_edges);
  for (guint e = 0; e < n_edges; e++)
    {
      VECTOR (ends)[2 * e] = bri_view_get_edge_from (v, e);
      VECTOR (ends)[2 * e + 1] = bri_view_get_edge_to (v, e);
    }
  igraph_t bare;
  cr_assert_eq (igraph_create (&bare, &ends, bri_view_get_n_entities (v), IGRAPH_UNDIRECTED),
                IGRAPH_SUCCESS);
  guint differ = 0;
  double first_q = NAN;
  for (guint64 seed = 1; seed <= 6; seed++)
    {
      g_autoptr (BriPartition) p = bri_view_louvain (v, BRI_WEIGHTS_NONE, 1.0, seed, NULL);
      cr_assert_not_null (p);
      igraph_vector_int_t membership;
      igraph_vector_int_init (&membership, 0);
      igraph_rng_seed (igraph_rng_default (), seed);
      cr_assert_eq (igraph_community_multilevel (&bare, NULL, 1.0, &membership, NULL, NULL),
                    IGRAPH_SUCCESS);
      cr_expect (same_partition (p, &membership), "seed %" G_GUINT64_FORMAT, seed);
      if (seed == 1)
        first_q = bri_partition_get_modularity (p);
      else
        differ += bri_partition_get_modularity (p) != first_q;
      igraph_vector_int_destroy (&membership);
    }
  cr_expect_gt (differ, 0, "every seed gave the same partition: the test cannot tell generators apart");
  igraph_destroy (&bare);
  igraph_vector_int_destroy (&ends);
}

/* Every edge, read back through the public accessors: the ends (igraph's
 * own vectors, undirected from < to), sorted by (from, to), found again by
 * bri_view_find_edge from its ends (both ways round when undirected, only
 * from -> to when directed); vertex numbers past the view find nothing. */
static void
assert_edges_consistent (const BriView *v)
{
  guint n = bri_view_get_n_entities (v), m = bri_view_get_n_edges (v);
  gboolean directed = bri_view_is_directed (v);
  cr_assert_gt (m, 0);
  for (guint e = 0; e < m; e++)
    {
      guint a = bri_view_get_edge_from (v, e), b = bri_view_get_edge_to (v, e);
      cr_assert_lt (a, n);
      cr_assert_lt (b, n);
      if (!directed)
        cr_assert_lt (a, b, "edge %u: %u -- %u", e, a, b);
      if (e > 0)
        {
          guint pa = bri_view_get_edge_from (v, e - 1), pb = bri_view_get_edge_to (v, e - 1);
          cr_assert (pa < a || (pa == a && pb < b), "edge %u out of order", e);
        }
      cr_assert_eq (bri_view_find_edge (v, a, b), (gint) e);
      if (!directed)
        cr_assert_eq (bri_view_find_edge (v, b, a), (gint) e);
      cr_assert_gt (bri_view_get_edge_n_relations (v, e), 0);
    }
  cr_assert_eq (bri_view_find_edge (v, n, 0), -1);
  cr_assert_eq (bri_view_find_edge (v, 0, n), -1);
  cr_assert_eq (bri_view_find_edge (v, G_MAXUINT, G_MAXUINT), -1);
}

Test (view, edges_sorted_and_found_from_their_ends)
{
  g_autoptr (BriGraph) cliques = fx_two_cliques ();
  g_autoptr (BriView) u = fx_view (cliques, NULL, NULL);
  cr_assert_eq (bri_view_get_n_edges (u), 13, "two 4-cliques and a bridge");
  assert_edges_consistent (u);
  g_autoptr (BriView) ego = bri_view_ego (u, fx_e (cliques, "a1"), 1, NULL);
  assert_edges_consistent (ego);

  g_autoptr (BriGraph) freight = fx_freight ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_relation_kind (f, "freight_corridor");
  g_autoptr (BriView) d = fx_view (freight, f, NULL);
  cr_assert (bri_view_is_directed (d));
  assert_edges_consistent (d);
  for (guint e = 0; e < bri_view_get_n_edges (d); e++)
    cr_assert_eq (bri_view_find_edge (d, bri_view_get_edge_to (d, e),
                                      bri_view_get_edge_from (d, e)), -1,
                  "the freight chain has no edge both ways");
}

/* The builder sorts (pair, relation) records packed into 8-byte words when
 * their bits fit and 16-byte BriKeyed records otherwise (only graphs of
 * millions of entities and relations): BRI_WIDE_VIEW_RECORDS forces the
 * latter, and both must give the same view, edge for edge. */
static void
assert_same_view (const BriView *a, const BriView *b)
{
  cr_assert_eq (bri_view_get_n_entities (a), bri_view_get_n_entities (b));
  cr_assert_eq (bri_view_get_n_edges (a), bri_view_get_n_edges (b));
  for (guint i = 0; i < bri_view_get_n_entities (a); i++)
    cr_assert_eq (bri_view_get_entity (a, i), bri_view_get_entity (b, i));
  for (guint e = 0; e < bri_view_get_n_edges (a); e++)
    {
      cr_assert_eq (bri_view_get_edge_from (a, e), bri_view_get_edge_from (b, e));
      cr_assert_eq (bri_view_get_edge_to (a, e), bri_view_get_edge_to (b, e));
      cr_assert_eq (bri_view_get_edge_weight (a, e), bri_view_get_edge_weight (b, e));
      cr_assert_eq (bri_view_get_edge_n_relations (a, e), bri_view_get_edge_n_relations (b, e));
      for (guint j = 0; j < bri_view_get_edge_n_relations (a, e); j++)
        cr_assert_eq (bri_view_get_edge_relation (a, e, j), bri_view_get_edge_relation (b, e, j));
    }
}

Test (view, packed_and_wide_records_build_the_same_view)
{
  g_autoptr (BriGraph) g = fx_two_cliques ();
  /* Parallel relations, so that runs of one pair have several members. */
  for (guint i = 0; i < 40; i++)
    fx_rel_ex (g, "met", i % 2 ? "a1" : "b2", i % 3 ? "a3" : "b4", FX (.weight = i));
  g_autoptr (BriGraph) freight = fx_freight ();
  g_autoptr (BriViewOptions) summed = bri_view_options_new ();
  bri_view_options_set_weighting (summed, BRI_EDGE_WEIGHT_SUM);
  BriGraph *graphs[] = { g, g, freight };
  BriViewOptions *options[] = { NULL, summed, NULL };
  for (guint k = 0; k < G_N_ELEMENTS (graphs); k++)
    {
      g_unsetenv ("BRI_WIDE_VIEW_RECORDS");
      g_autoptr (BriView) packed = fx_view (graphs[k], NULL, options[k]);
      g_setenv ("BRI_WIDE_VIEW_RECORDS", "1", TRUE);
      g_autoptr (BriView) wide = fx_view (graphs[k], NULL, options[k]);
      g_unsetenv ("BRI_WIDE_VIEW_RECORDS");
      cr_assert_gt (bri_view_get_n_edges (packed), 0);
      assert_same_view (packed, wide);
      assert_edges_consistent (wide);
    }
}

/* The igraph_t behind a view, for callers of igraph: the same vertices
 * and edges, in the same order, as the view's accessors give. */
Test (view, its_igraph_has_the_views_numbering)
{
  g_autoptr (BriGraph) g = fx_new ();
  fx_ent (g, "p", "city", NULL);
  fx_ent (g, "q", "city", NULL);
  fx_ent (g, "r", "city", NULL);
  fx_rel (g, "freight_corridor", "p", "q");
  fx_rel (g, "freight_corridor", "q", "p");
  fx_rel (g, "freight_corridor", "q", "r");
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_relation_kind (f, "freight_corridor");
  g_autoptr (BriView) v = fx_view (g, f, NULL);
  const igraph_t *ig = bri_view_get_igraph (v);
  cr_assert_not_null (ig);
  cr_assert (igraph_is_directed (ig));
  cr_assert_eq (igraph_vcount (ig), 3);
  cr_assert_eq (igraph_ecount (ig), 3);
  for (guint e = 0; e < 3; e++)
    {
      igraph_integer_t from, to;
      cr_assert_eq (igraph_edge (ig, e, &from, &to), IGRAPH_SUCCESS);
      cr_expect_eq ((guint) from, bri_view_get_edge_from (v, e));
      cr_expect_eq ((guint) to, bri_view_get_edge_to (v, e));
    }
  /* q (vertex 1) has out-degree 2 (to p and r), computed by igraph. */
  igraph_vector_int_t deg;
  igraph_vector_int_init (&deg, 0);
  cr_assert_eq (igraph_degree (ig, &deg, igraph_vss_all (), IGRAPH_OUT, IGRAPH_LOOPS),
                IGRAPH_SUCCESS);
  cr_expect_eq (VECTOR (deg)[0], 1);
  cr_expect_eq (VECTOR (deg)[1], 2);
  cr_expect_eq (VECTOR (deg)[2], 0);
  igraph_vector_int_destroy (&deg);
  cr_expect_eq (bri_view_get_entity (v, 1), fx_e (g, "q"));
}
