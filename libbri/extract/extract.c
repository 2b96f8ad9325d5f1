/* libbri/extract/extract.c — the extraction driver: a text (or a file, with
 * its source and date) read sentence by sentence, carrying the paragraph's,
 * event's and story's parties and dates from one sentence to the next;
 * each sentence's mentions found, completed and resolved, the rules
 * applied, and candidates and proposed entities collected. */
#include "config.h"
#include "extract-run.h"

/* Whether the paragraph starting at @start is a photo caption: it ends
 * with 摄 (记者 某某 摄, (2024年3月12日摄)). */
static gboolean
is_caption (const char *norm, gsize len, gsize start)
{
  const char *nl = memchr (norm + start, '\n', len - start);
  gsize end = nl ? (gsize) (nl - norm) : len;
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (norm + end);
      gunichar c = g_utf8_get_char (prev);
      if (c == ' ' || c == '\t' || c == '\r' || c == 0x3000 || c == ')' || c == 0x3002)
        end = (gsize) (prev - norm);
      else
        return c == 0x6444;   /* 摄 */
    }
  return FALSE;
}

/* What carries over from sentence to sentence of one document. */
typedef struct {
  GPtrArray *context;        /* the parties of the current event, in order */
  GPtrArray *groups;         /* the groups the document named, last one last */
  BriDate event_date, event_end;
  const BriEntity *para_subject;
  const BriEntity *story_event;
  const BriEntity *talks[2];   /* the sides of the event's talks */
  GPtrArray *para_parties;
  guint para;
  gboolean in_caption;
  BriDate saved_date, saved_end;
} DocState;

/* A new paragraph: a Markdown heading starts a new story, and the date of
 * a photo caption does not carry over. */
static void
start_paragraph (DocState *st, const BriNormText *nt, const BriSpan *sp)
{
  st->para = sp->paragraph;
  st->para_subject = NULL;
  g_ptr_array_set_size (st->para_parties, 0);
  /* A Markdown heading starts a new story: no date, party or
   * group of the one before carries over. */
  if (nt->norm[sp->start] == '#')
    {
      st->event_date = st->event_end = BRI_DATE_UNSET;
      st->story_event = NULL;
      st->talks[0] = st->talks[1] = NULL;
      g_ptr_array_set_size (st->context, 0);
      g_ptr_array_set_size (st->groups, 0);
    }
  /* A photo caption's date dates what the caption shows, not the
   * paragraphs after it. */
  if (st->in_caption)
    {
      st->event_date = st->saved_date;
      st->event_end = st->saved_end;
      st->talks[0] = st->talks[1] = NULL;
      g_ptr_array_set_size (st->context, 0);
    }
  st->in_caption = is_caption (nt->norm, nt->norm_len, sp->start);
  st->saved_date = st->event_date;
  st->saved_end = st->event_end;
}

/* The sentence's date: the one it states (a new event), else the event's
 * (confidence × 0.9), else the document's (× 0.8); the factor is returned. */
static double
sentence_date (DocState *st, const BriNormText *nt, const BriSpan *sp, BriDate doc_date,
               BriDate *date, BriDate *end_date)
{
  double factor = 1.0;
  GArray *dates = bri__find_dates (nt->norm, sp->start, sp->end, doc_date, st->event_date);
  if (bri__pick_date (nt->norm, dates, doc_date, date, end_date))
    {
      st->event_date = *date;
      st->event_end = *end_date;
      g_ptr_array_set_size (st->context, 0);   /* a new event */
      st->talks[0] = st->talks[1] = NULL;
    }
  else if (bri_date_is_set (st->event_date))
    {
      *date = st->event_date;
      *end_date = st->event_end;
      factor = 0.9;
    }
  else
    {
      *date = doc_date;
      *end_date = BRI_DATE_UNSET;
      factor = 0.8;
    }
  g_array_unref (dates);
  return factor;
}

/* The sentence and clause rules on the sentence and each of its clauses
 * (each tagged once), then the name rules. */
static void
apply_rules (BriRuleCtx *c)
{
  const BriExtractor *ex = c->ex;
  const BriSpan *sp = c->sentence;
  GArray *clauses = bri__split_clauses (c->nt->norm, sp->start, sp->end);
  BriSeg whole;
  bri__seg_init (c, &whole, sp->start, sp->end, FALSE);
  BriSeg *segs = g_new (BriSeg, clauses->len);
  for (guint k = 0; k < clauses->len; k++)
    {
      const BriSpan *cl = &g_array_index (clauses, BriSpan, k);
      bri__seg_init (c, &segs[k], cl->start, cl->end, TRUE);
    }
  for (guint r = 0; r < ex->rules->len; r++)
    {
      const BriRule *rule = ex->rules->pdata[r];
      if (rule->scope == BRI_SCOPE_SENTENCE)
        bri__rule_apply (c, rule, &whole);
      else if (rule->scope == BRI_SCOPE_CLAUSE)
        for (guint k = 0; k < clauses->len; k++)
          bri__rule_apply (c, rule, &segs[k]);
    }
  for (guint k = 0; k < clauses->len; k++)
    bri__seg_clear (&segs[k]);
  g_free (segs);
  bri__seg_clear (&whole);
  g_array_unref (clauses);
  if (ex->has_name_rules)
    bri__name_rules_apply (c);
}

