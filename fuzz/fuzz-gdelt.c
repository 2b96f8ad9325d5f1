/* fuzz/fuzz-gdelt.c — the GDELT importer: the input after byte 0 (options,
 * fuzz-import.h) is written as an event file and imported with
 * bri_import_gdelt() on the gazetteer. Exercises the CSV reader's TAB
 * dialect over blocks, the layout check, the CAMEO and country mapping and
 * the merging. Invariants: fuzz-import.h, and every row is accounted for
 * once: rows = relations + merged + filtered + skipped. */
#include "fuzz-import.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc;
  (void) argv;
  fuzz_import_init ("gdelt");
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size == 0 || size > (1u << 20))
    return 0;
  fuzz_write (fuzz_dir, "in.CSV", data + 1, size - 1);
  char *in = g_build_filename (fuzz_dir, "in.CSV", NULL);
  char *out = g_build_filename (fuzz_dir, "out", NULL);
  BriImportOptions *o = fuzz_import_options (data[0]);
  GError *error = NULL;
  const char *files[] = { in, NULL };
  BriImportReport *r = bri_import_gdelt (fuzz_base, files, out, o, &error);
  if (r)
    FUZZ_CHECK (bri_import_report_get_n_rows (r)
                == bri_import_report_get_n_relations (r) + bri_import_report_get_n_merged (r)
                   + bri_import_report_get_n_filtered (r) + bri_import_report_get_n_skipped (r));
  fuzz_import_check (r, error, out);
  bri_import_options_free (o);
  g_free (in);
  g_free (out);
  return 0;
}
