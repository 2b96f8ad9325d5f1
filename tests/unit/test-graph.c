/* tests/unit/test-graph.c — BriGraph built through the API: additions get
 * the loader's validation, duplicates, kinds, sources, reference counting. */
#include "test-util.h"

static BriGraph *
two_countries (void)
{
  BriGraph *g = bri_graph_new ();
  cr_assert_not_null (bri_graph_add_entity (g, bri_entity_new ("country:CN", "country", "China"), NULL));
  cr_assert_not_null (bri_graph_add_entity (g, bri_entity_new ("country:KZ", "country", "Kazakhstan"), NULL));
  return g;
}

static void
expect_entity_error (BriEntity *e, int code, const char *fragment)
{
  g_autoptr (BriGraph) g = two_countries ();
  g_autoptr (GError) error = NULL;
  cr_expect_null (bri_graph_add_entity (g, e, &error));
  cr_expect (g_error_matches (error, BRI_ERROR, code), "code %d: %s", code,
             error ? error->message : "none");
  cr_expect (error && strstr (error->message, fragment), "'%s' not in '%s'",
             fragment, error ? error->message : "");
  cr_expect_eq (bri_graph_get_n_entities (g), 2);
}

static void
expect_relation_error (BriRelation *r, int code, const char *fragment)
{
  g_autoptr (BriGraph) g = two_countries ();
  g_autoptr (GError) error = NULL;
  cr_expect_null (bri_graph_add_relation (g, r, &error));
  cr_expect (g_error_matches (error, BRI_ERROR, code), "code %d: %s", code,
             error ? error->message : "none");
  cr_expect (error && strstr (error->message, fragment), "'%s' not in '%s'",
             fragment, error ? error->message : "");
  cr_expect_eq (bri_graph_get_n_relations (g), 0);
}

TestSuite (graph);

Test (graph, new_graph_has_the_eight_builtin_kinds)
{
  g_autoptr (BriGraph) g = bri_graph_new ();
  cr_expect_eq (bri_graph_get_n_kinds (g), 8);
  const char *directed[] = { "hosted", "attended", "freight_corridor", "member_of",
                             "located_in", "launched" };
  for (guint i = 0; i < G_N_ELEMENTS (directed); i++)
    cr_expect (bri_kind_is_directed (bri_graph_lookup_kind (g, directed[i])), "%s", directed[i]);
  cr_expect_not (bri_kind_is_directed (bri_graph_lookup_kind (g, "signed_agreement")));
  cr_expect_not (bri_kind_is_directed (bri_graph_lookup_kind (g, "met")));
  cr_expect (bri_kind_is_builtin (bri_graph_lookup_kind (g, "met")));
  cr_expect_null (bri_graph_lookup_kind (g, "funded"));
}

Test (graph, entities_keep_every_field)
{
  g_autoptr (BriGraph) g = two_countries ();
  BriEntity *e = bri_entity_new ("port:khorgos", "port", "Khorgos");
  bri_entity_set_name_zh (e, "霍尔果斯");
  bri_entity_add_alias (e, "霍爾果斯");
  bri_entity_add_alias (e, "Horgos");
  bri_entity_set_code (e, "KHG");
  bri_entity_set_parent (e, "country:CN");
  bri_entity_set_attribute (e, "wikidata", "Q1");
  bri_entity_set_attribute (e, "opened", "1881");
  bri_entity_set_attribute (e, "wikidata", "Q2");
  bri_entity_set_attribute (e, "opened", NULL);
  const BriEntity *got = bri_graph_add_entity (g, e, NULL);
  cr_assert_not_null (got);
  cr_expect_eq (got, bri_graph_lookup_entity (g, "port:khorgos"));
  cr_expect_eq (got, bri_graph_get_entity (g, 2));
  cr_expect_str_eq (bri_entity_get_name_zh (got), "霍尔果斯");
  cr_expect_eq (bri_entity_get_n_aliases (got), 2);
  cr_expect_str_eq (bri_entity_get_alias (got, 1), "Horgos");
  cr_expect_str_eq (bri_entity_get_code (got), "KHG");
  cr_expect_eq (bri_entity_get_parent (got), bri_graph_lookup_entity (g, "country:CN"));
  cr_expect_eq (bri_entity_get_n_attributes (got), 1);
  cr_expect_str_eq (bri_entity_get_attribute (got, "wikidata"), "Q2");
  cr_expect_null (bri_entity_get_attribute (got, "opened"));
}

