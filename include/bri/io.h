/**
 * SECTION:io
 * @title: Loading and saving data sets
 * @short_description: reading and writing data sets: directories of CSV files
 * @include: bri/bri.h
 *
 * A data set is a directory holding some of `kinds.csv`, `sources.csv`,
 * `entities.csv` and `relations.csv` (at least one; read in that order).
 * Files are RFC 4180 CSV in UTF-8: a header row names the columns, in any
 * order; a UTF-8 byte-order mark and CRLF line ends are accepted; quoted
 * fields may hold commas, quotes and newlines; blank lines are skipped;
 * spaces belong to the field. Columns:
 *
 * |[
 *   entities.csv   id,kind,name required; name_zh,aliases,code,parent
 *                  optional; aliases are `|`-separated
 *   relations.csv  kind,from,to required; date,end_date,title,sector,via,
 *                  event,weight,source,evidence,confidence optional
 *   sources.csv    id required; title,publisher,date,url,language,file
 *   kinds.csv      kind,directed required (`true`/`false`, also yes/no, 1/0);
 *                  description optional
 * ]|
 *
 * Any other column is kept as a string attribute of each row and written
 * back by bri_graph_save_dir(). An empty field is an absent value.
 *
 * Limits (each exceeded limit is a BRI_ERROR_LIMIT naming file, line, column):
 * see the BRI_MAX_* macros below.
 */
#ifndef BRI_IO_H
#define BRI_IO_H

#include <glib.h>
#include <bri/version.h>
#include <bri/graph.h>

G_BEGIN_DECLS

/**
 * BRI_MAX_FIELD_BYTES:
 *
 * the longest field, in bytes (1 MiB).
 */
#define BRI_MAX_FIELD_BYTES (1u << 20)
/**
 * BRI_MAX_COLUMNS:
 *
 * the most columns a file may have.
 */
#define BRI_MAX_COLUMNS 256
/**
 * BRI_MAX_ALIASES:
 *
 * the most aliases one entity may have.
 */
#define BRI_MAX_ALIASES 256
/**
 * BRI_MAX_PARENT_DEPTH:
 *
 * the longest chain of parents (entity -> root).
 */
#define BRI_MAX_PARENT_DEPTH 32
/**
 * BRI_MAX_ID_BYTES:
 *
 * the longest id, in bytes.
 */
#define BRI_MAX_ID_BYTES 256
/**
 * BRI_MAX_PROBLEMS:
 *
 * bri_dir_check() stops listing after this many.
 */
#define BRI_MAX_PROBLEMS 1000

/**
 * bri_graph_load_dir:
 * @graph: the graph to add to (it may already hold other data sets, whose
 *   entities the new files may refer to).
 * @dir: the data set's directory.
 * @error: return location for a #GError, or %NULL
 *
 * Reads every data set file in @dir and adds its contents to @graph, all or
 * nothing: on any error @graph is left exactly as it was. An entity id
 * already in @graph with identical content is accepted; with other content
 * it is an error, and so is an id defined twice in one file.
 *
 * Errors: G_FILE_ERROR when @dir or a file cannot be read (the message names
 *   the path); otherwise BRI_ERROR with a message `FILE:LINE:COLUMN: what was
 *   wrong, what was expected` for the first problem (in file order; use
 *   bri_dir_check() to list them all): BRI_ERROR_PARSE (CSV
 *   syntax: unterminated quote, stray quote, wrong number of fields; invalid
 *   UTF-8, NUL or control bytes; a bad date or number), BRI_ERROR_INVALID
 *   (missing required column, unknown kind, value out of range, parent
 *   cycle, no data set file in @dir), BRI_ERROR_DUPLICATE (duplicate column
 *   or id), BRI_ERROR_NOT_FOUND (unknown entity), BRI_ERROR_LIMIT.
 *   LINE counts physical lines from 1; COLUMN counts characters from 1 and
 *   points at the start of the offending field (or at the offending byte).
 *
 * Returns: TRUE on success.
 */
