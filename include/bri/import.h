/**
 * SECTION:import
 * @title: Importers
 * @short_description: importers for AidData's GCDF 3.0 and GDELT event files
 * @include: bri/bri.h
 *
 * The importers read the data sets analysts already have: AidData's Global
 * Chinese Development Finance dataset (GCDF 3.0, as the published XLSX
 * workbook or as CSV saved from it) and GDELT event files (1.0 and 2.0).
 *
 * Each import writes a data set directory (kinds.csv, sources.csv,
 * entities.csv, relations.csv) that loads with bri_graph_load_dir() on top
 * of the graph it was resolved against (normally the bundled gazetteer).
 *
 * The output directory is written all or nothing: the files are saved by
 * bri_graph_save_dir() into a fresh temporary directory beside @out_dir,
 * which is then renamed to @out_dir. @out_dir must not exist, or be an
 * empty directory. A failed import leaves no @out_dir behind (or the empty
 * one it found).
 *
 * Entity resolution (both importers): a free-text name (an agency) resolves
 * to an existing entity of the base graph when exactly one entity's id,
 * name or alias matches it as bri_graph_find() matches (Traditional,
 * Simplified, English; case and width folded). When several match, the
 * ambiguity is reported (bri_import_report_get_problem()) and nothing is
 * guessed: the name becomes a new entity. A new entity's id is
 * `KIND:CC-SLUG`: KIND from the agency type (see import-aiddata.c), CC the
 * lowercase ISO 3166 alpha-2 code of its parent country (`xx` when none),
 * SLUG the name after bri_name_normalize() with every run of characters
 * other than letters and digits replaced by `-`, cut to 60 bytes (at a
 * character boundary) plus `-` and 8 hex digits of its SHA-1 when longer.
 * The same name always gives the same id.
 */
#ifndef BRI_IMPORT_H
#define BRI_IMPORT_H

#include <glib.h>
#include <bri/version.h>
#include <bri/graph.h>

G_BEGIN_DECLS

/**
 * BRI_IMPORT_MAX_MEMBER_BYTES:
 *
 * the most bytes a member of an XLSX workbook
 * may inflate to (256 MiB; GCDF 3.0's sheet is about 100 MiB). A member that
 * declares or reaches more is refused (BRI_ERROR_LIMIT): a zip bomb costs at
 * most this much reading, never memory (members are streamed).
 */
#define BRI_IMPORT_MAX_MEMBER_BYTES (256u << 20)
/**
 * BRI_IMPORT_MAX_CELLS:
 *
 * the most cells a row of a workbook or CSV file may
 * have (GCDF has 126 columns).
 */
#define BRI_IMPORT_MAX_CELLS 1024
/**
 * BRI_IMPORT_MAX_CELL_BYTES:
 *
 * the longest cell or field, in bytes (1 MiB, as
 * BRI_MAX_FIELD_BYTES).
 */
#define BRI_IMPORT_MAX_CELL_BYTES (1u << 20)
/**
 * BRI_IMPORT_MAX_SHARED_STRINGS_BYTES:
 *
 * the most bytes of shared strings a
 * workbook may hold in memory (256 MiB), each string counted with 32 bytes
 * of overhead (so at most 8 Mi strings).
 */
#define BRI_IMPORT_MAX_SHARED_STRINGS_BYTES (256u << 20)
/**
 * BRI_IMPORT_MAX_ROW_BYTES:
 *
 * the most bytes of text one row of a workbook
 * may hold (16 MiB): 1024 cells naming one 1 MiB shared string would
 * otherwise make a gigabyte from a small file.
 */
#define BRI_IMPORT_MAX_ROW_BYTES (16u << 20)
/**
 * BRI_IMPORT_MAX_GDELT_ZIP_BYTES:
 *
 * the most bytes a zipped GDELT file may
 * inflate to (16 GiB, many months of events): it is streamed, so this
 * bounds the time a zip bomb costs, never memory.
 */
