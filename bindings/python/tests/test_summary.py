"""Graph.summary(): what ``bri info`` prints, counted by libbri
(bri_graph_summarize()) — hand-computed counts on the basic test data set,
the bundled graph against a count made here from its relations, and an
empty graph."""
import calendar
import collections
import os

import bri
from conftest import TEST_DATA


def test_summary_of_the_basic_data_set():
    g = bri.Graph().load(os.path.join(TEST_DATA, "csv", "valid", "basic"))
    s = g.summary()
    assert isinstance(s, bri.GraphSummary)
    assert (s.entities, s.relations, s.sources) == (5, 3, 1)
    assert s.entities_by_kind == {"city": 1, "country": 2, "port": 1, "province": 1}
    assert list(s.entities_by_kind) == ["city", "country", "port", "province"]
    assert s.relations_by_kind == {"freight_corridor": 1, "met": 1, "signed_agreement": 1}
    # 2024-06, 2024-06-25..2024-06-27 and 2024: the whole year 2024.
    assert (s.first_date, s.last_date) == ("2024-01-01", "2024-12-31")
    assert s.undated_relations == 0
    # b1 backs the corridor and the agreement; `met` has no source.
    assert s.relations_by_source == {"b1": 2}


def _first_day(d):
    parts = d.split("-")
    return "%s-%s-%s" % (parts[0], parts[1] if len(parts) > 1 else "01",
                         parts[2] if len(parts) > 2 else "01")


def _last_day(d):
    parts = [int(p) for p in d.split("-")]
    if len(parts) == 3:
        return d
    month = parts[1] if len(parts) == 2 else 12
    return "%04d-%02d-%02d" % (parts[0], month, calendar.monthrange(parts[0], month)[1])


def test_summary_of_the_bundled_graph_matches_a_count_made_here(graph):
    s = graph.summary()
    rels = list(graph.relations())
    assert s.entities == len(graph)
    assert s.relations == len(rels) == graph.n_relations
    assert s.entities_by_kind == dict(collections.Counter(e.kind for e in graph))
    assert s.relations_by_kind == dict(collections.Counter(r.kind for r in rels))
    dated = [r for r in rels if r.date]
    assert s.undated_relations == len(rels) - len(dated)
    assert s.first_date == min(_first_day(r.date) for r in dated)
    assert s.last_date == max(_last_day(r.end_date or r.date) for r in dated)
    cited = collections.Counter(r.source for r in rels if r.source)
    assert s.relations_by_source == {src.id: cited[src.id] for src in graph.sources()}
    assert sum(s.relations_by_source.values()) > 0


def test_summary_of_an_empty_graph():
    s = bri.Graph().summary()
    assert s == bri.GraphSummary(0, 0, 0, {}, {}, None, None, 0, {})
