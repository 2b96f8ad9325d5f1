/* fuzz/fuzz-roundtrip.c — load → save → load. An input that loads (see
 * fuzz-common.h for its format) is saved with bri_graph_save_dir() into a
 * second directory and loaded from there into a new graph, which must be
 * the same graph: the same counts, and every entity, alias, relation,
 * source, kind and attribute the same, in the same order. The saved
 * directory must hold no temporary file or journal afterwards. */
#include "fuzz-common.h"

static char *in_dir, *out_dir;

static void
cleanup (void)
{
  fuzz_remove_dir (in_dir);
  fuzz_remove_dir (out_dir);
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc;
  (void) argv;
  in_dir = fuzz_make_dir ("rt-in");
  out_dir = fuzz_make_dir ("rt-out");
  atexit (cleanup);
  return 0;
}

#define SAME_STR(a, b) FUZZ_CHECK (g_strcmp0 ((a), (b)) == 0)
#define SAME_DATE(a, b) FUZZ_CHECK (bri_date_compare ((a), (b)) == 0)

static void
same_entity (const BriEntity *a, const BriEntity *b)
{
  SAME_STR (bri_entity_get_id (a), bri_entity_get_id (b));
  SAME_STR (bri_entity_get_kind (a), bri_entity_get_kind (b));
  SAME_STR (bri_entity_get_name (a), bri_entity_get_name (b));
  SAME_STR (bri_entity_get_name_zh (a), bri_entity_get_name_zh (b));
  SAME_STR (bri_entity_get_code (a), bri_entity_get_code (b));
  SAME_STR (bri_entity_get_parent_id (a), bri_entity_get_parent_id (b));
  FUZZ_CHECK (bri_entity_get_n_aliases (a) == bri_entity_get_n_aliases (b));
  for (guint i = 0; i < bri_entity_get_n_aliases (a); i++)
    SAME_STR (bri_entity_get_alias (a, i), bri_entity_get_alias (b, i));
  FUZZ_CHECK (bri_entity_get_n_attributes (a) == bri_entity_get_n_attributes (b));
  for (guint i = 0; i < bri_entity_get_n_attributes (a); i++)
    {
      const char *name = bri_entity_get_attribute_name (a, i);
      SAME_STR (bri_entity_get_attribute_value (a, i), bri_entity_get_attribute (b, name));
    }
}

static void
same_relation (const BriRelation *a, const BriRelation *b)
{
  SAME_STR (bri_relation_get_kind (a), bri_relation_get_kind (b));
  SAME_STR (bri_relation_get_from_id (a), bri_relation_get_from_id (b));
  SAME_STR (bri_relation_get_to_id (a), bri_relation_get_to_id (b));
  SAME_STR (bri_relation_get_via_id (a), bri_relation_get_via_id (b));
  SAME_DATE (bri_relation_get_date (a), bri_relation_get_date (b));
  SAME_DATE (bri_relation_get_end_date (a), bri_relation_get_end_date (b));
  SAME_STR (bri_relation_get_title (a), bri_relation_get_title (b));
  SAME_STR (bri_relation_get_sector (a), bri_relation_get_sector (b));
  SAME_STR (bri_relation_get_event (a), bri_relation_get_event (b));
  SAME_STR (bri_relation_get_source (a), bri_relation_get_source (b));
  SAME_STR (bri_relation_get_evidence (a), bri_relation_get_evidence (b));
  FUZZ_CHECK (bri_relation_has_weight (a) == bri_relation_has_weight (b));
  FUZZ_CHECK (bri_relation_get_weight (a) == bri_relation_get_weight (b));
  FUZZ_CHECK (bri_relation_has_confidence (a) == bri_relation_has_confidence (b));
  FUZZ_CHECK (bri_relation_get_confidence (a) == bri_relation_get_confidence (b));
  FUZZ_CHECK (bri_relation_get_n_attributes (a) == bri_relation_get_n_attributes (b));
  for (guint i = 0; i < bri_relation_get_n_attributes (a); i++)
    {
      const char *name = bri_relation_get_attribute_name (a, i);
      SAME_STR (bri_relation_get_attribute_value (a, i), bri_relation_get_attribute (b, name));
    }
}

