/* bench/floor-csv.c — the load floor: the raw libcsv parse of a data set's
 * files with callbacks that only count fields and records, as libbri's
 * reader sets libcsv up (CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL, no
 * space trimming), over the whole mapped file in one csv_parse() call.
 *
 *   floor-csv DIR       prints bytes, records, fields, parse_s (`key value`)
 *
 * Also times a memchr line count of the same bytes (the I/O-free ceiling). */
#include <csv.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bench-common.h"

typedef struct {
  uint64_t fields, records;
} Counts;

static void
on_field (void *s, size_t len, void *data)
{
  ((Counts *) data)->fields++;
}

static void
on_record (int c, void *data)
{
  ((Counts *) data)->records++;
}

static int
never_space (unsigned char c)
{
  return 0;
}

int
main (int argc, char **argv)
{
  static const char *const names[] = { "kinds.csv", "sources.csv", "entities.csv",
                                       "relations.csv" };
  if (argc != 2)
    {
      fprintf (stderr, "usage: floor-csv DIR\n");
      return 2;
    }
  Counts c = { 0, 0 };
  uint64_t bytes = 0, lines = 0, rel_records = 0;
  double parse = 0, count = 0, parse_cpu = 0;
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    {
      char path[4096];
      snprintf (path, sizeof path, "%s/%s", argv[1], names[i]);
      double c0 = bench_cpu ();
      double t0 = bench_now ();
      int fd = open (path, O_RDONLY);
      if (fd < 0)
        continue;
      struct stat st;
      fstat (fd, &st);
      size_t len = st.st_size;
      const char *data = len ? mmap (NULL, len, PROT_READ, MAP_PRIVATE, fd, 0) : "";
      if (data == MAP_FAILED)
        {
          perror (path);
          return 1;
        }
      struct csv_parser p;
      csv_init (&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
      csv_set_space_func (&p, never_space);
      uint64_t before = c.records;
      if (csv_parse (&p, data, len, on_field, on_record, &c) != len
          || csv_fini (&p, on_field, on_record, &c) != 0)
        {
          fprintf (stderr, "floor-csv: %s: %s\n", path, csv_strerror (csv_error (&p)));
          return 1;
        }
      csv_free (&p);
      double t1 = bench_now ();
      parse += t1 - t0;
      parse_cpu += bench_cpu () - c0;
      if (i == 3)
        rel_records = c.records - before - 1; /* less the header */
      /* memchr line count of the mapped bytes (already in memory). */
      t0 = bench_now ();
      for (const char *q = data; (q = memchr (q, '\n', data + len - q)); q++)
        lines++;
      count += bench_now () - t0;
      if (len)
        munmap ((void *) data, len);
      close (fd);
      bytes += len;
    }
  BENCH_OUT ("csv_bytes", "%llu", (unsigned long long) bytes);
  BENCH_OUT ("records", "%llu", (unsigned long long) c.records);
  BENCH_OUT ("fields", "%llu", (unsigned long long) c.fields);
  BENCH_OUT ("relations", "%llu", (unsigned long long) rel_records);
  BENCH_OUT ("lines", "%llu", (unsigned long long) lines);
  BENCH_OUT ("parse_s", "%.6f", parse);
  BENCH_OUT ("parse_cpu_s", "%.6f", parse_cpu);
  BENCH_OUT ("linecount_s", "%.6f", count);
  BENCH_OUT ("hwm_kb", "%ld", bench_status_kb ("VmHWM"));
  return 0;
}