/* After a sentence: its last talks are the event's talks; its first party
 * is the paragraph's subject when there is none yet; its parties join the
 * paragraph's, and its first forum is the story's event when there is none. */
static void
note_sentence (DocState *st, const BriExtractor *ex, const BriExtractResult *res,
               guint n_before, const GArray *ms)
{
  for (guint k = n_before; k < res->relations->len; k++)
    {
      const BriRelation *x = res->relations->pdata[k];
      if (!g_str_equal (bri_relation_get_kind (x), "met"))
        continue;
      const BriEntity *f = bri_graph_lookup_entity (ex->graph, bri_relation_get_from_id (x));
      const BriEntity *t = bri_graph_lookup_entity (ex->graph, bri_relation_get_to_id (x));
      if (f && t)
        {
          st->talks[0] = f;
          st->talks[1] = t;
        }
    }
  if (!st->para_subject && ms->len > 0)
    st->para_subject = g_array_index (ms, BriMention, 0).e;
  for (guint k = 0; k < ms->len; k++)
    {
      const BriEntity *e = g_array_index (ms, BriMention, k).e;
      if (e && !g_ptr_array_find (st->para_parties, e, NULL))
        g_ptr_array_add (st->para_parties, (gpointer) e);
      if (e && !st->story_event && g_str_equal (bri_entity_get_kind (e), "forum"))
        st->story_event = e;
    }
}

/* The source of a document the graph does not know, titled by its first
 * line when that is a Markdown heading. */
static void
add_source (BriExtractResult *res, const BriNormText *nt, const GArray *sentences,
            const char *source_id, BriDate doc_date)
{
  BriSource *so = bri_source_new (source_id);
  bri_source_set_date (so, doc_date);
  if (sentences->len && nt->norm[g_array_index (sentences, BriSpan, 0).start] == '#')
    {
      const BriSpan *h = &g_array_index (sentences, BriSpan, 0);
      gsize st = h->start;
      while (st < h->end && (nt->norm[st] == '#' || nt->norm[st] == ' '))
        st++;
      g_autofree char *title = bri__norm_text_slice (nt, st, h->end);
      bri_source_set_title (so, g_strstrip (title));
    }
  g_ptr_array_add (res->sources, so);
}

/* A marked name no relation needed: a candidate, not an entity. */
static void
add_unused_proposals (BriExtractResult *res, const GArray *fresh, const char *source_id)
{
  for (guint i = 0; i < fresh->len; i++)
    {
      const BriFresh *f = &g_array_index (fresh, BriFresh, i);
      gboolean used = FALSE;
      for (guint k = 0; k < bri__proposals_get_n (res->proposals); k++)
        if (bri__proposals_get_nth (res->proposals, k, &used) == f->e)
          break;
      if (!used)
        {
          const char *name = bri_entity_get_n_aliases (f->e) ? bri_entity_get_alias (f->e, 0)
                                                             : bri_entity_get_name_zh (f->e);
          bri__extract_result_add_candidate (res, name, f->sentence, source_id,
                                             "marked name that no relation needed");
        }
    }
}

