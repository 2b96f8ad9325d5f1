/* tests/unit/test-own-data.c — a user's data set on top of the bundled
 * data: finding the bundled data (BRI_DATA), loading a small data set that
 * refers to the gazetteer's ids, and the messages a first data set meets
 * (a redefined entity, a misspelt id, a name two entities share). */
#include "test-util.h"

/* A user's first data set: a Chinese city in a gazetteer province, a
 * foreign city in a gazetteer country, a corridor between them, and a
 * meeting between two gazetteer countries. */
static char *
own_data (void)
{
  char *dir = test_tmpdir ();
  test_write (dir, "entities.csv",
              "id,kind,name,name_zh,parent\n"
              "city:korla-test,city,Korla Test City,库尔勒测试城,province:CN-XJ\n"
              "city:aktau-test,city,Aktau Test City,阿克套测试城,country:KZ\n");
  test_write (dir, "relations.csv",
              "kind,from,to,date,source\n"
              "freight_corridor,city:korla-test,city:aktau-test,2024-05,notes\n"
              "met,country:KZ,country:UZ,2024-06-01,notes\n");
  return dir;
}

TestSuite (own_data);

Test (own_data, data_dir_honours_bri_data)
{
  const char *saved = g_getenv ("BRI_DATA");
  g_autofree char *keep = g_strdup (saved);
  g_setenv ("BRI_DATA", "/some/where", TRUE);
  cr_expect_str_eq (bri_data_dir (), "/some/where");
  g_setenv ("BRI_DATA", "", TRUE);
  cr_expect_str_neq (bri_data_dir (), "", "an empty BRI_DATA means the installed data");
  g_unsetenv ("BRI_DATA");
  cr_expect (g_str_has_suffix (bri_data_dir (), "libbri"), "%s", bri_data_dir ());
  if (keep)
    g_setenv ("BRI_DATA", keep, TRUE);
}

Test (own_data, data_dirs_lists_the_parts_in_load_order)
{
  const char *root = g_getenv ("BRI_DATA");
  cr_assert_not_null (root, "BRI_DATA is set by the test environment");
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) all = bri_data_dirs (NULL, BRI_BUNDLED_ALL, &error);
  cr_assert_not_null (all, "%s", error ? error->message : "");
  cr_assert_eq (g_strv_length (all), 3);
  g_autofree char *gaz = g_build_filename (root, "gazetteer", NULL);
  g_autofree char *seeds = g_build_filename (root, "seeds", NULL);
  g_autofree char *bri = g_build_filename (root, "bri", NULL);
  cr_expect_str_eq (all[0], gaz);
  cr_expect_str_eq (all[1], seeds);
  cr_expect_str_eq (all[2], bri);
  g_auto (GStrv) gazetteer = bri_data_dirs (root, BRI_BUNDLED_GAZETTEER, &error);
  cr_assert_eq (g_strv_length (gazetteer), 1);
  cr_expect_str_eq (gazetteer[0], gaz);
  g_auto (GStrv) none = bri_data_dirs (root, BRI_BUNDLED_NONE, &error);
  cr_expect_eq (g_strv_length (none), 0);
}

Test (own_data, a_missing_bundled_directory_names_itself_and_bri_data)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) dirs = bri_data_dirs ("/nonexistent-bri", BRI_BUNDLED_ALL, &error);
  cr_assert_null (dirs);
  cr_expect_eq (error->domain, G_FILE_ERROR);
  cr_expect_eq (error->code, G_FILE_ERROR_NOENT);
  cr_expect (g_str_has_prefix (error->message, "/nonexistent-bri/gazetteer: no such directory"),
             "%s", error->message);
  cr_expect (strstr (error->message, "BRI_DATA") != NULL, "%s", error->message);
}

Test (own_data, loads_on_top_of_the_gazetteer_alone)
{
  g_autofree char *dir = own_data ();
  g_autoptr (GError) error = NULL;
  g_autoptr (BriGraph) g = bri_graph_new_bundled (BRI_BUNDLED_GAZETTEER, &error);
  cr_assert_not_null (g, "%s", error ? error->message : "");
  cr_expect_eq (bri_graph_get_n_relations (g), 0, "the gazetteer holds entities only");
  guint before = bri_graph_get_n_entities (g);
  g_autoptr (GPtrArray) warnings = NULL;
  cr_assert (bri_graph_load_dir_full (g, dir, &warnings, &error), "%s",
             error ? error->message : "");
  cr_expect_eq (warnings->len, 0);
  cr_expect_eq (bri_graph_get_n_entities (g), before + 2);
  cr_expect_eq (bri_graph_get_n_relations (g), 2);
  const BriEntity *korla = bri_graph_resolve (g, "庫爾勒測試城", &error);
  cr_assert_not_null (korla, "%s", error ? error->message : "");
  cr_expect_str_eq (bri_entity_get_id (bri_entity_get_parent (korla)), "province:CN-XJ");
  test_rm_rf (dir);
}

Test (own_data, loads_on_top_of_everything_bundled)
{
  g_autofree char *dir = own_data ();
  g_autoptr (GError) error = NULL;
  g_autoptr (BriGraph) bundled = bri_graph_new_bundled (BRI_BUNDLED_ALL, &error);
  cr_assert_not_null (bundled, "%s", error ? error->message : "");
  guint n = bri_graph_get_n_relations (bundled);
  cr_expect_gt (n, 150);
  cr_assert (bri_graph_load_dir (bundled, dir, &error), "%s", error ? error->message : "");
  cr_expect_eq (bri_graph_get_n_relations (bundled), n + 2);
  test_rm_rf (dir);
}