BRI_API gboolean bri_graph_load_dir (BriGraph *graph, const char *dir,
                                     GError **error);

/**
 * bri_graph_load_dir_full:
 * @graph: a #BriGraph
 * @dir: the data set's directory
 * @warnings: (out) (optional) (transfer full): on success, the warnings of
 *   the load (a GPtrArray of BriProblem, possibly empty, in file and line
 *   order); NULL on failure.
 * @error: return location for a #GError, or %NULL
 *
 * As bri_graph_load_dir(), and reports what loads but deserves a look: a
 * name, Chinese name or alias of a new entity that is also a name or alias
 * of another entity (`DIR/entities.csv:LINE:1: warning: alias 'Astana' of
 * 'country:KZ' also names 'city:astana'; …`), since looking the name up
 * will then be ambiguous. Names are compared as written, ASCII letters
 * case-insensitively; bri_graph_find() also folds Traditional to
 * Simplified and lists every entity a name denotes.
 *
 * Returns: TRUE on success
 */
BRI_API gboolean bri_graph_load_dir_full (BriGraph *graph, const char *dir,
                                          GPtrArray **warnings, GError **error);

/**
 * bri_graph_new_from_dirs:
 * @dirs: (array zero-terminated=1): data set directories, loaded in order.
 * @error: return location for a #GError, or %NULL
 *
 * Creates a graph from data set directories, all or nothing.
 *
 * Returns: (transfer full) (nullable): a new graph holding all of them, NULL
 *   on error (errors as for bri_graph_load_dir()).
 */
BRI_API BriGraph *bri_graph_new_from_dirs (const char *const *dirs, GError **error);

/**
 * BriBundled:
 * @BRI_BUNDLED_NONE: nothing.
 * @BRI_BUNDLED_GAZETTEER: `gazetteer/`: every country and every Chinese
 *   province (and whatever else the gazetteer holds), the entities a user's
 *   own data set usually refers to.
 * @BRI_BUNDLED_RELATIONS: `seeds/` (the bulletins as sources) and `bri/`
 *   (the curated entities and relations); needs the gazetteer.
 * @BRI_BUNDLED_ALL: all three, in that order.
 *
 * The parts of the data installed with libbri.
 */
typedef enum {
  BRI_BUNDLED_NONE = 0,
  BRI_BUNDLED_GAZETTEER = 1 << 0,
  BRI_BUNDLED_RELATIONS = 1 << 1,
  BRI_BUNDLED_ALL = BRI_BUNDLED_GAZETTEER | BRI_BUNDLED_RELATIONS,
} BriBundled;

/**
 * bri_data_dir:
 *
 * Where the bundled data is.
 *
 * Returns: (transfer none): the directory of the bundled data: the
 *   environment variable BRI_DATA when it is set and not empty, else the
 *   installed `$(pkgdatadir)` (e.g. `/usr/local/share/libbri`). It is read
 *   on each call; the directory need not exist.
 */
BRI_API const char *bri_data_dir (void);

/**
 * bri_data_dirs:
 * @root: (nullable): the bundled data's directory; NULL for bri_data_dir().
 * @which: the parts wanted.
 * @error: return location for a #GError, or %NULL
 *
 * The data set directories of the bundled data, in the order to load them
 * (`ROOT/gazetteer`, `ROOT/seeds`, `ROOT/bri`, each when @which asks for it).
 *
 * Errors: G_FILE_ERROR_NOENT naming the first missing directory.
 *
 * Returns: (transfer full) (nullable): a NULL-terminated array (empty for
 *   BRI_BUNDLED_NONE); g_strfreev() it.
 */
BRI_API char **bri_data_dirs (const char *root, BriBundled which, GError **error);

