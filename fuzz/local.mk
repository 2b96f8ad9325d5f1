# fuzz/local.mk — the libFuzzer targets, built only with
# ./configure CC=clang --enable-fuzzers (which adds -fsanitize=fuzzer-no-link
# plus ASan and UBSan to every compile). Run one: fuzz/fuzz-load
# fuzz/corpus/fuzz-load -max_total_time=60; see fuzz/README.md.
fuzz_targets = \
	fuzz/fuzz-load \
	fuzz/fuzz-date \
	fuzz/fuzz-find \
	fuzz/fuzz-extract \
	fuzz/fuzz-roundtrip \
	fuzz/fuzz-view \
	fuzz/fuzz-xlsx \
	fuzz/fuzz-gdelt

if FUZZERS
noinst_PROGRAMS += $(fuzz_targets)
endif

FUZZ_CF = $(AM_CFLAGS) $(GLIB_CFLAGS) -DBRI_FUZZ_DATA='"$(abs_top_srcdir)/data"'
FUZZ_LIBS = libbri/libbri.la $(GLIB_LIBS)
FUZZ_LINK = -no-install -fsanitize=fuzzer

fuzz_fuzz_load_SOURCES = fuzz/fuzz-load.c fuzz/fuzz-common.h
fuzz_fuzz_load_CFLAGS = $(FUZZ_CF)
fuzz_fuzz_load_LDADD = $(FUZZ_LIBS)
fuzz_fuzz_load_LDFLAGS = $(FUZZ_LINK)
fuzz_fuzz_date_SOURCES = fuzz/fuzz-date.c fuzz/fuzz-common.h
fuzz_fuzz_date_CFLAGS = $(FUZZ_CF)
fuzz_fuzz_date_LDADD = $(FUZZ_LIBS)
fuzz_fuzz_date_LDFLAGS = $(FUZZ_LINK)
fuzz_fuzz_find_SOURCES = fuzz/fuzz-find.c fuzz/fuzz-common.h
fuzz_fuzz_find_CFLAGS = $(FUZZ_CF)
fuzz_fuzz_find_LDADD = $(FUZZ_LIBS)
fuzz_fuzz_find_LDFLAGS = $(FUZZ_LINK)
fuzz_fuzz_extract_SOURCES = fuzz/fuzz-extract.c fuzz/fuzz-common.h
fuzz_fuzz_extract_CFLAGS = $(FUZZ_CF)
fuzz_fuzz_extract_LDADD = $(FUZZ_LIBS)
fuzz_fuzz_extract_LDFLAGS = $(FUZZ_LINK)
fuzz_fuzz_roundtrip_SOURCES = fuzz/fuzz-roundtrip.c fuzz/fuzz-common.h
fuzz_fuzz_roundtrip_CFLAGS = $(FUZZ_CF)
fuzz_fuzz_roundtrip_LDADD = $(FUZZ_LIBS)
fuzz_fuzz_roundtrip_LDFLAGS = $(FUZZ_LINK)
fuzz_fuzz_view_SOURCES = fuzz/fuzz-view.c fuzz/fuzz-common.h
fuzz_fuzz_view_CFLAGS = $(FUZZ_CF)
fuzz_fuzz_view_LDADD = $(FUZZ_LIBS) -lm
fuzz_fuzz_view_LDFLAGS = $(FUZZ_LINK)

fuzz_fuzz_xlsx_SOURCES = fuzz/fuzz-xlsx.c fuzz/fuzz-import.h fuzz/fuzz-common.h
fuzz_fuzz_xlsx_CFLAGS = $(FUZZ_CF)
fuzz_fuzz_xlsx_LDADD = $(FUZZ_LIBS)
fuzz_fuzz_xlsx_LDFLAGS = $(FUZZ_LINK)
fuzz_fuzz_gdelt_SOURCES = fuzz/fuzz-gdelt.c fuzz/fuzz-import.h fuzz/fuzz-common.h
fuzz_fuzz_gdelt_CFLAGS = $(FUZZ_CF)
fuzz_fuzz_gdelt_LDADD = $(FUZZ_LIBS)
fuzz_fuzz_gdelt_LDFLAGS = $(FUZZ_LINK)

EXTRA_DIST += fuzz/make-import-seeds.py
EXTRA_DIST += fuzz/README.md fuzz/corpus fuzz/make-seeds.py fuzz/load.dict fuzz/run-fuzzers.sh
