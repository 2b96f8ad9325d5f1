/* libbri/io/csv-writer.c — CSV output: the quoting rule of csv-writer.h,
 * the quoting itself done by libcsv's csv_write. Also bri_csv_format_row(),
 * the public row formatter the CLI uses. */
#include "config.h"
#include <string.h>
#include <bri/bri.h>
#include "io/csv-writer.h"
#include <csv.h>

static gboolean
needs_quotes (const char *s)
{
  return strpbrk (s, ",\"\r\n") != NULL;
}

void
bri__csv_put_field (GString *out, gboolean first, const char *s)
{
  if (!first)
    g_string_append_c (out, ',');
  if (!s || !*s)
    return;
  size_t len = strlen (s);
  if (!needs_quotes (s))
    {
      g_string_append_len (out, s, (gssize) len);
      return;
    }
  size_t need = csv_write (NULL, 0, s, len);
  gsize at = out->len;
  g_string_set_size (out, at + need);
  csv_write (out->str + at, need, s, len);
}

void
bri__csv_put_row (GString *out, const char *const *fields, guint n, const char *eol)
{
  for (guint i = 0; i < n; i++)
    bri__csv_put_field (out, i == 0, fields[i]);
  g_string_append (out, eol);
}

char *
bri_csv_format_row (const char *const *fields, guint n_fields, const char *eol)
{
  g_return_val_if_fail (fields != NULL || n_fields == 0, NULL);
  GString *out = g_string_new (NULL);
  bri__csv_put_row (out, fields, n_fields, eol ? eol : "");
  return g_string_free (out, FALSE);
}
