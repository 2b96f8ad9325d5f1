/* tests/unit/test-save.c — bri_graph_save_dir(): load -> save -> load gives
 * an identical graph (extra columns, quotes, newlines, Chinese text,
 * numbers, partial dates); saving is atomic: a failure while writing
 * leaves the old files as they were and no temporary file behind. */
#include "test-util.h"
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>

static BriGraph *
load_one (const char *dir)
{
  g_autoptr (GError) error = NULL;
  BriGraph *g = bri_graph_new ();
  cr_assert (bri_graph_load_dir (g, dir, &error), "%s: %s", dir, error ? error->message : "");
  return g;
}

static guint
count_files (const char *dir)
{
  guint n = 0;
  GDir *d = g_dir_open (dir, 0, NULL);
  while (d && g_dir_read_name (d))
    n++;
  if (d)
    g_dir_close (d);
  return n;
}

static BriGraph *
tricky_graph (void)
{
  g_autoptr (BriGraph) g = bri_graph_new ();
  cr_assert_not_null (bri_graph_add_kind (g, "funded", TRUE, "financed, \"partly\"", NULL));
  BriSource *s = bri_source_new ("b,1");
  bri_source_set_title (s, "《一带一路》\n月报");
  bri_source_set_date (s, (BriDate){ 2024, 6, 0 });
  bri_source_set_attribute (s, "pages", "12");
  cr_assert_not_null (bri_graph_add_source (g, s, NULL));
  BriEntity *e = bri_entity_new ("country:CN", "country", "China, \"PRC\"");
  bri_entity_set_name_zh (e, "中国");
  bri_entity_add_alias (e, "中國");
  bri_entity_add_alias (e, " spaced alias ");
  bri_entity_set_attribute (e, "note", "line one\nline two\r\nline three");
  cr_assert_not_null (bri_graph_add_entity (g, e, NULL));
  e = bri_entity_new ("country:KZ", "country", "Kazakhstan");
  bri_entity_set_attribute (e, "wikidata", "Q232");
  cr_assert_not_null (bri_graph_add_entity (g, e, NULL));
  e = bri_entity_new ("city:almaty", "city", "Almaty");
  bri_entity_set_parent (e, "country:KZ");
  cr_assert_not_null (bri_graph_add_entity (g, e, NULL));
  BriRelation *r = bri_relation_new ("signed_agreement", "country:CN", "country:KZ");
  bri_relation_set_date (r, (BriDate){ 2024, 6, 25 });
  bri_relation_set_end_date (r, (BriDate){ 2024, 6, 27 });
  bri_relation_set_title (r, "《关于\"数字\"合作的备忘录》");
  bri_relation_set_evidence (r, "6月25日至27日,中哈签署备忘录,\n涵盖\t贸易。");
  bri_relation_set_weight (r, 0.1);
  bri_relation_set_confidence (r, 1.0 / 3.0);
  bri_relation_set_attribute (r, "rule", "sign-1");
  cr_assert_not_null (bri_graph_add_relation (g, r, NULL));
  r = bri_relation_new ("funded", "country:CN", "city:almaty");
  bri_relation_set_date (r, (BriDate){ 2025, 0, 0 });
  bri_relation_set_source (r, "b,1");
  bri_relation_set_weight (r, 1e-300);
  bri_relation_set_attribute (r, "amount", "1,000");
  cr_assert_not_null (bri_graph_add_relation (g, r, NULL));
  return g_steal_pointer (&g);
}

TestSuite (save);

Test (save, round_trip_of_tricky_content)
{
  g_autoptr (BriGraph) g = tricky_graph ();
  g_autofree char *tmp = test_tmpdir ();
  g_autoptr (GError) error = NULL;
  cr_assert (bri_graph_save_dir (g, tmp, &error), "%s", error ? error->message : "");
  cr_expect_eq (count_files (tmp), 4, "exactly the four data files");
  g_autoptr (BriGraph) back = load_one (tmp);
  test_assert_same_graph (g, back);
  /* Saving the reloaded graph gives the same bytes. */
  g_autofree char *tmp2 = test_tmpdir ();
  cr_assert (bri_graph_save_dir (back, tmp2, NULL));
  const char *files[] = { "kinds.csv", "sources.csv", "entities.csv", "relations.csv" };
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *a = test_read (tmp, files[i]);
      g_autofree char *b = test_read (tmp2, files[i]);
      cr_expect_str_eq (a, b, "%s", files[i]);
    }
  test_rm_rf (tmp);
  test_rm_rf (tmp2);
}

