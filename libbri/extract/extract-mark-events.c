/* libbri/extract/extract-mark-events.c — the event names the text marks:
 * 第N届/第N次 or a year before a name ending in an event word (博览会,
 * 论坛, 峰会 …), such a name in quotes, one said to be held somewhere, or
 * the object of chairing or attending; each from where its name starts
 * (its owner, not the verbs and times before it). */
#include "config.h"
#include "extract-private.h"

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
