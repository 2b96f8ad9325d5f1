/* bindings/python/bri/_decl.h — the cdef subset of libbri's public C API
 * that the Python binding uses: plain C declarations cffi can parse (GLib
 * typedefs spelled out). Only declarations live here; behaviour is in C and
 * convenience in the Python modules. Keep in step with include/bri/*.h. */

/* GLib */
typedef struct { uint32_t domain; int code; char *message; ...; } GError;
typedef struct { void **pdata; unsigned int len; ...; } GPtrArray;
void g_ptr_array_unref (GPtrArray *array);
void g_error_free (GError *error);
void g_free (void *mem);
const char *g_quark_to_string (uint32_t quark);
uint32_t g_file_error_quark (void);

/* error.h */
typedef enum {
  BRI_ERROR_FAILED,
  BRI_ERROR_PARSE,
  BRI_ERROR_INVALID,
  BRI_ERROR_NOT_FOUND,
  BRI_ERROR_AMBIGUOUS,
  BRI_ERROR_DUPLICATE,
  BRI_ERROR_LIMIT,
  BRI_ERROR_GRAPH,
} BriErrorCode;
uint32_t bri_error_quark (void);

/* version.h */
const char *bri_version_string (void);

/* date.h */
typedef struct { uint16_t year; uint8_t month; uint8_t day; } BriDate;
int bri_date_parse (const char *text, BriDate *out, GError **error);
char *bri_date_to_string (BriDate date);
int bri_date_is_set (BriDate date);

/* entity.h */
typedef struct _BriEntity BriEntity;
const char *bri_entity_get_id (const BriEntity *entity);
const char *bri_entity_get_kind (const BriEntity *entity);
const char *bri_entity_get_name (const BriEntity *entity);
const char *bri_entity_get_name_zh (const BriEntity *entity);
const char *bri_entity_get_code (const BriEntity *entity);
const char *bri_entity_get_parent_id (const BriEntity *entity);
unsigned int bri_entity_get_n_aliases (const BriEntity *entity);
const char *bri_entity_get_alias (const BriEntity *entity, unsigned int index);
unsigned int bri_entity_get_n_attributes (const BriEntity *entity);
const char *bri_entity_get_attribute_name (const BriEntity *entity, unsigned int index);
const char *bri_entity_get_attribute_value (const BriEntity *entity, unsigned int index);

/* relation.h */
typedef struct _BriRelation BriRelation;
const char *bri_relation_get_kind (const BriRelation *relation);
const char *bri_relation_get_from_id (const BriRelation *relation);
const char *bri_relation_get_to_id (const BriRelation *relation);
const char *bri_relation_get_via_id (const BriRelation *relation);
BriDate bri_relation_get_date (const BriRelation *relation);
BriDate bri_relation_get_end_date (const BriRelation *relation);
const char *bri_relation_get_title (const BriRelation *relation);
const char *bri_relation_get_sector (const BriRelation *relation);
const char *bri_relation_get_event (const BriRelation *relation);
const char *bri_relation_get_source (const BriRelation *relation);
const char *bri_relation_get_evidence (const BriRelation *relation);
double bri_relation_get_weight (const BriRelation *relation);
int bri_relation_has_weight (const BriRelation *relation);
double bri_relation_get_confidence (const BriRelation *relation);
int bri_relation_has_confidence (const BriRelation *relation);
unsigned int bri_relation_get_n_attributes (const BriRelation *relation);
const char *bri_relation_get_attribute_name (const BriRelation *relation, unsigned int index);
const char *bri_relation_get_attribute_value (const BriRelation *relation, unsigned int index);

/* source.h */
typedef struct _BriSource BriSource;
typedef struct _BriKind BriKind;
const char *bri_source_get_id (const BriSource *source);
const char *bri_source_get_title (const BriSource *source);
const char *bri_source_get_publisher (const BriSource *source);
BriDate bri_source_get_date (const BriSource *source);
const char *bri_source_get_url (const BriSource *source);
const char *bri_source_get_language (const BriSource *source);
const char *bri_source_get_file (const BriSource *source);
const char *bri_kind_get_name (const BriKind *kind);
int bri_kind_is_directed (const BriKind *kind);
const char *bri_kind_get_description (const BriKind *kind);
int bri_kind_is_builtin (const BriKind *kind);

