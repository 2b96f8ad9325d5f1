"""View.export / Graph.export (bri_view_export, bri_graph_export): the CSV
export read back with Python's csv module and compared with the view (one
edge row per relation, its own fields), the byte order mark, the
direction of each edge in a view of mixed kinds read back with networkx,
and the errors of bad arguments."""
import csv
import json
import os

import networkx as nx
import pytest

import bri
from bri.export import FORMATS

MIXED = {
    "entities.csv": "id,kind,name,name_zh,aliases,code,parent\n"
                    "forum:f1,forum,Forum One,论坛一,,,\n"
                    "country:CN,country,China,中国,,CN,\n"
                    "country:LA,country,Laos,老挝,,LA,\n",
    "relations.csv": "kind,from,to,date,end_date,title,sector,via,event,weight,source,"
                     "evidence,confidence\n"
                     "hosted,country:CN,forum:f1,2024-05,,,,,,,,\"中方主办, 论坛\",0.9\n"
                     "attended,country:LA,forum:f1,2024-05-20,,,,,,,,,\n"
                     "met,country:CN,country:LA,2024-05,,,,,,2.5,,,\n",
}


def read_csv(path, bom=False):
    with open(path, "rb") as f:
        raw = f.read()
    assert raw.startswith(b"\xef\xbb\xbf") is bom
    text = raw.decode("utf-8-sig" if bom else "utf-8")
    return list(csv.DictReader(text.splitlines(keepends=True)))


def field(v):
    """A relation field as the CSV writes it: empty for None, numbers in
    their shortest form."""
    if v is None:
        return ""
    if isinstance(v, float):
        return repr(v).rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return str(v)


@pytest.mark.parametrize("bom", [False, True])
def test_csv_export_is_the_view_one_row_per_relation(graph, tmp_path, bom):
    v = graph.view(kinds="freight_corridor,met,signed_agreement", rollup="province")
    out = tmp_path / "sheet"
    v.export(out, format="csv", bom=bom)
    nodes = read_csv(out / "nodes.csv", bom)
    edges = read_csv(out / "edges.csv", bom)
    assert [r["id"] for r in nodes] == [e.id for e in v.entities()]
    by_id = {e.id: e for e in v.entities()}
    assert all(r["kind"] == by_id[r["id"]].kind and r["name"] == by_id[r["id"]].name
               for r in nodes)
    # One row per relation behind the view's edges: the same relations as
    # to_networkx(multi=True), with their own fields.
    G = v.to_networkx(multi=True)
    # (weight and confidence are empty when the relation does not give them)
    rel = {k: graph.relation(k) for _, _, k in G.edges(keys=True)}
    want = sorted((d["kind"], d["from"], d["to"], field(d["date"]), field(d["end_date"]),
                   field(d["title"]), field(d["sector"]), field(d["via"]), field(d["event"]),
                   field(d["weight"]) if rel[k].has_weight else "",
                   field(d["confidence"]) if rel[k].has_confidence else "",
                   field(d["source"]), field(d["evidence"]),
                   "true" if d["directed"] else "false")
                  for _, _, k, d in G.edges(keys=True, data=True))
    got = sorted((r["kind"], r["from"], r["to"], r["date"], r["end_date"], r["title"],
                  r["sector"], r["via"], r["event"], r["weight"], r["confidence"],
                  r["source"], r["evidence"], r["directed"]) for r in edges)
    assert len(edges) == sum(n for _, _, _, n in v.edges()) == G.number_of_edges() > 10
    assert got == want
    # edge_source / edge_target are the view's edges (rolled up), ids of nodes.csv.
    pairs = {frozenset((a, b)) for a, b, _, _ in v.edges()}
    assert {frozenset((r["edge_source"], r["edge_target"])) for r in edges} == pairs
    assert any(r["evidence"] and any("\u4e00" <= c <= "\u9fff" for c in r["evidence"])
               for r in edges)


def test_mixed_view_keeps_each_edge_direction(write_dataset, tmp_path):
    g = bri.load(write_dataset(MIXED), bundled="none")
    v = g.view()
    assert not v.directed
    # node-link JSON read by networkx: the hosted link is directed China -> forum.
    v.export(tmp_path / "v.json")
    j = json.loads((tmp_path / "v.json").read_text(encoding="utf-8"))
    links = {(ln["source"], ln["target"]): ln["directed"] for ln in j["links"]}
    assert links == {("country:CN", "forum:f1"): True, ("country:LA", "forum:f1"): True,
                     ("country:CN", "country:LA"): False}
    G = nx.node_link_graph(j)
    assert G.edges["country:CN", "forum:f1"]["directed"] is True
    # mixed=False GraphML and GEXF are what networkx 2.8.8 reads.
    for fmt in ("graphml", "gexf"):
        p = tmp_path / ("plain." + fmt)
        v.export(p, mixed=False)
        H = nx.read_graphml(p) if fmt == "graphml" else nx.read_gexf(p)
        assert not H.is_directed()
        assert H.edges["country:CN", "forum:f1"]["directed"] is True
        assert H.edges["country:CN", "country:LA"]["directed"] is False
        # The default (mixed) is refused by networkx 2.8.8.
        p = tmp_path / ("mixed." + fmt)
        v.export(p)
        with pytest.raises(nx.NetworkXError):
            nx.read_graphml(p) if fmt == "graphml" else nx.read_gexf(p)
    # The spreadsheet: each row's relation and edge direction.
    v.export(tmp_path / "sheet", format="csv")
    rows = read_csv(tmp_path / "sheet" / "edges.csv")
    got = {(r["kind"], r["directed"], r["edge_directed"]) for r in rows}
    assert got == {("hosted", "true", "true"), ("attended", "true", "true"),
                   ("met", "false", "false")}
    assert [r["weight"] for r in rows if r["kind"] == "met"] == ["2.5"]


def test_graph_export_writes_every_entity(write_dataset, tmp_path):
    ds = dict(MIXED)
    ds["entities.csv"] += "country:TH,country,Thailand,泰国,,TH,\n"
    g = bri.load(write_dataset(ds), bundled="none")
    g.export(tmp_path / "all", format="csv")
    ids = [r["id"] for r in read_csv(tmp_path / "all" / "nodes.csv")]
    assert sorted(ids) == ["country:CN", "country:LA", "country:TH", "forum:f1"]


def test_export_errors(write_dataset, tmp_path):
    v = bri.load(write_dataset(MIXED), bundled="none").view()
    with pytest.raises(ValueError, match="cannot tell the export format"):
        v.export(tmp_path / "x.txt")
    with pytest.raises(ValueError, match="unknown export format 'xlsx'.*graphml"):
        v.export(tmp_path / "x", format="xlsx")
    with pytest.raises(ValueError, match="bom=True applies to format='csv' only"):
        v.export(tmp_path / "x.json", bom=True)
    with pytest.raises(ValueError, match="unknown labels 'fr'"):
        v.export(tmp_path / "x.json", labels="fr")
    with pytest.raises(bri.FileError):
        v.export(tmp_path / "no" / "such" / "dir" / "x.json")
    assert not os.path.exists(tmp_path / "x.json")
    assert FORMATS == ("graphml", "gexf", "json", "dot", "neo4j", "graphframes", "csv")
