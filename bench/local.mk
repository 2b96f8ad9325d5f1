# bench/local.mk — benchmarks and their data generator (issue 9). Not built
# by `make` or run by `make check`: `make bench-programs` builds them and
# bench/run (which calls it) runs them. See bench/RESULTS.md.
bench_programs = \
	bench/gen \
	bench/bri-bench \
	bench/floor-csv \
	bench/floor-igraph \
	bench/bri-seq
EXTRA_PROGRAMS = $(bench_programs)

# Uninstalled programs linked straight to the built library (no libtool
# wrapper script), so that perf and valgrind see the real binary.
bench_gen_SOURCES = bench/gen.c
bench_gen_LDADD = -lm

bench_bri_bench_SOURCES = bench/bri-bench.c bench/bench-common.h
bench_bri_bench_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS)
bench_bri_bench_LDADD = libbri/libbri.la $(GLIB_LIBS)
bench_bri_bench_LDFLAGS = -no-install

bench_floor_csv_SOURCES = bench/floor-csv.c bench/bench-common.h
bench_floor_csv_LDADD = $(CSV_LIBS)

bench_floor_igraph_SOURCES = bench/floor-igraph.c bench/bench-common.h
bench_floor_igraph_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS) $(IGRAPH_CFLAGS)
bench_floor_igraph_LDADD = $(IGRAPH_LIBS) $(GLIB_LIBS)

bench_bri_seq_SOURCES = bench/seq.c bench/bench-common.h
bench_bri_seq_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS)
bench_bri_seq_LDADD = libbri/libbri.la $(GLIB_LIBS)
bench_bri_seq_LDFLAGS = -no-install

bench-programs: $(bench_programs)

EXTRA_DIST += bench/run bench/RESULTS.md bench/seq.py bench/seq_nx.py \
	bench/extract/RESULTS.md \
	bench/extract/score-corpus

# The importers' benchmark (bench/import/run; results in bench/RESULTS.md).
bench_programs += bench/import/gen-import bench/import/floor-import
bench_import_gen_import_SOURCES = bench/import/gen-import.c tests/unit/gcdf-header.h
bench_import_gen_import_CFLAGS = $(AM_CFLAGS) $(XLSXWRITER_CFLAGS)
bench_import_gen_import_LDADD = $(XLSXWRITER_LIBS)
bench_import_floor_import_SOURCES = bench/import/floor-import.c bench/bench-common.h
bench_import_floor_import_LDADD = $(CSV_LIBS)
EXTRA_DIST += bench/import/run

# The explorer page's time to interactive in headless chromium (issue 21):
# bench/explore/run, results in bench/RESULTS.md.
EXTRA_DIST += bench/explore/run bench/explore/page.js
