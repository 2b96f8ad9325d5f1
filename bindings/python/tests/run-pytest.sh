#!/bin/sh
# bindings/python/tests/run-pytest.sh — runs the Python binding's pytest
# suite against the uninstalled build (make check sets BRI_PYTHON,
# BRI_TOP_SRCDIR, BRI_TOP_BUILDDIR; the defaults suit an in-tree build).
top_srcdir=${BRI_TOP_SRCDIR:-$(cd "$(dirname "$0")/../../.." && pwd)}
top_builddir=${BRI_TOP_BUILDDIR:-$top_srcdir}
LD_LIBRARY_PATH="$top_builddir/libbri/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
PYTHONPATH="$top_builddir/bindings/python${PYTHONPATH:+:$PYTHONPATH}"
BRI_DATA=${BRI_DATA:-$top_srcdir/data}
BRI_TEST_DATA=${BRI_TEST_DATA:-$top_srcdir/tests/data}
export LD_LIBRARY_PATH PYTHONPATH BRI_DATA BRI_TEST_DATA
# An ASan/UBSan build of libbri cannot be loaded into a Python that was not
# started with the sanitizer runtime: skip (77) rather than fail.
if [ "${BRI_SANITIZERS:-no}" = yes ]; then
  echo "skipped: libbri is built with sanitizers (run the binding tests in a normal build)"
  exit 77
fi
exec "${BRI_PYTHON:-/usr/bin/python3}" -m pytest -q -p no:cacheprovider \
  "$top_srcdir/bindings/python/tests" "$@"
