/* libbri/extract/extract-propose.c — proposed entities: the names that the text
 * clearly marks as a place or an event (…市, …口岸, …港, …站, …自贸区,
 * 第N届…博览会/论坛/峰会/周, “…论坛”) but that the data set lacks, and the
 * one id rule that names them.
 *
 * The id rule (documented in include/bri/extract.h and data/README.md):
 * `<kind>:<key>` where key is the Simplified name (OpenCC t2s) folded as
 * names are for matching (full-width ASCII to ASCII, lower case, dashes to
 * '-') with white space, quotes, brackets and '·' removed. The same name
 * always gives the same id, in either script. An id that the graph already
 * holds (for an entity whose names did not match the text) is a collision:
 * the name is not proposed but kept as a candidate with the reason, never
 * merged into the existing entity. */
#include "config.h"
#include "extract-private.h"

struct _BriProposals {
  GPtrArray *entities;     /* BriEntity*, owned, in order of first proposal */
  GHashTable *by_id;       /* id → BriEntity* */
  GHashTable *used;        /* BriEntity* used by a relation */
};

BriProposals *
bri__proposals_new (void)
{
  BriProposals *p = g_new0 (BriProposals, 1);
  p->entities = g_ptr_array_new_with_free_func ((GDestroyNotify) bri_entity_free);
  p->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  p->used = g_hash_table_new (g_direct_hash, g_direct_equal);
  return p;
}

void
bri__proposals_free (BriProposals *p)
{
  if (!p)
    return;
  g_hash_table_unref (p->used);
  g_hash_table_unref (p->by_id);
  g_ptr_array_unref (p->entities);
  g_free (p);
}

static gboolean
dropped_in_key (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019
         || c == '"' || c == '\'' || c == 0x300A || c == 0x300B || c == '(' || c == ')'
         || c == 0x00B7 || c == 0x30FB || c == '*';
}

char *
bri__proposal_id (BriT2s *t2s, const char *kind, const char *name)
{
  g_autofree char *folded = bri__extract_fold_name (t2s, name);
  GString *id = g_string_new (kind);
  g_string_append_c (id, ':');
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!dropped_in_key (c))
        g_string_append_unichar (id, c);
    }
  return g_string_free (id, FALSE);
}

const BriEntity *
bri__proposals_get (BriProposals *p, BriGraph *graph, BriT2s *t2s, const char *kind,
                    const char *name, const char *alias, const BriEntity *parent,
                    char **why)
{
  g_autofree char *id = bri__proposal_id (t2s, kind, name);
  BriEntity *e = g_hash_table_lookup (p->by_id, id);
  g_autofree char *zh = bri__t2s_convert (t2s, name, strlen (name));
  if (e)
    {
      if (g_str_equal (bri_entity_get_name_zh (e), zh))
        return e;
      *why = g_strdup_printf ("id %s already proposed for %s", id, bri_entity_get_name_zh (e));
      return NULL;
    }
  if (bri_graph_lookup_entity (graph, id))
    {
      *why = g_strdup_printf ("id %s already names another entity of the data set", id);
      return NULL;
    }
  e = bri_entity_new (id, kind, zh);
  bri_entity_set_name_zh (e, zh);
  if (!g_str_equal (zh, name))
    bri_entity_add_alias (e, name);
  if (alias && !g_str_equal (alias, name))
    bri_entity_add_alias (e, alias);
  if (parent)
    {
      bri_entity_set_parent (e, bri_entity_get_id (parent));
      e->parent = parent;
    }
  g_ptr_array_add (p->entities, e);
  g_hash_table_insert (p->by_id, (gpointer) bri_entity_get_id (e), e);
  return e;
}

gboolean
bri__proposals_owns (const BriProposals *p, const BriEntity *e)
{
  return e && g_hash_table_lookup (p->by_id, bri_entity_get_id (e)) == e;
}

void
bri__proposals_use (BriProposals *p, const BriEntity *e)
{
  if (bri__proposals_owns (p, e))
    {
      g_hash_table_add (p->used, (gpointer) e);
      /* A proposed parent is needed too (none today: parents are known). */
    }
}

guint
bri__proposals_get_n (const BriProposals *p)
{
  return p->entities->len;
}

const BriEntity *
bri__proposals_get_nth (const BriProposals *p, guint i, gboolean *used)
{
  const BriEntity *e = p->entities->pdata[i];
  *used = g_hash_table_contains (p->used, e);
  return e;
}

