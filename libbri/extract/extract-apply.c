/* libbri/extract/extract-apply.c — the rules applied to a tagged segment:
 * each match's slots read as entities (the tags they hold, the sentence's
 * subject, the named entity itself, the regions of the places named), the
 * pairs the rule makes of them, and the relations emitted once per
 * document, kind, pair and date. */
#include "config.h"
#include "extract-run.h"

static gboolean
kinds_overlap (char **a, char **b)
{
  if (!a || !b)
    return TRUE;
  for (guint i = 0; a[i]; i++)
    if (g_strv_contains ((const char *const *) b, a[i]))
      return TRUE;
  return FALSE;
}

static gboolean
stated_already (const GArray *stated, const BriRule *rule, const BriEntity *to)
{
  for (guint i = 0; stated && i < stated->len; i++)
    {
      const BriStated *st = &g_array_index (stated, BriStated, i);
      if (st->to == to && g_str_equal (st->rule->kind, rule->kind)
          && kinds_overlap (st->rule->from_kinds, rule->from_kinds))
        return TRUE;
    }
  return FALSE;
}

static gboolean
kind_ok (char **kinds, const BriEntity *e)
{
  return !kinds || g_strv_contains ((const char *const *) kinds, bri_entity_get_kind (e));
}

/* @subject: the first party of the sentence before the match, else the
 * paragraph's; with kinds, the first of those kinds (本次赛事吸引了
 * 来自…: the event the paragraph is about). */
static void
subject_entity (const BriRuleCtx *c, char **kinds, GPtrArray *out)
{
  const BriEntity *e = NULL;
  for (guint k = 0; k < c->mentions->len && !e; k++)
    {
      const BriMention *m = &g_array_index (c->mentions, BriMention, k);
      if (m->start >= c->match_start)
        break;
      if (m->e && (kind_ok (kinds, m->e) || !kinds))
        e = m->e;
      if (!kinds)
        break;
    }
  if (!e)
    e = c->para_subject;
  /* With kinds: the first party of those kinds in the paragraph. */
  for (guint k = 0; kinds && c->para_parties && k < c->para_parties->len
                    && !(e && kind_ok (kinds, e)); k++)
    e = c->para_parties->pdata[k];
  /* Else the event the story is about (拉赫蒙主持会议, paragraphs after
   * the headline that named the meeting). */
  if (kinds && !(e && kind_ok (kinds, e)) && c->story_event)
    e = c->story_event;
  if (e && kind_ok (kinds, e))
    g_ptr_array_add (out, (gpointer) e);
}

/* 泰国副总理兼商业部长、数字经济和社会部: the country @e of the mention
 * @m, followed within a few characters by a body of that country (not a
 * place: 在昆明 is the venue), stands for that body; the further bodies
 * of that country listed right after it are added to @out. Returns the
 * entity the mention stands for. */
static const BriEntity *
country_body (const BriRuleCtx *c, const BriMention *m, const BriEntity *e, char **kinds,
              GPtrArray *out)
{
  const BriMention *n = m + 1;
  const BriMention *last = &g_array_index (c->mentions, BriMention, c->mentions->len - 1);
  if (!(n->e && n->start - m->end <= 30 && bri__extract_country_of (n->e) == e
        && !g_str_equal (bri_entity_get_kind (n->e), "country") && !bri__extract_is_place (n->e)
        && !g_str_equal (bri_entity_get_kind (n->e), "port")))
    return e;
  const BriEntity *country = e;
  for (const BriMention *q = n + 1; q <= last; q++)
    {
      if (!q->e || bri__extract_country_of (q->e) != country
          || g_str_equal (bri_entity_get_kind (q->e), "country"))
        break;
      g_autofree char *gap = g_strndup (c->nt->norm + (q - 1)->end, q->start - (q - 1)->end);
      if (!g_str_equal (gap, "、") && !g_str_equal (gap, "和") && !g_str_equal (gap, "及")
          && !g_str_equal (gap, "以及"))
        break;
      if (kind_ok (kinds, q->e) && !g_ptr_array_find (out, q->e, NULL))
        g_ptr_array_add (out, (gpointer) q->e);
    }
  return n->e;
}

