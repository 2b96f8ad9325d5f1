"""Views and queries, checked against networkx on the graph to_networkx()
returns: on random graphs (several sizes and seeds, weighted and
unweighted, directed and undirected) and on the bundled data, after the
convention conversions documented in DESIGN.md and bri/query.h."""
import gc
import math
import os
import random
import weakref

import networkx as nx
import pytest

import bri

TOL = 1e-9


def close(a, b, tol=TOL):
    if isinstance(a, float) and math.isnan(a):
        return isinstance(b, float) and math.isnan(b)
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def assert_scores(ours, theirs, tol=TOL):
    assert set(ours) == set(theirs)
    bad = {k: (ours[k], theirs[k]) for k in ours if not close(ours[k], theirs[k], tol)}
    assert not bad, bad


def random_dataset(write_dataset, n, p, seed, directed, weighted):
    """A random G(n, p) as a data set: `met` relations (undirected) or
    `freight_corridor` (directed); weights from {1, 2, 4} so that 1/w and
    their sums are exact in binary and shortest-path ties are exact."""
    rng = random.Random(seed)
    G = nx.gnp_random_graph(n, p, seed=seed, directed=directed)
    kind = "freight_corridor" if directed else "met"
    ents = ["id,kind,name"] + ["city:v%03d,city,V%d" % (i, i) for i in range(n)]
    rels = ["kind,from,to,weight"]
    for a, b in G.edges():
        w = rng.choice((1, 2, 4)) if weighted else 1
        rels.append("%s,city:v%03d,city:v%03d,%d" % (kind, a, b, w))
    d = write_dataset({"entities.csv": "\n".join(ents) + "\n",
                       "relations.csv": "\n".join(rels) + "\n"})
    view = bri.load(d, bundled="none").view(kinds=kind, weighting="sum" if weighted else None)
    return view, len(G.edges())


CASES = [(n, p, seed, directed, weighted)
         for (n, p, seed) in [(12, 0.3, 1), (40, 0.1, 2), (80, 0.05, 3)]
         for directed in (False, True) for weighted in (False, True)]


@pytest.fixture(params=CASES, ids=lambda c: "n%d-p%g-s%d-%s-%s" % (
    c[0], c[1], c[2], "dir" if c[3] else "undir", "w" if c[4] else "unw"))
def rand(request, write_dataset):
    n, p, seed, directed, weighted = request.param
    view, m = random_dataset(write_dataset, n, p, seed, directed, weighted)
    G = view.to_networkx()
    for a, b, d in G.edges(data=True):
        d["length"] = 1.0 / d["weight"]
    return view, G, weighted, m


def test_view_structure(rand):
    view, G, weighted, m = rand
    assert view.directed == G.is_directed()
    assert view.n_edges == G.number_of_edges() == m
    assert len(view) == G.number_of_nodes()
    assert all(G.degree(v) > 0 for v in G)          # only entities with edges


def test_degree_and_strength(rand):
    view, G, weighted, _ = rand
    assert_scores(view.centrality("degree"), dict(G.degree()))
    assert_scores(view.centrality("strength", weights="raw"), dict(G.degree(weight="weight")))
    assert_scores(view.centrality("strength"), dict(G.degree()))
    if G.is_directed():
        assert_scores(view.centrality("degree", mode="in"), dict(G.in_degree()))
        assert_scores(view.centrality("strength", weights="raw", mode="out"),
                      dict(G.out_degree(weight="weight")))
    n = len(G)
    assert_scores(view.centrality("degree", normalized=True),
                  {k: d / (n - 1) for k, d in G.degree()})


@pytest.mark.parametrize("weights,attr", [(None, None), ("raw", "weight"), ("strength", "length")])
def test_betweenness(rand, weights, attr):
    view, G, _, _ = rand
    assert_scores(view.centrality("betweenness", weights=weights),
                  nx.betweenness_centrality(G, normalized=False, weight=attr))
    assert_scores(view.centrality("betweenness", weights=weights, normalized=True),
                  nx.betweenness_centrality(G, normalized=True, weight=attr))


@pytest.mark.parametrize("weights,attr", [(None, None), ("raw", "weight"), ("strength", "length")])
def test_closeness_and_harmonic(rand, weights, attr):
    view, G, _, _ = rand
    mode = "in" if G.is_directed() else "all"    # networkx uses distances *to* u
    ours = view.centrality("closeness", weights=weights, mode=mode)
    theirs = nx.closeness_centrality(G, distance=attr, wf_improved=False)
    # libbri: NaN for a vertex no one reaches; networkx: 0.
    assert_scores({k: (0.0 if math.isnan(s) else s) for k, s in ours.items()}, theirs)
    assert all(theirs[k] == 0 for k, s in ours.items() if math.isnan(s))
    n = len(G)
    ours = view.centrality("harmonic", weights=weights, mode=mode)
    theirs = nx.harmonic_centrality(G, distance=attr)
    assert_scores({k: s * (n - 1) for k, s in ours.items()}, theirs)


