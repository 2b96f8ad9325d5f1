/* tools/bri-cli.h — what the files of the `bri` tool share: the command
 * context (BriCli, the options main parsed), the output helpers (tables,
 * CSV, JSON, errors, progress; tools/output.c), and loading the graph and
 * building the filter and the view (tools/bri.c). Private to the tool. */
#ifndef BRI_CLI_H
#define BRI_CLI_H

#include <bri/bri.h>

#include <json-glib/json-glib.h>
#include <stdio.h>

#define EXIT_DATA 1
#define EXIT_USAGE 2

/* ---- the command context (tools/bri.c) ------------------------------ */

typedef enum { FMT_TABLE, FMT_CSV, FMT_JSON } Format;

/* What one run of `bri` was asked: the global, filter and command options
 * shared by several commands (options of a single command stay in its
 * file), parsed once by main and passed to the command. */
typedef struct {
  /* global */
  gchar **data;           /* --data DIR… */
  gchar *bundled;         /* --bundled */
  gboolean no_bundled;    /* --no-bundled */
  gchar *format_name;     /* --format as given (export reads its own names) */
  Format format;          /* --format for the query commands */
  /* filter, projection, roll-up, weights */
  gchar *kinds;
  gchar *entity_kinds;
  gchar *from;
  gchar *to;
  gchar **source;
  gchar **involving;
  gchar **groups;
  double min_confidence;  /* -1: unset */
  gchar *project;
  gchar *rollup;
  gchar *direction;
  gchar *weighting;
  gboolean keep_isolated;
  gchar *weights;
  gboolean weighted;
  /* The --group names resolved to ids by build_filter(), which has the
   * graph, for build_options(), which adds them. */
  GPtrArray *group_ids;
  /* command options */
  gchar *measure;
  gint top;               /* G_MININT: unset */
  gboolean all;
  gchar *method;
  gint64 seed;
  gint depth;
  gchar *by;
  gchar *output;
  gchar *against;         /* extract --against */
  gchar *size_by;         /* export, draw, explore --size-by */
  gchar *color_by;        /* export, draw, explore --color-by */
} BriCli;

typedef int (*CommandFunc) (BriCli *cli, BriGraph *graph, int argc, char **argv);

/* ---- output (tools/output.c) ---------------------------------------- */

/* Prints `bri: MESSAGE` (one line) on stderr and returns @status. */
int cli_fail (int status, const char *fmt, ...) G_GNUC_PRINTF (2, 3);
int cli_fail_error (const GError *error);

typedef struct {
  guint n_cols;
  GPtrArray *rows; /* of GStrv; row 0 is the header */
} Table;

Table *table_new (const char *first, ...) G_GNUC_NULL_TERMINATED;
/* A table whose header is the @n strings of @head. */
Table *table_new_v (guint n, const char *const *head);
void table_free (Table *t);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Table, table_free)
/* Adds a row of exactly n_cols strings (NULL is an empty cell). */
void table_add (Table *t, ...);
/* Adds a row of n_cols strings, taking ownership of @row (a GStrv). */
void table_add_v (Table *t, char **row);
/* Prints @t in the chosen format (table or CSV). */
void table_print (const BriCli *cli, Table *t);

void json_print (JsonBuilder *b);
void json_member_string (JsonBuilder *b, const char *name, const char *value);
void json_member_double (JsonBuilder *b, const char *name, double value);
void json_member_int (JsonBuilder *b, const char *name, gint64 value);
void json_entity_fields (JsonBuilder *b, const BriEntity *e);
void json_relation (JsonBuilder *b, const BriRelation *r);

/* Rows: the one way a command prints a list of records. The command
 * declares its columns, adds typed cells row after row, and rows_print()
 * writes the same rows as an aligned table or CSV (a header, then a line
 * per row) or as a JSON array of objects (a member per column). A column
 * may show in one of them only, where the table and the JSON were designed
 * apart (find's JSON has the code, its table does not). */
typedef enum { SHOW_ALL, SHOW_TABLE, SHOW_JSON } Show;
typedef struct {
  const char *name;
  Show show;
} Column;
typedef struct _Rows Rows;
/* @cols (borrowed, static) must outlive the rows. */
Rows *rows_new (const Column *cols, guint n_cols);
void rows_free (Rows *r);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Rows, rows_free)
/* The next cell: text (NULL: an empty cell, JSON null), an integer, or a
 * number (table and CSV: fmt_score(); JSON: null when not finite). */
void rows_text (Rows *r, const char *value);
void rows_int (Rows *r, gint64 value);
void rows_number (Rows *r, double value);
/* Prints @r in the chosen format. */
void rows_print (const BriCli *cli, Rows *r);
/* Adds @r to @b as a JSON array value (for rows inside a larger object). */
void rows_add_json (Rows *r, JsonBuilder *b);

