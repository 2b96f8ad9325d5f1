/* libbri/extract/extract-text.c — the text side of extraction: validation, OpenCC
 * Traditional→Simplified conversion with a byte-offset map back into the
 * original, the per-character fold used for matching, and the splitting
 * into sentences and clauses. */
#include "config.h"
#include "extract-private.h"
#include "io/csv-reader.h"
#include <opencc/opencc.h>

struct _BriT2s {
  GMutex lock;
  opencc_t cc;
  /* Per BMP character: 0 not known yet, 1 t2s leaves it as it is, 2 t2s
   * changes it. Filled as characters are first seen, under the lock. */
  guint8 *stable;
};

#define STABLE_UNKNOWN 0
#define STABLE_YES 1
#define STABLE_NO 2

BriT2s *
bri__t2s_new (void)
{
  BriT2s *t = g_new0 (BriT2s, 1);
  g_mutex_init (&t->lock);
  t->cc = opencc_open (BRI_OPENCC_T2S);
  t->stable = g_malloc0 (0x10000);
  return t;
}

void
bri__t2s_free (BriT2s *t)
{
  if (!t)
    return;
  if (t->cc != (opencc_t) -1)
    opencc_close (t->cc);
  g_mutex_clear (&t->lock);
  g_free (t->stable);
  g_free (t);
}

char *
bri__t2s_convert (BriT2s *t, const char *text, gsize len)
{
  char *out = NULL;
  if (t && t->cc != (opencc_t) -1 && len > 0)
    {
      g_mutex_lock (&t->lock);
      char *c = opencc_convert_utf8 (t->cc, text, len);
      g_mutex_unlock (&t->lock);
      if (c)
        {
          out = g_strdup (c);
          opencc_convert_utf8_free (c);
        }
    }
  return out ? out : g_strndup (text, len);
}

/* Whether t2s leaves every character of text[0, len) as it is, each on
 * its own: then the conversion of the whole is skipped (OpenCC is most of
 * the cost of extraction, and Simplified text is most of the input).
 * Characters not seen before are converted in one batch, one per line. */
static gboolean
t2s_is_identity (BriT2s *t, const char *text, gsize len)
{
  if (!t || t->cc == (opencc_t) -1)
    return TRUE;
  gboolean all = TRUE;
  g_autoptr (GString) batch = NULL;
  g_mutex_lock (&t->lock);
  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    {
      if ((guchar) *p < 0x80)
        continue;
      gunichar c = g_utf8_get_char (p);
      if (c > 0xFFFF)
        {
          all = FALSE;
          break;
        }
      if (t->stable[c] == STABLE_NO)
        {
          all = FALSE;
          break;
        }
      if (t->stable[c] == STABLE_UNKNOWN)
        {
          if (!batch)
            batch = g_string_new (NULL);
          g_string_append_unichar (batch, c);
          g_string_append_c (batch, '\n');
        }
    }
  if (all && batch)
    {
      char *conv = opencc_convert_utf8 (t->cc, batch->str, batch->len);
      if (!conv)
        all = FALSE;
      else
        {
          g_auto (GStrv) in = g_strsplit (batch->str, "\n", -1);
          g_auto (GStrv) out = g_strsplit (conv, "\n", -1);
          opencc_convert_utf8_free (conv);
          if (g_strv_length (in) != g_strv_length (out))
            all = FALSE;
          else
            for (guint i = 0; in[i]; i++)
              {
                if (!*in[i])
                  continue;
                gboolean same = g_str_equal (in[i], out[i]);
                t->stable[g_utf8_get_char (in[i])] = same ? STABLE_YES : STABLE_NO;
                if (!same)
                  all = FALSE;
              }
        }
    }
  g_mutex_unlock (&t->lock);
  return all;
}

/* The fold of one (already Simplified) character, appended to @out. */
static void
fold_char (gunichar c, GString *out)
{
  if (c >= 0xFF01 && c <= 0xFF5E)      /* full-width ASCII */
    c -= 0xFEE0;
  if (c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212 || c == 0xFE63)
    c = '-';
  if (c == 0x3000)
    c = ' ';
  /* Markdown's **bold** markers are no text. */
  if (c == '*')
    return;
  if (c < 0x80)
    g_string_append_c (out, (char) g_ascii_tolower ((char) c));
  else
    g_string_append_unichar (out, c);
}

char *
bri__extract_fold_name (BriT2s *t2s, const char *name)
{
  g_autofree char *s = bri__t2s_convert (t2s, name, strlen (name));
  GString *out = g_string_new (NULL);
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    fold_char (g_utf8_get_char (p), out);
  return g_string_free (out, FALSE);
}

/* Appends the normal form of orig[a, b) (one paragraph) to @out and its
 * offset map to @map. */
static void
normalize_range (BriT2s *t2s, const char *orig, gsize a, gsize b, GString *out,
                 GArray *map)
{
  if (a == b)
    return;
  /* A paragraph none of whose characters t2s changes, each on its own, is
   * taken as its own conversion. OpenCC's phrase table could in principle
   * change a phrase of such characters; checked on the bundled texts (the
   * bulletins, data/bri and the gazetteer, as written and through
   * s2t→t2s: 1063 such lines), it never does. */
  g_autofree char *conv = t2s_is_identity (t2s, orig + a, b - a)
                          ? g_strndup (orig + a, b - a)
                          : bri__t2s_convert (t2s, orig + a, b - a);
  glong n_orig = g_utf8_strlen (orig + a, b - a);
  glong n_conv = g_utf8_strlen (conv, -1);
  const char *p = orig + a;
  if (n_orig == n_conv)
    {
      /* One character for one: align them in order. */
      for (const char *q = conv; *q; q = g_utf8_next_char (q))
        {
          gsize before = out->len;
          fold_char (g_utf8_get_char (q), out);
          gsize o = (gsize) (p - orig);
          for (gsize k = before; k < out->len; k++)
            g_array_append_val (map, o);
          p = g_utf8_next_char (p);
        }
      return;
    }
  /* The conversion changed the number of characters: convert one character
   * at a time so that each maps to its own source. */
  while (p < orig + b)
    {
      const char *next = g_utf8_next_char (p);
      g_autofree char *c1 = bri__t2s_convert (t2s, p, (gsize) (next - p));
      gsize o = (gsize) (p - orig);
      for (const char *q = c1; *q; q = g_utf8_next_char (q))
        {
          gsize before = out->len;
          fold_char (g_utf8_get_char (q), out);
          for (gsize k = before; k < out->len; k++)
            g_array_append_val (map, o);
        }
      p = next;
    }
}