@pytest.mark.parametrize("weights,attr", [(None, None), ("raw", "weight")])
def test_pagerank(rand, weights, attr):
    view, G, _, _ = rand
    ours = view.centrality("pagerank", weights=weights)
    assert close(sum(ours.values()), 1.0)
    theirs = nx.pagerank(G, alpha=0.85, weight=attr, tol=1e-15, max_iter=100000)
    assert_scores(ours, theirs)


@pytest.mark.parametrize("weights,attr", [(None, None), ("raw", "weight")])
def test_eigenvector(rand, weights, attr):
    view, G, _, _ = rand
    ours = view.centrality("eigenvector", weights=weights)
    assert close(max(ours.values()), 1.0)
    if not nx.is_connected(G.to_undirected()) or G.is_directed():
        # The dominant eigenvector is not unique on a disconnected graph, and
        # igraph's directed variant has no unique one on these random
        # digraphs: only its scale is defined, checked above and here.
        assert all(-1e-12 <= s <= 1 + 1e-12 for s in ours.values())
        return
    norm = math.sqrt(sum(s * s for s in ours.values()))
    theirs = nx.eigenvector_centrality_numpy(G, weight=attr)
    assert_scores({k: s / norm for k, s in ours.items()}, theirs, 1e-9)


def test_clustering(rand):
    view, G, _, _ = rand
    U = G.to_undirected() if G.is_directed() else G
    theirs = nx.clustering(nx.Graph(U))
    assert_scores(view.local_clustering(zero=True), theirs)
    ours = view.local_clustering()
    for k, s in ours.items():
        assert math.isnan(s) if U.degree(k) < 2 else close(s, theirs[k])
    assert close(view.transitivity(), nx.transitivity(nx.Graph(U))) or \
        (math.isnan(view.transitivity()) and nx.transitivity(nx.Graph(U)) == 0)
    assert close(view.average_clustering(zero=True), nx.average_clustering(nx.Graph(U)))


def test_components(rand):
    view, G, _, _ = rand
    if G.is_directed():
        expected_weak = nx.weakly_connected_components(G)
        expected_strong = nx.strongly_connected_components(G)
        assert sorted(map(sorted, view.components(strong=True))) == \
            sorted(map(sorted, expected_strong))
    else:
        expected_weak = nx.connected_components(G)
    part = view.components()
    assert sorted(map(sorted, part)) == sorted(map(sorted, expected_weak))
    sizes = [len(g) for g in part]
    assert sizes == sorted(sizes, reverse=True)
    assert all(k in part[g] for k, g in part.membership.items())
    if G.number_of_edges():
        assert close(part.modularity, nx.community.modularity(G, part.groups, weight=None))


@pytest.mark.parametrize("method", ["louvain", "leiden", "label_propagation"])
@pytest.mark.parametrize("weights", [None, "raw"])
def test_communities_modularity_matches_networkx(rand, method, weights):
    view, G, _, _ = rand
    if G.is_directed():
        if method == "label_propagation":
            return
        with pytest.raises(bri.InvalidError):
            view.communities(method, seed=1, weights=weights)
        return
    part = view.communities(method, seed=7, weights=weights)
    assert part.seed == 7
    assert set().union(*part.groups) == set(G)                  # a partition: covers
    assert sum(len(g) for g in part) == len(G)                  # and disjoint
    attr = "weight" if weights else None
    assert close(part.modularity, nx.community.modularity(G, part.groups, weight=attr))
    if method == "louvain":
        assert part.modularity > 0.0 or G.number_of_edges() < 3
    again = view.communities(method, seed=7, weights=weights)
    assert again.groups == part.groups                          # same seed, same partition


@pytest.mark.parametrize("method", ["louvain", "leiden"])
@pytest.mark.parametrize("resolution", [0.5, 2.0])
def test_modularity_is_newmans_at_any_resolution(rand, method, resolution):
    # At resolution 1 the modularity comes from igraph's own result (the
    # best Louvain level, Leiden's quality); at others from
    # igraph_modularity: either way Newman's, at resolution 1, of the groups.
    view, G, _, _ = rand
    if G.is_directed():
        return
    part = view.communities(method, seed=5, weights="raw", resolution=resolution)
    assert close(part.modularity, nx.community.modularity(G, part.groups, weight="weight"))