Test (save, writes_readable_csv)
{
  g_autoptr (BriGraph) g = tricky_graph ();
  g_autofree char *tmp = test_tmpdir ();
  cr_assert (bri_graph_save_dir (g, tmp, NULL));
  /* Only the standard columns some row uses (code, sector, via and event
   * are unused here), then the attributes in order of appearance. */
  g_autofree char *entities = test_read (tmp, "entities.csv");
  cr_expect_str_eq (entities,
                    "id,kind,name,name_zh,aliases,parent,note,wikidata\n"
                    "country:CN,country,\"China, \"\"PRC\"\"\",中国,中國| spaced alias ,,"
                    "\"line one\nline two\r\nline three\",\n"
                    "country:KZ,country,Kazakhstan,,,,,Q232\n"
                    "city:almaty,city,Almaty,,,country:KZ,,\n");
  g_autofree char *relations = test_read (tmp, "relations.csv");
  cr_expect (g_str_has_prefix (relations,
                               "kind,from,to,date,end_date,title,weight,source,evidence,"
                               "confidence,rule,amount\n"
                               "signed_agreement,country:CN,country:KZ,2024-06-25,2024-06-27,"
                               "\"《关于\"\"数字\"\"合作的备忘录》\",0.1,,"),
             "%s", relations);
  cr_expect (strstr (relations, "funded,country:CN,city:almaty,2025,,,1e-300,\"b,1\",,,,\"1,000\"\n"),
             "%s", relations);
  g_autofree char *kinds = test_read (tmp, "kinds.csv");
  cr_expect_str_eq (kinds, "kind,directed,description\nfunded,true,\"financed, \"\"partly\"\"\"\n");
  test_rm_rf (tmp);
}

Test (save, round_trip_of_the_csv_corpus)
{
  const char *cases[] = { "basic", "bom-crlf", "extra-columns", "forward-parent",
                          "declared-kind", "header-only" };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *rel = g_build_filename ("csv/valid", cases[i], NULL);
      g_autofree char *dir = test_data_path (rel);
      g_autoptr (BriGraph) g = load_one (dir);
      g_autofree char *tmp = test_tmpdir ();
      cr_assert (bri_graph_save_dir (g, tmp, NULL));
      g_autoptr (BriGraph) back = load_one (tmp);
      test_assert_same_graph (g, back);
      test_rm_rf (tmp);
    }
}

Test (save, replaces_stale_files)
{
  g_autofree char *tmp = test_tmpdir ();
  test_write (tmp, "sources.csv", "id\nold-source\n");
  test_write (tmp, "kinds.csv", "kind,directed\nold_kind,true\n");
  g_autoptr (BriGraph) g = bri_graph_new ();
  cr_assert_not_null (bri_graph_add_entity (g, bri_entity_new ("x:1", "city", "X"), NULL));
  cr_assert (bri_graph_save_dir (g, tmp, NULL));
  g_autoptr (BriGraph) back = load_one (tmp);
  test_assert_same_graph (g, back);
  test_rm_rf (tmp);
}

Test (save, missing_directory_is_an_error)
{
  g_autoptr (BriGraph) g = bri_graph_new ();
  g_autoptr (GError) error = NULL;
  cr_expect_not (bri_graph_save_dir (g, "/nonexistent/bri-out", &error));
  cr_expect (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT));
}

/* A write that fails part way (here: the file size limit, as a full disk
 * would) must leave the old data set intact and no temporary file. */
Test (save, failed_write_leaves_old_files_and_no_temporaries)
{
  g_autofree char *tmp = test_tmpdir ();
  g_autoptr (BriGraph) old = tricky_graph ();
  cr_assert (bri_graph_save_dir (old, tmp, NULL));
  g_autofree char *before_e = test_read (tmp, "entities.csv");
  g_autofree char *before_r = test_read (tmp, "relations.csv");

  g_autoptr (BriGraph) big = bri_graph_new ();
  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *id = g_strdup_printf ("city:%u", i);
      cr_assert_not_null (bri_graph_add_entity (big, bri_entity_new (id, "city", "一个很长的城市名称"), NULL));
    }
  signal (SIGXFSZ, SIG_IGN);
  struct rlimit small = { 4096, 4096 }, saved;
  getrlimit (RLIMIT_FSIZE, &saved);
  setrlimit (RLIMIT_FSIZE, &small);
  g_autoptr (GError) error = NULL;
  gboolean ok = bri_graph_save_dir (big, tmp, &error);
  struct rlimit restore = { saved.rlim_cur, saved.rlim_max };
  setrlimit (RLIMIT_FSIZE, &restore);
  cr_expect_not (ok);
  cr_expect (error && error->domain == G_FILE_ERROR);
  cr_expect (error && strstr (error->message, "cannot write"), "%s", error ? error->message : "");
  cr_expect_eq (count_files (tmp), 4, "a temporary file was left behind");
  g_autofree char *after_e = test_read (tmp, "entities.csv");
  g_autofree char *after_r = test_read (tmp, "relations.csv");
  cr_expect_str_eq (after_e, before_e);
  cr_expect_str_eq (after_r, before_r);
  g_autoptr (BriGraph) back = load_one (tmp);
  test_assert_same_graph (old, back);
  test_rm_rf (tmp);
}

