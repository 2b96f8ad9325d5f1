/* tests/unit/test-load.c — loading data set directories: the accept and
 * reject corpora in tests/data/csv (each invalid case holds its expected
 * error code and `file:line:col: message`), all-or-nothing loading,
 * several data sets in one graph, and bri_dir_check() listing every
 * problem. */
#include "test-util.h"

static const char *const code_names[] = {
  "FAILED", "PARSE", "INVALID", "NOT_FOUND", "AMBIGUOUS", "DUPLICATE", "LIMIT", "GRAPH",
};

static GPtrArray *
case_dirs (const char *which)
{
  g_autofree char *root = test_data_path (which);
  GPtrArray *dirs = g_ptr_array_new_with_free_func (g_free);
  GDir *d = g_dir_open (root, 0, NULL);
  cr_assert_not_null (d, "cannot open %s", root);
  const char *name;
  while ((name = g_dir_read_name (d)))
    g_ptr_array_add (dirs, g_build_filename (root, name, NULL));
  g_dir_close (d);
  g_ptr_array_sort (dirs, (GCompareFunc) g_strcmp0);
  return dirs;
}

static guint
expected_count (const char *expect, const char *what)
{
  g_auto (GStrv) lines = g_strsplit (expect, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], what) && lines[i][strlen (what)] == ' ')
      return atoi (lines[i] + strlen (what) + 1);
  cr_assert_fail ("no '%s' in expect file", what);
  return 0;
}

TestSuite (load);

Test (load, every_valid_case_loads_with_the_expected_counts)
{
  g_autoptr (GPtrArray) dirs = case_dirs ("csv/valid");
  cr_assert_gt (dirs->len, 5);
  for (guint i = 0; i < dirs->len; i++)
    {
      const char *dir = dirs->pdata[i];
      g_autofree char *expect = test_read (dir, "expect");
      cr_assert_not_null (expect, "%s has no expect file", dir);
      g_autoptr (BriGraph) g = bri_graph_new ();
      g_autoptr (GError) error = NULL;
      cr_expect (bri_graph_load_dir (g, dir, &error), "%s: %s", dir,
                 error ? error->message : "");
      cr_expect_eq (bri_graph_get_n_entities (g), expected_count (expect, "entities"), "%s", dir);
      cr_expect_eq (bri_graph_get_n_relations (g), expected_count (expect, "relations"), "%s", dir);
      cr_expect_eq (bri_graph_get_n_sources (g), expected_count (expect, "sources"), "%s", dir);
      cr_expect_eq (bri_graph_get_n_kinds (g), expected_count (expect, "kinds"), "%s", dir);
      g_autoptr (GPtrArray) problems = bri_dir_check (NULL, dir);
      cr_expect_eq (problems->len, 0, "%s: check found problems", dir);
    }
}

Test (load, every_invalid_case_fails_with_its_located_error_and_loads_nothing)
{
  g_autoptr (GPtrArray) dirs = case_dirs ("csv/invalid");
  cr_assert_gt (dirs->len, 30);
  for (guint i = 0; i < dirs->len; i++)
    {
      const char *dir = dirs->pdata[i];
      g_autofree char *expect = test_read (dir, "error");
      cr_assert_not_null (expect, "%s has no error file", dir);
      g_auto (GStrv) lines = g_strsplit (expect, "\n", 3);
      cr_assert (lines[0] && lines[1], "%s: error file needs code and message", dir);
      g_autofree char *prefix = g_strconcat (dir, "/", NULL);
      g_autofree char *wanted_dir = g_strconcat (dir, ":", NULL);

      /* Start from a graph that already holds a data set: it must survive. */
      g_autoptr (BriGraph) g = bri_graph_new ();
      cr_assert_not_null (bri_graph_add_entity (g, bri_entity_new ("x:keep", "city", "Keep"), NULL));
      g_autoptr (GError) error = NULL;
      cr_expect_not (bri_graph_load_dir (g, dir, &error), "%s loaded", dir);
      if (!error)
        continue;
      if (strcmp (lines[0], "FILE") == 0)
        cr_expect_eq (error->domain, G_FILE_ERROR, "%s: %s", dir, error->message);
      else
        {
          cr_expect_eq (error->domain, BRI_ERROR, "%s", dir);
          cr_expect_str_eq (code_names[error->code], lines[0], "%s", dir);
        }
      /* The message, with the case directory written as in the error file. */
      g_autofree char *msg = g_strdup (error->message);
      if (g_str_has_prefix (msg, prefix))
        memmove (msg, msg + strlen (prefix), strlen (msg) - strlen (prefix) + 1);
      else if (g_str_has_prefix (msg, wanted_dir))
        {
          char *tmp = g_strconcat ("{dir}", msg + strlen (dir), NULL);
          g_free (msg);
          msg = tmp;
        }
      cr_expect_str_eq (msg, lines[1], "%s", dir);
      cr_expect_eq (bri_graph_get_n_entities (g), 1, "%s: half-loaded", dir);
      cr_expect_eq (bri_graph_get_n_relations (g), 0, "%s: half-loaded", dir);
      cr_expect_eq (bri_graph_get_n_sources (g), 0, "%s: half-loaded", dir);
      cr_expect_eq (bri_graph_get_n_kinds (g), 8, "%s: half-loaded", dir);
      /* The checker reports the same first error. */
      g_autoptr (GPtrArray) problems = bri_dir_check (NULL, dir);
      cr_expect_geq (problems->len, 1, "%s", dir);
    }
}

