# libbri/core/core.mk — the store: the data model (entities, relations,
# sources, kinds, dates, attributes), the graph that holds it, its id and
# name indexes, problems and the summary.
libbri_libbri_la_SOURCES += \
	libbri/core/core-private.h \
	libbri/core/attrs.c \
	libbri/core/text.c \
	libbri/core/error.c \
	libbri/core/date.c \
	libbri/core/entity.c \
	libbri/core/relation.c \
	libbri/core/source.c \
	libbri/core/graph.c \
	libbri/core/summary.c \
	libbri/core/id-index.h \
	libbri/core/id-index.c \
	libbri/core/lookup.c \
	libbri/core/problem.c

brinclude_HEADERS += \
	include/bri/date.h \
	include/bri/entity.h \
	include/bri/relation.h \
	include/bri/source.h \
	include/bri/graph.h
