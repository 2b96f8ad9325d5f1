/* libbri/export/export-common.h — what the export writers share: the table of
 * node and edge attributes every format writes (built once from a view),
 * the list of files a writer produces, and writing them. Never installed. */
#ifndef BRI_EXPORT_COMMON_H
#define BRI_EXPORT_COMMON_H

#include <bri/bri.h>
#include <bri/export.h>
#include <libxml/xmlwriter.h>

typedef enum {
  BRI_COL_STRING,
  BRI_COL_DOUBLE,
  BRI_COL_INT,
  BRI_COL_BOOL,                 /* "true" or "false" */
} BriColType;

/* A table of attributes: n_rows × n_cols cells, each the text of the value
 * (numbers already formatted) or NULL when absent. */
typedef struct {
  guint n_cols;
  GPtrArray *names;             /* char*, owned */
  GArray *types;                /* BriColType */
  guint n_rows;
  GPtrArray *cells;             /* char*, owned, row-major; NULL = absent */
} BriExportTable;

typedef struct {
  BriGraph *graph;              /* borrowed */
  const BriView *view;          /* borrowed */
  gboolean directed;
  gboolean projected;
  /* Nodes. */
  guint n_nodes;
  const BriEntity **nodes;      /* owned array */
  BriExportTable node_attrs;
  /* Edges: node indices. */
  guint n_edges;
  guint *edge_from, *edge_to;   /* owned arrays */
  /* Per edge: whether it is directed (from → to). Every edge of a directed
   * view; in an undirected view built with BRI_DIRECTION_AUTO, an edge
   * whose relations are all of directed kinds and all go from its source
   * to its target (see edge_is_directed in export-common.c); no edge of a
   * view made undirected on request or of a projection. */
  gboolean *edge_directed;      /* owned array */
  /* The view is undirected, some of its edges are directed, and the
   * options ask for per-edge markup (bri_export_options_set_mixed): the
   * formats that can mark a direction per edge do (GraphML, GEXF, DOT).
   * Every format writes the edge attribute `directed` in any case. */
  gboolean mixed;
  BriExportTable edge_attrs;
  /* Per edge: the relations' spells, merged: pairs of first and last day,
   * NULL when the edge has an undated relation. */
  GArray **edge_spells;         /* of BriDate, pairs */
  const BriExportOptions *options;
} BriExportModel;

/* The attribute of table @t, row @row, column @col. */
static inline const char *
bri__export_cell (const BriExportTable *t, guint row, guint col)
{
  return t->cells->pdata[(gsize) row * t->n_cols + col];
}
static inline const char *
bri__export_col_name (const BriExportTable *t, guint col)
{
  return t->names->pdata[col];
}
static inline BriColType
bri__export_col_type (const BriExportTable *t, guint col)
{
  return g_array_index (t->types, BriColType, col);
}
/* A number as every format writes it: the shortest decimal text that
 * reads back as the same double (%.15g, else %.17g); "NaN", "INF". */
char *bri__export_format_double (double v);
/* The column named @name, or -1. */
gint bri__export_find_col (const BriExportTable *t, const char *name);
/* "string", "double", "int". */
const char *bri__export_type_name (BriColType type);
/* The edge's relationship type: the one kind, "related", or
 * "cooperated_with" (projection). */
const char *bri__export_edge_type (const BriExportModel *m, guint edge);

/* Files a writer produces: (name, content) pairs; name NULL = the target
 * path itself (single-file formats). */
typedef struct {
  char *name;
  GString *content;
} BriExportFile;

/* Writers: fill @files. */
typedef gboolean (*BriExportWriter) (const BriExportModel *m, GPtrArray *files,
                                     GError **error);
void bri__export_add_file (GPtrArray *files, const char *name, GString *content);

/* Initialises libxml2 once per process (xmlInitParser), before the first
 * XML export. libxml2 2.9 sets up its global state lazily and unlocked on
 * first use, so two threads starting their first export at once crashed
 * in xmlTextWriterStartDocument (seen under ASan in
 * export::threads_export_one_view); its documentation asks for
 * xmlInitParser from one thread before threads use it. */
void bri__export_xml_init (void);
/* Starts edge @e of @m as GraphML and GEXF both write it: <edge id="@id_prefix@e"
 * source="…" target="…"> (the ends' entity ids). Returns libxml2's result:
 * < 0 on error. The caller adds its format's attributes and ends it. */
int bri__export_xml_edge_start (xmlTextWriterPtr w, const BriExportModel *m, guint e,
                                const char *id_prefix);
gboolean bri__export_graphml (const BriExportModel *m, GPtrArray *files, GError **error);
gboolean bri__export_gexf (const BriExportModel *m, GPtrArray *files, GError **error);
gboolean bri__export_json (const BriExportModel *m, GPtrArray *files, GError **error);
gboolean bri__export_dot (const BriExportModel *m, GPtrArray *files, GError **error);
gboolean bri__export_neo4j (const BriExportModel *m, GPtrArray *files, GError **error);
gboolean bri__export_graphframes (const BriExportModel *m, GPtrArray *files,
                                  GError **error);
gboolean bri__export_csv (const BriExportModel *m, GPtrArray *files, GError **error);


/* The CSV exports: the column names of @t, or row @row of @t, each after a
 * comma (the row's first fields are already written), then the row's LF. */
void bri__export_csv_names (GString *out, const BriExportTable *t);
void bri__export_csv_cells (GString *out, const BriExportTable *t, guint row);
/* Starts an edge's row: the ids of its two nodes. */
void bri__export_csv_endpoints (GString *out, const BriExportModel *m, guint edge);

/* The label of @entity in the language of @labels. */
const char *bri__export_label (const BriEntity *entity, BriLabels labels);

/* Writes the files by atomic-file.c's strategy (all written before the
 * first rename). @dir_format: @path is a directory (created when missing). */
gboolean bri__export_write_files (const char *path, gboolean dir_format,
                                  GPtrArray *files, GError **error);

#ifdef HAVE_GVC
/* Graphviz (export-dot.c): every cgraph/gvc call runs between enter and
 * leave, which take the library's Graphviz lock and catch Graphviz's
 * messages (warnings included) instead of letting it print them. */
void bri__gv_enter (void);
/* The messages caught since enter, "" when none. */
const char *bri__gv_messages (void);
void bri__gv_leave (void);
#endif

#endif /* BRI_EXPORT_COMMON_H */
