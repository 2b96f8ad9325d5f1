/* tests/unit/test-lookup.c — bri_graph_find() / bri_graph_resolve(): ids,
 * names and aliases in Traditional and Simplified Chinese, Latin names in
 * any case, ambiguity reported with every candidate. */
#include "test-util.h"

static BriGraph *
fixture (void)
{
  BriGraph *g = bri_graph_new ();
  BriEntity *e = bri_entity_new ("country:LA", "country", "Lao People's Democratic Republic");
  bri_entity_set_name_zh (e, "老挝");
  bri_entity_add_alias (e, "Laos");
  cr_assert_not_null (bri_graph_add_entity (g, e, NULL));
  e = bri_entity_new ("country:PE", "country", "Peru");
  bri_entity_set_name_zh (e, "秘鲁");
  bri_entity_add_alias (e, "祕魯");
  bri_entity_add_alias (e, "秘方");
  cr_assert_not_null (bri_graph_add_entity (g, e, NULL));
  e = bri_entity_new ("province:CN-HA", "province", "Henan");
  bri_entity_set_name_zh (e, "河南");
  cr_assert_not_null (bri_graph_add_entity (g, e, NULL));
  e = bri_entity_new ("city:zhengzhou", "city", "Zhengzhou");
  bri_entity_set_name_zh (e, "郑州");
  bri_entity_add_alias (e, "Henan");  /* deliberately ambiguous */
  cr_assert_not_null (bri_graph_add_entity (g, e, NULL));
  return g;
}

static const char *
only_id (BriGraph *g, const char *name)
{
  g_autoptr (GPtrArray) found = bri_graph_find (g, name);
  cr_assert_eq (found->len, 1, "'%s' found %u entities", name, found->len);
  return bri_entity_get_id (found->pdata[0]);
}

TestSuite (lookup);

Test (lookup, by_id_name_and_alias)
{
  g_autoptr (BriGraph) g = fixture ();
  cr_expect_str_eq (only_id (g, "country:LA"), "country:LA");
  cr_expect_str_eq (only_id (g, "Lao People's Democratic Republic"), "country:LA");
  cr_expect_str_eq (only_id (g, "Laos"), "country:LA");
  cr_expect_str_eq (only_id (g, "老挝"), "country:LA");
}

Test (lookup, traditional_and_simplified_both_match)
{
  g_autoptr (BriGraph) g = fixture ();
  cr_expect_str_eq (only_id (g, "老撾"), "country:LA");   /* Traditional, not stored */
  cr_expect_str_eq (only_id (g, "祕魯"), "country:PE");
  cr_expect_str_eq (only_id (g, "秘魯"), "country:PE");
  cr_expect_str_eq (only_id (g, "秘鲁"), "country:PE");
  cr_expect_str_eq (only_id (g, "鄭州"), "city:zhengzhou");
}

Test (lookup, latin_names_ignore_case_and_surrounding_space)
{
  g_autoptr (BriGraph) g = fixture ();
  cr_expect_str_eq (only_id (g, "LAOS"), "country:LA");
  cr_expect_str_eq (only_id (g, "  laos "), "country:LA");
  cr_expect_str_eq (only_id (g, "peru"), "country:PE");
  /* Full-width Latin letters are NFKC-folded. */
  cr_expect_str_eq (only_id (g, "ＰＥＲＵ"), "country:PE");
}

Test (lookup, ambiguous_names_return_every_candidate_sorted)
{
  g_autoptr (BriGraph) g = fixture ();
  g_autoptr (GPtrArray) found = bri_graph_find (g, "henan");
  cr_assert_eq (found->len, 2);
  cr_expect_str_eq (bri_entity_get_id (found->pdata[0]), "city:zhengzhou");
  cr_expect_str_eq (bri_entity_get_id (found->pdata[1]), "province:CN-HA");
  g_autoptr (GError) error = NULL;
  cr_expect_null (bri_graph_resolve (g, "Henan", &error));
  cr_assert (g_error_matches (error, BRI_ERROR, BRI_ERROR_AMBIGUOUS));
  cr_expect (strstr (error->message, "city:zhengzhou (Zhengzhou)"), "%s", error->message);
  cr_expect (strstr (error->message, "province:CN-HA (Henan)"), "%s", error->message);
}

