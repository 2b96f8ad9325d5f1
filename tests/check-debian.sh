#!/bin/sh
# tests/check-debian.sh — debian/ is kept in step with the library: the
# library's soname (from -version-info, configure.ac's BRI_LT_VERSION)
# names the runtime package (libbri0 for libbri.so.0) in debian/control
# and debian/libbri0.symbols; the symbols file lists exactly the bri_*
# symbols the library exports (a function added to a header needs its
# line, ` bri_new_function@Base VERSION` with the first version that has
# it); and debian/changelog's version is configure.ac's.
# Environment: LIBBRI_SO (default libbri/.libs/libbri.so, from the build
# directory), PACKAGE_VERSION (make check passes it).
set -u
srcdir=$(cd "$(dirname "$0")/.." && pwd)
lib=${LIBBRI_SO:-libbri/.libs/libbri.so}
fail=0
no() { echo "check-debian: $*" >&2; fail=1; }

soname=$(objdump -p "$lib" | awk '$1 == "SONAME" { print $2 }')
major=${soname#libbri.so.}
[ -n "$soname" ] && [ "$major" != "$soname" ] || { echo "check-debian: no soname in $lib" >&2; exit 1; }
pkg=libbri$major
symbols=$srcdir/debian/$pkg.symbols
echo "soname $soname: package $pkg"
grep -q "^Package: $pkg\$" "$srcdir/debian/control" ||
  no "the soname is $soname but debian/control has no package $pkg (rename libbri0 and its files)"
[ -f "$symbols" ] || { no "no $symbols for $soname"; exit 1; }
head -1 "$symbols" | grep -qx "$soname $pkg #MINVER#" ||
  no "the first line of $symbols should be '$soname $pkg #MINVER#'"

exported=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBR]$/ { print $3 }' | sort)
listed=$(sed -n 's/^ \([^@ ]*\)@Base .*/\1/p' "$symbols" | sort)
new=$(echo "$exported" | grep -vxF -e "$listed" || true)
gone=$(echo "$listed" | grep -vxF -e "$exported" || true)
[ -z "$new" ] || { no "exported but not in $symbols (add ' NAME@Base $PACKAGE_VERSION'):"; echo "$new" >&2; }
[ -z "$gone" ] || { no "in $symbols but no longer exported (an ABI break: bump BRI_LT_VERSION's current and age to 0, and the package name):"; echo "$gone" >&2; }

if [ -n "${PACKAGE_VERSION:-}" ]; then
  v=$(sed -n '1s/^libbri (\([^)]*\)).*/\1/p' "$srcdir/debian/changelog")
  [ "$v" = "$PACKAGE_VERSION" ] ||
    no "debian/changelog is at $v, configure.ac at $PACKAGE_VERSION (add a changelog entry)"
fi
echo "$(echo "$exported" | wc -l) exported symbols, $(echo "$listed" | wc -l) in $symbols"
exit $fail
