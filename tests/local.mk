# tests/local.mk — the Criterion unit tests of the foundation, the test
# driver, and the shared flags other test fragments use.
TEST_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS) $(CRITERION_CFLAGS)
TEST_LDADD = libbri/libbri.la $(GLIB_LIBS) $(CRITERION_LIBS)
AM_TESTS_ENVIRONMENT = \
	BRI_TEST_DATA='$(abs_top_srcdir)/tests/data'; export BRI_TEST_DATA; \
	BRI_DATA='$(abs_top_srcdir)/data'; export BRI_DATA; \
	BRI_VALGRIND='$(BRI_VALGRIND)'; export BRI_VALGRIND; \
	BRI_SANITIZERS='$(enable_sanitizers)'; export BRI_SANITIZERS; \
	BRI_CHECK_IGRAPH=1; export BRI_CHECK_IGRAPH; \
	LSAN_OPTIONS="suppressions=$(abs_top_srcdir)/tests/lsan.supp:print_suppressions=0$${LSAN_OPTIONS:+:$$LSAN_OPTIONS}"; export LSAN_OPTIONS; \
	LIBTOOL='$(abs_top_builddir)/libtool'; export LIBTOOL;
LOG_COMPILER = $(SHELL) $(top_srcdir)/tests/run-test.sh
EXTRA_DIST += tests/run-test.sh tests/data tests/lsan.supp

foundation_tests = \
	tests/unit/test-date \
	tests/unit/test-graph \
	tests/unit/test-lookup \
	tests/unit/test-load \
	tests/unit/test-own-data \
	tests/unit/test-save \
	tests/unit/test-id-index \
	tests/unit/test-csv-reader \
	tests/unit/test-csv-writer \
	tests/unit/test-atomic-file \
	tests/unit/test-summary
check_PROGRAMS += $(foundation_tests)
TESTS += $(foundation_tests)

tests_unit_test_date_SOURCES = tests/unit/test-date.c
tests_unit_test_date_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_date_LDADD = $(TEST_LDADD)
tests_unit_test_graph_SOURCES = tests/unit/test-graph.c
tests_unit_test_graph_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_graph_LDADD = $(TEST_LDADD)
tests_unit_test_lookup_SOURCES = tests/unit/test-lookup.c
tests_unit_test_lookup_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_lookup_LDADD = $(TEST_LDADD)
tests_unit_test_load_SOURCES = tests/unit/test-load.c tests/unit/test-util.h
tests_unit_test_load_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_load_LDADD = $(TEST_LDADD)
tests_unit_test_own_data_SOURCES = tests/unit/test-own-data.c tests/unit/test-util.h
tests_unit_test_own_data_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_own_data_LDADD = $(TEST_LDADD)
tests_unit_test_save_SOURCES = tests/unit/test-save.c tests/unit/test-util.h
tests_unit_test_save_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_save_LDADD = $(TEST_LDADD)
# Internal: the index's source is compiled into the test.
tests_unit_test_id_index_SOURCES = tests/unit/test-id-index.c libbri/core/id-index.c
tests_unit_test_id_index_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/libbri
tests_unit_test_id_index_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_id_index_LDADD = $(GLIB_LIBS) $(CRITERION_LIBS)
# Internal: the reader's source is compiled into the test.
tests_unit_test_csv_reader_SOURCES = tests/unit/test-csv-reader.c libbri/io/csv-reader.c
tests_unit_test_csv_reader_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/libbri
tests_unit_test_csv_reader_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_csv_reader_LDADD = $(GLIB_LIBS) $(CSV_LIBS) $(CRITERION_LIBS)
# bri_csv_format_row() comes from the compiled-in csv-writer.c; the reader
# reads its rows back.
tests_unit_test_csv_writer_SOURCES = tests/unit/test-csv-writer.c libbri/io/csv-writer.c \
	libbri/io/csv-reader.c
tests_unit_test_csv_writer_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/libbri
tests_unit_test_csv_writer_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_csv_writer_LDADD = $(GLIB_LIBS) $(CSV_LIBS) $(CRITERION_LIBS)
tests_unit_test_summary_SOURCES = tests/unit/test-summary.c tests/unit/test-util.h
tests_unit_test_summary_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_summary_LDADD = $(TEST_LDADD)
tests_unit_test_atomic_file_SOURCES = tests/unit/test-atomic-file.c tests/unit/test-util.h \
	libbri/io/atomic-file.c
tests_unit_test_atomic_file_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/libbri
tests_unit_test_atomic_file_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_atomic_file_LDADD = $(GLIB_LIBS) $(CRITERION_LIBS)

# The public headers compile alone as C99 with every warning an error.
check_PROGRAMS += tests/headertest
tests_headertest_SOURCES = tests/headertest.c
tests_headertest_CPPFLAGS = -I$(top_srcdir)/include
tests_headertest_CFLAGS = -std=c99 -Wall -Wextra -pedantic -Werror $(GLIB_CFLAGS) $(IGRAPH_CFLAGS)
tests_headertest_LDADD = libbri/libbri.la $(GLIB_LIBS) $(IGRAPH_LIBS)

# Only bri_* is exported, and all of the declared API is.
TESTS += tests/check-exports.sh
EXTRA_DIST += tests/check-exports.sh

# Only the CSV module includes <csv.h>; only atomic-file.c fsyncs.
TESTS += tests/check-one-writer.sh
EXTRA_DIST += tests/check-one-writer.sh

# Every file under libbri/ includes private headers of its own layer or of
# layers below it only (docs/architecture.md); only the CSV module includes
# <csv.h>.
TESTS += tests/check-layers.sh
EXTRA_DIST += tests/check-layers.sh
AM_TESTS_ENVIRONMENT += \
	LIBBRI_SO='$(abs_top_builddir)/libbri/.libs/libbri.so'; export LIBBRI_SO; \
	BRI_INCLUDE='$(abs_top_srcdir)/include/bri'; export BRI_INCLUDE; \
	EXAMPLES='$(abs_top_builddir)/examples'; export EXAMPLES;

# Fault injection (LD_PRELOAD shim) and SIGKILL loops for saving.
check_LTLIBRARIES = tests/fault/faultshim.la
tests_fault_faultshim_la_SOURCES = tests/fault/shim.c
tests_fault_faultshim_la_LDFLAGS = -module -avoid-version -shared -rpath /nowhere
tests_fault_faultshim_la_LIBADD = -ldl
check_PROGRAMS += tests/fault/save-driver
tests_fault_save_driver_SOURCES = tests/fault/save-driver.c
tests_fault_save_driver_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS)
tests_fault_save_driver_LDADD = libbri/libbri.la $(GLIB_LIBS)
tests_fault_save_driver_LDFLAGS = -no-install
TESTS += tests/fault/run-faults.sh
EXTRA_DIST += tests/fault/run-faults.sh
AM_TESTS_ENVIRONMENT += \
	FAULT_DRIVER='$(abs_top_builddir)/tests/fault/save-driver'; export FAULT_DRIVER; \
	FAULT_SHIM='$(abs_top_builddir)/tests/fault/.libs/faultshim.so'; export FAULT_SHIM;