@pytest.mark.parametrize("weights,attr", [(None, None), ("raw", "weight"), ("strength", "length")])
def test_shortest_paths(rand, weights, attr):
    view, G, _, _ = rand
    rng = random.Random(5)
    nodes = sorted(G)
    lengths = dict(nx.all_pairs_dijkstra_path_length(G, weight=attr)) if attr else \
        dict(nx.all_pairs_shortest_path_length(G))
    for _ in range(25):
        a, b = rng.choice(nodes), rng.choice(nodes)
        if b not in lengths[a]:
            with pytest.raises(bri.NotFoundError):
                view.shortest_path(a, b, weights=weights)
            continue
        path = view.shortest_path(a, b, weights=weights)
        assert path.ids[0] == a and path.ids[-1] == b
        assert close(path.length, lengths[a][b])
        assert all(G.has_edge(h.source.id, h.target.id) for h in path.hops)
        total = sum(G[h.source.id][h.target.id][attr] if attr else 1 for h in path.hops)
        assert close(total, path.length)
        allp = view.all_shortest_paths(a, b, weights=weights)
        if attr is None:
            assert sorted(p.ids for p in allp) == sorted(nx.all_shortest_paths(G, a, b))
        assert all(close(p.length, lengths[a][b]) for p in allp)


# -- the bundled data ---------------------------------------------------------------

def test_bundled_view_matches_networkx(graph):
    view = graph.view()
    G = view.to_networkx()
    assert not view.directed and G.number_of_edges() == view.n_edges > 100
    assert_scores(view.centrality("betweenness"), nx.betweenness_centrality(G, normalized=False))
    assert_scores(view.centrality("pagerank", weights="raw"),
                  nx.pagerank(G, weight="weight", tol=1e-15, max_iter=100000))
    assert_scores(view.local_clustering(zero=True), nx.clustering(G))
    assert close(view.transitivity(), nx.transitivity(G))
    part = view.communities(seed=3)
    # Weighted by the view's edge weights by default, as networkx (issue 20).
    assert part.weights == "strength"
    assert close(part.modularity, nx.community.modularity(G, part.groups, weight="weight"))
    part = view.communities(seed=3, weights=None)
    assert close(part.modularity, nx.community.modularity(G, part.groups, weight=None))
    top = view.ranking("degree", top=3)
    assert top[0][0].id == "country:CN" and top[0][1] == max(dict(G.degree()).values())
    assert [s for _, s in top] == sorted((s for _, s in top), reverse=True)


def test_edges_count_relations_and_explain(graph):
    view = graph.view()
    total = 0
    for a, b, w, n in view.edges():
        rels = view.explain(a, b)
        assert len(rels) == n == w                       # count weighting
        assert all({r.from_id, r.to_id} == {a, b} for r in rels)
        total += n
    # every relation of the graph lies behind one edge (no self loops here)
    assert total == sum(1 for r in graph.relations() if r.from_id != r.to_id)


def test_explain_without_edge_raises(graph):
    view = graph.view()
    ids = [e.id for e in view.entities()]
    G = view.to_networkx()
    a, b = next((a, b) for a in ids for b in ids if a != b and not G.has_edge(a, b))
    with pytest.raises(bri.NotFoundError):
        view.explain(a, b)


def test_filter_by_kind_and_window(graph):
    met = graph.view(kinds="met")
    assert sum(n for *_, n in met.edges()) == sum(1 for r in graph.relations(kind="met"))
    june = graph.view(start="2024-06", end="2024-06")
    n_june = sum(1 for r in graph.relations() if r.date and r.date.startswith("2024-06"))
    assert 0 < sum(n for *_, n in june.edges()) >= n_june
    with pytest.raises(bri.DataError):
        graph.view(start="June 2024")
    with pytest.raises(bri.NotFoundError) as exc:
        graph.view(kinds="signed_agrement")
    assert "signed_agreement" in str(exc.value)


