/* libbri/io/load.c — reading data set directories into a graph, all or
 * nothing: bri_graph_load_dir(), bri_graph_new_from_dirs() and
 * bri_dir_check(). Each file goes through the CSV reader; each row becomes
 * an entity, relation, source or kind validated by graph.c; the first
 * problem (or, when checking, every problem) is reported with its file,
 * line and column; on failure the graph is rolled back to its mark. */
#include "config.h"
#include "core/core-private.h"
#include "io/csv-reader.h"
#include "io/journal.h"
#include <sys/mman.h>
#include <unistd.h>

typedef enum { FILE_KINDS, FILE_SOURCES, FILE_ENTITIES, FILE_RELATIONS, N_FILES } FileType;

static const char *const file_names[N_FILES] = {
  "kinds.csv", "sources.csv", "entities.csv", "relations.csv",
};

/* Known columns per file; the first n_required are required. */
static const char *const *const known_cols[N_FILES] = {
  bri__kind_columns, bri__source_columns, bri__entity_columns, bri__relation_columns,
};
static const guint n_required[N_FILES] = { 2, 1, 3, 3 };

enum { MAX_KNOWN = 13 };

/* Entity kinds of the design; other kinds are accepted, but one used only
 * once draws a warning from bri_dir_check(). */
static const char *const builtin_entity_kinds[] = {
  "country", "province", "city", "ministry", "mechanism", "organization",
  "enterprise", "institution", "forum", "port", "document", "group", NULL,
};

typedef struct {
  guint index;           /* entity index in the graph */
  BriCsvRecord where;    /* its row (data valid while the file is mapped) */
} PendingParent;

typedef struct {
  BriGraph *graph;
  const char *dir;
  char *path;
  FileType type;
  gboolean in_file;      /* @path is the file of @type, not the directory */
  gboolean check;        /* list every problem instead of stopping */
  gboolean stop;
  GPtrArray *problems;
  guint n_errors;
  /* header */
  gboolean have_header;
  guint n_columns;
  int col[MAX_KNOWN];    /* column index of each known column, or -1 */
  GPtrArray *extra;      /* names of extra columns, by column index (NULL for known) */
  GPtrArray *header;     /* all column names */
  /* state */
  GHashTable *ids_in_file;  /* keys in @id_strings */
  /* The keys of ids_in_file, in one chunk freed at once. A g_strdup per
   * entity, all freed after the load, left 100k small holes between the
   * graph's entities, where igraph's per-vertex allocations then landed
   * scattered, which slows every later igraph call. */
  GStringChunk *id_strings;
  GHashTable *bad_ids;   /* entity ids whose row failed: no cascades */
  GArray *pending;       /* PendingParent */
  GHashTable *entity_lines; /* entity index -> line (for warnings) */
  gboolean mapped;       /* the file is a GMappedFile (pages can be dropped) */
  gsize dropped;         /* bytes of it given back (madvise) */
} Loader;

static void
add_problem (Loader *L, guint line, guint column, BriProblemSeverity severity,
             GQuark domain, int code, const char *message)
{
  if (L->problems->len >= BRI_MAX_PROBLEMS)
    {
      L->stop = TRUE;
      return;
    }
  BriProblem *p = bri__problem_new (L->path, line, column, severity, domain,
                                    code, message);
  p->order = L->in_file ? 1 + L->type : 0;
  g_ptr_array_add (L->problems, p);
  if (severity == BRI_PROBLEM_ERROR)
    {
      L->n_errors++;
      if (!L->check)
        L->stop = TRUE;
    }
}

static void
error_at (Loader *L, guint line, guint column, int code, const char *format, ...)
  G_GNUC_PRINTF (5, 6);
static void
error_at (Loader *L, guint line, guint column, int code, const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  g_autofree char *msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  add_problem (L, line, column, BRI_PROBLEM_ERROR, BRI_ERROR, code, msg);
}