#define BRI_IMPORT_MAX_GDELT_ZIP_BYTES (G_GUINT64_CONSTANT (16) << 30)
/**
 * BRI_IMPORT_MAX_LINE_BYTES:
 *
 * the longest line of a GDELT file (1 MiB).
 */
#define BRI_IMPORT_MAX_LINE_BYTES (1u << 20)
/**
 * BRI_IMPORT_MAX_PROBLEMS:
 *
 * the report keeps this many problem messages
 * (the count goes on).
 */
#define BRI_IMPORT_MAX_PROBLEMS 1000

/**
 * BriGdeltVersion:
 * @BRI_GDELT_AUTO: by each line's field count: 61 is 2.0, 57 or 58 is 1.0.
 * @BRI_GDELT_V2: GDELT 2.0 events (61 tab-separated fields); a line of
 *   another count is a layout error.
 * @BRI_GDELT_V1: GDELT 1.0 events (57 fields without SOURCEURL, or 58).
 *
 * Which GDELT event file layout bri_import_gdelt() reads.
 */
typedef enum {
  BRI_GDELT_AUTO,
  BRI_GDELT_V2,
  BRI_GDELT_V1,
} BriGdeltVersion;

/**
 * BriImportOptions:
 *
 * Options of the importers (opaque): made with bri_import_options_new(), freed with bri_import_options_free().
 */
typedef struct _BriImportOptions BriImportOptions;
/**
 * BriImportReport:
 *
 * What an import did (opaque): counts and the problems noted; freed with bri_import_report_free().
 */
typedef struct _BriImportReport BriImportReport;

/**
 * bri_import_options_new:
 *
 * Creates importer options with the defaults.
 *
 * Returns: (transfer full): default options: bad rows are errors, GCDF
 *   rows that AidData recommends not to aggregate are dropped, GDELT CAMEO
 *   roots 04, 05, 06 (consult, diplomatic cooperation, material
 *   cooperation; 057 sign agreement is within 05), GDELT version by field
 *   count, mapping files from `$BRI_DATA/import` or the installed data.
 */
BRI_API BriImportOptions *bri_import_options_new (void);
/**
 * bri_import_options_free:
 * @options: a #BriImportOptions
 *
 * NULL is ignored.
 */
BRI_API void bri_import_options_free (BriImportOptions *options);
/**
 * bri_import_options_set_skip_bad_rows:
 * @options: a #BriImportOptions
 * @skip: the skip bad rows
 *
 *  With @skip TRUE a bad row (a field that does not parse, an unknown
 * country) is reported and counted, and the import goes on; with FALSE
 * (default) it fails the import. A file of the wrong layout always fails.
 */
BRI_API void bri_import_options_set_skip_bad_rows (BriImportOptions *options,
                                                   gboolean skip);
/**
 * bri_import_options_set_keep_non_aggregates:
 * @options: a #BriImportOptions
 * @keep: the keep non aggregates
 *
 *  With @keep TRUE, GCDF rows whose `Recommended For Aggregates` is `No`
 * are imported too (they carry the attribute recommended_for_aggregates=No);
 * FALSE (default) drops them, so that sums do not double count pledges and
 * umbrella agreements.
 */
BRI_API void bri_import_options_set_keep_non_aggregates (BriImportOptions *options,
                                                         gboolean keep);
/**
 * bri_import_options_set_gdelt_version:
 * @options: a #BriImportOptions
 * @version: the gdelt version, a #BriGdeltVersion
 *
 * Sets the gdelt version of @options.
 */
BRI_API void bri_import_options_set_gdelt_version (BriImportOptions *options,
                                                   BriGdeltVersion version);
/**
 * bri_import_options_set_cameo:
 * @options: a #BriImportOptions
 * @codes: comma-separated CAMEO codes or prefixes, each 2 to 4 digits
 *   (`04,057,036`): an event is kept when its EventCode starts with one.
 * @error: return location for a #GError, or %NULL
 *
 * Sets the cameo of @options.
 *
 * Returns: TRUE, or FALSE with BRI_ERROR_INVALID for a malformed list
 *   (@options unchanged).
 */
