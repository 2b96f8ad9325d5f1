/* fuzz/fuzz-gdelt.c — the GDELT importer: the input after byte 0 (options,
 * fuzz-import.h) is written as an event file and imported with
 * bri_import_gdelt() on the gazetteer. Exercises the CSV reader's TAB
 * dialect over blocks, the layout check, the CAMEO and country mapping and
 * the merging. Invariants: fuzz-import.h, and every row is accounted for
 * once: rows = relations + merged + filtered + skipped. */
#include "fuzz-import.h"

static BriImportReport *
import_gdelt (const char *in, const char *out, const BriImportOptions *o, GError **error)
{
  const char *files[] = { in, NULL };
  BriImportReport *r = bri_import_gdelt (fuzz_base, files, out, o, error);
  if (r)
    FUZZ_CHECK (bri_import_report_get_n_rows (r)
                == bri_import_report_get_n_relations (r) + bri_import_report_get_n_merged (r)
                   + bri_import_report_get_n_filtered (r) + bri_import_report_get_n_skipped (r));
  return r;
}

FUZZ_IMPORT_TARGET ("gdelt", "in.CSV", import_gdelt)
