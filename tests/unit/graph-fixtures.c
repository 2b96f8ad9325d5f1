/* tests/unit/graph-fixtures.c — the small graphs of graph-fixtures.h. */
#include "graph-fixtures.h"

BriGraph *
fx_new (void)
{
  return bri_graph_new ();
}

const BriEntity *
fx_ent (BriGraph *g, const char *id, const char *kind, const char *parent)
{
  g_autoptr (GError) error = NULL;
  BriEntity *e = bri_entity_new (id, kind, id);
  if (parent)
    bri_entity_set_parent (e, parent);
  const BriEntity *added = bri_graph_add_entity (g, e, &error);
  cr_assert_not_null (added, "entity %s: %s", id, error ? error->message : "");
  return added;
}

const BriRelation *
fx_rel_ex (BriGraph *g, const char *kind, const char *from, const char *to, FxOpts o)
{
  g_autoptr (GError) error = NULL;
  BriRelation *r = bri_relation_new (kind, from, to);
  BriDate d;
  if (o.date)
    {
      cr_assert (bri_date_parse (o.date, &d, NULL));
      bri_relation_set_date (r, d);
    }
  if (o.end_date)
    {
      cr_assert (bri_date_parse (o.end_date, &d, NULL));
      bri_relation_set_end_date (r, d);
    }
  if (o.title)
    bri_relation_set_title (r, o.title);
  if (o.event)
    bri_relation_set_event (r, o.event);
  if (o.via)
    bri_relation_set_via (r, o.via);
  if (o.source)
    bri_relation_set_source (r, o.source);
  if (o.evidence)
    bri_relation_set_evidence (r, o.evidence);
  if (!isnan (o.weight))
    bri_relation_set_weight (r, o.weight);
  if (!isnan (o.confidence))
    bri_relation_set_confidence (r, o.confidence);
  const BriRelation *added = bri_graph_add_relation (g, r, &error);
  cr_assert_not_null (added, "relation %s %s %s: %s", kind, from, to,
                      error ? error->message : "");
  return added;
}

const BriRelation *
fx_rel (BriGraph *g, const char *kind, const char *from, const char *to)
{
  return fx_rel_ex (g, kind, from, to, FX ());
}

const BriEntity *
fx_e (BriGraph *g, const char *id)
{
  const BriEntity *e = bri_graph_lookup_entity (g, id);
  cr_assert_not_null (e, "no entity %s", id);
  return e;
}

BriGraph *
fx_path (guint n)
{
  BriGraph *g = fx_new ();
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("v%u", i);
      fx_ent (g, id, "person", NULL);
    }
  for (guint i = 0; i + 1 < n; i++)
    {
      g_autofree char *a = g_strdup_printf ("v%u", i);
      g_autofree char *b = g_strdup_printf ("v%u", i + 1);
      fx_rel (g, "met", a, b);
    }
  return g;
}

BriGraph *
fx_star (guint leaves)
{
  BriGraph *g = fx_new ();
  fx_ent (g, "hub", "person", NULL);
  for (guint i = 1; i <= leaves; i++)
    {
      g_autofree char *id = g_strdup_printf ("leaf%u", i);
      fx_ent (g, id, "person", NULL);
      fx_rel (g, "met", "hub", id);
    }
  return g;
}

BriGraph *
fx_triangle_tail (void)
{
  BriGraph *g = fx_new ();
  const char *ids[] = { "a", "b", "c", "d" };
  for (guint i = 0; i < 4; i++)
    fx_ent (g, ids[i], "person", NULL);
  fx_rel (g, "met", "a", "b");
  fx_rel (g, "met", "b", "c");
  fx_rel (g, "met", "a", "c");
  fx_rel (g, "met", "c", "d");
  return g;
}

