/* libbri/core/date.c — partial ISO 8601 dates (BriDate): parsing, validity,
 * formatting, ordering and the span/window overlap rule. */
#include "config.h"
#include "core/core-private.h"

static gboolean
digits (const char *s, int n, int *out)
{
  int v = 0;
  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (s[i] - '0');
    }
  *out = v;
  return TRUE;
}

gboolean
bri_date_is_set (BriDate date)
{
  return date.year != 0;
}

gboolean
bri_date_is_valid (BriDate date)
{
  if (date.year == 0)
    return date.month == 0 && date.day == 0;
  if (date.year > 9999 || date.month > 12)
    return FALSE;
  if (date.day == 0)
    return TRUE;
  if (date.month == 0)
    return FALSE;
  return g_date_valid_dmy (date.day, date.month, date.year);
}

BriDatePrecision
bri_date_get_precision (BriDate date)
{
  if (date.year == 0)
    return BRI_DATE_PRECISION_NONE;
  if (date.month == 0)
    return BRI_DATE_PRECISION_YEAR;
  return date.day == 0 ? BRI_DATE_PRECISION_MONTH : BRI_DATE_PRECISION_DAY;
}

gboolean
bri_date_parse (const char *text, BriDate *out, GError **error)
{
  g_return_val_if_fail (text != NULL && out != NULL, FALSE);
  size_t len = strlen (text);
  int y = 0, m = 0, d = 0;
  gboolean shape = (len == 4 || len == 7 || len == 10) && digits (text, 4, &y);
  if (shape && len >= 7)
    shape = text[4] == '-' && digits (text + 5, 2, &m);
  if (shape && len == 10)
    shape = text[7] == '-' && digits (text + 8, 2, &d);
  if (!shape)
    {
      g_autofree char *quoted = bri__quote_text (text);
      g_set_error (error, BRI_ERROR, BRI_ERROR_PARSE,
                   "invalid date '%s', expected YYYY, YYYY-MM or YYYY-MM-DD",
                   quoted);
      return FALSE;
    }
  BriDate date = { (guint16) y, (guint8) m, (guint8) d };
  if (y == 0 || (len >= 7 && m == 0) || (len == 10 && d == 0)
      || !bri_date_is_valid (date))
    {
      /* The shape check passed: @text is ASCII digits and dashes. */
      g_set_error (error, BRI_ERROR, BRI_ERROR_INVALID,
                   "impossible date '%s', expected a real calendar date", text);
      return FALSE;
    }
  *out = date;
  return TRUE;
}

char *
bri_date_format (BriDate date, char *buf)
{
  switch (bri_date_get_precision (date))
    {
    case BRI_DATE_PRECISION_NONE:
      buf[0] = '\0';
      break;
    case BRI_DATE_PRECISION_YEAR:
      g_snprintf (buf, BRI_DATE_STRLEN, "%04u", date.year);
      break;
    case BRI_DATE_PRECISION_MONTH:
      g_snprintf (buf, BRI_DATE_STRLEN, "%04u-%02u", date.year, date.month);
      break;
    case BRI_DATE_PRECISION_DAY:
      g_snprintf (buf, BRI_DATE_STRLEN, "%04u-%02u-%02u", date.year,
                  date.month, date.day);
      break;
    }
  return buf;
}

char *
bri_date_to_string (BriDate date)
{
  char buf[BRI_DATE_STRLEN];
  return g_strdup (bri_date_format (date, buf));
}

int
bri_date_compare (BriDate a, BriDate b)
{
  if (a.year != b.year)
    return a.year < b.year ? -1 : 1;
  if (a.month != b.month)
    return a.month < b.month ? -1 : 1;
  if (a.day != b.day)
    return a.day < b.day ? -1 : 1;
  return 0;
}

BriDate
bri_date_first_day (BriDate date)
{
  if (date.year == 0)
    return date;
  return (BriDate){ date.year, date.month ? date.month : 1,
                    date.day ? date.day : 1 };
}

BriDate
bri_date_last_day (BriDate date)
{
  if (date.year == 0)
    return date;
  guint8 month = date.month ? date.month : 12;
  guint8 day = date.day ? date.day : g_date_get_days_in_month (month, date.year);
  return (BriDate){ date.year, month, day };
}

gboolean
bri_date_span_overlaps (BriDate start, BriDate end, BriDate from, BriDate to)
{
  if (!bri_date_is_set (start))
    return !bri_date_is_set (from) && !bri_date_is_set (to);
  BriDate first = bri_date_first_day (start);
  BriDate last = bri_date_last_day (bri_date_is_set (end) ? end : start);
  if (bri_date_is_set (from) && bri_date_compare (last, bri_date_first_day (from)) < 0)
    return FALSE;
  if (bri_date_is_set (to) && bri_date_compare (first, bri_date_last_day (to)) > 0)
    return FALSE;
  return TRUE;
}