static void
same_source (const BriSource *a, const BriSource *b)
{
  SAME_STR (bri_source_get_id (a), bri_source_get_id (b));
  SAME_STR (bri_source_get_title (a), bri_source_get_title (b));
  SAME_STR (bri_source_get_publisher (a), bri_source_get_publisher (b));
  SAME_DATE (bri_source_get_date (a), bri_source_get_date (b));
  SAME_STR (bri_source_get_url (a), bri_source_get_url (b));
  SAME_STR (bri_source_get_language (a), bri_source_get_language (b));
  SAME_STR (bri_source_get_file (a), bri_source_get_file (b));
  FUZZ_CHECK (bri_source_get_n_attributes (a) == bri_source_get_n_attributes (b));
  for (guint i = 0; i < bri_source_get_n_attributes (a); i++)
    {
      const char *name = bri_source_get_attribute_name (a, i);
      SAME_STR (bri_source_get_attribute_value (a, i), bri_source_get_attribute (b, name));
    }
}

static void
same_kind (const BriKind *a, const BriKind *b)
{
  SAME_STR (bri_kind_get_name (a), bri_kind_get_name (b));
  FUZZ_CHECK (bri_kind_is_directed (a) == bri_kind_is_directed (b));
  SAME_STR (bri_kind_get_description (a), bri_kind_get_description (b));
  FUZZ_CHECK (bri_kind_is_builtin (a) == bri_kind_is_builtin (b));
}

static void
same_graph (const BriGraph *a, const BriGraph *b)
{
  FUZZ_CHECK (bri_graph_get_n_entities (a) == bri_graph_get_n_entities (b));
  FUZZ_CHECK (bri_graph_get_n_relations (a) == bri_graph_get_n_relations (b));
  FUZZ_CHECK (bri_graph_get_n_sources (a) == bri_graph_get_n_sources (b));
  FUZZ_CHECK (bri_graph_get_n_kinds (a) == bri_graph_get_n_kinds (b));
  for (guint i = 0; i < bri_graph_get_n_entities (a); i++)
    same_entity (bri_graph_get_entity (a, i), bri_graph_get_entity (b, i));
  for (guint i = 0; i < bri_graph_get_n_relations (a); i++)
    same_relation (bri_graph_get_relation (a, i), bri_graph_get_relation (b, i));
  for (guint i = 0; i < bri_graph_get_n_sources (a); i++)
    same_source (bri_graph_get_source (a, i), bri_graph_get_source (b, i));
  for (guint i = 0; i < bri_graph_get_n_kinds (a); i++)
    same_kind (bri_graph_get_kind (a, i), bri_graph_get_kind (b, i));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  unsigned mask;
  BriGraph *g = fuzz_load_input (in_dir, data, size, &mask);
  if (g == NULL)
    return 0;
  GError *error = NULL;
  fuzz_empty_dir (out_dir);
  if (!bri_graph_save_dir (g, out_dir, &error))
    {
      fprintf (stderr, "save failed: %s\n", error->message);
      abort ();
    }
  /* Exactly the four data set files, no temporary file or journal. */
  GDir *d = g_dir_open (out_dir, 0, NULL);
  guint n_files = 0;
  for (const char *name; (name = g_dir_read_name (d)) != NULL; n_files++)
    FUZZ_CHECK (name[0] != '.');
  g_dir_close (d);
  FUZZ_CHECK (n_files == 4);

  BriGraph *back = bri_graph_new ();
  if (!bri_graph_load_dir (back, out_dir, &error))
    {
      fprintf (stderr, "reloading the saved data set failed: %s\n", error->message);
      abort ();
    }
  same_graph (g, back);
  bri_graph_unref (back);
  bri_graph_unref (g);
  return 0;
}
