#!/bin/bash
# .ci/packages.sh — the Debian packages and the pip route, built and tried
# the way users meet them (issue 23). Not part of make check (it needs
# root, the Debian mirror and about ten minutes):
#
#  1. installs the build dependencies of debian/control (apt-get build-dep)
#     and lintian;
#  2. builds the packages with `dpkg-buildpackage -us -uc` from a clean
#     copy of the committed tree (HEAD), with DEB_BUILD_OPTIONS=nocheck
#     unless PACKAGES_CHECK=1 (CI runs the test suite already);
#  3. runs lintian on the result: an error fails the script; what is
#     overridden is explained in debian/*.lintian-overrides;
#  4. in a throwaway Debian 12 root (mmdebstrap, discarded afterwards)
#     installs the six packages with apt, then checks that `bri info`
#     works, that `python3 -c 'import bri; bri.load()'` loads the bundled
#     data, compiles and runs the README's C example against libbri-dev
#     with pkg-config (tests/examples/readme-c-example.sh), and installs
#     the binding a second time with `pip install bindings/python` against
#     the installed libbri-dev and runs the binding's pytest suite and mypy
#     on that copy.
#
# Measured on 2 shared cores (17:42 and 18:12 UTC, 7 Dec 2026): build
# dependencies and dpkg-buildpackage 8.5 min, lintian 2 min, the throwaway
# root with its downloads and the tries 8 min: about 19 min in all.
# Run as root from anywhere in the repository. Environment:
# PACKAGES_OUT (where the .deb files are left; default a new directory
# under /var/tmp), PACKAGES_MIRROR (default http://deb.debian.org/debian),
# PACKAGES_CHECK=1 (run make check inside the package build),
# PACKAGES_DEBS=DIR (skip steps 1-3 and try the .deb files already in DIR,
# e.g. the PACKAGES_OUT of an earlier run).
set -euo pipefail
top=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
cd "$top"
[ "$(id -u)" -eq 0 ] || { echo "packages: run as root (apt-get, mmdebstrap)" >&2; exit 1; }
mirror=${PACKAGES_MIRROR:-http://deb.debian.org/debian}
out=${PACKAGES_OUT:-$(mktemp -d /var/tmp/bri-packages.XXXXXX)}
work=$(mktemp -d /var/tmp/bri-packages-build.XXXXXX)
trap 'rm -rf "$work"' EXIT
start=$(date +%s)
step() { echo "packages: [$(( $(date +%s) - start ))s] $*"; }

export DEBIAN_FRONTEND=noninteractive
if [ -n "${PACKAGES_DEBS:-}" ]; then
  out=$PACKAGES_DEBS
  apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null
else
step "build dependencies"
apt-get install -y -qq --no-install-recommends dpkg-dev devscripts lintian mmdebstrap >/dev/null
apt-get build-dep -y -qq ./ >/dev/null

step "dpkg-buildpackage in $work/libbri"
git archive --format=tar --prefix=libbri/ HEAD | tar -x -C "$work"
# The explorer page inlines sigma.js and graphology, which Debian 12 does
# not package: npm ci installs the versions tools/explore/package-lock.json
# pins beside the build copy, not in it (the source package must not carry
# npm's files), and configure reads them through BRI_EXPLORE_MODULES.
mkdir -p "$work/explore"
cp tools/explore/package.json tools/explore/package-lock.json "$work/explore/"
(cd "$work/explore" && npm ci --no-audit --no-fund --loglevel=error)
export BRI_EXPLORE_MODULES="$work/explore/node_modules"
opts=nocheck; [ "${PACKAGES_CHECK:-0}" = 1 ] && opts=
(cd "$work/libbri" && DEB_BUILD_OPTIONS="$opts parallel=2" dpkg-buildpackage -us -uc >"$work/build.log" 2>&1) ||
  { tail -50 "$work/build.log"; echo "packages: dpkg-buildpackage failed (log: $out/build.log)" >&2; cp "$work/build.log" "$out/"; exit 1; }
cp "$work"/*.deb "$work"/*.changes "$work"/*.buildinfo "$work"/*.dsc "$work"/*.tar.* "$out/"
cp "$work/build.log" "$out/"
for d in "$out"/*.deb; do echo "  $(basename "$d")"; done

step "lintian"
lintian --info --display-info "$out"/*.changes | tee "$out/lintian.txt" || true
if grep -q '^E: ' "$out/lintian.txt"; then
  echo "packages: lintian reports errors ($out/lintian.txt)" >&2; exit 1
fi
fi

step "install into a throwaway Debian 12 root and try"
cp -r bindings/python "$work/python-src"
rm -rf "$work/python-src/build" "$work/python-src"/*.egg-info "$work/python-src/bri/_bri_cffi"* "$work/python-src/bri/_config.py"
mkdir -p "$work/debs" && cp "$out"/*.deb "$work/debs/"
cp tests/examples/readme-c-example.sh README.md "$work/"
git archive --format=tar HEAD tests/data | tar -x -C "$work" && mv "$work/tests/data" "$work/test-data"
cat >"$work/try.sh" <<'TRY'
#!/bin/sh
# Runs inside the throwaway root, as a user would after `apt install`.
set -eu
cd /tmp
echo "try: bri info"; bri info | head -5
echo "try: python3 -c 'import bri; bri.load()'"
# The binding sees the same bundled data as the command (and a real
# amount of it: the gazetteer's entities, the curated relations).
n=$(bri info --format csv | tr -d '\r' | awk -F, '$1 == "total" && $2 == "relations" { print $3 }')
python3 -c "import bri; g = bri.load(); print(g); assert len(g) > 3000 and g.n_relations == $n > 100, g.n_relations"
echo "try: the README's C example against libbri-dev (pkg-config)"
README=/tmp/work/README.md sh /tmp/work/readme-c-example.sh
echo "try: pip install bindings/python against the installed libbri"
python3 -m venv --system-site-packages /tmp/venv
cp -r /tmp/work/python-src /tmp/pysrc
/tmp/venv/bin/pip install -q --no-build-isolation --no-index /tmp/pysrc
cd /tmp && /tmp/venv/bin/python -c 'import bri, sys; assert bri.__file__.startswith("/tmp/venv"), bri.__file__; print(bri.__file__, bri.__version__)'
# Deselected: the tests that run the source tree's examples/ (and compare
# them with the C examples built there) and valgrind over the build tree.
BRI_DATA=/usr/share/libbri BRI_TEST_DATA=/tmp/work/test-data /tmp/venv/bin/python -m pytest \
  -q -p no:cacheprovider -k 'not test_example_ and not valgrind' /tmp/pysrc/tests >/tmp/pytest.log 2>&1 ||
  { tail -30 /tmp/pytest.log; exit 1; }
tail -1 /tmp/pytest.log
echo "try: mypy on the package"
cd /tmp/pysrc && python3 -m mypy --config-file pyproject.toml --cache-dir /tmp/mypy-cache bri && echo "try: all good"
TRY
mmdebstrap --variant=apt --quiet \
  --include=ca-certificates,build-essential,pkg-config,python3-venv,python3-pip,python3-setuptools,python3-wheel,python3-dev,python3-cffi,python3-pytest,python3-networkx,python3-numpy,python3-scipy,python3-pandas,python3-igraph,python3-mypy \
  --customize-hook="mkdir -p \"\$1/tmp/work\"" \
  --customize-hook="copy-in $work/debs $work/python-src $work/try.sh $work/readme-c-example.sh $work/README.md $work/test-data /tmp/work" \
  --customize-hook='chroot "$1" sh -c "apt-get install -y -qq /tmp/work/debs/*.deb >/tmp/work/apt.log 2>&1 || { tail -30 /tmp/work/apt.log; exit 1; }"' \
  --customize-hook='chroot "$1" sh /tmp/work/try.sh' \
  bookworm /dev/null "$mirror"
step "done: packages in $out"
