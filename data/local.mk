# data/local.mk — the bundled data set (installed into $(pkgdatadir)) and
# the tests that check it.
gazetteerdir = $(pkgdatadir)/gazetteer
dist_gazetteer_DATA = data/gazetteer/entities.csv data/gazetteer/README.md \
	data/gazetteer/offices.csv data/gazetteer/leaders.csv
seedsdir = $(pkgdatadir)/seeds
dist_seeds_DATA = \
	data/seeds/sources.csv \
	data/seeds/000_d659e5899b51d012.txt \
	data/seeds/001_10e656adc1afaf51.txt \
	data/seeds/002_ed5b604d7aff2fb4.txt \
	data/seeds/003_aaa949114e9714a4.txt \
	data/seeds/004_1cbcd476c7d2c74e.txt
bridir = $(pkgdatadir)/bri
dist_bri_DATA = data/bri/entities.csv data/bri/relations.csv
dist_pkgdata_DATA = data/README.md
EXTRA_DIST += data/gazetteer/aliases.csv data/gazetteer/groups.csv \
	data/gazetteer/capitals.csv data/gazetteer/border-ports.csv \
	tools/gen-gazetteer.py tools/gazetteer/package.json \
	tools/gazetteer/package-lock.json tools/gazetteer/pinyin.js \
	tools/gazetteer/common.py tools/gazetteer/names.py \
	tools/gazetteer/china.py tools/gazetteer/world.py tools/gazetteer/ports.py

TESTS += tests/data/check-data.sh
AM_TESTS_ENVIRONMENT += BRI_NODE_MODULES='$(BRI_NODE_MODULES)'; export BRI_NODE_MODULES;
# The tarball has no node_modules: distcheck's check reads the source tree's.
AM_DISTCHECK_CONFIGURE_FLAGS = BRI_NODE_MODULES='$(abs_top_srcdir)/tools/gazetteer/node_modules' \
	BRI_EXPLORE_MODULES='$(abs_top_srcdir)/tools/explore/node_modules'
EXTRA_DIST += tests/data/check-data.sh tests/data/check-bri.py \
	tests/data/check-gazetteer.py tests/data/check-offices.py

bundled_tests = tests/unit/test-bundled
check_PROGRAMS += $(bundled_tests)
TESTS += $(bundled_tests)
tests_unit_test_bundled_SOURCES = tests/unit/test-bundled.c tests/unit/test-util.h
tests_unit_test_bundled_CFLAGS = $(TEST_CFLAGS)
tests_unit_test_bundled_LDADD = $(TEST_LDADD)
