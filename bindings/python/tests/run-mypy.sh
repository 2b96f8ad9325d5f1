#!/bin/sh
# bindings/python/tests/run-mypy.sh — the type hints of the bri package are
# checked by mypy (Debian's python3-mypy, installed by .ci/install-deps.sh)
# with the settings of bindings/python/pyproject.toml: every function of
# the package is annotated and the annotations agree with the code. Run by
# make check (about 5 s); a missing mypy is a failure, not a skip.
set -u
top_srcdir=${BRI_TOP_SRCDIR:-$(cd "$(dirname "$0")/../../.." && pwd)}
py=${BRI_PYTHON:-/usr/bin/python3}
if ! "$py" -c 'import mypy' 2>/dev/null; then
  echo "run-mypy: $py cannot import mypy: install Debian's python3-mypy (apt-get install python3-mypy)" >&2
  exit 1
fi
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
cd "$top_srcdir/bindings/python" &&
exec "$py" -m mypy --config-file pyproject.toml --cache-dir "$cache" --no-error-summary bri
