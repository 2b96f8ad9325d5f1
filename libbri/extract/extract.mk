# libbri/extract/extract.mk — extraction (bri/extract.h): text → proposed relations.
libbri_libbri_la_SOURCES += \
	libbri/extract/extract-private.h \
	libbri/extract/extract-run.h \
	libbri/extract/extract-text.c \
	libbri/extract/extract-matcher.c \
	libbri/extract/extract-dates.c \
	libbri/extract/extract-rules.c \
	libbri/extract/extract-compare.c \
	libbri/extract/extract-propose.c \
	libbri/extract/extract-mark-places.c \
	libbri/extract/extract-mark-events.c \
	libbri/extract/extract-persons.c \
	libbri/extract/extract-extractor.c \
	libbri/extract/extract-lexicon.c \
	libbri/extract/extract-mentions.c \
	libbri/extract/extract-marked.c \
	libbri/extract/extract-resolve.c \
	libbri/extract/extract-segment.c \
	libbri/extract/extract-apply.c \
	libbri/extract/extract-candidates.c \
	libbri/extract/extract-result.c \
	libbri/extract/extract-save.c \
	libbri/extract/extract.c
brinclude_HEADERS += include/bri/extract.h

rulesdir = $(pkgdatadir)/rules
dist_rules_DATA = data/rules/extract-rules.csv data/rules/country-abbreviations.csv \
	data/rules/boundary-words.csv \
	data/rules/titles.csv
EXTRA_DIST += data/rules/README.md data/rules/gen-boundary-words.py

extract_tests = tests/unit/test-extract
check_PROGRAMS += $(extract_tests) tests/extract/extract-driver
TESTS += $(extract_tests)
tests_unit_test_extract_SOURCES = tests/unit/test-extract.c
tests_unit_test_extract_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_extract_LDADD = $(TEST_LDADD)
tests_extract_extract_driver_SOURCES = tests/extract/extract-driver.c
tests_extract_extract_driver_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS)
tests_extract_extract_driver_LDADD = libbri/libbri.la $(GLIB_LIBS)

TESTS += tests/extract/check-extract.sh
EXTRA_DIST += tests/extract/check-extract.sh tools/score-extract.py tests/data/extract

# The extraction throughput benchmark (bench/extract/RESULTS.md); not run by make check.
noinst_PROGRAMS += bench/extract/bench-extract
bench_extract_bench_extract_SOURCES = bench/extract/bench-extract.c
bench_extract_bench_extract_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS)
bench_extract_bench_extract_LDADD = libbri/libbri.la $(GLIB_LIBS)
