/* tests/regression/tsan/criterion/criterion.h — a stand-in for the part of
 * Criterion's API the thread tests use, so that they run under
 * ThreadSanitizer: Criterion 2.4 aborts at start under TSan ("Could not
 * initialize inheritable arena", Snaipe/Criterion#274). Put this directory
 * first on the include path and link shim-main.c. Each Test() runs in the
 * process itself, one after the other; a failed cr_assert stops the test, a
 * failed cr_expect marks it failed and goes on. */
#ifndef BRI_CRITERION_SHIM_H
#define BRI_CRITERION_SHIM_H

#include <stdio.h>

typedef void (*shim_test_func) (void);
void shim_register (const char *name, shim_test_func func);
/* Prints FILE:LINE, the failed condition and the test's own message (FMT:
 * Criterion's optional printf-style arguments, "" when there are none). */
void shim_fail (const char *file, int line, const char *what, int fatal,
                const char *fmt, ...);

#define TestSuite(suite) extern int shim_suite_##suite
#define Test(suite, name)                                                   \
  static void suite##_##name (void);                                        \
  __attribute__ ((constructor)) static void shim_reg_##suite##_##name (void) \
  {                                                                         \
    shim_register (#suite "/" #name, suite##_##name);                       \
  }                                                                         \
  static void suite##_##name (void)

#define shim_check(cond, fatal, ...)                                        \
  do {                                                                      \
    if (!(cond))                                                            \
      shim_fail (__FILE__, __LINE__, #cond, (fatal), "" __VA_ARGS__);       \
  } while (0)
#define cr_assert(cond, ...) shim_check ((cond), 1, __VA_ARGS__)
#define cr_expect(cond, ...) shim_check ((cond), 0, __VA_ARGS__)
#define cr_assert_not(cond, ...) shim_check (!(cond), 1, __VA_ARGS__)
#define cr_expect_not(cond, ...) shim_check (!(cond), 0, __VA_ARGS__)
#define cr_assert_not_null(p, ...) shim_check ((p) != NULL, 1, __VA_ARGS__)
#define cr_expect_not_null(p, ...) shim_check ((p) != NULL, 0, __VA_ARGS__)
#define cr_assert_null(p, ...) shim_check ((p) == NULL, 1, __VA_ARGS__)
#define cr_expect_null(p, ...) shim_check ((p) == NULL, 0, __VA_ARGS__)
#define cr_assert_eq(a, b, ...) shim_check ((a) == (b), 1, __VA_ARGS__)
#define cr_expect_eq(a, b, ...) shim_check ((a) == (b), 0, __VA_ARGS__)
#define cr_assert_str_eq(a, b, ...) shim_check (strcmp ((a), (b)) == 0, 1, __VA_ARGS__)
#define cr_expect_str_eq(a, b, ...) shim_check (strcmp ((a), (b)) == 0, 0, __VA_ARGS__)
#define cr_assert_fail(...) shim_check (0, 1, __VA_ARGS__)

#endif /* BRI_CRITERION_SHIM_H */
