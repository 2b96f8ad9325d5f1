# libbri/explore/explore.mk — pictures people share (issue 21): a view's layout, the
# explorer page (sigma.js + graphology from npm, compiled in as a GResource)
# and the timeline chart (cairo + Pango), with their tests.
libbri_libbri_la_SOURCES += \
	libbri/explore/layout.c \
	libbri/explore/export-explore.c \
	libbri/explore/timeline-chart.c
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
# make builds BUILT_SOURCES only for all, check and install; building one
# target (make libbri/libbri.la, make fuzz/fuzz-load, as .ci/checks.sh
# does) needs the header named as a prerequisite of the library's objects
# (automake's idiom: naming one object would override its rule).
$(libbri_libbri_la_OBJECTS): libbri/explore-resources.h
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


# The example program, run by tests/cli/test-explore.sh; `make
# explore-images` makes the README's screenshot and chart with it.
check_PROGRAMS += examples/explore-network
examples_explore_network_SOURCES = examples/explore-network.c
examples_explore_network_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS)
examples_explore_network_LDADD = libbri/libbri.la $(GLIB_LIBS)
EXTRA_DIST += examples/explore.py

# docs/explore.png (the page in headless chromium) and docs/timeline.svg,
# from the bundled data; committed, as docs/cooperation.svg is.
explore-images: examples/explore-network
	$(AM_V_GEN)tmp=`mktemp -d` && \
	BRI_DATA='$(abs_top_srcdir)/data' ./examples/explore-network $$tmp/page.html \
	  '$(abs_top_srcdir)/docs/timeline.svg' && \
	$(CHROMIUM) --headless --no-sandbox --use-angle=swiftshader --enable-unsafe-swiftshader \
	  --hide-scrollbars --window-size=1400,900 --virtual-time-budget=3000 \
	  --screenshot='$(abs_top_srcdir)/docs/explore.png' "file://$$tmp/page.html#find=%E8%80%81%E6%92%BE" 2>/dev/null && \
	rm -rf $$tmp

check_PROGRAMS += tests/unit/test-explore
TESTS += tests/unit/test-explore
tests_unit_test_explore_SOURCES = tests/unit/test-explore.c tests/unit/test-util.h
tests_unit_test_explore_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_explore_LDADD = $(TEST_LDADD)
