/* libbri/extract/extract-compare.c — proposed relations compared with an existing
 * graph (`bri extract --against DIR`): each proposal is new, already
 * present (same kind, endpoints and date) or conflicting (same kind and
 * endpoints, another date). */
#include "config.h"
#include "extract-private.h"

struct _BriExtractComparison {
  BriGraph *graph;
  GArray *status;        /* BriExtractStatus per proposal */
  GPtrArray *existing;   /* const BriRelation* of graph, or NULL */
  guint counts[3];
};

const char *
bri_extract_status_to_string (BriExtractStatus status)
{
  switch (status)
    {
    case BRI_EXTRACT_STATUS_NEW: return "new";
    case BRI_EXTRACT_STATUS_PRESENT: return "present";
    case BRI_EXTRACT_STATUS_CONFLICTING: return "conflicting";
    default: return NULL;
    }
}

/* Dates agree when either is unset, or when they are equal to the
 * precision of the less precise one (2024-06 and 2024-06-27 agree;
 * 2024-06-01 and 2024-06-27 do not). */
static gboolean
dates_agree (BriDate a, BriDate b)
{
  if (!bri_date_is_set (a) || !bri_date_is_set (b))
    return TRUE;
  if (a.year != b.year)
    return FALSE;
  if (a.month && b.month && a.month != b.month)
    return FALSE;
  if (a.month && b.month && a.day && b.day && a.day != b.day)
    return FALSE;
  return TRUE;
}

/* The key of a relation's kind and endpoints, in a canonical order for
 * the undirected kinds; NULL when @graph does not know the kind. */
static char *
pair_key (const BriGraph *graph, const char *kind, const char *from, const char *to)
{
  const BriKind *k = bri_graph_lookup_kind (graph, kind);
  if (!k)
    return NULL;
  if (!bri_kind_is_directed (k) && strcmp (from, to) > 0)
    {
      const char *x = from;
      from = to;
      to = x;
    }
  return g_strjoin ("\x1f", kind, from, to, NULL);
}

BriExtractComparison *
bri_extract_result_compare (const BriExtractResult *result, BriGraph *graph)
{
  g_return_val_if_fail (result != NULL && graph != NULL, NULL);
  /* The graph's relations by kind and endpoints. */
  g_autoptr (GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < bri_graph_get_n_relations (graph); i++)
    {
      const BriRelation *r = bri_graph_get_relation (graph, i);
      char *key = pair_key (graph, bri_relation_get_kind (r), bri_relation_get_from_id (r),
                            bri_relation_get_to_id (r));
      if (!key)
        continue;
      GPtrArray *list = g_hash_table_lookup (index, key);
      if (!list)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (index, key, list);
        }
      else
        g_free (key);
      g_ptr_array_add (list, (gpointer) r);
    }
  BriExtractComparison *cmp = g_new0 (BriExtractComparison, 1);
  cmp->graph = bri_graph_ref (graph);
  guint n = bri_extract_result_get_n_relations (result);
  cmp->status = g_array_sized_new (FALSE, FALSE, sizeof (BriExtractStatus), n);
  cmp->existing = g_ptr_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      const BriRelation *p = bri_extract_result_get_relation (result, i);
      g_autofree char *key = pair_key (graph, bri_relation_get_kind (p),
                                       bri_relation_get_from_id (p), bri_relation_get_to_id (p));
      GPtrArray *list = key ? g_hash_table_lookup (index, key) : NULL;
      BriExtractStatus st = BRI_EXTRACT_STATUS_NEW;
      const BriRelation *found = NULL;
      for (guint j = 0; list && j < list->len; j++)
        {
          const BriRelation *r = list->pdata[j];
          if (dates_agree (bri_relation_get_date (p), bri_relation_get_date (r)))
            {
              st = BRI_EXTRACT_STATUS_PRESENT;
              found = r;
              break;
            }
          if (!found)
            {
              st = BRI_EXTRACT_STATUS_CONFLICTING;
              found = r;
            }
        }
      g_array_append_val (cmp->status, st);
      g_ptr_array_add (cmp->existing, (gpointer) found);
      cmp->counts[st]++;
    }
  return cmp;
}

void
bri_extract_comparison_free (BriExtractComparison *cmp)
{
  if (!cmp)
    return;
  g_array_unref (cmp->status);
  g_ptr_array_unref (cmp->existing);
  bri_graph_unref (cmp->graph);
  g_free (cmp);
}

guint
bri_extract_comparison_get_n_relations (const BriExtractComparison *cmp)
{
  g_return_val_if_fail (cmp != NULL, 0);
  return cmp->status->len;
}

BriExtractStatus
bri_extract_comparison_get_status (const BriExtractComparison *cmp, guint index)
{
  g_return_val_if_fail (cmp != NULL && index < cmp->status->len, BRI_EXTRACT_STATUS_NEW);
  return g_array_index (cmp->status, BriExtractStatus, index);
}

const BriRelation *
bri_extract_comparison_get_existing (const BriExtractComparison *cmp, guint index)
{
  g_return_val_if_fail (cmp != NULL && index < cmp->existing->len, NULL);
  return cmp->existing->pdata[index];
}

guint
bri_extract_comparison_count (const BriExtractComparison *cmp, BriExtractStatus status)
{
  g_return_val_if_fail (cmp != NULL && (guint) status < 3, 0);
  return cmp->counts[status];
}
