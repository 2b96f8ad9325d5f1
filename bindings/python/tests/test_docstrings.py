"""Every parameter that takes one of a fixed set of names has a docstring
that names each accepted value (issue 20). The values are read from where
the validation reads them: the binding's own tables (the ones _choice()
and the checks look names up in), the library's export format table, and,
for relation and entity kinds, the bundled graph the library loaded."""
import inspect
import re

import pytest

import bri
from bri import export, graph as graph_mod, importers, view as view_mod


def names(table):
    """The string keys of a lookup table (None/True/False aliases left out)."""
    return sorted(k for k in table if isinstance(k, str))


def mentions(doc, value):
    """Whether @doc names @value as a value: quoted ("x", 'x') or in
    backquotes (``x``)."""
    v = re.escape(value)
    return re.search(r'("%s"|\'%s\'|``%s``)' % (v, v, v), doc) is not None


WEIGHTS = names(view_mod._WEIGHTS)
TABLES = [
    # (callable, parameter, accepted values)
    (bri.View.centrality, "weights", WEIGHTS),
    (bri.View.centrality, "measure", list(view_mod.MEASURES)),
    (bri.View.centrality, "mode", names(view_mod._NEIGHBORS)),
    (bri.View.ranking, "weights", WEIGHTS),
    (bri.View.ranking, "measure", list(view_mod.MEASURES)),
    (bri.View.ranking, "mode", names(view_mod._NEIGHBORS)),
    (bri.View.explore, "weights", WEIGHTS),
    (bri.View.explore, "size_by", list(view_mod.MEASURES)),
    (bri.View.explore, "color_by", names(view_mod._COLORS)),
    (bri.View.shortest_path, "weights", WEIGHTS),
    (bri.View.all_shortest_paths, "weights", WEIGHTS),
    (bri.View.routes, "weights", WEIGHTS),
    (bri.View.communities, "weights", WEIGHTS),
    (bri.View.communities, "method", list(view_mod.METHODS)),
    (bri.View.local_clustering, "weights", WEIGHTS),
    (bri.View.export, "format", list(export.FORMATS)),
    (bri.View.export, "labels", names(export.LABELS)),
    (bri.Graph.export, "format", list(export.FORMATS)),
    (bri.Graph.export, "labels", names(export.LABELS)),
    (bri.Graph.view, "project", names(view_mod._PROJECT)),
    (bri.Graph.view, "weighting", names(view_mod._WEIGHTING)),
    (bri.Graph.view, "rollup", ["province", "country", "province,country"]),
    (bri.Graph.timeline, "by", names(view_mod._PERIODS)),
    (bri.Graph.timeline, "measure", list(view_mod.MEASURES)),
    (bri.Graph.timeline, "weights", WEIGHTS),
    (view_mod.timeline, "by", names(view_mod._PERIODS)),
    (view_mod.timeline, "measure", list(view_mod.MEASURES)),
    (view_mod.timeline, "weights", WEIGHTS),
    (view_mod.timeline, "project", names(view_mod._PROJECT)),
    (view_mod.timeline, "weighting", names(view_mod._WEIGHTING)),
    (bri.load, "bundled", names(graph_mod._BUNDLED)),
    (graph_mod.bundled_data_dirs, "bundled", names(graph_mod._BUNDLED)),
    (bri.import_gdelt, "version", names(importers._VERSIONS)),
]


@pytest.mark.parametrize("fn,param,values", TABLES,
                         ids=["%s-%s" % (f.__qualname__, p) for f, p, _ in TABLES])
def test_docstring_lists_every_accepted_value(fn, param, values):
    assert param in inspect.signature(fn).parameters, (fn, param)
    doc = inspect.getdoc(fn) or ""
    assert ("``%s``" % param) in doc, "%s does not describe %s" % (fn.__qualname__, param)
    missing = [v for v in values if not mentions(doc, v)]
    assert not missing, "%s: %s = %s not named" % (fn.__qualname__, param, missing)


def test_tables_are_what_the_validation_uses(graph):
    # A name not in a table is refused, with the table's names in the message.
    v = graph.view()
    with pytest.raises(ValueError, match="louvain, leiden, label_propagation"):
        v.communities("kmeans")
    with pytest.raises(ValueError, match="none, raw, strength"):
        v.centrality("degree", weights="heavy")
    with pytest.raises(ValueError, match=", ".join(export.FORMATS)):
        v.export("x", format="xlsx")
    with pytest.raises(ValueError, match="actors, none"):
        graph.view(project="things")


@pytest.mark.parametrize("fn", [bri.Graph.view, bri.Graph.corridors, view_mod.timeline])
def test_kinds_docstrings_name_the_bundled_kinds(graph, fn):
    """``kinds`` and ``entity_kinds`` are checked against the graph's own
    kinds (bri_filter_check): the docstring names every kind the bundled
    graph has."""
    doc = inspect.getdoc(bri.Graph.view) or ""
    if fn is not bri.Graph.view:
        assert "Graph.view" in (inspect.getdoc(fn) or "")
    relation_kinds = sorted(k.name for k in graph.kinds())
    entity_kinds = sorted({e.kind for e in graph})
    assert not [k for k in relation_kinds if not mentions(doc, k)], relation_kinds
    assert not [k for k in entity_kinds if not mentions(doc, k)], entity_kinds