/* An error located at field @index of @rec. */
static void
field_error (Loader *L, const BriCsvRecord *rec, int index, int code,
             const char *message)
{
  guint line = rec->line, column = 1;
  if (index >= 0)
    bri__csv_locate (rec, index, &line, &column);
  add_problem (L, line, column, BRI_PROBLEM_ERROR, BRI_ERROR, code, message);
}

static int
column_of (Loader *L, const char *name)
{
  if (!name)
    return -1;
  for (guint i = 0; i < L->header->len; i++)
    if (strcmp (g_ptr_array_index (L->header, i), name) == 0)
      return i;
  return -1;
}

static void
gerror_at_field (Loader *L, const BriCsvRecord *rec, const char *field,
                 const GError *err)
{
  field_error (L, rec, column_of (L, field), err->code, err->message);
}

/* ---- header ---------------------------------------------------------- */

static void
read_header (Loader *L, const BriCsvRecord *rec)
{
  const char *const *known = known_cols[L->type];
  L->have_header = TRUE;
  L->n_columns = rec->n_fields;
  for (guint k = 0; k < MAX_KNOWN; k++)
    L->col[k] = -1;
  if (rec->n_fields > BRI_MAX_COLUMNS)
    {
      field_error (L, rec, BRI_MAX_COLUMNS, BRI_ERROR_LIMIT,
                   "too many columns, expected at most 256");
      /* As for any bad header: no row of this file is read (when checking,
       * a row read against the unset columns read fields[-1]). */
      L->have_header = FALSE, L->stop = TRUE;
      return;
    }
  gboolean bad = FALSE;
  for (guint i = 0; i < rec->n_fields; i++)
    {
      const char *name = rec->fields[i];
      g_ptr_array_add (L->header, g_strdup (name));
      if (!*name)
        {
          field_error (L, rec, i, BRI_ERROR_INVALID,
                       "empty column name, expected a name in every header field");
          bad = TRUE;
          continue;
        }
      if (column_of (L, name) != (int) i)
        {
          g_autofree char *msg = g_strdup_printf (
            "duplicate column '%s', expected each column once", name);
          field_error (L, rec, i, BRI_ERROR_DUPLICATE, msg);
          bad = TRUE;
          continue;
        }
      gboolean is_known = FALSE;
      for (guint k = 0; known[k]; k++)
        if (strcmp (known[k], name) == 0)
          {
            L->col[k] = i;
            is_known = TRUE;
          }
      g_ptr_array_add (L->extra, is_known ? NULL : g_strdup (name));
    }
  for (guint k = 0; k < n_required[L->type]; k++)
    if (L->col[k] < 0)
      {
        g_autofree char *expected = g_strjoinv (",", (char **) known);
        g_autofree char *msg = g_strdup_printf (
          "missing required column '%s', expected a header with %s "
          "(the first %u required)", known[k], expected, n_required[L->type]);
        field_error (L, rec, -1, BRI_ERROR_INVALID, msg);
        bad = TRUE;
      }
  if (bad)
    L->have_header = FALSE, L->stop = TRUE;
}

/* ---- values ------------------------------------------------------------ */

static const char *
value (Loader *L, const BriCsvRecord *rec, guint known_index)
{
  int c = L->col[known_index];
  if (c < 0 || !*rec->fields[c])
    return NULL;
  return rec->fields[c];
}

static gboolean
parse_date_field (Loader *L, const BriCsvRecord *rec, guint k, BriDate *out)
{
  const char *text = value (L, rec, k);
  *out = BRI_DATE_UNSET;
  if (!text)
    return TRUE;
  g_autoptr (GError) err = NULL;
  if (bri_date_parse (text, out, &err))
    return TRUE;
  field_error (L, rec, L->col[k], err->code, err->message);
  return FALSE;
}

