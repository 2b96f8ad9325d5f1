# libbri/query/query.mk — igraph queries on views (issue 4): centrality,
# paths, ego networks, components, communities, clustering, timelines,
# corridors; and the tests of the views (view/view.mk) and queries.
libbri_libbri_la_SOURCES += \
	libbri/query/query-private.h \
	libbri/query/ranking-result.c \
	libbri/query/path-result.c \
	libbri/query/partition-result.c \
	libbri/query/centrality.c \
	libbri/query/path-queries.c \
	libbri/query/ego.c \
	libbri/query/components.c \
	libbri/query/community.c \
	libbri/query/clustering.c \
	libbri/query/timeline.c \
	libbri/query/corridors.c

brinclude_HEADERS += include/bri/query.h \
	include/bri/corridors.h

query_tests = \
	tests/unit/test-filter \
	tests/unit/test-view \
	tests/unit/test-project \
	tests/unit/test-centrality \
	tests/unit/test-paths \
	tests/unit/test-community \
	tests/unit/test-clustering \
	tests/unit/test-timeline \
	tests/unit/test-threads \
	tests/unit/test-bundled-queries \
	tests/unit/test-corridors \
	tests/unit/test-timeline-coarse \
	tests/unit/test-view-isolated \
	tests/unit/test-rollup-sides \
	tests/unit/test-groups
check_PROGRAMS += $(query_tests)
TESTS += $(query_tests)

query_fixture_sources = tests/unit/graph-fixtures.h tests/unit/graph-fixtures.c

tests_unit_test_filter_SOURCES = tests/unit/test-filter.c $(query_fixture_sources)
tests_unit_test_filter_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_filter_LDADD = $(TEST_LDADD)
tests_unit_test_view_SOURCES = tests/unit/test-view.c $(query_fixture_sources)
tests_unit_test_view_CFLAGS = $(TEST_CFLAGS) $(IGRAPH_CFLAGS)
tests_unit_test_view_LDADD = $(TEST_LDADD) $(IGRAPH_LIBS)
tests_unit_test_project_SOURCES = tests/unit/test-project.c $(query_fixture_sources)
tests_unit_test_project_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_project_LDADD = $(TEST_LDADD)
tests_unit_test_centrality_SOURCES = tests/unit/test-centrality.c $(query_fixture_sources)
tests_unit_test_centrality_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_centrality_LDADD = $(TEST_LDADD)
tests_unit_test_paths_SOURCES = tests/unit/test-paths.c $(query_fixture_sources)
tests_unit_test_paths_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_paths_LDADD = $(TEST_LDADD)
tests_unit_test_community_SOURCES = tests/unit/test-community.c $(query_fixture_sources)
tests_unit_test_community_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_community_LDADD = $(TEST_LDADD)
tests_unit_test_clustering_SOURCES = tests/unit/test-clustering.c $(query_fixture_sources)
tests_unit_test_clustering_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_clustering_LDADD = $(TEST_LDADD)
tests_unit_test_timeline_SOURCES = tests/unit/test-timeline.c $(query_fixture_sources)
tests_unit_test_timeline_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_timeline_LDADD = $(TEST_LDADD)
tests_unit_test_threads_SOURCES = tests/unit/test-threads.c $(query_fixture_sources)
tests_unit_test_threads_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_threads_LDADD = $(TEST_LDADD)
tests_unit_test_bundled_queries_SOURCES = tests/unit/test-bundled-queries.c $(query_fixture_sources)
tests_unit_test_bundled_queries_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_bundled_queries_LDADD = $(TEST_LDADD)
tests_unit_test_corridors_SOURCES = tests/unit/test-corridors.c $(query_fixture_sources)
tests_unit_test_corridors_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_corridors_LDADD = $(TEST_LDADD)
tests_unit_test_timeline_coarse_SOURCES = tests/unit/test-timeline-coarse.c $(query_fixture_sources)
tests_unit_test_timeline_coarse_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_timeline_coarse_LDADD = $(TEST_LDADD)
tests_unit_test_view_isolated_SOURCES = tests/unit/test-view-isolated.c $(query_fixture_sources)
tests_unit_test_view_isolated_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_view_isolated_LDADD = $(TEST_LDADD)
tests_unit_test_rollup_sides_SOURCES = tests/unit/test-rollup-sides.c $(query_fixture_sources)
tests_unit_test_rollup_sides_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_rollup_sides_LDADD = $(TEST_LDADD)
tests_unit_test_groups_SOURCES = tests/unit/test-groups.c $(query_fixture_sources)
tests_unit_test_groups_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_groups_LDADD = $(TEST_LDADD)
