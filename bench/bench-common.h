/* bench/bench-common.h — timing and memory probes shared by the benchmark
 * programs (bri-bench and the floor programs). Header-only, static. */
#ifndef BENCH_COMMON_H
#define BENCH_COMMON_H

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static inline double
bench_now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* CPU time of the process (all threads), seconds: robust to other load on
 * the machine, unlike the wall clock. */
static inline double
bench_cpu (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Minor page faults of the process so far (first touches of fresh pages):
 * printed around each timed call, since on a short query they can be most
 * of the time. */
static inline long
bench_minflt (void)
{
  struct rusage ru;
  return getrusage (RUSAGE_SELF, &ru) == 0 ? ru.ru_minflt : -1;
}

/* A field of /proc/self/status in kB ("VmHWM", "VmRSS"), or -1. */
static inline long
bench_status_kb (const char *key)
{
  FILE *f = fopen ("/proc/self/status", "r");
  if (!f)
    return -1;
  char line[256];
  long v = -1;
  size_t n = strlen (key);
  while (fgets (line, sizeof line, f))
    if (strncmp (line, key, n) == 0 && line[n] == ':')
      {
        v = strtol (line + n + 1, NULL, 10);
        break;
      }
  fclose (f);
  return v;
}

/* Bytes in use on the malloc heap (glibc mallinfo2: arena + mmapped). */
static inline size_t
bench_heap_bytes (void)
{
  struct mallinfo2 mi = mallinfo2 ();
  return mi.uordblks + mi.hblkhd;
}

/* Results are printed as `key value` lines, which bench/run parses. */
#define BENCH_OUT(key, fmt, ...) printf ("%s " fmt "\n", key, __VA_ARGS__)

#endif /* BENCH_COMMON_H */