/* graph.h */
typedef struct _BriGraph BriGraph;
BriGraph *bri_graph_new (void);
BriGraph *bri_graph_ref (BriGraph *graph);
void bri_graph_unref (BriGraph *graph);
unsigned int bri_graph_get_n_entities (const BriGraph *graph);
const BriEntity *bri_graph_get_entity (const BriGraph *graph, unsigned int index);
unsigned int bri_graph_get_n_relations (const BriGraph *graph);
const BriRelation *bri_graph_get_relation (const BriGraph *graph, unsigned int index);
unsigned int bri_graph_get_n_sources (const BriGraph *graph);
const BriSource *bri_graph_get_source (const BriGraph *graph, unsigned int index);
unsigned int bri_graph_get_n_kinds (const BriGraph *graph);
const BriKind *bri_graph_get_kind (const BriGraph *graph, unsigned int index);
const BriEntity *bri_graph_lookup_entity (const BriGraph *graph, const char *id);
const BriKind *bri_graph_lookup_kind (const BriGraph *graph, const char *name);
GPtrArray *bri_graph_find (BriGraph *graph, const char *name);
const BriEntity *bri_graph_resolve (BriGraph *graph, const char *name, GError **error);
char *bri_name_normalize (const char *name);
typedef struct _BriGraphSummary BriGraphSummary;
BriGraphSummary *bri_graph_summarize (const BriGraph *graph);
unsigned int bri_graph_summary_get_n_entities (const BriGraphSummary *summary);
unsigned int bri_graph_summary_get_n_relations (const BriGraphSummary *summary);
unsigned int bri_graph_summary_get_n_sources (const BriGraphSummary *summary);
unsigned int bri_graph_summary_get_n_entity_kinds (const BriGraphSummary *summary);
const char *bri_graph_summary_get_entity_kind (const BriGraphSummary *summary,
                                               unsigned int index);
unsigned int bri_graph_summary_get_entity_kind_count (const BriGraphSummary *summary,
                                                      unsigned int index);
unsigned int bri_graph_summary_get_n_relation_kinds (const BriGraphSummary *summary);
const char *bri_graph_summary_get_relation_kind (const BriGraphSummary *summary,
                                                 unsigned int index);
unsigned int bri_graph_summary_get_relation_kind_count (const BriGraphSummary *summary,
                                                        unsigned int index);
BriDate bri_graph_summary_get_first_date (const BriGraphSummary *summary);
BriDate bri_graph_summary_get_last_date (const BriGraphSummary *summary);
unsigned int bri_graph_summary_get_n_undated (const BriGraphSummary *summary);
const char *bri_graph_summary_get_source_id (const BriGraphSummary *summary,
                                             unsigned int index);
unsigned int bri_graph_summary_get_source_n_relations (const BriGraphSummary *summary,
                                                       unsigned int index);
void bri_graph_summary_free (BriGraphSummary *summary);

/* io.h */
int bri_graph_load_dir (BriGraph *graph, const char *dir, GError **error);
int bri_graph_load_dir_full (BriGraph *graph, const char *dir, GPtrArray **warnings,
                             GError **error);
BriGraph *bri_graph_new_from_dirs (const char *const *dirs, GError **error);
const char *bri_data_dir (void);
char **bri_data_dirs (const char *root, int which, GError **error);
void g_strfreev (char **str_array);
typedef struct _BriProblem BriProblem;
char *bri_problem_to_string (const BriProblem *problem);
int bri_graph_save_dir (const BriGraph *graph, const char *dir, GError **error);

/* filter.h */
typedef struct _BriFilter BriFilter;
BriFilter *bri_filter_new (void);
void bri_filter_free (BriFilter *filter);
int bri_filter_check (const BriFilter *filter, const BriGraph *graph, GError **error);
void bri_filter_add_relation_kind (BriFilter *filter, const char *kind);
void bri_filter_add_entity_kind (BriFilter *filter, const char *kind);
void bri_filter_set_window (BriFilter *filter, BriDate from, BriDate to);
void bri_filter_add_source (BriFilter *filter, const char *source_id);
void bri_filter_set_min_confidence (BriFilter *filter, double min_confidence);
void bri_filter_add_involved (BriFilter *filter, const char *entity_id);
int bri_filter_set_option (BriFilter *filter, const char *name, const char *value, GError **error);

