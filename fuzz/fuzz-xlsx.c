/* fuzz/fuzz-xlsx.c — the GCDF importer's workbook path: the input after
 * byte 0 (options, fuzz-import.h) is written as a `.xlsx` file and
 * imported with bri_import_aiddata() on the gazetteer. Exercises libzip's
 * reading, the streaming XML reader over each member (sheet list,
 * relationships, shared strings, styles, the sheet), Excel's escapes and
 * date serials, and the GCDF row mapping. Invariants: fuzz-import.h. */
#include "fuzz-import.h"

static BriImportReport *
import_xlsx (const char *in, const char *out, const BriImportOptions *o, GError **error)
{
  return bri_import_aiddata (fuzz_base, in, out, o, error);
}

FUZZ_IMPORT_TARGET ("xlsx", "in.xlsx", import_xlsx)
