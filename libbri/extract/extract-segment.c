/* libbri/extract/extract-segment.c — segments in tagged form: a clause,
 * sentence or name with each mention replaced by its tag (\x01k\x02), the
 * text the rules' regular expressions match, with the map back to the
 * normalised text and the date the segment states. */
#include "config.h"
#include "extract-run.h"

static void
seg_reserve (char **t, gsize **map, gsize *cap, gsize need)
{
  if (need <= *cap)
    return;
  while (*cap < need)
    *cap *= 2;
  *t = g_realloc (*t, *cap + 1);
  *map = g_realloc_n (*map, *cap + 1, sizeof (gsize));
}

/* Appends the tag of mention @k to the segment. */
static gsize
put_tag (char *t, guint k)
{
  char digits[12];
  int n = 0;
  do
    digits[n++] = (char) ('0' + k % 10);
  while ((k /= 10) > 0);
  gsize len = 0;
  t[len++] = BRI_TAG_OPEN;
  while (n > 0)
    t[len++] = digits[--n];
  t[len++] = BRI_TAG_CLOSE;
  return len;
}

/* Dates of the clause: the first one stated in it, else the sentence's.
 * A bare year in a clause (2024年夏季达沃斯论坛) does not override the
 * sentence's day. */
static void
clause_date (const BriRuleCtx *c, BriSeg *sg)
{
  const char *norm = c->nt->norm;
  GArray *ds = bri__find_dates (norm, sg->a, sg->b, c->doc_date, c->date);
  BriDate cd = BRI_DATE_UNSET, ce = BRI_DATE_UNSET;
  if (bri__pick_date (norm, ds, c->doc_date, &cd, &ce) && cd.month)
    {
      sg->date = cd;
      sg->end_date = ce;
      sg->own_date = TRUE;
    }
  g_array_unref (ds);
}

void
bri__seg_init (const BriRuleCtx *c, BriSeg *sg, gsize a, gsize b, gboolean clause_dates)
{
  memset (sg, 0, sizeof *sg);
  sg->a = a;
  sg->b = b;
  gsize cap = (b - a) + 64, len = 0;
  char *t = g_malloc (cap + 1);
  gsize *map = g_new (gsize, cap + 1);
  const char *norm = c->nt->norm;
  gsize i = a;
  guint k = 0;
  while (k < c->mentions->len && g_array_index (c->mentions, BriMention, k).start < i)
    k++;
  while (i < b)
    {
      const BriMention *m = k < c->mentions->len ? &g_array_index (c->mentions, BriMention, k) : NULL;
      if (m && m->start == i && m->end <= b && m->e)
        {
          seg_reserve (&t, &map, &cap, len + 16 * (m->n_more + 1));
          gsize before = len;
          len += put_tag (t + len, k);
          sg->n_tags++;
          for (guint j = 0; j < m->n_more; j++)
            {
              memcpy (t + len, "、", strlen ("、"));
              len += strlen ("、");
              len += put_tag (t + len, k | ((j + 1) << 16));
              sg->n_tags++;
            }
          for (gsize j = before; j < len; j++)
            map[j] = i;
          i = m->end;
          k++;
          continue;
        }
      /* Plain bytes up to the next mention (or the end). */
      gsize stop = b;
      if (m && m->start > i && m->start < b)
        stop = m->start;
      else if (m && m->start == i)
        {
          /* A mention that is skipped (unresolved, or past the end): copy
           * its first character and move on. */
          stop = (gsize) (g_utf8_next_char (norm + i) - norm);
          k++;
        }
      seg_reserve (&t, &map, &cap, len + (stop - i));
      memcpy (t + len, norm + i, stop - i);
      for (gsize j = i; j < stop; j++)
        map[len++] = j;
      i = stop;
      while (k < c->mentions->len && g_array_index (c->mentions, BriMention, k).start < i)
        k++;
    }
  /* NUL-filled to the end of the buffer: PCRE2's JIT reads ahead past the
   * terminator (valgrind reports it otherwise). */
  memset (t + len, 0, cap + 1 - len);
  map[len] = b;
  sg->tagged = t;
  sg->len = len;
  sg->t2n = map;
  sg->date = c->date;
  sg->end_date = c->end_date;
  if (clause_dates && sg->n_tags > 0)
    clause_date (c, sg);
}

void
bri__seg_clear (BriSeg *sg)
{
  g_free (sg->tagged);
  g_free (sg->t2n);
}