/* view.h */
typedef struct _BriView BriView;
typedef struct _BriViewOptions BriViewOptions;
typedef enum { BRI_PROJECTION_NONE, BRI_PROJECTION_ACTORS } BriProjection;
typedef enum { BRI_EDGE_WEIGHT_COUNT, BRI_EDGE_WEIGHT_SUM, BRI_EDGE_WEIGHT_NEWMAN } BriEdgeWeighting;
typedef enum { BRI_DIRECTION_AUTO, BRI_DIRECTION_UNDIRECTED } BriDirection;
BriViewOptions *bri_view_options_new (void);
void bri_view_options_free (BriViewOptions *options);
void bri_view_options_set_projection (BriViewOptions *options, BriProjection projection);
void bri_view_options_set_weighting (BriViewOptions *options, BriEdgeWeighting weighting);
void bri_view_options_set_direction (BriViewOptions *options, BriDirection direction);
void bri_view_options_set_rollup (BriViewOptions *options, const char *kind);
void bri_view_options_set_keep_isolated (BriViewOptions *options, int keep);
void bri_view_options_add_group (BriViewOptions *options, const char *group_id);
BriView *bri_view_new (BriGraph *graph, const BriFilter *filter,
                       const BriViewOptions *options, GError **error);
BriView *bri_view_ref (BriView *view);
void bri_view_unref (BriView *view);
int bri_view_is_directed (const BriView *view);
unsigned int bri_view_get_n_entities (const BriView *view);
const BriEntity *bri_view_get_entity (const BriView *view, unsigned int index);
int bri_view_find_entity (const BriView *view, const BriEntity *entity);
unsigned int bri_view_get_n_edges (const BriView *view);
unsigned int bri_view_get_edge_from (const BriView *view, unsigned int edge);
unsigned int bri_view_get_edge_to (const BriView *view, unsigned int edge);
double bri_view_get_edge_weight (const BriView *view, unsigned int edge);
unsigned int bri_view_get_edge_n_relations (const BriView *view, unsigned int edge);
const BriRelation *bri_view_get_edge_relation (const BriView *view, unsigned int edge,
                                               unsigned int index);
GPtrArray *bri_view_explain (const BriView *view, const BriEntity *a,
                             const BriEntity *b, GError **error);
BriView *bri_view_ego (const BriView *view, const BriEntity *center,
                       unsigned int order, GError **error);

/* query.h */
typedef enum { BRI_WEIGHTS_NONE, BRI_WEIGHTS_STRENGTH, BRI_WEIGHTS_RAW } BriWeights;
typedef enum { BRI_NEIGHBORS_ALL, BRI_NEIGHBORS_OUT, BRI_NEIGHBORS_IN } BriNeighbors;
typedef enum {
  BRI_MEASURE_DEGREE, BRI_MEASURE_STRENGTH, BRI_MEASURE_BETWEENNESS,
  BRI_MEASURE_CLOSENESS, BRI_MEASURE_HARMONIC, BRI_MEASURE_EIGENVECTOR,
  BRI_MEASURE_PAGERANK,
} BriMeasure;
int bri_measure_from_name (const char *name, BriMeasure *measure);

typedef struct _BriRanking BriRanking;
void bri_ranking_free (BriRanking *ranking);
unsigned int bri_ranking_get_n_items (const BriRanking *ranking);
const BriEntity *bri_ranking_get_entity (const BriRanking *ranking, unsigned int index);
double bri_ranking_get_score (const BriRanking *ranking, unsigned int index);
BriRanking *bri_view_degree (const BriView *view, BriNeighbors mode, GError **error);
BriRanking *bri_view_strength (const BriView *view, BriNeighbors mode,
                               BriWeights weights, GError **error);
BriRanking *bri_view_betweenness (const BriView *view, BriWeights weights, GError **error);
BriRanking *bri_view_closeness (const BriView *view, BriNeighbors mode,
                                BriWeights weights, GError **error);
BriRanking *bri_view_harmonic (const BriView *view, BriNeighbors mode,
                               BriWeights weights, GError **error);
BriRanking *bri_view_eigenvector (const BriView *view, BriWeights weights, GError **error);
BriRanking *bri_view_pagerank (const BriView *view, BriWeights weights,
                               double damping, GError **error);

