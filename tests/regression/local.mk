# tests/regression/local.mk — regression tests for crashes and gaps found
# by fuzzing and the reliability work (issue 11); included from Makefile.am.
#
# regression_tests pass and run with `make check`. regression_pending
# reproduce open bugs in libbri/ (each file's first comment says which and
# where): `make check` builds them but does not run them; `make
# regression-pending` runs them. When the bug is fixed, move the test to
# regression_tests.
regression_tests = \
	tests/regression/test-limits \
	tests/regression/test-threads-lookup \
	tests/regression/test-error-messages \
	tests/regression/test-normalize-space \
	tests/regression/test-normalize-idempotent \
	tests/regression/test-resolve-long-name \
	tests/regression/test-save-columns \
	tests/regression/test-check-dir-threads
regression_pending =

check_PROGRAMS += $(regression_tests) $(regression_pending) $(tsan_tests)
TESTS += $(regression_tests)
EXTRA_DIST += tests/regression/README.md

tests_regression_test_limits_SOURCES = tests/regression/test-limits.c
tests_regression_test_limits_CFLAGS = $(TEST_CFLAGS)
tests_regression_test_limits_LDADD = $(TEST_LDADD)

tests_regression_test_normalize_idempotent_SOURCES = tests/regression/test-normalize-idempotent.c
tests_regression_test_normalize_idempotent_CFLAGS = $(TEST_CFLAGS)
tests_regression_test_normalize_idempotent_LDADD = $(TEST_LDADD)

tests_regression_test_threads_lookup_SOURCES = tests/regression/test-threads-lookup.c
tests_regression_test_threads_lookup_CFLAGS = $(TEST_CFLAGS)
tests_regression_test_threads_lookup_LDADD = $(TEST_LDADD)

# The thread tests without Criterion, which cannot start under
# ThreadSanitizer (Snaipe/Criterion#274): a stand-in criterion.h runs each
# Test() in the process. `make check` builds them; they mean something in a
# tree configured with CFLAGS=-fsanitize=thread (.ci/checks.sh runs them).
tsan_tests = tests/regression/tsan-threads tests/regression/tsan-threads-lookup \
	tests/regression/tsan-check-dir
TSAN_SHIM_CPPFLAGS = -I$(top_srcdir)/tests/regression/tsan $(AM_CPPFLAGS)
tests_regression_tsan_threads_SOURCES = tests/unit/test-threads.c $(query_fixture_sources) \
	tests/regression/tsan/shim-main.c tests/regression/tsan/glib-tsan.c \
	tests/regression/tsan/criterion/criterion.h
tests_regression_tsan_threads_CPPFLAGS = $(TSAN_SHIM_CPPFLAGS)
tests_regression_tsan_threads_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS)
tests_regression_tsan_threads_LDADD = libbri/libbri.la $(GLIB_LIBS) -lm -ldl
tests_regression_tsan_threads_LDFLAGS = -no-install
tests_regression_tsan_threads_lookup_SOURCES = tests/regression/test-threads-lookup.c \
	tests/regression/tsan/shim-main.c tests/regression/tsan/glib-tsan.c \
	tests/regression/tsan/criterion/criterion.h
tests_regression_tsan_threads_lookup_CPPFLAGS = $(TSAN_SHIM_CPPFLAGS)
tests_regression_tsan_threads_lookup_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS)
tests_regression_tsan_threads_lookup_LDADD = libbri/libbri.la $(GLIB_LIBS) -lm -ldl
tests_regression_tsan_threads_lookup_LDFLAGS = -no-install

tests_regression_test_error_messages_SOURCES = tests/regression/test-error-messages.c
tests_regression_test_error_messages_CFLAGS = $(TEST_CFLAGS)
tests_regression_test_error_messages_LDADD = $(TEST_LDADD)

tests_regression_test_normalize_space_SOURCES = tests/regression/test-normalize-space.c
tests_regression_test_normalize_space_CFLAGS = $(TEST_CFLAGS)
tests_regression_test_normalize_space_LDADD = $(TEST_LDADD)

tests_regression_test_resolve_long_name_SOURCES = tests/regression/test-resolve-long-name.c
tests_regression_test_resolve_long_name_CFLAGS = $(TEST_CFLAGS)
tests_regression_test_resolve_long_name_LDADD = $(TEST_LDADD)

tests_regression_test_save_columns_SOURCES = tests/regression/test-save-columns.c
tests_regression_test_save_columns_CFLAGS = $(TEST_CFLAGS)
tests_regression_test_save_columns_LDADD = $(TEST_LDADD)

tests_regression_test_check_dir_threads_SOURCES = tests/regression/test-check-dir-threads.c
tests_regression_test_check_dir_threads_CFLAGS = $(TEST_CFLAGS)
tests_regression_test_check_dir_threads_LDADD = $(TEST_LDADD)

# bri_dir_check against a graph other threads read (fixed in d1113ab).
tests_regression_tsan_check_dir_SOURCES = tests/regression/test-check-dir-threads.c \
	tests/regression/tsan/shim-main.c tests/regression/tsan/glib-tsan.c \
	tests/regression/tsan/criterion/criterion.h
tests_regression_tsan_check_dir_CPPFLAGS = $(TSAN_SHIM_CPPFLAGS)
tests_regression_tsan_check_dir_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS)
tests_regression_tsan_check_dir_LDADD = libbri/libbri.la $(GLIB_LIBS) -lm -ldl
tests_regression_tsan_check_dir_LDFLAGS = -no-install

# Runs the pending reproducers (each is expected to fail until its bug is
# fixed).
regression-pending: $(regression_pending)
	@for t in $(regression_pending); do \
	  echo "== $$t"; BRI_TEST_DATA=$(abs_top_srcdir)/tests/data BRI_DATA=$(abs_top_srcdir)/data ./$$t || echo "$$t: fails (expected until fixed)"; done