static gboolean
parse_number_field (Loader *L, const BriCsvRecord *rec, guint k, double *out)
{
  const char *text = value (L, rec, k);
  *out = NAN;
  if (!text)
    return TRUE;
  char *end = NULL;
  double v = g_ascii_strtod (text, &end);
  if (end == text || *end || isnan (v) || g_ascii_isspace (*text))
    {
      g_autofree char *msg = g_strdup_printf (
        "invalid number '%s' in %s, expected a decimal number", text,
        known_cols[L->type][k]);
      field_error (L, rec, L->col[k], BRI_ERROR_PARSE, msg);
      return FALSE;
    }
  *out = v;
  return TRUE;
}

/* Extra columns become attributes. */
static void
foreach_extra (Loader *L, const BriCsvRecord *rec,
               void (*set) (gpointer, const char *, const char *), gpointer obj)
{
  for (guint i = 0; i < L->extra->len; i++)
    {
      const char *name = g_ptr_array_index (L->extra, i);
      if (name && *rec->fields[i])
        set (obj, name, rec->fields[i]);
    }
}

/* ---- rows ---------------------------------------------------------------- */

static void
read_kind (Loader *L, const BriCsvRecord *rec)
{
  const char *name = value (L, rec, 0);
  const char *directed = value (L, rec, 1);
  gboolean d;
  if (!directed)
    {
      field_error (L, rec, L->col[1], BRI_ERROR_INVALID,
                   "empty directed, expected true or false");
      return;
    }
  if (!g_ascii_strcasecmp (directed, "true") || !g_ascii_strcasecmp (directed, "yes")
      || !strcmp (directed, "1"))
    d = TRUE;
  else if (!g_ascii_strcasecmp (directed, "false") || !g_ascii_strcasecmp (directed, "no")
           || !strcmp (directed, "0"))
    d = FALSE;
  else
    {
      g_autofree char *msg = g_strdup_printf (
        "invalid directed value '%s', expected true or false", directed);
      field_error (L, rec, L->col[1], BRI_ERROR_PARSE, msg);
      return;
    }
  const char *bad_field = "kind";
  g_autoptr (GError) err = NULL;
  if (!bri__graph_add_kind_full (L->graph, name ? name : "", d, value (L, rec, 2),
                                 &bad_field, &err))
    gerror_at_field (L, rec, bad_field, err);
}

static void
read_source (Loader *L, const BriCsvRecord *rec)
{
  BriSource *s = bri_source_new (rec->fields[L->col[0]]);
  BriDate date;
  if (!parse_date_field (L, rec, 3, &date))
    {
      bri_source_free (s);
      return;
    }
  bri_source_set_title (s, value (L, rec, 1));
  bri_source_set_publisher (s, value (L, rec, 2));
  bri_source_set_date (s, date);
  bri_source_set_url (s, value (L, rec, 4));
  bri_source_set_language (s, value (L, rec, 5));
  bri_source_set_file (s, value (L, rec, 6));
  if (s->file)
    s->path = g_build_filename (L->dir, s->file, NULL);
  foreach_extra (L, rec, (void (*) (gpointer, const char *, const char *)) bri_source_set_attribute, s);
  if (g_hash_table_contains (L->ids_in_file, s->id))
    {
      g_autofree char *msg = g_strdup_printf (
        "source '%s' is defined twice in this file, expected one row per id", s->id);
      field_error (L, rec, L->col[0], BRI_ERROR_DUPLICATE, msg);
      bri_source_free (s);
      return;
    }
  g_hash_table_add (L->ids_in_file, g_string_chunk_insert (L->id_strings, s->id));
  const char *bad_field = "id";
  g_autoptr (GError) err = NULL;
  if (!bri__graph_add_source_full (L->graph, s, &bad_field, &err))
    gerror_at_field (L, rec, bad_field, err);
}

