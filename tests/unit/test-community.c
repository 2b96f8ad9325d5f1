/* tests/unit/test-community.c — connected components and communities
 * (Louvain, Leiden, label propagation) with their modularity, on two
 * 4-cliques joined by a bridge. Stochastic methods are checked by
 * properties: the partition they find, its modularity, determinism for a
 * seed.
 *
 * By hand: m = 13 edges; each clique has 6 inner edges and degree sum 13,
 * so Q({A},{B}) = 2 (6/13 − (13/26)²) = 12/13 − 1/2. Without the bridge
 * (window 2024): Q = 2 (6/12 − (12/24)²) = 1/2. */
#include "graph-fixtures.h"

TestSuite (community);

#define Q_TWO_CLIQUES (12.0 / 13.0 - 0.5)

static void
assert_two_cliques (const BriPartition *p, BriGraph *g)
{
  cr_assert_eq (bri_partition_get_n_entities (p), 8);
  cr_assert_eq (bri_partition_get_n_groups (p), 2);
  cr_assert_eq (bri_partition_get_group_size (p, 0), 4);
  cr_assert_eq (bri_partition_get_group_size (p, 1), 4);
  /* Equal sizes: the group holding the smallest id (a1) is group 0. */
  cr_assert_eq (bri_partition_get_group_of (p, fx_e (g, "a1")), 0);
  const char *ids[] = { "a2", "a3", "a4" };
  for (guint i = 0; i < 3; i++)
    cr_assert_eq (bri_partition_get_group_of (p, fx_e (g, ids[i])), 0);
  const char *bs[] = { "b1", "b2", "b3", "b4" };
  for (guint i = 0; i < 4; i++)
    cr_assert_eq (bri_partition_get_group_of (p, fx_e (g, bs[i])), 1);
}

Test (community, components_split_without_the_bridge)
{
  g_autoptr (BriGraph) g = fx_two_cliques ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  BriDate y2024 = { 2024, 0, 0 };
  bri_filter_set_window (f, y2024, y2024);
  g_autoptr (BriView) v = fx_view (g, f, NULL);
  g_autoptr (BriPartition) p = bri_view_components (v, FALSE, NULL);
  assert_two_cliques (p, g);
  fx_assert_near (bri_partition_get_modularity (p), 0.5);

  g_autoptr (BriView) all = fx_view (g, NULL, NULL);
  g_autoptr (BriPartition) one = bri_view_components (all, FALSE, NULL);
  cr_assert_eq (bri_partition_get_n_groups (one), 1);
  cr_assert_eq (bri_partition_get_group_size (one, 0), 8);
  fx_assert_near (bri_partition_get_modularity (one), 0.0);
}

Test (community, components_weak_and_strong)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_relation_kind (f, "freight_corridor");
  g_autoptr (BriView) v = fx_view (g, f, NULL);
  g_autoptr (BriPartition) weak = bri_view_components (v, FALSE, NULL);
  g_autoptr (BriPartition) strong = bri_view_components (v, TRUE, NULL);
  cr_assert_eq (bri_partition_get_n_groups (weak), 1);
  cr_assert_eq (bri_partition_get_n_groups (strong), 5, "a DAG: every city alone");
  /* Singletons are ordered by id: almaty, kashgar, lanzhou, urumqi, xining. */
  cr_assert_eq (bri_partition_get_group_of (strong, fx_e (g, "city:almaty")), 0);
  cr_assert_eq (bri_partition_get_group_of (strong, fx_e (g, "city:xining")), 4);
  cr_assert_eq (bri_partition_get_group_of (strong, fx_e (g, "port:khorgos")), -1);
}

Test (community, louvain_finds_the_cliques)
{
  g_autoptr (BriGraph) g = fx_two_cliques ();
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (BriPartition) p = bri_view_louvain (v, BRI_WEIGHTS_NONE, 1.0, 1, &error);
  cr_assert_not_null (p, "%s", error ? error->message : "");
  assert_two_cliques (p, g);
  fx_assert_near (bri_partition_get_modularity (p), Q_TWO_CLIQUES);
}

Test (community, leiden_finds_the_cliques)
{
  g_autoptr (BriGraph) g = fx_two_cliques ();
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (BriPartition) p = bri_view_leiden (v, BRI_WEIGHTS_NONE, 1.0, 1, &error);
  cr_assert_not_null (p, "%s", error ? error->message : "");
  assert_two_cliques (p, g);
  fx_assert_near (bri_partition_get_modularity (p), Q_TWO_CLIQUES);
}

/* A bridge of weight 100 outweighs the cliques: with weights a1 and b1
 * belong together (Q ≈ 0.0975 against a negative Q for the cliques). */
static BriGraph *
heavy_bridge (void)
{
  BriGraph *g = fx_two_cliques ();
  fx_rel_ex (g, "met", "a1", "b1", FX (.weight = 99));
  return g;
}

