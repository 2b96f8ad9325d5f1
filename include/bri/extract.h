/**
 * SECTION:extract
 * @title: Extraction
 * @short_description: extraction: Chinese bulletin text in (Traditional or Simplified), proposed relations with their verbatim evidence out
 * @include: bri/bri.h
 *
 * An extractor is built once per graph: it indexes every name, Chinese name
 * and alias of the graph's entities in a trie over Simplified UTF-8 and
 * loads the relation rules (a CSV table, `data/rules/extract-rules.csv`)
 * and, when present next to it, `country-abbreviations.csv` (the
 * one-character forms of country names that Chinese joins into compounds:
 * 中越两国, 中吉乌铁路, 中巴…工作组) and `boundary-words.csv` (frequent
 * words that a two-character county name is not read across: 同安 is no
 * mention in 共同安全). It is immutable once built and may be used from
 * several threads.
 *
 * Extraction converts the text to Simplified with OpenCC (t2s) for matching
 * only, keeping a map back to byte offsets of the original: every evidence
 * string is an exact substring of the input, in the input's own script. The
 * text is split into paragraphs (line breaks), sentences (。；！？ and line
 * breaks) and clauses (at ，/, — rules say whether they apply to a clause or
 * to a whole sentence). Entity names are matched longest first; short forms
 * (中方, 巴方, 双方, 两国) resolve to the parties of the current event
 * (the sentences since the last one that states its own date); 五国, 六国
 * name the members of the last group of the document with that many
 * members (or that many partners of China: 澜湄国家 then 五国). Rules
 * apply to clauses, sentences, or the inside of each matched name
 * (上合组织天津峰会: Tianjin hosts; 中欧班列(华沙—郑州)…仪式: a route). A
 * photo caption (a paragraph ending in 摄) dates only itself, and a
 * relation already proposed from the text is not proposed again where its
 * date would only be carried over from another event. Dates
 * (6月1日, 6月25日至27日, 9月初, 本月, 今年3月, 2023年10月, 上旬/中旬/下旬)
 * resolve against the document date to partial ISO dates. Names that look
 * like entities (…部, …省, …市, …口岸, …论坛 …) but match none become
 * candidates: nothing is dropped silently.
 *
 * Proposed entities: a name the data set lacks but the text clearly marks
 * (…市 → city; …口岸, …港, …站, …陆港 → port; …自贸区, …新片区 → zone;
 * 第N届/第N次…博览会/论坛/峰会/会议/周, 2021…论坛 and “…论坛” → forum; a
 * numbered session opening with its owner: 上海合作组织成员国元首理事会第二十
 * 一次会议; an event word then 在P举行/开幕: 中国—东盟博览会在南宁开幕; the
 * object of 主持/出席/参加 up to an event word: 主持…视频峰会) becomes an
 * entity when a rule needs it as an endpoint or via; unused, it is a
 * candidate. Its id follows one rule: `<kind>:<key>`, key being the
 * Simplified name (OpenCC t2s) with full-width ASCII folded to ASCII, ASCII
 * lower-cased, dashes made '-', and white space, quotes, brackets and ·
 * removed (南宁市 → city:南宁, name 南宁, alias 南宁市; 第18屆中國—東盟博覽會
 * → forum:第18届中国-东盟博览会). The same name always gives the same id, in
 * either script; an id the data set already holds for another entity is
 * a collision: the name stays a candidate (with the reason), never merged.
 * Its parent is the city or province its name grows from (重庆团结村车站 →
 * Chongqing) or that names it just before (广西南宁市).
 *
 * Input as news comes: a Markdown heading (`#` at the start of a line)
 * starts a new story (no date or party carries over) and, on the first
 * line, is the source's title; `**bold**` markers are ignored.
 *
 * Typical use:
 *
 *   BriExtractor *ex = bri_extractor_new (graph, NULL, &error);
 *   BriExtractResult *res = bri_extract_file (ex, "bulletin.txt",
 *                                             BRI_DATE_UNSET, NULL, &error);
 *   bri_extract_result_save (res, "out", &error);  // relations.csv + candidates.csv
 *
 * With an existing graph (`--against DIR`):
 *
 *   BriExtractComparison *cmp = bri_extract_result_compare (res, existing);
 *   bri_extract_comparison_save (cmp, res, "out", &error);  // + status columns
 */
#ifndef BRI_EXTRACT_H
#define BRI_EXTRACT_H

#include <glib.h>
#include <bri/version.h>
#include <bri/date.h>
#include <bri/relation.h>
#include <bri/graph.h>

G_BEGIN_DECLS

/**
 * BriExtractor:
 *
 * An extractor (opaque): the name index of one graph and the extraction rules; immutable once built, usable from several threads.
 */
