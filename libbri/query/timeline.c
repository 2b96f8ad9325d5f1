/* libbri/query/timeline.c — owns BriTimeline: the view re-built per month,
 * quarter or year, with relations counted by kind, relations dated more
 * coarsely than the period counted apart, active entities and the top k of
 * a centrality measure in each period. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "query/query-private.h"

#define BRI_TIMELINE_MAX_PERIODS 100000

typedef struct {
  BriDate start, end;
  char *label;
  guint n_relations;
  guint n_coarse;
  guint n_active;
  GHashTable *kind_counts;      /* kind name (graph-owned) -> GUINT count */
  BriRanking *top;
} Period;

struct _BriTimeline {
  BriGraph *graph;
  GPtrArray *periods;           /* Period*, owned */
  GPtrArray *kinds;             /* char*, owned, sorted */
  guint n_coarse_total;         /* distinct relations coarse in some period */
};

static void
period_free (gpointer data)
{
  Period *p = data;
  g_free (p->label);
  g_hash_table_unref (p->kind_counts);
  bri_ranking_free (p->top);
  g_free (p);
}

static BriDate
date_max (BriDate a, BriDate b)
{
  return bri_date_compare (a, b) >= 0 ? a : b;
}

static BriDate
date_min (BriDate a, BriDate b)
{
  return bri_date_compare (a, b) <= 0 ? a : b;
}

/* The months a period step covers. */
static guint
step_months (BriPeriod period)
{
  return period == BRI_PERIOD_YEAR ? 12 : period == BRI_PERIOD_QUARTER ? 3 : 1;
}

/* TRUE when @r is one partial date (no end date) whose span is not inside
 * the period [@start, @end]: "2023" in a month or a quarter of 2023. It
 * overlaps the period without being known to fall in it. */
static gboolean
dated_coarser (const BriRelation *r, BriDate start, BriDate end)
{
  BriDate d = bri_relation_get_date (r);
  if (bri_date_is_set (bri_relation_get_end_date (r)))
    return FALSE;
  return bri_date_compare (bri_date_first_day (d), start) < 0
         || bri_date_compare (bri_date_last_day (d), end) > 0;
}

