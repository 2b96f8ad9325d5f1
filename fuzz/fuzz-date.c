/* fuzz/fuzz-date.c — partial ISO 8601 dates. The input is cut at spaces
 * into up to four texts, each parsed with bri_date_parse(); the first 16
 * bytes are also read as four raw BriDate structs. Invariants: a parsed
 * date is valid and formats back to exactly its text; a rejected text
 * leaves the output untouched and gives a BRI_ERROR PARSE or INVALID;
 * compare is a total order that agrees with the first and last days;
 * bri_date_span_overlaps() agrees with a reference computed from the first
 * and last days. */
#include "fuzz-common.h"

static int
sign (int v)
{
  return (v > 0) - (v < 0);
}

/* Day-precision dates compare chronologically. */
static int
day_cmp (BriDate a, BriDate b)
{
  if (a.year != b.year)
    return a.year < b.year ? -1 : 1;
  if (a.month != b.month)
    return a.month < b.month ? -1 : 1;
  if (a.day != b.day)
    return a.day < b.day ? -1 : 1;
  return 0;
}

static void
check_one (BriDate d)
{
  FUZZ_CHECK (bri_date_is_valid (d));
  char buf[BRI_DATE_STRLEN + 8];
  memset (buf, 'X', sizeof buf);
  bri_date_format (d, buf);
  FUZZ_CHECK (strlen (buf) < BRI_DATE_STRLEN);
  char *dup = bri_date_to_string (d);
  FUZZ_CHECK (strcmp (dup, buf) == 0);
  g_free (dup);
  FUZZ_CHECK (bri_date_compare (d, d) == 0);
  if (!bri_date_is_set (d))
    {
      FUZZ_CHECK (buf[0] == '\0');
      FUZZ_CHECK (bri_date_get_precision (d) == BRI_DATE_PRECISION_NONE);
      FUZZ_CHECK (!bri_date_is_set (bri_date_first_day (d)));
      FUZZ_CHECK (!bri_date_is_set (bri_date_last_day (d)));
      return;
    }
  BriDate back = { 9, 9, 9 };
  GError *error = NULL;
  FUZZ_CHECK (bri_date_parse (buf, &back, &error));
  FUZZ_CHECK (error == NULL);
  FUZZ_CHECK (back.year == d.year && back.month == d.month && back.day == d.day);
  BriDate first = bri_date_first_day (d), last = bri_date_last_day (d);
  FUZZ_CHECK (bri_date_is_valid (first) && bri_date_is_valid (last));
  FUZZ_CHECK (bri_date_get_precision (first) == BRI_DATE_PRECISION_DAY);
  FUZZ_CHECK (bri_date_get_precision (last) == BRI_DATE_PRECISION_DAY);
  FUZZ_CHECK (day_cmp (first, last) <= 0);
  FUZZ_CHECK (first.year == d.year && last.year == d.year);
  if (d.month)
    FUZZ_CHECK (first.month == d.month && last.month == d.month);
  if (d.day)
    FUZZ_CHECK (day_cmp (first, d) == 0 && day_cmp (last, d) == 0);
  /* A coarser date sorts before the days it holds. */
  FUZZ_CHECK (bri_date_compare (d, first) <= 0);
  FUZZ_CHECK (bri_date_compare (BRI_DATE_UNSET, d) < 0);
  /* The span of a date alone overlaps its own period, and the open window. */
  FUZZ_CHECK (bri_date_span_overlaps (d, BRI_DATE_UNSET, d, d));
  FUZZ_CHECK (bri_date_span_overlaps (d, BRI_DATE_UNSET, BRI_DATE_UNSET, BRI_DATE_UNSET));
}

static gboolean
ref_overlaps (BriDate start, BriDate end, BriDate from, BriDate to)
{
  if (!bri_date_is_set (start))
    return !bri_date_is_set (from) && !bri_date_is_set (to);
  BriDate s = bri_date_first_day (start);
  BriDate e = bri_date_last_day (bri_date_is_set (end) ? end : start);
  if (bri_date_is_set (from) && day_cmp (e, bri_date_first_day (from)) < 0)
    return FALSE;
  if (bri_date_is_set (to) && day_cmp (s, bri_date_last_day (to)) > 0)
    return FALSE;
  return TRUE;
}

static void
check_pairs (const BriDate *d, guint n)
{
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      {
        int ij = bri_date_compare (d[i], d[j]), ji = bri_date_compare (d[j], d[i]);
        FUZZ_CHECK (sign (ij) == -sign (ji));
        if (ij == 0)
          FUZZ_CHECK (d[i].year == d[j].year && d[i].month == d[j].month
                      && d[i].day == d[j].day);
        /* Day dates: compare is chronological. */
        if (d[i].day && d[j].day)
          FUZZ_CHECK (sign (ij) == sign (day_cmp (d[i], d[j])));
        for (guint k = 0; k < n; k++)
          if (ij <= 0 && bri_date_compare (d[j], d[k]) <= 0)
            FUZZ_CHECK (bri_date_compare (d[i], d[k]) <= 0);
      }
  if (n < 4)
    return;
  BriDate start = d[0], end = d[1], from = d[2], to = d[3];
  /* Only spans a relation may have: an end needs a start, not before it. */
  if (bri_date_is_set (end)
      && (!bri_date_is_set (start)
          || day_cmp (bri_date_last_day (end), bri_date_first_day (start)) < 0))
    end = BRI_DATE_UNSET;
  FUZZ_CHECK (bri_date_span_overlaps (start, end, from, to)
              == ref_overlaps (start, end, from, to));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size > 256)
    return 0;
  BriDate dates[4];
  guint n = 0;

  /* Raw structs: any bit pattern; the valid ones must behave. */
  if (size >= 16)
    {
      BriDate raw[4];
      for (guint i = 0; i < 4; i++)
        {
          raw[i].year = (guint16) (data[4 * i] | (data[4 * i + 1] << 8));
          raw[i].month = data[4 * i + 2];
          raw[i].day = data[4 * i + 3];
          if (bri_date_is_valid (raw[i]))
            check_one (raw[i]);
          else
            raw[i] = BRI_DATE_UNSET;
        }
      check_pairs (raw, 4);
    }

  char *text = g_strndup ((const char *) data, size);
  char **parts = g_strsplit (text, " ", 5);
  for (guint i = 0; parts[i] && i < 4; i++)
    {
      BriDate d = { 7, 7, 7 };
      GError *error = NULL;
      if (bri_date_parse (parts[i], &d, &error))
        {
          FUZZ_CHECK (error == NULL);
          FUZZ_CHECK (bri_date_is_set (d));
          check_one (d);
          char buf[BRI_DATE_STRLEN];
          FUZZ_CHECK (strcmp (bri_date_format (d, buf), parts[i]) == 0);
          dates[n++] = d;
        }
      else
        {
          FUZZ_CHECK (error != NULL && error->domain == BRI_ERROR);
          FUZZ_CHECK (error->code == BRI_ERROR_PARSE || error->code == BRI_ERROR_INVALID);
          /* Even for text that is not UTF-8 (tests/regression/test-error-messages.c). */
          FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
          FUZZ_CHECK (d.year == 7 && d.month == 7 && d.day == 7);
          g_error_free (error);
          dates[n++] = BRI_DATE_UNSET;
        }
    }
  g_strfreev (parts);
  g_free (text);
  check_pairs (dates, n);
  return 0;
}
