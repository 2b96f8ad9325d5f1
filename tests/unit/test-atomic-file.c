/* tests/unit/test-atomic-file.c — the one atomic file writer
 * (libbri/io/atomic-file.c is compiled into the test): new and replaced
 * files get the whole new content, nothing but the targets is left in the
 * directory, and a failure before the renames leaves every target as it
 * was, with no temporary file behind. */
#include "config.h"

#include "test-util.h"
#include <errno.h>
#include <sys/stat.h>

#include "core/core-private.h"
#include "io/atomic-file.h"

static gint
by_name (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The names in @dir, sorted, joined by spaces. */
static char *
listing (const char *dir)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDir *d = g_dir_open (dir, 0, NULL);
  cr_assert_not_null (d);
  const char *name;
  while ((name = g_dir_read_name (d)))
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (d);
  g_ptr_array_sort (names, by_name);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

Test (atomic_file, writes_a_new_file)
{
  g_autofree char *tmp = test_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "out.txt", NULL);
  g_autoptr (GError) error = NULL;
  cr_assert (bri__atomic_write_file (path, "hello\0world", 11, &error), "%s",
             error ? error->message : "");
  gchar *data = NULL;
  gsize len = 0;
  cr_assert (g_file_get_contents (path, &data, &len, NULL));
  cr_expect_eq (len, 11);
  cr_expect (memcmp (data, "hello\0world", 11) == 0);
  g_free (data);
  /* The mode is 0666 through the umask, as for any new file. */
  mode_t mask = umask (0);
  umask (mask);
  GStatBuf st;
  cr_assert_eq (g_stat (path, &st), 0);
  cr_expect_eq (st.st_mode & 0777, 0666 & ~mask);
  g_autofree char *names = listing (tmp);
  cr_expect_str_eq (names, "out.txt");
  test_rm_rf (tmp);
}

Test (atomic_file, replaces_several_files)
{
  g_autofree char *tmp = test_tmpdir ();
  test_write (tmp, "a.csv", "old a\n");
  test_write (tmp, "b.csv", "old b\n");
  g_autofree char *a = g_build_filename (tmp, "a.csv", NULL);
  g_autofree char *b = g_build_filename (tmp, "b.csv", NULL);
  g_autofree char *c = g_build_filename (tmp, "c.csv", NULL);
  const char *paths[] = { a, b, c };
  g_autoptr (GString) ca = g_string_new ("new a\n");
  g_autoptr (GString) cb = g_string_new ("");
  g_autoptr (GString) cc = g_string_new ("new c\n");
  const GString *contents[] = { ca, cb, cc };
  g_autoptr (GError) error = NULL;
  cr_assert (bri__atomic_write_files (paths, contents, 3, &error), "%s",
             error ? error->message : "");
  g_autofree char *ra = test_read (tmp, "a.csv");
  g_autofree char *rb = test_read (tmp, "b.csv");
  g_autofree char *rc = test_read (tmp, "c.csv");
  cr_expect_str_eq (ra, "new a\n");
  cr_expect_str_eq (rb, "");
  cr_expect_str_eq (rc, "new c\n");
  g_autofree char *names = listing (tmp);
  cr_expect_str_eq (names, "a.csv b.csv c.csv");
  test_rm_rf (tmp);
}

Test (atomic_file, a_directory_target_writes_nothing)
{
  g_autofree char *tmp = test_tmpdir ();
  test_write (tmp, "a.csv", "old a\n");
  g_autofree char *a = g_build_filename (tmp, "a.csv", NULL);
  g_autofree char *sub = g_build_filename (tmp, "sub", NULL);
  cr_assert_eq (g_mkdir (sub, 0777), 0);
  const char *paths[] = { a, sub };
  g_autoptr (GString) ca = g_string_new ("new a\n");
  g_autoptr (GString) cs = g_string_new ("x");
  const GString *contents[] = { ca, cs };
  g_autoptr (GError) error = NULL;
  cr_assert_not (bri__atomic_write_files (paths, contents, 2, &error));
  cr_assert (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR));
  g_autofree char *want = g_strdup_printf ("%s: is a directory, expected a file or nothing", sub);
  cr_expect_str_eq (error->message, want);
  g_autofree char *ra = test_read (tmp, "a.csv");
  cr_expect_str_eq (ra, "old a\n");
  g_autofree char *names = listing (tmp);
  cr_expect_str_eq (names, "a.csv sub");
  test_rm_rf (tmp);
}

Test (atomic_file, a_failed_write_leaves_old_files_and_no_temporary)
{
  g_autofree char *tmp = test_tmpdir ();
  test_write (tmp, "a.csv", "old a\n");
  g_autofree char *a = g_build_filename (tmp, "a.csv", NULL);
  /* The second target's directory does not exist: its temporary file
   * cannot be made, after the first one was written. */
  g_autofree char *missing = g_build_filename (tmp, "nodir", "b.csv", NULL);
  const char *paths[] = { a, missing };
  g_autoptr (GString) ca = g_string_new ("new a\n");
  g_autoptr (GString) cb = g_string_new ("new b\n");
  const GString *contents[] = { ca, cb };
  g_autoptr (GError) error = NULL;
  cr_assert_not (bri__atomic_write_files (paths, contents, 2, &error));
  cr_assert (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT), "%s", error->message);
  cr_expect (strstr (error->message, ": cannot create a temporary file: ") != NULL, "%s",
             error->message);
  g_autofree char *ra = test_read (tmp, "a.csv");
  cr_expect_str_eq (ra, "old a\n");
  g_autofree char *names = listing (tmp);
  cr_expect_str_eq (names, "a.csv");
  test_rm_rf (tmp);
}

Test (atomic_file, temporary_names_and_errno_errors)
{
  g_autofree char *tmp = test_tmpdir ();
  g_autoptr (GError) error = NULL;
  g_autofree char *t = bri__atomic_write_temp (tmp, "x.csv", "abc", 3, &error);
  cr_assert_not_null (t, "%s", error ? error->message : "");
  g_autofree char *base = g_path_get_basename (t);
  cr_expect (g_str_has_prefix (base, ".x.csv.") && strlen (base) == strlen (".x.csv.") + 6,
             "%s", base);
  g_autofree char *rt = test_read (tmp, base);
  cr_expect_str_eq (rt, "abc");
  g_autoptr (GError) e2 = NULL;
  cr_assert_not (bri__set_errno_error (&e2, ENOENT, "cannot open", "/x/y"));
  cr_assert (g_error_matches (e2, G_FILE_ERROR, G_FILE_ERROR_NOENT));
  g_autofree char *want = g_strdup_printf ("/x/y: cannot open: %s", g_strerror (ENOENT));
  cr_expect_str_eq (e2->message, want);
  test_rm_rf (tmp);
}
