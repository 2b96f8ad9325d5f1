/* fuzz/fuzz-common.h — what the libFuzzer targets share: a scratch
 * directory per process, the split of one input into a data set's files,
 * a small fixed graph, and a check that stops the run on a broken
 * invariant (abort(), which libFuzzer reports as a crash with the input).
 *
 * The data set input format (fuzz-load, fuzz-roundtrip): byte 0 is a mask,
 * the rest is cut at every 0xFF byte (never valid UTF-8, so it costs no
 * coverage) into up to six segments:
 *   0 kinds.csv   1 sources.csv   2 entities.csv   3 relations.csv
 *   4 .bri-journal                5 .entities.csv.FUZZ01 (a "temporary" file)
 * Bit i of the mask (i < 6) says whether file i exists (a segment that is
 * absent or empty with its bit set gives an empty file); bit 6 loads the
 * data set on top of the fixed base graph below instead of an empty graph;
 * bit 7 (fuzz-load only) loads it a second time on top of itself. */
#ifndef BRI_FUZZ_COMMON_H
#define BRI_FUZZ_COMMON_H

#include <bri/bri.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The libFuzzer entry points (prototypes for -Wmissing-prototypes). */
int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond)                                                     \
  do {                                                                       \
    if (!(cond))                                                             \
      {                                                                      \
        fprintf (stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, \
                 #cond);                                                     \
        abort ();                                                            \
      }                                                                      \
  } while (0)

#define FUZZ_N_FILES 6
static const char *const fuzz_file_names[FUZZ_N_FILES] = {
  "kinds.csv", "sources.csv", "entities.csv", "relations.csv",
  ".bri-journal", ".entities.csv.FUZZ01",
};

/* A scratch directory on tmpfs when there is one (saving fsyncs). */
static inline char *
fuzz_make_dir (const char *tag)
{
  const char *base = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm"
                                                                   : g_get_tmp_dir ();
  char *tmpl = g_strdup_printf ("%s/bri-fuzz-%s-XXXXXX", base, tag);
  if (g_mkdtemp (tmpl) == NULL)
    {
      perror (tmpl);
      abort ();
    }
  return tmpl;
}

/* Removes every file in @dir (none of the targets makes subdirectories). */
static inline void
fuzz_empty_dir (const char *dir)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  if (d == NULL)
    return;
  const char *name;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
      g_free (path);
    }
  g_dir_close (d);
}

static inline void
fuzz_remove_dir (const char *dir)
{
  fuzz_empty_dir (dir);
  g_rmdir (dir);
}

static inline void
fuzz_write (const char *dir, const char *name, const uint8_t *data, size_t len)
{
  char *path = g_build_filename (dir, name, NULL);
  FILE *f = fopen (path, "wb");
  if (f == NULL || (len > 0 && fwrite (data, 1, len, f) != len) || fclose (f) != 0)
    {
      perror (path);
      abort ();
    }
  g_free (path);
}

/* Writes the data set files of one input into @dir (emptied first).
 * Returns the mask byte. */
static inline unsigned
fuzz_write_data_set (const char *dir, const uint8_t *data, size_t size)
{
  fuzz_empty_dir (dir);
  if (size == 0)
    return 0;
  unsigned mask = data[0];
  const uint8_t *p = data + 1, *end = data + size;
  for (unsigned i = 0; i < FUZZ_N_FILES; i++)
    {
      const uint8_t *cut = p < end ? memchr (p, 0xFF, (size_t) (end - p)) : NULL;
      const uint8_t *seg_end = cut ? cut : end;
      size_t len = p < end ? (size_t) (seg_end - p) : 0;
      if (mask & (1u << i))
        fuzz_write (dir, fuzz_file_names[i], p, len);
      p = cut ? cut + 1 : end;
    }
  return mask;
}

/* The fixed base graph: two countries, a province, a city, a forum, one
 * declared kind, a source and two relations. */
static inline BriGraph *
fuzz_base_graph (void)
{
  static const char kinds[] = "kind,directed,description\nsupplied,true,goods\n";
  static const char sources[] =
    "id,title,publisher,date,url,language,file\n"
    "s1,Bulletin,MOFCOM,2024-06,https://example.org/1,zh,b1.txt\n";
  static const char entities[] =
    "id,kind,name,name_zh,aliases,code,parent,note\n"
    "country:CN,country,China,中国,中方|PRC|中華人民共和國,CN,,\n"
    "country:LA,country,Laos,老挝,老撾|老方|Lao PDR,LA,,x\n"
    "province:CN-YN,province,Yunnan,云南省,雲南|滇,CN-YN,country:CN,\n"
    "city:kunming,city,Kunming,昆明,昆明市,,province:CN-YN,\n"
    "forum:expo,forum,China-South Asia Expo,中国—南亚博览会,南博会,,,\n";
  static const char relations[] =
    "kind,from,to,date,end_date,title,sector,via,event,weight,source,evidence,confidence\n"
    "signed_agreement,country:CN,country:LA,2024-06-27,,《合作协议》,rail,,e1,2,s1,中老签署协议。,0.9\n"
    "freight_corridor,city:kunming,country:LA,2024,2025-01,,,province:CN-YN,,1.5,s1,,\n"
    "supplied,country:CN,country:LA,,,,,,,,,,\n";
  char *dir = fuzz_make_dir ("base");
  fuzz_write (dir, "kinds.csv", (const uint8_t *) kinds, sizeof kinds - 1);
  fuzz_write (dir, "sources.csv", (const uint8_t *) sources, sizeof sources - 1);
  fuzz_write (dir, "entities.csv", (const uint8_t *) entities, sizeof entities - 1);
  fuzz_write (dir, "relations.csv", (const uint8_t *) relations, sizeof relations - 1);
  BriGraph *g = bri_graph_new ();
  GError *error = NULL;
  if (!bri_graph_load_dir (g, dir, &error))
    {
      fprintf (stderr, "fuzz base graph: %s\n", error->message);
      abort ();
    }
  fuzz_remove_dir (dir);
  g_free (dir);
  return g;
}

/* A fresh copy of the base graph, for targets that add to it. */
static inline BriGraph *
fuzz_graph_new (gboolean with_base)
{
  return with_base ? fuzz_base_graph () : bri_graph_new ();
}

/* Writes the input's data set into @dir and loads it (on the base graph
 * when mask bit 6 says so): the graph, or NULL when it does not load.
 * *@mask receives the mask byte. For the targets that go on from a loaded
 * graph (fuzz-roundtrip, fuzz-view). */
static inline BriGraph *
fuzz_load_input (const char *dir, const uint8_t *data, size_t size, unsigned *mask)
{
  *mask = fuzz_write_data_set (dir, data, size);
  BriGraph *g = fuzz_graph_new ((*mask & 0x40) != 0);
  GError *error = NULL;
  if (!bri_graph_load_dir (g, dir, &error))
    {
      g_clear_error (&error);
      bri_graph_unref (g);
      return NULL;
    }
  return g;
}

#endif /* BRI_FUZZ_COMMON_H */