Test (graph, entity_validation)
{
  expect_entity_error (bri_entity_new ("", "country", "X"), BRI_ERROR_INVALID, "empty id");
  expect_entity_error (bri_entity_new ("a b", "country", "X"), BRI_ERROR_INVALID, "white space");
  expect_entity_error (bri_entity_new ("x:1", "Country", "X"), BRI_ERROR_INVALID, "entity kind");
  expect_entity_error (bri_entity_new ("x:1", "country", ""), BRI_ERROR_INVALID, "empty name");
  expect_entity_error (bri_entity_new ("x:1", "country", "bad\x01"), BRI_ERROR_PARSE, "control");
  expect_entity_error (bri_entity_new ("x:1", "country", "bad\xff"), BRI_ERROR_PARSE, "UTF-8");
  BriEntity *e = bri_entity_new ("city:a", "city", "A");
  bri_entity_set_parent (e, "province:nowhere");
  expect_entity_error (e, BRI_ERROR_NOT_FOUND, "unknown parent 'province:nowhere'");
  e = bri_entity_new ("city:a", "city", "A");
  bri_entity_add_alias (e, "a|b");
  expect_entity_error (e, BRI_ERROR_INVALID, "alias");
  e = bri_entity_new ("city:a", "city", "A");
  bri_entity_set_parent (e, "city:a");
  expect_entity_error (e, BRI_ERROR_INVALID, "own parent");
  g_autofree char *long_id = g_strnfill (BRI_MAX_ID_BYTES + 1, 'x');
  expect_entity_error (bri_entity_new (long_id, "city", "A"), BRI_ERROR_LIMIT, "limit");
}

Test (graph, alias_limit_is_inclusive)
{
  g_autoptr (BriGraph) g = bri_graph_new ();
  BriEntity *ok = bri_entity_new ("x:ok", "city", "OK");
  BriEntity *over = bri_entity_new ("x:over", "city", "Over");
  for (guint i = 0; i < BRI_MAX_ALIASES; i++)
    {
      g_autofree char *a = g_strdup_printf ("alias%u", i);
      bri_entity_add_alias (ok, a);
      bri_entity_add_alias (over, a);
    }
  bri_entity_add_alias (over, "one too many");
  cr_expect_not_null (bri_graph_add_entity (g, ok, NULL));
  g_autoptr (GError) error = NULL;
  cr_expect_null (bri_graph_add_entity (g, over, &error));
  cr_expect (g_error_matches (error, BRI_ERROR, BRI_ERROR_LIMIT));
}

Test (graph, parent_depth_limit)
{
  g_autoptr (BriGraph) g = bri_graph_new ();
  g_autoptr (GError) error = NULL;
  cr_assert_not_null (bri_graph_add_entity (g, bri_entity_new ("n:0", "node", "0"), NULL));
  /* n:k has k ancestors; the limit allows BRI_MAX_PARENT_DEPTH of them. */
  for (guint k = 1; k <= BRI_MAX_PARENT_DEPTH + 1; k++)
    {
      g_autofree char *id = g_strdup_printf ("n:%u", k);
      g_autofree char *parent = g_strdup_printf ("n:%u", k - 1);
      BriEntity *e = bri_entity_new (id, "node", id);
      bri_entity_set_parent (e, parent);
      const BriEntity *got = bri_graph_add_entity (g, e, &error);
      if (k <= BRI_MAX_PARENT_DEPTH)
        cr_assert_not_null (got, "depth %u: %s", k, error ? error->message : "");
      else
        {
          cr_expect_null (got);
          cr_expect (g_error_matches (error, BRI_ERROR, BRI_ERROR_LIMIT));
        }
    }
}

