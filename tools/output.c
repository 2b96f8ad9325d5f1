/* tools/output.c — how `bri` speaks: one-line errors on stderr, results
 * on stdout as an aligned table (display width, so Chinese names line up),
 * CSV (rows by bri_csv_format_row()) or JSON (json-glib), and a progress line
 * on stderr while long work runs, only when stderr is a terminal. */
#include "bri-cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Errors: one line on stderr. */
int
cli_fail (int status, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  g_autofree char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  /* Keep it to one line. */
  for (char *p = msg; *p; p++)
    if (*p == '\n')
      *p = ' ';
  progress_end ();
  fprintf (stderr, "bri: %s\n", msg);
  return status;
}

int
cli_fail_error (const GError *error)
{
  return cli_fail (EXIT_DATA, "%s", error ? error->message : "unknown error");
}

/* ------------------------------------------------------------------ */
/* Tables: aligned text or CSV                                         */
/* ------------------------------------------------------------------ */

Table *
table_new (const char *first, ...)
{
  Table *t = g_new0 (Table, 1);
  GPtrArray *head = g_ptr_array_new ();
  va_list ap;
  va_start (ap, first);
  for (const char *s = first; s; s = va_arg (ap, const char *))
    g_ptr_array_add (head, g_strdup (s));
  va_end (ap);
  t->n_cols = head->len;
  g_ptr_array_add (head, NULL);
  t->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_ptr_array_add (t->rows, g_ptr_array_free (head, FALSE));
  return t;
}

void
table_free (Table *t)
{
  if (!t)
    return;
  g_ptr_array_unref (t->rows);
  g_free (t);
}

Table *
table_new_v (guint n, const char *const *head)
{
  Table *t = g_new0 (Table, 1);
  char **row = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    row[i] = g_strdup (head[i] ? head[i] : "");
  t->n_cols = n;
  t->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_ptr_array_add (t->rows, row);
  return t;
}

void
table_add_v (Table *t, char **row)
{
  g_assert (g_strv_length (row) == t->n_cols);
  g_ptr_array_add (t->rows, row);
}

/* Adds a row of exactly n_cols strings (NULL is an empty cell). */
void
table_add (Table *t, ...)
{
  char **row = g_new0 (char *, t->n_cols + 1);
  va_list ap;
  va_start (ap, t);
  for (guint i = 0; i < t->n_cols; i++)
    {
      const char *s = va_arg (ap, const char *);
      row[i] = g_strdup (s ? s : "");
    }
  va_end (ap);
  g_ptr_array_add (t->rows, row);
}

/* Display width: East Asian wide characters take two columns. */
static gsize
display_width (const char *s)
{
  gsize w = 0;
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == '\n' || c == '\t')
        w += 1;
      else if (g_unichar_iszerowidth (c))
        continue;
      else
        w += g_unichar_iswide (c) ? 2 : 1;
    }
  return w;
}

void
table_print (const BriCli *cli, Table *t)
{
  if (cli->format == FMT_CSV)
    {
      /* The library's CSV rule, with RFC 4180's CRLF line ends. */
      for (guint r = 0; r < t->rows->len; r++)
        {
          g_autofree char *line = bri_csv_format_row ((const char *const *) t->rows->pdata[r],
                                                      t->n_cols, "\r\n");
          fputs (line, stdout);
        }
      return;
    }
  /* Table: cells with newlines are flattened, columns padded. */
  gsize *width = g_new0 (gsize, t->n_cols);
  for (guint r = 0; r < t->rows->len; r++)
    {
      char **row = t->rows->pdata[r];
      for (guint c = 0; c < t->n_cols; c++)
        {
          for (char *p = row[c]; *p; p++)
            if (*p == '\n' || *p == '\r' || *p == '\t')
              *p = ' ';
          width[c] = MAX (width[c], display_width (row[c]));
        }
    }
  for (guint r = 0; r < t->rows->len; r++)
    {
      char **row = t->rows->pdata[r];
      GString *line = g_string_new (NULL);
      for (guint c = 0; c < t->n_cols; c++)
        {
          g_string_append (line, row[c]);
          if (c + 1 < t->n_cols)
            {
              gsize pad = width[c] - display_width (row[c]) + 2;
              for (gsize i = 0; i < pad; i++)
                g_string_append_c (line, ' ');
            }
        }
      while (line->len && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);
      puts (line->str);
      g_string_free (line, TRUE);
    }
  g_free (width);
}

