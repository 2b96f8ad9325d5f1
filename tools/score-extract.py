#!/usr/bin/python3
"""Score extracted relations against the curated relations of data/bri.

usage: score-extract.py GOLD_RELATIONS_CSV PREDICTED_RELATIONS_CSV [--kinds k1,k2]
       [--check KIND=P,R ...]

A predicted relation matches a curated one when they have the same kind,
the same endpoints (either order for the undirected kinds signed_agreement
and met) and the same source, and the predicted date equals the curated
date to the curated date's precision (2024-06 matches 2024-06-27; a curated
relation without a date matches any date). Identical curated rows (the
pairs of several documents signed at once) count once. Prints precision and
recall per kind; with --check, exits 1 unless each named kind reaches the
given precision and recall.
"""
import csv
import sys
from collections import defaultdict

UNDIRECTED = {"signed_agreement", "met"}


def key(r):
    a, b = r["from"], r["to"]
    if r["kind"] in UNDIRECTED and a > b:
        a, b = b, a
    return (r["kind"], a, b, r.get("source", ""))


def date_match(gold, pred):
    return not gold or pred[: len(gold)] == gold


def load(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def score(gold_rows, pred_rows):
    gold = defaultdict(set)
    for r in gold_rows:
        gold[key(r)].add(r.get("date", ""))
    pred = defaultdict(set)
    for r in pred_rows:
        pred[key(r)].add(r.get("date", ""))
    stats = defaultdict(lambda: [0, 0, 0, 0])  # pred, pred ok, gold, gold found
    for k, dates in pred.items():
        for d in dates:
            stats[k[0]][0] += 1
            if any(date_match(g, d) for g in gold.get(k, ())):
                stats[k[0]][1] += 1
    for k, dates in gold.items():
        for g in dates:
            stats[k[0]][2] += 1
            if any(date_match(g, d) for d in pred.get(k, ())):
                stats[k[0]][3] += 1
    return stats


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    checks = {}
    for i, a in enumerate(argv):
        if a == "--check":
            kind, pr = argv[i + 1].split("=")
            p, r = pr.split(",")
            checks[kind] = (float(p), float(r))
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    gold_path, pred_path = args[0], args[1]
    stats = score(load(gold_path), load(pred_path))
    ok = True
    print(f"{'kind':<18} {'pred':>5} {'gold':>5} {'precision':>9} {'recall':>7}")
    for kind in sorted(stats):
        n_pred, n_ok, n_gold, n_found = stats[kind]
        p = n_ok / n_pred if n_pred else float("nan")
        r = n_found / n_gold if n_gold else float("nan")
        print(f"{kind:<18} {n_pred:>5} {n_gold:>5} {p:>9.2f} {r:>7.2f}")
        if kind in checks:
            mp, mr = checks[kind]
            if not (p >= mp and r >= mr):
                ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