gboolean
bri__norm_text_init (BriNormText *nt, BriT2s *t2s, const char *text, gsize len,
                     GError **error)
{
  memset (nt, 0, sizeof *nt);
  const char *end = NULL;
  if (!g_utf8_validate_len (text, len, &end))
    {
      guint line, col;
      bri__csv_position (text, (gsize) (end - text), &line, &col);
      g_set_error (error, BRI_ERROR, BRI_ERROR_PARSE,
                   "%u:%u: invalid UTF-8 (byte 0x%02x), expected UTF-8 text",
                   line, col, (unsigned char) *end);
      return FALSE;
    }
  for (gsize i = 0; i < len; i++)
    {
      unsigned char c = (unsigned char) text[i];
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
        {
          guint line, col;
          bri__csv_position (text, i, &line, &col);
          g_set_error (error, BRI_ERROR, BRI_ERROR_PARSE,
                       "%u:%u: control byte 0x%02x, expected text (is this a binary file?)",
                       line, col, c);
          return FALSE;
        }
    }
  nt->orig = text;
  nt->orig_len = len;
  GString *out = g_string_sized_new (len + 16);
  GArray *map = g_array_sized_new (FALSE, FALSE, sizeof (gsize), len + 16);
  /* Paragraph by paragraph: OpenCC's phrase conversion never crosses a line. */
  gsize a = 0;
  while (a < len)
    {
      gsize b = a;
      while (b < len && text[b] != '\n')
        b++;
      normalize_range (t2s, text, a, b, out, map);
      if (b < len)
        {
          g_string_append_c (out, '\n');
          g_array_append_val (map, b);
          b++;
        }
      a = b;
    }
  g_array_append_val (map, len);
  nt->norm_len = out->len;
  nt->norm = g_string_free (out, FALSE);
  nt->map = (gsize *) g_array_free (map, FALSE);
  return TRUE;
}

void
bri__norm_text_clear (BriNormText *nt)
{
  g_clear_pointer (&nt->norm, g_free);
  g_clear_pointer (&nt->map, g_free);
}

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == 0x3000 || c == 0xA0;
}

static void
push_span (GArray *spans, const char *s, gsize a, gsize b, guint para)
{
  while (a < b && is_space (g_utf8_get_char (s + a)))
    a = (gsize) (g_utf8_next_char (s + a) - s);
  while (b > a)
    {
      const char *prev = g_utf8_prev_char (s + b);
      if (!is_space (g_utf8_get_char (prev)))
        break;
      b = (gsize) (prev - s);
    }
  if (b > a)
    {
      BriSpan sp = { a, b, para };
      g_array_append_val (spans, sp);
    }
}

GArray *
bri__split_sentences (const char *s, gsize len)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (BriSpan));
  gsize a = 0;
  guint para = 0;
  const char *p = s;
  while ((gsize) (p - s) < len)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      if (c == '\n')
        {
          push_span (spans, s, a, (gsize) (p - s), para);
          para++;
          a = (gsize) (next - s);
        }
      else if (c == 0x3002 || c == 0xFF1B || c == ';' || c == '!' || c == '?'
               || c == 0x2026 /* … */)
        {
          /* Keep a closing quote or bracket with its sentence. */
          while ((gsize) (next - s) < len)
            {
              gunichar d = g_utf8_get_char (next);
              if (d == 0x201D || d == 0x300D || d == ')' || d == 0x300B)
                next = g_utf8_next_char (next);
              else
                break;
            }
          push_span (spans, s, a, (gsize) (next - s), para);
          a = (gsize) (next - s);
        }
      p = next;
    }
  push_span (spans, s, a, len, para);
  return spans;
}

GArray *
bri__split_clauses (const char *s, gsize start, gsize end)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (BriSpan));
  gsize a = start;
  int depth = 0;   /* no split inside 《》 “” () */
  const char *p = s + start;
  while ((gsize) (p - s) < end)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      if (c == 0x300A || c == 0x201C || c == '(')
        depth++;
      else if ((c == 0x300B || c == 0x201D || c == ')') && depth > 0)
        depth--;
      else if (c == ',' && depth == 0)
        {
          push_span (spans, s, a, (gsize) (next - s), 0);
          a = (gsize) (next - s);
        }
      p = next;
    }
  push_span (spans, s, a, end, 0);
  return spans;
}

gboolean
bri__is_han (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

gboolean
bri__unichar_in (gunichar c, const char *set)
{
  char buf[8] = { 0 };
  g_unichar_to_utf8 (c, buf);
  return c != 0 && strstr (set, buf) != NULL;
}

char *
bri__norm_text_slice (const BriNormText *nt, gsize a, gsize b)
{
  gsize oa = nt->map[a], ob = nt->map[b];
  return g_strndup (nt->orig + oa, ob - oa);
}
