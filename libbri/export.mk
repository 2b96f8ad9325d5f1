# libbri/export.mk — exports (GraphML, GEXF, node-link JSON, DOT, Neo4j and
# GraphFrames CSV) and pictures through Graphviz (issue 8), with their tests.
libbri_libbri_la_SOURCES += \
	libbri/export-common.h \
	libbri/export-common.c \
	libbri/export-graphml.c \
	libbri/export-gexf.c \
	libbri/export-json.c \
	libbri/export-dot.c \
	libbri/export-neo4j.c \
	libbri/export-graphframes.c \
	libbri/draw.c

brinclude_HEADERS += include/bri/export.h

check_PROGRAMS += tests/unit/test-export
TESTS += tests/unit/test-export
tests_unit_test_export_SOURCES = tests/unit/test-export.c
tests_unit_test_export_CFLAGS = $(TEST_CFLAGS) $(LIBXML_CFLAGS)
tests_unit_test_export_LDADD = $(TEST_LDADD) $(LIBXML_LIBS)