/* Merges @from's used proposals into @into (same id: the first kept). */
void
bri__proposals_merge (BriProposals *into, const BriProposals *from)
{
  for (guint i = 0; i < from->entities->len; i++)
    {
      const BriEntity *e = from->entities->pdata[i];
      if (!g_hash_table_contains (from->used, e))
        continue;
      BriEntity *have = g_hash_table_lookup (into->by_id, bri_entity_get_id (e));
      if (!have)
        {
          have = bri_entity_new (bri_entity_get_id (e), bri_entity_get_kind (e),
                                 bri_entity_get_name (e));
          bri_entity_set_name_zh (have, bri_entity_get_name_zh (e));
          for (guint k = 0; k < bri_entity_get_n_aliases (e); k++)
            bri_entity_add_alias (have, bri_entity_get_alias (e, k));
          if (bri_entity_get_parent_id (e))
            bri_entity_set_parent (have, bri_entity_get_parent_id (e));
          have->parent = e->parent;
          g_ptr_array_add (into->entities, have);
          g_hash_table_insert (into->by_id, (gpointer) bri_entity_get_id (have), have);
        }
      else
        for (guint k = 0; k < bri_entity_get_n_aliases (e); k++)
          {
            const char *a = bri_entity_get_alias (e, k);
            gboolean has = g_str_equal (a, bri_entity_get_name_zh (have));
            for (guint j = 0; j < bri_entity_get_n_aliases (have) && !has; j++)
              has = g_str_equal (a, bri_entity_get_alias (have, j));
            if (!has)
              bri_entity_add_alias (have, a);
          }
      g_hash_table_add (into->used, have);
    }
}

/* ---- names the text marks ------------------------------------------------ */

/* Place suffixes, longest first: the kind they mark, and whether the
 * suffix is dropped from the name (南宁市 → 南宁, with 南宁市 an alias). */
static const struct {
  const char *suffix, *kind;
  gboolean strip;
} place_suffixes[] = {
  { "自由贸易试验区", "zone", FALSE }, { "综合保税区", "zone", FALSE },
  { "货运场站", "port", FALSE }, { "国际陆港", "port", FALSE }, { "编组站", "port", FALSE },
  { "自贸区", "zone", FALSE }, { "新片区", "zone", FALSE }, { "开发区", "zone", FALSE },
  { "保税区", "zone", FALSE }, { "合作区", "zone", FALSE }, { "物流园", "port", FALSE },
  { "口岸", "port", FALSE }, { "陆港", "port", FALSE }, { "港口", "port", FALSE },
  { "车站", "port", FALSE }, { "场站", "port", FALSE }, { "港", "port", FALSE },
  { "站", "port", FALSE }, { "市", "city", TRUE },
};

/* A character after a suffix that makes it part of a longer word:
 * 市场, 站在, 港澳 … */
static gboolean
continues_word (const char *suffix, gunichar n)
{
  if (g_str_equal (suffix, "市"))
    return n == 0x573A /* 场 */ || n == 0x6C11 /* 民 */ || n == 0x59D4 /* 委 */
           || n == 0x7EA7 /* 级 */ || n == 0x957F /* 长 */ || n == 0x533A /* 区 */
           || n == 0x653F /* 政 */ || n == 0x503C /* 值 */;
  if (g_str_equal (suffix, "站"))
    return n == 0x5728 /* 在 */ || n == 0x7A33 /* 稳 */ || n == 0x8D77 /* 起 */
           || n == 0x7AD9 /* 站 */ || n == 0x5C97 /* 岗 */ || n == 0x70B9 /* 点 */;
  if (g_str_equal (suffix, "港"))
    return n == 0x6FB3 /* 澳 */ || n == 0x53F0 /* 台 */ || n == 0x5E01 /* 币 */
           || n == 0x533A /* 区 */ || n == 0x53E3 /* 口 */ || n == 0x52A1 /* 务 */;
  return FALSE;
}

/* Characters that end a name walking back from its suffix: particles,
 * prepositions, and the verbs of motion that precede a place. */
static const char name_stops[] =
  "的在与和及由从经至赴了为是将等对向同于把被以其该此各本全内外这并也还就"
  "出入往开抵达到离驶运发经过赶前来去回自沿到即首新该个家座批列辆";