Test (community, weights_change_the_communities)
{
  g_autoptr (BriGraph) g = heavy_bridge ();
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_weighting (o, BRI_EDGE_WEIGHT_SUM);
  g_autoptr (BriView) v = fx_view (g, NULL, o);
  cr_assert_eq (bri_view_get_edge_weight (v, bri_view_find_edge (v, 0, 4)), 100.0);
  g_autoptr (BriPartition) none = bri_view_louvain (v, BRI_WEIGHTS_NONE, 1.0, 3, NULL);
  assert_two_cliques (none, g);
  g_autoptr (BriPartition) lw = bri_view_louvain (v, BRI_WEIGHTS_STRENGTH, 1.0, 3, NULL);
  g_autoptr (BriPartition) dw = bri_view_leiden (v, BRI_WEIGHTS_RAW, 1.0, 3, NULL);
  const BriPartition *ps[] = { lw, dw };
  for (guint i = 0; i < 2; i++)
    {
      cr_assert_not_null (ps[i]);
      cr_assert_eq (bri_partition_get_group_of (ps[i], fx_e (g, "a1")),
                    bri_partition_get_group_of (ps[i], fx_e (g, "b1")), "method %u", i);
      cr_assert_neq (bri_partition_get_group_of (ps[i], fx_e (g, "a2")),
                     bri_partition_get_group_of (ps[i], fx_e (g, "b2")), "method %u", i);
      cr_assert (bri_partition_get_modularity (ps[i]) > 0.09, "Q = %g",
                 bri_partition_get_modularity (ps[i]));
    }
}

Test (community, label_propagation_is_seeded)
{
  g_autoptr (BriGraph) g = fx_two_cliques ();
  g_autoptr (BriView) v = fx_view (g, NULL, NULL);
  for (guint64 seed = 1; seed <= 5; seed++)
    {
      g_autoptr (BriPartition) a = bri_view_label_propagation (v, BRI_WEIGHTS_NONE, seed, NULL);
      g_autoptr (BriPartition) b = bri_view_label_propagation (v, BRI_WEIGHTS_NONE, seed, NULL);
      cr_assert_not_null (a);
      for (guint i = 0; i < 8; i++)
        cr_assert_eq (bri_partition_get_group (a, i), bri_partition_get_group (b, i));
      /* Whatever it finds, each clique's three inner members stay together
       * and the reported modularity is that of a partition of this graph. */
      cr_assert_eq (bri_partition_get_group_of (a, fx_e (g, "a2")),
                    bri_partition_get_group_of (a, fx_e (g, "a3")));
      double q = bri_partition_get_modularity (a);
      cr_assert (q > -0.5 && q <= Q_TWO_CLIQUES + 1e-9, "Q = %g", q);
    }
}

Test (community, leiden_and_louvain_refuse_directed_views)
{
  g_autoptr (BriGraph) g = fx_freight ();
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_relation_kind (f, "freight_corridor");
  g_autoptr (BriView) v = fx_view (g, f, NULL);
  g_autoptr (GError) error = NULL;
  cr_assert_null (bri_view_leiden (v, BRI_WEIGHTS_NONE, 1.0, 1, &error));
  fx_assert_error (error, BRI_ERROR_INVALID, "undirected");
  cr_assert (strstr (error->message, "Leiden") && strstr (error->message, "0.10.2"),
             "%s", error->message);
  g_clear_error (&error);
  cr_assert_null (bri_view_louvain (v, BRI_WEIGHTS_NONE, 1.0, 1, &error));
  fx_assert_error (error, BRI_ERROR_INVALID, "undirected");
  /* Label propagation works on directed views. */
  g_autoptr (BriPartition) p = bri_view_label_propagation (v, BRI_WEIGHTS_NONE, 1, NULL);
  cr_assert_not_null (p);
  cr_assert_eq (bri_partition_get_n_entities (p), 5);
}

Test (community, empty_view_has_nan_modularity)
{
  g_autoptr (BriGraph) g = fx_path (3);
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_relation_kind (f, "signed_agreement");
  g_autoptr (BriView) v = fx_view (g, f, NULL);
  g_autoptr (BriPartition) p = bri_view_leiden (v, BRI_WEIGHTS_NONE, 1.0, 1, NULL);
  cr_assert_not_null (p);
  cr_assert_eq (bri_partition_get_n_groups (p), 0);
  cr_assert (isnan (bri_partition_get_modularity (p)));
}

/* A partition shares its view's vertex map and keeps the view (and so the
 * graph) alive; group_of goes through the view's map: an entity of the
 * graph outside the view (here, outside an ego view) has no group. */
Test (community, partition_outlives_its_view_and_graph)
{
  BriGraph *g = fx_two_cliques ();
  BriFilter *f = bri_filter_new ();
  BriDate y2024 = { 2024, 0, 0 };
  bri_filter_set_window (f, y2024, y2024);
  BriView *v = fx_view (g, f, NULL);
  bri_filter_free (f);
  g_autoptr (BriView) ego = bri_view_ego (v, fx_e (g, "a1"), 1, NULL);
  g_autoptr (BriPartition) ep = bri_view_components (ego, FALSE, NULL);
  cr_assert_eq (bri_partition_get_n_entities (ep), 4);
  cr_assert_eq (bri_partition_get_group_of (ep, fx_e (g, "a2")), 0);
  cr_assert_eq (bri_partition_get_group_of (ep, fx_e (g, "b1")), -1);
  cr_assert_eq (bri_partition_get_group_of (ep, NULL), -1);
  BriPartition *p = bri_view_components (v, FALSE, NULL);
  bri_view_unref (v);
  bri_graph_unref (g);
  cr_assert_eq (bri_partition_get_n_entities (p), 8);
  cr_assert_eq (bri_partition_get_n_groups (p), 2);
  /* Computed on this first read, from the view the partition keeps. */
  fx_assert_near (bri_partition_get_modularity (p), 0.5);
  for (guint i = 0; i < bri_partition_get_n_entities (p); i++)
    {
      const BriEntity *e = bri_partition_get_entity (p, i);
      cr_assert_eq (bri_partition_get_group_of (p, e), (gint) bri_partition_get_group (p, i));
      cr_assert_eq (bri_partition_get_group (p, i), bri_entity_get_id (e)[0] == 'a' ? 0u : 1u,
                    "%s", bri_entity_get_id (e));
    }
  bri_partition_free (p);
}
