/* libbri/extract/extract-marked.c — the mentions a sentence adds beyond
 * the trie's names: people named with a title (for their country,
 * extract-persons.c), and the names the text marks (…口岸, 第N届…博览会,
 * the organisers of an event; extract-mark-places.c, extract-mark-events.c)
 * as proposed entities (extract-propose.c). */
#include "config.h"
#include "extract-run.h"

void
bri__fresh_clear (gpointer p)
{
  g_free (((BriFresh *) p)->sentence);
}

void
bri__mentions_add_persons (const BriExtractor *ex, const char *norm, const BriSpan *sp,
                           GArray *ms, BriPersons *persons)
{
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (BriMentionSpan));
  g_autoptr (GPtrArray) countries = g_ptr_array_new ();
  for (guint k = 0; k < ms->len; k++)
    {
      const BriMention *m = &g_array_index (ms, BriMention, k);
      BriMentionSpan x = { m->start, m->end, FALSE, FALSE };
      g_array_append_val (spans, x);
      g_ptr_array_add (countries, m->e && !m->n_more && g_str_equal (bri_entity_get_kind (m->e), "country")
                                  ? (gpointer) m->e : NULL);
    }
  bri__persons_learn (persons, (const char *const *) ex->titles->pdata, ex->china, norm,
                      sp->start, sp->end, (const BriMentionSpan *) spans->data,
                      (const BriEntity *const *) countries->pdata, spans->len);
  g_autoptr (GArray) found = bri__persons_find (persons, norm, sp->start, sp->end,
                                                (const BriMentionSpan *) spans->data, spans->len);
  for (guint j = 0; j < found->len; j++)
    {
      const BriPersonMention *pm = &g_array_index (found, BriPersonMention, j);
      BriMention nm = { 0 };
      nm.start = pm->start;
      nm.end = pm->end;
      nm.e = pm->country;
      guint at = 0;
      while (at < ms->len && g_array_index (ms, BriMention, at).start < nm.start)
        at++;
      /* 塔吉克斯坦总统拉赫蒙: the country is named with its title just
       * before; the name adds no party. */
      if (at > 0)
        {
          const BriMention *pv = &g_array_index (ms, BriMention, at - 1);
          gboolean han_gap = pv->e == nm.e && nm.start - pv->end <= 36;
          for (gsize q = pv->end; han_gap && q < nm.start; q = (gsize) (g_utf8_next_char (norm + q) - norm))
            {
              gunichar c = g_utf8_get_char (norm + q);
              han_gap = c >= 0x4E00 && c <= 0x9FFF;
            }
          if (han_gap)
            continue;
        }
      g_array_insert_val (ms, at, nm);
    }
}

/* The edition N of a name opening with 第N届 (Arabic or Chinese numerals,
 * 第18届 = 第十八届), or 0. Normalised text has Simplified characters. */
static guint
edition_of (const char *name)
{
  if (!g_str_has_prefix (name, "第"))
    return 0;
  static const char cn[] = "零一二三四五六七八九";
  guint total = 0, digit = 0;
  gboolean any = FALSE;
  for (const char *p = name + strlen ("第"); *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *d = NULL;
      if (c == 0x5C4A /* 届 */)
        return any ? total + digit : 0;
      if (g_ascii_isdigit (*p))
        {
          digit = digit * 10 + (guint) (*p - '0');
          any = TRUE;
        }
      else if (c == 0x5341 /* 十 */ || c == 0x767E /* 百 */)
        {
          total += (digit ? digit : 1) * (c == 0x5341 ? 10 : 100);
          digit = 0;
          any = TRUE;
        }
      else if (c < 0x10000 && (d = g_utf8_strchr (cn, -1, c)))
        {
          digit = (guint) g_utf8_pointer_to_offset (cn, d);
          any = TRUE;
        }
      else
        return 0;
      if (total + digit > 100000)
        return 0;
    }
  return 0;
}

/* Does the mention @m, ending where the marked name norm[@s, …) ends, name
 * another edition than the name's own (第18届 + a 中国—东盟博览会 that the
 * data set knows only as its 第22届)? */
static gboolean
other_edition (const char *norm, gsize s, const BriMention *m)
{
  if (!m->e || m->n_more || !g_str_equal (bri_entity_get_kind (m->e), "forum"))
    return FALSE;
  guint mine = edition_of (norm + s);
  const char *zh = bri_entity_get_name_zh (m->e);
  guint theirs = zh ? edition_of (zh) : 0;
  return mine && theirs && mine != theirs;
}

/* The mentions as the recognisers of marked names see them. */
static GArray *
mention_spans (const GArray *ms)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (BriMentionSpan));
  for (guint k = 0; k < ms->len; k++)
    {
      const BriMention *m = &g_array_index (ms, BriMention, k);
      const char *kind = m->e ? bri_entity_get_kind (m->e) : "";
      /* A county's name may open a longer one too (兴隆 + 编组站). */
      BriMentionSpan x = { m->start, m->end,
                           !m->n_more && (bri__extract_is_place (m->e)
                                          || (m->e && g_str_equal (bri_entity_get_kind (m->e), "county"))),
                           !m->n_more && (g_str_equal (kind, "organization")
                                          || g_str_equal (kind, "mechanism")) };
      g_array_append_val (spans, x);
    }
  return spans;
}