static void
read_entity (Loader *L, const BriCsvRecord *rec)
{
  const char *id = rec->fields[L->col[0]];
  if (g_hash_table_contains (L->ids_in_file, id))
    {
      g_autofree char *msg = g_strdup_printf (
        "entity '%s' is defined twice in this file, expected one row per id", id);
      field_error (L, rec, L->col[0], BRI_ERROR_DUPLICATE, msg);
      return;
    }
  g_hash_table_add (L->ids_in_file, g_string_chunk_insert (L->id_strings, id));
  BriEntity *e = bri_entity_new (id, rec->fields[L->col[1]], rec->fields[L->col[2]]);
  bri_entity_set_name_zh (e, value (L, rec, 3));
  const char *aliases = value (L, rec, 4);
  if (aliases)
    {
      g_auto (GStrv) parts = g_strsplit (aliases, "|", -1);
      for (guint i = 0; parts[i]; i++)
        bri_entity_add_alias (e, parts[i]);
    }
  bri_entity_set_code (e, value (L, rec, 5));
  bri_entity_set_parent (e, value (L, rec, 6));
  foreach_extra (L, rec, (void (*) (gpointer, const char *, const char *)) bri_entity_set_attribute, e);
  guint before = L->graph->entities->len;
  const char *bad_field = "id";
  g_autoptr (GError) err = NULL;
  const BriEntity *added = bri__graph_add_entity_deferred (L->graph, e, &bad_field, &err);
  if (!added)
    {
      g_hash_table_add (L->bad_ids, g_strdup (id));
      gerror_at_field (L, rec, bad_field, err);
      return;
    }
  if (L->graph->entities->len == before)
    return; /* identical to an entity of an earlier data set */
  g_hash_table_insert (L->entity_lines, GUINT_TO_POINTER (added->index),
                       GUINT_TO_POINTER (rec->line));
  if (added->parent_id)
    {
      /* Located only if it turns out wrong: the row is kept, not scanned. */
      PendingParent p = { added->index, *rec };
      p.where.fields = NULL;
      p.where.lengths = NULL;
      g_array_append_val (L->pending, p);
    }
}

static gboolean
refers_to_bad_entity (Loader *L, const BriCsvRecord *rec)
{
  static const guint refs[] = { 1, 2, 7 }; /* from, to, via */
  if (g_hash_table_size (L->bad_ids) == 0)
    return FALSE; /* the usual case: no entity row failed, nothing to hash */
  for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
    {
      const char *id = value (L, rec, refs[i]);
      if (id && g_hash_table_contains (L->bad_ids, id))
        return TRUE;
    }
  return FALSE;
}

static void
set_relation_attr (gpointer r, const char *name, const char *value)
{
  bri__attrs_set (&((BriRelation *) r)->attrs, name, value);
}

/* Relations are the bulk of a data set: the row is validated and stored
 * straight from the record's fields, without an intermediate copy. */
static void
read_relation (Loader *L, const BriCsvRecord *rec)
{
  BriFreeRelation spec = { 0 };
  if (!parse_date_field (L, rec, 3, &spec.base.date)
      || !parse_date_field (L, rec, 4, &spec.base.end_date)
      || !parse_number_field (L, rec, 9, &spec.base.weight)
      || !parse_number_field (L, rec, 12, &spec.base.confidence))
    return;
  spec.kind_name = rec->fields[L->col[0]];
  spec.from_id = rec->fields[L->col[1]];
  spec.to_id = rec->fields[L->col[2]];
  spec.base.title = (char *) value (L, rec, 5);
  spec.base.sector = (char *) value (L, rec, 6);
  spec.via_id = (char *) value (L, rec, 7);
  spec.base.event = (char *) value (L, rec, 8);
  spec.base.source = (char *) value (L, rec, 10);
  spec.base.evidence = (char *) value (L, rec, 11);
  foreach_extra (L, rec, set_relation_attr, &spec.base);
  const char *bad_field = "kind";
  g_autoptr (GError) err = NULL;
  /* A row naming an entity whose own row failed: that entity's error says
   * why it is missing, so no "unknown entity" here, but the row's other
   * fields are still checked and their errors reported. */
  if (refers_to_bad_entity (L, rec))
    {
      if (!bri__graph_check_relation_values (L->graph, &spec.base, TRUE, &bad_field, &err))
        gerror_at_field (L, rec, bad_field, err);
    }
  else if (!bri__graph_insert_relation (L->graph, &spec.base, TRUE, &bad_field, &err))
    gerror_at_field (L, rec, bad_field, err);
  g_strfreev (spec.base.attrs);
}

