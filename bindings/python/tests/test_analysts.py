"""The questions analysts ask (issue 20): freight corridors of a place at
any level, relations involving an entity and its descendants, checked
against the bundled CSV files read with Python's csv module and, where a
number is involved, against networkx on the same relations."""
import csv
import os

import networkx as nx
import pytest

import bri

from conftest import DATA


def _rows(name):
    out = []
    for part in ("gazetteer", "seeds", "bri"):
        p = os.path.join(DATA, part, name)
        if os.path.exists(p):
            with open(p, encoding="utf-8-sig") as f:
                out += list(csv.DictReader(f))
    return out


ENTS = {r["id"]: r for r in _rows("entities.csv")}
RELS = _rows("relations.csv")


def lineage(i):
    out = []
    while i:
        out.append(i)
        i = ENTS[i].get("parent") or None
    return out


def involves(r, x):
    return any(x in lineage(r[c]) for c in ("from", "to", "via") if r.get(c))


def test_corridors_one_per_origin_destination(graph):
    fc = [r for r in RELS if r["kind"] == "freight_corridor"]
    got = graph.corridors()
    assert [(c.origin.id, c.destination.id) for c in got] == sorted({(r["from"], r["to"]) for r in fc})
    for c in got:
        rows = [r for r in fc if (r["from"], r["to"]) == (c.origin.id, c.destination.id)]
        assert [r.evidence for r in c.relations] == [r["evidence"] for r in rows]
        assert c.sources == list(dict.fromkeys(r["source"] for r in rows if r["source"]))


def test_corridors_of_a_province_list_its_cities():
    g = bri.load()
    henan = g.corridors("河南")
    assert [(c.origin.id, c.destination.id, c.first, c.last, c.sources) for c in henan] == [
        ("city:warsaw", "city:zhengzhou", "2025-09", "2025-09", ["bri-bulletin-2025-09"])]
    xj = g.corridors(place="Xinjiang")
    want = sorted({(r["from"], r["to"]) for r in RELS
                   if r["kind"] == "freight_corridor" and involves(r, "province:CN-XJ")})
    assert [(c.origin.id, c.destination.id) for c in xj] == want
    xining = [c for c in xj if c.origin.id == "city:xining"][0]
    assert [v.id for v in xining.vias] == ["port:khorgos"]


def test_corridors_refuse_a_filter_without_freight(graph):
    with pytest.raises(bri.InvalidError, match="leaves out freight_corridor"):
        graph.corridors(kinds="met")
    with pytest.raises(bri.NotFoundError):
        graph.corridors("Nowhereland")


def test_involving_matches_networkx_degrees(graph):
    """The view of the relations involving Xinjiang (and below) against a
    networkx graph of the same CSV rows: same nodes, same degrees."""
    v = graph.view(involving="Xinjiang")
    rows = [r for r in RELS if involves(r, "province:CN-XJ") and r["from"] != r["to"]]
    G = nx.Graph()
    G.add_edges_from((r["from"], r["to"]) for r in rows)
    assert {e.id for e in v.entities()} == set(G.nodes)
    assert v.n_edges == G.number_of_edges()
    ours = v.centrality("degree")
    assert ours == dict(G.degree())


def test_involving_several_and_unknown(graph):
    both = graph.view(involving=["Xinjiang", "河南"])
    one = graph.view(involving="province:CN-HA")
    assert {e.id for e in one.entities()} <= {e.id for e in both.entities()}
    with pytest.raises(bri.NotFoundError):
        graph.view(involving="Henen")


def test_involving_bounds_the_timeline(graph):
    periods = graph.timeline(by="year", top=0, involving="河南")
    inv = [r for r in RELS if involves(r, "province:CN-HA") and r["date"]]
    years = sorted({int(r["date"][:4]) for r in inv})
    assert periods[0].label == str(years[0]) and periods[-1].label == str(years[-1])


def test_keep_isolated_matches_networkx_components(write_dataset):
    """Persons no admitted relation touches are kept with keep_isolated:
    the number of components and the degrees then equal networkx's on the
    same nodes and edges."""
    d = write_dataset({
        "entities.csv": "id,kind,name\n" + "".join(
            "person:%s,person,%s\n" % (x, x.upper()) for x in "abcdef"),
        "relations.csv": "kind,from,to\nmet,person:a,person:b\nmet,person:b,person:c\n"
                         "met,person:d,person:e\n"})
    g = bri.load(d, bundled="none")
    G = nx.Graph()
    G.add_nodes_from("person:%s" % x for x in "abcdef")
    G.add_edges_from([("person:a", "person:b"), ("person:b", "person:c"), ("person:d", "person:e")])
    kept = g.view(entity_kinds="person", keep_isolated=True)
    assert len(kept) == G.number_of_nodes() == 6
    assert len(kept.components().groups) == nx.number_connected_components(G) == 3
    assert kept.centrality("degree") == dict(G.degree())
    default = g.view(entity_kinds="person")
    assert len(default) == 5 and len(default.components().groups) == 2
    with pytest.raises(ValueError, match="keep_isolated"):
        g.view(keep_isolated="yes")