/* Whether the marked name @mk is no new entity: it overlaps one already
 * taken (@add), or a mention crosses its edge, or one ends where it ends
 * (第八届 + a known 中国—亚欧博览会, 新疆 + a known 阿拉山口口岸): the data
 * set has the name, unless that is another edition of the event. */
static gboolean
mark_known (const char *norm, const BriMarked *mk, const GArray *ms, const GArray *add)
{
  for (guint j = 0; j < add->len; j++)
    {
      const BriMention *o = &g_array_index (add, BriMention, j);
      if (o->start < mk->end && o->end > mk->start)
        return TRUE;
    }
  for (guint k = 0; k < ms->len; k++)
    {
      const BriMention *m = &g_array_index (ms, BriMention, k);
      gboolean inside = m->start >= mk->start && m->end <= mk->end;
      if ((m->start < mk->end && m->end > mk->start && !inside)
          || (inside && m->end == mk->end && !other_edition (norm, mk->start, m)))
        return TRUE;
    }
  return FALSE;
}

/* The parent of the entity a marked name proposes: the city or province
 * it grew from; else, but for a forum, a place or country named just
 * before it. A county's short name is too often another place's word
 * (兴隆编组站 is in Chongqing, 兴隆 a county of Hebei) to say where the
 * name lies. */
static const BriEntity *
mark_parent (const BriMarked *mk, const GArray *ms)
{
  const BriEntity *parent = NULL;
  if (mk->absorbed >= 0 && bri__extract_is_place (g_array_index (ms, BriMention, mk->absorbed).e))
    parent = g_array_index (ms, BriMention, mk->absorbed).e;
  else if (!g_str_equal (mk->kind, "forum"))
    for (guint k = 0; k < ms->len; k++)
      {
        const BriMention *m = &g_array_index (ms, BriMention, k);
        if (m->end == mk->start && m->e && !m->n_more
            && (bri__extract_is_place (m->e) || g_str_equal (bri_entity_get_kind (m->e), "country")))
          parent = m->e;
      }
  return parent;
}

/* Inserts the mention @nm in order, in place of the mentions inside it. */
static void
insert_over (GArray *ms, const BriMention *nm)
{
  guint at = 0;
  for (guint k = 0; k < ms->len;)
    {
      const BriMention *m = &g_array_index (ms, BriMention, k);
      if (m->start >= nm->start && m->end <= nm->end)
        g_array_remove_index (ms, k);
      else
        {
          if (m->start < nm->start)
            at = k + 1;
          k++;
        }
    }
  g_array_insert_val (ms, at, *nm);
}

void
bri__mentions_add_marked (const BriExtractor *ex, const BriNormText *nt, const BriSpan *sp,
                          GArray *ms, BriExtractResult *res, const char *source,
                          GArray *fresh)
{
  const char *norm = nt->norm;
  g_autoptr (GArray) spans = mention_spans (ms);
  const BriMentionSpan *sd = (const BriMentionSpan *) spans->data;
  g_autoptr (GArray) marks = g_array_new (FALSE, FALSE, sizeof (BriMarked));
  bri__find_marked_events (ex->event_re, norm, sp->start, sp->end, sd, spans->len, marks);
  bri__find_marked_places (norm, sp->start, sp->end, sd, spans->len, marks);
  bri__find_marked_hosts (norm, sp->start, sp->end, sd, spans->len, marks);
  /* Decide on the mentions as found, then insert. */
  g_autoptr (GArray) add = g_array_new (FALSE, FALSE, sizeof (BriMention));
  for (guint i = 0; i < marks->len; i++)
    {
      const BriMarked *mk = &g_array_index (marks, BriMarked, i);
      if (mark_known (norm, mk, ms, add))
        continue;
      g_autofree char *name = bri__norm_text_slice (nt, mk->start, mk->name_end);
      g_autofree char *alias = mk->name_end != mk->end ? bri__norm_text_slice (nt, mk->start, mk->end) : NULL;
      g_autofree char *why = NULL;
      const BriEntity *e = bri__proposals_get (res->proposals, ex->graph, ex->t2s, mk->kind,
                                               name, alias, mark_parent (mk, ms), &why);
      if (!e)
        {
          g_autofree char *sent = bri__norm_text_slice (nt, sp->start, sp->end);
          bri__extract_result_add_candidate (res, name, sent, source, why);
          continue;
        }
      gboolean listed = FALSE;
      for (guint j = 0; j < fresh->len && !listed; j++)
        listed = g_array_index (fresh, BriFresh, j).e == e;
      if (!listed)
        {
          BriFresh f = { e, bri__norm_text_slice (nt, sp->start, sp->end) };
          g_array_append_val (fresh, f);
        }
      BriMention nm = { 0 };
      nm.start = mk->start;
      nm.end = mk->end;
      nm.e = e;
      g_array_append_val (add, nm);
    }
  for (guint j = 0; j < add->len; j++)
    insert_over (ms, &g_array_index (add, BriMention, j));
  if (add->len)
    bri__mentions_merge_inner_places (ms);
}