BriExtractResult *
bri_extract_text (const BriExtractor *ex, const char *text, gssize len,
                  BriDate doc_date, const char *source_id, GError **error)
{
  g_return_val_if_fail (ex != NULL, NULL);
  g_return_val_if_fail (text != NULL || len == 0, NULL);
  gsize n = len < 0 ? strlen (text) : (gsize) len;
  BriNormText nt;
  if (!bri__norm_text_init (&nt, ex->t2s, text ? text : "", n, error))
    {
      g_prefix_error (error, "<text>:");
      return NULL;
    }
  BriExtractResult *res = bri_extract_result_new ();
  GArray *sentences = bri__split_sentences (nt.norm, nt.norm_len);
  g_autoptr (GPtrArray) context = g_ptr_array_new ();
  g_autoptr (GPtrArray) groups = g_ptr_array_new ();
  g_autoptr (GPtrArray) para_parties = g_ptr_array_new ();
  DocState st = { context, groups, BRI_DATE_UNSET, BRI_DATE_UNSET, NULL, NULL, { NULL, NULL },
                  para_parties, G_MAXUINT, FALSE, BRI_DATE_UNSET, BRI_DATE_UNSET };
  g_autoptr (GArray) stated = g_array_new (FALSE, FALSE, sizeof (BriStated));
  g_autoptr (GArray) fresh = g_array_new (FALSE, FALSE, sizeof (BriFresh));
  g_array_set_clear_func (fresh, bri__fresh_clear);
  BriPersons *persons = bri__persons_new ();
  for (guint si = 0; si < sentences->len; si++)
    {
      const BriSpan *sp = &g_array_index (sentences, BriSpan, si);
      if (sp->paragraph != st.para)
        start_paragraph (&st, &nt, sp);
      BriDate date, end_date;
      double factor = sentence_date (&st, &nt, sp, doc_date, &date, &end_date);
      g_array_set_size (stated, 0);
      GArray *ms = bri__mentions_find (ex, nt.norm, sp->start, sp->end, NULL);
      bri__mentions_add_marked (ex, &nt, sp, ms, res, source_id, fresh);
      bri__mentions_add_persons (ex, nt.norm, sp, ms, persons);
      bri__mentions_resolve (ex, nt.norm, ms, st.context, st.groups, st.talks);
      guint n_before = res->relations->len;
      BriRuleCtx c = { ex, res, &nt, source_id, sp, ms, date, end_date, factor,
                       st.para_subject, st.para_parties, st.story_event, stated, doc_date,
                       0, NULL };
      if (ms->len > 0)
        apply_rules (&c);
      bri__candidates_find (&c);
      note_sentence (&st, ex, res, n_before, ms);
      g_array_unref (ms);
    }
  if (source_id && !bri_graph_lookup_source (ex->graph, source_id))
    add_source (res, &nt, sentences, source_id, doc_date);
  add_unused_proposals (res, fresh, source_id);
  g_array_unref (sentences);
  bri__persons_free (persons);
  bri__norm_text_clear (&nt);
  return res;
}

/* A date in a file name: 8 digits YYYYMMDD or YYYY-MM-DD not inside a
 * longer run of digits, with a valid month and day; unset when none. */
static BriDate
date_in_name (const char *base)
{
  for (const char *p = base; *p; p++)
    {
      if (!g_ascii_isdigit (*p) || (p > base && g_ascii_isdigit (p[-1])))
        continue;
      char buf[11] = { 0 };
      if (strlen (p) >= 8 && strspn (p, "0123456789") == 8)
        g_snprintf (buf, sizeof buf, "%.4s-%.2s-%.2s", p, p + 4, p + 6);
      else if (strlen (p) >= 10 && strspn (p, "0123456789") == 4 && p[4] == '-'
               && g_ascii_isdigit (p[5]) && g_ascii_isdigit (p[6]) && p[7] == '-'
               && strspn (p + 8, "0123456789") == 2)
        memcpy (buf, p, 10);
      BriDate d = BRI_DATE_UNSET;
      if (*buf && (buf[0] == '1' || buf[0] == '2') && bri_date_parse (buf, &d, NULL))
        return d;
    }
  return BRI_DATE_UNSET;
}

BriExtractResult *
bri_extract_file (const BriExtractor *ex, const char *path, BriDate doc_date,
                  const char *source_id, GError **error)
{
  g_return_val_if_fail (ex != NULL && path != NULL, NULL);
  g_autofree char *data = NULL;
  gsize len = 0;
  if (!g_file_get_contents (path, &data, &len, error))
    return NULL;
  g_autofree char *base = g_path_get_basename (path);
  gboolean matched = FALSE;
  for (guint i = 0; i < bri_graph_get_n_sources (ex->graph) && !matched; i++)
    {
      const BriSource *s = bri_graph_get_source (ex->graph, i);
      const char *file = bri_source_get_file (s);
      if (!file)
        continue;
      g_autofree char *fb = g_path_get_basename (file);
      if (g_str_equal (fb, base))
        {
          if (!bri_date_is_set (doc_date))
            doc_date = bri_source_get_date (s);
          if (!source_id)
            source_id = bri_source_get_id (s);
          matched = TRUE;
        }
    }
  /* A file the data set does not know: its name without the extension is
   * its source id, and a date in the name (news_20240627.txt,
   * 2024-06-27.txt) is its date. */
  g_autofree char *own_id = NULL;
  if (!matched && !source_id)
    {
      const char *dot = strrchr (base, '.');
      own_id = g_strndup (base, dot && dot != base ? (gsize) (dot - base) : strlen (base));
      g_strdelimit (own_id, " \t,", '-');
      source_id = own_id;
    }
  if (!matched && !bri_date_is_set (doc_date))
    doc_date = date_in_name (base);
  GError *err = NULL;
  BriExtractResult *res = bri_extract_text (ex, data, (gssize) len, doc_date,
                                            source_id, &err);
  if (!res)
    {
      const char *m = err->message;
      if (g_str_has_prefix (m, "<text>:"))
        m += strlen ("<text>:");
      g_set_error (error, err->domain, err->code, "%s:%s", path, m);
      g_error_free (err);
    }
  for (guint i = 0; res && i < res->sources->len; i++)
    bri_source_set_file (res->sources->pdata[i], base);
  return res;
}
