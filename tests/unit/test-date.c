/* tests/unit/test-date.c — BriDate: parsing, validity, formatting, order,
 * the periods partial dates stand for, and the overlap rule. */
#include <bri/bri.h>
#include <criterion/criterion.h>

static BriDate
D (const char *text)
{
  BriDate d = BRI_DATE_UNSET;
  g_autoptr (GError) error = NULL;
  cr_assert (bri_date_parse (text, &d, &error), "%s: %s", text,
             error ? error->message : "");
  return d;
}

static void
expect_reject (const char *text, int code)
{
  BriDate d = { 1999, 1, 1 };
  g_autoptr (GError) error = NULL;
  cr_expect_not (bri_date_parse (text, &d, &error), "'%s' accepted", text);
  cr_expect (g_error_matches (error, BRI_ERROR, code), "'%s': %s", text,
             error ? error->message : "no error");
  cr_expect (d.year == 1999 && d.month == 1 && d.day == 1, "output changed on failure");
}

TestSuite (date);

Test (date, parses_three_precisions)
{
  BriDate y = D ("2024"), m = D ("2024-06"), d = D ("2024-06-27");
  cr_expect (y.year == 2024 && y.month == 0 && y.day == 0);
  cr_expect (m.year == 2024 && m.month == 6 && m.day == 0);
  cr_expect (d.year == 2024 && d.month == 6 && d.day == 27);
  cr_expect_eq (bri_date_get_precision (y), BRI_DATE_PRECISION_YEAR);
  cr_expect_eq (bri_date_get_precision (m), BRI_DATE_PRECISION_MONTH);
  cr_expect_eq (bri_date_get_precision (d), BRI_DATE_PRECISION_DAY);
  cr_expect_eq (bri_date_get_precision (BRI_DATE_UNSET), BRI_DATE_PRECISION_NONE);
  cr_expect_not (bri_date_is_set (BRI_DATE_UNSET));
}

Test (date, accepts_leap_day_only_in_leap_years)
{
  cr_expect_eq (D ("2024-02-29").day, 29);
  cr_expect_eq (D ("2000-02-29").day, 29);
  expect_reject ("2023-02-29", BRI_ERROR_INVALID);
  expect_reject ("1900-02-29", BRI_ERROR_INVALID);
}

Test (date, rejects_impossible_dates)
{
  expect_reject ("2024-13-01", BRI_ERROR_INVALID);
  expect_reject ("2024-02-30", BRI_ERROR_INVALID);
  expect_reject ("2024-04-31", BRI_ERROR_INVALID);
  expect_reject ("2024-00", BRI_ERROR_INVALID);
  expect_reject ("2024-06-00", BRI_ERROR_INVALID);
  expect_reject ("0000", BRI_ERROR_INVALID);
}

Test (date, rejects_other_shapes)
{
  expect_reject ("2024/06/01", BRI_ERROR_PARSE);
  expect_reject ("2024-6", BRI_ERROR_PARSE);
  expect_reject ("2024-6-1", BRI_ERROR_PARSE);
  expect_reject ("24-06-01", BRI_ERROR_PARSE);
  expect_reject (" 2024", BRI_ERROR_PARSE);
  expect_reject ("2024-06-01T00:00", BRI_ERROR_PARSE);
  expect_reject ("", BRI_ERROR_PARSE);
  expect_reject ("二〇二四", BRI_ERROR_PARSE);
}

Test (date, formats_back_to_the_same_text)
{
  const char *texts[] = { "2024", "2024-06", "2024-06-27", "0001-01-01", "9999-12-31" };
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *s = bri_date_to_string (D (texts[i]));
      cr_expect_str_eq (s, texts[i]);
    }
  char buf[BRI_DATE_STRLEN];
  cr_expect_str_eq (bri_date_format (BRI_DATE_UNSET, buf), "");
}

