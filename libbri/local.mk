# libbri/local.mk — the shared library and its public headers (foundation:
# data model, dates, validation, lookup, CSV loading and saving).
lib_LTLIBRARIES += libbri/libbri.la

libbri_libbri_la_SOURCES = \
	libbri/bri-private.h \
	libbri/csv-reader.h \
	libbri/csv-reader.c \
	libbri/csv-writer.h \
	libbri/csv-writer.c \
	libbri/attrs.c \
	libbri/text.c \
	libbri/error.c \
	libbri/date.c \
	libbri/entity.c \
	libbri/relation.c \
	libbri/source.c \
	libbri/graph.c \
	libbri/summary.c \
	libbri/id-index.h \
	libbri/id-index.c \
	libbri/lookup.c \
	libbri/load.c \
	libbri/save.c \
	libbri/journal.c \
	libbri/atomic-file.h \
	libbri/atomic-file.c \
	libbri/problem.c \
	libbri/bundled.c
libbri_libbri_la_CPPFLAGS = $(AM_CPPFLAGS) -DG_LOG_DOMAIN=\"bri\" \
	-DBRI_PKGDATADIR=\"$(pkgdatadir)\"
libbri_libbri_la_CFLAGS = $(AM_CFLAGS) -fvisibility=hidden \
	$(GLIB_CFLAGS) $(IGRAPH_CFLAGS) $(OPENCC_CFLAGS) $(JSONGLIB_CFLAGS) \
	$(LIBXML_CFLAGS) $(GVC_CFLAGS)
libbri_libbri_la_LIBADD = $(GLIB_LIBS) $(IGRAPH_LIBS) $(OPENCC_LIBS) \
	$(JSONGLIB_LIBS) $(LIBXML_LIBS) $(GVC_LIBS) $(CSV_LIBS) -lm
libbri_libbri_la_LDFLAGS = -no-undefined -export-symbols-regex '^bri_[a-z]' \
	-version-info $(BRI_LT_VERSION)

brinclude_HEADERS += \
	include/bri/bri.h \
	include/bri/version.h \
	include/bri/error.h \
	include/bri/date.h \
	include/bri/entity.h \
	include/bri/relation.h \
	include/bri/source.h \
	include/bri/graph.h \
	include/bri/io.h
