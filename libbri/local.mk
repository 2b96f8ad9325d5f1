# libbri/local.mk — the shared library: its flags.
# Each layer lists its sources in the fragment in its folder (core/core.mk,
# io/io.mk, view/view.mk, query/query.mk, export/export.mk,
# explore/explore.mk, import/import.mk; the extraction layer's extract.mk),
# included by Makefile.am after this one; docs/architecture.md says which
# layer may include which.
lib_LTLIBRARIES += libbri/libbri.la

libbri_libbri_la_SOURCES =
# Sources name a private header by its layer's folder ("core/core-private.h").
libbri_libbri_la_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/libbri \
	-DG_LOG_DOMAIN=\"bri\" \
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
	include/bri/error.h
