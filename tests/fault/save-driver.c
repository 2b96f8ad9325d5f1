/* tests/fault/save-driver.c — the program the fault and crash loops run:
 *   save-driver old DIR    save the small "old" data set into DIR
 *   save-driver new DIR    save the large "new" data set into DIR (the
 *                          step that faults are injected into or killed)
 *   save-driver flip DIR   save old, new, old, new … into DIR until killed
 *   save-driver check DIR  print OLD, NEW, or BROKEN: <why> for what DIR
 *                          loads as, and exit 0 unless BROKEN
 * The new data set differs from the old in every file (kinds, sources,
 * entities, relations), so a mix of the two is never mistaken for either. */
#include <bri/bri.h>
#include <stdio.h>
#include <string.h>

enum { OLD_E = 20, OLD_R = 40, NEW_E = 3000, NEW_R = 40000 };

static BriGraph *
make (gboolean new)
{
  BriGraph *g = bri_graph_new ();
  guint ne = new ? NEW_E : OLD_E, nr = new ? NEW_R : OLD_R;
  const char *prefix = new ? "new" : "old";
  if (new)
    bri_graph_add_kind (g, "funded", TRUE, "financed", NULL);
  BriSource *s = bri_source_new (new ? "source-new" : "source-old");
  bri_source_set_title (s, prefix);
  bri_graph_add_source (g, s, NULL);
  for (guint i = 0; i < ne; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s:%u", prefix, i);
      bri_graph_add_entity (g, bri_entity_new (id, "city", id), NULL);
    }
  for (guint i = 0; i < nr; i++)
    {
      g_autofree char *a = g_strdup_printf ("%s:%u", prefix, i % ne);
      g_autofree char *b = g_strdup_printf ("%s:%u", prefix, (i * 7 + 1) % ne);
      if (g_str_equal (a, b))
        continue;
      BriRelation *r = bri_relation_new (new && i % 3 == 0 ? "funded" : "met", a, b);
      bri_relation_set_evidence (r, "中方与某方在某地签署合作备忘录,涵盖贸易、投资、数字经济等领域合作,双方同意加强交流。");
      bri_relation_set_source (r, new ? "source-new" : "source-old");
      bri_graph_add_relation (g, r, NULL);
    }
  return g;
}

int
main (int argc, char **argv)
{
  if (argc != 3)
    return 2;
  g_autoptr (GError) error = NULL;
  if (strcmp (argv[1], "old") == 0 || strcmp (argv[1], "new") == 0)
    {
      g_autoptr (BriGraph) g = make (strcmp (argv[1], "new") == 0);
      if (!bri_graph_save_dir (g, argv[2], &error))
        {
          fprintf (stderr, "save failed: %s\n", error->message);
          return 1;
        }
      return 0;
    }
  if (strcmp (argv[1], "flip") == 0)
    {
      g_autoptr (BriGraph) old = make (FALSE);
      g_autoptr (BriGraph) new = make (TRUE);
      for (guint i = 0;; i++)
        if (!bri_graph_save_dir (i % 2 ? old : new, argv[2], &error))
          {
            fprintf (stderr, "save failed: %s\n", error->message);
            return 1;
          }
    }
  g_autoptr (BriGraph) g = bri_graph_new ();
  if (!bri_graph_load_dir (g, argv[2], &error))
    {
      printf ("BROKEN: %s\n", error->message);
      return 1;
    }
  guint e = bri_graph_get_n_entities (g), r = bri_graph_get_n_relations (g);
  guint s = bri_graph_get_n_sources (g), k = bri_graph_get_n_kinds (g);
  g_autoptr (BriGraph) old = make (FALSE);
  g_autoptr (BriGraph) new = make (TRUE);
  if (e == bri_graph_get_n_entities (old) && r == bri_graph_get_n_relations (old)
      && k == 8 && s == 1 && bri_graph_lookup_source (g, "source-old"))
    printf ("OLD\n");
  else if (e == bri_graph_get_n_entities (new) && r == bri_graph_get_n_relations (new)
           && k == 9 && s == 1 && bri_graph_lookup_source (g, "source-new"))
    printf ("NEW\n");
  else
    {
      printf ("BROKEN: %u entities, %u relations, %u sources, %u kinds\n", e, r, s, k);
      return 1;
    }
  return 0;
}
