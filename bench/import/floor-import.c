/* bench/import/floor-import.c — the floor the importers are measured
 * against: the raw libcsv parse of the same file, set up as libbri's reader
 * sets it (CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL, no space
 * trimming; for tsv TAB as delimiter and no quote character), callbacks that
 * only count, the whole mapped file in one csv_parse() call.
 *
 *   floor-import csv|tsv FILE    prints bytes, records, fields, parse_s, cpu_s */
#include <csv.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../bench-common.h"

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
  if (argc != 3 || (strcmp (argv[1], "csv") && strcmp (argv[1], "tsv")))
    {
      fprintf (stderr, "usage: floor-import csv|tsv FILE\n");
      return 2;
    }
  double c0 = bench_cpu (), t0 = bench_now ();
  int fd = open (argv[2], O_RDONLY);
  struct stat st;
  if (fd < 0 || fstat (fd, &st) != 0)
    {
      perror (argv[2]);
      return 1;
    }
  const char *data = mmap (NULL, (size_t) st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (data == MAP_FAILED)
    {
      perror ("mmap");
      return 1;
    }
  struct csv_parser p;
  csv_init (&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
  csv_set_space_func (&p, never_space);
  if (argv[1][0] == 't')
    {
      csv_set_delim (&p, '\t');
      csv_set_quote (&p, '\0');
    }
  Counts c = { 0, 0 };
  if (csv_parse (&p, data, (size_t) st.st_size, on_field, on_record, &c) != (size_t) st.st_size
      || csv_fini (&p, on_field, on_record, &c) != 0)
    {
      fprintf (stderr, "%s: %s\n", argv[2], csv_strerror (csv_error (&p)));
      return 1;
    }
  csv_free (&p);
  munmap ((void *) data, (size_t) st.st_size);
  close (fd);
  printf ("bytes %lld\nrecords %llu\nfields %llu\nparse_s %.3f\ncpu_s %.3f\n",
          (long long) st.st_size, (unsigned long long) c.records,
          (unsigned long long) c.fields, bench_now () - t0, bench_cpu () - c0);
  return 0;
}
