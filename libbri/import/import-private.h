/* libbri/import/import-private.h — what the importers share (import-common.c):
 * options, the report, the import context (the base graph, the overlay the
 * new data go into, the caches of resolved names), entity resolution, and
 * writing the output directory; and the workbook reader (xlsx-reader.c). */
#ifndef BRI_IMPORT_PRIVATE_H
#define BRI_IMPORT_PRIVATE_H

#include "core/core-private.h"
#include "io/csv-reader.h"
#include <bri/import.h>

struct _BriImportOptions {
  gboolean skip_bad_rows;
  gboolean keep_non_aggregates;
  BriGdeltVersion gdelt_version;
  char **cameo;                 /* code prefixes */
  char *mapping_dir;            /* nullable */
};

struct _BriImportReport {
  guint n_rows, n_relations, n_merged, n_entities, n_filtered, n_skipped;
  GPtrArray *problems;          /* char*, at most BRI_IMPORT_MAX_PROBLEMS */
};

typedef struct {
  BriGraph *base;               /* borrowed */
  BriGraph *out;                /* overlay on @base: what is written */
  const BriImportOptions *options;
  BriImportOptions *own_options; /* the defaults, when the caller gave none */
  BriImportReport *report;
  GHashTable *countries;        /* upper-case code -> const BriEntity* (or NULL: unknown) */
  GHashTable *names;            /* normalised name -> entity id (owned) */
  GHashTable *spellings;        /* name as written -> entity id (in @names) */
} BriImportContext;

/* Begins an import of data on @base into the directory @out_dir, with
 * @options (nullable: the defaults). FALSE with @error when @out_dir is
 * there and not an empty directory: nothing to end then. */
gboolean bri__import_begin (BriImportContext *ctx, BriGraph *base,
                            const BriImportOptions *options, const char *out_dir,
                            GError **error);
/* Ends an import: when @ok, writes ctx->out as the data set directory
 * @out_dir, all or nothing. Frees the context. Returns its report
 * (transfer full), or NULL with @local (the import's error, taken) or the
 * writing's error in @error. */
BriImportReport *bri__import_end (BriImportContext *ctx, gboolean ok, const char *out_dir,
                                  GError *local, GError **error);

/* China (CHN) in the base graph, or NULL with @error: the importers link
 * everything to it. */
const BriEntity *bri__import_china (BriImportContext *ctx, GError **error);

/* Notes a problem `FILE:LINE:COL: message` in the report. */
void bri__import_note (BriImportContext *ctx, const char *file, guint line,
                       guint column, const char *fmt, ...) G_GNUC_PRINTF (5, 6);

/* A bad row: with skip_bad_rows, counts and notes it and returns TRUE (go
 * on); otherwise sets @error (BRI_ERROR @code, `FILE:LINE:COL: message`)
 * and returns FALSE. */
gboolean bri__import_bad_row (BriImportContext *ctx, int code, const char *file,
                              guint line, guint column, GError **error,
                              const char *fmt, ...) G_GNUC_PRINTF (7, 8);

/* The gazetteer country whose alpha-3 code (an alias of country entities) or
 * alpha-2 code is @code, or NULL. Cached. */
const BriEntity *bri__import_country (BriImportContext *ctx, const char *code);

/* The entity a free-text @name denotes: an existing entity when exactly one
 * matches, else a new one (KIND:CC-SLUG; see bri/import.h) with @kind,
 * @parent (nullable) and @name. Ambiguity is noted with @file:@line:@column.
 * Returns: (transfer none): the entity's id (owned by the context), or NULL
 * with @error when the entity cannot be added. */
const char *bri__import_resolve (BriImportContext *ctx, const char *name,
                                 const char *kind, const BriEntity *parent,
                                 const char *file, guint line, guint column,
                                 GError **error);

/* The id rule for a new entity (bri/import.h); g_free() it. */
char *bri__import_make_id (const char *kind, const BriEntity *parent, const char *name);

/* The rows of the mapping table @name (from the options' mapping
 * directory, $BRI_DATA/import or the installed data), each a GStrv of
 * @columns (a NULL-terminated list of header names, all required; other
 * columns are ignored) in that order. */
GPtrArray *bri__import_read_mapping (const BriImportOptions *options, const char *name,
                                     const char *const *columns, GError **error);

/* A whole input file: mapped when it can be (no copy of a large file, no
 * fresh pages to fault in), else read (a pipe). */
typedef struct {
  GMappedFile *map;
  char *text;                   /* when read */
  const char *data;             /* never NULL */
  gsize len;
} BriImportFile;

/* Opens @path as a BriImportFile; an error is GLib's (G_FILE_ERROR). */
gboolean bri__import_file_open (BriImportFile *file, const char *path, GError **error);
void bri__import_file_close (BriImportFile *file);

/* Sets @error from a problem of the CSV reader in @file (its line after
 * @base_line lines) and frees the problem's message. */
void bri__import_csv_problem (BriCsvProblem *problem, const char *file, guint base_line,
                              GError **error);

/* Declares @kind in ctx->out (from import-kinds.csv) unless it is known. */
gboolean bri__import_declare_kind (BriImportContext *ctx, const char *kind,
                                   GError **error);


/* ---- xlsx-reader.c: the rows of a workbook's sheet, streamed ---------- */

typedef struct _BriXlsxReader BriXlsxReader;

/* Opens @path (or @data of @len bytes when @data is not NULL: the fuzzer)
 * and the sheet named @sheet (or the first sheet when it has none). */
BriXlsxReader *bri__xlsx_open (const char *path, const void *data, gsize len,
                               const char *sheet, GError **error);
/* The next row: *@cells becomes an array of n strings (column A first,
 * missing cells empty; valid until the next call), *@row its row number.
 * Returns TRUE with a row, FALSE at the end (*@error unset) or on error. */
gboolean bri__xlsx_next_row (BriXlsxReader *reader, guint *row, guint *n_cells,
                             char ***cells, GError **error);
/* Whether cell @column of the last row was a date-styled number (its text
 * is then the serial number). */
gboolean bri__xlsx_cell_is_date (BriXlsxReader *reader, guint column);
void bri__xlsx_close (BriXlsxReader *reader);

/* Excel's date serial number (1900 system, with its 1900-02-29) as a date;
 * FALSE when @text is not a number of a day from 1 (1900-01-01) to
 * 2958465 (9999-12-31). */
gboolean bri__xlsx_serial_to_date (const char *text, BriDate *date);

/* One member of a zip archive (the first that is not a directory) as a
 * stream of bytes, refused past @max_bytes (declared or inflated). */
typedef struct _BriZipStream BriZipStream;
BriZipStream *bri__zip_stream_open (const char *path, guint64 max_bytes, GError **error);
/* Reads up to @len bytes: their count, 0 at the end, -1 with @error. */
gssize bri__zip_stream_read (BriZipStream *stream, char *buf, gsize len, GError **error);
void bri__zip_stream_close (BriZipStream *stream);

#endif /* BRI_IMPORT_PRIVATE_H */