/* Whether another place suffix follows within a few characters of the
 * same name (临港新片区: not 临港). */
static gboolean
longer_name_follows (const char *norm, gsize e, gsize b)
{
  gsize p = e;
  for (guint n = 0; n < 6 && p < b; n++)
    {
      for (guint s = 0; s < G_N_ELEMENTS (place_suffixes); s++)
        {
          const char *suf = place_suffixes[s].suffix;
          gsize sl = strlen (suf);
          if (p + sl <= b && memcmp (norm + p, suf, sl) == 0
              && !(p + sl < b && continues_word (suf, g_utf8_get_char (norm + p + sl))))
            return TRUE;
        }
      gunichar c = g_utf8_get_char (norm + p);
      if (!bri__is_han (c) || bri__unichar_in (c, name_stops))
        return FALSE;
      p = (gsize) (g_utf8_next_char (norm + p) - norm);
    }
  return FALSE;
}

/* Marked place names in norm[a, b): for each place suffix not inside an
 * entity mention of @ms (BriMarked spans; @ms is only read), the Han run
 * before it up to a stop character, absorbing a city or province mention
 * that the run reaches (重庆团结村车站). */
void
bri__find_marked_places (const char *norm, gsize a, gsize b, const BriMentionSpan *ms,
                         guint n_ms, GArray *out)
{
  for (gsize i = a; i < b; i = (gsize) (g_utf8_next_char (norm + i) - norm))
    {
      for (guint s = 0; s < G_N_ELEMENTS (place_suffixes); s++)
        {
          const char *suf = place_suffixes[s].suffix;
          gsize sl = strlen (suf);
          if (i + sl > b || memcmp (norm + i, suf, sl) != 0)
            continue;
          gsize e = i + sl;
          if (e < b && continues_word (suf, g_utf8_get_char (norm + e)))
            break;
          if (longer_name_follows (norm, e, b))
            break;
          /* Inside a mention: the name is known. */
          gboolean inside = FALSE;
          for (guint k = 0; k < n_ms && !inside; k++)
            if (ms[k].start <= i && ms[k].end > i)
              inside = TRUE;
          if (inside)
            break;
          gsize st = i;
          guint nch = 0;
          gint absorbed = -1;
          while (st > a && nch < 10)
            {
              gint hit = -1;
              for (guint k = 0; k < n_ms; k++)
                if (ms[k].end == st)
                  hit = (gint) k;
              if (hit >= 0)
                {
                  if (ms[hit].place)
                    {
                      st = ms[hit].start;
                      absorbed = hit;
                    }
                  break;
                }
              const char *prev = g_utf8_prev_char (norm + st);
              gunichar pc = g_utf8_get_char (prev);
              if (!bri__is_han (pc) || bri__unichar_in (pc, name_stops))
                break;
              st = (gsize) (prev - norm);
              nch++;
            }
          /* At least two characters of the name's own before a one- or
           * two-character suffix (港, 站, 市), one before a longer one. */
          guint need = g_utf8_strlen (suf, -1) <= 2 ? 2 : 1;
          if (absorbed < 0 && nch < need)
            break;
          BriMarked mk = { st, e, place_suffixes[s].kind,
                           place_suffixes[s].strip ? i : e, absorbed };
          g_array_append_val (out, mk);
          i = e - 1;   /* the loop steps past the suffix's first byte */
          break;
        }
    }
}

/* The words a body's name ends with, and the kind they give. */
static const struct {
  const char *suffix;
  const char *kind;
} body_suffixes[] = {
  { "委员会", "ministry" }, { "办公室", "ministry" }, { "新闻办", "ministry" },
  { "联合会", "organization" }, { "协会", "organization" }, { "商会", "organization" },
  { "集团", "enterprise" }, { "公司", "enterprise" }, { "研究院", "institution" },
  { "科学院", "institution" }, { "大学", "institution" }, { "学院", "institution" },
  { "中心", "institution" }, { "总署", "ministry" }, { "部", "ministry" },
  { "署", "ministry" }, { "局", "ministry" }, { "厅", "ministry" }, { "委", "ministry" },
};

/* The verbs that close a list of organisers after 由. */
static const char *const host_verbs[] = { "主办", "承办", "举办", "联合主办", "共同主办",
                                          "联合举办", "共同举办" };

/* Does norm[s, e) end with a body's word (and hold at least two Han
 * characters before it)? Returns the kind, or NULL. */