Test (load, missing_directory)
{
  g_autoptr (BriGraph) g = bri_graph_new ();
  g_autoptr (GError) error = NULL;
  cr_expect_not (bri_graph_load_dir (g, "/nonexistent/bri-data", &error));
  cr_expect (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT));
  cr_expect_str_eq (error->message,
                    "/nonexistent/bri-data: no such directory, expected a data set directory");
}

Test (load, a_failed_load_leaves_an_earlier_data_set_untouched)
{
  g_autofree char *tmp = test_tmpdir ();
  g_autofree char *good = g_build_filename (tmp, "good", NULL);
  g_autofree char *bad = g_build_filename (tmp, "bad", NULL);
  g_mkdir (good, 0755);
  g_mkdir (bad, 0755);
  test_write (good, "entities.csv", "id,kind,name,name_zh\ncountry:CN,country,China,中国\n");
  /* Valid entities, then one bad relation on the last line. */
  test_write (bad, "entities.csv", "id,kind,name,name_zh\ncity:x,city,X,西宁\ncity:y,city,Y,\n");
  test_write (bad, "relations.csv", "kind,from,to\nmet,city:x,city:y\nmet,city:x,city:z\n");
  g_autoptr (BriGraph) g = bri_graph_new ();
  cr_assert (bri_graph_load_dir (g, good, NULL));
  g_autoptr (GPtrArray) warm = bri_graph_find (g, "中國"); /* build the name index */
  cr_expect_eq (warm->len, 1);
  g_autoptr (GError) error = NULL;
  cr_expect_not (bri_graph_load_dir (g, bad, &error));
  cr_expect (g_str_has_suffix (error->message,
                               "relations.csv:3:12: unknown entity 'city:z' in column to, "
                               "did you mean city:x? (expected the id of an entity defined "
                               "in entities.csv or an earlier data set)"), "%s", error->message);
  cr_expect_eq (bri_graph_get_n_entities (g), 1);
  cr_expect_eq (bri_graph_get_n_relations (g), 0);
  cr_expect_null (bri_graph_lookup_entity (g, "city:x"));
  g_autoptr (GPtrArray) gone = bri_graph_find (g, "西宁");
  cr_expect_eq (gone->len, 0, "rolled-back entity still found by name");
  test_rm_rf (tmp);
}