char *fmt_score (double v);
char *fmt_date (BriDate d);

/* Progress on stderr, only when stderr is a terminal: progress_begin()
 * shows LABEL… at once, then the seconds elapsed, until progress_end()
 * erases the line. A second progress_begin() replaces the label. */
void progress_begin (const char *fmt, ...) G_GNUC_PRINTF (1, 2);
void progress_end (void);
gboolean progress_enabled (void);

/* ---- graph, filter, view (tools/bri.c) ------------------------------ */

const char *bundled_dir (void);
/* Adds @dir to @dirs, or its gazetteer/, seeds/ and bri/ when it is laid
 * out like the bundled data. */
void add_data_dir (GPtrArray *dirs, const char *dir);
/* The directories to load, in order: the bundled parts (--bundled,
 * --no-bundled), the --data sets, then @extra's (nullable), each once;
 * with @skip (nullable), only those before the first of @skip's. */
GPtrArray *data_dirs (BriCli *cli, const char *extra, GPtrArray *skip, GError **error);
/* A graph of @dirs, loaded in order; load warnings go to stderr. */
BriGraph *load_dirs (GPtrArray *dirs, GError **error);
/* load_dirs (data_dirs (@cli, @extra, NULL)). */
BriGraph *load_graph (BriCli *cli, const char *extra, GError **error);
gboolean parse_weights (BriCli *cli, BriWeights *w, GError **error);
gboolean parse_measure (BriCli *cli, BriMeasure *m, GError **error);
BriFilter *build_filter (BriCli *cli, BriGraph *graph, GError **error);
BriViewOptions *build_options (BriCli *cli, gboolean undirected, GError **error);
BriView *build_view (BriCli *cli, BriGraph *graph, gboolean undirected, GError **error);
/* (transfer full): "Data: …. Filters: …." — the data sets and the filter,
 * projection and roll-up options given, for captions. */
char *describe_data_and_filters (BriCli *cli);
/* TRUE when no filter, projection or roll-up option was given. */
gboolean view_is_default (BriCli *cli);

/* ---- commands in their own files ------------------------------------ */

int cmd_info (BriCli *cli, BriGraph *graph, int argc, char **argv);        /* tools/cmd-query.c */
int cmd_find (BriCli *cli, BriGraph *graph, int argc, char **argv);
int cmd_centrality (BriCli *cli, BriGraph *graph, int argc, char **argv);
int cmd_path (BriCli *cli, BriGraph *graph, int argc, char **argv);
int cmd_routes (BriCli *cli, BriGraph *graph, int argc, char **argv);
int cmd_communities (BriCli *cli, BriGraph *graph, int argc, char **argv);
int cmd_clustering (BriCli *cli, BriGraph *graph, int argc, char **argv);
int cmd_ego (BriCli *cli, BriGraph *graph, int argc, char **argv);
int cmd_timeline (BriCli *cli, BriGraph *graph, int argc, char **argv);
int cmd_explain (BriCli *cli, BriGraph *graph, int argc, char **argv);
int cmd_validate (BriCli *cli, int argc, char **argv);                      /* tools/cmd-validate.c */
int cmd_corridors (BriCli *cli, BriGraph *graph, int argc, char **argv);   /* tools/cmd-corridors.c */

/* The option group of extract (g_option_context_add_group() takes it). */
GOptionGroup *extract_option_group (BriCli *cli);   /* tools/cmd-extract.c */
int cmd_extract (BriCli *cli, BriGraph *graph, int argc, char **argv);
/* The option group of export (g_option_context_add_group() takes it). */
GOptionGroup *export_option_group (BriCli *cli);    /* tools/cmd-export.c */
int cmd_export (BriCli *cli, BriGraph *graph, int argc, char **argv);
int cmd_draw (BriCli *cli, BriGraph *graph, int argc, char **argv);
/* The option group of explore (g_option_context_add_group() takes it). */
GOptionGroup *explore_option_group (BriCli *cli);   /* tools/cmd-explore.c */
int cmd_explore (BriCli *cli, BriGraph *graph, int argc, char **argv);
/* timeline --chart: draws @timeline when --chart was given and returns
 * the exit status; returns -1 when it was not. */
int timeline_chart (BriCli *cli, const BriTimeline *timeline);
/* The option group of import (g_option_context_add_group() takes it). */
GOptionGroup *import_option_group (BriCli *cli);    /* tools/cmd-import.c */
int cmd_import (BriCli *cli, BriGraph *graph, int argc, char **argv);

#endif /* BRI_CLI_H */