Test (lookup, unknown_names_suggest_the_nearest)
{
  g_autoptr (BriGraph) g = fixture ();
  g_autoptr (GPtrArray) found = bri_graph_find (g, "Atlantis");
  cr_expect_eq (found->len, 0);
  g_autoptr (GError) error = NULL;
  cr_expect_null (bri_graph_resolve (g, "Perru", &error));
  cr_assert (g_error_matches (error, BRI_ERROR, BRI_ERROR_NOT_FOUND));
  cr_expect_str_eq (error->message, "no entity named 'Perru'; nearest: country:PE");
  g_clear_error (&error);
  cr_expect_null (bri_graph_resolve (g, "Atlantis", &error));
  cr_expect_str_eq (error->message, "no entity named 'Atlantis'");
  cr_expect_str_eq (bri_entity_get_id (bri_graph_resolve (g, "秘方", NULL)), "country:PE");
}

Test (lookup, entities_added_after_a_lookup_are_found)
{
  g_autoptr (BriGraph) g = fixture ();
  g_autoptr (GPtrArray) before = bri_graph_find (g, "Almaty");
  cr_expect_eq (before->len, 0);
  BriEntity *e = bri_entity_new ("city:almaty", "city", "Almaty");
  bri_entity_set_name_zh (e, "阿拉木图");
  cr_assert_not_null (bri_graph_add_entity (g, e, NULL));
  cr_expect_str_eq (only_id (g, "阿拉木圖"), "city:almaty");
}

Test (lookup, normalisation)
{
  g_autofree char *a = bri_name_normalize ("  老撾 ");
  g_autofree char *b = bri_name_normalize ("LAOS");
  g_autofree char *c = bri_name_normalize ("Straße");
  cr_expect_str_eq (a, "老挝");
  cr_expect_str_eq (b, "laos");
  cr_expect_str_eq (c, "strasse");
  cr_expect_null (bri_name_normalize ("\xff"));
}

/* bri_normalize_name(), the deprecated former name, is the same function. */
Test (lookup, deprecated_normalize_name_is_name_normalize)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_autofree char *a = bri_normalize_name ("  老撾 ");
  g_autofree char *b = bri_normalize_name ("Straße");
  cr_expect_null (bri_normalize_name ("\xff"));
  G_GNUC_END_IGNORE_DEPRECATIONS
  cr_expect_str_eq (a, "老挝");
  cr_expect_str_eq (b, "strasse");
}

Test (lookup, bundled_gazetteer_in_both_scripts)
{
  const char *root = g_getenv ("BRI_DATA");
  g_autofree char *dir = g_build_filename (root ? root : "data", "gazetteer", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (BriGraph) g = bri_graph_new ();
  cr_assert (bri_graph_load_dir (g, dir, &error), "%s", error ? error->message : "");
  const char *laos[] = { "老撾", "老挝", "Laos", "LAO" };
  for (guint i = 0; i < G_N_ELEMENTS (laos); i++)
    cr_expect_str_eq (bri_entity_get_id (bri_graph_resolve (g, laos[i], NULL)), "country:LA",
                      "%s", laos[i]);
  cr_expect_str_eq (bri_entity_get_id (bri_graph_resolve (g, "祕魯", NULL)), "country:PE");
  cr_expect_str_eq (bri_entity_get_id (bri_graph_resolve (g, "哈薩克斯坦", NULL)), "country:KZ");
  cr_expect_str_eq (bri_entity_get_id (bri_graph_resolve (g, "新疆", NULL)), "province:CN-XJ");
}

/* An exact id resolves to its entity even when another entity's alias is
 * that same text (find returns both, which used to make it ambiguous);
 * ids match exactly, so the text in another case is only the alias. */
Test (lookup, resolve_prefers_an_exact_id)
{
  g_autoptr (BriGraph) g = fixture ();
  BriEntity *e = bri_entity_new ("org:decoy", "organization", "Decoy");
  bri_entity_add_alias (e, "country:PE");
  cr_assert_not_null (bri_graph_add_entity (g, e, NULL));
  cr_expect_str_eq (bri_entity_get_id (bri_graph_resolve (g, "country:PE", NULL)), "country:PE");
  g_autoptr (GPtrArray) found = bri_graph_find (g, "country:PE");
  cr_expect_eq (found->len, 2);
  cr_expect_str_eq (bri_entity_get_id (bri_graph_resolve (g, "COUNTRY:PE", NULL)), "org:decoy");
}