typedef struct _BriPath BriPath;
typedef struct _BriPathList BriPathList;
void bri_path_free (BriPath *path);
BriPath *bri_path_copy (const BriPath *path);
unsigned int bri_path_get_n_entities (const BriPath *path);
const BriEntity *bri_path_get_entity (const BriPath *path, unsigned int index);
unsigned int bri_path_get_n_hops (const BriPath *path);
double bri_path_get_hop_weight (const BriPath *path, unsigned int hop);
unsigned int bri_path_get_hop_n_relations (const BriPath *path, unsigned int hop);
const BriRelation *bri_path_get_hop_relation (const BriPath *path, unsigned int hop,
                                              unsigned int index);
double bri_path_get_length (const BriPath *path);
unsigned int bri_path_get_n_vias (const BriPath *path);
const BriEntity *bri_path_get_via (const BriPath *path, unsigned int index);
void bri_path_list_free (BriPathList *list);
unsigned int bri_path_list_get_n_paths (const BriPathList *list);
const BriPath *bri_path_list_get_path (const BriPathList *list, unsigned int index);
BriPath *bri_view_shortest_path (const BriView *view, const BriEntity *from,
                                 const BriEntity *to, BriWeights weights, GError **error);
BriPathList *bri_view_all_shortest_paths (const BriView *view, const BriEntity *from,
                                          const BriEntity *to, BriWeights weights,
                                          GError **error);
BriPathList *bri_view_freight_routes (const BriView *view, const BriEntity *from,
                                      const BriEntity *to, BriWeights weights,
                                      GError **error);

typedef struct _BriPartition BriPartition;
void bri_partition_free (BriPartition *partition);
unsigned int bri_partition_get_n_entities (const BriPartition *partition);
const BriEntity *bri_partition_get_entity (const BriPartition *partition, unsigned int index);
unsigned int bri_partition_get_group (const BriPartition *partition, unsigned int index);
unsigned int bri_partition_get_n_groups (const BriPartition *partition);
double bri_partition_get_modularity (const BriPartition *partition);
BriPartition *bri_view_components (const BriView *view, int strong, GError **error);
BriPartition *bri_view_louvain (const BriView *view, BriWeights weights,
                                double resolution, uint64_t seed, GError **error);
BriPartition *bri_view_leiden (const BriView *view, BriWeights weights,
                               double resolution, uint64_t seed, GError **error);
BriPartition *bri_view_label_propagation (const BriView *view, BriWeights weights,
                                          uint64_t seed, GError **error);

int bri_view_transitivity (const BriView *view, double *result, GError **error);
int bri_view_average_clustering (const BriView *view, int zero, double *result,
                                 GError **error);
BriRanking *bri_view_local_clustering (const BriView *view, BriWeights weights,
                                       int zero, GError **error);

typedef struct _BriTimeline BriTimeline;
typedef enum { BRI_PERIOD_MONTH, BRI_PERIOD_QUARTER, BRI_PERIOD_YEAR } BriPeriod;
BriTimeline *bri_timeline_new (BriGraph *graph, const BriFilter *filter,
                               const BriViewOptions *options, BriPeriod period,
                               BriMeasure measure, BriWeights weights,
                               unsigned int top_k, GError **error);
void bri_timeline_free (BriTimeline *timeline);
unsigned int bri_timeline_get_n_periods (const BriTimeline *timeline);
BriDate bri_timeline_get_period_start (const BriTimeline *timeline, unsigned int index);
BriDate bri_timeline_get_period_end (const BriTimeline *timeline, unsigned int index);
const char *bri_timeline_get_period_label (const BriTimeline *timeline, unsigned int index);
unsigned int bri_timeline_get_n_relations (const BriTimeline *timeline, unsigned int index);
unsigned int bri_timeline_get_n_coarse (const BriTimeline *timeline, unsigned int index);
unsigned int bri_timeline_get_n_coarse_total (const BriTimeline *timeline);
unsigned int bri_timeline_get_n_kinds (const BriTimeline *timeline);
const char *bri_timeline_get_kind_name (const BriTimeline *timeline, unsigned int kind);
unsigned int bri_timeline_get_kind_count (const BriTimeline *timeline, unsigned int index,
                                          unsigned int kind);
