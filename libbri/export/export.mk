# libbri/export/export.mk — exports (GraphML, GEXF, node-link JSON, DOT, Neo4j and
# GraphFrames CSV) and pictures through Graphviz (issue 8), with their tests.
libbri_libbri_la_SOURCES += \
	libbri/export/export-common.h \
	libbri/export/export-common.c \
	libbri/export/export-graphml.c \
	libbri/export/export-gexf.c \
	libbri/export/export-json.c \
	libbri/export/export-dot.c \
	libbri/export/export-neo4j.c \
	libbri/export/export-graphframes.c \
	libbri/export/export-csv.c \
	libbri/export/draw.c

brinclude_HEADERS += include/bri/export.h

check_PROGRAMS += tests/unit/test-export tests/unit/test-export-csv \
	tests/unit/test-export-direction
TESTS += tests/unit/test-export tests/unit/test-export-csv \
	tests/unit/test-export-direction
tests_unit_test_export_direction_SOURCES = tests/unit/test-export-direction.c
tests_unit_test_export_direction_CFLAGS = $(TEST_CFLAGS) $(LIBXML_CFLAGS) $(JSONGLIB_CFLAGS)
tests_unit_test_export_direction_LDADD = $(TEST_LDADD) $(LIBXML_LIBS) $(JSONGLIB_LIBS)
tests_unit_test_export_csv_SOURCES = tests/unit/test-export-csv.c \
	tests/unit/graph-fixtures.h tests/unit/graph-fixtures.c
tests_unit_test_export_csv_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_export_csv_LDADD = $(TEST_LDADD)
tests_unit_test_export_SOURCES = tests/unit/test-export.c
tests_unit_test_export_CFLAGS = $(TEST_CFLAGS) $(LIBXML_CFLAGS) $(IGRAPH_CFLAGS)
tests_unit_test_export_LDADD = $(TEST_LDADD) $(LIBXML_LIBS) $(IGRAPH_LIBS)

# The bundled data exported and read back with networkx (and dot).
check_PROGRAMS += tests/export/write-exports
tests_export_write_exports_SOURCES = tests/export/write-exports.c
tests_export_write_exports_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS)
tests_export_write_exports_LDADD = libbri/libbri.la $(GLIB_LIBS)
TESTS += tests/export/run.sh
EXTRA_DIST += tests/export/run.sh tests/export/check-exports.py

# The example picture: the bundled cooperation network (needs libgvc); run
# by tests/export/run.sh, which checks the SVG.
if HAVE_GVC
check_PROGRAMS += examples/draw-network
examples_draw_network_SOURCES = examples/draw-network.c
examples_draw_network_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS)
examples_draw_network_LDADD = libbri/libbri.la $(GLIB_LIBS)
endif