static const char *
body_kind (const char *norm, gsize s, gsize e)
{
  for (guint k = 0; k < G_N_ELEMENTS (body_suffixes); k++)
    {
      gsize sl = strlen (body_suffixes[k].suffix);
      if (e - s > sl && memcmp (norm + e - sl, body_suffixes[k].suffix, sl) == 0
          && g_utf8_strlen (norm + s, (gssize) (e - s - sl)) >= 2)
        return body_suffixes[k].kind;
    }
  return NULL;
}

void
bri__find_marked_hosts (const char *norm, gsize a, gsize b, const BriMentionSpan *ms,
                        guint n_ms, GArray *out)
{
  for (gsize i = a; i + strlen ("由") <= b; i = (gsize) (g_utf8_next_char (norm + i) - norm))
    {
      if (!g_str_has_prefix (norm + i, "由"))
        continue;
      gsize start = i + strlen ("由");
      /* The list runs to the first verb of organising, within 50 characters,
       * over Han characters and the separators 、 和 与 及. */
      gsize end = 0;
      for (gsize q = start; q < b && q < start + 150 && !end;
           q = (gsize) (g_utf8_next_char (norm + q) - norm))
        {
          for (guint v = 0; v < G_N_ELEMENTS (host_verbs) && !end; v++)
            if (g_str_has_prefix (norm + q, host_verbs[v]))
              end = q;
          gunichar c = g_utf8_get_char (norm + q);
          if (!end && !bri__is_han (c) && c != 0x3001 /* 、 */)
            break;
        }
      if (!end)
        continue;
      /* Split at 、 和 与 及 (also 共同/联合 before the verb), and mark each
       * part no mention touches that ends in a body's word. */
      gsize ps = start;
      for (gsize q = start; q <= end; q = (gsize) (g_utf8_next_char (norm + q) - norm))
        {
          gunichar c = q < end ? g_utf8_get_char (norm + q) : 0;
          if (q < end && c != 0x3001 && !bri__unichar_in (c, "和与及"))
            continue;
          gsize pe = q;
          if (pe == end)
            for (guint w = 0; w < 2; w++)
              {
                const char *adv = w ? "联合" : "共同";
                gsize al = strlen (adv);
                if (pe >= ps + al && memcmp (norm + pe - al, adv, al) == 0)
                  pe -= al;
              }
          gboolean touched = FALSE;
          for (guint k = 0; k < n_ms && !touched; k++)
            touched = ms[k].start < pe && ms[k].end > ps;
          const char *kind = touched ? NULL : body_kind (norm, ps, pe);
          if (kind && g_utf8_strlen (norm + ps, (gssize) (pe - ps)) <= 16)
            {
              BriMarked mk = { ps, pe, kind, pe, -1 };
              g_array_append_val (out, mk);
            }
          if (q < end)
            ps = (gsize) (g_utf8_next_char (norm + q) - norm);
        }
      i = end;
    }
}

/* Marked event names: 第N届/第N次 or a year, then a name ending in an
 * event word; such a name in quotes; or a name ending in an event word
 * that is then said to be held somewhere. A numbered session with nothing
 * between its number and its event word (第二十一次会议) is a name only
 * with its owner before it (event_owner_start). */
static const char event_re[] =
  "第[0-9一二三四五六七八九十百零]+[届次](?<mid>[\\x{4e00}-\\x{9fff}a-z0-9\\-“”]{0,30}?)"
  "(?:博览会|交易会|洽谈会|展览会|论坛|峰会|大会|年会|运动会|领导人会议|会议|会晤|周|艺术节|文化节|电影节|旅游节|奖)"
  "|(?<![0-9])(?:19|20)\\d\\d年?[\\x{4e00}-\\x{9fff}a-z0-9\\-]{2,20}?"
  "(?:博览会|交易会|洽谈会|展览会|论坛|峰会|大会|年会|运动会|冬奥会|奥运会)"
  /* …大会暨展览会, …大会“互联网之光”博览会: one event's longer name. */
  "(?:暨[\\x{4e00}-\\x{9fff}]{0,10}?(?:展览会|博览会|论坛|峰会|大会)"
  "|“[^”“\\n]{1,10}”(?:博览会|展览会|论坛|峰会))?"
  "|“[^”“\\n]{2,30}?(?:博览会|交易会|洽谈会|展览会|论坛|峰会|大会|年会|周|节)”"
  /* An event word followed by 在P举行/开幕: the name before it is the
   * event's (event_head_start finds where it starts). */
  "|(?<tail>博览会|交易会|洽谈会|展览会|专题展|展会|论坛|峰会|大会|年会|运动会|会议|艺术节|文化节|电影节|旅游节)"
  "(?=[^。,;\\n]{0,12}?在[^。,;\\n]{0,12}?(?:举行|开幕|召开|举办|启幕|拉开帷幕|闭幕))"
  /* The object of a verb of chairing or attending, up to an
   * event word (主持中国同中亚五国建交30周年视频峰会); checked by
   * event_object_ok. */
  "|(?<=主持|出席|参加|主办|承办|举办|召开)了?(?<obj>(?:(?![的在和与及并了])[\\x{4e00}-\\x{9fff}0-9\\-])"
  "{4,30}?(?:峰会|会议|论坛|博览会|交易会|洽谈会|展览会|大会|年会))(?![\\x{4e00}-\\x{9fff}])";