def test_filter_keywords_parse_as_the_cli_options(graph):
    """The keywords go through bri_filter_set_option(), the CLI's parser:
    the same errors, naming the option and the value."""
    import datetime
    with pytest.raises(bri.ParseError) as exc:
        graph.view(start="2024/06")
    assert str(exc.value).startswith("from: invalid date '2024/06'")
    with pytest.raises(bri.InvalidError) as exc:
        graph.view(end="2024-02-30")
    assert str(exc.value).startswith("to: impossible date '2024-02-30'")
    with pytest.raises(bri.InvalidError) as exc:
        graph.view(min_confidence=1.5)
    assert str(exc.value) == "min-confidence: 1.5 is out of range, expected 0..1"
    # A datetime.date and a string window make the same view.
    a = graph.view(start=datetime.date(2024, 6, 1), end="2024-06-30")
    b = graph.view(start="2024-06-01", end="2024-06-30")
    assert sorted(a.edges()) == sorted(b.edges()) and a.n_edges > 0
    # Items of a comma-separated string and of a list are the same filter.
    assert sorted(graph.view(kinds="met, attended").edges()) == \
        sorted(graph.view(kinds=["met", "attended"]).edges())
    lo = graph.view(min_confidence=0)
    assert lo.n_edges == graph.view().n_edges


def test_freight_view_is_directed_and_routes(graph):
    fv = graph.view(kinds="freight_corridor")
    assert fv.directed and fv.n_edges > 0
    a, b, _, _ = fv.edges()[0]
    routes = fv.routes(a, b)
    assert routes and all(p.ids[0] == a and p.ids[-1] == b for p in routes)
    assert all(r.kind == "freight_corridor" for p in routes for h in p.hops for r in h.relations)
    with pytest.raises(ValueError):
        graph.view(directed=True)


def test_ego(graph):
    view = graph.view()
    ego = view.ego("China", depth=1)
    G = view.to_networkx()
    assert {e.id for e in ego.entities()} == set(G["country:CN"]) | {"country:CN"}
    assert ego.n_edges == G.subgraph(set(G["country:CN"]) | {"country:CN"}).number_of_edges()


def test_actor_projection(graph):
    pv = graph.view(project="actors", weighting="newman")
    assert not pv.directed and pv.n_edges > 0
    with pytest.raises(ValueError):
        graph.view(project="items")


def test_view_outlives_graph():
    g = bri.load()
    ref = weakref.ref(g)
    view = g.view()
    del g
    gc.collect()
    deg = view.centrality("degree")
    assert deg["country:CN"] == max(deg.values())
    path = view.shortest_path("Laos", "Kazakhstan")
    ents = path.entities
    del view, path
    gc.collect()
    assert ents[0].id == "country:LA" and ents[-1].id == "country:KZ"
    del ents
    gc.collect()
    assert ref() is None


def test_bad_arguments(graph):
    view = graph.view()
    with pytest.raises(ValueError):
        view.centrality("fame")
    with pytest.raises(ValueError):
        view.centrality("betweenness", weights="heavy")
    with pytest.raises(ValueError):
        view.centrality("degree", weights="raw")
    with pytest.raises(bri.NameLookupError):
        view.shortest_path("Atlantis", "China")


# -- timeline ----------------------------------------------------------------------------

def _span(date, end):
    """First and last day (as (y, m, d) tuples) of a partial-date span."""
    import calendar

    def first(s):
        p = [int(x) for x in s.split("-")]
        return (p[0], p[1] if len(p) > 1 else 1, p[2] if len(p) > 2 else 1)

    def last(s):
        p = [int(x) for x in s.split("-")]
        y, m = p[0], (p[1] if len(p) > 1 else 12)
        return (y, m, p[2] if len(p) > 2 else calendar.monthrange(y, m)[1])
    return first(date), last(end or date)


@pytest.mark.parametrize("by", ["month", "quarter", "year"])
def test_timeline_counts_relations_per_period(graph, by):
    periods = graph.timeline(by=by, top=3)
    assert len(periods) > 1
    rels = [r for r in graph.relations() if r.date and r.from_id != r.to_id]
    coarse_anywhere = set()
    for p in periods:
        lo, hi = _span(p.start, None)[0], _span(p.end, None)[1]
        overlapping = [r for r in rels
                       if not (_span(r.date, r.end_date)[1] < lo or _span(r.date, r.end_date)[0] > hi)]
        # A single partial date whose span the period does not hold ("2023"
        # in a month) is counted apart, as coarse.
        coarse = [r for r in overlapping if not r.end_date
                  and (_span(r.date, None)[0] < lo or _span(r.date, None)[1] > hi)]
        expected = len(overlapping) - len(coarse)
        assert p.n_relations == expected, p.label
        assert p.n_coarse == len(coarse), p.label
        coarse_anywhere.update(id(r) for r in coarse)
        assert sum(p.kinds.values()) == expected
        assert len(p.top) == min(3, p.n_active)
        if p.n_active:
            assert p.top[0][1] == max(graph.view(start=p.start, end=p.end)
                                      .centrality("degree").values())
    labels = [p.label for p in periods]
    assert labels == sorted(labels) and len(set(labels)) == len(labels)
    # Each coarse relation once, however many periods it falls in.
    assert periods.n_coarse_total == len(coarse_anywhere)
    if by == "month":
        assert periods.n_coarse_total > 0


