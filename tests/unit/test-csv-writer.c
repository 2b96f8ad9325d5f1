/* tests/unit/test-csv-writer.c — the one CSV writer (libbri/io/csv-writer.c is
 * compiled into the test): the quoting rule field by field, rows, and the
 * public bri_csv_format_row(); a written row reads back through the
 * library's reader to the same fields. */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "core/core-private.h"
#include "io/csv-reader.h"
#include "io/csv-writer.h"

static char *
field (const char *s)
{
  GString *out = g_string_new (NULL);
  bri__csv_put_field (out, TRUE, s);
  return g_string_free (out, FALSE);
}

Test (csv_writer, quotes_only_comma_quote_cr_lf)
{
  const char *cases[][2] = {
    { "plain", "plain" },
    { "", "" },
    { "a,b", "\"a,b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "\"", "\"\"\"\"" },
    { "line\nbreak", "\"line\nbreak\"" },
    { "cr\rhere", "\"cr\rhere\"" },
    /* Spaces and TABs at either end belong to the field (RFC 4180). */
    { " spaced ", " spaced " },
    { "\ttab\t", "\ttab\t" },
    { "中國|北京", "中國|北京" },
    { "《关于\"数字\"合作》", "\"《关于\"\"数字\"\"合作》\"" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = field (cases[i][0]);
      cr_expect_str_eq (got, cases[i][1], "field %u", i);
    }
  g_autofree char *null = field (NULL);
  cr_expect_str_eq (null, "");
}

Test (csv_writer, rows_with_separators_and_line_ends)
{
  g_autoptr (GString) out = g_string_new (NULL);
  const char *a[] = { "id", NULL, "x,y" };
  const char *b[] = { "", "two" };
  bri__csv_put_row (out, a, 3, "\n");
  bri__csv_put_row (out, b, 2, "\r\n");
  bri__csv_put_field (out, TRUE, "p");
  bri__csv_put_field (out, FALSE, "q");
  cr_expect_str_eq (out->str, "id,,\"x,y\"\n,two\r\np,q");
}

Test (csv_writer, public_format_row)
{
  const char *f[] = { "section", "name, full", NULL, "a \"b\"" };
  g_autofree char *crlf = bri_csv_format_row (f, 4, "\r\n");
  cr_expect_str_eq (crlf, "section,\"name, full\",,\"a \"\"b\"\"\"\r\n");
  g_autofree char *bare = bri_csv_format_row (f, 1, NULL);
  cr_expect_str_eq (bare, "section");
  g_autofree char *empty = bri_csv_format_row (NULL, 0, "\n");
  cr_expect_str_eq (empty, "\n");
}

typedef struct {
  GPtrArray *fields;
} Got;

static gboolean
collect (const BriCsvRecord *rec, gpointer data)
{
  Got *g = data;
  for (guint i = 0; i < rec->n_fields; i++)
    g_ptr_array_add (g->fields, g_strdup (rec->fields[i]));
  return TRUE;
}

Test (csv_writer, reads_back_to_the_same_fields)
{
  const char *f[] = { "a,b", " lead", "trail ", "q\"q", "two\nlines", "", "中文", "\tt" };
  g_autofree char *row = bri_csv_format_row (f, G_N_ELEMENTS (f), "\n");
  Got got = { g_ptr_array_new_with_free_func (g_free) };
  BriCsvProblem problem = { 0 };
  cr_assert (bri__csv_read (row, strlen (row), collect, &got, &problem), "%s",
             problem.message ? problem.message : "");
  cr_assert_eq (got.fields->len, G_N_ELEMENTS (f));
  for (guint i = 0; i < G_N_ELEMENTS (f); i++)
    cr_expect_str_eq (got.fields->pdata[i], f[i], "field %u", i);
  g_ptr_array_unref (got.fields);
}