/* While relations.csv is parsed, each from/to/via id starts the fetch of
 * its index slot as soon as the field is read; by the time the record is
 * complete and looked up, the slot is usually in cache. */
static void
prefetch_ids (guint index, const char *field, gsize len, gpointer data)
{
  const Loader *L = data;
  if (L->have_header && L->type == FILE_RELATIONS
      && ((int) index == L->col[1] || (int) index == L->col[2] || (int) index == L->col[7]))
    bri__id_index_prefetch (L->graph->entity_by_id, field);
}

static gboolean
on_record (const BriCsvRecord *rec, gpointer data)
{
  Loader *L = data;
  if (!L->have_header)
    {
      read_header (L, rec);
      return !L->stop;
    }
  if (rec->n_fields != L->n_columns)
    {
      guint line, column;
      if (rec->n_fields > L->n_columns)
        bri__csv_locate (rec, L->n_columns, &line, &column);
      else
        {
          gsize end = rec->end;
          while (end > rec->offset && (rec->data[end - 1] == '\n' || rec->data[end - 1] == '\r'))
            end--;
          bri__csv_record_position (rec, end, &line, &column);
        }
      error_at (L, line, column, BRI_ERROR_PARSE,
                "%u fields, expected %u as in the header", rec->n_fields,
                L->n_columns);
      return !L->stop;
    }
  switch (L->type)
    {
    case FILE_KINDS: read_kind (L, rec); break;
    case FILE_SOURCES: read_source (L, rec); break;
    case FILE_ENTITIES: read_entity (L, rec); break;
    case FILE_RELATIONS:
      read_relation (L, rec);
      /* The mapped file's pages are resident once read: give back those
       * behind the reader every 64 MiB, so the peak is the graph plus a
       * window, not the graph plus the whole file. Relations keep no
       * pointer into the file (entities do, for deferred parent errors). A
       * page touched again (an error message) is read back from the file. */
      if (rec->offset - L->dropped >= (64u << 20))
        {
          gsize page = sysconf (_SC_PAGESIZE);
          const char *from = rec->data + L->dropped;
          const char *base = (const char *) ((guintptr) from & ~(guintptr) (page - 1));
          gsize upto = ((guintptr) (rec->data + rec->offset) & ~(guintptr) (page - 1)) - (guintptr) base;
          if (L->mapped && upto > 0)
            madvise ((void *) base, upto, MADV_DONTNEED);
          L->dropped = rec->offset;
        }
      break;
    default: g_assert_not_reached ();
    }
  return !L->stop;
}

/* After entities.csv: parents may point forward, so resolve them now and
 * look for cycles and over-deep chains. */
static void
resolve_parents (Loader *L)
{
  for (guint i = 0; i < L->pending->len && !L->stop; i++)
    {
      PendingParent *p = &g_array_index (L->pending, PendingParent, i);
      BriEntity *e = g_ptr_array_index (L->graph->entities, p->index);
      g_autoptr (GError) err = NULL;
      if (!bri__graph_resolve_parent (L->graph, e, &err))
        field_error (L, &p->where, L->col[6], err->code, err->message);
    }
  for (guint i = 0; i < L->pending->len && !L->stop; i++)
    {
      PendingParent *p = &g_array_index (L->pending, PendingParent, i);
      BriEntity *e = g_ptr_array_index (L->graph->entities, p->index);
      g_autoptr (GError) err = NULL;
      if (e->parent && !bri__graph_check_parent_chain (L->graph, e, &err))
        field_error (L, &p->where, L->col[6], err->code, err->message);
    }
}

