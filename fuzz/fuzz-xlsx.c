/* fuzz/fuzz-xlsx.c — the GCDF importer's workbook path: the input after
 * byte 0 (options, fuzz-import.h) is written as a `.xlsx` file and
 * imported with bri_import_aiddata() on the gazetteer. Exercises libzip's
 * reading, the streaming XML reader over each member (sheet list,
 * relationships, shared strings, styles, the sheet), Excel's escapes and
 * date serials, and the GCDF row mapping. Invariants: fuzz-import.h. */
#include "fuzz-import.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  (void) argc;
  (void) argv;
  fuzz_import_init ("xlsx");
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size == 0 || size > (1u << 20))
    return 0;
  fuzz_write (fuzz_dir, "in.xlsx", data + 1, size - 1);
  char *in = g_build_filename (fuzz_dir, "in.xlsx", NULL);
  char *out = g_build_filename (fuzz_dir, "out", NULL);
  BriImportOptions *o = fuzz_import_options (data[0]);
  GError *error = NULL;
  BriImportReport *r = bri_import_aiddata (fuzz_base, in, out, o, &error);
  fuzz_import_check (r, error, out);
  bri_import_options_free (o);
  g_free (in);
  g_free (out);
  return 0;
}
