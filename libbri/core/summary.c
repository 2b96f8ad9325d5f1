/* libbri/core/summary.c — bri_graph_summarize(): what a graph holds, in counts
 * (by entity kind, by relation kind, by source) and its date span. The
 * summary copies every name it reports, so it outlives the graph. */
#include "config.h"
#include "core/core-private.h"

typedef struct {
  char *name;
  guint count;
} Count;

struct _BriGraphSummary {
  guint n_entities, n_relations, n_sources, n_undated;
  BriDate first, last;
  GArray *entity_kinds;         /* of Count, by name (strcmp) */
  GArray *relation_kinds;       /* of Count, by name (strcmp) */
  GArray *sources;              /* of Count, in the graph's order */
};

static void
count_clear (gpointer p)
{
  g_free (((Count *) p)->name);
}

static GArray *
counts_new (void)
{
  GArray *a = g_array_new (FALSE, FALSE, sizeof (Count));
  g_array_set_clear_func (a, count_clear);
  return a;
}

static void
tally (GHashTable *counts, const char *name)
{
  gpointer old = g_hash_table_lookup (counts, name);
  g_hash_table_insert (counts, (gpointer) name, GUINT_TO_POINTER (GPOINTER_TO_UINT (old) + 1));
}

static gint
by_name (gconstpointer a, gconstpointer b)
{
  return strcmp (((const Count *) a)->name, ((const Count *) b)->name);
}

/* The counts of @table (name → count) as Counts sorted by name. */
static GArray *
sorted_counts (GHashTable *table)
{
  GArray *a = counts_new ();
  GHashTableIter it;
  gpointer name, n;
  g_hash_table_iter_init (&it, table);
  while (g_hash_table_iter_next (&it, &name, &n))
    {
      Count c = { g_strdup (name), GPOINTER_TO_UINT (n) };
      g_array_append_val (a, c);
    }
  g_array_sort (a, by_name);
  return a;
}

/* Entry @index of @counts: its name or its count (checked accessors). */
static const char *
name_at (const GArray *counts, guint index)
{
  g_return_val_if_fail (index < counts->len, NULL);
  return g_array_index (counts, Count, index).name;
}

static guint
count_at (const GArray *counts, guint index)
{
  g_return_val_if_fail (index < counts->len, 0);
  return g_array_index (counts, Count, index).count;
}

BriGraphSummary *
bri_graph_summarize (const BriGraph *graph)
{
  g_return_val_if_fail (graph != NULL, NULL);
  BriGraphSummary *s = g_new0 (BriGraphSummary, 1);
  s->n_entities = bri_graph_get_n_entities (graph);
  s->n_relations = bri_graph_get_n_relations (graph);
  s->n_sources = bri_graph_get_n_sources (graph);
  s->first = s->last = BRI_DATE_UNSET;
  g_autoptr (GHashTable) ek = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) rk = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) rs = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < s->n_entities; i++)
    tally (ek, bri_entity_get_kind (bri_graph_get_entity (graph, i)));
  for (guint i = 0; i < s->n_relations; i++)
    {
      const BriRelation *r = bri_graph_get_relation (graph, i);
      tally (rk, bri_relation_get_kind (r));
      const char *src = bri_relation_get_source (r);
      if (src)
        tally (rs, src);
      BriDate d = bri_relation_get_date (r);
      if (!bri_date_is_set (d))
        {
          s->n_undated++;
          continue;
        }
      /* The span of a partial date is its first to its last day; an end
       * date extends it. */
      BriDate end = bri_relation_get_end_date (r);
      BriDate lo = bri_date_first_day (d);
      BriDate hi = bri_date_last_day (bri_date_is_set (end) ? end : d);
      if (!bri_date_is_set (s->first) || bri_date_compare (lo, s->first) < 0)
        s->first = lo;
      if (!bri_date_is_set (s->last) || bri_date_compare (hi, s->last) > 0)
        s->last = hi;
    }
  s->entity_kinds = sorted_counts (ek);
  s->relation_kinds = sorted_counts (rk);
  s->sources = counts_new ();
  for (guint i = 0; i < s->n_sources; i++)
    {
      const char *id = bri_source_get_id (bri_graph_get_source (graph, i));
      Count c = { g_strdup (id), GPOINTER_TO_UINT (g_hash_table_lookup (rs, id)) };
      g_array_append_val (s->sources, c);
    }
  return s;
}

guint
bri_graph_summary_get_n_entities (const BriGraphSummary *summary)
{
  g_return_val_if_fail (summary != NULL, 0);
  return summary->n_entities;
}

guint
bri_graph_summary_get_n_relations (const BriGraphSummary *summary)
{
  g_return_val_if_fail (summary != NULL, 0);
  return summary->n_relations;
}

guint
bri_graph_summary_get_n_sources (const BriGraphSummary *summary)
{
  g_return_val_if_fail (summary != NULL, 0);
  return summary->n_sources;
}

guint
bri_graph_summary_get_n_entity_kinds (const BriGraphSummary *summary)
{
  g_return_val_if_fail (summary != NULL, 0);
  return summary->entity_kinds->len;
}

const char *
bri_graph_summary_get_entity_kind (const BriGraphSummary *summary, guint index)
{
  g_return_val_if_fail (summary != NULL, NULL);
  return name_at (summary->entity_kinds, index);
}

guint
bri_graph_summary_get_entity_kind_count (const BriGraphSummary *summary, guint index)
{
  g_return_val_if_fail (summary != NULL, 0);
  return count_at (summary->entity_kinds, index);
}

guint
bri_graph_summary_get_n_relation_kinds (const BriGraphSummary *summary)
{
  g_return_val_if_fail (summary != NULL, 0);
  return summary->relation_kinds->len;
}

const char *
bri_graph_summary_get_relation_kind (const BriGraphSummary *summary, guint index)
{
  g_return_val_if_fail (summary != NULL, NULL);
  return name_at (summary->relation_kinds, index);
}

guint
bri_graph_summary_get_relation_kind_count (const BriGraphSummary *summary, guint index)
{
  g_return_val_if_fail (summary != NULL, 0);
  return count_at (summary->relation_kinds, index);
}

BriDate
bri_graph_summary_get_first_date (const BriGraphSummary *summary)
{
  g_return_val_if_fail (summary != NULL, BRI_DATE_UNSET);
  return summary->first;
}

BriDate
bri_graph_summary_get_last_date (const BriGraphSummary *summary)
{
  g_return_val_if_fail (summary != NULL, BRI_DATE_UNSET);
  return summary->last;
}

guint
bri_graph_summary_get_n_undated (const BriGraphSummary *summary)
{
  g_return_val_if_fail (summary != NULL, 0);
  return summary->n_undated;
}

const char *
bri_graph_summary_get_source_id (const BriGraphSummary *summary, guint index)
{
  g_return_val_if_fail (summary != NULL, NULL);
  return name_at (summary->sources, index);
}

guint
bri_graph_summary_get_source_n_relations (const BriGraphSummary *summary, guint index)
{
  g_return_val_if_fail (summary != NULL, 0);
  return count_at (summary->sources, index);
}

void
bri_graph_summary_free (BriGraphSummary *summary)
{
  if (!summary)
    return;
  g_array_unref (summary->entity_kinds);
  g_array_unref (summary->relation_kinds);
  g_array_unref (summary->sources);
  g_free (summary);
}
