/* libbri/extract/extract-mentions.c — the mentions of a sentence: the
 * longest names of the trie, left to right, and the forms Chinese builds
 * from country names (中越两国, 泰方, 五国, 中国政府, a country's 部长 for
 * its ministry), with places merged into the places inside them and a
 * leader's name after their country and title dropped. */
#include "config.h"
#include "extract-run.h"

static guint
numeral_value (gunichar c)
{
  static const gunichar digits[] = { 0x4E09 /* 三 */, 0x56DB /* 四 */, 0x4E94 /* 五 */,
                                     0x516D /* 六 */, 0x4E03 /* 七 */, 0x516B /* 八 */,
                                     0x4E5D /* 九 */, 0x5341 /* 十 */ };
  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    if (digits[i] == c)
      return i + 3;
  return 0;
}

const BriEntity *
bri__extract_country_of (const BriEntity *e)
{
  for (guint d = 0; e && d < BRI_MAX_PARENT_DEPTH + 1; d++, e = bri_entity_get_parent (e))
    if (g_str_equal (bri_entity_get_kind (e), "country"))
      return e;
  return NULL;
}

gboolean
bri__extract_is_ancestor (const BriEntity *a, const BriEntity *e)
{
  for (guint d = 0; e && d < BRI_MAX_PARENT_DEPTH + 1; d++)
    {
      e = bri_entity_get_parent (e);
      if (e == a)
        return TRUE;
    }
  return FALSE;
}

static gboolean
ascii_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

static gboolean
values_hold (const BriExtractor *ex, const GArray *vals, const BriEntity *e)
{
  for (guint k = 0; vals && k < vals->len; k++)
    {
      guint v = g_array_index (vals, guint, k);
      if (v != BRI_VALUE_BOTH && bri_graph_get_entity (ex->graph, v) == e)
        return TRUE;
    }
  return FALSE;
}

/* 泰国副总理兼商业部长: a country, then within a few characters a
 * minister's title X部长, names the ministry <country>X部 when the graph
 * has it: a mention of that ministry over X部长 is added. */
static void
add_minister_bodies (const BriExtractor *ex, const char *norm, gsize b, GArray *ms)
{
  static const char title[] = "部长";
  for (guint k = 0; k < ms->len; k++)
    {
      const BriMention *m = &g_array_index (ms, BriMention, k);
      if (!m->e || m->both || m->count || !g_str_equal (bri_entity_get_kind (m->e), "country"))
        continue;
      const char *cname = bri_entity_get_name_zh (m->e);
      if (!cname)
        continue;
      gsize limit = k + 1 < ms->len ? g_array_index (ms, BriMention, k + 1).start : b;
      /* The title within 16 Han characters of the country. */
      gsize p = m->end, tpos = 0;
      for (guint n = 0; n <= 16 && p < limit; n++)
        {
          if (p + strlen (title) <= limit && g_str_has_prefix (norm + p, title))
            {
              tpos = p;
              break;
            }
          gunichar c = g_utf8_get_char (norm + p);
          if (!((c >= 0x4E00 && c <= 0x9FFF)))
            break;
          p = (gsize) (g_utf8_next_char (norm + p) - norm);
        }
      if (!tpos)
        continue;
      /* The longest X before 部长 that makes a ministry's name. */
      for (gsize st = m->end; st < tpos; st = (gsize) (g_utf8_next_char (norm + st) - norm))
        {
          g_autofree char *key = g_strdup_printf ("%s%.*s部", cname, (int) (tpos - st), norm + st);
          const GArray *vals = NULL;
          gsize klen = strlen (key);
          if (bri__trie_longest (ex->trie, key, klen, &vals) != klen || vals->len != 1)
            continue;
          guint v = g_array_index (vals, guint, 0);
          if (v == BRI_VALUE_BOTH)
            continue;
          const BriEntity *e = bri_graph_get_entity (ex->graph, v);
          if (bri__extract_country_of (e) != m->e || g_str_equal (bri_entity_get_kind (e), "country"))
            continue;
          BriMention nm = { 0 };
          nm.start = st;
          nm.end = tpos + strlen (title);
          nm.e = e;
          g_array_insert_val (ms, k + 1, nm);
          k++;
          break;
        }
    }
}

