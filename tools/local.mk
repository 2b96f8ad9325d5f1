# tools/local.mk — the `bri` command-line tool, its man page and its tests.
bin_PROGRAMS += tools/bri
tools_bri_SOURCES = tools/bri.c tools/bri-cli.h tools/output.c \
	tools/cmd-query.c tools/cmd-validate.c tools/cmd-extract.c tools/cmd-export.c \
	tools/cmd-import.c tools/cmd-corridors.c tools/cmd-explore.c
tools_bri_CPPFLAGS = $(AM_CPPFLAGS) -DBRI_PKGDATADIR=\"$(pkgdatadir)\" \
	-DBRI_SRCDATA=\"$(abs_top_srcdir)/data\"
tools_bri_CFLAGS = $(AM_CFLAGS) $(GLIB_CFLAGS) $(JSONGLIB_CFLAGS)
tools_bri_LDADD = libbri/libbri.la $(GLIB_LIBS) $(JSONGLIB_LIBS)
dist_man1_MANS += tools/bri.1

TESTS += tests/cli/test-cli.sh
TESTS += tests/cli/test-analysts.sh
TESTS += tests/cli/test-readme.sh
TESTS += tests/cli/test-export-direction.sh tests/cli/test-modularity-weights.sh
TESTS += tests/cli/test-csv-output.sh
EXTRA_DIST += tests/cli tests/golden tools/readme-session.py
