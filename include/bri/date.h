/**
 * SECTION:date
 * @title: Dates
 * @short_description: partial ISO 8601 calendar dates as a small value type
 * @include: bri/bri.h
 *
 * A BriDate is a year (`2024`), a month (`2024-06`) or a day
 * (`2024-06-27`); the unset date has year 0. It is a plain struct passed by
 * value: no allocation, no freeing. A partial date stands for the whole
 * period it names: `2024-06` is the span 2024-06-01 .. 2024-06-30. Years run
 * from 1 to 9999 (proleptic Gregorian calendar).
 */
#ifndef BRI_DATE_H
#define BRI_DATE_H

#include <glib.h>
#include <bri/version.h>

G_BEGIN_DECLS

/**
 * BriDate:
 * @year: 1..9999, or 0 when the date is unset.
 * @month: 1..12, or 0 when only the year is known.
 * @day: 1..31 (valid for the month), or 0 when only year (and month) are known.
 *
 * A partial ISO 8601 calendar date (year, month or day), passed by value.
 */
typedef struct {
  guint16 year;
  guint8 month;
  guint8 day;
} BriDate;

/**
 * BRI_DATE_UNSET:
 *
 * an initializer for the unset date.
 */
#define BRI_DATE_UNSET ((BriDate){ 0, 0, 0 })

/**
 * BRI_DATE_STRLEN:
 *
 * buffer size that holds any formatted date plus NUL.
 */
#define BRI_DATE_STRLEN 11

/**
 * BriDatePrecision:
 * @BRI_DATE_PRECISION_NONE: the date is unset.
 * @BRI_DATE_PRECISION_YEAR: `YYYY`.
 * @BRI_DATE_PRECISION_MONTH: `YYYY-MM`.
 * @BRI_DATE_PRECISION_DAY: `YYYY-MM-DD`.
 *
 * How much of a #BriDate is known (bri_date_get_precision()).
 */
typedef enum {
  BRI_DATE_PRECISION_NONE,
  BRI_DATE_PRECISION_YEAR,
  BRI_DATE_PRECISION_MONTH,
  BRI_DATE_PRECISION_DAY,
} BriDatePrecision;

/**
 * bri_date_parse:
 * @text: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` exactly (no spaces, no other
 *   separators, four-digit year, two-digit month and day).
 * @out: (out): the parsed date; unchanged on failure.
 * @error: BRI_ERROR_PARSE for text of another shape (`2024/06/01`,
 *   `2024-6`), BRI_ERROR_INVALID for an impossible date (`2024-13-01`,
 *   `2024-02-30`, year 0000). The message names the text and the expected
 *   form; it has no location (callers add it).
 *
 * Parses a partial ISO 8601 date.
 *
 * Returns: TRUE on success.
 */
BRI_API gboolean bri_date_parse (const char *text, BriDate *out, GError **error);

/**
 * bri_date_is_valid:
 * @date: a #BriDate
 *
 * Tells whether @date is valid.
 *
 * Returns: TRUE when @date is unset or a real calendar date of its precision
 *   (a day without a month is not).
 */
BRI_API gboolean bri_date_is_valid (BriDate date);

/**
 * bri_date_is_set:
 * @date: a #BriDate
 *
 * Tells whether @date is set.
 *
 * Returns: TRUE unless @date is the unset date.
 */
BRI_API gboolean bri_date_is_set (BriDate date);

/**
 * bri_date_get_precision:
 * @date: a #BriDate
 *
 * Gets the precision of @date.
 *
 * Returns: how much of @date is known.
 */
BRI_API BriDatePrecision bri_date_get_precision (BriDate date);

/**
 * bri_date_format:
 * @date: a valid date.
 * @buf: (out caller-allocates): at least BRI_DATE_STRLEN bytes.
 *
 * Formats @date into a caller-provided buffer.
 *
 * Returns: (transfer none): @buf, holding `YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
 *   or the empty string for the unset date.
 */
BRI_API char *bri_date_format (BriDate date, char *buf);

/**
 * bri_date_to_string:
 * @date: a #BriDate
 *
 * Formats @date into a new string.
 *
 * Returns: (transfer full): as bri_date_format(), newly allocated; g_free() it.
 */
BRI_API char *bri_date_to_string (BriDate date);

/**
 * bri_date_compare:
 * @a: a #BriDate
 * @b: a #BriDate
 *
 * Orders dates by year, then month, then day, a coarser date first: unset <
 * 2024 < 2024-01 < 2024-01-01 < 2024-01-02 < 2024-02. A total order, suitable
 * for sorting; to ask whether periods overlap use bri_date_span_overlaps().
 *
 * Returns: negative, zero or positive as @a sorts before, equal to or after @b.
 */
BRI_API int bri_date_compare (BriDate a, BriDate b);

/**
 * bri_date_first_day:
 * @date: a #BriDate
 *
 * The first day of the period a partial date stands for.
 *
 * Returns: the first day of the period @date names (`2024-06` → 2024-06-01);
 *   the unset date for the unset date.
 */
BRI_API BriDate bri_date_first_day (BriDate date);

/**
 * bri_date_last_day:
 * @date: a #BriDate
 *
 * The last day of the period a partial date stands for.
 *
 * Returns: the last day of the period @date names (`2024-02` → 2024-02-29);
 *   the unset date for the unset date.
 */
BRI_API BriDate bri_date_last_day (BriDate date);

/**
 * bri_date_span_overlaps:
 * @start: the start of a span (a relation's date); may be unset.
 * @end: the end of the span (end date); unset means the span is @start alone.
 * @from: the window's first date, unset for no lower bound.
 * @to: the window's last date, unset for no upper bound.
 *
 * Whether the span [first_day(@start), last_day(@end or @start)] shares at
 * least one day with the window [first_day(@from), last_day(@to)]. A window
 * `--from 2024-06 --to 2024-06` holds every day of June 2024; a relation
 * dated `2024` overlaps it. An undated span (unset @start) overlaps only the
 * fully open window (both bounds unset).
 *
 * Returns: TRUE when they overlap.
 */
BRI_API gboolean bri_date_span_overlaps (BriDate start, BriDate end,
                                         BriDate from, BriDate to);

G_END_DECLS

#endif /* BRI_DATE_H */