typedef struct _BriExtractor BriExtractor;
/**
 * BriExtractResult:
 *
 * What an extraction proposes (opaque): relations with their verbatim evidence, the entities they need, sources and candidates.
 */
typedef struct _BriExtractResult BriExtractResult;
/**
 * BriExtractComparison:
 *
 * The proposals of a #BriExtractResult classified against an existing graph (opaque): see bri_extract_result_compare().
 */
typedef struct _BriExtractComparison BriExtractComparison;

/**
 * bri_extractor_new:
 * @graph: the graph whose entities are matched (a reference is kept; do not
 *   add entities to it while the extractor lives).
 * @rules_path: (nullable): a rules CSV file; NULL for the installed
 *   `$(pkgdatadir)/rules/extract-rules.csv` (or `$BRI_DATA/rules/…` when the
 *   environment variable BRI_DATA is set).
 * @error: return location for a #GError, or %NULL
 *
 * Builds an extractor for @graph.
 *
 * Errors: G_FILE_ERROR (rules file unreadable); BRI_ERROR_PARSE (CSV syntax,
 *   a bad pattern: `FILE:LINE:COL: message`; a bad line of
 *   country-abbreviations.csv or boundary-words.csv), BRI_ERROR_INVALID (missing column, unknown
 *   relation kind, scope other than clause/sentence/name, pairs other than
 *   cross/star/both, confidence out of range).
 *
 * Complexity: O(total length of names + rules).
 *
 * Returns: (transfer full) (nullable): the extractor; bri_extractor_free() it.
 */
BRI_API BriExtractor *bri_extractor_new (BriGraph *graph, const char *rules_path,
                                         GError **error);
/**
 * bri_extractor_free:
 * @extractor: a #BriExtractor
 *
 * NULL is ignored.
 */
BRI_API void bri_extractor_free (BriExtractor *extractor);
/**
 * bri_extractor_get_n_rules:
 * @extractor: a #BriExtractor
 *
 * Gets the number of rules of @extractor.
 *
 * Returns: the number of rules loaded.
 */
BRI_API guint bri_extractor_get_n_rules (const BriExtractor *extractor);

/**
 * bri_extract_text:
 * @extractor: a #BriExtractor
 * @text: UTF-8 text, Traditional or Simplified.
 * @len: its length in bytes, or -1 when NUL-terminated.
 * @doc_date: the document's date or period (`2024-06`), against which
 *   month/day expressions without a year and 本月/今年 resolve; unset when
 *   unknown (then only dates with a year are resolved).
 * @source_id: (nullable): written into each relation's `source`.
 * @error: return location for a #GError, or %NULL
 *
 * Empty text gives an empty result.
 *
 * Errors: BRI_ERROR_PARSE for invalid UTF-8, NUL or other control bytes
 *   (binary input): `<text>:LINE:COL: invalid UTF-8 …`.
 *
 * Complexity: O(n · depth of the trie) plus the rules' regular expressions;
 *   about 1.3 (Traditional) to 2 (Simplified) MB/s on one core
 *   (bench/extract/RESULTS.md).
 *
 * Returns: (transfer full) (nullable): the result; bri_extract_result_free() it.
 */
BRI_API BriExtractResult *bri_extract_text (const BriExtractor *extractor,
                                            const char *text, gssize len,
                                            BriDate doc_date,
                                            const char *source_id,
                                            GError **error);

/**
 * bri_extract_file:
 * @extractor: a #BriExtractor
 * @path: the file to read.
 * @doc_date: as for bri_extract_text(); when unset and the graph has a
 *   source whose `file` has the basename of @path, that source's date is used.
 * @source_id: (nullable): when NULL, the id of that matching source; when
 *   no source matches, the file's name without its extension (its date,
 *   when @doc_date is unset, from 8 digits YYYYMMDD or YYYY-MM-DD in the
 *   name: news_20240627.txt).
 * @error: return location for a #GError, or %NULL
 *
 * Reads a text file and extracts from it.
 *
 * Errors: G_FILE_ERROR; BRI_ERROR_PARSE naming @path, line and column.
 *
 * Returns: (transfer full) (nullable): as bri_extract_text().
 */
BRI_API BriExtractResult *bri_extract_file (const BriExtractor *extractor,
                                            const char *path, BriDate doc_date,
                                            const char *source_id,
                                            GError **error);

/**
 * bri_extract_result_new:
 *
 * merge several files' results into).
 *
 * Returns: (transfer full): an empty result (to
 */
BRI_API BriExtractResult *bri_extract_result_new (void);
/**
 * bri_extract_result_free:
 * @result: a #BriExtractResult
 *
 * NULL is ignored.
 */
BRI_API void bri_extract_result_free (BriExtractResult *result);
/**
 * bri_extract_result_merge:
 * @into: a #BriExtractResult
 * @from: a #BriExtractResult
 *
 * appends copies of @from's relations and
 * candidates to @into.
 */
