#!/bin/sh
# tests/cli/test-modularity-weights.sh — `bri communities` weighs edges by
# the view's edge weights unless --weights says otherwise (issue 20), so its
# modularity is networkx's community.modularity(G, groups, weight="weight")
# on the same partition of the same view (exported as node-link JSON), and
# the output says which weights it used. Environment: BRI (the binary,
# default ./tools/bri), BRI_DATA (the bundled data). The last line is
# `N passed, M failed`.
. "$(dirname "$0")/lib.sh"
# py NAME SCRIPT: SCRIPT reads the communities JSON (stdin) and the view's
# node-link JSON ($tmp/view.json); passes when it exits 0.
py () {
  if VIEW=$tmp/view.json "$PY" -c "import json, os, sys
import networkx as nx
from networkx.algorithms.community import modularity
j = json.load(sys.stdin)
G = nx.node_link_graph(json.load(open(os.environ['VIEW'], encoding='utf-8')))
$2" <"$tmp/out" >"$tmp/pyout" 2>&1; then pass "$1"
  else flunk "$1"; sed 's/^/#   /' "$tmp/pyout" | tail -5; fi
}

# The bundled data's actor projection, Newman's weighting: edge weights
# far from 1, so weighted and unweighted modularities differ.
for args in "--project actors --weighting newman" "--project actors" ""; do
  # shellcheck disable=SC2086
  run $args export --format json -o "$tmp/view.json"
  expect_rc "export the view ($args)" 0
  # shellcheck disable=SC2086
  run $args communities --seed 3 --format json
  expect_rc "communities ($args) exits 0" 0
  py "default: modularity = networkx weight=\"weight\" on the partition ($args)" '
q = modularity(G, [set(c) for c in j["communities"]], weight="weight")
assert abs(j["modularity"] - q) < 1e-9, (j["modularity"], q)
assert j["modularity_weights"].startswith("weighted by the view"), j["modularity_weights"]'
  # shellcheck disable=SC2086
  run $args communities --seed 3 --format json --weights none
  py "--weights none: modularity = networkx weight=None ($args)" '
q = modularity(G, [set(c) for c in j["communities"]], weight=None)
assert abs(j["modularity"] - q) < 1e-9, (j["modularity"], q)
assert j["modularity_weights"].startswith("unweighted"), j["modularity_weights"]'
done

# The weighted and unweighted figures differ on Newman's weighting, which
# is why the output must say which it is.
run --project actors --weighting newman export --format json -o "$tmp/view.json"
run --project actors --weighting newman communities --seed 3 --format json
py "Newman-weighted modularity differs from the unweighted one of its partition" '
q0 = modularity(G, [set(c) for c in j["communities"]], weight=None)
assert abs(j["modularity"] - q0) > 1e-3, (j["modularity"], q0)'
run --project actors --weighting newman communities --seed 3
if head -1 "$tmp/out" | grep -q "modularity .* (weighted by the view's edge weights, --weighting newman)"; then
  pass "the table's header line names the weights"
else flunk "the table's header line names the weights"; head -1 "$tmp/out" | sed 's/^/#   /'; fi

finish
