/* libbri/extract/extract-persons.c — people who speak for a country: a title of
 * data/rules/titles.csv (总统, 总理, 首相, 国家主席 …) names the person
 * after it (老挝总理通伦, 国家主席习近平) as standing for the country named
 * just before the title, or for China when none is (Chinese news names its
 * own leaders by title alone); a name just before a title (马茂总统)
 * stands for the country last named with that title in the story. Later
 * mentions of the name (通伦举行会谈) are mentions of that country. The
 * table is per document and forgets nothing within it. */
#include "config.h"
#include "extract-private.h"

struct _BriPersons {
  GHashTable *country_of;    /* name → const BriEntity* */
  GHashTable *title_country; /* title → const BriEntity*, the last one named */
};

BriPersons *
bri__persons_new (void)
{
  BriPersons *p = g_new0 (BriPersons, 1);
  p->country_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p->title_country = g_hash_table_new (g_str_hash, g_str_equal);
  return p;
}

void
bri__persons_free (BriPersons *p)
{
  if (!p)
    return;
  g_hash_table_unref (p->country_of);
  g_hash_table_unref (p->title_country);
  g_free (p);
}

/* Characters that end a person's name: particles, prepositions and the
 * first characters of the verbs that follow a name. */
static const char stops[] =
  "的在与和及同对向于将并也还就是为了举表会说通指强致出应共一等、先分此再已又都曾";

/* The name after a title: 2–4 Han characters, the first two whatever they
 * are, then up to a stop. */
static gsize
name_after (const char *norm, gsize p, gsize b)
{
  gsize q = p;
  guint n = 0;
  while (q < b && n < 4)
    {
      gunichar c = g_utf8_get_char (norm + q);
      if (!bri__is_han (c) || (n >= 2 && bri__unichar_in (c, stops)))
        break;
      q = (gsize) (g_utf8_next_char (norm + q) - norm);
      n++;
    }
  return n >= 2 ? q : p;
}

static const BriEntity *
lookup_name (const BriPersons *p, const char *norm, gsize i, gsize b, gsize *end)
{
  GHashTableIter it;
  gpointer k, v;
  gsize best = 0;
  const BriEntity *e = NULL;
  g_hash_table_iter_init (&it, p->country_of);
  while (g_hash_table_iter_next (&it, &k, &v))
    {
      gsize l = strlen (k);
      if (l > best && i + l <= b && memcmp (norm + i, k, l) == 0)
        {
          best = l;
          e = v;
        }
    }
  *end = i + best;
  return e;
}

void
bri__persons_learn (BriPersons *p, const char *const *titles, const BriEntity *china,
                    const char *norm, gsize a, gsize b, const BriMentionSpan *ms,
                    const BriEntity *const *ms_country, guint n_ms)
{
  for (gsize i = a; i < b; i = (gsize) (g_utf8_next_char (norm + i) - norm))
    for (guint t = 0; titles[t]; t++)
      {
        gsize tl = strlen (titles[t]);
        if (i + tl > b || memcmp (norm + i, titles[t], tl) != 0)
          continue;
        /* Inside a mention (国家主席 inside a longer known name): no title. */
        gboolean inside = FALSE;
        for (guint k = 0; k < n_ms && !inside; k++)
          inside = ms[k].start <= i && ms[k].end > i;
        if (inside)
          break;
        /* The country named within 16 bytes… before the title. */
        const BriEntity *country = NULL;
        gboolean other = FALSE;
        for (guint k = 0; k < n_ms; k++)
          if (ms[k].end <= i && i - ms[k].end <= 36)
            {
              country = ms_country[k];
              other = country == NULL;
            }
        gsize ne = name_after (norm, i + tl, b);
        if (!country && !other && i > a)
          {
            /* A name before the title: 马茂总统 (the story's country of
             * that title). */
            gsize st = i;
            guint n = 0;
            while (st > a && n < 4)
              {
                const char *prev = g_utf8_prev_char (norm + st);
                gunichar c = g_utf8_get_char (prev);
                if (!bri__is_han (c) || bri__unichar_in (c, stops))
                  break;
                st = (gsize) (prev - norm);
                n++;
              }
            const BriEntity *tc = g_hash_table_lookup (p->title_country, titles[t]);
            if (n >= 2 && tc)
              g_hash_table_insert (p->country_of, g_strndup (norm + st, i - st), (gpointer) tc);
          }
        if (country)
          g_hash_table_insert (p->title_country, (gpointer) titles[t], (gpointer) country);
        if (!country && !other)
          country = china;
        if (country && ne > i + tl)
          {
            /* Not a name that is a known entity's. */
            gboolean known = FALSE;
            for (guint k = 0; k < n_ms && !known; k++)
              known = ms[k].start < ne && ms[k].end > i + tl;
            if (!known)
              g_hash_table_insert (p->country_of, g_strndup (norm + i + tl, ne - i - tl),
                                   (gpointer) country);
          }
        i += tl - 1;
        break;
      }
}

/* Spans of norm[a, b) naming a known person, outside the mentions @ms. */
GArray *
bri__persons_find (const BriPersons *p, const char *norm, gsize a, gsize b,
                   const BriMentionSpan *ms, guint n_ms)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (BriPersonMention));
  if (g_hash_table_size (p->country_of) == 0)
    return out;
  for (gsize i = a; i < b;)
    {
      gboolean inside = FALSE;
      for (guint k = 0; k < n_ms && !inside; k++)
        inside = ms[k].start <= i && ms[k].end > i;
      gsize end = i;
      const BriEntity *e = inside ? NULL : lookup_name (p, norm, i, b, &end);
      if (e)
        {
          gboolean crosses = FALSE;
          for (guint k = 0; k < n_ms && !crosses; k++)
            crosses = ms[k].start < end && ms[k].end > i;
          if (!crosses)
            {
              BriPersonMention pm = { i, end, e };
              g_array_append_val (out, pm);
              i = end;
              continue;
            }
        }
      i = (gsize) (g_utf8_next_char (norm + i) - norm);
    }
  return out;
}