Test (graph, identical_redefinition_is_accepted_different_is_not)
{
  g_autoptr (BriGraph) g = two_countries ();
  const BriEntity *cn = bri_graph_lookup_entity (g, "country:CN");
  cr_expect_eq (bri_graph_add_entity (g, bri_entity_new ("country:CN", "country", "China"), NULL), cn);
  cr_expect_eq (bri_graph_get_n_entities (g), 2);
  g_autoptr (GError) error = NULL;
  cr_expect_null (bri_graph_add_entity (g, bri_entity_new ("country:CN", "country", "PRC"), &error));
  cr_expect (g_error_matches (error, BRI_ERROR, BRI_ERROR_DUPLICATE));
  cr_expect_str_eq (bri_entity_get_name (cn), "China");
}

Test (graph, relations_resolve_their_entities)
{
  g_autoptr (BriGraph) g = two_countries ();
  cr_assert_not_null (bri_graph_add_entity (g, bri_entity_new ("port:khorgos", "port", "Khorgos"), NULL));
  BriRelation *r = bri_relation_new ("freight_corridor", "country:CN", "country:KZ");
  bri_relation_set_via (r, "port:khorgos");
  bri_relation_set_date (r, (BriDate){ 2024, 6, 25 });
  bri_relation_set_end_date (r, (BriDate){ 2024, 6, 27 });
  bri_relation_set_title (r, "《协议》");
  bri_relation_set_sector (r, "logistics");
  bri_relation_set_event (r, "ev1");
  bri_relation_set_weight (r, 2.5);
  bri_relation_set_source (r, "b1");
  bri_relation_set_evidence (r, "班列经霍尔果斯口岸出境。");
  bri_relation_set_confidence (r, 0.75);
  bri_relation_set_attribute (r, "note", "n");
  const BriRelation *got = bri_graph_add_relation (g, r, NULL);
  cr_assert_not_null (got);
  cr_expect_eq (bri_relation_get_from (got), bri_graph_lookup_entity (g, "country:CN"));
  cr_expect_eq (bri_relation_get_to (got), bri_graph_lookup_entity (g, "country:KZ"));
  cr_expect_eq (bri_relation_get_via (got), bri_graph_lookup_entity (g, "port:khorgos"));
  cr_expect_str_eq (bri_relation_get_kind (got), "freight_corridor");
  cr_expect_eq (bri_relation_get_end_date (got).day, 27);
  cr_expect_str_eq (bri_relation_get_title (got), "《协议》");
  cr_expect_str_eq (bri_relation_get_evidence (got), "班列经霍尔果斯口岸出境。");
  cr_expect_float_eq (bri_relation_get_weight (got), 2.5, 1e-15);
  cr_expect_float_eq (bri_relation_get_confidence (got), 0.75, 1e-15);
  cr_expect_str_eq (bri_relation_get_attribute (got, "note"), "n");
  cr_expect_eq (bri_graph_get_relation (g, 0), got);
}

Test (graph, weight_and_confidence_default_to_one)
{
  g_autoptr (BriGraph) g = two_countries ();
  const BriRelation *r = bri_graph_add_relation (g, bri_relation_new ("met", "country:CN", "country:KZ"), NULL);
  cr_assert_not_null (r);
  cr_expect_not (bri_relation_has_weight (r));
  cr_expect_not (bri_relation_has_confidence (r));
  cr_expect_float_eq (bri_relation_get_weight (r), 1.0, 0);
  cr_expect_float_eq (bri_relation_get_confidence (r), 1.0, 0);
  cr_expect_not (bri_date_is_set (bri_relation_get_date (r)));
}

