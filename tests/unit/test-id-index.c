/* tests/unit/test-id-index.c — the graph's id index (libbri/core/id-index.c,
 * compiled into this test: it is internal) against a GHashTable: random
 * inserts, replacements, lookups and removals of short (inline) and long
 * ids, with many ids on few home slots, must agree at every step. */
#include <criterion/criterion.h>
#include <glib.h>

#include "core/id-index.h"

static BriEntity *
fake (guint i)
{
  return (BriEntity *) GSIZE_TO_POINTER ((gsize) i * 16 + 16);
}

/* Ids of lengths around the inline limit; some share prefixes. */
static char *
make_id (GRand *r, guint i)
{
  guint len = g_rand_int_range (r, 0, 3) == 0 ? BRI_ID_INLINE + g_rand_int_range (r, -2, 40)
                                               : g_rand_int_range (r, 1, 20);
  GString *s = g_string_new (NULL);
  g_string_printf (s, "k%u:", i);
  while (s->len < len)
    g_string_append_c (s, "abcxyz中"[g_rand_int_range (r, 0, 6)]);
  return g_string_free (s, FALSE);
}

Test (id_index, agrees_with_a_hash_table)
{
  GRand *r = g_rand_new_with_seed (7);
  const guint n = 5000;
  char **ids = g_new0 (char *, n);
  for (guint i = 0; i < n; i++)
    ids[i] = make_id (r, i);
  BriIdIndex *index = bri__id_index_new ();
  GHashTable *ref = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint step = 0; step < 60000; step++)
    {
      guint i = g_rand_int_range (r, 0, n);
      switch (g_rand_int_range (r, 0, 4))
        {
        case 0:
        case 1:
          bri__id_index_insert (index, ids[i], fake (step));
          g_hash_table_insert (ref, ids[i], fake (step));
          break;
        case 2:
          bri__id_index_remove (index, ids[i]);
          g_hash_table_remove (ref, ids[i]);
          break;
        default:
          cr_assert_eq (bri__id_index_lookup (index, ids[i]), g_hash_table_lookup (ref, ids[i]),
                        "step %u, id %s", step, ids[i]);
        }
    }
  for (guint i = 0; i < n; i++)
    cr_assert_eq (bri__id_index_lookup (index, ids[i]), g_hash_table_lookup (ref, ids[i]),
                  "id %s", ids[i]);
  cr_assert_null (bri__id_index_lookup (index, "not-there"));
  cr_assert_null (bri__id_index_lookup (index, ""));
  /* Remove everything: the table is empty again. */
  for (guint i = 0; i < n; i++)
    bri__id_index_remove (index, ids[i]);
  for (guint i = 0; i < n; i++)
    cr_assert_null (bri__id_index_lookup (index, ids[i]));
  bri__id_index_free (index);
  g_hash_table_unref (ref);
  for (guint i = 0; i < n; i++)
    g_free (ids[i]);
  g_free (ids);
  g_rand_free (r);
}

Test (id_index, long_ids_point_at_the_callers_string)
{
  BriIdIndex *index = bri__id_index_new ();
  char *long_id = g_strnfill (300, 'q');
  char *copy = g_strdup (long_id);
  bri__id_index_insert (index, long_id, fake (1));
  cr_assert_eq (bri__id_index_lookup (index, copy), fake (1));
  bri__id_index_insert (index, "short", fake (2));
  cr_assert_eq (bri__id_index_lookup (index, "short"), fake (2));
  bri__id_index_insert (index, "short", fake (3));
  cr_assert_eq (bri__id_index_lookup (index, "short"), fake (3));
  bri__id_index_remove (index, copy);
  cr_assert_null (bri__id_index_lookup (index, long_id));
  cr_assert_eq (bri__id_index_lookup (index, "short"), fake (3));
  bri__id_index_free (index);
  g_free (long_id);
  g_free (copy);
}
