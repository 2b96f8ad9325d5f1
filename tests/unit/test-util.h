/* tests/unit/test-util.h — helpers shared by the foundation's tests: paths
 * of the test data, temporary directories, file reading, and a deep
 * comparison of two graphs (every field, alias and attribute). */
#ifndef BRI_TEST_UTIL_H
#define BRI_TEST_UTIL_H

#include <bri/bri.h>
#include <criterion/criterion.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

static inline char *
test_data_path (const char *rel)
{
  const char *root = g_getenv ("BRI_TEST_DATA");
  return g_build_filename (root ? root : "tests/data", rel, NULL);
}

static inline char *
test_tmpdir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("bri-test-XXXXXX", &error);
  cr_assert_not_null (dir, "%s", error ? error->message : "");
  return dir;
}

static inline void
test_rm_rf (const char *dir)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  const char *name;
  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      if (g_file_test (p, G_FILE_TEST_IS_DIR))
        test_rm_rf (p);
      else
        g_unlink (p);
    }
  if (d)
    g_dir_close (d);
  g_rmdir (dir);
}

static inline void
test_write (const char *dir, const char *name, const char *content)
{
  g_autofree char *p = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;
  cr_assert (g_file_set_contents (p, content, -1, &error), "%s",
             error ? error->message : "");
}

static inline char *
test_read (const char *dir, const char *name)
{
  g_autofree char *p = g_build_filename (dir, name, NULL);
  char *content = NULL;
  g_file_get_contents (p, &content, NULL, NULL);
  return content;
}