static void
reset_file_state (Loader *L)
{
  L->have_header = FALSE;
  L->n_columns = 0;
  g_ptr_array_set_size (L->extra, 0);
  g_ptr_array_set_size (L->header, 0);
  g_hash_table_remove_all (L->ids_in_file);
  g_array_set_size (L->pending, 0);
}

static void
load_file (Loader *L, FileType type, const char *path)
{
  g_autoptr (GError) err = NULL;
  g_free (L->path);
  L->path = g_strdup (path);
  L->type = type;
  L->in_file = TRUE;
  reset_file_state (L);
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      add_problem (L, 0, 0, BRI_PROBLEM_ERROR, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   "is a directory, expected a CSV file");
      return;
    }
  g_autoptr (GMappedFile) map = g_mapped_file_new (path, FALSE, &err);
  if (!map)
    {
      add_problem (L, 0, 0, BRI_PROBLEM_ERROR, err->domain, err->code, err->message);
      return;
    }
  const char *data = g_mapped_file_get_contents (map);
  L->mapped = data != NULL;
  L->dropped = 0;
  gsize len = g_mapped_file_get_length (map);
  BriCsvProblem problem;
  if (!bri__csv_read_fields (data ? data : "", len, on_record,
                             type == FILE_RELATIONS ? prefetch_ids : NULL, L, &problem))
    {
      add_problem (L, problem.line, problem.column, BRI_PROBLEM_ERROR, BRI_ERROR,
                   problem.code, problem.message);
      g_free (problem.message);
    }
  else if (!L->have_header && !L->stop)
    add_problem (L, 1, 1, BRI_PROBLEM_ERROR, BRI_ERROR, BRI_ERROR_PARSE,
                 "empty file, expected a header row");
  if (type == FILE_ENTITIES)
    resolve_parents (L);
}

/* Problems found after the files were read are reported against
 * DIR/entities.csv. */
static void
set_entities_path (Loader *L)
{
  g_free (L->path);
  L->path = g_build_filename (L->dir, file_names[FILE_ENTITIES], NULL);
  L->type = FILE_ENTITIES;
  L->in_file = TRUE;
}

/* A name as compared for sharing: as written, ASCII letters lowercased. */
static char *
shared_name_key (const char *name)
{
  return g_ascii_strdown (name, -1);
}

/* Warn about each name or alias of a new entity that is also a name or
 * alias of another entity (a country given its capital's name): lookup
 * of that name will then be ambiguous. Names are compared as written,
 * ASCII letters case-insensitively (cheap enough for every load); lookup
 * also folds Traditional to Simplified, and `bri find` lists what a name
 * denotes. */
static void
warn_shared_names (Loader *L, guint first_new)
{
  g_autoptr (GHashTable) owner = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                        g_free, NULL);
  g_autoptr (GPtrArray) layers = g_ptr_array_new ();
  for (const BriGraph *g = L->graph; g; g = g->base)
    g_ptr_array_insert (layers, 0, (gpointer) g);
  gboolean located = FALSE;
  for (guint l = 0; l < layers->len; l++)
    {
      const BriGraph *g = layers->pdata[l];
      for (guint i = 0; i < g->entities->len && !L->stop; i++)
        {
          BriEntity *e = g_ptr_array_index (g->entities, i);
          gboolean is_new = g == L->graph && i >= first_new;
          guint n = bri_entity_get_n_aliases (e);
          for (guint k = 0; k < n + 2; k++)
            {
              const char *name = k == 0 ? e->name : k == 1 ? e->name_zh
                                 : bri_entity_get_alias (e, k - 2);
              if (!name || !*name)
                continue;
              char *key = shared_name_key (name);
              BriEntity *first = g_hash_table_lookup (owner, key);
              if (!first)
                {
                  g_hash_table_insert (owner, key, e);
                  continue;
                }
              g_free (key);
              if (first == e || !is_new)
                continue;
              if (!located)
                set_entities_path (L);
              located = TRUE;
              guint line = GPOINTER_TO_UINT (g_hash_table_lookup (
                L->entity_lines, GUINT_TO_POINTER (i)));
              g_autofree char *quoted = bri__quote_text (name);
              g_autofree char *msg = g_strdup_printf (
                "%s '%s' of '%s' also names '%s'; looking it up will be "
                "ambiguous", k == 0 ? "name" : k == 1 ? "name_zh" : "alias",
                quoted, e->id, first->id);
              add_problem (L, line, 1, BRI_PROBLEM_WARNING, BRI_ERROR,
                           BRI_ERROR_DUPLICATE, msg);
            }
        }
    }
}