Test (graph, relation_validation)
{
  expect_relation_error (bri_relation_new ("signed_agrement", "country:CN", "country:KZ"),
                         BRI_ERROR_INVALID, "did you mean signed_agreement?");
  expect_relation_error (bri_relation_new ("hosts", "country:CN", "country:KZ"),
                         BRI_ERROR_INVALID, "did you mean hosted?");
  expect_relation_error (bri_relation_new ("met", "country:CN", "country:XX"),
                         BRI_ERROR_NOT_FOUND, "unknown entity 'country:XX' in column to");
  expect_relation_error (bri_relation_new ("met", "country:CN", "country:CN"),
                         BRI_ERROR_INVALID, "itself");
  BriRelation *r = bri_relation_new ("met", "country:CN", "country:KZ");
  bri_relation_set_via (r, "port:none");
  expect_relation_error (r, BRI_ERROR_NOT_FOUND, "in column via");
  r = bri_relation_new ("met", "country:CN", "country:KZ");
  bri_relation_set_date (r, (BriDate){ 2024, 2, 30 });
  expect_relation_error (r, BRI_ERROR_INVALID, "impossible date");
  r = bri_relation_new ("met", "country:CN", "country:KZ");
  bri_relation_set_date (r, (BriDate){ 2024, 6, 27 });
  bri_relation_set_end_date (r, (BriDate){ 2024, 6, 0 });
  /* June 2024 as an end still contains the 27th: accepted. */
  {
    g_autoptr (BriGraph) g = two_countries ();
    cr_expect_not_null (bri_graph_add_relation (g, r, NULL));
  }
  r = bri_relation_new ("met", "country:CN", "country:KZ");
  bri_relation_set_date (r, (BriDate){ 2024, 6, 27 });
  bri_relation_set_end_date (r, (BriDate){ 2024, 5, 0 });
  expect_relation_error (r, BRI_ERROR_INVALID, "end date 2024-05 is before the date 2024-06-27");
  r = bri_relation_new ("met", "country:CN", "country:KZ");
  bri_relation_set_end_date (r, (BriDate){ 2024, 5, 0 });
  expect_relation_error (r, BRI_ERROR_INVALID, "end date without a date");
  double bad_weights[] = { -1, INFINITY, -INFINITY };
  for (guint i = 0; i < G_N_ELEMENTS (bad_weights); i++)
    {
      r = bri_relation_new ("met", "country:CN", "country:KZ");
      bri_relation_set_weight (r, bad_weights[i]);
      expect_relation_error (r, BRI_ERROR_INVALID, "weight");
    }
  double bad_conf[] = { -0.01, 1.01, INFINITY };
  for (guint i = 0; i < G_N_ELEMENTS (bad_conf); i++)
    {
      r = bri_relation_new ("met", "country:CN", "country:KZ");
      bri_relation_set_confidence (r, bad_conf[i]);
      expect_relation_error (r, BRI_ERROR_INVALID, "confidence");
    }
  r = bri_relation_new ("met", "country:CN", "country:KZ");
  bri_relation_set_evidence (r, "tab\tand\nnewline are fine, bell \a is not");
  expect_relation_error (r, BRI_ERROR_PARSE, "control character in evidence");
}

Test (graph, declared_kinds)
{
  g_autoptr (BriGraph) g = two_countries ();
  g_autoptr (GError) error = NULL;
  const BriKind *k = bri_graph_add_kind (g, "funded", TRUE, "financed", &error);
  cr_assert_not_null (k);
  cr_expect_not (bri_kind_is_builtin (k));
  cr_expect_eq (bri_graph_add_kind (g, "funded", TRUE, "financed", NULL), k);
  cr_expect_eq (bri_graph_add_kind (g, "met", FALSE, NULL, NULL), bri_graph_lookup_kind (g, "met"));
  cr_expect_null (bri_graph_add_kind (g, "funded", FALSE, "financed", &error));
  cr_expect (g_error_matches (error, BRI_ERROR, BRI_ERROR_DUPLICATE));
  g_clear_error (&error);
  cr_expect_null (bri_graph_add_kind (g, "met", TRUE, NULL, &error));
  cr_expect (g_error_matches (error, BRI_ERROR, BRI_ERROR_DUPLICATE));
  g_clear_error (&error);
  cr_expect_null (bri_graph_add_kind (g, "Funded", TRUE, NULL, &error));
  cr_expect (g_error_matches (error, BRI_ERROR, BRI_ERROR_INVALID));
  cr_expect_not_null (bri_graph_add_relation (g, bri_relation_new ("funded", "country:CN", "country:KZ"), NULL));
  cr_expect_eq (bri_graph_get_n_kinds (g), 9);
}

