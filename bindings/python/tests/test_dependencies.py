"""The test suite's own dependencies, each imported by name so that a
machine without one fails here with the Debian package to install, rather
than deep inside a networkx call (networkx imports numpy and scipy only
when PageRank or eigenvector centrality run). .ci/install-deps.sh installs
them all; none is optional for the tests."""
import importlib

import pytest

# module -> the Debian 12 package that provides it
NEEDED = {
    "networkx": "python3-networkx",
    "numpy": "python3-numpy",
    "scipy": "python3-scipy",
    "pandas": "python3-pandas",
    "igraph": "python3-igraph",
}


@pytest.mark.parametrize("module", sorted(NEEDED))
def test_package_is_installed(module):
    try:
        importlib.import_module(module)
    except ImportError as e:
        pytest.fail("the tests need %s (Debian package %s, installed by "
                    ".ci/install-deps.sh): %s" % (module, NEEDED[module], e))


def test_networkx_pagerank_runs():
    # networkx 2.8's pagerank is the scipy implementation: this fails when
    # scipy or numpy is missing although networkx itself imports.
    import networkx as nx
    pr = nx.pagerank(nx.path_graph(3))
    assert abs(pr[1] - 0.4864864864864865) < 1e-5  # 0.05 + 1.7 x0, x0 = 0.07125 / 0.2775