/* Problems in file order, then line and column (a row's parent is checked
 * after the whole file is read; warnings come after everything). */
static gint
problem_order (gconstpointer a, gconstpointer b)
{
  const BriProblem *p = *(BriProblem *const *) a, *q = *(BriProblem *const *) b;
  if (p->order != q->order)
    return p->order < q->order ? -1 : 1;
  if (p->line != q->line)
    return p->line < q->line ? -1 : 1;
  if (p->column != q->column)
    return p->column < q->column ? -1 : 1;
  return 0;
}

/* Warn about entity kinds used by a single entity (outside the design's
 * kinds): the usual sign of a typo. */
static void
warn_rare_kinds (Loader *L, guint first_new)
{
  g_autoptr (GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *entities = L->graph->entities;
  for (const BriGraph *g = L->graph; g; g = g->base)
    for (guint i = 0; i < g->entities->len; i++)
      {
        BriEntity *e = g_ptr_array_index (g->entities, i);
        guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, e->kind));
        g_hash_table_insert (counts, e->kind, GUINT_TO_POINTER (n + 1));
      }
  set_entities_path (L);
  for (guint i = first_new; i < entities->len; i++)
    {
      BriEntity *e = g_ptr_array_index (entities, i);
      if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, e->kind)) != 1
          || g_strv_contains (builtin_entity_kinds, e->kind))
        continue;
      guint line = GPOINTER_TO_UINT (g_hash_table_lookup (L->entity_lines,
                                                          GUINT_TO_POINTER (i)));
      g_autofree char *msg = g_strdup_printf (
        "entity kind '%s' is used only once (by '%s'); a typo?", e->kind, e->id);
      add_problem (L, line, 1, BRI_PROBLEM_WARNING, BRI_ERROR, BRI_ERROR_INVALID, msg);
    }
}

/* Runs the loader over @dir. Returns the problems; the graph is rolled back
 * when there is an error or when @check (a dry run) is set. */