BRI_API void bri_extract_result_merge (BriExtractResult *into,
                                       const BriExtractResult *from);

/**
 * bri_extract_result_get_n_relations:
 * @result: a #BriExtractResult
 *
 * Gets the number of relations of @result.
 *
 * Returns: the number of proposed relations.
 */
BRI_API guint bri_extract_result_get_n_relations (const BriExtractResult *result);
/**
 * bri_extract_result_get_relation:
 * @result: a #BriExtractResult
 * @index: a position, below bri_extract_result_get_n_relations()
 *
 * Gets the relation of @result.
 *
 * Returns: (transfer none): a free-standing relation (not in a graph: use the
 *   `_get_*_id` getters) with kind, from, to, date, end date, title, via,
 *   source, evidence, confidence and the attribute `rule` (the rule id that
 *   produced it); valid while @result lives.
 */
BRI_API const BriRelation *bri_extract_result_get_relation (const BriExtractResult *result,
                                                            guint index);
/**
 * bri_extract_result_get_n_entities:
 * @result: a #BriExtractResult
 *
 * Gets the number of entities of @result.
 *
 * Returns: the number of proposed entities that the relations use.
 */
BRI_API guint bri_extract_result_get_n_entities (const BriExtractResult *result);
/**
 * bri_extract_result_get_entity:
 * @result: a #BriExtractResult
 * @index: a position, below bri_extract_result_get_n_entities()
 *
 * Gets the entity of @result.
 *
 * Returns: (transfer none): the @index-th proposed entity (free-standing:
 *   id, kind, name and name_zh (Simplified), aliases (the input's spelling,
 *   a longer form), parent id); valid while @result lives.
 */
BRI_API const BriEntity *bri_extract_result_get_entity (const BriExtractResult *result,
                                                        guint index);
/**
 * bri_extract_result_get_n_candidates:
 * @result: a #BriExtractResult
 *
 * Gets the number of candidates of @result.
 *
 * Returns: the number of candidate names (entity-like names matching no entity).
 */
BRI_API guint bri_extract_result_get_n_candidates (const BriExtractResult *result);
/**
 * bri_extract_result_get_candidate_name:
 * @result: a #BriExtractResult
 * @index: a position, below bri_extract_result_get_n_candidates()
 *
 * Gets the candidate name of @result.
 *
 * Returns: (transfer none): the candidate's name, in the input's script.
 */
BRI_API const char *bri_extract_result_get_candidate_name (const BriExtractResult *result,
                                                           guint index);
/**
 * bri_extract_result_get_candidate_sentence:
 * @result: a #BriExtractResult
 * @index: a position, below bri_extract_result_get_n_candidates()
 *
 * Gets the candidate sentence of @result.
 *
 * Returns: (transfer none): the sentence it occurs in, verbatim.
 */
BRI_API const char *bri_extract_result_get_candidate_sentence (const BriExtractResult *result,
                                                               guint index);
/**
 * bri_extract_result_get_candidate_source:
 * @result: a #BriExtractResult
 * @index: a position, below bri_extract_result_get_n_candidates()
 *
 * Gets the candidate source of @result.
 *
 * Returns: (transfer none) (nullable): the source id given to the extraction.
 */
BRI_API const char *bri_extract_result_get_candidate_source (const BriExtractResult *result,
                                                             guint index);
/**
 * bri_extract_result_get_candidate_reason:
 * @result: a #BriExtractResult
 * @index: a position, below bri_extract_result_get_n_candidates()
 *
 * Gets the candidate reason of @result.
 *
 * Returns: (transfer none) (nullable): why a marked name was not proposed
 *   (an id collision, or no relation needed it); NULL for other candidates.
 */
BRI_API const char *bri_extract_result_get_candidate_reason (const BriExtractResult *result,
                                                             guint index);

/**
 * bri_extract_result_save:
 * @result: a #BriExtractResult
 * @dir: an existing directory.
 * @error: return location for a #GError, or %NULL
 *
 * Writes a data set directory that loads on top of the graph the extractor
 * was built on (bri_graph_load_dir()): `relations.csv` (kind,from,to,date,
 * end_date,title,sector,via,event,weight,source,evidence,confidence,rule),
 * `entities.csv` (the proposed entities the relations use: id,kind,name,
 * name_zh,aliases,code,parent), `sources.csv` (id,title,date,file: the
 * documents read whose source the graph lacks) and `candidates.csv`
 * (name,sentence,source,reason). All four are written in full to
 * temporary files in @dir before the first is renamed over its target, so
 * a failure while writing leaves the old files as they were. Fields are
 * quoted by the rule of bri_csv_format_row(). An empty result writes the
 * headers only.
 *
 * Errors: G_FILE_ERROR.
 *
 * Returns: TRUE on success.
 */