gboolean
bri__extract_is_place (const BriEntity *e)
{
  if (!e)
    return FALSE;
  const char *k = bri_entity_get_kind (e);
  return g_str_equal (k, "city") || g_str_equal (k, "province");
}

/* Does norm[i..b) open with a one-character country form and 方 (泰方)
 * that is not the head of another word (方案, 方面, 方式 …)? */
static gboolean
abbrev_side (const BriExtractor *ex, const char *norm, gsize i, gsize b)
{
  if (!g_hash_table_lookup (ex->abbrev, GUINT_TO_POINTER (g_utf8_get_char (norm + i))))
    return FALSE;
  const char *f = g_utf8_next_char (norm + i);
  if ((gsize) (f - norm) + strlen ("方") > b || !g_str_has_prefix (f, "方"))
    return FALSE;
  const char *after = f + strlen ("方");
  if ((gsize) (after - norm) >= b)
    return TRUE;
  return !bri__unichar_in (g_utf8_get_char (after), "案面式向法针位略阵言块程便剂格圆");
}

/* 塔吉克斯坦总统拉赫蒙: a leader's name right after their country and
 * title (only Han characters between) names no further party: one
 * mention, the country's. */
static void
drop_titled_names (const char *norm, GArray *ms)
{
  for (guint k = 1; k < ms->len;)
    {
      const BriMention *pv = &g_array_index (ms, BriMention, k - 1), *m = pv + 1;
      gboolean drop = m->e && m->e == pv->e && !m->n_more && !pv->n_more
                      && m->start > pv->end && m->start - pv->end <= 36
                      && g_str_equal (bri_entity_get_kind (m->e), "country");
      for (gsize q = pv->end; drop && q < m->start; q = (gsize) (g_utf8_next_char (norm + q) - norm))
        {
          gunichar c = g_utf8_get_char (norm + q);
          drop = c >= 0x4E00 && c <= 0x9FFF;
        }
      if (drop)
        g_array_remove_index (ms, k);
      else
        k++;
    }
}

/* 中越两国, 中吉乌铁路: a run of two or more one-character country forms
 * at norm[i], followed by a word that such compounds qualify; inside a
 * name (@inner), a run at its head needs no following word:
 * 中巴信息技术产业联合工作组, 中蒙俄经济走廊. Adds a mention per form and
 * returns where matching goes on, or 0 when there is no such run. */
static gsize
add_abbreviation_run (const BriExtractor *ex, const char *norm, gsize i, gsize b,
                      gboolean inner, GArray *ms)
{
  gsize j = i;
  guint run = 0;
  while (j < b && run < BRI_MAX_MORE
         && g_hash_table_lookup (ex->abbrev, GUINT_TO_POINTER (g_utf8_get_char (norm + j))))
    {
      j = (gsize) (g_utf8_next_char (norm + j) - norm);
      run++;
    }
  static const char *const heads[] = { "两国", "三国", "双方", "铁路", "公路", "班列", "边境" };
  gboolean head = inner && run >= 2;
  for (guint h = 0; run >= 2 && h < G_N_ELEMENTS (heads); h++)
    if (j + strlen (heads[h]) <= b && g_str_has_prefix (norm + j, heads[h]))
      head = TRUE;
  if (!head)
    return 0;
  for (gsize p = i; p < j; p = (gsize) (g_utf8_next_char (norm + p) - norm))
    {
      BriMention m = { 0 };
      m.start = p;
      m.end = (gsize) (g_utf8_next_char (norm + p) - norm);
      m.e = g_hash_table_lookup (ex->abbrev, GUINT_TO_POINTER (g_utf8_get_char (norm + p)));
      g_array_append_val (ms, m);
    }
  /* 两国/三国/双方 here only repeat the parties just named. */
  if (g_str_has_prefix (norm + j, "两国") || g_str_has_prefix (norm + j, "三国")
      || g_str_has_prefix (norm + j, "双方"))
    j += strlen ("两国");
  return j;
}

