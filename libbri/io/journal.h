/* libbri/io/journal.h — crash-safe replacement of a data set's files
 * (journal.c; the files themselves are written by atomic-file.c): what
 * loading and saving a data set directory share. Never installed. */
#ifndef BRI_JOURNAL_H
#define BRI_JOURNAL_H

#include <glib.h>

GHashTable *bri__journal_read (const char *dir);
gboolean bri__journal_recover (const char *dir, GError **error);
gboolean bri__journal_commit (const char *dir, char *const *tmps,
                              const char *const *names, guint n, GError **error);
gboolean bri__journal_apply (const char *dir, char **tmps, const char *const *names,
                             guint n, GError **error);

#endif /* BRI_JOURNAL_H */
