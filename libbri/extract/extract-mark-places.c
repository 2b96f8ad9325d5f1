/* libbri/extract/extract-mark-places.c — the place names and organisers
 * the text marks: a Han name before a place suffix (…市, …口岸, …港, …站,
 * …自贸区), and the bodies an event is said to be organised by (由…主办).
 * The driver (extract-marked.c) proposes them as entities when a rule
 * needs them. */
#include "config.h"
#include "extract-private.h"

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