/* 五国, 六国 at norm[i] (not after another numeral): a group named by its
 * count, resolved later. Returns the mention's end, or 0. */
static gsize
add_counted_group (const char *norm, gsize a, gsize i, gsize b, GArray *ms)
{
  if (!numeral_value (g_utf8_get_char (norm + i)))
    return 0;
  const char *q = g_utf8_next_char (norm + i);
  if (!((gsize) (q - norm) < b && g_str_has_prefix (q, "国")
        && (i == a || !numeral_value (g_utf8_get_char (g_utf8_prev_char (norm + i))))))
    return 0;
  BriMention m = { 0 };
  m.start = i;
  m.end = (gsize) (q - norm) + strlen ("国");
  m.count = numeral_value (g_utf8_get_char (norm + i));
  g_array_append_val (ms, m);
  return m.end;
}

/* The mention of the trie's match norm[i, i + n) with its values @vals
 * (none for an ambiguous name: no guess). Returns the match's length,
 * grown by a government's word after a place or country. */
static gsize
add_name_mention (const BriExtractor *ex, const char *norm, gsize i, gsize n, gsize b,
                  const GArray *vals, gboolean inner, GArray *ms)
{
  BriMention m = { 0 };
  m.start = i;
  m.end = i + n;
  guint v = g_array_index (vals, guint, 0);
  if (v == BRI_VALUE_BOTH)
    {
      m.both = TRUE;
      m.two_countries = g_str_has_prefix (norm + i, "两国");
    }
  else if (vals->len == 1)
    m.e = bri_graph_get_entity (ex->graph, v);
  /* 新疆维吾尔自治区人民政府, 中国政府: a place's or country's
   * government acts as the place or country (not 政府间). */
  if (m.e && !inner
      && (bri__extract_is_place (m.e) || g_str_equal (bri_entity_get_kind (m.e), "country")))
    {
      static const char *const gov[] = { "人民政府", "政府" };
      for (guint w = 0; w < G_N_ELEMENTS (gov); w++)
        {
          gsize gl = strlen (gov[w]);
          if (i + n + gl <= b && memcmp (norm + i + n, gov[w], gl) == 0
              && !g_str_has_prefix (norm + i + n + gl, "间"))
            {
              m.end += gl;
              n += gl;
              break;
            }
        }
    }
  if (m.both || m.e)
    g_array_append_val (ms, m);
  return n;
}

/* 共同安全: a two-character county name (同安) is no mention where the text
 * reads as other words across its edges: its first character ends a
 * frequent word with the Han character before it (共同), or its last one
 * starts one with the character after it (安全; boundary-words.csv). A
 * character that ends the mention before is not read into a word with it
 * (福建 + 安溪). */
