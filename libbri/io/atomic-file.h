/* libbri/io/atomic-file.h — the one way libbri replaces files.
 *
 * The strategy: each file's new content is written in full to a temporary
 * file in the target's own directory (`.NAME.XXXXXX`, mode 0666 through
 * the umask, as any new file), fsync'ed and closed; only then is it
 * renamed over the target (rename(2) replaces atomically); then the
 * directory is fsync'ed so the rename itself is durable. A reader sees the
 * old file or the new one, never a part. On failure before the rename the
 * temporary file is removed and the target is untouched.
 *
 * Several files (bri__atomic_write_files) are all written before the
 * first rename, so a failure while writing leaves every target as it was.
 * The renames themselves are not one step; the data set save needs that
 * and adds a journal on top (journal.c). Never installed. */
#ifndef BRI_ATOMIC_FILE_H
#define BRI_ATOMIC_FILE_H

#include <glib.h>

/* Writes @data to a new temporary file `DIR/.NAME.XXXXXX`, fsync'ed and
 * closed; returns its path (g_free) or NULL with @error set (nothing is
 * left behind). */
char *bri__atomic_write_temp (const char *dir, const char *name, const void *data,
                              gsize len, GError **error);

/* fsync()s the directory @dir, so that renames in it survive a crash.
 * Best effort: a directory that cannot be opened is not an error. */
void bri__atomic_sync_dir (const char *dir);

/* Replaces the @n files @paths with @contents (each written in full to its
 * temporary file first, then all renamed, then each directory fsync'ed).
 * A path naming a directory is a G_FILE_ERROR_ISDIR, found before anything
 * is written. On any failure no temporary file is left; a rename failure
 * may leave the files renamed before it replaced. */
gboolean bri__atomic_write_files (const char *const *paths, const GString *const *contents,
                                  guint n, GError **error);

/* bri__atomic_write_files() for one file. */
gboolean bri__atomic_write_file (const char *path, const void *data, gsize len,
                                 GError **error);

/* A G_FILE_ERROR from errno @saved_errno: "PATH: WHAT: strerror"; returns
 * FALSE. The file writers' error; also used by readers of files. */
gboolean bri__set_errno_error (GError **error, int saved_errno, const char *what,
                               const char *path);

#endif /* BRI_ATOMIC_FILE_H */