BRI_API gboolean bri_import_options_set_cameo (BriImportOptions *options,
                                               const char *codes, GError **error);
/**
 * bri_import_options_set_mapping_dir:
 * @options: a #BriImportOptions
 * @dir: (nullable): the mapping dir; %NULL or "" clears it
 *
 *  @dir: (nullable): the directory holding cameo-countries.csv and
 * cameo-kinds.csv (NULL: the default).
 */
BRI_API void bri_import_options_set_mapping_dir (BriImportOptions *options,
                                                 const char *dir);

/**
 * bri_import_aiddata:
 * @base: the graph names and countries resolve against (not modified; a
 *   reference is held during the call only).
 * @file: a GCDF 3.0 workbook (`.xlsx`, sheet `GCDF_3.0`, else the first
 *   sheet) or CSV file with the workbook's header names (any order; extra
 *   columns ignored). Required columns: AidData Record ID, Recommended For
 *   Aggregates, Recipient ISO-3, Commitment Year, Title, Flow Type, Flow
 *   Class, Sector Name, Funding Agencies, Funding Agencies Type, Amount
 *   (Constant USD 2021), Commitment Date (MM/DD/YYYY), Completion Year,
 *   Source URLs, Description.
 * @out_dir: the data set directory to create (see the top of this file).
 * @options: (nullable): NULL for the defaults.
 * @error: return location for a #GError, or %NULL
 *
 * One project is one `financed` relation (a kind declared in kinds.csv:
 * directed, financier → recipient) from its funding agency (when it names
 * exactly one; an entity with China as parent) or else China
 * (`country:CN`), to the recipient country (`Recipient ISO-3` through the
 * gazetteer's alpha-3 aliases); event `aiddata-ID`; date the commitment
 * date (ISO or an Excel date serial), else the commitment year (partial
 * dates stay partial); end date the completion year (when not before the
 * date); title; sector; source `aiddata-ID` (sources.csv: title, AidData,
 * the first source URL; every URL in the attribute `urls`); evidence the
 * description; attributes aiddata_id, amount_constant_usd_2021,
 * flow_type, flow_class, recommended_for_aggregates, funding_agencies,
 * status, intent. Implementing and direct receiving agencies become
 * entities with `implemented` and `received` relations (declared,
 * directed: agency → recipient country, same event).
 *
 * Errors: G_FILE_ERROR (cannot read @file or write @out_dir);
 *   BRI_ERROR_PARSE (`FILE:LINE:COL: …`: CSV syntax, bad XML, a bad value;
 *   for a workbook LINE:COL is the row and column of the cell);
 *   BRI_ERROR_INVALID (missing column, not a workbook, @out_dir not empty);
 *   BRI_ERROR_NOT_FOUND (unknown recipient country);
 *   BRI_ERROR_LIMIT (a BRI_IMPORT_MAX_* bound).
 *
 * Returns: (transfer full) (nullable): the report, NULL on error.
 */
BRI_API BriImportReport *bri_import_aiddata (BriGraph *base, const char *file,
                                             const char *out_dir,
                                             const BriImportOptions *options,
                                             GError **error);

