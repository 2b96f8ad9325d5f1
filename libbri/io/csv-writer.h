/* libbri/io/csv-writer.h — the one place that writes CSV: fields quoted by
 * libcsv's csv_write, under one rule. Together with csv-reader.c, the only
 * code that includes <csv.h>.
 *
 * The rule (RFC 4180): a field is quoted when, and only when, it holds a
 * comma, a double quote, CR or LF; inside quotes a double quote is
 * doubled. Spaces and TABs at either end belong to the field and are
 * written as they are (RFC 4180 section 2.4, and libbri's reader keeps
 * them); the data set files are pinned byte for byte by test-save, which
 * this rule keeps. An empty field and a NULL field are both written as
 * nothing. */
#ifndef BRI_CSV_WRITER_H
#define BRI_CSV_WRITER_H

#include <glib.h>

/* Appends @s (nullable) to @out as one field, preceded by a comma unless
 * @first. */
void bri__csv_put_field (GString *out, gboolean first, const char *s);

/* Appends one row of @n fields (each nullable) and @eol ("\n" for files,
 * "\r\n" where RFC 4180's line ending is wanted). */
void bri__csv_put_row (GString *out, const char *const *fields, guint n,
                       const char *eol);

#endif /* BRI_CSV_WRITER_H */
