# libbri/explore.mk — pictures people share (issue 21): a view's layout, the
# explorer page (sigma.js + graphology from npm, compiled in as a GResource)
# and the timeline chart (cairo + Pango), with their tests.
libbri_libbri_la_SOURCES += \
	libbri/layout.c \
	libbri/export-explore.c \
	libbri/timeline-chart.c
nodist_libbri_libbri_la_SOURCES = \
	libbri/explore-resources.c \
	libbri/explore-resources.h
libbri_libbri_la_CFLAGS += $(GIO_CFLAGS) $(CAIRO_CFLAGS)
libbri_libbri_la_LIBADD += $(GIO_LIBS) $(CAIRO_LIBS)
brinclude_HEADERS += include/bri/explore.h

# The page's scripts: our own (libbri/explore) and the npm packages that
# `npm ci` installs in $(BRI_EXPLORE_MODULES), pinned by
# tools/explore/package-lock.json.
explore_gresource = libbri/explore/explore.gresource.xml
explore_own = libbri/explore/page.html libbri/explore/page.css libbri/explore/page.js
explore_npm = $(BRI_EXPLORE_MODULES)/graphology/dist/graphology.umd.min.js \
	$(BRI_EXPLORE_MODULES)/sigma/build/sigma.min.js
EXTRA_DIST += $(explore_gresource) $(explore_own) \
	tools/explore/package.json tools/explore/package-lock.json
BUILT_SOURCES = libbri/explore-resources.h
CLEANFILES += libbri/explore-resources.c libbri/explore-resources.h

$(explore_npm):
	@echo "$@ is missing: run 'npm ci' in tools/explore (.ci/install-deps.sh does), or set BRI_EXPLORE_MODULES" >&2; exit 1
libbri/explore-resources.c: $(srcdir)/$(explore_gresource) $(explore_own:%=$(srcdir)/%) $(explore_npm)
	$(AM_V_GEN)$(MKDIR_P) libbri && $(GLIB_COMPILE_RESOURCES) --target=$@ --generate-source \
	  --internal --manual-register --c-name bri_explore \
	  --sourcedir=$(srcdir)/libbri/explore --sourcedir=$(BRI_EXPLORE_MODULES) \
	  $(srcdir)/$(explore_gresource)
libbri/explore-resources.h: $(srcdir)/$(explore_gresource) $(explore_npm)
	$(AM_V_GEN)$(MKDIR_P) libbri && $(GLIB_COMPILE_RESOURCES) --target=$@ --generate-header \
	  --sourcedir=$(srcdir)/libbri/explore --sourcedir=$(BRI_EXPLORE_MODULES) \
	  --internal --manual-register --c-name bri_explore $(srcdir)/$(explore_gresource)