/* The entities a captured slot names. */
static GPtrArray *
slot_entities (const BriRuleCtx *c, GMatchInfo *mi, const char *slot, char **kinds)
{
  GPtrArray *out = g_ptr_array_new ();
  if (!slot || !*slot)
    return out;
  if (g_str_equal (slot, "@self"))
    {
      if (c->self && kind_ok (kinds, c->self))
        g_ptr_array_add (out, (gpointer) c->self);
      return out;
    }
  if (g_str_equal (slot, "@subject"))
    {
      subject_entity (c, kinds, out);
      return out;
    }
  g_autofree char *s = g_match_info_fetch_named (mi, slot);
  for (const char *p = s; p && *p; p++)
    {
      if (*p != BRI_TAG_OPEN)
        continue;
      guint k = (guint) strtoul (p + 1, NULL, 10);
      const BriMention *m = &g_array_index (c->mentions, BriMention, k & 0xFFFFu);
      guint part = k >> 16;
      const BriEntity *e = part ? m->more[part - 1] : m->e;
      /* 中方 read as the body of the event, where the rule wants a country. */
      if (e && !part && m->orig && !kind_ok (kinds, e) && kind_ok (kinds, m->orig))
        e = m->orig;
      if (e && !part && m->n_more == 0 && g_str_equal (bri_entity_get_kind (e), "country")
          && (k & 0xFFFFu) + 1 < c->mentions->len)
        e = country_body (c, m, e, kinds, out);
      if (e && kind_ok (kinds, e) && !g_ptr_array_find (out, e, NULL))
        g_ptr_array_add (out, (gpointer) e);
    }
  /* A list naming a country and a place inside it keeps the inner one. */
  for (guint i = 0; i < out->len;)
    {
      gboolean drop = FALSE;
      for (guint j = 0; j < out->len && !drop; j++)
        if (j != i && bri__extract_is_ancestor (out->pdata[i], out->pdata[j]))
          drop = TRUE;
      if (drop)
        g_ptr_array_remove_index (out, i);
      else
        i++;
    }
  return out;
}

/* @region: for each entity, the province it lies in, else its country
 * (哈尔滨国际陆港集结中心 → Heilongjiang; 横模口岸 → Viet Nam). */
static GPtrArray *
regions_of (GPtrArray *things, char **kinds)
{
  GPtrArray *out = g_ptr_array_new ();
  for (guint i = 0; i < things->len; i++)
    {
      const BriEntity *r = NULL;
      const BriEntity *e = things->pdata[i];
      for (guint d = 0; e && d < BRI_MAX_PARENT_DEPTH + 1 && !r; d++)
        {
          e = bri_entity_get_parent (e);
          if (e && g_str_equal (bri_entity_get_kind (e), "province"))
            r = e;
        }
      if (!r)
        r = bri__extract_country_of (bri_entity_get_parent (things->pdata[i]));
      if (r && kind_ok (kinds, r) && !g_ptr_array_find (out, r, NULL))
        g_ptr_array_add (out, (gpointer) r);
    }
  return out;
}

static void
emit (const BriRuleCtx *c, const BriRule *rule, const BriEntity *f, const BriEntity *t,
      const BriEntity *via, const char *title, BriDate date, BriDate end_date,
      gboolean inherited)
{
  if (f == t)
    return;
  if (rule->scope == BRI_SCOPE_NAME && stated_already (c->stated, rule, t))
    return;
  if (rule->scope != BRI_SCOPE_NAME && c->stated)
    {
      BriStated st = { rule, t };
      g_array_append_val (c->stated, st);
    }
  const BriKind *kind = bri_graph_lookup_kind (c->ex->graph, rule->kind);
  const char *fid = bri_entity_get_id (f), *tid = bri_entity_get_id (t);
  if (!bri_kind_is_directed (kind) && strcmp (fid, tid) > 0)
    {
      const char *x = fid;
      fid = tid;
      tid = x;
    }
  /* A relation already proposed from this document, mentioned again where
   * the date is only carried over (卡卡尔到访新疆时表示…), is the same
   * fact: not a second one at another date. So is a second hosting of one
   * event by one party (opened on one day, closed on another): an edition
   * is hosted once, dated by its first mention. */
  g_autofree char *pair = g_strdup_printf ("%s|%s|%s|%s", rule->kind, fid, tid,
                                           c->source ? c->source : "");
  if ((inherited || strcmp (rule->kind, BRI_KIND_HOSTED) == 0)
      && g_hash_table_contains (c->res->seen_pairs, pair))
    return;
  char dbuf[BRI_DATE_STRLEN];
  char *key = g_strdup_printf ("%s|%s|%s|%s|%s", rule->kind, fid, tid,
                               bri_date_format (date, dbuf), c->source ? c->source : "");
  if (!g_hash_table_add (c->res->seen, key))
    return;
  g_hash_table_add (c->res->seen_pairs, g_steal_pointer (&pair));
  BriRelation *r = bri_relation_new (rule->kind, fid, tid);
  bri_relation_set_date (r, date);
  bri_relation_set_end_date (r, end_date);
  bri_relation_set_title (r, title);
  if (via && via != f && via != t)
    bri_relation_set_via (r, bri_entity_get_id (via));
  bri_relation_set_source (r, c->source);
  g_autofree char *ev = bri__norm_text_slice (c->nt, c->sentence->start, c->sentence->end);
  bri_relation_set_evidence (r, ev);
  double conf = rule->confidence * c->date_factor;
  bri_relation_set_confidence (r, floor (conf * 100 + 0.5) / 100);
  bri_relation_set_attribute (r, "rule", rule->id);
  g_ptr_array_add (c->res->relations, r);
  bri__proposals_use (c->res->proposals, f);
  bri__proposals_use (c->res->proposals, t);
  if (via && via != f && via != t)
    bri__proposals_use (c->res->proposals, via);
}

