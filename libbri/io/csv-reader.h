/* libbri/io/csv-reader.h — the one place that parses CSV: libcsv, strict, with
 * the physical line and character column that libcsv itself does not give.
 * Only csv-reader.c and csv-writer.c include <csv.h>. */
#ifndef BRI_CSV_READER_H
#define BRI_CSV_READER_H

#include <glib.h>

typedef struct {
  guint n_fields;
  char **fields;        /* n_fields NUL-terminated strings (valid in the callback) */
  gsize *lengths;
  guint line;           /* physical line (from 1) where the record starts */
  gsize offset;         /* byte offset of the record in the file's data */
  gsize end;            /* byte offset just past the record */
  const char *data;     /* the whole file's data (after any BOM) */
  gsize data_len;
  gboolean tsv;         /* read by bri__csv_read_tsv() */
} BriCsvRecord;

/* Called for each record; return FALSE to stop reading. */
typedef gboolean (*BriCsvRecordFunc) (const BriCsvRecord *record, gpointer user_data);

/* A syntax or encoding problem found by the reader. */
typedef struct {
  guint line, column;
  int code;             /* BriErrorCode */
  char *message;        /* owned; without location */
} BriCsvProblem;

/**
 * bri__csv_read:
 * Parses @data (a whole file; a UTF-8 BOM is skipped) and calls @func for
 * each record, the header included. Blank lines are skipped. Returns TRUE
 * when the whole file parsed (or @func stopped it); otherwise fills
 * @problem (free its message) and returns FALSE. Problems come in file
 * order: each line's encoding is checked before the line is parsed, and
 * the records that end before the first problem have been delivered.
 */
gboolean bri__csv_read (const char *data, gsize len, BriCsvRecordFunc func,
                        gpointer user_data, BriCsvProblem *problem);

/* As bri__csv_read(), for tab-separated text without quoting (GDELT's
 * event files): libcsv with TAB as the delimiter and no quote character,
 * so every byte up to the next TAB or line end belongs to the field. */
gboolean bri__csv_read_tsv (const char *data, gsize len, BriCsvRecordFunc func,
                            gpointer user_data, BriCsvProblem *problem);

/* A hint about a record that is coming: called for each of its fields a
 * few records before the record itself reaches the BriCsvRecordFunc, on
 * the same thread (@index: its column; @field valid during this call
 * only). For hints only, e.g. prefetching what the record will need. */
typedef void (*BriCsvFieldFunc) (guint index, const char *field, gsize len,
                                 gpointer user_data);

/* As bri__csv_read(), calling @field_func (nullable) for every field.
 *
 * Both call their callbacks on the calling thread, in file order. A file
 * of at least the pipeline's size (1 MiB) is parsed on a second thread
 * meanwhile, a few batches of records ahead of the callbacks; a smaller
 * one (or when no thread can be started) on the calling thread. */
gboolean bri__csv_read_fields (const char *data, gsize len, BriCsvRecordFunc func,
                               BriCsvFieldFunc field_func, gpointer user_data,
                               BriCsvProblem *problem);

/* For tests: files of @min_bytes or more take the two-thread path, in
 * batches of @records_per_batch records. Set it before any reading. */
void bri__csv_set_pipeline (gsize min_bytes, guint records_per_batch);

/* The line and character column where field @index of @record starts. */
void bri__csv_locate (const BriCsvRecord *record, guint index, guint *line,
                      guint *column);

/* Line and column of byte @at (>= the record's offset) of @record. */
void bri__csv_record_position (const BriCsvRecord *record, gsize at, guint *line,
                               guint *column);

/* Line and column of byte @offset in @data (scans from the start). */
void bri__csv_position (const char *data, gsize offset, guint *line, guint *column);

#endif /* BRI_CSV_READER_H */