BRI_API gboolean bri_extract_result_save (const BriExtractResult *result,
                                          const char *dir, GError **error);

/* ---- comparison with an existing graph (`bri extract --against DIR`) ---- */

/**
 * BriExtractStatus:
 * @BRI_EXTRACT_STATUS_NEW: the graph has no relation of that kind between
 *   those two entities (or does not know the kind or an endpoint).
 * @BRI_EXTRACT_STATUS_PRESENT: the graph has a relation of the same kind
 *   between the same entities (either order for an undirected kind) whose
 *   date agrees: equal to the precision of the less precise of the two
 *   (2024-06 agrees with 2024-06-27), or unset on either side.
 * @BRI_EXTRACT_STATUS_CONFLICTING: the graph has relations of the same
 *   kind between the same entities, but none whose date agrees.
 *
 * How a proposed relation compares with the relations of a graph.
 */
typedef enum {
  BRI_EXTRACT_STATUS_NEW,
  BRI_EXTRACT_STATUS_PRESENT,
  BRI_EXTRACT_STATUS_CONFLICTING,
} BriExtractStatus;

/**
 * bri_extract_status_to_string:
 * @status: a #BriExtractStatus
 *
 * "present" or "conflicting" (NULL for another value).
 *
 * Returns: (transfer none): "new",
 */
BRI_API const char *bri_extract_status_to_string (BriExtractStatus status);

/**
 * bri_extract_result_compare:
 * @result: proposed relations.
 * @graph: the existing graph (a reference is kept). Source, title and
 *   evidence play no part: two documents stating one fact agree.
 *
 * Classifies each proposed relation of @result (same index) as new,
 * present or conflicting. @result is not changed.
 *
 * Complexity: O(relations of @graph + proposals × relations between one pair).
 *
 * Returns: (transfer full): the comparison; bri_extract_comparison_free() it.
 */
BRI_API BriExtractComparison *bri_extract_result_compare (const BriExtractResult *result,
                                                          BriGraph *graph);
/**
 * bri_extract_comparison_free:
 * @comparison: a #BriExtractComparison
 *
 * NULL is ignored.
 */
BRI_API void bri_extract_comparison_free (BriExtractComparison *comparison);
/**
 * bri_extract_comparison_get_n_relations:
 * @comparison: a #BriExtractComparison
 *
 * Gets the number of relations of @comparison.
 *
 * Returns: the number of proposals compared (that of the result).
 */
BRI_API guint bri_extract_comparison_get_n_relations (const BriExtractComparison *comparison);
/**
 * bri_extract_comparison_get_status:
 * @comparison: a #BriExtractComparison
 * @index: a position, below bri_extract_comparison_get_n_relations()
 *
 * Gets the status of @comparison.
 *
 * Returns: the status of the @index-th proposal.
 */
BRI_API BriExtractStatus bri_extract_comparison_get_status (const BriExtractComparison *comparison,
                                                           guint index);
/**
 * bri_extract_comparison_get_existing:
 * @comparison: a #BriExtractComparison
 * @index: a position, below bri_extract_comparison_get_n_relations()
 *
 * Gets the existing of @comparison.
 *
 * Returns: (transfer none) (nullable): the graph's relation the @index-th
 *   proposal agrees with (present) or the first one it conflicts with
 *   (conflicting); NULL when new. Valid while @comparison lives.
 */
BRI_API const BriRelation *bri_extract_comparison_get_existing (const BriExtractComparison *comparison,
                                                                guint index);
/**
 * bri_extract_comparison_count:
 * @comparison: a #BriExtractComparison
 * @status: a #BriExtractStatus
 *
 * Counts the proposals of one status.
 *
 * Returns: how many proposals have @status.
 */
BRI_API guint bri_extract_comparison_count (const BriExtractComparison *comparison,
                                            BriExtractStatus status);
/**
 * bri_extract_comparison_save:
 * @comparison: a #BriExtractComparison
 * @result: the result @comparison was made from.
 * @dir: the data set directory to write
 * @error: return location for a #GError, or %NULL
 *
 * As bri_extract_result_save(), with three more columns in relations.csv:
 * status (new, present, conflicting), existing_date and existing_source
 * (those of bri_extract_comparison_get_existing(), empty when new).
 *
 * Errors: G_FILE_ERROR.
 *
 * Returns: TRUE on success.
 */
BRI_API gboolean bri_extract_comparison_save (const BriExtractComparison *comparison,
                                              const BriExtractResult *result,
                                              const char *dir, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriExtractComparison, bri_extract_comparison_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriExtractor, bri_extractor_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriExtractResult, bri_extract_result_free)

G_END_DECLS

#endif /* BRI_EXTRACT_H */