static gboolean
crosses_word (const BriExtractor *ex, const char *norm, gsize a, gsize i, gsize n, gsize b,
              const GArray *vals, const GArray *ms)
{
  if (!ex->boundary_words || g_hash_table_size (ex->boundary_words) == 0 || vals->len != 1
      || g_utf8_strlen (norm + i, (gssize) n) != 2)
    return FALSE;
  guint v = g_array_index (vals, guint, 0);
  if (v == BRI_VALUE_BOTH
      || !g_str_equal (bri_entity_get_kind (bri_graph_get_entity (ex->graph, v)), "county"))
    return FALSE;
  const char *second = g_utf8_next_char (norm + i);
  char w[16];
  if (i > a && !(ms->len && g_array_index (ms, BriMention, ms->len - 1).end == i))
    {
      const char *p = g_utf8_prev_char (norm + i);
      gsize wl = (gsize) (second - p);
      if (bri__is_han (g_utf8_get_char (p)) && wl < sizeof w)
        {
          memcpy (w, p, wl);
          w[wl] = '\0';
          if (g_hash_table_contains (ex->boundary_words, w))
            return TRUE;
        }
    }
  if (i + n < b)
    {
      const char *q = norm + i + n, *qe = g_utf8_next_char (q);
      gsize wl = (gsize) (qe - second);
      if ((gsize) (qe - norm) <= b && bri__is_han (g_utf8_get_char (q)) && wl < sizeof w)
        {
          memcpy (w, second, wl);
          w[wl] = '\0';
          if (g_hash_table_contains (ex->boundary_words, w))
            return TRUE;
        }
    }
  return FALSE;
}

GArray *
bri__mentions_find (const BriExtractor *ex, const char *norm, gsize a, gsize b,
                    const BriEntity *outer)
{
  GArray *ms = g_array_new (FALSE, FALSE, sizeof (BriMention));
  gboolean inner = outer != NULL;
  gsize i = a;
  while (i < b)
    {
      const GArray *vals = NULL;
      gsize n = bri__trie_longest (ex->trie, norm + i,
                                   (inner && i == a) ? b - i - 1 : b - i, &vals);
      while (inner && n > 0 && values_hold (ex, vals, outer))
        n = bri__trie_longest (ex->trie, norm + i, n - 1, &vals);
      gsize next = 0;
      if (n == 0 && (!inner || i == a))
        next = add_abbreviation_run (ex, norm, i, b, inner, ms);
      /* 泰方, 越方, 柬方: a one-character country form and 方 stand for
       * the country, as the gazetteer's 中方 and 老方 do; not in 新方案,
       * 土方工程, 中方面 (方 opening another word). */
      if (!next && n == 0 && !inner && abbrev_side (ex, norm, i, b))
        {
          BriMention m = { 0 };
          m.start = i;
          m.end = (gsize) (g_utf8_next_char (norm + i) - norm) + strlen ("方");
          m.e = g_hash_table_lookup (ex->abbrev, GUINT_TO_POINTER (g_utf8_get_char (norm + i)));
          g_array_append_val (ms, m);
          next = m.end;
        }
      if (!next && n == 0 && !inner)
        next = add_counted_group (norm, a, i, b, ms);
      if (next)
        {
          i = next;
          continue;
        }
      /* A Latin name is no match inside a longer Latin word. */
      gboolean ok = n > 0;
      if (ok && ascii_word_char (norm[i]) &&
          ((i > a && ascii_word_char (norm[i - 1])) ||
           (i + n < b && ascii_word_char (norm[i + n]))))
        ok = FALSE;
      if (ok && crosses_word (ex, norm, a, i, n, b, vals, ms))
        ok = FALSE;
      if (ok)
        i += add_name_mention (ex, norm, i, n, b, vals, inner, ms);
      else
        i = (gsize) (g_utf8_next_char (norm + i) - norm);
    }
  if (!inner)
    add_minister_bodies (ex, norm, b, ms);
  bri__mentions_merge_inner_places (ms);
  if (!inner)
    drop_titled_names (norm, ms);
  return ms;
}

/* 中国新疆, 广西南宁, 泰国商业部: a place followed by a place inside it is
 * one mention of the inner one. */
void
bri__mentions_merge_inner_places (GArray *ms)
{
  for (guint k = 0; k + 1 < ms->len;)
    {
      BriMention *m1 = &g_array_index (ms, BriMention, k), *m2 = m1 + 1;
      if (m1->e && m2->e && m1->end == m2->start && bri__extract_is_ancestor (m1->e, m2->e))
        {
          m2->start = m1->start;
          g_array_remove_index (ms, k);
        }
      else
        k++;
    }
}
