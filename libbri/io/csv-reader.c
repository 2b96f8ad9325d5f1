/* libbri/io/csv-reader.c — strict RFC 4180 reading through libcsv, with
 * positions. libcsv reports neither lines nor columns, so the file is fed
 * one physical line at a time (the record's first line is known from the
 * parser state) and, on the error path only, a record is fed again byte by
 * byte to find where a given field starts. libcsv's space trimming is
 * turned off (spaces belong to the field); CSV_STRICT | CSV_STRICT_FINI make
 * stray and unterminated quotes errors.
 *
 * Each line's encoding is checked just before the line is parsed, so
 * problems come in file order. Parsed fields are collected in batches of
 * records. A file of pipeline_bytes or more is checked and parsed on a
 * second thread while the caller's thread takes the batches in order: the
 * caller's callbacks run on the caller's thread, in file order, exactly as
 * when the file is parsed on one thread (a smaller file, or no thread to
 * be had). Parsing is about half the work of loading a data set, so on two
 * cores the load takes about the time of the other half (bench/RESULTS.md). */
#include "config.h"
#include <string.h>
#include <bri/bri.h>
#include "io/csv-reader.h"
#include <csv.h>

/* The pipeline's tuning (bri__csv_set_pipeline ()). */
static gsize pipeline_bytes = 1u << 20;
static guint batch_records = 512;

enum { N_BATCHES = 4,      /* batches in flight between the two threads */
       BATCH_BYTES = 1 << 20, /* a batch is handed over at this many bytes of
                               * fields, if not at batch_records records */
       HINT_AHEAD = 4 };   /* field hints run this many records ahead */

/* One record of a batch: its fields are starts[first .. first + n_fields). */
typedef struct {
  guint first, n_fields;
  guint line;
  gsize offset, end;
} RecordInfo;

/* Parsed records: fields NUL-separated in buf. */
typedef struct {
  char *buf;
  gsize buf_len, buf_size;
  gsize *starts, *lengths;
  guint n_fields, fields_size;
  RecordInfo *records;
  guint n_records, records_size;
  gboolean last;           /* the parser's final batch */
} Batch;

typedef struct {
  const char *data;
  gsize len;
  /* parsing */
  Batch *batch;            /* being filled */
  guint record_first;      /* its current record's first field */
  guint line;              /* current record: first line, offset, end */
  gsize offset, end;
  gboolean halt;           /* the parser stops (a problem, or the caller stopped) */
  gboolean too_big;
  gboolean ok;
  BriCsvProblem problem;
  /* delivery */
  BriCsvRecordFunc func;
  BriCsvFieldFunc field_func;  /* nullable */
  gpointer user_data;
  GPtrArray *ptrs;
  gboolean stopped;        /* func returned FALSE */
  /* the pipeline (pipelined FALSE: one thread). Batches move between the
   * queues under @lock: a GAsyncQueue would do, but its lock is GLib's
   * own, which ThreadSanitizer cannot see (tests/regression/tsan). */
  gboolean pipelined;
  GMutex lock;
  GCond changed;
  GQueue full, empty;
  gint cancelled;          /* atomic: the caller wants no more batches */
  gboolean tsv;            /* TAB-separated, no quoting */
} Reader;

static int never_space (unsigned char c);

/* The parser's dialect: RFC 4180, or TAB-separated without quotes. Its
 * field buffer grows 64 KiB at a time, not libcsv's default 128 bytes: a
 * 1 MiB field then takes 16 reallocations instead of 8192 (quadratic
 * copying that made the field-limit test take minutes under ASan). */
static void
set_dialect (struct csv_parser *p, gboolean tsv)
{
  csv_set_blk_size (p, 64 * 1024);
  csv_set_space_func (p, never_space);
  if (tsv)
    {
      csv_set_delim (p, '\t');
      csv_set_quote (p, '\0'); /* NUL never reaches the parser (check_encoding) */
    }
}

static void
queue_push (Reader *r, GQueue *q, Batch *b)
{
  g_mutex_lock (&r->lock);
  g_queue_push_tail (q, b);
  g_cond_broadcast (&r->changed);
  g_mutex_unlock (&r->lock);
}