Test (load, data_sets_refer_to_each_other_and_share_identical_entities)
{
  g_autofree char *tmp = test_tmpdir ();
  g_autofree char *a = g_build_filename (tmp, "a", NULL);
  g_autofree char *b = g_build_filename (tmp, "b", NULL);
  g_mkdir (a, 0755);
  g_mkdir (b, 0755);
  test_write (a, "entities.csv", "id,kind,name\ncountry:CN,country,China\ncountry:KZ,country,Kazakhstan\n");
  test_write (b, "entities.csv", "id,kind,name,parent\ncountry:CN,country,China,\ncity:almaty,city,Almaty,country:KZ\n");
  test_write (b, "relations.csv", "kind,from,to\nmet,country:CN,country:KZ\n");
  const char *dirs[] = { a, b, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (BriGraph) g = bri_graph_new_from_dirs (dirs, &error);
  cr_assert_not_null (g, "%s", error ? error->message : "");
  cr_expect_eq (bri_graph_get_n_entities (g), 3);
  cr_expect_eq (bri_graph_get_n_relations (g), 1);
  cr_expect_eq (bri_entity_get_parent (bri_graph_lookup_entity (g, "city:almaty")),
                bri_graph_lookup_entity (g, "country:KZ"));
  /* A third data set redefining China differently is refused. */
  test_write (b, "entities.csv", "id,kind,name\ncountry:CN,country,PRC\n");
  g_autofree char *relations = g_build_filename (b, "relations.csv", NULL);
  g_unlink (relations);
  cr_expect_not (bri_graph_load_dir (g, b, &error));
  cr_expect (g_error_matches (error, BRI_ERROR, BRI_ERROR_DUPLICATE), "%s", error->message);
  cr_expect (strstr (error->message, "entities.csv:2:1: entity 'country:CN' is already defined"),
             "%s", error->message);
  cr_expect_eq (bri_graph_get_n_entities (g), 3);
  test_rm_rf (tmp);
}

Test (load, check_lists_every_problem_in_order)
{
  g_autofree char *tmp = test_tmpdir ();
  test_write (tmp, "entities.csv",
              "id,kind,name,parent\n"
              "country:CN,country,China,\n"
              "country:CN,country,China,\n"            /* 3: duplicate id */
              "city:a,city,A,city:nowhere\n"           /* 4: unknown parent */
              "x:1,Bad Kind,X,\n"                      /* 5: bad kind */
              "y:1,planet,Y,\n");                      /* 6: warning: kind used once */
  test_write (tmp, "relations.csv",
              "kind,from,to,date,weight\n"
              "met,country:CN,x:1,2024,\n"             /* 2: x:1 failed above: no cascade */
              "met,country:CN,city:b,2024,\n"          /* 3: unknown entity */
              "signed_agrement,country:CN,y:1,,\n"     /* 4: unknown kind */
              "met,country:CN,y:1,2024-02-30,-1\n"     /* 5: impossible date */
              "met,country:CN,y:1\n"                   /* 6: field count */
              "met,x:1,country:CN,2024-02-31,\n");     /* 7: x:1 failed, its date too */
  g_autoptr (GPtrArray) problems = bri_dir_check (NULL, tmp);
  const char *expected[] = {
    /* In file and line order, although a row's parent is checked after
     * the whole file and the kind warning after every file. */
    "entities.csv:3:1: entity 'country:CN' is defined twice in this file, expected one row per id",
    "entities.csv:4:15: unknown parent 'city:nowhere', expected the id of a defined entity",
    "entities.csv:5:5: invalid entity kind 'Bad Kind', expected a lowercase word such as country, city or forum",
    "entities.csv:6:1: warning: entity kind 'planet' is used only once (by 'y:1'); a typo?",
    "relations.csv:3:16: unknown entity 'city:b' in column to, did you mean city:a? (expected the id of an entity defined in entities.csv or an earlier data set)",
    "relations.csv:4:1: unknown relation kind 'signed_agrement', did you mean signed_agreement?",
    "relations.csv:5:20: impossible date '2024-02-30', expected a real calendar date",
    "relations.csv:6:19: 3 fields, expected 5 as in the header",
    /* No "unknown entity 'x:1'" (its own row says why it is missing), but
     * the row's other fields are still checked. */
    "relations.csv:7:20: impossible date '2024-02-31', expected a real calendar date",
  };
  cr_assert_eq (problems->len, G_N_ELEMENTS (expected));
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *s = bri_problem_to_string (problems->pdata[i]);
      const char *rel = s + strlen (tmp) + 1;
      cr_expect_str_eq (rel, expected[i]);
    }
  cr_expect_eq (bri_problem_get_severity (problems->pdata[3]), BRI_PROBLEM_WARNING);
  cr_expect_eq (bri_problem_get_line (problems->pdata[1]), 4);
  cr_expect_eq (bri_problem_get_column (problems->pdata[1]), 15);
  cr_expect_eq (bri_problem_get_code (problems->pdata[5]), BRI_ERROR_INVALID);
  test_rm_rf (tmp);
}

/* bri_check_dir(), the deprecated former name, still lists the same
 * problems. */
Test (load, deprecated_check_dir_is_dir_check)
{
  g_autofree char *tmp = test_tmpdir ();
  test_write (tmp, "entities.csv",
              "id,kind,name\n"
              "city:a,city,A\n"
              "city:a,city,A\n");
  g_autoptr (GPtrArray) want = bri_dir_check (NULL, tmp);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_autoptr (GPtrArray) got = bri_check_dir (NULL, tmp);
  G_GNUC_END_IGNORE_DEPRECATIONS
  cr_assert_eq (want->len, 1);
  cr_assert_eq (got->len, want->len);
  g_autofree char *a = bri_problem_to_string (got->pdata[0]);
  g_autofree char *b = bri_problem_to_string (want->pdata[0]);
  cr_expect_str_eq (a, b);
  cr_expect (strstr (a, "entities.csv:3:1: entity 'city:a' is defined twice"), "%s", a);
  test_rm_rf (tmp);
}