/* ------------------------------------------------------------------ */
/* JSON                                                                */
/* ------------------------------------------------------------------ */

void
json_print (JsonBuilder *b)
{
  g_autoptr(JsonNode) root = json_builder_get_root (b);
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_indent (gen, 2);
  json_generator_set_root (gen, root);
  g_autofree char *text = json_generator_to_data (gen, NULL);
  puts (text);
}

void
json_member_string (JsonBuilder *b, const char *name, const char *value)
{
  json_builder_set_member_name (b, name);
  if (value)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

void
json_member_double (JsonBuilder *b, const char *name, double value)
{
  json_builder_set_member_name (b, name);
  if (isfinite (value))
    json_builder_add_double_value (b, value);
  else
    json_builder_add_null_value (b);
}

void
json_member_int (JsonBuilder *b, const char *name, gint64 value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

char *
fmt_score (double v)
{
  if (isnan (v))
    return g_strdup ("nan");
  return g_strdup_printf ("%.6g", v);
}

char *
fmt_date (BriDate d)
{
  return bri_date_to_string (d);
}

void
json_entity_fields (JsonBuilder *b, const BriEntity *e)
{
  json_member_string (b, "id", bri_entity_get_id (e));
  json_member_string (b, "name", bri_entity_get_name (e));
  json_member_string (b, "name_zh", bri_entity_get_name_zh (e));
  json_member_string (b, "kind", bri_entity_get_kind (e));
}

void
json_relation (JsonBuilder *b, const BriRelation *r)
{
  g_autofree char *date = fmt_date (bri_relation_get_date (r));
  g_autofree char *end = fmt_date (bri_relation_get_end_date (r));
  json_builder_begin_object (b);
  json_member_string (b, "kind", bri_relation_get_kind (r));
  json_member_string (b, "from", bri_relation_get_from_id (r));
  json_member_string (b, "to", bri_relation_get_to_id (r));
  json_member_string (b, "date", *date ? date : NULL);
  json_member_string (b, "end_date", *end ? end : NULL);
  json_member_string (b, "title", bri_relation_get_title (r));
  json_member_string (b, "via", bri_relation_get_via_id (r));
  json_member_string (b, "event", bri_relation_get_event (r));
  json_member_double (b, "weight", bri_relation_get_weight (r));
  json_member_double (b, "confidence", bri_relation_get_confidence (r));
  json_member_string (b, "source", bri_relation_get_source (r));
  json_member_string (b, "evidence", bri_relation_get_evidence (r));
  json_builder_end_object (b);
}


/* ------------------------------------------------------------------ */
/* Rows: one emitter for table, CSV and JSON                           */
/* ------------------------------------------------------------------ */

typedef enum { CELL_TEXT, CELL_INT, CELL_NUMBER } CellType;

typedef struct {
  CellType type;
  char *text; /* owned; NULL: empty cell, JSON null */
  gint64 i;
  double d;
} Cell;

struct _Rows {
  const Column *cols;
  guint n_cols;
  GArray *cells; /* of Cell, row after row */
};

static void
cell_clear (gpointer p)
{
  g_free (((Cell *) p)->text);
}

Rows *
rows_new (const Column *cols, guint n_cols)
{
  Rows *r = g_new0 (Rows, 1);
  r->cols = cols;
  r->n_cols = n_cols;
  r->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (r->cells, cell_clear);
  return r;
}

void
rows_free (Rows *r)
{
  if (!r)
    return;
  g_array_unref (r->cells);
  g_free (r);
}

void
rows_text (Rows *r, const char *value)
{
  Cell c = { CELL_TEXT, g_strdup (value), 0, 0 };
  g_array_append_val (r->cells, c);
}

void
rows_int (Rows *r, gint64 value)
{
  Cell c = { CELL_INT, NULL, value, 0 };
  g_array_append_val (r->cells, c);
}

void
rows_number (Rows *r, double value)
{
  Cell c = { CELL_NUMBER, NULL, 0, value };
  g_array_append_val (r->cells, c);
}

void
rows_add_json (Rows *r, JsonBuilder *b)
{
  g_assert (r->cells->len % r->n_cols == 0);
  json_builder_begin_array (b);
  for (guint at = 0; at < r->cells->len; at += r->n_cols)
    {
      json_builder_begin_object (b);
      for (guint c = 0; c < r->n_cols; c++)
        {
          const Cell *cell = &g_array_index (r->cells, Cell, at + c);
          const char *name = r->cols[c].name;
          if (r->cols[c].show == SHOW_TABLE)
            continue;
          if (cell->type == CELL_INT)
            json_member_int (b, name, cell->i);
          else if (cell->type == CELL_NUMBER)
            json_member_double (b, name, cell->d);
          else
            json_member_string (b, name, cell->text);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

void
rows_print (const BriCli *cli, Rows *r)
{
  g_assert (r->cells->len % r->n_cols == 0);
  if (cli->format == FMT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      rows_add_json (r, b);
      json_print (b);
      return;
    }
  GPtrArray *head = g_ptr_array_new ();
  for (guint c = 0; c < r->n_cols; c++)
    if (r->cols[c].show != SHOW_JSON)
      g_ptr_array_add (head, (gpointer) r->cols[c].name);
  g_autoptr(Table) t = table_new_v (head->len, (const char *const *) head->pdata);
  for (guint at = 0; at < r->cells->len; at += r->n_cols)
    {
      char **row = g_new0 (char *, head->len + 1);
      guint k = 0;
      for (guint c = 0; c < r->n_cols; c++)
        {
          const Cell *cell = &g_array_index (r->cells, Cell, at + c);
          if (r->cols[c].show == SHOW_JSON)
            continue;
          if (cell->type == CELL_INT)
            row[k++] = g_strdup_printf ("%" G_GINT64_FORMAT, cell->i);
          else if (cell->type == CELL_NUMBER)
            row[k++] = fmt_score (cell->d);
          else
            row[k++] = g_strdup (cell->text ? cell->text : "");
        }
      table_add_v (t, row);
    }
  g_ptr_array_free (head, TRUE);
  table_print (cli, t);
}

/* ------------------------------------------------------------------ */
/* Progress                                                            */
/* ------------------------------------------------------------------ */

/* A ticker thread redraws `bri: LABEL… 1.2s` every tenth of a second
 * while the main thread works; the libraries give no progress callbacks,
 * so the phase and the time spent in it are what the user sees. */
static struct {
  GMutex lock;
  GCond cond;
  GThread *thread;
  char *label;
  gint64 start;
  gboolean stop;
} progress;

gboolean
progress_enabled (void)
{
  static int enabled = -1;
  if (enabled < 0)
    enabled = isatty (STDERR_FILENO) ? 1 : 0;
  return enabled == 1;
}

static void
progress_draw (void)
{
  double s = (g_get_monotonic_time () - progress.start) / 1e6;
  if (s >= 0.5)
    fprintf (stderr, "\rbri: %s… %.1fs\033[K", progress.label, s);
  else
    fprintf (stderr, "\rbri: %s…\033[K", progress.label);
  fflush (stderr);
}

static gpointer
progress_run (gpointer data)
{
  (void) data;
  g_mutex_lock (&progress.lock);
  /* progress_begin() drew the first line; redraw every tenth of a second. */
  while (!progress.stop)
    {
      gint64 until = g_get_monotonic_time () + G_TIME_SPAN_SECOND / 10;
      if (!g_cond_wait_until (&progress.cond, &progress.lock, until) && !progress.stop)
        progress_draw ();
    }
  g_mutex_unlock (&progress.lock);
  return NULL;
}

void
progress_begin (const char *fmt, ...)
{
  if (!progress_enabled ())
    return;
  va_list ap;
  va_start (ap, fmt);
  char *label = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  g_mutex_lock (&progress.lock);
  g_free (progress.label);
  progress.label = label;
  progress.start = g_get_monotonic_time ();
  progress_draw ();
  if (!progress.thread)
    {
      progress.stop = FALSE;
      progress.thread = g_thread_new ("bri-progress", progress_run, NULL);
    }
  g_mutex_unlock (&progress.lock);
}

void
progress_end (void)
{
  if (!progress.thread)
    return;
  g_mutex_lock (&progress.lock);
  progress.stop = TRUE;
  g_cond_signal (&progress.cond);
  g_mutex_unlock (&progress.lock);
  g_thread_join (progress.thread);
  progress.thread = NULL;
  g_clear_pointer (&progress.label, g_free);
  fprintf (stderr, "\r\033[K");
  fflush (stderr);
}
