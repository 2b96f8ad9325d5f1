# debian/local.mk — the Debian packaging travels in the tarball, and make
# check keeps it in step with the library (soname, exported symbols,
# version: tests/check-debian.sh). Building the packages: .ci/packages.sh.
EXTRA_DIST += debian/control debian/rules debian/changelog debian/copyright \
	debian/source/format debian/libbri0.symbols debian/libbri0.install \
	debian/libbri-dev.install debian/libbri-data.install \
	debian/libbri-doc.install debian/bri.install debian/python3-bri.install \
	debian/libbri-data.lintian-overrides debian/libbri-dev.examples \
	debian/python3-bri.examples \
	debian/local.mk tests/check-debian.sh .ci/packages.sh

TESTS += tests/check-debian.sh
AM_TESTS_ENVIRONMENT += PACKAGE_VERSION='$(PACKAGE_VERSION)'; export PACKAGE_VERSION;
