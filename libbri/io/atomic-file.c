/* libbri/io/atomic-file.c — temporary file, fsync, rename, directory fsync:
 * the strategy described in atomic-file.h. */
#include "config.h"
#include <string.h>
#include <bri/bri.h>
#include "io/atomic-file.h"
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

gboolean
bri__set_errno_error (GError **error, int saved, const char *what, const char *path)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
               "%s: %s: %s", path, what, g_strerror (saved));
  return FALSE;
}

void
bri__atomic_sync_dir (const char *dir)
{
  int dfd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0)
    {
      fsync (dfd);
      close (dfd);
    }
}

/* Gives up on the temporary file @tmp (fd @fd, or -1 when closed): removes
 * it and sets @error from @saved. */
static char *
abandon (int fd, char *tmp, int saved, const char *what, GError **error)
{
  if (fd >= 0)
    close (fd);
  g_unlink (tmp);
  bri__set_errno_error (error, saved, what, tmp);
  g_free (tmp);
  return NULL;
}

char *
bri__atomic_write_temp (const char *dir, const char *name, const void *data, gsize len,
                        GError **error)
{
  char *tmp = g_strdup_printf ("%s/.%s.XXXXXX", dir, name);
  /* The mode 0666 goes through the process umask, like any new file's. */
  int fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      bri__set_errno_error (error, errno, "cannot create a temporary file", tmp);
      g_free (tmp);
      return NULL;
    }
  const char *p = data;
  while (len > 0)
    {
      ssize_t n = write (fd, p, len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return abandon (fd, tmp, errno, "cannot write", error);
      p += n;
      len -= (gsize) n;
    }
  if (fsync (fd) != 0)
    return abandon (fd, tmp, errno, "cannot flush", error);
  if (close (fd) != 0)
    return abandon (-1, tmp, errno, "cannot close", error);
  return tmp;
}

/* The @n files @paths get @data[i] of @len[i] bytes. */
static gboolean
write_all (const char *const *paths, const char *const *data, const gsize *len, guint n,
           GError **error)
{
  for (guint i = 0; i < n; i++)
    if (g_file_test (paths[i], G_FILE_TEST_IS_DIR))
      {
        g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                     "%s: is a directory, expected a file or nothing", paths[i]);
        return FALSE;
      }
  g_autofree char **tmps = g_new0 (char *, n + 1);
  gboolean ok = TRUE;
  for (guint i = 0; i < n && ok; i++)
    {
      g_autofree char *dir = g_path_get_dirname (paths[i]);
      g_autofree char *base = g_path_get_basename (paths[i]);
      tmps[i] = bri__atomic_write_temp (dir, base, data[i], len[i], error);
      ok = tmps[i] != NULL;
    }
  for (guint i = 0; i < n && ok; i++)
    {
      if (g_rename (tmps[i], paths[i]) != 0)
        ok = bri__set_errno_error (error, errno, "cannot rename over", paths[i]);
      else
        g_clear_pointer (&tmps[i], g_free);
    }
  for (guint i = 0; i < n; i++)
    {
      if (tmps[i])
        g_unlink (tmps[i]);
      g_free (tmps[i]);
    }
  /* Each directory once. */
  g_autoptr (GHashTable) synced = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                         g_free, NULL);
  for (guint i = 0; i < n && ok; i++)
    {
      char *dir = g_path_get_dirname (paths[i]);
      if (g_hash_table_add (synced, dir))
        bri__atomic_sync_dir (dir);
    }
  return ok;
}

gboolean
bri__atomic_write_files (const char *const *paths, const GString *const *contents,
                         guint n, GError **error)
{
  g_autofree const char **data = g_new0 (const char *, n + 1);
  g_autofree gsize *len = g_new0 (gsize, n + 1);
  for (guint i = 0; i < n; i++)
    {
      data[i] = contents[i]->str;
      len[i] = contents[i]->len;
    }
  return write_all (paths, data, len, n, error);
}

gboolean
bri__atomic_write_file (const char *path, const void *data, gsize len, GError **error)
{
  const char *d = data;
  return write_all (&path, &d, &len, 1, error);
}