/* A target that cannot be replaced (a directory named relations.csv) is
 * found before any file is renamed. */
Test (save, unreplaceable_target_changes_nothing)
{
  g_autofree char *tmp = test_tmpdir ();
  test_write (tmp, "entities.csv", "id,kind,name\nx:1,city,Old\n");
  g_autofree char *sub = g_build_filename (tmp, "relations.csv", NULL);
  g_mkdir (sub, 0755);
  g_autoptr (BriGraph) g = tricky_graph ();
  g_autoptr (GError) error = NULL;
  cr_expect_not (bri_graph_save_dir (g, tmp, &error));
  cr_expect (error && error->domain == G_FILE_ERROR, "%s", error ? error->message : "");
  g_autofree char *e = test_read (tmp, "entities.csv");
  cr_expect_str_eq (e, "id,kind,name\nx:1,city,Old\n");
  cr_expect_eq (count_files (tmp), 2);
  test_rm_rf (tmp);
}

/* A save killed after its commit point: the journal names temporary files
 * still waiting to be renamed. Loading reads the new data set from them
 * (without writing), and the next save finishes the job and cleans up. */
Test (save, interrupted_save_is_read_as_the_new_data_set_and_completed)
{
  g_autofree char *tmp = test_tmpdir ();
  test_write (tmp, "entities.csv", "id,kind,name\nx:old,city,Old\n");
  test_write (tmp, ".entities.csv.AbC123", "id,kind,name\nx:new,city,New\n");
  test_write (tmp, ".relations.csv.XyZ789", "kind,from,to\n");
  test_write (tmp, ".bri-journal", ".entities.csv.AbC123\tentities.csv\n"
                                   ".relations.csv.XyZ789\trelations.csv\n"
                                   ".gone.XXXXXX\tsources.csv\n");
  g_autoptr (BriGraph) g = load_one (tmp);
  cr_expect_not_null (bri_graph_lookup_entity (g, "x:new"));
  cr_expect_null (bri_graph_lookup_entity (g, "x:old"));
  cr_expect_eq (count_files (tmp), 4, "loading must not write");
  cr_assert (bri_graph_save_dir (g, tmp, NULL));
  cr_expect_eq (count_files (tmp), 4, "journal and temporaries removed");
  g_autoptr (BriGraph) back = load_one (tmp);
  test_assert_same_graph (g, back);
  test_rm_rf (tmp);
}

/* A save killed before its commit point leaves temporary files but no
 * journal: the old data set stands, and the next save removes them. */
Test (save, uncommitted_temporaries_are_ignored_and_removed)
{
  g_autofree char *tmp = test_tmpdir ();
  test_write (tmp, "entities.csv", "id,kind,name\nx:old,city,Old\n");
  test_write (tmp, ".entities.csv.AbC123", "id,kind,name\nx:new,city,New\n");
  test_write (tmp, ".bri-journal.QwE456", ".entities.csv.AbC123\tentities.csv\n");
  test_write (tmp, ".kinds.csv.Zz9Zz9", "kind,directed\n");
  test_write (tmp, "notes.txt", "a user's file, kept\n");
  g_autoptr (BriGraph) g = load_one (tmp);
  cr_expect_not_null (bri_graph_lookup_entity (g, "x:old"));
  cr_expect_null (bri_graph_lookup_entity (g, "x:new"));
  cr_assert (bri_graph_save_dir (g, tmp, NULL));
  cr_expect_eq (count_files (tmp), 5, "4 data files + notes.txt");
  g_autofree char *notes = test_read (tmp, "notes.txt");
  cr_expect_str_eq (notes, "a user's file, kept\n");
  test_rm_rf (tmp);
}

/* Saved files get the permissions of any new file (0666 less the umask),
 * not the 0600 of a temporary file. */
Test (save, files_follow_the_umask)
{
  g_autofree char *tmp = test_tmpdir ();
  mode_t old = umask (022);
  g_autoptr (BriGraph) g = bri_graph_new ();
  cr_assert (bri_graph_save_dir (g, tmp, NULL));
  umask (old);
  g_autofree char *p = g_build_filename (tmp, "entities.csv", NULL);
  GStatBuf st;
  cr_assert_eq (g_stat (p, &st), 0);
  cr_expect_eq (st.st_mode & 0777, 0644, "mode %o", st.st_mode & 0777);
  test_rm_rf (tmp);
}