/**
 * bri_graph_new_bundled:
 * @which: the parts of the bundled data to load.
 * @error: return location for a #GError, or %NULL
 *
 * A graph holding the bundled data, found as bri_data_dir() says, so that a
 * program works from any directory. Add your own data sets on top with
 * bri_graph_load_dir(): they may refer to the gazetteer's countries and
 * provinces (`country:KZ`, `province:CN-XJ`).
 *
 * Errors: as bri_data_dirs() and bri_graph_load_dir().
 *
 * Returns: (transfer full) (nullable): the graph; bri_graph_unref() it.
 */
BRI_API BriGraph *bri_graph_new_bundled (BriBundled which, GError **error);

/**
 * bri_graph_save_dir:
 * @graph: a #BriGraph
 * @dir: an existing directory.
 * @error: return location for a #GError, or %NULL
 *
 * Writes the graph as `kinds.csv` (declared kinds only), `sources.csv`,
 * `entities.csv` and `relations.csv`, all four always (a header alone when
 * there is nothing to write, so no stale file survives). Columns: the
 * required ones, the optional standard ones that some row uses, then every
 * extra attribute name in order of first appearance, so a file never has
 * more columns than it was read from. Fields are quoted (by libcsv) only
 * when they need it, by the rule of bri_csv_format_row().
 * Crash safety: each file is first written in full to a temporary file in
 * @dir (`.entities.csv.XXXXXX`) and flushed; then a journal `.bri-journal`
 * listing them is written and renamed into place (the commit point); then
 * the temporary files are renamed over the old ones and the journal is
 * removed. A failure or crash before the commit point leaves every old
 * file as it was (on failure the temporary files are removed; after a
 * crash the next save removes them). After the commit point the data set
 * is the new one: bri_graph_load_dir() reads files still under their
 * temporary names through the journal, without writing, and the next save
 * completes the renames. So a reader never sees a mix of old and new
 * files. Other files in @dir are left alone. Two processes must not save
 * into one directory at the same time. Loading the saved directory gives
 * an identical graph.
 *
 * Errors: G_FILE_ERROR (the message names the path); BRI_ERROR_LIMIT when a
 *   file would have more than BRI_MAX_COLUMNS columns (attributes of
 *   several data sets add up), found before anything is written.
 *
 * Returns: TRUE on success.
 */
BRI_API gboolean bri_graph_save_dir (const BriGraph *graph, const char *dir,
                                     GError **error);

/**
 * bri_csv_format_row:
 * @fields: (array length=n_fields) (nullable): the fields, each nullable
 *   (written as an empty field)
 * @n_fields: the number of @fields
 * @eol: (nullable): the row's ending, e.g. `"\n"` or `"\r\n"`; %NULL for none
 *
 * Formats one CSV row by the rule every CSV that libbri writes follows
 * (bri_graph_save_dir(), the CSV exports, extraction results): fields
 * separated by commas; a field is quoted when, and only when, it holds a
 * comma, a double quote, CR or LF (RFC 4180), and a double quote inside is
 * doubled; spaces at either end belong to the field and are written as
 * they are (bri_graph_load_dir() keeps them); an empty field is written
 * as nothing. The quoting is libcsv's.
 *
 * Returns: (transfer full): the row; g_free() it.
 */
BRI_API char *bri_csv_format_row (const char *const *fields, guint n_fields,
                                  const char *eol);

/**
 * BriProblemSeverity:
 * @BRI_PROBLEM_ERROR: the data set would not load.
 * @BRI_PROBLEM_WARNING: the data set loads, but the problem deserves a look.
 *
 * an error makes loading fail; a warning does not.
 */
typedef enum {
  BRI_PROBLEM_ERROR,
  BRI_PROBLEM_WARNING,
} BriProblemSeverity;

/**
 * BriProblem:
 *
 * One problem found by bri_dir_check() or a warning of bri_graph_load_dir_full() (opaque): file, line, column, severity, code and message.
 */
typedef struct _BriProblem BriProblem;

