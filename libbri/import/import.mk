# libbri/import/import.mk — the importers (bri/import.h): AidData GCDF (XLSX or CSV)
# and GDELT events → data set directories; their mapping tables in data/import.
libbri_libbri_la_SOURCES += \
	libbri/import/import-private.h \
	libbri/import/import-common.c \
	libbri/import/import-gdelt.c \
	libbri/import/import-aiddata.c \
	libbri/import/xlsx-reader.c
libbri_libbri_la_CFLAGS += $(LIBZIP_CFLAGS)
libbri_libbri_la_LIBADD += $(LIBZIP_LIBS)
brinclude_HEADERS += include/bri/import.h

importdir = $(pkgdatadir)/import
dist_import_DATA = data/import/cameo-kinds.csv data/import/cameo-countries.csv \
	data/import/import-kinds.csv data/import/README.md

import_tests = tests/unit/test-import
check_PROGRAMS += $(import_tests)
TESTS += $(import_tests)
tests_unit_test_import_SOURCES = tests/unit/test-import.c tests/unit/test-util.h \
	tests/unit/gcdf-header.h
tests_unit_test_import_CFLAGS = $(TEST_CFLAGS) $(XLSXWRITER_CFLAGS) $(LIBZIP_CFLAGS)
tests_unit_test_import_LDADD = $(TEST_LDADD) $(XLSXWRITER_LIBS) $(LIBZIP_LIBS)
EXTRA_DIST += tests/import/run-shared.sh
TESTS += tests/import/test-import-cli.sh
EXTRA_DIST += tests/import/test-import-cli.sh
