# examples/local.mk — the example programs: built against the in-tree
# library and run on the bundled data by `make check`; `make installcheck`
# compiles them again against the installed library with pkg-config.
example_programs = examples/summary examples/cooperation-network \
	examples/freight-routes examples/monthly-actors examples/development-finance
check_PROGRAMS += $(example_programs)
examples_summary_SOURCES = examples/summary.c
examples_summary_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS)
examples_summary_LDADD = libbri/libbri.la $(GLIB_LIBS)
examples_cooperation_network_SOURCES = examples/cooperation-network.c
examples_cooperation_network_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS)
examples_cooperation_network_LDADD = libbri/libbri.la $(GLIB_LIBS)
examples_freight_routes_SOURCES = examples/freight-routes.c
examples_freight_routes_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS)
examples_freight_routes_LDADD = libbri/libbri.la $(GLIB_LIBS)
examples_monthly_actors_SOURCES = examples/monthly-actors.c
examples_monthly_actors_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS)
examples_monthly_actors_LDADD = libbri/libbri.la $(GLIB_LIBS)
examples_development_finance_SOURCES = examples/development-finance.c
examples_development_finance_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS)
examples_development_finance_LDADD = libbri/libbri.la $(GLIB_LIBS)

TESTS += tests/examples/run-examples.sh
EXTRA_DIST += tests/examples/run-examples.sh

# Compile every C example with pkg-config against the installed library
# and run it on the installed data: it must succeed and print something
# (what it prints is checked by tests/examples/run-examples.sh).
installcheck-local:
	@set -e; tmp=`mktemp -d`; \
	PKG_CONFIG_PATH='$(DESTDIR)$(libdir)/pkgconfig':$$PKG_CONFIG_PATH; export PKG_CONFIG_PATH; \
	for ex in $(example_programs); do \
	  src='$(abs_top_srcdir)/'$$ex.c; \
	  $(CC) $$src `$(PKG_CONFIG) --cflags libbri` \
	    `$(PKG_CONFIG) --libs libbri` -Wl,-rpath,'$(DESTDIR)$(libdir)' -o $$tmp/ex; \
	  d='$(DESTDIR)$(pkgdatadir)'; \
	  $$tmp/ex $$d/gazetteer $$d/seeds $$d/bri > $$tmp/out; \
	  test -s $$tmp/out; echo "installcheck: $$ex OK: `head -1 $$tmp/out`"; \
	done; rm -rf $$tmp; \
	if test -n '$(DESTDIR)'; then BRI_DATA_FOR_TEST='$(DESTDIR)$(pkgdatadir)'; BRI_LIBDIR_FOR_TEST='$(DESTDIR)$(libdir)'; export BRI_DATA_FOR_TEST BRI_LIBDIR_FOR_TEST; fi; \
	CC='$(CC)' PKG_CONFIG='$(PKG_CONFIG)' PYTHON='$(PYTHON)' \
	  $(SHELL) '$(abs_top_srcdir)/tests/examples/readme-c-example.sh'
EXTRA_DIST += tests/examples/readme-c-example.sh
