/* libbri/io/journal.c — crash-safe replacement of a data set's files.
 *
 * Saving writes every new file to a temporary file beside the old one
 * (`.entities.csv.XXXXXX`, by atomic-file.c), flushes it, then writes the journal
 * `.bri-journal` — one `TEMP<TAB>FINAL` line per file — through a
 * temporary file and a rename: that rename is the commit point. Then each
 * temporary file is renamed over its final name, and the journal is
 * removed. A process killed at any moment leaves either
 *   - no journal: the old files are the data set (stray temporary files are
 *     ignored by loading and removed by the next save), or
 *   - a journal: the data set is the new one; loading reads each file from
 *     its temporary name while that still exists (bri__journal_read()), and
 *     the next save finishes the renames (bri__journal_recover()).
 * Loading never writes; only saving repairs. */
#include "config.h"
#include <string.h>
#include <bri/bri.h>
#include "io/atomic-file.h"
#include "io/journal.h"
#include <errno.h>
#include <glib/gstdio.h>

#define JOURNAL ".bri-journal"

static const char *const data_files[] = {
  "kinds.csv", "sources.csv", "entities.csv", "relations.csv", NULL,
};

/* final basename -> absolute temporary path, for the temporary files that
 * still exist; NULL without a journal. */
GHashTable *
bri__journal_read (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, JOURNAL, NULL);
  g_autofree char *text = NULL;
  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto (GStrv) pair = g_strsplit (lines[i], "\t", 2);
      if (!pair[0] || !pair[1] || !g_strv_contains (data_files, pair[1])
          || strchr (pair[0], '/'))
        continue;
      char *tmp = g_build_filename (dir, pair[0], NULL);
      if (g_file_test (tmp, G_FILE_TEST_IS_REGULAR))
        g_hash_table_insert (map, g_strdup (pair[1]), tmp);
      else
        g_free (tmp);
    }
  return map;
}

static gboolean
is_stray_temp (const char *name)
{
  if (g_str_has_prefix (name, JOURNAL "."))
    return TRUE;
  for (guint i = 0; data_files[i]; i++)
    if (name[0] == '.' && g_str_has_prefix (name + 1, data_files[i])
        && name[1 + strlen (data_files[i])] == '.'
        && strlen (name + 2 + strlen (data_files[i])) == 6)
      return TRUE;
  return FALSE;
}

/* Finishes an interrupted save (renames still pending), then removes the
 * journal and any temporary file a killed save left behind. */
gboolean
bri__journal_recover (const char *dir, GError **error)
{
  g_autoptr (GHashTable) pending = bri__journal_read (dir);
  if (pending)
    {
      GHashTableIter it;
      gpointer final, tmp;
      g_hash_table_iter_init (&it, pending);
      while (g_hash_table_iter_next (&it, &final, &tmp))
        {
          g_autofree char *target = g_build_filename (dir, final, NULL);
          if (g_rename (tmp, target) != 0)
            return bri__set_errno_error (error, errno,
                                         "cannot finish an interrupted save", target);
        }
      bri__atomic_sync_dir (dir);
      g_autofree char *journal = g_build_filename (dir, JOURNAL, NULL);
      if (g_unlink (journal) != 0 && errno != ENOENT)
        return bri__set_errno_error (error, errno, "cannot remove", journal);
    }
  GDir *d = g_dir_open (dir, 0, NULL);
  const char *name;
  while (d && (name = g_dir_read_name (d)))
    if (is_stray_temp (name))
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);
        g_unlink (p);
      }
  if (d)
    g_dir_close (d);
  return TRUE;
}

/* The commit point: after this returns TRUE the new files are the data set. */
gboolean
bri__journal_commit (const char *dir, char *const *tmps, const char *const *names,
                     guint n, GError **error)
{
  GString *text = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *base = g_path_get_basename (tmps[i]);
      g_string_append_printf (text, "%s\t%s\n", base, names[i]);
    }
  /* The name without its dot: bri__atomic_write_temp adds the dot and a random
   * suffix, giving `.bri-journal.` and six characters. */
  g_autofree char *tmp = bri__atomic_write_temp (dir, &JOURNAL[1], text->str, text->len, error);
  g_string_free (text, TRUE);
  if (!tmp)
    return FALSE;
  g_autofree char *journal = g_build_filename (dir, JOURNAL, NULL);
  if (g_rename (tmp, journal) != 0)
    {
      int saved = errno;
      g_unlink (tmp);
      return bri__set_errno_error (error, saved, "cannot rename over", journal);
    }
  bri__atomic_sync_dir (dir);
  return TRUE;
}

/* Renames the committed temporary files into place and removes the
 * journal. A failed rename is retried once; if it fails again the journal
 * stays (the data set reads as the new one) and the next save finishes. */
gboolean
bri__journal_apply (const char *dir, char **tmps, const char *const *names, guint n,
                    GError **error)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *final = g_build_filename (dir, names[i], NULL);
      if (g_rename (tmps[i], final) != 0 && g_rename (tmps[i], final) != 0)
        {
          int saved = errno;
          return bri__set_errno_error (error, saved,
                                       "cannot rename over (the new data set is "
                                       "committed; the next save completes it)",
                                       final);
        }
      g_clear_pointer (&tmps[i], g_free);
    }
  bri__atomic_sync_dir (dir);
  g_autofree char *journal = g_build_filename (dir, JOURNAL, NULL);
  if (g_unlink (journal) != 0)
    g_unlink (journal);
  bri__atomic_sync_dir (dir);
  return TRUE;
}
