/* libbri/save.c — bri_graph_save_dir(): the graph as CSV files, written
 * atomically. Every file is written in full to a temporary file in the
 * target directory and flushed; only when all are written are they renamed
 * over the old ones. Quoting goes through libcsv's writer. */
#include "config.h"
#include "bri-private.h"
#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

/* ---- CSV encoding ---------------------------------------------------- */

static gboolean
needs_quotes (const char *s)
{
  return strpbrk (s, ",\"\r\n") != NULL;
}

static void
put_field (GString *out, gboolean first, const char *s)
{
  if (!first)
    g_string_append_c (out, ',');
  if (!s)
    return;
  size_t len = strlen (s);
  if (!needs_quotes (s))
    {
      g_string_append_len (out, s, len);
      return;
    }
  size_t need = csv_write (NULL, 0, s, len);
  gsize at = out->len;
  g_string_set_size (out, at + need);
  csv_write (out->str + at, need, s, len);
}

static void
put_row (GString *out, const char *const *fields, guint n)
{
  for (guint i = 0; i < n; i++)
    put_field (out, i == 0, fields[i]);
  g_string_append_c (out, '\n');
}

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

/* Writes a table: the standard header, the extra names, then one row per
 * item from @fill (which sets the first @n_std fields). */
typedef void (*FillFunc) (gconstpointer item, const char **fields, char *numbuf,
                          GPtrArray *pool);
typedef BriAttrs (*AttrsFunc) (gconstpointer item);

static GString *
render (const char *const *std, guint n_std, GPtrArray *items, FillFunc fill,
        AttrsFunc attrs_of)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < items->len; i++)
    collect_attr_names (names, seen, attrs_of (items->pdata[i]));
  guint n = n_std + names->len;
  g_autofree const char **fields = g_new0 (const char *, n);
  GString *out = g_string_sized_new (4096);
  /* Strings made for one row (joined aliases), freed with the table. */
  g_autoptr (GPtrArray) pool = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n; i++)
    fields[i] = i < n_std ? std[i] : g_ptr_array_index (names, i - n_std);
  put_row (out, fields, n);
  char numbuf[2 * G_ASCII_DTOSTR_BUF_SIZE + 2 * BRI_DATE_STRLEN];
  for (guint r = 0; r < items->len; r++)
    {
      gconstpointer item = items->pdata[r];
      memset (fields, 0, n * sizeof *fields);
      fill (item, fields, numbuf, pool);
      BriAttrs attrs = attrs_of (item);
      for (guint i = 0; i < names->len; i++)
        fields[n_std + i] = bri__attrs_get (attrs, g_ptr_array_index (names, i));
      put_row (out, fields, n);
    }
  return out;
}

static const char *const entity_cols[] = { "id", "kind", "name", "name_zh",
                                           "aliases", "code", "parent" };
static const char *const relation_cols[] = { "kind", "from", "to", "date", "end_date",
                                             "title", "sector", "via", "event",
                                             "weight", "source", "evidence",
                                             "confidence" };
static const char *const source_cols[] = { "id", "title", "publisher", "date",
                                           "url", "language", "file" };
static const char *const kind_cols[] = { "kind", "directed", "description" };

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
  f[0] = r->kind_name;
  f[1] = r->from_id;
  f[2] = r->to_id;
  f[3] = bri_date_format (r->date, buf);
  f[4] = bri_date_format (r->end_date, buf + BRI_DATE_STRLEN);
  f[5] = r->title;
  f[6] = r->sector;
  f[7] = r->via_id;
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

/* ---- atomic writing -------------------------------------------------- */

static gboolean
set_errno_error (GError **error, int saved, const char *what, const char *path)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
               "%s: %s: %s", path, what, g_strerror (saved));
  return FALSE;
}

/* Writes @content to a new temporary file beside @final; returns its name. */
static char *
write_temp (const char *dir, const char *name, const GString *content, GError **error)
{
  char *tmp = g_strdup_printf ("%s/.%s.XXXXXX", dir, name);
  int fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      set_errno_error (error, errno, "cannot create a temporary file", tmp);
      g_free (tmp);
      return NULL;
    }
  /* g_mkstemp_full() creates 0600; give the file the umask's permissions. */
  mode_t mask = umask (0);
  umask (mask);
  fchmod (fd, 0666 & ~mask);
  const char *p = content->str;
  gsize left = content->len;
  while (left > 0)
    {
      ssize_t n = write (fd, p, left);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          close (fd);
          g_unlink (tmp);
          set_errno_error (error, saved, "cannot write", tmp);
          g_free (tmp);
          return NULL;
        }
      p += n;
      left -= n;
    }
  if (fsync (fd) != 0 || close (fd) != 0)
    {
      int saved = errno;
      g_unlink (tmp);
      set_errno_error (error, saved, "cannot flush", tmp);
      g_free (tmp);
      return NULL;
    }
  return tmp;
}

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
    { "kinds.csv", render (kind_cols, 3, declared, fill_kind, no_attrs) },
    { "sources.csv", render (source_cols, 7, graph->sources, fill_source, source_attrs) },
    { "entities.csv", render (entity_cols, 7, graph->entities, fill_entity, entity_attrs) },
    { "relations.csv", render (relation_cols, 13, graph->relations, fill_relation,
                               relation_attrs) },
  };

  char *tmps[G_N_ELEMENTS (files)] = { NULL };
  gboolean ok = TRUE;
  /* A target that a rename could not replace is found before any rename. */
  for (guint i = 0; i < G_N_ELEMENTS (files) && ok; i++)
    {
      g_autofree char *final = g_build_filename (dir, files[i].name, NULL);
      if (g_file_test (final, G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                       "%s: is a directory, expected a file or nothing", final);
          ok = FALSE;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (files) && ok; i++)
    ok = (tmps[i] = write_temp (dir, files[i].name, files[i].content, error)) != NULL;
  for (guint i = 0; i < G_N_ELEMENTS (files) && ok; i++)
    {
      g_autofree char *final = g_build_filename (dir, files[i].name, NULL);
      if (g_rename (tmps[i], final) != 0)
        ok = set_errno_error (error, errno, "cannot rename over", final);
      else
        g_clear_pointer (&tmps[i], g_free);
    }
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      if (tmps[i])
        g_unlink (tmps[i]);
      g_free (tmps[i]);
      g_string_free (files[i].content, TRUE);
    }
  if (ok)
    {
      int dfd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
      if (dfd >= 0)
        {
          fsync (dfd);
          close (dfd);
        }
    }
  return ok;
}
