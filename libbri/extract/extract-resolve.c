/* libbri/extract/extract-resolve.c — what a sentence's short forms stand
 * for: 双方/两国 for the last two parties (or the sides of the event's
 * talks), 五国 for the members of the document's last group of that size,
 * 中方 for a body of China named in the event. */
#include "config.h"
#include "extract-run.h"

static gboolean
is_short_form (const char *norm, const BriMention *m)
{
  if (!m->e || !g_str_equal (bri_entity_get_kind (m->e), "country"))
    return FALSE;
  glong nch = g_utf8_strlen (norm + m->start, (gssize) (m->end - m->start));
  const char *last = g_utf8_prev_char (norm + m->end);
  return nch <= 3 && g_str_has_prefix (last, "方");
}

/* The members of a group of the graph (its `members` attribute: ids
 * joined by |), resolved to entities. */
static guint
group_members (const BriExtractor *ex, const BriEntity *g, const BriEntity **out,
               guint max)
{
  const char *ids = bri_entity_get_attribute (g, "members");
  if (!ids || !*ids)
    return 0;
  g_auto (GStrv) v = g_strsplit (ids, "|", -1);
  guint n = 0;
  for (guint i = 0; v[i] && n < max; i++)
    {
      const BriEntity *e = bri_graph_lookup_entity (ex->graph, v[i]);
      if (e)
        out[n++] = e;
    }
  return n;
}

/* 五国 after a mention of 澜湄国家 (six members, China among them): the
 * most recent group of the document with N members, or with N + 1 members
 * one of which is China (the partners of China). */
static void
resolve_count (const BriExtractor *ex, BriMention *m, GPtrArray *groups)
{
  for (guint j = groups->len; j-- > 0;)
    {
      const BriEntity *mem[BRI_MAX_MORE + 1];
      guint n = group_members (ex, groups->pdata[j], mem, G_N_ELEMENTS (mem));
      guint k = 0;
      const BriEntity *sel[BRI_MAX_MORE + 1] = { NULL };
      if (n == m->count)
        for (guint i = 0; i < n; i++)
          sel[k++] = mem[i];
      else if (n == m->count + 1)
        for (guint i = 0; i < n; i++)
          if (!g_str_equal (bri_entity_get_id (mem[i]), "country:CN"))
            sel[k++] = mem[i];
      if (k != m->count)
        continue;
      m->e = sel[0];
      for (guint i = 1; i < k; i++)
        m->more[m->n_more++] = sel[i];
      return;
    }
}

void
bri__mentions_resolve (const BriExtractor *ex, const char *norm, GArray *ms,
                       GPtrArray *context, GPtrArray *groups, const BriEntity *const talks[2])
{
  for (guint k = 0; k < ms->len; k++)
    {
      BriMention *m = &g_array_index (ms, BriMention, k);
      if (m->count)
        {
          resolve_count (ex, m, groups);
          continue;
        }
      if (m->both && talks[0] && talks[1] && !m->two_countries)
        {
          m->e = talks[0];
          m->more[0] = talks[1];
          m->n_more = 1;
          continue;
        }
      if (m->both)
        {
          /* The last two distinct parties. */
          const BriEntity *p1 = NULL, *p2 = NULL;
          for (guint j = context->len; j-- > 0;)
            {
              const BriEntity *e = context->pdata[j];
              /* 两国: the countries of the parties (两国元首 after 云南省 and
               * 缅甸: China and Myanmar). */
              if (m->two_countries)
                e = bri__extract_country_of (e);
              if (!e || g_str_equal (bri_entity_get_kind (e), "group"))
                continue;
              if (!p1)
                p1 = e;
              else if (e != p1 && !bri__extract_is_ancestor (e, p1) && !bri__extract_is_ancestor (p1, e))
                {
                  p2 = e;
                  break;
                }
            }
          if (p1 && p2)
            {
              m->e = p2;
              m->more[0] = p1;
              m->n_more = 1;
            }
          continue;
        }
      if (g_str_equal (bri_entity_get_kind (m->e), "group"))
        {
          g_ptr_array_remove (groups, (gpointer) m->e);
          g_ptr_array_add (groups, (gpointer) m->e);
        }
      if (is_short_form (norm, m))
        {
          for (guint j = context->len; j-- > 0;)
            {
              const BriEntity *e = context->pdata[j];
              /* A body of that country; a place (北京, where talks
               * were held) is no side. */
              if (e != m->e && bri__extract_country_of (e) == m->e &&
                  !g_str_equal (bri_entity_get_kind (e), "country") && !bri__extract_is_place (e))
                {
                  m->orig = m->e;
                  m->e = e;
                  break;
                }
            }
        }
      g_ptr_array_add (context, (gpointer) m->e);
    }
}