GRegex *
bri__event_regex_new (void)
{
  return g_regex_new (event_re, G_REGEX_OPTIMIZE, 0, NULL);
}

/* Words that come before an event's name but are not part of it: the
 * verbs of holding, chairing and attending, and the demonstratives. */
static const char *const event_lead_words[] = {
  "主持", "出席", "参加", "参与", "召开", "举行", "举办", "开幕", "闭幕", "迎来",
  "出访", "访问", "会见", "宣布", "表示", "发表", "致辞", "讲话", "视频", "期间",
  "筹备", "同期", "本届", "此次", "这次", "上届", "首届",
};
static const char event_lead_stops[] = "的在与和及由从了为是将对向同于把被以其该此这并也还就即";

/* The end of the last of @words (n of them) that lies inside norm[p, st),
 * or @p when none does. */
static gsize
last_word_end (const char *norm, gsize p, gsize st, const char *const *words, guint n)
{
  gsize cut = p;
  for (gsize q = p; q < st; q = (gsize) (g_utf8_next_char (norm + q) - norm))
    for (guint w = 0; w < n; w++)
      {
        gsize wl = strlen (words[w]);
        if (q + wl <= st && memcmp (norm + q, words[w], wl) == 0)
          cut = MAX (cut, q + wl);
      }
  return cut;
}

/* Where a numbered session's name starts when its owner comes first
 * (上海合作组织成员国元首理事会第二十一次会议, 亚太经合组织第二十九次领导人
 * 非正式会议): walking back from @st over at most 16 Han characters, to
 * the start of a known organisation or mechanism (@ms, owner set), or to
 * the end of the last verb of holding or attending (…主持亚太经合组织),
 * or to the start of the clause. A walk that meets another entity
 * (中俄总理第…) or runs out of characters leaves the name as it was. */
static gsize
event_owner_start (const char *norm, gsize a, gsize st, const BriMentionSpan *ms, guint n_ms)
{
  gsize p = st;
  gint stopped_at = -1;         /* the mention ending where the walk stopped */
  gboolean at_limit = TRUE;
  for (guint n = 0; n < 16; n++)
    {
      for (guint k = 0; k < n_ms && stopped_at < 0; k++)
        if (ms[k].end == p && ms[k].start < p)
          stopped_at = (gint) k;
      if (stopped_at >= 0 || p <= a)
        {
          at_limit = FALSE;
          break;
        }
      const char *prev = g_utf8_prev_char (norm + p);
      gunichar c = g_utf8_get_char (prev);
      if (!bri__is_han (c) || bri__unichar_in (c, event_lead_stops))
        {
          at_limit = FALSE;
          break;
        }
      p = (gsize) (prev - norm);
    }
  /* The last lead word inside the walked run ends the part before the name. */
  gsize cut = last_word_end (norm, p, st, event_lead_words, G_N_ELEMENTS (event_lead_words));
  if (cut > p)
    return g_utf8_strlen (norm + cut, (gssize) (st - cut)) >= 2 ? cut : st;
  if (stopped_at >= 0)
    return ms[stopped_at].owner ? ms[stopped_at].start : st;
  if (at_limit)
    return st;
  return g_utf8_strlen (norm + p, (gssize) (st - p)) >= 2 ? p : st;
}

