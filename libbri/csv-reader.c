/* libbri/csv-reader.c — strict RFC 4180 reading through libcsv, with
 * positions. libcsv reports neither lines nor columns, so the file is fed
 * one physical line at a time (the record's first line is known from the
 * parser state) and, on the error path only, a record is fed again byte by
 * byte to find where a given field starts. libcsv's space trimming is
 * turned off (spaces belong to the field); CSV_STRICT | CSV_STRICT_FINI make
 * stray and unterminated quotes errors. */
#include "config.h"
#include "bri-private.h"
#include "csv-reader.h"
#include <csv.h>

typedef struct {
  char *buf;             /* the current record's fields, NUL-separated */
  gsize buf_len, buf_size;
  gsize *starts;         /* offsets into buf, n_fields of them */
  gsize *lengths;
  guint n_fields, capacity;
  GPtrArray *ptrs;
  BriCsvRecordFunc func;
  BriCsvFieldFunc field_func;  /* nullable */
  gpointer user_data;
  BriCsvRecord rec;
  gboolean stop;
  gboolean too_big;
} Reader;

static int
never_space (unsigned char c)
{
  return 0;
}

static void
on_field (void *s, size_t len, void *data)
{
  Reader *r = data;
  if (r->stop)
    return;
  if (len > BRI_MAX_FIELD_BYTES)
    {
      r->too_big = TRUE;
      r->stop = TRUE;
      return;
    }
  if (r->n_fields == r->capacity)
    {
      r->capacity = MAX (16, 2 * r->capacity);
      r->starts = g_renew (gsize, r->starts, r->capacity);
      r->lengths = g_renew (gsize, r->lengths, r->capacity);
    }
  /* A plain buffer: g_string_set_size per field was 1.5 % of loading. */
  gsize start = r->buf_len;
  if (start + len + 1 > r->buf_size)
    {
      r->buf_size = MAX (2 * r->buf_size, start + len + 1);
      r->buf = g_realloc (r->buf, r->buf_size);
    }
  memcpy (r->buf + start, s, len);
  r->buf[start + len] = '\0';
  r->buf_len = start + len + 1;
  r->starts[r->n_fields] = start;
  r->lengths[r->n_fields] = len;
  if (r->field_func)
    r->field_func (r->n_fields, r->buf + start, len, r->user_data);
  r->n_fields++;
}

static void
on_record (int c, void *data)
{
  Reader *r = data;
  if (r->stop)
    return;
  guint n = r->n_fields;
  g_ptr_array_set_size (r->ptrs, n);
  for (guint i = 0; i < n; i++)
    r->ptrs->pdata[i] = r->buf + r->starts[i];
  r->rec.n_fields = n;
  r->rec.fields = (char **) r->ptrs->pdata;
  r->rec.lengths = r->lengths;
  if (!r->func (&r->rec, r->user_data))
    r->stop = TRUE;
  r->buf_len = 0;
  r->n_fields = 0;
}

void
bri__csv_position (const char *data, gsize offset, guint *line, guint *column)
{
  guint l = 1;
  gsize line_start = 0;
  for (const char *p = data; (p = memchr (p, '\n', data + offset - p)); p++)
    {
      l++;
      line_start = p + 1 - data;
    }
  *line = l;
  *column = g_utf8_strlen (data + line_start, offset - line_start) + 1;
}

typedef struct {
  guint fields_seen;
} Counter;

static void
count_field (void *s, size_t len, void *data)
{
  ((Counter *) data)->fields_seen++;
}

static void
ignore_record (int c, void *data)
{
}

/* Byte offset where field @index of the record starting at @offset begins:
 * feed the record byte by byte; field i+1 starts after the byte that
 * completed field i. */
static gsize
field_offset (const char *data, gsize offset, gsize end, guint index)
{
  if (index == 0)
    return offset;
  struct csv_parser p;
  csv_init (&p, CSV_STRICT);
  csv_set_space_func (&p, never_space);
  Counter c = { 0 };
  gsize pos = offset, found = end;
  for (; pos < end; pos++)
    {
      if (csv_parse (&p, data + pos, 1, count_field, ignore_record, &c) != 1)
        break;
      if (c.fields_seen >= index)
        {
          found = pos + 1;
          break;
        }
    }
  csv_free (&p);
  return found;
}

/* Line and column of byte @at of a record: records start at the start of
 * a physical line, so only the record's own bytes need scanning. */
void
bri__csv_record_position (const BriCsvRecord *rec, gsize at, guint *line, guint *column)
{
  gsize line_start = rec->offset;
  guint l = rec->line;
  for (const char *p = rec->data + rec->offset;
       (p = memchr (p, '\n', rec->data + at - p)); p++)
    {
      l++;
      line_start = p + 1 - rec->data;
    }
  *line = l;
  *column = g_utf8_strlen (rec->data + line_start, at - line_start) + 1;
}

void
bri__csv_locate (const BriCsvRecord *rec, guint index, guint *line, guint *column)
{
  bri__csv_record_position (rec, field_offset (rec->data, rec->offset, rec->end, index),
                            line, column);
}

static void
set_problem (BriCsvProblem *problem, const char *data, gsize offset, int code,
             const char *message)
{
  bri__csv_position (data, offset, &problem->line, &problem->column);
  problem->code = code;
  problem->message = g_strdup (message);
}

