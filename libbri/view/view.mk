# libbri/view/view.mk — views (issue 4): filters, building a view (plain,
# rolled up, grouped, projected), explain, and the igraph gate
# (igraph-glue.c) every igraph call goes through. Their tests are listed
# with the queries' in query/query.mk.
libbri_libbri_la_SOURCES += \
	libbri/view/igraph-glue.h \
	libbri/view/igraph-glue.c \
	libbri/view/view-rules.h \
	libbri/view/view-private.h \
	libbri/view/filter.c \
	libbri/view/view.c \
	libbri/view/view-build.c \
	libbri/view/rollup.c \
	libbri/view/groups.c \
	libbri/view/project.c \
	libbri/view/explain.c

brinclude_HEADERS += include/bri/igraph.h \
	include/bri/filter.h \
	include/bri/view.h