/* The time words that may come before an event's name. */
static const char *const event_time_words[] = {
  "今天", "昨天", "明天", "今日", "昨日", "当天", "当日", "近日", "日前", "今年",
  "本周", "上午", "下午", "晚上", "正在", "即将", "目前",
};

/* Where the name of an event ends at @st (its event word) starts, when
 * nothing marks its head: walking back over Han characters, dashes,
 * brackets and entity mentions (中国-东盟博览会, 广西南宁…, 银信(侨批)
 * 专题展), and a year of four digits,
 * at most 24 steps, to a particle or preposition, then past the last
 * verb of holding or attending and the last time word. Returns @st when
 * fewer than two characters are left for the name. */
/* 商务与投资峰会: a 与 at norm[@w] joining two words of two Han
 * characters inside an event's name (the second, norm[@p, …), running up to
 * the event word at @st) is part of the name; a party before it (中国与东盟
 * …) is not. */
static gboolean
joins_two_words (const char *norm, gsize a, gsize w, gsize p, gsize st,
                 const BriMentionSpan *ms, guint n_ms)
{
  if (g_utf8_strlen (norm + p, (gssize) (st - p)) != 2)
    return FALSE;
  gsize q = w;
  for (guint n = 0; n < 2; n++)
    {
      if (q <= a)
        return FALSE;
      const char *prev = g_utf8_prev_char (norm + q);
      gunichar c = g_utf8_get_char (prev);
      if (!bri__is_han (c) || bri__unichar_in (c, event_lead_stops))
        return FALSE;
      q = (gsize) (prev - norm);
    }
  for (guint k = 0; k < n_ms; k++)
    if (ms[k].start < w && ms[k].end > q)
      return FALSE;
  return TRUE;
}

static gsize
event_head_start (const char *norm, gsize a, gsize st, const BriMentionSpan *ms, guint n_ms)
{
  gsize p = st;
  for (guint n = 0; n < 24 && p > a; n++)
    {
      gboolean jumped = FALSE;
      for (guint k = 0; k < n_ms && !jumped; k++)
        if (ms[k].end == p && ms[k].start < p && ms[k].start >= a)
          {
            p = ms[k].start;
            jumped = TRUE;
          }
      if (jumped)
        continue;
      const char *prev = g_utf8_prev_char (norm + p);
      gunichar c = g_utf8_get_char (prev);
      if (g_unichar_isdigit (c))
        {
          /* A year of four digits opens the name (2021中国新疆发展论坛). */
          gsize q = (gsize) (prev - norm);
          guint digits = 1;
          while (q > a && g_ascii_isdigit (norm[q - 1]))
            {
              q--;
              digits++;
            }
          if (digits == 4 && (q == a || !bri__is_han (g_utf8_get_char (g_utf8_prev_char (norm + q)))))
            p = q;
          break;
        }
      if (c == 0x4E0E /* 与 */ && joins_two_words (norm, a, (gsize) (prev - norm), p, st, ms, n_ms))
        {
          p = (gsize) (prev - norm);
          continue;
        }
      if ((!bri__is_han (c) && c != '-' && c != '(' && c != ')') || bri__unichar_in (c, event_lead_stops))
        break;
      p = (gsize) (prev - norm);
    }
  gsize cut = p;
  /* A bracket the walk stopped inside of is no part of the name. */
  for (gsize q = p; q < st; q++)
    if (norm[q] == '(' || norm[q] == ')')
      {
        gsize close = q;
        if (norm[q] == '(')
          for (close = q + 1; close < st && norm[close] != ')'; close++)
            ;
        if (norm[q] == ')' || close >= st)
          cut = q + 1;
        else
          q = close;
      }
  cut = MAX (cut, last_word_end (norm, p, st, event_lead_words, G_N_ELEMENTS (event_lead_words)));
  cut = MAX (cut, last_word_end (norm, p, st, event_time_words, G_N_ELEMENTS (event_time_words)));
  /* (新华社)星河论坛: a bracket opening the name is a note before it. */
  if (cut < st && norm[cut] == '(')
    {
      const char *close = memchr (norm + cut, ')', st - cut);
      if (close)
        cut = (gsize) (close - norm) + 1;
    }
  /* 9月10日中国-东盟博览会: the walk stopped at the day's digits. */
  if (cut < st && (g_str_has_prefix (norm + cut, "日") || g_str_has_prefix (norm + cut, "月"))
      && cut > a && g_ascii_isdigit (norm[cut - 1]))
    cut += strlen ("日");
  while (cut < st && norm[cut] == '-')
    cut++;
  return g_utf8_strlen (norm + cut, (gssize) (st - cut)) >= 2 ? cut : st;
}