unsigned int bri_timeline_get_n_active (const BriTimeline *timeline, unsigned int index);
const BriRanking *bri_timeline_get_top (const BriTimeline *timeline, unsigned int index);

/* bri/corridors.h */
typedef struct _BriCorridor BriCorridor;
typedef struct _BriCorridorList BriCorridorList;
BriCorridorList *bri_graph_list_corridors (BriGraph *graph, const BriFilter *filter,
                                           const BriEntity *place, GError **error);
void bri_corridor_list_free (BriCorridorList *list);
unsigned int bri_corridor_list_get_n_corridors (const BriCorridorList *list);
const BriCorridor *bri_corridor_list_get_corridor (const BriCorridorList *list,
                                                   unsigned int index);
const BriEntity *bri_corridor_get_origin (const BriCorridor *corridor);
const BriEntity *bri_corridor_get_destination (const BriCorridor *corridor);
unsigned int bri_corridor_get_n_vias (const BriCorridor *corridor);
const BriEntity *bri_corridor_get_via (const BriCorridor *corridor, unsigned int index);
BriDate bri_corridor_get_first_date (const BriCorridor *corridor);
BriDate bri_corridor_get_last_date (const BriCorridor *corridor);
unsigned int bri_corridor_get_n_relations (const BriCorridor *corridor);
const BriRelation *bri_corridor_get_relation (const BriCorridor *corridor,
                                              unsigned int index);
unsigned int bri_corridor_get_n_sources (const BriCorridor *corridor);
const char *bri_corridor_get_source (const BriCorridor *corridor, unsigned int index);

/* bri/explore.h */
typedef enum { BRI_DRAW_COLOR_KIND, BRI_DRAW_COLOR_COMMUNITY } BriDrawColor;
typedef struct _BriExploreOptions BriExploreOptions;
int bri_view_layout (const BriView *view, uint64_t seed, double *xy, GError **error);
BriExploreOptions *bri_explore_options_new (void);
void bri_explore_options_free (BriExploreOptions *options);
void bri_explore_options_set_size_measure (BriExploreOptions *options, BriMeasure measure,
                                           BriWeights weights);
void bri_explore_options_set_color (BriExploreOptions *options, BriDrawColor color);
void bri_explore_options_set_seed (BriExploreOptions *options, uint64_t seed);
void bri_explore_options_set_title (BriExploreOptions *options, const char *title);
void bri_explore_options_set_caption (BriExploreOptions *options, const char *caption);
int bri_view_explore (const BriView *view, const char *path,
                      const BriExploreOptions *options, GError **error);
int bri_timeline_plot (const BriTimeline *timeline, const char *path, const char *title,
                       GError **error);

/* bri/import.h */
typedef enum { BRI_GDELT_AUTO, BRI_GDELT_V2, BRI_GDELT_V1 } BriGdeltVersion;
typedef struct _BriImportOptions BriImportOptions;
typedef struct _BriImportReport BriImportReport;
BriImportOptions *bri_import_options_new (void);
void bri_import_options_free (BriImportOptions *options);
void bri_import_options_set_skip_bad_rows (BriImportOptions *options, int skip);
void bri_import_options_set_keep_non_aggregates (BriImportOptions *options, int keep);
void bri_import_options_set_gdelt_version (BriImportOptions *options, BriGdeltVersion version);
int bri_import_options_set_cameo (BriImportOptions *options, const char *codes, GError **error);
void bri_import_options_set_mapping_dir (BriImportOptions *options, const char *dir);
BriImportReport *bri_import_aiddata (BriGraph *base, const char *file, const char *out_dir,
                                     const BriImportOptions *options, GError **error);
BriImportReport *bri_import_gdelt (BriGraph *base, const char *const *files,
                                   const char *out_dir, const BriImportOptions *options,
                                   GError **error);
void bri_import_report_free (BriImportReport *report);
unsigned int bri_import_report_get_n_rows (const BriImportReport *report);
unsigned int bri_import_report_get_n_relations (const BriImportReport *report);
unsigned int bri_import_report_get_n_merged (const BriImportReport *report);
unsigned int bri_import_report_get_n_entities (const BriImportReport *report);
unsigned int bri_import_report_get_n_filtered (const BriImportReport *report);
unsigned int bri_import_report_get_n_skipped (const BriImportReport *report);
unsigned int bri_import_report_get_n_problems (const BriImportReport *report);
const char *bri_import_report_get_problem (const BriImportReport *report, unsigned int index);

