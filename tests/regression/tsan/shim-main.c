/* tests/regression/tsan/shim-main.c — runs the tests registered through the
 * Criterion stand-in (criterion/criterion.h here), one after the other, in
 * this process. Exit status 0 when every check held. */
#include "criterion/criterion.h"
#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>

#define MAX_TESTS 64

static struct {
  const char *name;
  shim_test_func func;
} tests[MAX_TESTS];
static int n_tests;
static jmp_buf stop;
static int failed;

void
shim_register (const char *name, shim_test_func func)
{
  if (n_tests == MAX_TESTS)
    abort ();
  tests[n_tests].name = name;
  tests[n_tests++].func = func;
}

void
shim_fail (const char *file, int line, const char *what, int fatal,
           const char *fmt, ...)
{
  va_list ap;
  fprintf (stderr, "%s:%d: check failed: %s", file, line, what);
  if (*fmt)
    {
      fputs (": ", stderr);
      va_start (ap, fmt);
      vfprintf (stderr, fmt, ap);
      va_end (ap);
    }
  fputc ('\n', stderr);
  failed = 1;
  if (fatal)
    longjmp (stop, 1);
}

/* Runs one test; 1 when a check failed (setjmp's frame is this one, so no
 * local of the caller is live across the longjmp). */
static int
run_one (shim_test_func func)
{
  failed = 0;
  if (setjmp (stop) == 0)
    func ();
  return failed;
}

int
main (void)
{
  int n_failed = 0;
  for (int i = 0; i < n_tests; i++)
    {
      int f = run_one (tests[i].func);
      printf ("%s: %s\n", f ? "FAIL" : "PASS", tests[i].name);
      n_failed += f;
    }
  printf ("%d tests, %d failed\n", n_tests, n_failed);
  return n_failed ? 1 : 0;
}