/* Whether norm[s, e), the object of a verb up to an event word, is an
 * event's name: not opened by a demonstrative, no verb of holding or
 * attending and no time word inside (主持召开全体会议 is no name), and not
 * a session of a body (全体会议,
 * 常务会议, 工作会议: words that follow a body's name). */
static gboolean
event_object_ok (const char *norm, gsize s, gsize e)
{
  /* 本组织…论坛, 该论坛: a demonstrative, no name. */
  static const char *const demonstratives[] = { "本", "该", "此", "这", "各", "上述", "两国", "双方" };
  for (guint w = 0; w < G_N_ELEMENTS (demonstratives); w++)
    if (g_str_has_prefix (norm + s, demonstratives[w]))
      return FALSE;
  /* A lead word or a time word inside: no name; 视频 is the event's form
   * (…视频峰会). */
  for (guint w = 0; w < G_N_ELEMENTS (event_lead_words); w++)
    if (!g_str_equal (event_lead_words[w], "视频")
        && last_word_end (norm, s, e, event_lead_words + w, 1) > s)
      return FALSE;
  if (last_word_end (norm, s, e, event_time_words, G_N_ELEMENTS (event_time_words)) > s)
    return FALSE;
  static const char *const sessions[] = { "全体会议", "常务会议", "工作会议", "专题会议",
                                          "视频会议", "座谈会议", "党组会议" };
  g_autofree char *name = g_strndup (norm + s, e - s);
  for (guint w = 0; w < G_N_ELEMENTS (sessions); w++)
    if (g_str_has_suffix (name, sessions[w])
        && g_utf8_strlen (name, -1) - g_utf8_strlen (sessions[w], -1) < 4)
      return FALSE;
  return TRUE;
}

void
bri__find_marked_events (const GRegex *re, const char *norm, gsize a, gsize b,
                         const BriMentionSpan *ms, guint n_ms, GArray *out)
{
  GMatchInfo *mi = NULL;
  g_regex_match_full (re, norm, (gssize) b, (gint) a, 0, &mi, NULL);
  while (g_match_info_matches (mi))
    {
      gint s = 0, e = 0;
      g_match_info_fetch_pos (mi, 0, &s, &e);
      gsize ns = (gsize) s, ne = (gsize) e;
      /* A quoted name is the name without its quotes. */
      if (g_str_has_prefix (norm + ns, "“"))
        {
          ns += strlen ("“");
          ne -= strlen ("”");
        }
      else
        {
          /* 第27届电视文艺“星光奖”: the closing quote of a quoted part. */
          g_autofree char *m = g_strndup (norm + ns, ne - ns);
          if (strstr (m, "“") && !strstr (m, "”") && ne + strlen ("”") <= b
              && g_str_has_prefix (norm + ne, "”"))
            ne += strlen ("”");
        }
      gint ts = -1, te = -1, os = -1, oe = -1;
      if (g_match_info_fetch_named_pos (mi, "obj", &os, &oe) && os >= 0 && oe > os)
        {
          ns = (gsize) os;
          if (!event_object_ok (norm, ns, ne))
            {
              g_match_info_next (mi, NULL);
              continue;
            }
        }
      else if (g_match_info_fetch_named_pos (mi, "tail", &ts, &te) && ts >= 0 && te > ts)
        {
          gsize head = event_head_start (norm, a, ns, ms, n_ms);
          if (head == ns)
            {
              g_match_info_next (mi, NULL);
              continue;
            }
          ns = head;
        }
      else if (g_str_has_prefix (norm + ns, "第"))
        {
          gint ms0 = -1, me0 = -1;
          g_match_info_fetch_named_pos (mi, "mid", &ms0, &me0);
          gsize owner = event_owner_start (norm, a, ns, ms, n_ms);
          if (owner == ns && ms0 == me0)
            {
              g_match_info_next (mi, NULL);
              continue;
            }
          ns = owner;
        }
      BriMarked mk = { ns, ne, "forum", ne, -1 };
      g_array_append_val (out, mk);
      g_match_info_next (mi, NULL);
    }
  g_match_info_free (mi);
}