Test (load, check_never_modifies_the_graph)
{
  g_autofree char *tmp = test_tmpdir ();
  test_write (tmp, "entities.csv", "id,kind,name\ncity:a,city,A\n");
  g_autoptr (BriGraph) g = bri_graph_new ();
  g_autoptr (GPtrArray) problems = bri_dir_check (g, tmp);
  cr_expect_eq (problems->len, 0);
  cr_expect_eq (bri_graph_get_n_entities (g), 0);
  test_rm_rf (tmp);
}

Test (load, field_size_limit)
{
  g_autofree char *tmp = test_tmpdir ();
  g_autoptr (GString) csv = g_string_new ("id,kind,name\nx:1,city,");
  for (guint i = 0; i < BRI_MAX_FIELD_BYTES; i++)
    g_string_append_c (csv, 'a');
  g_string_append (csv, "\n");
  test_write (tmp, "entities.csv", csv->str);
  g_autoptr (BriGraph) g = bri_graph_new ();
  g_autoptr (GError) error = NULL;
  cr_expect (bri_graph_load_dir (g, tmp, &error), "at the limit: %s", error ? error->message : "");
  /* One byte more, and an unbalanced quote swallowing the file. */
  g_string_insert_c (csv, csv->len - 1, 'a');
  test_write (tmp, "entities.csv", csv->str);
  g_autoptr (BriGraph) g2 = bri_graph_new ();
  cr_expect_not (bri_graph_load_dir (g2, tmp, &error));
  cr_expect (g_error_matches (error, BRI_ERROR, BRI_ERROR_LIMIT), "%s", error ? error->message : "");
  cr_expect (error && strstr (error->message, "entities.csv:2:1: field longer than"));
  test_rm_rf (tmp);
}

Test (load, column_limit)
{
  g_autofree char *tmp = test_tmpdir ();
  g_autoptr (GString) header = g_string_new ("id,kind,name");
  for (guint i = 3; i < BRI_MAX_COLUMNS; i++)
    g_string_append_printf (header, ",c%u", i);
  g_autoptr (GString) row = g_string_new ("x:1,city,X");
  for (guint i = 3; i < BRI_MAX_COLUMNS; i++)
    g_string_append (row, ",v");
  g_autofree char *ok = g_strdup_printf ("%s\n%s\n", header->str, row->str);
  test_write (tmp, "entities.csv", ok);
  g_autoptr (BriGraph) g = bri_graph_new ();
  g_autoptr (GError) error = NULL;
  cr_expect (bri_graph_load_dir (g, tmp, &error), "%s", error ? error->message : "");
  cr_expect_eq (bri_entity_get_n_attributes (bri_graph_lookup_entity (g, "x:1")), BRI_MAX_COLUMNS - 3);
  g_autofree char *over = g_strdup_printf ("%s,one_more\n%s,v\n", header->str, row->str);
  test_write (tmp, "entities.csv", over);
  g_autoptr (BriGraph) g2 = bri_graph_new ();
  cr_expect_not (bri_graph_load_dir (g2, tmp, &error));
  cr_expect (g_error_matches (error, BRI_ERROR, BRI_ERROR_LIMIT), "%s", error ? error->message : "");
  /* Checking lists the header's problem and reads no row against it (it
   * read each row's fields[-1]: found by fuzz-load in session 4). */
  g_autoptr (GPtrArray) problems = bri_dir_check (NULL, tmp);
  cr_assert_eq (problems->len, 1);
  g_autofree char *msg = bri_problem_to_string (problems->pdata[0]);
  /* Field 257, one_more, starts after the header and its comma. */
  g_autofree char *want = g_strdup_printf ("entities.csv:1:%zu: too many columns, "
                                           "expected at most 256", header->len + 2);
  cr_expect (g_str_has_suffix (msg, want), "%s", msg);
  test_rm_rf (tmp);
}

Test (load, sources_resolve_their_files_against_the_data_set)
{
  g_autofree char *dir = test_data_path ("csv/valid/basic");
  g_autoptr (BriGraph) g = bri_graph_new ();
  cr_assert (bri_graph_load_dir (g, dir, NULL));
  const BriSource *s = bri_graph_lookup_source (g, "b1");
  g_autofree char *want = g_build_filename (dir, "b1.txt", NULL);
  cr_expect_str_eq (bri_source_get_path (s), want);
  cr_expect_str_eq (bri_source_get_file (s), "b1.txt");
  const BriRelation *r = bri_graph_get_relation (g, 1);
  cr_expect_str_eq (bri_relation_get_evidence (r), "中哈签署《合作备忘录》,涵盖贸易。");
  cr_expect_str_eq (bri_relation_get_title (r), "《合作备忘录》");
  cr_expect_float_eq (bri_relation_get_weight (r), 2.5, 0);
  cr_expect_not (bri_relation_has_confidence (r));
  cr_expect_float_eq (bri_relation_get_confidence (bri_graph_get_relation (g, 0)), 0.9, 0);
}