static inline gboolean
same_double (double a, double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

#define EXPECT_STR_EQ(a, b, what, id)                                       \
  cr_expect (g_strcmp0 ((a), (b)) == 0, "%s of %s: '%s' != '%s'", what, id, \
             (a) ? (a) : "(null)", (b) ? (b) : "(null)")

static inline void
test_assert_same_entity (const BriEntity *a, const BriEntity *b)
{
  const char *id = bri_entity_get_id (a);
  EXPECT_STR_EQ (bri_entity_get_id (a), bri_entity_get_id (b), "id", id);
  EXPECT_STR_EQ (bri_entity_get_kind (a), bri_entity_get_kind (b), "kind", id);
  EXPECT_STR_EQ (bri_entity_get_name (a), bri_entity_get_name (b), "name", id);
  EXPECT_STR_EQ (bri_entity_get_name_zh (a), bri_entity_get_name_zh (b), "name_zh", id);
  EXPECT_STR_EQ (bri_entity_get_code (a), bri_entity_get_code (b), "code", id);
  EXPECT_STR_EQ (bri_entity_get_parent_id (a), bri_entity_get_parent_id (b), "parent", id);
  cr_assert_eq (bri_entity_get_n_aliases (a), bri_entity_get_n_aliases (b));
  for (guint i = 0; i < bri_entity_get_n_aliases (a); i++)
    EXPECT_STR_EQ (bri_entity_get_alias (a, i), bri_entity_get_alias (b, i), "alias", id);
  cr_assert_eq (bri_entity_get_n_attributes (a), bri_entity_get_n_attributes (b));
  for (guint i = 0; i < bri_entity_get_n_attributes (a); i++)
    {
      const char *name = bri_entity_get_attribute_name (a, i);
      EXPECT_STR_EQ (bri_entity_get_attribute_value (a, i),
                     bri_entity_get_attribute (b, name), name, id);
    }
}

static inline void
test_assert_same_relation (const BriRelation *a, const BriRelation *b)
{
  char da[BRI_DATE_STRLEN], db[BRI_DATE_STRLEN];
  const char *id = bri_relation_get_from_id (a);
  EXPECT_STR_EQ (bri_relation_get_kind (a), bri_relation_get_kind (b), "kind", id);
  EXPECT_STR_EQ (bri_relation_get_from_id (a), bri_relation_get_from_id (b), "from", id);
  EXPECT_STR_EQ (bri_relation_get_to_id (a), bri_relation_get_to_id (b), "to", id);
  EXPECT_STR_EQ (bri_relation_get_via_id (a), bri_relation_get_via_id (b), "via", id);
  EXPECT_STR_EQ (bri_date_format (bri_relation_get_date (a), da),
                 bri_date_format (bri_relation_get_date (b), db), "date", id);
  EXPECT_STR_EQ (bri_date_format (bri_relation_get_end_date (a), da),
                 bri_date_format (bri_relation_get_end_date (b), db), "end_date", id);
  EXPECT_STR_EQ (bri_relation_get_title (a), bri_relation_get_title (b), "title", id);
  EXPECT_STR_EQ (bri_relation_get_sector (a), bri_relation_get_sector (b), "sector", id);
  EXPECT_STR_EQ (bri_relation_get_event (a), bri_relation_get_event (b), "event", id);
  EXPECT_STR_EQ (bri_relation_get_source (a), bri_relation_get_source (b), "source", id);
  EXPECT_STR_EQ (bri_relation_get_evidence (a), bri_relation_get_evidence (b), "evidence", id);
  cr_expect_eq (bri_relation_has_weight (a), bri_relation_has_weight (b));
  cr_expect (same_double (bri_relation_get_weight (a), bri_relation_get_weight (b)));
  cr_expect_eq (bri_relation_has_confidence (a), bri_relation_has_confidence (b));
  cr_expect (same_double (bri_relation_get_confidence (a), bri_relation_get_confidence (b)));
  cr_assert_eq (bri_relation_get_n_attributes (a), bri_relation_get_n_attributes (b));
  for (guint i = 0; i < bri_relation_get_n_attributes (a); i++)
    {
      const char *name = bri_relation_get_attribute_name (a, i);
      EXPECT_STR_EQ (bri_relation_get_attribute_value (a, i),
                     bri_relation_get_attribute (b, name), name, id);
    }
}

/* Same entities, relations (in order), sources and kinds, field by field. */
static inline void
test_assert_same_graph (const BriGraph *a, const BriGraph *b)
{
  cr_assert_eq (bri_graph_get_n_entities (a), bri_graph_get_n_entities (b));
  cr_assert_eq (bri_graph_get_n_relations (a), bri_graph_get_n_relations (b));
  cr_assert_eq (bri_graph_get_n_sources (a), bri_graph_get_n_sources (b));
  cr_assert_eq (bri_graph_get_n_kinds (a), bri_graph_get_n_kinds (b));
  for (guint i = 0; i < bri_graph_get_n_entities (a); i++)
    test_assert_same_entity (bri_graph_get_entity (a, i), bri_graph_get_entity (b, i));
  for (guint i = 0; i < bri_graph_get_n_relations (a); i++)
    test_assert_same_relation (bri_graph_get_relation (a, i), bri_graph_get_relation (b, i));
  for (guint i = 0; i < bri_graph_get_n_sources (a); i++)
    {
      const BriSource *x = bri_graph_get_source (a, i), *y = bri_graph_get_source (b, i);
      const char *id = bri_source_get_id (x);
      EXPECT_STR_EQ (bri_source_get_id (x), bri_source_get_id (y), "id", id);
      EXPECT_STR_EQ (bri_source_get_title (x), bri_source_get_title (y), "title", id);
      EXPECT_STR_EQ (bri_source_get_publisher (x), bri_source_get_publisher (y), "publisher", id);
      EXPECT_STR_EQ (bri_source_get_file (x), bri_source_get_file (y), "file", id);
      EXPECT_STR_EQ (bri_source_get_language (x), bri_source_get_language (y), "language", id);
      cr_expect_eq (bri_date_compare (bri_source_get_date (x), bri_source_get_date (y)), 0);
    }
  for (guint i = 0; i < bri_graph_get_n_kinds (a); i++)
    {
      const BriKind *x = bri_graph_get_kind (a, i), *y = bri_graph_get_kind (b, i);
      EXPECT_STR_EQ (bri_kind_get_name (x), bri_kind_get_name (y), "name", "kind");
      cr_expect_eq (bri_kind_is_directed (x), bri_kind_is_directed (y));
      EXPECT_STR_EQ (bri_kind_get_description (x), bri_kind_get_description (y),
                     "description", bri_kind_get_name (x));
    }
}

#endif /* BRI_TEST_UTIL_H */
