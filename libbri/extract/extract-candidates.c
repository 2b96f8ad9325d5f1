/* libbri/extract/extract-candidates.c — candidates: names of a sentence
 * that end like the name of a body, event or place (…委员会, …论坛, …口岸,
 * …市) but that no mention covers. They go to candidates.csv for a person
 * to judge, never into a relation. */
#include "config.h"
#include "extract-run.h"

static const char *const cand_suffixes[] = {
  "委员会", "博览会", "交易会", "洽谈会", "研讨会", "口岸", "论坛", "联盟",
  "大学", "峰会", "部", "省", "市", "州", "港", "厅", "局",
};
static const char cand_stops[] =
  "的在与和及由从经至赴了为是将等对向同于把被、为以其该此各本全内外这并也还就";
static const char *const cand_words[] = {
  "全部", "内部", "外部", "局部", "本部", "干部", "城市", "都市", "省市",
  "海港", "各部", "有关部", "相关部", "部分", "大部", "结局", "格局", "布局",
};

/* Whether the suffix ending at @e continues into a longer word (部长, 市场). */
static gboolean
suffix_continues (const char *norm, gsize e, gsize b)
{
  if (e >= b)
    return FALSE;
  gunichar n = g_utf8_get_char (norm + e);
  return n == 0x957F /* 长 */ || n == 0x573A /* 场 */ || n == 0x5206 /* 分 */
         || n == 0x95E8 /* 门 */ || n == 0x59D4 /* 委 */ || n == 0x7EA7 /* 级 */;
}

/* The start of the name before norm[@i]: back over at most 12 Han
 * characters that are not function words; *@nch their count. */
static gsize
name_start (const char *norm, gsize a, gsize i, guint *nch)
{
  gsize st = i;
  *nch = 0;
  while (st > a && *nch < 12)
    {
      const char *prev = g_utf8_prev_char (norm + st);
      gunichar pc = g_utf8_get_char (prev);
      if (!bri__is_han (pc) || bri__unichar_in (pc, cand_stops))
        break;
      st = (gsize) (prev - norm);
      (*nch)++;
    }
  return st;
}

/* Whether norm[st, e) is inside or overlaps a mention (the name is known)
 * or is a common word (全部, 城市). */
static gboolean
is_known (const BriRuleCtx *c, gsize st, gsize e)
{
  for (guint k = 0; k < c->mentions->len; k++)
    {
      const BriMention *m = &g_array_index (c->mentions, BriMention, k);
      if (m->start < e && m->end > st)
        return TRUE;
    }
  g_autofree char *nname = g_strndup (c->nt->norm + st, e - st);
  for (guint w = 0; w < G_N_ELEMENTS (cand_words); w++)
    if (g_str_has_suffix (nname, cand_words[w]) && strlen (nname) == strlen (cand_words[w]))
      return TRUE;
  return FALSE;
}

void
bri__candidates_find (const BriRuleCtx *c)
{
  const char *norm = c->nt->norm;
  gsize a = c->sentence->start, b = c->sentence->end;
  for (gsize i = a; i < b; i = (gsize) (g_utf8_next_char (norm + i) - norm))
    for (guint s = 0; s < G_N_ELEMENTS (cand_suffixes); s++)
      {
        gsize sl = strlen (cand_suffixes[s]);
        if (i + sl > b || memcmp (norm + i, cand_suffixes[s], sl) != 0)
          continue;
        gsize e = i + sl;
        guint nch = 0;
        gsize st = suffix_continues (norm, e, b) ? i : name_start (norm, a, i, &nch);
        if (nch >= 2 && !is_known (c, st, e))
          {
            g_autofree char *name = bri__norm_text_slice (c->nt, st, e);
            g_autofree char *sentence = bri__norm_text_slice (c->nt, a, b);
            bri__extract_result_add_candidate (c->res, name, sentence, c->source, NULL);
          }
        break;
      }
}
