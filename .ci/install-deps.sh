#!/bin/sh
# .ci/install-deps.sh — every Debian 12 package libbri needs to build, test
# and check itself (run as root; idempotent).
set -e
export DEBIAN_FRONTEND=noninteractive
SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  build-essential autoconf automake libtool pkg-config make git ca-certificates \
  libglib2.0-dev libigraph-dev libcsv-dev libcriterion-dev \
  libopencc-dev libopencc-data opencc libjson-glib-dev libxml2-dev \
  libzip-dev libxlsxwriter-dev \
  iso-codes tzdata python3-jieba python3 python3-dev python3-cffi python3-pytest python3-networkx \
  python3-numpy python3-scipy python3-pandas python3-igraph python3-mypy \
  libgraphviz-dev graphviz fonts-wqy-zenhei clang libclang-rt-14-dev valgrind \
  libcairo2-dev libpango1.0-dev fonts-noto-cjk chromium gtk-doc-tools \
  poppler-utils >/dev/null
# The gazetteer check reruns tools/gen-gazetteer.py, which reads npm packages
# pinned by tools/gazetteer/package-lock.json (development time only).
command -v npm >/dev/null 2>&1 || $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
(cd "$(dirname "$0")/../tools/gazetteer" && npm ci --no-audit --no-fund --loglevel=error)
# The explorer page inlines sigma.js and graphology, and its tests drive
# chromium with puppeteer-core: npm packages pinned by
# tools/explore/package-lock.json, needed to build libbri.
(cd "$(dirname "$0")/../tools/explore" && npm ci --no-audit --no-fund --loglevel=error)