Test (date, orders_coarser_first)
{
  const char *sorted[] = { "2023-12-31", "2024", "2024-01", "2024-01-01",
                           "2024-01-02", "2024-02", "2025" };
  cr_expect_lt (bri_date_compare (BRI_DATE_UNSET, D ("0001")), 0);
  for (guint i = 0; i + 1 < G_N_ELEMENTS (sorted); i++)
    {
      cr_expect_lt (bri_date_compare (D (sorted[i]), D (sorted[i + 1])), 0,
                    "%s < %s", sorted[i], sorted[i + 1]);
      cr_expect_gt (bri_date_compare (D (sorted[i + 1]), D (sorted[i])), 0);
    }
  cr_expect_eq (bri_date_compare (D ("2024-06"), D ("2024-06")), 0);
}

Test (date, partial_dates_stand_for_their_period)
{
  g_autofree char *a = bri_date_to_string (bri_date_first_day (D ("2024")));
  g_autofree char *b = bri_date_to_string (bri_date_last_day (D ("2024")));
  g_autofree char *c = bri_date_to_string (bri_date_last_day (D ("2024-02")));
  g_autofree char *d = bri_date_to_string (bri_date_last_day (D ("2023-02")));
  g_autofree char *e = bri_date_to_string (bri_date_first_day (D ("2024-06")));
  g_autofree char *f = bri_date_to_string (bri_date_last_day (D ("2024-06-27")));
  cr_expect_str_eq (a, "2024-01-01");
  cr_expect_str_eq (b, "2024-12-31");
  cr_expect_str_eq (c, "2024-02-29");
  cr_expect_str_eq (d, "2023-02-28");
  cr_expect_str_eq (e, "2024-06-01");
  cr_expect_str_eq (f, "2024-06-27");
}

Test (date, overlap_with_windows)
{
  BriDate none = BRI_DATE_UNSET;
  /* A day inside, on the edges of, and outside a month window. */
  cr_expect (bri_date_span_overlaps (D ("2024-06-27"), none, D ("2024-06"), D ("2024-06")));
  cr_expect (bri_date_span_overlaps (D ("2024-06-01"), none, D ("2024-06"), D ("2024-06")));
  cr_expect (bri_date_span_overlaps (D ("2024-06-30"), none, D ("2024-06"), D ("2024-06")));
  cr_expect_not (bri_date_span_overlaps (D ("2024-07-01"), none, D ("2024-06"), D ("2024-06")));
  cr_expect_not (bri_date_span_overlaps (D ("2024-05-31"), none, D ("2024-06"), D ("2024-06")));
  /* A year overlaps any window within it; a month overlaps a day in it. */
  cr_expect (bri_date_span_overlaps (D ("2024"), none, D ("2024-06-15"), D ("2024-06-15")));
  cr_expect (bri_date_span_overlaps (D ("2024-06"), none, D ("2024-06-15"), none));
  /* A span reaching into the window. */
  cr_expect (bri_date_span_overlaps (D ("2024-05-30"), D ("2024-06-02"), D ("2024-06"), none));
  cr_expect_not (bri_date_span_overlaps (D ("2024-05-01"), D ("2024-05-31"), D ("2024-06"), none));
  /* Open bounds. */
  cr_expect (bri_date_span_overlaps (D ("1990"), none, none, D ("2000")));
  cr_expect_not (bri_date_span_overlaps (D ("2001"), none, none, D ("2000")));
  cr_expect (bri_date_span_overlaps (D ("2001"), none, none, none));
  /* Undated relations only in the open window. */
  cr_expect (bri_date_span_overlaps (none, none, none, none));
  cr_expect_not (bri_date_span_overlaps (none, none, D ("2024"), none));
}

Test (date, validity_of_struct_values)
{
  cr_expect (bri_date_is_valid (BRI_DATE_UNSET));
  cr_expect (bri_date_is_valid ((BriDate){ 2024, 2, 29 }));
  cr_expect_not (bri_date_is_valid ((BriDate){ 2024, 0, 5 }));
  cr_expect_not (bri_date_is_valid ((BriDate){ 2024, 13, 0 }));
  cr_expect_not (bri_date_is_valid ((BriDate){ 0, 1, 0 }));
  cr_expect_not (bri_date_is_valid ((BriDate){ 10000, 1, 1 }));
}