BriGraph *
fx_two_cliques (void)
{
  BriGraph *g = fx_new ();
  const char *sides[] = { "a", "b" };
  for (guint s = 0; s < 2; s++)
    for (guint i = 1; i <= 4; i++)
      {
        g_autofree char *id = g_strdup_printf ("%s%u", sides[s], i);
        fx_ent (g, id, "person", NULL);
      }
  for (guint s = 0; s < 2; s++)
    for (guint i = 1; i <= 4; i++)
      for (guint j = i + 1; j <= 4; j++)
        {
          g_autofree char *x = g_strdup_printf ("%s%u", sides[s], i);
          g_autofree char *y = g_strdup_printf ("%s%u", sides[s], j);
          fx_rel_ex (g, "met", x, y, FX (.date = "2024-01"));
        }
  fx_rel_ex (g, "met", "a1", "b1", FX (.date = "2025-01"));
  return g;
}

BriGraph *
fx_freight (void)
{
  BriGraph *g = fx_new ();
  fx_ent (g, "country:CN", "country", NULL);
  fx_ent (g, "country:KZ", "country", NULL);
  fx_ent (g, "province:CN-QH", "province", "country:CN");
  fx_ent (g, "province:CN-GS", "province", "country:CN");
  fx_ent (g, "province:CN-XJ", "province", "country:CN");
  fx_ent (g, "city:xining", "city", "province:CN-QH");
  fx_ent (g, "city:lanzhou", "city", "province:CN-GS");
  fx_ent (g, "city:urumqi", "city", "province:CN-XJ");
  fx_ent (g, "city:kashgar", "city", "province:CN-XJ");
  fx_ent (g, "city:almaty", "city", "country:KZ");
  fx_ent (g, "port:khorgos", "port", "province:CN-XJ");
  fx_ent (g, "port:irkeshtam", "port", "province:CN-XJ");
  fx_rel_ex (g, "freight_corridor", "city:xining", "city:lanzhou",
             FX (.date = "2024-01", .source = "s1", .evidence = "xining-lanzhou"));
  fx_rel_ex (g, "freight_corridor", "city:lanzhou", "city:urumqi",
             FX (.date = "2024-02", .source = "s1", .evidence = "lanzhou-urumqi"));
  fx_rel_ex (g, "freight_corridor", "city:urumqi", "city:almaty",
             FX (.date = "2024-03", .via = "port:khorgos", .source = "s2",
                 .evidence = "urumqi-almaty via khorgos"));
  fx_rel_ex (g, "freight_corridor", "city:lanzhou", "city:kashgar",
             FX (.date = "2024-04", .source = "s2", .evidence = "lanzhou-kashgar"));
  fx_rel_ex (g, "freight_corridor", "city:kashgar", "city:almaty",
             FX (.date = "2024-05", .via = "port:irkeshtam", .source = "s3",
                 .evidence = "kashgar-almaty via irkeshtam"));
  return g;
}

BriView *
fx_view (BriGraph *g, const BriFilter *filter, const BriViewOptions *options)
{
  g_autoptr (GError) error = NULL;
  BriView *v = bri_view_new (g, filter, options, &error);
  cr_assert_not_null (v, "view: %s", error ? error->message : "");
  return v;
}

double
fx_score (const BriRanking *r, BriGraph *g, const char *id)
{
  const BriEntity *e = fx_e (g, id);
  gint i = bri_ranking_find (r, e);
  cr_assert (i >= 0, "%s is not ranked", id);
  return bri_ranking_get_score (r, (guint) i);
}

BriGraph *
fx_weighted_triangle (void)
{
  BriGraph *g = fx_new ();
  fx_ent (g, "a", "person", NULL);
  fx_ent (g, "b", "person", NULL);
  fx_ent (g, "c", "person", NULL);
  fx_rel_ex (g, "met", "a", "b", FX (.weight = 1));
  fx_rel_ex (g, "met", "b", "c", FX (.weight = 1));
  fx_rel_ex (g, "met", "a", "c", FX (.weight = 4));
  return g;
}

BriView *
fx_summed_view (BriGraph *g)
{
  g_autoptr (BriViewOptions) o = bri_view_options_new ();
  bri_view_options_set_weighting (o, BRI_EDGE_WEIGHT_SUM);
  return fx_view (g, NULL, o);
}

BriView *
fx_freight_view (BriGraph *g)
{
  g_autoptr (BriFilter) f = bri_filter_new ();
  bri_filter_add_relation_kind (f, "freight_corridor");
  return fx_view (g, f, NULL);
}
