/* tests/unit/test-csv-reader.c — the CSV reader (libbri/io/csv-reader.c is
 * compiled into the test): records, their lines and byte ranges, problems
 * located by hand; and the two-thread path, forced onto small inputs with
 * small batches, delivering exactly what the one-thread path delivers —
 * the same records, then the same first problem, also when the caller
 * stops early — on hand-made and on random inputs. */
#include "config.h"

#include <criterion/criterion.h>
#include <string.h>

#include "core/core-private.h"
#include "io/csv-reader.h"

typedef struct {
  GString *log;
  GString *hints;
  guint n, stop_after;  /* stop_after 0: read everything */
} Log;

static gboolean
log_record (const BriCsvRecord *rec, gpointer data)
{
  Log *l = data;
  g_string_append_printf (l->log, "%u@%zu-%zu:", rec->line, rec->offset, rec->end);
  for (guint i = 0; i < rec->n_fields; i++)
    {
      cr_assert_eq (strlen (rec->fields[i]), rec->lengths[i]);
      g_string_append_printf (l->log, "[%s]", rec->fields[i]);
    }
  g_string_append_c (l->log, '\n');
  l->n++;
  return l->stop_after == 0 || l->n < l->stop_after;
}

static void
log_hint (guint index, const char *field, gsize len, gpointer data)
{
  Log *l = data;
  if (index == 0 && l->hints->len)
    g_string_append_c (l->hints, '\n');
  g_string_append_printf (l->hints, "[%.*s]", (int) len, field);
}

/* Reads @data on one thread or two (batches of @batch records) and
 * returns the log: the records, then "ok" or the problem. *@hints (if
 * not NULL) receives the hinted fields, one line per record. */
static char *
read_log (const char *data, gsize len, gboolean two_threads, guint batch,
          guint stop_after, char **hints)
{
  bri__csv_set_pipeline (two_threads ? 0 : G_MAXSIZE, batch);
  Log l = { g_string_new (NULL), g_string_new (NULL), 0, stop_after };
  BriCsvProblem problem;
  if (bri__csv_read_fields (data, len, log_record, log_hint, &l, &problem))
    g_string_append (l.log, "ok");
  else
    {
      g_string_append_printf (l.log, "%u:%u: %d %s", problem.line, problem.column,
                              problem.code, problem.message);
      g_free (problem.message);
    }
  if (hints)
    *hints = g_string_free (l.hints, FALSE);
  else
    g_string_free (l.hints, TRUE);
  return g_string_free (l.log, FALSE);
}

/* The one-thread log of @data, checked against the two-thread path for
 * several batch sizes and early stops. */
static char *
read_both (const char *data, gsize len)
{
  static const guint batches[] = { 1, 2, 3, 512 };
  static const guint stops[] = { 0, 1, 2, 4, 7 };
  for (guint s = 0; s < G_N_ELEMENTS (stops); s++)
    {
      g_autofree char *one = read_log (data, len, FALSE, 1, stops[s], NULL);
      for (guint b = 0; b < G_N_ELEMENTS (batches); b++)
        {
          g_autofree char *two = read_log (data, len, TRUE, batches[b], stops[s], NULL);
          cr_assert_str_eq (two, one, "batch %u, stop after %u, input:\n%.*s",
                            batches[b], stops[s], (int) len, data);
        }
    }
  return read_log (data, len, FALSE, 1, 0, NULL);
}

#define CHECK(input, expected)                                        \
  do                                                                  \
    {                                                                 \
      g_autofree char *got = read_both (input, sizeof (input) - 1);   \
      cr_expect_str_eq (got, expected);                               \
    }                                                                 \
  while (0)

TestSuite (csv_reader);

Test (csv_reader, records_with_their_lines_and_byte_ranges)
{
  CHECK ("a,b\n\"x\ny\",z\n\nc,\"d\"\"e\"\r\nlast,row",
         "1@0-4:[a][b]\n"
         "2@4-12:[x\ny][z]\n"
         "5@13-23:[c][d\"e]\n"
         "6@23-31:[last][row]\n"
         "ok");
  CHECK ("\xEF\xBB\xBF" "id, name \n1,中文\n",
         "1@0-10:[id][ name ]\n"
         "2@10-19:[1][中文]\n"
         "ok");
  CHECK ("", "ok");
  CHECK ("\n\n", "ok");
}