static Batch *
queue_pop (Reader *r, GQueue *q)
{
  g_mutex_lock (&r->lock);
  while (g_queue_is_empty (q))
    g_cond_wait (&r->changed, &r->lock);
  Batch *b = g_queue_pop_head (q);
  g_mutex_unlock (&r->lock);
  return b;
}

static Batch *
batch_new (void)
{
  Batch *b = g_new0 (Batch, 1);
  b->buf_size = 256;
  b->buf = g_malloc (b->buf_size);
  return b;
}

static void
batch_free (gpointer p)
{
  Batch *b = p;
  g_free (b->buf);
  g_free (b->starts);
  g_free (b->lengths);
  g_free (b->records);
  g_free (b);
}

static void
batch_reset (Batch *b)
{
  b->buf_len = 0;
  b->n_fields = 0;
  b->n_records = 0;
  b->last = FALSE;
}

static int
never_space (unsigned char c)
{
  return 0;
}

/* Calls the caller's hint for each field of record @i of @b. */
static void
hint_record (Reader *r, const Batch *b, guint i)
{
  const RecordInfo *info = &b->records[i];
  for (guint f = 0; f < info->n_fields; f++)
    r->field_func (f, b->buf + b->starts[info->first + f],
                   b->lengths[info->first + f], r->user_data);
}

/* Hands @b's records to the caller in order; FALSE when it stops. */
static gboolean
deliver (Reader *r, const Batch *b)
{
  if (r->field_func)
    for (guint i = 0; i < MIN (b->n_records, HINT_AHEAD); i++)
      hint_record (r, b, i);
  BriCsvRecord rec = { 0 };
  rec.data = r->data;
  rec.data_len = r->len;
  rec.tsv = r->tsv;
  for (guint i = 0; i < b->n_records; i++)
    {
      if (r->field_func && i + HINT_AHEAD < b->n_records)
        hint_record (r, b, i + HINT_AHEAD);
      const RecordInfo *info = &b->records[i];
      g_ptr_array_set_size (r->ptrs, info->n_fields);
      for (guint f = 0; f < info->n_fields; f++)
        r->ptrs->pdata[f] = b->buf + b->starts[info->first + f];
      rec.n_fields = info->n_fields;
      rec.fields = (char **) r->ptrs->pdata;
      rec.lengths = b->lengths + info->first;
      rec.line = info->line;
      rec.offset = info->offset;
      rec.end = info->end;
      if (!r->func (&rec, r->user_data))
        return FALSE;
    }
  return TRUE;
}

static void
on_field (void *s, size_t len, void *data)
{
  Reader *r = data;
  if (r->halt)
    return;
  if (len > BRI_MAX_FIELD_BYTES)
    {
      r->too_big = TRUE;
      r->halt = TRUE;
      return;
    }
  Batch *b = r->batch;
  if (b->n_fields == b->fields_size)
    {
      b->fields_size = MAX (16, 2 * b->fields_size);
      b->starts = g_renew (gsize, b->starts, b->fields_size);
      b->lengths = g_renew (gsize, b->lengths, b->fields_size);
    }
  /* A plain buffer: no GString bookkeeping per field. */
  gsize start = b->buf_len;
  if (start + len + 1 > b->buf_size)
    {
      b->buf_size = MAX (2 * b->buf_size, start + len + 1);
      b->buf = g_realloc (b->buf, b->buf_size);
    }
  memcpy (b->buf + start, s, len);
  b->buf[start + len] = '\0';
  b->buf_len = start + len + 1;
  b->starts[b->n_fields] = start;
  b->lengths[b->n_fields] = len;
  b->n_fields++;
}

