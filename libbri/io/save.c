/* libbri/io/save.c — bri_graph_save_dir(): the graph as CSV files. Rows are
 * written by csv-writer.c; replacing the files is journal.c's job. */
#include "config.h"
#include "core/core-private.h"
#include "io/csv-writer.h"
#include "io/atomic-file.h"
#include "io/journal.h"
#include <glib/gstdio.h>

/* Shortest decimal text that reads back as the same double; NULL for NaN
 * (the value was not given). */
static const char *
format_number (double v, char *buf, gsize size)
{
  if (isnan (v))
    return NULL;
  g_ascii_formatd (buf, size, "%.15g", v);
  if (g_ascii_strtod (buf, NULL) != v)
    g_ascii_formatd (buf, size, "%.17g", v);
  return buf;
}

/* Extra attribute names in order of first appearance. */
static void
collect_attr_names (GPtrArray *names, GHashTable *seen, BriAttrs attrs)
{
  for (guint i = 0; attrs && attrs[i]; i += 2)
    if (g_hash_table_add (seen, attrs[i]))
      g_ptr_array_add (names, attrs[i]);
}

/* Writes a table: the standard columns that some row uses (the first
 * @n_required always), then the extra attribute names, then one row per
 * item from @fill (which sets the standard fields). A file never gets more
 * columns than it was loaded from; more than BRI_MAX_COLUMNS in all is a
 * BRI_ERROR_LIMIT (the loader would refuse the file). */
typedef void (*FillFunc) (gconstpointer item, const char **fields, char *numbuf,
                          GPtrArray *pool);
typedef BriAttrs (*AttrsFunc) (gconstpointer item);

static GString *
render (const char *file, const char *const *std, guint n_required, GPtrArray *items,
        FillFunc fill, AttrsFunc attrs_of, GError **error)
{
  guint n_std = g_strv_length ((char **) std);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < items->len; i++)
    collect_attr_names (names, seen, attrs_of (items->pdata[i]));
  g_autofree const char **row = g_new0 (const char *, n_std);
  g_autofree gboolean *used = g_new0 (gboolean, n_std);
  /* Strings made for a row (joined aliases), freed with the table. */
  g_autoptr (GPtrArray) pool = g_ptr_array_new_with_free_func (g_free);
  char numbuf[2 * G_ASCII_DTOSTR_BUF_SIZE + 2 * BRI_DATE_STRLEN];
  for (guint j = 0; j < n_required; j++)
    used[j] = TRUE;
  for (guint r = 0; r < items->len; r++)
    {
      memset (row, 0, n_std * sizeof *row);
      fill (items->pdata[r], row, numbuf, pool);
      for (guint j = 0; j < n_std; j++)
        used[j] |= row[j] && *row[j];
      g_ptr_array_set_size (pool, 0);
    }
  g_autoptr (GArray) cols = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint j = 0; j < n_std; j++)
    if (used[j])
      g_array_append_val (cols, j);
  guint n = cols->len + names->len;
  if (n > BRI_MAX_COLUMNS)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_LIMIT,
                   "%s would have %u columns (%u attribute names), the limit "
                   "is %u: nothing was written", file, n, names->len,
                   BRI_MAX_COLUMNS);
      return NULL;
    }
  g_autofree const char **fields = g_new0 (const char *, n);
  GString *out = g_string_sized_new (4096);
  for (guint i = 0; i < n; i++)
    fields[i] = i < cols->len ? std[g_array_index (cols, guint, i)]
                              : g_ptr_array_index (names, i - cols->len);
  bri__csv_put_row (out, fields, n, "\n");
  for (guint r = 0; r < items->len; r++)
    {
      gconstpointer item = items->pdata[r];
      memset (row, 0, n_std * sizeof *row);
      fill (item, row, numbuf, pool);
      for (guint i = 0; i < cols->len; i++)
        fields[i] = row[g_array_index (cols, guint, i)];
      BriAttrs attrs = attrs_of (item);
      for (guint i = 0; i < names->len; i++)
        fields[cols->len + i] = bri__attrs_get (attrs, g_ptr_array_index (names, i));
      bri__csv_put_row (out, fields, n, "\n");
      g_ptr_array_set_size (pool, 0);
    }
  return out;
}

static void
fill_entity (gconstpointer item, const char **f, char *buf, GPtrArray *pool)
{
  const BriEntity *e = item;
  f[0] = e->id;
  f[1] = e->kind;
  f[2] = e->name;
  f[3] = e->name_zh;
  if (e->aliases && e->aliases->len)
    {
      GString *joined = g_string_new (NULL);
      for (guint i = 0; i < e->aliases->len; i++)
        g_string_append_printf (joined, "%s%s", i ? "|" : "",
                                (char *) e->aliases->pdata[i]);
      g_ptr_array_add (pool, g_string_free (joined, FALSE));
      f[4] = g_ptr_array_index (pool, pool->len - 1);
    }
  f[5] = e->code;
  f[6] = e->parent_id;
}