Test (graph, sources)
{
  g_autoptr (BriGraph) g = bri_graph_new ();
  BriSource *s = bri_source_new ("b1");
  bri_source_set_title (s, "June bulletin");
  bri_source_set_date (s, (BriDate){ 2024, 6, 0 });
  bri_source_set_language (s, "zh-Hant");
  bri_source_set_file (s, "b1.txt");
  const BriSource *got = bri_graph_add_source (g, s, NULL);
  cr_assert_not_null (got);
  cr_expect_eq (bri_graph_lookup_source (g, "b1"), got);
  cr_expect_str_eq (bri_source_get_language (got), "zh-Hant");
  cr_expect_eq (bri_source_get_date (got).month, 6);
  g_autoptr (GError) error = NULL;
  BriSource *other = bri_source_new ("b1");
  bri_source_set_title (other, "Another");
  cr_expect_null (bri_graph_add_source (g, other, &error));
  cr_expect (g_error_matches (error, BRI_ERROR, BRI_ERROR_DUPLICATE));
  cr_expect_eq (bri_graph_get_n_sources (g), 1);
}

Test (graph, references_keep_the_graph_alive)
{
  BriGraph *g = two_countries ();
  BriGraph *extra = bri_graph_ref (g);
  bri_graph_unref (g);
  cr_expect_str_eq (bri_entity_get_name (bri_graph_get_entity (extra, 1)), "Kazakhstan");
  bri_graph_unref (extra);
  bri_graph_unref (NULL);
  bri_entity_free (NULL);
  bri_relation_free (NULL);
  bri_source_free (NULL);
}

/* Titles and sectors are interned through a cache that grows from 512 to
 * 32 768 slots while relations are added (libbri/core/graph.c): across every
 * growth each stored string is the one given, and equal strings share one
 * copy. 6 000 distinct titles (long ones share their first 16 bytes, which
 * the cache keeps inline) over 30 000 relations fill the cache past each
 * threshold; 7 sectors never leave the small one. */
Test (graph, interned_strings_survive_the_cache_growing)
{
  g_autoptr (BriGraph) g = two_countries ();
  enum { N_TITLES = 6000, N_RELATIONS = 30000 };
  const char **first = g_new0 (const char *, N_TITLES);
  const char *sector_first[7] = { NULL };
  for (guint i = 0; i < N_RELATIONS; i++)
    {
      guint t = (i * 7919u) % N_TITLES;
      g_autofree char *title = t % 2
        ? g_strdup_printf ("t%u", t)
        : g_strdup_printf ("《中华人民共和国与哈萨克斯坦共和国合作协议》第%u号", t);
      g_autofree char *sector = g_strdup_printf ("sector-%u", i % 7);
      BriRelation *r = bri_relation_new ("met", "country:CN", "country:KZ");
      bri_relation_set_title (r, title);
      bri_relation_set_sector (r, sector);
      const BriRelation *got = bri_graph_add_relation (g, r, NULL);
      cr_assert_not_null (got);
      cr_assert_str_eq (bri_relation_get_title (got), title, "relation %u", i);
      cr_assert_str_eq (bri_relation_get_sector (got), sector, "relation %u", i);
      if (first[t] == NULL)
        first[t] = bri_relation_get_title (got);
      cr_assert_eq (bri_relation_get_title (got), first[t], "title %u is stored twice", t);
      if (sector_first[i % 7] == NULL)
        sector_first[i % 7] = bri_relation_get_sector (got);
      cr_assert_eq (bri_relation_get_sector (got), sector_first[i % 7]);
    }
  /* Read back after the last growth too. */
  for (guint i = 0; i < N_RELATIONS; i += 997)
    {
      guint t = (i * 7919u) % N_TITLES;
      cr_assert_eq (bri_relation_get_title (bri_graph_get_relation (g, i)), first[t]);
    }
  g_free (first);
}
