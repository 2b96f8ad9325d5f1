/* libbri/core/text.c — small text rules shared by validation: control
 * characters, lowercase words, and the edit distance behind "did you mean". */
#include "config.h"
#include "core/core-private.h"

/* TRUE when @s holds a C0 control character other than tab, LF and CR, or
 * DEL. (Such bytes break GraphML and terminals; they are rejected on input.) */
gboolean
bri__has_control_chars (const char *s)
{
  for (const unsigned char *p = (const unsigned char *) s; p && *p; p++)
    if ((*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r') || *p == 0x7f)
      return TRUE;
  return FALSE;
}

/* `[a-z][a-z0-9_]*` */
gboolean
bri__is_lower_word (const char *s)
{
  if (!s || !g_ascii_islower (*s))
    return FALSE;
  for (; *s; s++)
    if (!g_ascii_islower (*s) && !g_ascii_isdigit (*s) && *s != '_')
      return FALSE;
  return TRUE;
}

gboolean
bri__str_equal0 (const char *a, const char *b)
{
  return g_strcmp0 (a, b) == 0;
}

/* Levenshtein distance over bytes (names compared are ASCII kinds/ids). */
guint
bri__edit_distance (const char *a, const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *row = g_new (guint, lb + 1);
  for (gsize j = 0; j <= lb; j++)
    row[j] = j;
  for (gsize i = 1; i <= la; i++)
    {
      guint diag = row[0];
      row[0] = i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint up = row[j];
          guint best = MIN (row[j] + 1, row[j - 1] + 1);
          row[j] = MIN (best, diag + (a[i - 1] != b[j - 1]));
          diag = up;
        }
    }
  return row[lb];
}

/* The candidate nearest to @word, if within @max_distance; ties go to the
 * first candidate. */
const char *
bri__nearest (const char *word, const char *const *candidates, guint n,
              guint max_distance)
{
  const char *best = NULL;
  guint best_d = max_distance + 1;
  for (guint i = 0; i < n; i++)
    {
      guint d = bri__edit_distance (word, candidates[i]);
      if (d < best_d)
        {
          best_d = d;
          best = candidates[i];
        }
    }
  return best;
}

/* @text made fit to quote in an error message: invalid UTF-8 replaced by
 * U+FFFD, control characters escaped as \xHH, and at most 200 characters
 * (then "…"). GError messages must be UTF-8, and terminals must not be
 * sent control characters. */
char *
bri__quote_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_new (NULL);
  guint n = 0;
  for (const char *p = valid; *p; p = g_utf8_next_char (p), n++)
    {
      if (n == 200)
        {
          g_string_append (out, "…");
          break;
        }
      gunichar c = g_utf8_get_char (p);
      if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\x%02X", c);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
