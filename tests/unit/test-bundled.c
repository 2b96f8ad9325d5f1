/* tests/unit/test-bundled.c — the bundled data set through the library:
 * the three data sets load together, every relation's evidence occurs
 * verbatim in its source file (read through bri_source_get_path()), and
 * lookups work in both scripts. (tests/data/check-bri.py checks the same
 * files independently, with Python's csv module.) */
#include "test-util.h"

static BriGraph *
bundled (void)
{
  const char *root = g_getenv ("BRI_DATA");
  g_autofree char *gaz = g_build_filename (root ? root : "data", "gazetteer", NULL);
  g_autofree char *seeds = g_build_filename (root ? root : "data", "seeds", NULL);
  g_autofree char *bri = g_build_filename (root ? root : "data", "bri", NULL);
  const char *dirs[] = { gaz, seeds, bri, NULL };
  g_autoptr (GError) error = NULL;
  BriGraph *g = bri_graph_new_from_dirs (dirs, &error);
  cr_assert_not_null (g, "%s", error ? error->message : "");
  return g;
}

TestSuite (bundled);

Test (bundled, loads_with_every_country_and_province)
{
  g_autoptr (BriGraph) g = bundled ();
  guint countries = 0, provinces = 0;
  for (guint i = 0; i < bri_graph_get_n_entities (g); i++)
    {
      const BriEntity *e = bri_graph_get_entity (g, i);
      const char *id = bri_entity_get_id (e);
      countries += g_str_has_prefix (id, "country:");
      provinces += g_str_has_prefix (id, "province:CN-");
    }
  cr_expect_eq (countries, 249);   /* ISO 3166-1 in iso-codes 4.15 */
  cr_expect_eq (provinces, 34);    /* ISO 3166-2:CN provincial-level divisions */
  cr_expect_eq (bri_graph_get_n_sources (g), 5);
  cr_expect_gt (bri_graph_get_n_relations (g), 150);
}

Test (bundled, every_evidence_occurs_verbatim_in_its_source)
{
  g_autoptr (BriGraph) g = bundled ();
  g_autoptr (GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint i = 0; i < bri_graph_get_n_sources (g); i++)
    {
      const BriSource *s = bri_graph_get_source (g, i);
      char *text = NULL;
      g_autoptr (GError) error = NULL;
      cr_assert (g_file_get_contents (bri_source_get_path (s), &text, NULL, &error),
                 "%s", error ? error->message : "");
      g_hash_table_insert (texts, (gpointer) bri_source_get_id (s), text);
    }
  guint checked = 0;
  for (guint i = 0; i < bri_graph_get_n_relations (g); i++)
    {
      const BriRelation *r = bri_graph_get_relation (g, i);
      const char *source = bri_relation_get_source (r);
      const char *evidence = bri_relation_get_evidence (r);
      cr_assert_not_null (source, "relation %u has no source", i);
      cr_assert_not_null (evidence, "relation %u has no evidence", i);
      const char *text = g_hash_table_lookup (texts, source);
      cr_assert_not_null (text, "relation %u cites unknown source %s", i, source);
      cr_expect (strstr (text, evidence) != NULL, "relation %u: evidence not in %s: %s",
                 i, source, evidence);
      checked++;
    }
  cr_expect_eq (checked, bri_graph_get_n_relations (g));
}

Test (bundled, lookups_in_both_scripts)
{
  g_autoptr (BriGraph) g = bundled ();
  const char *laos[] = { "老撾", "老挝", "Laos" };
  for (guint i = 0; i < G_N_ELEMENTS (laos); i++)
    cr_expect_str_eq (bri_entity_get_id (bri_graph_resolve (g, laos[i], NULL)), "country:LA");
  cr_expect_str_eq (bri_entity_get_id (bri_graph_resolve (g, "祕魯", NULL)), "country:PE");
  cr_expect_str_eq (bri_entity_get_id (bri_graph_resolve (g, "霍爾果斯", NULL)), "port:khorgos");
  const BriEntity *khorgos = bri_graph_lookup_entity (g, "port:khorgos");
  /* Khorgos port rolls up to Xinjiang and China through its parents. */
  const BriEntity *p = khorgos;
  while (bri_entity_get_parent (p))
    p = bri_entity_get_parent (p);
  cr_expect_str_eq (bri_entity_get_id (p), "country:CN");
}

Test (bundled, the_xining_almaty_corridor_passes_khorgos)
{
  g_autoptr (BriGraph) g = bundled ();
  guint found = 0;
  for (guint i = 0; i < bri_graph_get_n_relations (g); i++)
    {
      const BriRelation *r = bri_graph_get_relation (g, i);
      if (g_str_equal (bri_relation_get_kind (r), "freight_corridor")
          && g_str_equal (bri_relation_get_from_id (r), "city:xining")
          && g_str_equal (bri_relation_get_to_id (r), "city:almaty"))
        {
          cr_expect_str_eq (bri_relation_get_via_id (r), "port:khorgos");
          found++;
        }
    }
  cr_expect_eq (found, 1);
}