static GPtrArray *
run (BriGraph *graph, const char *dir, gboolean check)
{
  Loader L = { 0 };
  L.graph = graph;
  L.dir = dir;
  L.check = check;
  L.problems = g_ptr_array_new_with_free_func ((GDestroyNotify) bri_problem_free);
  L.extra = g_ptr_array_new_with_free_func (g_free);
  L.header = g_ptr_array_new_with_free_func (g_free);
  L.ids_in_file = g_hash_table_new (g_str_hash, g_str_equal);
  L.id_strings = g_string_chunk_new (64 * 1024);
  L.bad_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  L.pending = g_array_new (FALSE, FALSE, sizeof (PendingParent));
  L.entity_lines = g_hash_table_new (NULL, NULL);

  BriGraphMark mark;
  bri__graph_mark (graph, &mark);

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      L.path = g_strdup (dir);
      gboolean exists = g_file_test (dir, G_FILE_TEST_EXISTS);
      add_problem (&L, 0, 0, BRI_PROBLEM_ERROR, G_FILE_ERROR,
                   exists ? G_FILE_ERROR_NOTDIR : G_FILE_ERROR_NOENT,
                   exists ? "not a directory, expected a data set directory"
                          : "no such directory, expected a data set directory");
    }
  else
    {
      guint found = 0;
      /* After an interrupted save, the committed new files may still be
       * under their temporary names (see journal.c). */
      g_autoptr (GHashTable) journal = bri__journal_read (dir);
      for (FileType t = 0; t < N_FILES && !L.stop; t++)
        {
          g_autofree char *path = g_build_filename (dir, file_names[t], NULL);
          const char *pending = journal ? g_hash_table_lookup (journal, file_names[t]) : NULL;
          if (!pending && !g_file_test (path, G_FILE_TEST_EXISTS))
            continue;
          found++;
          load_file (&L, t, pending ? pending : path);
        }
      if (found == 0)
        {
          g_free (L.path);
          L.path = g_strdup (dir);
          add_problem (&L, 0, 0, BRI_PROBLEM_ERROR, BRI_ERROR, BRI_ERROR_INVALID,
                       "no data set file, expected at least one of kinds.csv, "
                       "sources.csv, entities.csv, relations.csv");
        }
      if (check)
        warn_rare_kinds (&L, mark.n_entities);
      if (L.n_errors == 0 || check)
        warn_shared_names (&L, mark.n_entities);
    }
  /* Stable: problems at one place keep the order they were found in. */
  g_ptr_array_sort (L.problems, problem_order);

  if (check || L.n_errors > 0)
    bri__graph_rollback (graph, &mark);

  g_free (L.path);
  g_ptr_array_unref (L.extra);
  g_ptr_array_unref (L.header);
  g_hash_table_unref (L.ids_in_file);
  g_string_chunk_free (L.id_strings);
  g_hash_table_unref (L.bad_ids);
  g_array_unref (L.pending);
  g_hash_table_unref (L.entity_lines);
  return L.problems;
}

gboolean
bri_graph_load_dir_full (BriGraph *graph, const char *dir, GPtrArray **warnings,
                         GError **error)
{
  g_return_val_if_fail (graph != NULL && dir != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (warnings)
    *warnings = NULL;
  g_autoptr (GPtrArray) problems = run (graph, dir, FALSE);
  for (guint i = 0; i < problems->len; i++)
    {
      BriProblem *p = g_ptr_array_index (problems, i);
      if (p->severity == BRI_PROBLEM_ERROR)
        {
          bri__problem_to_error (p, error);
          return FALSE;
        }
    }
  if (warnings)
    *warnings = g_steal_pointer (&problems);
  return TRUE;
}

gboolean
bri_graph_load_dir (BriGraph *graph, const char *dir, GError **error)
{
  return bri_graph_load_dir_full (graph, dir, NULL, error);
}

BriGraph *
bri_graph_new_from_dirs (const char *const *dirs, GError **error)
{
  g_return_val_if_fail (dirs != NULL, NULL);
  g_autoptr (BriGraph) graph = bri_graph_new ();
  for (guint i = 0; dirs[i]; i++)
    if (!bri_graph_load_dir (graph, dirs[i], error))
      return NULL;
  return g_steal_pointer (&graph);
}

GPtrArray *
bri_dir_check (BriGraph *graph, const char *dir)
{
  g_return_val_if_fail (dir != NULL, NULL);
  /* An overlay: @graph is only read, so other threads may go on using it. */
  g_autoptr (BriGraph) scratch = graph ? bri__graph_new_overlay (graph) : bri_graph_new ();
  return run (scratch, dir, TRUE);
}

/* The name before bri_<noun>_<verb>, kept for one release. */
GPtrArray *
bri_check_dir (BriGraph *graph, const char *dir)
{
  return bri_dir_check (graph, dir);
}