static void
on_record (int c, void *data)
{
  Reader *r = data;
  if (r->halt)
    return;
  Batch *b = r->batch;
  if (b->n_records == b->records_size)
    {
      b->records_size = MAX (16, 2 * b->records_size);
      b->records = g_renew (RecordInfo, b->records, b->records_size);
    }
  b->records[b->n_records++] = (RecordInfo) {
    r->record_first, b->n_fields - r->record_first, r->line, r->offset, r->end
  };
  if (!r->pipelined)
    {
      /* One thread: each record goes to the caller at once. */
      if (!deliver (r, b))
        {
          r->stopped = TRUE;
          r->halt = TRUE;
        }
      batch_reset (b);
    }
  else if (b->n_records >= batch_records || b->buf_len >= BATCH_BYTES)
    {
      queue_push (r, &r->full, b);
      r->batch = queue_pop (r, &r->empty);
      batch_reset (r->batch);
    }
  r->record_first = r->batch->n_fields;
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
field_offset (const char *data, gsize offset, gsize end, guint index, gboolean tsv)
{
  if (index == 0)
    return offset;
  struct csv_parser p;
  csv_init (&p, CSV_STRICT);
  set_dialect (&p, tsv);
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
  bri__csv_record_position (rec, field_offset (rec->data, rec->offset, rec->end, index,
                                              rec->tsv),
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
 * CR, or DEL) in data[@start, @len), if any: every byte is checked once,
 * before it is parsed, so that no field needs checking again. Sets *@bad
 * to the byte's offset. */
static gboolean
check_encoding (const char *data, gsize start, gsize len, BriCsvProblem *problem,
                gsize *bad_at)
{
  /* One pass. ASCII goes eight bytes at a time: a word with no byte
   * >= 0x80, < 0x20 or = 0x7F needs no closer look (SWAR test: no false
   * negatives; a false positive only sends the word through the byte
   * loop). A run of bytes >= 0x80 is validated as a whole by GLib: a UTF-8
   * sequence never contains an ASCII byte, so validating each maximal run
   * is validating the text. */
  gsize i = start;
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
              *bad_at = bad - data;
              set_problem (problem, data, bad - data, BRI_ERROR_PARSE,
                           "invalid UTF-8, expected UTF-8 text");
              return FALSE;
            }
          i = end;
          continue;
        }
      if (c == 0)
        {
          *bad_at = i;
          set_problem (problem, data, i, BRI_ERROR_PARSE, "NUL byte, expected UTF-8 text");
          return FALSE;
        }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
        {
          g_autofree char *msg = g_strdup_printf (
            "control character U+%04X, expected printable text", c);
          *bad_at = i;
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

/* Parses the whole file into batches (the parser's side). */
static void
parse (Reader *r)
{
  const char *data = r->data;
  gsize len = r->len;
  struct csv_parser p;
  csv_init (&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
  set_dialect (&p, r->tsv);
  guint line = 1;
  gsize pos = 0;
  r->ok = TRUE;
  while (pos < len && !r->halt)
    {
      if (r->pipelined && g_atomic_int_get (&r->cancelled))
        {
          r->halt = TRUE;
          break;
        }
      const char *nl = memchr (data + pos, '\n', len - pos);
      gsize seg_end = nl ? (gsize) (nl - data) + 1 : len;
      if (p.pstate == 0) /* ROW_NOT_BEGUN: a record starts on this line */
        {
          r->line = line;
          r->offset = pos;
        }
      r->end = seg_end;
      gsize bad;
      if (!check_encoding (data, pos, seg_end, &r->problem, &bad))
        {
          r->ok = FALSE;
          break;
        }
      gsize done = csv_parse (&p, data + pos, seg_end - pos, on_field, on_record, r);
      if (r->too_big)
        {
          g_autofree char *msg = g_strdup_printf (
            "field longer than %u bytes, expected at most %u (an unbalanced "
            "quote can make one field of a whole file)", BRI_MAX_FIELD_BYTES,
            BRI_MAX_FIELD_BYTES);
          set_problem (&r->problem, data, r->offset, BRI_ERROR_LIMIT, msg);
          r->ok = FALSE;
          break;
        }
      if (done != seg_end - pos)
        {
          set_problem (&r->problem, data, pos + done, BRI_ERROR_PARSE,
                       "unexpected quote, expected a quote only at the start "
                       "of a field, doubled inside a quoted field, or closing it "
                       "before a comma or line end");
          r->ok = FALSE;
          break;
        }
      pos = seg_end;
      line++;
    }
  if (r->ok && !r->halt)
    {
      r->end = len;
      if (csv_fini (&p, on_field, on_record, r) != 0)
        {
          /* The open field starts after the last completed one. */
          gsize at = field_offset (data, r->offset, len, r->batch->n_fields - r->record_first,
                                   r->tsv);
          set_problem (&r->problem, data, at, BRI_ERROR_PARSE,
                       "unterminated quoted field, expected a closing quote");
          r->ok = FALSE;
        }
      else if (r->too_big)
        {
          set_problem (&r->problem, data, r->offset, BRI_ERROR_LIMIT,
                       "field too long, expected at most 1 MiB");
          r->ok = FALSE;
        }
    }
  csv_free (&p);
}

static gpointer
parse_thread (gpointer data)
{
  Reader *r = data;
  parse (r);
  /* The final batch carries the outcome (r->ok, r->problem): the queue's
   * lock orders these writes before the caller's reads. */
  r->batch->last = TRUE;
  queue_push (r, &r->full, r->batch);
  r->batch = NULL;
  return NULL;
}

typedef enum { READ_OK, READ_BAD, READ_NO_THREAD } ReadResult;

/* Two threads: the parser checks and parses the file into batches; this
 * thread hands them to the caller. READ_BAD with @problem filled when
 * the file is bad; READ_OK otherwise (also when the caller stopped);
 * READ_NO_THREAD when no thread could be started (nothing delivered). */
static ReadResult
read_pipelined (Reader *r, BriCsvProblem *problem)
{
  r->pipelined = TRUE;
  g_mutex_init (&r->lock);
  g_cond_init (&r->changed);
  g_queue_init (&r->full);
  g_queue_init (&r->empty);
  for (guint i = 1; i < N_BATCHES; i++)
    g_queue_push_tail (&r->empty, batch_new ());
  r->batch = batch_new ();
  GThread *thread = g_thread_try_new ("bri-csv", parse_thread, r, NULL);
  if (thread == NULL)
    {
      batch_free (r->batch);
      r->batch = NULL;
      g_queue_clear_full (&r->empty, batch_free);
      g_mutex_clear (&r->lock);
      g_cond_clear (&r->changed);
      r->pipelined = FALSE;
      return READ_NO_THREAD;
    }
  gboolean take = TRUE;
  for (;;)
    {
      Batch *b = queue_pop (r, &r->full);
      if (take && !deliver (r, b))
        {
          r->stopped = TRUE;
          take = FALSE;
          g_atomic_int_set (&r->cancelled, 1);
        }
      if (b->last)
        {
          batch_free (b);
          break;
        }
      queue_push (r, &r->empty, b);
    }
  g_thread_join (thread);
  g_queue_clear_full (&r->empty, batch_free);
  g_mutex_clear (&r->lock);
  g_cond_clear (&r->changed);
  if (r->stopped || r->ok)
    {
      g_free (r->problem.message);
      return READ_OK;
    }
  *problem = r->problem;
  return READ_BAD;
}

static gboolean read_fields (const char *data, gsize len, gboolean tsv,
                             BriCsvRecordFunc func, BriCsvFieldFunc field_func,
                             gpointer user_data, BriCsvProblem *problem);

gboolean
bri__csv_read_fields (const char *data, gsize len, BriCsvRecordFunc func,
                      BriCsvFieldFunc field_func, gpointer user_data,
                      BriCsvProblem *problem)
{
  return read_fields (data, len, FALSE, func, field_func, user_data, problem);
}

gboolean
bri__csv_read_tsv (const char *data, gsize len, BriCsvRecordFunc func,
                   gpointer user_data, BriCsvProblem *problem)
{
  return read_fields (data, len, TRUE, func, NULL, user_data, problem);
}

static gboolean
read_fields (const char *data, gsize len, gboolean tsv, BriCsvRecordFunc func,
             BriCsvFieldFunc field_func, gpointer user_data, BriCsvProblem *problem)
{
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
    }
  memset (problem, 0, sizeof *problem);

  Reader r = { 0 };
  r.data = data;
  r.len = len;
  r.func = func;
  r.field_func = field_func;
  r.user_data = user_data;
  r.tsv = tsv;
  r.ptrs = g_ptr_array_new ();
  gboolean ok;
  ReadResult result = len >= pipeline_bytes ? read_pipelined (&r, problem) : READ_NO_THREAD;
  if (result != READ_NO_THREAD)
    ok = result == READ_OK;
  else
    {
      r.batch = batch_new ();
      parse (&r);
      batch_free (r.batch);
      ok = r.ok || r.stopped;
      if (ok)
        g_free (r.problem.message);
      else
        *problem = r.problem;
    }
  g_ptr_array_unref (r.ptrs);
  return ok;
}

void
bri__csv_set_pipeline (gsize min_bytes, guint records_per_batch)
{
  pipeline_bytes = min_bytes;
  batch_records = MAX (1, records_per_batch);
}
