# tests/regression/local.mk — regression tests for crashes and gaps found
# by fuzzing and the reliability work (issue 11); included from Makefile.am.
#
# regression_tests pass and run with `make check`. regression_pending
# reproduce open bugs in libbri/ (each file's first comment says which and
# where): they are built by `make regression-pending` and not run by
# `make check`; when the bug is fixed, move the test to regression_tests.
regression_tests = \
	tests/regression/test-limits
regression_pending =

check_PROGRAMS += $(regression_tests)
TESTS += $(regression_tests)
EXTRA_PROGRAMS = $(regression_pending)
EXTRA_DIST += tests/regression/README.md

tests_regression_test_limits_SOURCES = tests/regression/test-limits.c
tests_regression_test_limits_CFLAGS = $(TEST_CFLAGS)
tests_regression_test_limits_LDADD = $(TEST_LDADD)

# Builds and runs the pending reproducers (each is expected to fail until
# its bug is fixed).
regression-pending: $(regression_pending)
	@for t in $(regression_pending); do \
	  echo "== $$t"; ./$$t || echo "$$t: fails (expected until fixed)"; done