def test_weighting_sum_matches_networkx_strength(write_dataset):
    d = write_dataset({
        "entities.csv": "id,kind,name\nperson:a,person,A\nperson:b,person,B\nperson:c,person,C\n",
        "relations.csv": "kind,from,to,weight\nmet,person:a,person:b,3\nmet,person:a,person:b,2\n"
                         "met,person:a,person:c,1\nmet,person:b,person:c,2\n"})
    g = bri.load(d, bundled="none")
    G = nx.Graph()
    for a, b, w in [("a", "b", 5), ("a", "c", 1), ("b", "c", 2)]:
        G.add_edge("person:" + a, "person:" + b, weight=w)
    assert g.view(weighting="sum").centrality("strength", weights="raw") == dict(G.degree(weight="weight"))


def test_to_networkx_multi_one_edge_per_relation(graph):
    """MultiDiGraph: one edge per relation, in its own direction, with every
    field, evidence included; compared with the CSV rows."""
    v = graph.view(kinds="hosted,attended,met")
    G = v.to_networkx(multi=True)
    import networkx as nx
    assert isinstance(G, nx.MultiDiGraph)
    rows = [r for r in RELS if r["kind"] in ("hosted", "attended", "met") and r["from"] != r["to"]]
    assert G.number_of_edges() == len(rows)
    got = sorted((u, w, d["kind"], d["date"] or "", d["source"] or "", d["evidence"] or "")
                 for u, w, d in G.edges(data=True))
    want = sorted((r["from"], r["to"], r["kind"], r["date"], r["source"], r["evidence"]) for r in rows)
    assert got == want
    # Keys are the relations' indices in the graph.
    for u, w, k, d in G.edges(keys=True, data=True):
        r = graph.relation(k)
        assert (r.from_id, r.to_id, r.kind) == (d["from"], d["to"], d["kind"]) == (u, w, d["kind"])


def test_to_networkx_multi_rolled_up_keeps_direction(graph):
    v = graph.view(kinds="freight_corridor", rollup="province")
    G = v.to_networkx(multi=True)
    # Warsaw -> Zhengzhou rolls up to Warsaw -> Henan, still from Warsaw.
    edges = [(u, w, d) for u, w, d in G.edges(data=True) if d["from"] == "city:warsaw"]
    assert [(u, w, d["to"]) for u, w, d in edges] == [("city:warsaw", "province:CN-HA", "city:zhengzhou")]


def test_to_pandas_columns_in_file_order_with_parsed_dates(graph):
    import pandas as pd
    _, rels = graph.to_pandas()
    with open(os.path.join(DATA, "bri", "relations.csv"), encoding="utf-8-sig") as f:
        header = next(csv.reader(f))
    assert list(rels.columns[:len(header)]) == header
    assert list(rels.columns[-3:]) == ["start", "end", "date_precision"]
    assert str(rels["start"].dtype).startswith("datetime64")
    year = rels[rels["date"] == "2023"].iloc[0]
    assert year["start"] == pd.Timestamp("2023-01-01") and year["end"] == pd.Timestamp("2023-12-31")
    assert year["date_precision"] == "year"
    month = rels[rels["date"] == "2025-09"].iloc[0]
    assert month["end"] == pd.Timestamp("2025-09-30") and month["date_precision"] == "month"
    assert rels[rels["date"].isna()]["start"].isna().all()


@pytest.mark.parametrize("weights", [None, "raw"])
def test_modularity_states_its_weights_and_matches_networkx(graph, weights):
    v = graph.view(project="actors")
    p = v.communities(seed=1, weights=weights)
    assert p.weights == weights
    G = v.to_networkx()
    from networkx.algorithms.community import modularity
    theirs = modularity(G, p.groups, weight=None if weights is None else "weight")
    assert abs(p.modularity - theirs) < 1e-9
    assert ("unweighted" if weights is None else "weights='raw'") in repr(p)


def test_routes_both_directions_like_the_cli(graph):
    v = graph.view(kinds="freight_corridor")
    got = v.routes("郑州", "华沙", both=True)
    assert [(d, p.ids) for d, p in got] == [("reverse", ["city:warsaw", "city:zhengzhou"])]
    with pytest.raises(bri.NotFoundError):
        v.routes("郑州", "华沙")
    vn = v.routes("越南", "中国", both=True)
    assert [(d, p.ids, [x.id for x in p.vias]) for d, p in vn] == [
        ("forward", ["country:VN", "country:CN"], ["port:hoanh-mo"]),
        ("reverse", ["country:CN", "country:VN"], ["port:dongzhong"])]
    with pytest.raises(bri.NotFoundError):
        v.routes("西宁", "华沙", both=True)


def test_groups_count_members_relations_like_networkx(graph):
    """China x Central Asia with groups=: the members' relations (and those
    of places below them) count as the group's; the degree of the group
    vertex equals networkx's on the CSV rows mapped the same way."""
    members = set(ENTS["group:central-asia-5"]["members"].split("|"))

    def end(i):
        return "group:central-asia-5" if set(lineage(i)) & members else i
    v = graph.view(groups="中亚五国")
    G = nx.Graph()
    for r in RELS:
        a, b = end(r["from"]), end(r["to"])
        if a != b:
            G.add_edge(a, b)
    assert v.centrality("degree")["group:central-asia-5"] == G.degree("group:central-asia-5")
    assert {e.kind for e in v.explain("China", "中亚五国")} == {"signed_agreement", "freight_corridor"}
    with pytest.raises(bri.NotFoundError):
        graph.view(groups="Nowhereland")