def test_timeline_bad_arguments(graph):
    with pytest.raises(ValueError):
        graph.timeline(by="week")
    with pytest.raises(ValueError):
        graph.timeline(measure="fame")


# -- optional packages ---------------------------------------------------------------

def test_import_needs_no_optional_package():
    import subprocess
    import sys
    code = ("import sys, bri; g = bri.load(); g.view().centrality('degree');"
            "bad = {'networkx', 'pandas', 'igraph'} & set(sys.modules);"
            "sys.exit(', '.join(sorted(bad)) or 0)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr + res.stdout


def test_to_pandas(graph):
    import pandas  # a test dependency: test_dependencies.py names its package
    ents, rels = graph.to_pandas()
    assert isinstance(ents, pandas.DataFrame) and isinstance(rels, pandas.DataFrame)
    assert len(ents) == len(graph) and len(rels) == graph.n_relations
    assert set(ents["id"]) == {e.id for e in graph.entities()}
    la = ents[ents["id"] == "country:LA"].iloc[0]
    assert la["kind"] == "country" and la["name_zh"] == graph["country:LA"].name_zh


def test_to_igraph_agrees_with_the_view():
    import igraph  # a test dependency: test_dependencies.py names its package
    # A hand-made view: a - b - c and a - c, plus d - e (two components).
    g = bri.Graph()
    g.load(_small_dataset())
    view = g.view(directed=False)
    ig = view.to_igraph()
    assert isinstance(ig, igraph.Graph) and not ig.is_directed()
    assert sorted(ig.vs["name"]) == ["x:a", "x:b", "x:c", "x:d", "x:e"]
    degree = dict(zip(ig.vs["name"], ig.degree()))
    assert degree == {"x:a": 2, "x:b": 2, "x:c": 2, "x:d": 1, "x:e": 1}
    assert sorted(len(c) for c in ig.connected_components()) == [2, 3]
    assert ig.es["weight"] == [1.0] * 4


def _small_dataset():
    import tempfile
    d = tempfile.mkdtemp(prefix="bri-igraph-")
    with open(os.path.join(d, "entities.csv"), "w", encoding="utf-8") as f:
        f.write("id,kind,name\n" + "".join("x:%s,actor,%s\n" % (n, n.upper()) for n in "abcde"))
    with open(os.path.join(d, "relations.csv"), "w", encoding="utf-8") as f:
        f.write("kind,from,to\nmet,x:a,x:b\nmet,x:b,x:c\nmet,x:a,x:c\nmet,x:d,x:e\n")
    return d


def test_entity_of_another_graph_is_looked_up_by_id(graph):
    other = bri.load()
    view = graph.view()
    p1 = view.shortest_path(other["country:LA"], other["country:KZ"])
    p2 = view.shortest_path("country:LA", "country:KZ")
    assert p1.ids == p2.ids and all(e.graph is graph for e in p1.entities)


def test_threads_query_views_at_once(graph):
    import threading
    views = [graph.view(), graph.view(project="actors")]
    expected = [(v.centrality("betweenness"), v.centrality("pagerank", weights="raw"))
                for v in views]
    errors = []

    def work(i):
        try:
            for _ in range(20):
                v = views[i % 2]
                got = (v.centrality("betweenness"), v.centrality("pagerank", weights="raw"))
                if got != expected[i % 2]:
                    errors.append(i)
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)
    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


# -- filter values are checked the same way everywhere -----------------------------

def test_entity_kinds_are_checked_with_a_suggestion(graph):
    with pytest.raises(bri.NotFoundError, match="unknown entity kind 'Province': did you mean province?"):
        graph.view(entity_kinds="Province")


def test_comma_separated_strings_are_lists(graph):
    a = graph.view(entity_kinds="province,country", kinds="met,attended")
    b = graph.view(entity_kinds=["province", "country"], kinds=["met", "attended"])
    assert a.edges() == b.edges() and len(a.edges()) > 0
    assert {e.kind for e in a.entities()} <= {"province", "country"}


def test_relations_of_an_unknown_kind_raise_at_once(graph):
    with pytest.raises(bri.NotFoundError, match="did you mean signed_agreement?"):
        graph.relations(kind="signed_agrement")
    n = sum(1 for _ in graph.relations(kind="signed_agreement"))
    assert n == sum(1 for r in graph.relations() if r.kind == "signed_agreement") > 0