void
bri__rule_apply (BriRuleCtx *c, const BriRule *rule, const BriSeg *sg)
{
  if (sg->n_tags < rule->min_tags)
    return;
  BriDate date = sg->date, end_date = sg->end_date;
  gboolean inherited = c->date_factor < 1 && !sg->own_date;
  const char *tagged = sg->tagged;
  const gsize *t2n = sg->t2n;
  GMatchInfo *mi = NULL;
  g_regex_match (rule->regex, tagged, 0, &mi);
  while (g_match_info_matches (mi))
    {
      gint ms = 0, me = 0;
      g_match_info_fetch_pos (mi, 0, &ms, &me);
      c->match_start = t2n[ms];
      g_autoptr (GPtrArray) to = slot_entities (c, mi, rule->to, rule->to_kinds);
      g_autoptr (GPtrArray) from = g_str_equal (rule->from, "@region")
                                   ? regions_of (to, rule->from_kinds)
                                   : slot_entities (c, mi, rule->from, rule->from_kinds);
      g_autoptr (GPtrArray) via = slot_entities (c, mi, rule->via, NULL);
      g_autofree char *title = NULL;
      gint ts = -1, te = -1;
      if (g_regex_get_string_number (rule->regex, "title") >= 0 &&
          g_match_info_fetch_named_pos (mi, "title", &ts, &te) && ts >= 0)
        title = bri__norm_text_slice (c->nt, t2n[ts], t2n[te]);
      const BriEntity *v = via->len ? via->pdata[0] : NULL;
      if (rule->pairs != BRI_PAIRS_CROSS)
        {
          for (guint i = 0; i < to->len; i++)
            if (!g_ptr_array_find (from, to->pdata[i], NULL))
              g_ptr_array_add (from, to->pdata[i]);
          /* star: the first party named (the hub) with each other one, never
           * every pair (a list of signatories is one document, not a
           * clique); both: each ordered pair (a route each way). */
          for (guint i = 0; i < from->len; i++)
            for (guint j = 0; j < from->len; j++)
              if ((rule->pairs == BRI_PAIRS_STAR && i == 0 && j > 0)
                  || (rule->pairs == BRI_PAIRS_BOTH && i != j))
                emit (c, rule, from->pdata[i], from->pdata[j], v, title, date, end_date, inherited);
        }
      else
        for (guint i = 0; i < from->len; i++)
          for (guint j = 0; j < to->len; j++)
            emit (c, rule, from->pdata[i], to->pdata[j], v, title, date, end_date, inherited);
      g_match_info_next (mi, NULL);
    }
  g_match_info_free (mi);
}

void
bri__name_rules_apply (const BriRuleCtx *c)
{
  for (guint k = 0; k < c->mentions->len; k++)
    {
      const BriMention *m = &g_array_index (c->mentions, BriMention, k);
      if (!m->e || m->both || m->count || m->n_more)
        continue;
      GArray *inner = bri__mentions_find (c->ex, c->nt->norm, m->start, m->end, m->e);
      if (inner->len > 0)
        {
          BriRuleCtx ic = *c;
          ic.mentions = inner;
          ic.self = m->e;
          BriSeg sg;
          bri__seg_init (&ic, &sg, m->start, m->end, FALSE);
          for (guint r = 0; r < c->ex->rules->len; r++)
            {
              const BriRule *rule = c->ex->rules->pdata[r];
              if (rule->scope == BRI_SCOPE_NAME)
                bri__rule_apply (&ic, rule, &sg);
            }
          bri__seg_clear (&sg);
        }
      g_array_unref (inner);
    }
}
