/* fuzz/fuzz-import.h — what the importer targets (fuzz-xlsx, fuzz-gdelt)
 * share: the gazetteer as the base graph (loaded once), a scratch
 * directory holding the input file and the output directory, and the
 * checks every import must pass: a report or a GError (never both), errors
 * in BRI_ERROR or G_FILE_ERROR with a UTF-8 message, no output directory
 * after a failure, and after a success an output that bri_dir_check()
 * finds without error on top of the gazetteer. Byte 0 of an input holds options (bit 0: skip bad rows;
 * bit 1: keep GCDF non-aggregates; bits 2-3: GDELT version). */
#ifndef BRI_FUZZ_IMPORT_H
#define BRI_FUZZ_IMPORT_H

#include "fuzz-common.h"

#ifndef BRI_FUZZ_DATA
#define BRI_FUZZ_DATA "data"
#endif

static BriGraph *fuzz_base;
static char *fuzz_dir, *fuzz_gazetteer;

static void
fuzz_import_cleanup (void)
{
  fuzz_remove_dir (fuzz_dir);
}

static inline void
fuzz_import_init (const char *tag)
{
  const char *data = g_getenv ("BRI_DATA");
  if (data == NULL)
    data = BRI_FUZZ_DATA;
  fuzz_gazetteer = g_build_filename (data, "gazetteer", NULL);
  const char *dirs[] = { fuzz_gazetteer, NULL };
  GError *error = NULL;
  fuzz_base = bri_graph_new_from_dirs (dirs, &error);
  if (fuzz_base == NULL)
    {
      fprintf (stderr, "%s: %s (set BRI_DATA to the data directory)\n", tag, error->message);
      abort ();
    }
  fuzz_dir = fuzz_make_dir (tag);
  atexit (fuzz_import_cleanup);
}

static inline BriImportOptions *
fuzz_import_options (uint8_t byte)
{
  BriImportOptions *o = bri_import_options_new ();
  g_autofree char *mapping = g_build_filename (g_getenv ("BRI_DATA") ? g_getenv ("BRI_DATA")
                                               : BRI_FUZZ_DATA, "import", NULL);
  bri_import_options_set_mapping_dir (o, mapping);
  bri_import_options_set_skip_bad_rows (o, byte & 1);
  bri_import_options_set_keep_non_aggregates (o, (byte >> 1) & 1);
  bri_import_options_set_gdelt_version (o, (BriGdeltVersion) (((byte >> 2) & 3) % 3));
  return o;
}

/* Checks one import's outcome and removes its output. */
static inline void
fuzz_import_check (BriImportReport *report, GError *error, const char *out)
{
  FUZZ_CHECK ((report == NULL) == (error != NULL));
  if (!report)
    {
      FUZZ_CHECK (error->domain == BRI_ERROR || error->domain == G_FILE_ERROR);
      FUZZ_CHECK (error->message && g_utf8_validate (error->message, -1, NULL));
      FUZZ_CHECK (!g_file_test (out, G_FILE_TEST_EXISTS));
      g_error_free (error);
      return;
    }
  for (guint i = 0; i < bri_import_report_get_n_problems (report); i++)
    FUZZ_CHECK (g_utf8_validate (bri_import_report_get_problem (report, i), -1, NULL));
  FUZZ_CHECK (bri_import_report_get_n_problems (report) <= BRI_IMPORT_MAX_PROBLEMS);
  /* The output loads on top of the gazetteer: checked without loading
   * (bri_dir_check() never modifies the base), every problem a warning. */
  GPtrArray *problems = bri_dir_check (fuzz_base, out);
  for (guint i = 0; i < problems->len; i++)
    {
      const BriProblem *p = problems->pdata[i];
      if (bri_problem_get_severity (p) == BRI_PROBLEM_ERROR)
        fprintf (stderr, "output does not load: %s:%u:%u: %s\n", bri_problem_get_file (p),
                 bri_problem_get_line (p), bri_problem_get_column (p),
                 bri_problem_get_message (p));
      FUZZ_CHECK (bri_problem_get_severity (p) != BRI_PROBLEM_ERROR);
    }
  g_ptr_array_unref (problems);
  bri_import_report_free (report);
  fuzz_remove_dir (out);
}

/* One import of a target: @in and @out are paths in the scratch
 * directory; returns the importer's report or NULL with @error. */
typedef BriImportReport *(*FuzzImportFunc) (const char *in, const char *out,
                                            const BriImportOptions *options,
                                            GError **error);

/* Writes the input after byte 0 as @name in the scratch directory, imports
 * it with @import and the options of byte 0, and checks the outcome. */
static inline void
fuzz_import_one (const uint8_t *data, size_t size, const char *name, FuzzImportFunc import)
{
  if (size == 0 || size > (1u << 20))
    return;
  fuzz_write (fuzz_dir, name, data + 1, size - 1);
  char *in = g_build_filename (fuzz_dir, name, NULL);
  char *out = g_build_filename (fuzz_dir, "out", NULL);
  BriImportOptions *o = fuzz_import_options (data[0]);
  GError *error = NULL;
  BriImportReport *r = import (in, out, o, &error);
  fuzz_import_check (r, error, out);
  bri_import_options_free (o);
  g_free (in);
  g_free (out);
}

/* The two entry points of an importer target: its scratch directory is
 * named @tag, its input is written as @name and imported with @import. */
#define FUZZ_IMPORT_TARGET(tag, name, import)                                \
  int                                                                        \
  LLVMFuzzerInitialize (int *argc, char ***argv)                             \
  {                                                                          \
    (void) argc;                                                             \
    (void) argv;                                                             \
    fuzz_import_init (tag);                                                  \
    return 0;                                                                \
  }                                                                          \
                                                                             \
  int                                                                        \
  LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)                  \
  {                                                                          \
    fuzz_import_one (data, size, name, import);                              \
    return 0;                                                                \
  }

#endif /* BRI_FUZZ_IMPORT_H */
