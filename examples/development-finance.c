/* examples/development-finance.c — which countries received the most
 * Chinese development finance by sector, 2013–2021, and how the network of
 * financiers and recipients clusters: on a GCDF 3.0 data set imported with
 * `bri import aiddata` (rows AidData recommends not to aggregate are left
 * out by the import, so the sums count each commitment once).
 *
 *   bri import aiddata AidDatasGlobalChineseDevelopmentFinanceDataset_v3.0.xlsx -o gcdf/
 *   cc development-finance.c $(pkg-config --cflags --libs libbri)
 *   ./a.out data/gazetteer gcdf/
 *
 * Part 1 sums the `amount_constant_usd_2021` of the `financed` relations
 * committed in 2013–2021 by recipient and sector. Part 2 builds the network
 * of those relations (financing agencies and recipient countries, edges
 * weighted by their number of projects) and finds its communities (Louvain). */
#include <bri/bri.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  const BriEntity *country;
  double total;
  GHashTable *by_sector;        /* sector -> double* */
} Recipient;

static void
recipient_free (gpointer p)
{
  Recipient *r = p;
  g_hash_table_unref (r->by_sector);
  g_free (r);
}

static gint
by_total (gconstpointer a, gconstpointer b)
{
  const Recipient *x = *(Recipient *const *) a, *y = *(Recipient *const *) b;
  return x->total < y->total ? 1 : x->total > y->total ? -1
         : g_strcmp0 (bri_entity_get_id (x->country), bri_entity_get_id (y->country));
}

/* The sector with the largest sum (ties: alphabetical). */
static const char *
top_sector (Recipient *r, double *amount)
{
  GHashTableIter it;
  gpointer k, v;
  const char *best = NULL;
  *amount = 0;
  g_hash_table_iter_init (&it, r->by_sector);
  while (g_hash_table_iter_next (&it, &k, &v))
    if (*(double *) v > *amount || (*(double *) v == *amount && g_strcmp0 (k, best) < 0))
      {
        best = k;
        *amount = *(double *) v;
      }
  return best;
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BriGraph) graph = bri_graph_new_from_dirs ((const char *const *) argv + 1, &error);
  if (!graph || argc < 2)
    {
      fprintf (stderr, "%s\n", error ? error->message : "usage: development-finance DIR...");
      return 1;
    }

  if (!bri_graph_lookup_kind (graph, "financed"))
    {
      printf ("no financed relations: load a data set written by `bri import aiddata`\n");
      return 0;
    }

  /* Part 1: the sums. */
  g_autoptr (GHashTable) recipients = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                             recipient_free);
  guint n_projects = 0;
  for (guint i = 0; i < bri_graph_get_n_relations (graph); i++)
    {
      const BriRelation *rel = bri_graph_get_relation (graph, i);
      BriDate d = bri_relation_get_date (rel);
      const char *amount = bri_relation_get_attribute (rel, "amount_constant_usd_2021");
      if (!g_str_equal (bri_relation_get_kind (rel), "financed") || !bri_date_is_set (d)
          || d.year < 2013 || d.year > 2021 || !amount)
        continue;
      const BriEntity *to = bri_relation_get_to (rel);
      Recipient *r = g_hash_table_lookup (recipients, bri_entity_get_id (to));
      if (!r)
        {
          r = g_new0 (Recipient, 1);
          r->country = to;
          r->by_sector = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
          g_hash_table_insert (recipients, (gpointer) bri_entity_get_id (to), r);
        }
      double usd = g_ascii_strtod (amount, NULL);
      const char *sector = bri_relation_get_sector (rel) ? bri_relation_get_sector (rel) : "(none)";
      double *s = g_hash_table_lookup (r->by_sector, sector);
      if (!s)
        {
          s = g_new0 (double, 1);
          g_hash_table_insert (r->by_sector, (gpointer) sector, s);
        }
      *s += usd;
      r->total += usd;
      n_projects++;
    }
  g_autoptr (GPtrArray) ranked = g_ptr_array_new ();
  GHashTableIter it;
  gpointer value;
  g_hash_table_iter_init (&it, recipients);
  while (g_hash_table_iter_next (&it, NULL, &value))
    g_ptr_array_add (ranked, value);
  g_ptr_array_sort (ranked, by_total);
  printf ("Chinese development finance committed 2013-2021: %u projects with an amount, "
          "%u recipients\n\n", n_projects, ranked->len);
  printf ("%-4s %-34s %16s  %s\n", "rank", "recipient", "USD 2021 (M)", "largest sector (M)");
  for (guint i = 0; i < ranked->len && i < 15; i++)
    {
      Recipient *r = ranked->pdata[i];
      double top;
      const char *sector = top_sector (r, &top);
      printf ("%-4u %-34s %16.1f  %s (%.1f)\n", i + 1, bri_entity_get_name (r->country),
              r->total / 1e6, sector, top / 1e6);
    }

  /* Part 2: the network of financiers and recipients, 2013-2021. */
  g_autoptr (BriFilter) filter = bri_filter_new ();
  bri_filter_add_relation_kind (filter, "financed");
  BriDate from, to;
  bri_date_parse ("2013", &from, NULL);
  bri_date_parse ("2021", &to, NULL);
  bri_filter_set_window (filter, from, to);
  g_autoptr (BriViewOptions) options = bri_view_options_new ();
  bri_view_options_set_direction (options, BRI_DIRECTION_UNDIRECTED);
  g_autoptr (BriView) view = bri_view_new (graph, filter, options, &error);
  if (!view)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  g_autoptr (BriPartition) parts = bri_view_louvain (view, BRI_WEIGHTS_STRENGTH, 1.0, 42, &error);
  if (!parts)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  printf ("\nfinancing network: %u financiers and recipients, %u links; "
          "%u communities, modularity %.3f\n", bri_view_get_n_entities (view),
          bri_view_get_n_edges (view), bri_partition_get_n_groups (parts),
          bri_partition_get_modularity (parts));
  for (guint g = 0; g < bri_partition_get_n_groups (parts) && g < 10; g++)
    {
      printf ("%2u (%u):", g + 1, bri_partition_get_group_size (parts, g));
      guint shown = 0;
      for (guint i = 0; i < bri_partition_get_n_entities (parts) && shown < 8; i++)
        if (bri_partition_get_group (parts, i) == g)
          {
            printf ("%s %s", shown++ ? "," : "", bri_entity_get_name (bri_partition_get_entity (parts, i)));
          }
      printf ("%s\n", bri_partition_get_group_size (parts, g) > 8 ? ", …" : "");
    }
  return 0;
}