/* The first invalid UTF-8, NUL or control byte (C0 other than tab, LF and
 * CR, or DEL), if any: checked once for the whole file, so that no field
 * needs checking again. */
static gboolean
check_encoding (const char *data, gsize len, BriCsvProblem *problem)
{
  /* One pass. ASCII goes eight bytes at a time: a word with no byte
   * >= 0x80, < 0x20 or = 0x7F needs no closer look (SWAR test: no false
   * negatives; a false positive only sends the word through the byte
   * loop). A run of bytes >= 0x80 is validated as a whole by GLib: a UTF-8
   * sequence never contains an ASCII byte, so validating each maximal run
   * is validating the text. */
  gsize i = 0;
  while (i < len)
    {
      while (i + 8 <= len)
        {
          guint64 w, x;
          memcpy (&w, data + i, 8);
          x = w ^ 0x7f7f7f7f7f7f7f7fULL;
          if ((((w - 0x2020202020202020ULL) & ~w) | ((x - 0x0101010101010101ULL) & ~x)
               | w) & 0x8080808080808080ULL)
            break;
          i += 8;
        }
      if (i >= len)
        break;
      unsigned char c = data[i];
      if (c >= 0x80)
        {
          gsize end = i + 1;
          for (guint64 w; end + 8 <= len; end += 8)
            {
              memcpy (&w, data + end, 8);
              if (~w & 0x8080808080808080ULL)
                break;
            }
          while (end < len && (unsigned char) data[end] >= 0x80)
            end++;
          const char *bad;
          if (!g_utf8_validate_len (data + i, end - i, &bad))
            {
              set_problem (problem, data, bad - data, BRI_ERROR_PARSE,
                           "invalid UTF-8, expected UTF-8 text");
              return FALSE;
            }
          i = end;
          continue;
        }
      if (c == 0)
        {
          set_problem (problem, data, i, BRI_ERROR_PARSE, "NUL byte, expected UTF-8 text");
          return FALSE;
        }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
        {
          g_autofree char *msg = g_strdup_printf (
            "control character U+%04X, expected printable text", c);
          set_problem (problem, data, i, BRI_ERROR_PARSE, msg);
          return FALSE;
        }
      i++;
    }
  return TRUE;
}

gboolean
bri__csv_read (const char *data, gsize len, BriCsvRecordFunc func,
               gpointer user_data, BriCsvProblem *problem)
{
  return bri__csv_read_fields (data, len, func, NULL, user_data, problem);
}

gboolean
bri__csv_read_fields (const char *data, gsize len, BriCsvRecordFunc func,
                      BriCsvFieldFunc field_func, gpointer user_data,
                      BriCsvProblem *problem)
{
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
    }
  memset (problem, 0, sizeof *problem);
  if (!check_encoding (data, len, problem))
    return FALSE;

  Reader r = { 0 };
  r.buf_size = 256;
  r.buf = g_malloc (r.buf_size);
  r.ptrs = g_ptr_array_new ();
  r.func = func;
  r.field_func = field_func;
  r.user_data = user_data;
  r.rec.data = data;
  r.rec.data_len = len;

  struct csv_parser p;
  csv_init (&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
  csv_set_space_func (&p, never_space);

  gboolean ok = TRUE;
  guint line = 1;
  gsize pos = 0;
  while (pos < len && !r.stop)
    {
      const char *nl = memchr (data + pos, '\n', len - pos);
      gsize seg_end = nl ? (gsize) (nl - data) + 1 : len;
      if (p.pstate == 0) /* ROW_NOT_BEGUN: a record starts on this line */
        {
          r.rec.line = line;
          r.rec.offset = pos;
        }
      r.rec.end = seg_end;
      gsize done = csv_parse (&p, data + pos, seg_end - pos, on_field, on_record, &r);
      if (r.too_big)
        {
          g_autofree char *msg = g_strdup_printf (
            "field longer than %u bytes, expected at most %u (an unbalanced "
            "quote can make one field of a whole file)", BRI_MAX_FIELD_BYTES,
            BRI_MAX_FIELD_BYTES);
          set_problem (problem, data, r.rec.offset, BRI_ERROR_LIMIT, msg);
          ok = FALSE;
          break;
        }
      if (done != seg_end - pos)
        {
          set_problem (problem, data, pos + done, BRI_ERROR_PARSE,
                       "unexpected quote, expected a quote only at the start "
                       "of a field, doubled inside a quoted field, or closing it "
                       "before a comma or line end");
          ok = FALSE;
          break;
        }
      pos = seg_end;
      line++;
    }
  if (ok && !r.stop)
    {
      r.rec.end = len;
      if (csv_fini (&p, on_field, on_record, &r) != 0)
        {
          /* The open field starts after the last completed one. */
          gsize at = field_offset (data, r.rec.offset, len, r.n_fields);
          set_problem (problem, data, at, BRI_ERROR_PARSE,
                       "unterminated quoted field, expected a closing quote");
          ok = FALSE;
        }
      else if (r.too_big)
        {
          set_problem (problem, data, r.rec.offset, BRI_ERROR_LIMIT,
                       "field too long, expected at most 1 MiB");
          ok = FALSE;
        }
    }
  csv_free (&p);
  g_free (r.buf);
  g_free (r.starts);
  g_free (r.lengths);
  g_ptr_array_unref (r.ptrs);
  return ok;
}
