#!/bin/sh
# tests/browser/test-explore.sh — `bri explore` pages opened in headless
# chromium (tests/browser/explore.js): the bundled network, an empty view
# and hostile names. Every expected value comes from the library through
# other commands (export's node-link JSON, find, explain), never from the
# page itself. bri runs under valgrind when BRI_VALGRIND=1; the browser never
# does. Needs chromium, node and tools/explore's npm packages: a missing one
# is a failure, not a skip.
# Environment: BRI (default ./tools/bri), BRI_DATA, BRI_EXPLORE_MODULES,
# CHROMIUM, LIBTOOL, BRI_VALGRIND, BRI_EXPLORE_SHOT (where the screenshot
# goes; default tests/browser/explore-shot.png in the build tree).
BRI=${BRI:-./tools/bri}
case $BRI in /*) ;; *) BRI=$(pwd)/$BRI ;; esac
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
PY=${PYTHON:-/usr/bin/python3}
BRI_EXPLORE_MODULES=${BRI_EXPLORE_MODULES:-$top/tools/explore/node_modules}
CHROMIUM=${CHROMIUM:-$(command -v chromium)}
SHOT=${BRI_EXPLORE_SHOT:-$(pwd)/tests/browser/explore-shot.png}
export BRI_EXPLORE_MODULES CHROMIUM

missing=
[ -x "$CHROMIUM" ] || missing="$missing chromium (apt-get install chromium)"
command -v node >/dev/null 2>&1 || missing="$missing node (apt-get install nodejs)"
[ -d "$BRI_EXPLORE_MODULES/puppeteer-core" ] || missing="$missing $BRI_EXPLORE_MODULES/puppeteer-core (npm ci in tools/explore)"
if [ -n "$missing" ]; then
  echo "FAIL - the browser test needs:$missing (.ci/install-deps.sh installs them)"
  exit 1
fi

tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$(dirname "$SHOT")"
failed=0

# bri ARGS...: the tool, under valgrind when BRI_VALGRIND=1.
bri () {
  if [ "${BRI_VALGRIND:-}" = 1 ]; then
    ${LIBTOOL:-libtool} --mode=execute valgrind --quiet --leak-check=full \
      --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
      --error-exitcode=66 "$BRI" "$@"
  else
    "$BRI" "$@"
  fi
}
must () {
  if ! bri "$@" >"$tmp/out" 2>"$tmp/err" || grep -Eq 'Sanitizer|runtime error:|^==[0-9]+== ' "$tmp/err"; then
    echo "FAIL - bri $*"; sed 's/^/#   /' "$tmp/err" | head -10; failed=1
  fi
}

title='Belt and Road cooperation network'
must explore -o "$tmp/page.html" --title "$title"
must export --format json -o "$tmp/all.json"
must find Laos --format json; cp "$tmp/out" "$tmp/laos.json"
# The window the sliders move to, and windows typed into the fields: the
# library's own windowed views (their edges) are the expected counts.
for w in "2023-01 2023-06" "2024 -" "- 2023-03-15" "2024-06-27 2024-06-27"; do
  set -- $w
  args=
  [ "$1" = - ] || args="$args --from $1"
  [ "$2" = - ] || args="$args --to $2"
  must export --format json -o "$tmp/win-$1-$2.json" $args
done
must explore -o "$tmp/empty.html" --kinds signed_agreement --from 1900 --to 1900

# Hostile names, aliases, evidence and title.
mkdir "$tmp/hostile"
cat >"$tmp/hostile/entities.csv" <<'CSV'
id,kind,name,aliases,name_zh
org:quote,organization,"Quote "" and ' marks \""",q,
org:markup,organization,<b>bold</b> & <img src=x onerror=window.__pwned=true>,"&amp;|<i>",
org:script,organization,</script><script>window.__pwned=true</script>,</SCRIPT,
org:comment,organization,<!-- a comment & </style> `${x}`,c,
org:simplified,organization,Simplified only,,老挝测试组织
CSV
cat >"$tmp/hostile/relations.csv" <<'CSV'
kind,from,to,date,evidence
signed_agreement,org:quote,org:markup,2024-01,"</script><script>window.__pwned=true</script> ""quoted"""
met,org:script,org:comment,2024-02,<img src=x onerror=window.__pwned=true>
met,org:quote,org:script,,&lt;not an entity&gt;
met,org:simplified,org:quote,2024-03,a name known only in Simplified
CSV
htitle='</title><script>window.__pwned=true</script> & "quotes"'
must --no-bundled --data "$tmp/hostile" explore -o "$tmp/hostile.html" --title "$htitle"

# An actor projection whose window rule differs from "any relation behind
# the edge": two actors meet in a window only when each has a relation to
# the shared item in it (memberships of 2015, 2020-03 and 2020-06; one
# accord signed by two pairs in 2019 and 2020-05).
mkdir "$tmp/proj"
cat >"$tmp/proj/entities.csv" <<'CSV'
id,kind,name
country:AA,country,Aland
country:BB,country,Bland
country:CC,country,Cland
country:DD,country,Dland
mechanism:m,mechanism,The Mechanism
CSV
cat >"$tmp/proj/relations.csv" <<'CSV'
kind,from,to,date,title,evidence
member_of,country:AA,mechanism:m,2015,,A joined in 2015
member_of,country:BB,mechanism:m,2020-03,,B joined in March 2020
member_of,country:CC,mechanism:m,2020-06,,C joined in June 2020
signed_agreement,country:AA,country:DD,2020-05,Accord,A and D signed the Accord
signed_agreement,country:CC,country:DD,2019,Accord,C and D signed the Accord
CSV
must --no-bundled --data "$tmp/proj" --project actors explore -o "$tmp/proj.html"
must --no-bundled --data "$tmp/proj" --project actors export --format json -o "$tmp/proj-all.json"
for w in "2020 2020" "2019 2019" "2015 2020-04" "2020-06 -"; do
  set -- $w
  args="--from $1"
  [ "$2" = - ] || args="$args --to $2"
  must --no-bundled --data "$tmp/proj" --project actors export --format json \
    -o "$tmp/proj-$1-$2.json" $args
done

# The edge whose click is tested: the one with the most relations, all
# with evidence, explained by the library (bri explain).
"$PY" - "$tmp/all.json" >"$tmp/edge" <<'PYEOF' || failed=1
import json, sys
g = json.load(open(sys.argv[1]))
best = max((l for l in g["links"]), key=lambda l: (l["n_relations"], l["source"], l["target"]))
print(best["source"], best["target"])
PYEOF
read a b <"$tmp/edge"
must explain "$a" "$b" --format json; cp "$tmp/out" "$tmp/explain.json"

HTITLE=$htitle TITLE=$title "$PY" - "$tmp" >"$tmp/expect.json" <<'PYEOF' || failed=1
import json, os, sys
t = sys.argv[1]
def load(n): return json.load(open(os.path.join(t, n)))
g = load("all.json")
laos = load("laos.json")
assert len(laos) == 1, laos
la = laos[0]["id"]
ex = load("explain.json")
rels = ex["relations"] if isinstance(ex, dict) else ex
def links(n): return len(load(n)["links"])
exp = {
  "page": os.path.join(t, "page.html"), "empty": os.path.join(t, "empty.html"),
  "title": os.environ["TITLE"],
  # The view's entities are the ends of its edges (the unfiltered export
  # also writes the graph's isolated entities).
  "nodes": len({l["source"] for l in g["links"]} | {l["target"] for l in g["links"]}),
  "edges": len(g["links"]),
  "laos": la,
  "laos_relations": sum(l["n_relations"] for l in g["links"] if la in (l["source"], l["target"])),
  "window": {"from": "2023-01", "to": "2023-06", "edges": links("win-2023-01-2023-06.json")},
  "fields": [{"from": "2024", "to": "", "edges": links("win-2024--.json")},
             {"from": "", "to": "2023-03-15", "edges": links("win---2023-03-15.json")},
             {"from": "2024-06-27", "to": "2024-06-27", "edges": links("win-2024-06-27-2024-06-27.json")}],
  "projected": {"page": os.path.join(t, "proj.html"), "edges": links("proj-all.json"),
                "fields": [{"from": a, "to": "" if b == "-" else b, "edges": links("proj-%s-%s.json" % (a, b))}
                           for a, b in [("2020", "2020"), ("2019", "2019"), ("2015", "2020-04"),
                                        ("2020-06", "-")]]},
  "hostile": {"page": os.path.join(t, "hostile.html"), "title": os.environ["HTITLE"],
              "names": ["Quote \" and ' marks \\\"",
                        "<b>bold</b> & <img src=x onerror=window.__pwned=true>",
                        "</script><script>window.__pwned=true</script>",
                        "<!-- a comment & </style> `${x}`",
                        "Simplified only"]},
}
a, b = open(os.path.join(t, "edge")).read().split()
exp["edge"] = {"a": a, "b": b,
               "evidence": [r["evidence"] for r in rels],
               "kinds": [r["kind"] for r in rels],
               "dates": [r.get("date", "undated") for r in rels],
               "sources": [r.get("source", "") for r in rels]}
assert all(exp["edge"]["evidence"]), "the chosen edge has a relation without evidence"
json.dump(exp, sys.stdout, ensure_ascii=False)
PYEOF
[ "$failed" = 0 ] || exit 1
EXPECT=$tmp/expect.json SHOT=$SHOT node "$here/explore.js" || exit 1