/**
 * bri_dir_check:
 * @graph: (nullable): data sets already loaded that @dir may refer to; it
 *   is never modified.
 * @dir: the data set's directory.
 *
 * Checks @dir as bri_graph_load_dir() would, but lists every problem (up to
 * BRI_MAX_PROBLEMS) instead of stopping at the first, plus warnings: an
 * entity kind used only once (the usual sign of a typo), and the shared
 * names bri_graph_load_dir_full() warns about. A row is reported
 * once, for its first problem (fields are checked in column order: dates
 * and numbers, then kind, entities, values). A relation that names an
 * entity whose own row failed gets no "unknown entity" error (the entity's
 * own error says why it is missing), but its other fields are still
 * checked and their first problem reported. A CSV syntax error ends the check of that file (the reader
 * cannot resynchronise), not of the others.
 *
 * Returns: (transfer full): a GPtrArray of BriProblem (it frees its
 *   elements), in file and line order; empty when the data set is clean.
 */
BRI_API GPtrArray *bri_dir_check (BriGraph *graph, const char *dir);

/**
 * bri_check_dir:
 * @graph: (nullable): as for bri_dir_check()
 * @dir: as for bri_dir_check()
 *
 * The former name of bri_dir_check(), kept for one release.
 *
 * Returns: (transfer full): bri_dir_check()'s result.
 *
 * Deprecated: 0.1.0: Use bri_dir_check(), which follows the
 *   noun-then-verb naming (bri_graph_load_dir()) of the rest of the API.
 */
BRI_API GPtrArray *bri_check_dir (BriGraph *graph, const char *dir)
  G_GNUC_DEPRECATED_FOR (bri_dir_check);

/**
 * bri_problem_get_file:
 * @problem: a #BriProblem
 *
 * Gets the file of @problem.
 *
 * Returns: (transfer none) (nullable): the file the problem is in, as a
 *   path built from the directory passed to bri_dir_check() (`DIR/entities.csv`),
 *   or the directory itself for a problem with the whole data set.
 */
BRI_API const char *bri_problem_get_file (const BriProblem *problem);
/**
 * bri_problem_get_line:
 * @problem: a #BriProblem
 *
 * Gets the line of @problem.
 *
 * Returns: the line, from 1; 0 when the problem concerns a whole file.
 */
BRI_API guint bri_problem_get_line (const BriProblem *problem);
/**
 * bri_problem_get_column:
 * @problem: a #BriProblem
 *
 * Gets the column of @problem.
 *
 * Returns: the column in characters, from 1; 0 when not applicable.
 */
BRI_API guint bri_problem_get_column (const BriProblem *problem);
/**
 * bri_problem_get_severity:
 * @problem: a #BriProblem
 *
 * Gets the severity of @problem.
 *
 * Returns: the severity
 */
BRI_API BriProblemSeverity bri_problem_get_severity (const BriProblem *problem);
/**
 * bri_problem_get_code:
 * @problem: a #BriProblem
 *
 * Gets the code of @problem.
 *
 * Returns: the error code (a BriErrorCode, or a GFileError for I/O).
 */
BRI_API int bri_problem_get_code (const BriProblem *problem);
/**
 * bri_problem_get_message:
 * @problem: a #BriProblem
 *
 * Gets the message of @problem.
 *
 * Returns: (transfer none): the message without location.
 */
BRI_API const char *bri_problem_get_message (const BriProblem *problem);
/**
 * bri_problem_to_string:
 * @problem: a #BriProblem
 *
 * Formats @problem as one line, as bri_graph_load_dir() reports an error.
 *
 * Returns: (transfer full): `FILE:LINE:COL: message` (`warning: ` before
 *   the message of a warning); g_free() it.
 */
BRI_API char *bri_problem_to_string (const BriProblem *problem);
/**
 * bri_problem_free:
 * @problem: a #BriProblem
 *
 * Frees @problem.
 */
BRI_API void bri_problem_free (BriProblem *problem);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriProblem, bri_problem_free)

G_END_DECLS

#endif /* BRI_IO_H */