static void
fill_relation (gconstpointer item, const char **f, char *buf, GPtrArray *pool)
{
  const BriRelation *r = item;
  f[0] = bri__relation_kind_name (r);
  f[1] = bri__relation_from_id (r);
  f[2] = bri__relation_to_id (r);
  f[3] = bri_date_format (r->date, buf);
  f[4] = bri_date_format (r->end_date, buf + BRI_DATE_STRLEN);
  f[5] = r->title;
  f[6] = r->sector;
  f[7] = bri__relation_via_id (r);
  f[8] = r->event;
  f[9] = format_number (r->weight, buf + 2 * BRI_DATE_STRLEN, G_ASCII_DTOSTR_BUF_SIZE);
  f[10] = r->source;
  f[11] = r->evidence;
  f[12] = format_number (r->confidence,
                         buf + 2 * BRI_DATE_STRLEN + G_ASCII_DTOSTR_BUF_SIZE,
                         G_ASCII_DTOSTR_BUF_SIZE);
}

static void
fill_source (gconstpointer item, const char **f, char *buf, GPtrArray *pool)
{
  const BriSource *s = item;
  f[0] = s->id;
  f[1] = s->title;
  f[2] = s->publisher;
  f[3] = bri_date_format (s->date, buf);
  f[4] = s->url;
  f[5] = s->language;
  f[6] = s->file;
}

static void
fill_kind (gconstpointer item, const char **f, char *buf, GPtrArray *pool)
{
  const BriKind *k = item;
  f[0] = k->name;
  f[1] = k->directed ? "true" : "false";
  f[2] = k->description;
}

static BriAttrs entity_attrs (gconstpointer e) { return ((const BriEntity *) e)->attrs; }
static BriAttrs relation_attrs (gconstpointer r) { return ((const BriRelation *) r)->attrs; }
static BriAttrs source_attrs (gconstpointer s) { return ((const BriSource *) s)->attrs; }
static BriAttrs no_attrs (gconstpointer k) { return NULL; }

gboolean
bri_graph_save_dir (const BriGraph *graph, const char *dir, GError **error)
{
  g_return_val_if_fail (graph != NULL && dir != NULL, FALSE);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   "%s: no such directory, expected an existing directory", dir);
      return FALSE;
    }
  g_autoptr (GPtrArray) declared = g_ptr_array_new ();
  for (guint i = 0; i < graph->kinds->len; i++)
    if (!((BriKind *) graph->kinds->pdata[i])->builtin)
      g_ptr_array_add (declared, graph->kinds->pdata[i]);

  struct {
    const char *name;
    GString *content;
  } files[] = {
    { "kinds.csv", NULL }, { "sources.csv", NULL },
    { "entities.csv", NULL }, { "relations.csv", NULL },
  };
  if (!(files[0].content = render ("kinds.csv", bri__kind_columns, 2, declared,
                                   fill_kind, no_attrs, error))
      || !(files[1].content = render ("sources.csv", bri__source_columns, 1,
                                      graph->sources, fill_source, source_attrs, error))
      || !(files[2].content = render ("entities.csv", bri__entity_columns, 3,
                                      graph->entities, fill_entity, entity_attrs, error))
      || !(files[3].content = render ("relations.csv", bri__relation_columns, 3,
                                      graph->relations, fill_relation, relation_attrs,
                                      error)))
    {
      for (guint i = 0; i < G_N_ELEMENTS (files); i++)
        if (files[i].content)
          g_string_free (files[i].content, TRUE);
      return FALSE;
    }

  const char *names[G_N_ELEMENTS (files)];
  char *tmps[G_N_ELEMENTS (files)] = { NULL };
  gboolean ok = bri__journal_recover (dir, error);
  /* A target that a rename could not replace is found before any rename. */
  for (guint i = 0; i < G_N_ELEMENTS (files) && ok; i++)
    {
      names[i] = files[i].name;
      g_autofree char *final = g_build_filename (dir, files[i].name, NULL);
      if (g_file_test (final, G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                       "%s: is a directory, expected a file or nothing", final);
          ok = FALSE;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (files) && ok; i++)
    ok = (tmps[i] = bri__atomic_write_temp (dir, files[i].name, files[i].content->str,
                                     files[i].content->len, error)) != NULL;
  if (ok && bri__journal_commit (dir, tmps, names, G_N_ELEMENTS (files), error))
    ok = bri__journal_apply (dir, tmps, names, G_N_ELEMENTS (files), error);
  else
    {
      /* Not committed: the old files stand; remove what was written. */
      for (guint i = 0; i < G_N_ELEMENTS (files); i++)
        if (tmps[i])
          g_unlink (tmps[i]);
      ok = FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_free (tmps[i]);
      g_string_free (files[i].content, TRUE);
    }
  return ok;
}
