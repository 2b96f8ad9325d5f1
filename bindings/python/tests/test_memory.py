"""C memory: every object the binding gets from libbri is freed when Python
drops it. Runs a workload under valgrind memcheck (with Python's own
allocator off) and fails on any invalid access and on any block definitely
lost whose allocation stack passes through libbri."""
import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import TEST_DATA

WORKLOAD = r"""
import gc, sys, bri
for i in range(2):
    g = bri.load()
    v = g.view()
    v.centrality("betweenness"); v.centrality("closeness", weights="strength")
    v.shortest_path("Laos", "Kazakhstan"); v.all_shortest_paths("Laos", "Kazakhstan")
    v.communities(seed=1); v.communities("leiden", seed=1); v.components()
    v.local_clustering(); v.transitivity(); v.explain(*v.edges()[0][:2]); v.ego("China")
    fv = g.view(kinds="freight_corridor"); a, b = fv.edges()[0][:2]; fv.routes(a, b)
    g.view(project="actors", rollup="country").ranking("pagerank")
    g.find("老撾"); g.timeline(by="year")
    for bad in (lambda: g.resolve("Atlantis"), lambda: v.explain("Laos", "Laos"),
                lambda: bri.load(sys.argv[1], bundled="none"), lambda: g.view(kinds="nope")):
        try:
            bad()
        except bri.Error:
            pass
    keep = g.find("Laos")[0]        # outlives the graph and the view
    del g, v, fv
    gc.collect()
    assert keep.aliases
    del keep
    gc.collect()
"""


def test_no_leaks_or_invalid_accesses_under_valgrind(tmp_path):
    assert shutil.which("valgrind"), "valgrind is needed (Debian package valgrind, .ci/install-deps.sh)"
    script = tmp_path / "workload.py"
    script.write_text(WORKLOAD, encoding="utf-8")
    env = dict(os.environ, PYTHONMALLOC="malloc")
    res = subprocess.run(
        ["valgrind", "--leak-check=full", "--show-leak-kinds=definite",
         "--num-callers=40", sys.executable, str(script),
         os.path.join(TEST_DATA, "csv", "invalid", "unknown-kind")],
        capture_output=True, text=True, env=env, timeout=600)
    assert res.returncode == 0, res.stderr[-3000:]
    log = res.stderr
    assert "LEAK SUMMARY" in log or "All heap blocks were freed" in log, log[-3000:]
    assert ours_in(log) == [], "\n\n".join(ours_in(log))


def ours_in(log):
    """valgrind's records (errors and definite leaks) whose stack passes
    through libbri or the cffi module; the dynamic loader's and CPython's
    own reports (module init, ld.so rpath parsing) are not ours."""
    records = re.split(r"\n==\d+== \n", log)
    kinds = re.compile(r"Invalid (read|write|free)|uninitialised|Conditional jump|"
                       r"definitely lost in loss record|Mismatched free")
    return [r for r in records if kinds.search(r)
            and re.search(r"libbri\.so|\bbri_\w+ \(", r)]