Test (load, spaces_and_quoted_newlines_are_kept)
{
  g_autofree char *dir = test_data_path ("csv/valid/extra-columns");
  g_autoptr (BriGraph) g = bri_graph_new ();
  cr_assert (bri_graph_load_dir (g, dir, NULL));
  const BriEntity *kz = bri_graph_lookup_entity (g, "country:KZ");
  cr_expect_str_eq (bri_entity_get_name (kz), "Kazakhstan, Republic of");
  cr_expect_str_eq (bri_entity_get_attribute (kz, "wikidata"), "Q232");
  cr_expect_null (bri_entity_get_attribute (bri_graph_lookup_entity (g, "city:almaty"), "wikidata"));
  const BriRelation *r = bri_graph_get_relation (g, 0);
  cr_expect_str_eq (bri_relation_get_attribute (r, "note"), "multi\nline \"quoted\" note");
  cr_expect_str_eq (bri_relation_get_evidence (r), "  spaces kept  ");
  g_autofree char *crlf = test_data_path ("csv/valid/bom-crlf");
  g_autoptr (BriGraph) g2 = bri_graph_new ();
  cr_assert (bri_graph_load_dir (g2, crlf, NULL));
  cr_expect_str_eq (bri_entity_get_id (bri_graph_get_entity (g2, 0)), "country:LA");
  cr_expect_str_eq (bri_entity_get_name (bri_graph_lookup_entity (g2, "city:vientiane")),
                    "Vientiane\r\nCapital");
}

/* A relations file over 1 MiB is parsed on a second thread (csv-reader.c):
 * the problems still come in file order, with their lines and columns,
 * and a clean file loads every row. */
Test (load, a_large_file_reports_problems_in_file_order)
{
  g_autofree char *tmp = test_tmpdir ();
  test_write (tmp, "entities.csv", "id,kind,name\ncity:a,city,A\ncity:b,city,B\n");
  g_autoptr (GString) csv = g_string_new ("kind,from,to,date,evidence\n");
  for (guint i = 1; i <= 30000; i++)
    g_string_append_printf (csv, "met,city:a,city:b,2024,evidence sentence %05u of the row\n", i);
  cr_assert_gt (csv->len, 1u << 20);
  test_write (tmp, "relations.csv", csv->str);
  g_autoptr (BriGraph) g = bri_graph_new ();
  g_autoptr (GError) error = NULL;
  cr_assert (bri_graph_load_dir (g, tmp, &error), "%s", error ? error->message : "");
  cr_expect_eq (bri_graph_get_n_relations (g), 30000);

  /* Row 20000 (line 20001) names an unknown entity; row 25000 has a byte
   * that is not UTF-8 (and row 27000 another unknown entity, after it). */
  char *row = strstr (csv->str, "sentence 20000") - strlen ("met,city:a,city:b,2024,evidence ");
  memcpy (row + strlen ("met,city:a,city:"), "z", 1);
  row = strstr (csv->str, "sentence 25000");
  row[2] = '\xff';
  row = strstr (csv->str, "sentence 27000") - strlen ("met,city:a,city:b,2024,evidence ");
  memcpy (row + strlen ("met,city:a,city:"), "z", 1);
  test_write (tmp, "relations.csv", csv->str);
  g_autoptr (GPtrArray) problems = bri_dir_check (NULL, tmp);
  const char *expected[] = {
    "relations.csv:20001:12: unknown entity 'city:z' in column to, did you mean city:a? "
    "(expected the id of an entity defined in entities.csv or an earlier data set)",
    "relations.csv:25001:35: invalid UTF-8, expected UTF-8 text",
  };
  cr_assert_eq (problems->len, G_N_ELEMENTS (expected));
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *s = bri_problem_to_string (problems->pdata[i]);
      cr_expect_str_eq (s + strlen (tmp) + 1, expected[i]);
    }
  g_autoptr (BriGraph) g2 = bri_graph_new ();
  g_clear_error (&error);
  cr_expect_not (bri_graph_load_dir (g2, tmp, &error));
  cr_expect (error && strstr (error->message, "relations.csv:20001:12: unknown entity"),
             "%s", error ? error->message : "");
  cr_expect_eq (bri_graph_get_n_relations (g2), 0);
  test_rm_rf (tmp);
}