Test (own_data, without_the_gazetteer_its_ids_are_unknown)
{
  g_autofree char *dir = own_data ();
  g_autoptr (GError) error = NULL;
  g_autoptr (BriGraph) g = bri_graph_new ();
  cr_expect_not (bri_graph_load_dir (g, dir, &error));
  cr_expect_eq (error->code, BRI_ERROR_NOT_FOUND);
  cr_expect (strstr (error->message, "entities.csv:2:") != NULL, "%s", error->message);
  cr_expect (strstr (error->message, "unknown parent 'province:CN-XJ'") != NULL, "%s",
             error->message);
  test_rm_rf (dir);
}

Test (own_data, a_misspelt_id_suggests_the_nearest)
{
  g_autofree char *dir = test_tmpdir ();
  test_write (dir, "relations.csv", "kind,from,to\nmet,country:KZ,country:UZZ\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (BriGraph) g = bri_graph_new_bundled (BRI_BUNDLED_GAZETTEER, &error);
  cr_assert_not_null (g);
  cr_expect_not (bri_graph_load_dir (g, dir, &error));
  g_autofree char *want = g_strdup_printf (
    "%s/relations.csv:2:16: unknown entity 'country:UZZ' in column to, did you mean "
    "country:UZ? (expected the id of an entity defined in entities.csv or an earlier "
    "data set)", dir);
  cr_expect_str_eq (error->message, want);
  test_rm_rf (dir);
}

Test (own_data, a_redefined_entity_says_which_field_differs)
{
  g_autofree char *dir = test_tmpdir ();
  /* The gazetteer's Kazakhstan with another English name. */
  test_write (dir, "entities.csv", "id,kind,name,name_zh\ncountry:KZ,country,Kazakstan,哈萨克斯坦\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (BriGraph) g = bri_graph_new_bundled (BRI_BUNDLED_GAZETTEER, &error);
  cr_assert_not_null (g);
  cr_expect_not (bri_graph_load_dir (g, dir, &error));
  cr_expect_eq (error->code, BRI_ERROR_DUPLICATE);
  cr_expect (strstr (error->message, "entities.csv:2:1: entity 'country:KZ' is already "
                     "defined with other content (name 'Kazakstan' here, 'Kazakhstan' "
                     "before)") != NULL, "%s", error->message);
  test_rm_rf (dir);
}

Test (own_data, a_shared_name_is_a_warning_with_its_line)
{
  g_autofree char *dir = test_tmpdir ();
  /* A made-up city given the gazetteer's Kazakhstan, in capitals, as an
   * alias (line 2), and an organisation given the city's name (line 3).
   * The names are made up so that no gazetteer city ever shares them. */
  test_write (dir, "entities.csv",
              "id,kind,name,aliases,parent\n"
              "city:astana-test,city,Testana,KAZAKHSTAN,country:KZ\n"
              "organization:steppe-test,organization,Steppe Forum,Testana,\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (BriGraph) g = bri_graph_new_bundled (BRI_BUNDLED_GAZETTEER, &error);
  cr_assert_not_null (g);
  g_autoptr (GPtrArray) warnings = NULL;
  cr_assert (bri_graph_load_dir_full (g, dir, &warnings, &error), "%s",
             error ? error->message : "");
  cr_assert_eq (warnings->len, 2);
  g_autofree char *w0 = bri_problem_to_string (warnings->pdata[0]);
  g_autofree char *w1 = bri_problem_to_string (warnings->pdata[1]);
  g_autofree char *want0 = g_strdup_printf (
    "%s/entities.csv:2:1: warning: alias 'KAZAKHSTAN' of 'city:astana-test' also names "
    "'country:KZ'; looking it up will be ambiguous", dir);
  g_autofree char *want1 = g_strdup_printf (
    "%s/entities.csv:3:1: warning: alias 'Testana' of 'organization:steppe-test' also "
    "names 'city:astana-test'; looking it up will be ambiguous", dir);
  cr_expect_str_eq (w0, want0);
  cr_expect_str_eq (w1, want1);
  cr_expect_eq (bri_problem_get_severity (warnings->pdata[0]), BRI_PROBLEM_WARNING);
  /* The load went through, and lookup says which entities the name denotes. */
  const BriEntity *none = bri_graph_resolve (g, "Testana", &error);
  cr_expect_null (none);
  cr_expect_eq (error->code, BRI_ERROR_AMBIGUOUS);
  cr_expect (strstr (error->message, "city:astana-test") && strstr (error->message,
             "organization:steppe-test"), "%s", error->message);
  /* bri_dir_check() lists the same warnings. */
  g_autoptr (BriGraph) base = bri_graph_new_bundled (BRI_BUNDLED_GAZETTEER, NULL);
  g_autoptr (GPtrArray) problems = bri_dir_check (base, dir);
  cr_expect_eq (problems->len, 2);
  test_rm_rf (dir);
}

Test (own_data, the_bundled_data_loads_without_warnings)
{
  g_auto (GStrv) dirs = bri_data_dirs (NULL, BRI_BUNDLED_ALL, NULL);
  cr_assert_not_null (dirs);
  g_autoptr (BriGraph) g = bri_graph_new ();
  for (guint i = 0; dirs[i]; i++)
    {
      g_autoptr (GPtrArray) warnings = NULL;
      g_autoptr (GError) error = NULL;
      cr_assert (bri_graph_load_dir_full (g, dirs[i], &warnings, &error), "%s",
                 error ? error->message : "");
      for (guint k = 0; k < warnings->len; k++)
        {
          g_autofree char *w = bri_problem_to_string (warnings->pdata[k]);
          cr_expect_fail ("%s", w);
        }
    }
}