static int
cmp_str_ptr (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

void
bri_timeline_free (BriTimeline *timeline)
{
  if (timeline == NULL)
    return;
  g_ptr_array_unref (timeline->periods);
  g_ptr_array_unref (timeline->kinds);
  bri_graph_unref (timeline->graph);
  g_free (timeline);
}

BriTimeline *
bri_timeline_new (BriGraph *graph, const BriFilter *filter, const BriViewOptions *options,
                  BriPeriod period, BriMeasure measure, BriWeights weights, guint top_k,
                  GError **error)
{
  g_return_val_if_fail (graph != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  g_return_val_if_fail (period <= BRI_PERIOD_YEAR, NULL);

  g_autoptr (BriFilter) base = filter ? bri_filter_copy (filter) : bri_filter_new ();
  if (!bri_filter_check (base, graph, error))
    return NULL;
  if (top_k > 0 && bri_measure_get_name (measure) == NULL)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID, "unknown measure %d", (int) measure);
      return NULL;
    }

  BriDate from, to;
  bri_filter_get_window (base, &from, &to);
  from = bri_date_first_day (from);
  to = bri_date_last_day (to);

  /* Bounds from the data where the window leaves them open. */
  BriDate lo = BRI_DATE_UNSET, hi = BRI_DATE_UNSET;
  guint n = bri_graph_get_n_relations (graph);
  for (guint i = 0; i < n; i++)
    {
      const BriRelation *r = bri_graph_get_relation (graph, i);
      BriDate d = bri_relation_get_date (r);
      if (!bri_date_is_set (d) || !bri_filter_accepts_relation (base, r))
        continue;
      BriDate end = bri_relation_get_end_date (r);
      BriDate first = bri_date_first_day (d);
      BriDate last = bri_date_last_day (bri_date_is_set (end) ? end : d);
      lo = bri_date_is_set (lo) ? date_min (lo, first) : first;
      hi = bri_date_is_set (hi) ? date_max (hi, last) : last;
    }
  if (!bri_date_is_set (from))
    from = lo;
  if (!bri_date_is_set (to))
    to = hi;

  BriTimeline *timeline = g_new0 (BriTimeline, 1);
  timeline->graph = bri_graph_ref (graph);
  timeline->periods = g_ptr_array_new_with_free_func (period_free);
  timeline->kinds = g_ptr_array_new_with_free_func (g_free);
  if (!bri_date_is_set (from) || !bri_date_is_set (to) || bri_date_compare (to, from) < 0)
    return timeline;            /* nothing dated: no periods */

  guint step = step_months (period);
  gint first_month = from.year * 12 + (from.month - 1);
  first_month -= first_month % (gint) step;
  gint last_month = to.year * 12 + (to.month - 1);
  if ((last_month - first_month) / (gint) step + 1 > BRI_TIMELINE_MAX_PERIODS)
    {
      g_set_error (error, BRI_ERROR, BRI_ERROR_LIMIT,
                   "the timeline would have more than %d periods",
                   BRI_TIMELINE_MAX_PERIODS);
      bri_timeline_free (timeline);
      return NULL;
    }

  GHashTable *all_kinds = g_hash_table_new (g_str_hash, g_str_equal);
  /* A relation dated by a year is coarse in each of its twelve months: the
   * total counts it once. */
  GHashTable *coarse = g_hash_table_new (NULL, NULL);
  for (gint m = first_month; m <= last_month; m += (gint) step)
    {
      Period *p = g_new0 (Period, 1);
      p->kind_counts = g_hash_table_new (g_str_hash, g_str_equal);
      g_ptr_array_add (timeline->periods, p);
      guint16 year = (guint16) (m / 12);
      guint8 month = (guint8) (m % 12 + 1);
      if (period == BRI_PERIOD_YEAR)
        {
          p->start = bri_date_first_day ((BriDate){ year, 0, 0 });
          p->end = bri_date_last_day ((BriDate){ year, 0, 0 });
          p->label = g_strdup_printf ("%04u", year);
        }
      else if (period == BRI_PERIOD_QUARTER)
        {
          p->start = bri_date_first_day ((BriDate){ year, month, 0 });
          p->end = bri_date_last_day ((BriDate){ year, (guint8) (month + 2), 0 });
          p->label = g_strdup_printf ("%04u-Q%u", year, (month - 1) / 3 + 1);
        }
      else
        {
          p->start = bri_date_first_day ((BriDate){ year, month, 0 });
          p->end = bri_date_last_day ((BriDate){ year, month, 0 });
          p->label = g_strdup_printf ("%04u-%02u", year, month);
        }

      g_autoptr (BriFilter) pf = bri_filter_copy (base);
      bri_filter_set_window (pf, date_max (p->start, from), date_min (p->end, to));
      g_autoptr (BriView) view = bri_view_new (graph, pf, options, error);
      if (view == NULL)
        goto fail;
      p->n_active = view->n_vertices;

      GHashTable *seen = g_hash_table_new (NULL, NULL);
      for (guint e = 0; e < view->n_edges; e++)
        for (guint j = 0; j < bri__view_edge_n_relations (view, e); j++)
          {
            const BriRelation *r = bri__view_edge_relation (view, e, j);
            if (!g_hash_table_add (seen, (gpointer) r))
              continue;
            if (dated_coarser (r, p->start, p->end))
              {
                p->n_coarse++;
                g_hash_table_add (coarse, (gpointer) r);
                continue;
              }
            p->n_relations++;
            const char *kind = bri_relation_get_kind (r);
            guint c = GPOINTER_TO_UINT (g_hash_table_lookup (p->kind_counts, kind));
            g_hash_table_insert (p->kind_counts, (gpointer) kind, GUINT_TO_POINTER (c + 1));
            g_hash_table_add (all_kinds, (gpointer) kind);
          }
      g_hash_table_unref (seen);

      if (top_k > 0)
        {
          g_autoptr (BriRanking) ranking = bri_view_centrality (view, measure, weights, error);
          if (ranking == NULL)
            goto fail;
          p->top = bri__ranking_truncate (ranking, top_k);
        }
      else
        p->top = bri__ranking_new (graph, NULL, NULL, 0);
    }

  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, all_kinds);
  while (g_hash_table_iter_next (&it, &key, NULL))
    g_ptr_array_add (timeline->kinds, g_strdup (key));
  g_ptr_array_sort (timeline->kinds, cmp_str_ptr);
  g_hash_table_unref (all_kinds);
  timeline->n_coarse_total = g_hash_table_size (coarse);
  g_hash_table_unref (coarse);
  return timeline;