Test (csv_reader, syntax_problems_come_after_the_records_before_them)
{
  CHECK ("a,b\nc,d\"e\nf,g\n",
         "1@0-4:[a][b]\n"
         "2:4: 1 unexpected quote, expected a quote only at the start of a field, "
         "doubled inside a quoted field, or closing it before a comma or line end");
  CHECK ("a,b\nc,\"open\nmore\n",
         "1@0-4:[a][b]\n"
         "2:3: 1 unterminated quoted field, expected a closing quote");
}

Test (csv_reader, encoding_problems_in_file_order)
{
  CHECK ("a,b\nc,d\n\xff,x\ne,f\n",
         "1@0-4:[a][b]\n"
         "2@4-8:[c][d]\n"
         "3:1: 1 invalid UTF-8, expected UTF-8 text");
  CHECK ("a,b\nc,d\x01\n",
         "1@0-4:[a][b]\n"
         "2:4: 1 control character U+0001, expected printable text");
  CHECK ("a,b\nc,\"d\ne\0\"\n",
         "1@0-4:[a][b]\n"
         "3:2: 1 NUL byte, expected UTF-8 text");
  /* The first problem wins, whichever kind. */
  CHECK ("a\"b\n\xff\n", "1:2: 1 unexpected quote, expected a quote only at the start "
         "of a field, doubled inside a quoted field, or closing it before a comma "
         "or line end");
  CHECK ("a\n\xff\nb\"c\n", "1@0-2:[a]\n2:1: 1 invalid UTF-8, expected UTF-8 text");
  CHECK ("a\n\"\xff\n", "1@0-2:[a]\n2:2: 1 invalid UTF-8, expected UTF-8 text");
}

Test (csv_reader, a_field_over_the_limit)
{
  g_autoptr (GString) csv = g_string_new ("a,b\nc,");
  for (guint i = 0; i <= BRI_MAX_FIELD_BYTES; i++)
    g_string_append_c (csv, 'x');
  g_string_append (csv, "\nd,e\n");
  g_autofree char *got = read_both (csv->str, csv->len);
  cr_expect (g_str_has_prefix (got, "1@0-4:[a][b]\n2:1: 6 field longer than"), "%s", got);
}

Test (csv_reader, hints_cover_every_field_of_every_record_in_order)
{
  const char csv[] = "a,b\nc,d\ne,f\ng,h\ni,j\nk,l\n";
  const char expected[] = "[a][b]\n[c][d]\n[e][f]\n[g][h]\n[i][j]\n[k][l]";
  for (guint batch = 1; batch <= 7; batch++)
    {
      g_autofree char *hints = NULL;
      g_autofree char *got = read_log (csv, sizeof csv - 1, TRUE, batch, 0, &hints);
      cr_expect_str_eq (hints, expected, "batch %u", batch);
      g_autofree char *hints1 = NULL;
      g_autofree char *got1 = read_log (csv, sizeof csv - 1, FALSE, batch, 0, &hints1);
      cr_expect_str_eq (hints1, expected);
    }
}

/* Random inputs from an alphabet that makes every kind of record and
 * problem likely. */
Test (csv_reader, two_threads_deliver_what_one_thread_does_on_random_input)
{
  static const char *const pieces[] = {
    "a", "bc", ",", ",", "\"", "\"\"", "\n", "\n", "\r\n", " ", "中", "\xff", "\x01",
  };
  GRand *rand = g_rand_new_with_seed (20130907);
  for (guint round = 0; round < 400; round++)
    {
      g_autoptr (GString) csv = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 0, 120);
      for (guint i = 0; i < n; i++)
        {
          /* The two bad pieces (last) only a quarter of the times they
           * come up, so that many inputs parse far. */
          guint k = g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces));
          if (k >= G_N_ELEMENTS (pieces) - 2 && g_rand_int_range (rand, 0, 4) != 0)
            k = 0;
          g_string_append (csv, pieces[k]);
        }
      g_free (read_both (csv->str, csv->len));
    }
  g_rand_free (rand);
}
