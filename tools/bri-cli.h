/* tools/bri-cli.h — what the files of the `bri` tool share: the options
 * every command may read, the output helpers (tables, CSV, JSON, errors,
 * progress; tools/output.c), and loading the graph and building the
 * filter and the view (tools/bri.c). Private to the tool. */
#ifndef BRI_CLI_H
#define BRI_CLI_H

#include <bri/bri.h>

#include <json-glib/json-glib.h>
#include <stdio.h>

#define EXIT_DATA 1
#define EXIT_USAGE 2

/* ---- options (tools/bri.c) ------------------------------------------ */

extern gchar **opt_data;
extern gchar *opt_format;
extern gchar **opt_source;
extern gchar *opt_measure;
extern gchar *opt_weights;
extern gboolean opt_weighted;
extern gint64 opt_seed;
extern gchar *opt_output;
extern gint opt_top;
extern gboolean opt_all;
extern gchar *opt_method;
extern gint opt_depth;
extern gchar *opt_by;

typedef int (*CommandFunc) (BriGraph *graph, int argc, char **argv);

/* ---- output (tools/output.c) ---------------------------------------- */

typedef enum { FMT_TABLE, FMT_CSV, FMT_JSON } Format;
extern Format format;

/* Prints `bri: MESSAGE` (one line) on stderr and returns @status. */
int fail (int status, const char *fmt, ...) G_GNUC_PRINTF (2, 3);
int fail_error (const GError *error);

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
void table_print (Table *t);

void json_print (JsonBuilder *b);
void json_member_string (JsonBuilder *b, const char *name, const char *value);
void json_member_double (JsonBuilder *b, const char *name, double value);
void json_member_int (JsonBuilder *b, const char *name, gint64 value);
void json_entity_fields (JsonBuilder *b, const BriEntity *e);
void json_relation (JsonBuilder *b, const BriRelation *r);

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
GPtrArray *data_dirs (const char *extra, GPtrArray *skip, GError **error);
/* A graph of @dirs, loaded in order; load warnings go to stderr. */
BriGraph *load_dirs (GPtrArray *dirs, GError **error);
/* load_dirs (data_dirs (@extra, NULL)). */
BriGraph *load_graph (const char *extra, GError **error);
gboolean parse_weights (BriWeights *w, GError **error);
gboolean parse_measure (BriMeasure *m, GError **error);
BriFilter *build_filter (BriGraph *graph, GError **error);
BriViewOptions *build_options (gboolean undirected, GError **error);
BriView *build_view (BriGraph *graph, gboolean undirected, GError **error);
/* (transfer full): "Data: …. Filters: …." — the data sets and the filter,
 * projection and roll-up options given, for captions. */
char *describe_data_and_filters (void);
/* TRUE when no filter, projection or roll-up option was given. */
gboolean view_is_default (void);

/* ---- commands in their own files ------------------------------------ */

int cmd_info (BriGraph *graph, int argc, char **argv);        /* tools/cmd-query.c */
int cmd_find (BriGraph *graph, int argc, char **argv);
int cmd_centrality (BriGraph *graph, int argc, char **argv);
int cmd_path (BriGraph *graph, int argc, char **argv);
int cmd_routes (BriGraph *graph, int argc, char **argv);
int cmd_communities (BriGraph *graph, int argc, char **argv);
int cmd_clustering (BriGraph *graph, int argc, char **argv);
int cmd_ego (BriGraph *graph, int argc, char **argv);
int cmd_timeline (BriGraph *graph, int argc, char **argv);
int cmd_explain (BriGraph *graph, int argc, char **argv);
int cmd_validate (int argc, char **argv);                      /* tools/cmd-validate.c */
int cmd_corridors (BriGraph *graph, int argc, char **argv);   /* tools/cmd-corridors.c */

extern GOptionEntry extract_entries[];   /* tools/cmd-extract.c */
extern gchar *opt_against;
int cmd_extract (BriGraph *graph, int argc, char **argv);
extern GOptionEntry export_entries[];    /* tools/cmd-export.c */
int cmd_export (BriGraph *graph, int argc, char **argv);
int cmd_draw (BriGraph *graph, int argc, char **argv);
extern gchar *opt_size_by;              /* tools/cmd-export.c */
extern gchar *opt_color_by;
extern GOptionEntry explore_entries[];   /* tools/cmd-explore.c */
int cmd_explore (BriGraph *graph, int argc, char **argv);
/* timeline --chart: draws @timeline when --chart was given and returns
 * the exit status; returns -1 when it was not. */
int timeline_chart (const BriTimeline *timeline);
extern GOptionEntry import_entries[];    /* tools/cmd-import.c */
int cmd_import (BriGraph *graph, int argc, char **argv);

#endif /* BRI_CLI_H */
