"""tests/cli/mixed_xml.py — reads a GraphML or GEXF file that may be a mixed
graph (edges directed and undirected, as bri writes a view of mixed kinds)
with Python's own XML parser, into a networkx Graph with the typed
attributes of the file's keys, plus each edge's direction as the file marks
it (GraphML's per-edge `directed`, else `edgedefault`; GEXF's per-edge
`type`, else `defaultedgetype`) under the edge attribute `_marked`.

networkx 2.8.8's read_graphml() and read_gexf() refuse mixed graphs
("directed=true edge found in undirected graph"), so the tests read those
files with this, and read the plain ones (`--no-mixed`, or views of one
direction) with networkx itself."""
import xml.etree.ElementTree as ET

import networkx as nx

_GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
_GEXF = "{http://www.gexf.net/1.2draft}"
_CAST = {"int": int, "integer": int, "long": int, "double": float, "float": float,
         "boolean": lambda v: v == "true", "string": str}


def read_graphml(path):
    root = ET.parse(path).getroot()
    keys = {k.get("id"): (k.get("attr.name"), _CAST[k.get("attr.type", "string")])
            for k in root.iter(_GRAPHML + "key")}
    graph = root.find(_GRAPHML + "graph")
    default = graph.get("edgedefault") == "directed"
    g = nx.Graph()

    def data(el):
        out = {}
        for d in el.findall(_GRAPHML + "data"):
            name, cast = keys[d.get("key")]
            out[name] = cast(d.text or "")
        return out

    for n in graph.iter(_GRAPHML + "node"):
        g.add_node(n.get("id"), **data(n))
    for e in graph.iter(_GRAPHML + "edge"):
        marked = e.get("directed")
        g.add_edge(e.get("source"), e.get("target"), **data(e),
                   _marked=default if marked is None else marked == "true",
                   _source=e.get("source"))
    g.graph["edgedefault"] = graph.get("edgedefault")
    return g


def read_gexf(path):
    root = ET.parse(path).getroot()
    graph = root.find(_GEXF + "graph")
    attrs = {}
    for block in graph.findall(_GEXF + "attributes"):
        for a in block.findall(_GEXF + "attribute"):
            attrs[(block.get("class"), a.get("id"))] = (a.get("title"), _CAST[a.get("type")])
    default = graph.get("defaultedgetype")
    g = nx.Graph()

    def data(el, cls):
        out = {}
        vals = el.find(_GEXF + "attvalues")
        for v in (vals if vals is not None else []):
            name, cast = attrs[(cls, v.get("for"))]
            out[name] = cast(v.get("value"))
        return out

    for n in graph.iter(_GEXF + "node"):
        g.add_node(n.get("id"), label=n.get("label"), **data(n, "node"))
    for e in graph.iter(_GEXF + "edge"):
        kind = e.get("type") or default
        g.add_edge(e.get("source"), e.get("target"), weight=float(e.get("weight")),
                   **data(e, "edge"), _marked=kind == "directed", _source=e.get("source"))
    g.graph["defaultedgetype"] = default
    return g