/* bri/extract.h */
typedef struct _BriExtractor BriExtractor;
typedef struct _BriExtractResult BriExtractResult;
typedef struct _BriExtractComparison BriExtractComparison;
typedef enum {
  BRI_EXTRACT_STATUS_NEW,
  BRI_EXTRACT_STATUS_PRESENT,
  BRI_EXTRACT_STATUS_CONFLICTING,
} BriExtractStatus;
BriExtractor *bri_extractor_new (BriGraph *graph, const char *rules_path, GError **error);
void bri_extractor_free (BriExtractor *extractor);
unsigned int bri_extractor_get_n_rules (const BriExtractor *extractor);
BriExtractResult *bri_extract_text (const BriExtractor *extractor, const char *text,
                                    ssize_t len, BriDate doc_date, const char *source_id,
                                    GError **error);
BriExtractResult *bri_extract_file (const BriExtractor *extractor, const char *path,
                                    BriDate doc_date, const char *source_id, GError **error);
BriExtractResult *bri_extract_result_new (void);
void bri_extract_result_free (BriExtractResult *result);
void bri_extract_result_merge (BriExtractResult *into, const BriExtractResult *from);
unsigned int bri_extract_result_get_n_relations (const BriExtractResult *result);
const BriRelation *bri_extract_result_get_relation (const BriExtractResult *result,
                                                    unsigned int index);
unsigned int bri_extract_result_get_n_entities (const BriExtractResult *result);
const BriEntity *bri_extract_result_get_entity (const BriExtractResult *result,
                                                unsigned int index);
unsigned int bri_extract_result_get_n_candidates (const BriExtractResult *result);
const char *bri_extract_result_get_candidate_name (const BriExtractResult *result,
                                                   unsigned int index);
const char *bri_extract_result_get_candidate_sentence (const BriExtractResult *result,
                                                       unsigned int index);
const char *bri_extract_result_get_candidate_source (const BriExtractResult *result,
                                                     unsigned int index);
const char *bri_extract_result_get_candidate_reason (const BriExtractResult *result,
                                                     unsigned int index);
int bri_extract_result_save (const BriExtractResult *result, const char *dir, GError **error);
const char *bri_extract_status_to_string (BriExtractStatus status);
BriExtractComparison *bri_extract_result_compare (const BriExtractResult *result,
                                                  BriGraph *graph);
void bri_extract_comparison_free (BriExtractComparison *comparison);
BriExtractStatus bri_extract_comparison_get_status (const BriExtractComparison *comparison,
                                                   unsigned int index);
const BriRelation *bri_extract_comparison_get_existing (const BriExtractComparison *comparison,
                                                        unsigned int index);
int bri_extract_comparison_save (const BriExtractComparison *comparison,
                                 const BriExtractResult *result, const char *dir,
                                 GError **error);

/* bri/export.h: writing a view or the graph for other tools. */
typedef enum { BRI_EXPORT_GRAPHML, BRI_EXPORT_GEXF, BRI_EXPORT_JSON, BRI_EXPORT_DOT,
               BRI_EXPORT_NEO4J, BRI_EXPORT_GRAPHFRAMES, BRI_EXPORT_CSV } BriExportFormat;
typedef enum { BRI_LABELS_EN, BRI_LABELS_ZH } BriLabels;
typedef struct _BriExportOptions BriExportOptions;
const char *bri_export_format_get_name (BriExportFormat format);
int bri_export_format_from_name (const char *name, BriExportFormat *format);
int bri_export_format_is_directory (BriExportFormat format);
BriExportOptions *bri_export_options_new (void);
void bri_export_options_free (BriExportOptions *options);
void bri_export_options_set_labels (BriExportOptions *options, BriLabels labels);
void bri_export_options_set_bom (BriExportOptions *options, int bom);
void bri_export_options_set_mixed (BriExportOptions *options, int mixed);
int bri_view_export (const BriView *view, BriExportFormat format, const char *path,
                     const BriExportOptions *options, GError **error);
int bri_graph_export (BriGraph *graph, BriExportFormat format, const char *path,
                      const BriExportOptions *options, GError **error);
