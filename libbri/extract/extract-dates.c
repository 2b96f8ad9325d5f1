/* libbri/extract/extract-dates.c — date expressions of Chinese text resolved to
 * partial ISO dates against the document's date: 6月1日, 6月25日至27日 (a
 * span), 9月初, 9月上旬/中旬/下旬 (the month), 本月, 今年3月, 2023年10月,
 * 2023年, and a bare 12日 in the month the text is about. */
#include "config.h"
#include "extract-private.h"

static const char date_pattern[] =
  "(?:(?<y>\\d{4})年)?(?<m>\\d{1,2})月"
  "(?:(?<d>\\d{1,2})[日号](?:(?:至|到|-|~)(?:(?<m2>\\d{1,2})月)?(?<d2>\\d{1,2})[日号])?"
  "|(?<part>上旬|中旬|下旬|初|底|末|中))?"
  "|(?<ty>今年|本年)(?:(?<tm>\\d{1,2})月(?:(?<td>\\d{1,2})[日号])?)?"
  "|(?<tmonth>本月|当月)"
  "|(?<yo>\\d{4})年(?!\\d{1,2}月)"
  "|(?<![\\d月年.])(?<dd>\\d{1,2})日(?:(?:至|到|-)(?<dd2>\\d{1,2})日)?";

static GRegex *
date_regex (void)
{
  static gsize once = 0;
  static GRegex *re;
  if (g_once_init_enter (&once))
    {
      re = g_regex_new (date_pattern, G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (re);
      g_once_init_leave (&once, 1);
    }
  return re;
}

static int
fetch_int (GMatchInfo *mi, const char *name)
{
  g_autofree char *s = g_match_info_fetch_named (mi, name);
  return (s && *s) ? atoi (s) : 0;
}

static guint16
year_for_month (BriDate doc, int month)
{
  if (!doc.year)
    return 0;
  if (doc.month && month > doc.month + 1)
    return doc.year - 1;   /* 12月 in a January document */
  return doc.year;
}

static BriDate
mk (int y, int m, int d)
{
  BriDate r = { (guint16) y, (guint8) m, (guint8) d };
  if (y <= 0 || !bri_date_is_valid (r))
    return BRI_DATE_UNSET;
  return r;
}

GArray *
bri__find_dates (const char *norm, gsize start, gsize end, BriDate doc,
                 BriDate context)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (BriDateMention));
  GMatchInfo *mi = NULL;
  g_regex_match_full (date_regex (), norm, (gssize) end, (gint) start, 0, &mi, NULL);
  while (g_match_info_matches (mi))
    {
      gint s, e;
      g_match_info_fetch_pos (mi, 0, &s, &e);
      BriDateMention dm = { (gsize) s, (gsize) e, BRI_DATE_UNSET, BRI_DATE_UNSET };
      int m = fetch_int (mi, "m");
      if (m)
        {
          int y = fetch_int (mi, "y");
          if (!y)
            y = year_for_month (doc, m);
          int d = fetch_int (mi, "d");
          dm.date = mk (y, m, d);
          int d2 = fetch_int (mi, "d2");
          if (d2)
            {
              int m2 = fetch_int (mi, "m2");
              dm.end_date = mk (y, m2 ? m2 : m, d2);
            }
        }
      else if (fetch_int (mi, "yo"))
        dm.date = mk (fetch_int (mi, "yo"), 0, 0);
      else
        {
          g_autofree char *ty = g_match_info_fetch_named (mi, "ty");
          g_autofree char *tmonth = g_match_info_fetch_named (mi, "tmonth");
          if (ty && *ty)
            dm.date = mk (doc.year, fetch_int (mi, "tm"), fetch_int (mi, "td"));
          else if (tmonth && *tmonth)
            dm.date = mk (doc.year, doc.month, 0);
          else if (fetch_int (mi, "dd"))
            {
              BriDate base = context.month ? context : doc;
              dm.date = mk (base.year, base.month, fetch_int (mi, "dd"));
              if (fetch_int (mi, "dd2"))
                dm.end_date = mk (base.year, base.month, fetch_int (mi, "dd2"));
            }
        }
      if (bri_date_is_set (dm.date))
        {
          if (bri_date_compare (dm.end_date, dm.date) <= 0)
            dm.end_date = BRI_DATE_UNSET;
          g_array_append_val (out, dm);
          context = dm.date;
        }
      g_match_info_next (mi, NULL);
    }
  g_match_info_free (mi);
  return out;
}

/* The date a segment states: the first date with a month, else a bare year
 * not after the document's (2030年 is a target, not an event), ignoring
 * dates inside 《》 titles. Returns FALSE when none. */
gboolean
bri__pick_date (const char *norm, GArray *ds, BriDate doc, BriDate *date, BriDate *end)
{
  const BriDateMention *year_only = NULL;
  for (guint i = 0; i < ds->len; i++)
    {
      const BriDateMention *m = &g_array_index (ds, BriDateMention, i);
      /* Inside a title: an 《 before it with no 》 in between. */
      gboolean in_title = FALSE;
      for (gsize k = m->start; k >= 3; )
        {
          const char *p = g_utf8_prev_char (norm + k);
          k = (gsize) (p - norm);
          if (g_str_has_prefix (p, "》") || *p == '\n')
            break;
          if (g_str_has_prefix (p, "《"))
            {
              in_title = TRUE;
              break;
            }
        }
      if (in_title)
        continue;
      if (m->date.month)
        {
          *date = m->date;
          *end = m->end_date;
          return TRUE;
        }
      if (!year_only && (!doc.year || m->date.year <= doc.year))
        year_only = m;
    }
  if (year_only)
    {
      *date = year_only->date;
      *end = BRI_DATE_UNSET;
      return TRUE;
    }
  return FALSE;
}