/**
 * bri_import_gdelt:
 * @base: a #BriGraph
 * @files: (array zero-terminated=1): GDELT event files (tab-separated, no
 *   header), read in order, one line at a time: memory holds the kept
 *   relations, never the input. A file may be zipped as GDELT publishes it
 *   (`20191024143000.export.CSV.zip`): its first member is read, inflated
 *   as it is read.
 * @out_dir: the data set directory to create (see the section description)
 * @options: a #BriImportOptions
 * @error: return location for a #GError, or %NULL
 *
 * Keeps events whose Actor1CountryCode or Actor2CountryCode is China and
 * whose other actor's country code maps to another gazetteer country
 * (CAMEO country codes: ISO alpha-3 through the gazetteer's aliases, and
 * the replaced ISO alpha-3 codes CAMEO data carries, ROM, TMP and ZAR,
 * through cameo-countries.csv, which cites their sources; CAMEO's region
 * codes such as SAF are no country), and whose EventCode starts
 * with a chosen CAMEO code. The relation kind comes from cameo-kinds.csv
 * (the longest prefix of the EventCode that it lists; its `reverse` column
 * swaps the actors: 043 "host a visit" is a visit by Actor2); date
 * SQLDATE; weight NumArticles; attributes num_sources, num_mentions,
 * event_code, gdelt_ids; source `gdelt-GLOBALEVENTID` with SOURCEURL.
 * Events of the same kind, actors (in order for a directed kind) and day
 * merge into one relation: weights and num_sources add up, ids are listed.
 *
 * Errors: as bri_import_aiddata(); a line with the wrong number of fields
 *   is BRI_ERROR_PARSE naming the file, line and column and the expected
 *   count.
 *
 * Returns: (transfer full) (nullable): the report, NULL on error.
 */
BRI_API BriImportReport *bri_import_gdelt (BriGraph *base, const char *const *files,
                                           const char *out_dir,
                                           const BriImportOptions *options,
                                           GError **error);

/**
 * bri_import_report_free:
 * @report: a #BriImportReport
 *
 * NULL is ignored.
 */
BRI_API void bri_import_report_free (BriImportReport *report);
/**
 * bri_import_report_get_n_rows:
 * @report: a #BriImportReport
 *
 * How many data rows the import read.
 *
 * Returns: data rows read (header not counted).
 */
BRI_API guint bri_import_report_get_n_rows (const BriImportReport *report);
/**
 * bri_import_report_get_n_relations:
 * @report: a #BriImportReport
 *
 * Gets the number of relations of @report.
 *
 * Returns: relations written.
 */
BRI_API guint bri_import_report_get_n_relations (const BriImportReport *report);
/**
 * bri_import_report_get_n_merged:
 * @report: a #BriImportReport
 *
 * How many rows merged into an earlier relation.
 *
 * Returns: rows merged into an earlier relation (GDELT).
 */
BRI_API guint bri_import_report_get_n_merged (const BriImportReport *report);
/**
 * bri_import_report_get_n_entities:
 * @report: a #BriImportReport
 *
 * Gets the number of entities of @report.
 *
 * Returns: new entities written.
 */
BRI_API guint bri_import_report_get_n_entities (const BriImportReport *report);
/**
 * bri_import_report_get_n_filtered:
 * @report: a #BriImportReport
 *
 * How many rows a filter left out.
 *
 * Returns: rows left out by a filter (CAMEO code, no Chinese actor,
 *   Recommended For Aggregates = No, no mapped relation kind).
 */
BRI_API guint bri_import_report_get_n_filtered (const BriImportReport *report);
/**
 * bri_import_report_get_n_skipped:
 * @report: a #BriImportReport
 *
 * How many bad rows were skipped.
 *
 * Returns: bad rows skipped (only with skip_bad_rows).
 */
BRI_API guint bri_import_report_get_n_skipped (const BriImportReport *report);
/**
 * bri_import_report_get_n_problems:
 * @report: a #BriImportReport
 *
 * Gets the number of problems of @report.
 *
 * Returns: problems noted (skipped rows, ambiguous names); only the first
 *   BRI_IMPORT_MAX_PROBLEMS are kept as messages.
 */
BRI_API guint bri_import_report_get_n_problems (const BriImportReport *report);
/**
 * bri_import_report_get_problem:
 * @report: a #BriImportReport
 * @index: a position, below bri_import_report_get_n_problems()
 *
 * Gets the problem of @report.
 *
 * Returns: (transfer none): problem @index as `FILE:LINE:COL: message`.
 */
BRI_API const char *bri_import_report_get_problem (const BriImportReport *report,
                                                   guint index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriImportOptions, bri_import_options_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriImportReport, bri_import_report_free)

G_END_DECLS

#endif /* BRI_IMPORT_H */
