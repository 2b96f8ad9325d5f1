/* libbri/io/bundled.c — where the bundled data sets are: $BRI_DATA, else the
 * installed $(pkgdatadir); and a graph loaded with them (bri/io.h). */
#include "config.h"
#include <string.h>
#include <bri/bri.h>

/* The bundled data sets, in load order (later ones refer to earlier ones):
 * the gazetteer's entities, the bulletins' sources, the curated relations. */
static const struct {
  const char *dir;
  BriBundled part;
} parts[] = {
  { "gazetteer", BRI_BUNDLED_GAZETTEER },
  { "seeds", BRI_BUNDLED_RELATIONS },
  { "bri", BRI_BUNDLED_RELATIONS },
};

const char *
bri_data_dir (void)
{
  const char *env = g_getenv ("BRI_DATA");
  return env && *env ? env : BRI_PKGDATADIR;
}

char **
bri_data_dirs (const char *root, BriBundled which, GError **error)
{
  g_return_val_if_fail ((which & ~BRI_BUNDLED_ALL) == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (!root)
    root = bri_data_dir ();
  g_autoptr (GPtrArray) dirs = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (!(which & parts[i].part))
        continue;
      char *dir = g_build_filename (root, parts[i].dir, NULL);
      g_ptr_array_add (dirs, dir);
      if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                       "%s: no such directory: the bundled data is installed "
                       "with libbri in %s; set BRI_DATA to the directory that "
                       "holds gazetteer/, seeds/ and bri/",
                       dir, BRI_PKGDATADIR);
          return NULL;
        }
    }
  g_ptr_array_add (dirs, NULL);
  return (char **) g_ptr_array_steal (dirs, NULL);
}

BriGraph *
bri_graph_new_bundled (BriBundled which, GError **error)
{
  g_return_val_if_fail ((which & ~BRI_BUNDLED_ALL) == 0, NULL);
  g_auto (GStrv) dirs = bri_data_dirs (NULL, which, error);
  if (!dirs)
    return NULL;
  return bri_graph_new_from_dirs ((const char *const *) dirs, error);
}