fail:
  g_hash_table_unref (all_kinds);
  g_hash_table_unref (coarse);
  bri_timeline_free (timeline);
  return NULL;
}

guint
bri_timeline_get_n_periods (const BriTimeline *timeline)
{
  g_return_val_if_fail (timeline != NULL, 0);
  return timeline->periods->len;
}

static const Period *
get_period (const BriTimeline *timeline, guint index)
{
  if (timeline == NULL || index >= timeline->periods->len)
    return NULL;
  return g_ptr_array_index (timeline->periods, index);
}

BriDate
bri_timeline_get_period_start (const BriTimeline *timeline, guint index)
{
  const Period *p = get_period (timeline, index);
  g_return_val_if_fail (p != NULL, BRI_DATE_UNSET);
  return p->start;
}

BriDate
bri_timeline_get_period_end (const BriTimeline *timeline, guint index)
{
  const Period *p = get_period (timeline, index);
  g_return_val_if_fail (p != NULL, BRI_DATE_UNSET);
  return p->end;
}

const char *
bri_timeline_get_period_label (const BriTimeline *timeline, guint index)
{
  const Period *p = get_period (timeline, index);
  g_return_val_if_fail (p != NULL, NULL);
  return p->label;
}

guint
bri_timeline_get_n_relations (const BriTimeline *timeline, guint index)
{
  const Period *p = get_period (timeline, index);
  g_return_val_if_fail (p != NULL, 0);
  return p->n_relations;
}

guint
bri_timeline_get_n_coarse (const BriTimeline *timeline, guint index)
{
  const Period *p = get_period (timeline, index);
  g_return_val_if_fail (p != NULL, 0);
  return p->n_coarse;
}

guint
bri_timeline_get_n_coarse_total (const BriTimeline *timeline)
{
  g_return_val_if_fail (timeline != NULL, 0);
  return timeline->n_coarse_total;
}

guint
bri_timeline_get_n_kinds (const BriTimeline *timeline)
{
  g_return_val_if_fail (timeline != NULL, 0);
  return timeline->kinds->len;
}

const char *
bri_timeline_get_kind_name (const BriTimeline *timeline, guint kind)
{
  g_return_val_if_fail (timeline != NULL, NULL);
  g_return_val_if_fail (kind < timeline->kinds->len, NULL);
  return g_ptr_array_index (timeline->kinds, kind);
}

guint
bri_timeline_get_kind_count (const BriTimeline *timeline, guint index, guint kind)
{
  const Period *p = get_period (timeline, index);
  g_return_val_if_fail (p != NULL, 0);
  g_return_val_if_fail (kind < timeline->kinds->len, 0);
  return GPOINTER_TO_UINT (g_hash_table_lookup (p->kind_counts,
                                                g_ptr_array_index (timeline->kinds, kind)));
}

guint
bri_timeline_get_n_active (const BriTimeline *timeline, guint index)
{
  const Period *p = get_period (timeline, index);
  g_return_val_if_fail (p != NULL, 0);
  return p->n_active;
}

const BriRanking *
bri_timeline_get_top (const BriTimeline *timeline, guint index)
{
  const Period *p = get_period (timeline, index);
  g_return_val_if_fail (p != NULL, NULL);
  return p->top;
}
