"""bri.load, Graph, Entity, Relation, errors: checked against the CSV files
themselves (Python's csv module) and against the invalid-input corpus that
the C tests use (tests/data/csv/invalid/*/error)."""
import csv
import gc
import math
import os
import weakref

import pytest

import bri
from conftest import DATA, TEST_DATA

BUNDLED = [os.path.join(DATA, d) for d in ("gazetteer", "seeds", "bri")]


def csv_rows(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


# -- loading the bundled data -------------------------------------------------

def test_bundled_counts_equal_the_csv_files(graph):
    ids = {row["id"] for d in BUNDLED for row in csv_rows(os.path.join(d, "entities.csv"))}
    rels = [row for d in BUNDLED for row in csv_rows(os.path.join(d, "relations.csv"))]
    srcs = {row["id"] for d in BUNDLED for row in csv_rows(os.path.join(d, "sources.csv"))}
    assert len(ids) > 300 and len(rels) > 100
    assert len(graph) == len(ids)
    assert {e.id for e in graph.entities()} == ids
    assert graph.n_relations == len(rels) == len(list(graph.relations()))
    assert {s.id for s in graph.sources()} == srcs


def test_bundled_relations_equal_the_csv_rows(graph):
    rows = [row for d in BUNDLED for row in csv_rows(os.path.join(d, "relations.csv"))]
    for row, rel in zip(rows, graph.relations()):
        assert (rel.kind, rel.from_id, rel.to_id) == (row["kind"], row["from"], row["to"])
        assert rel.date == (row.get("date") or None)
        assert rel.evidence == (row.get("evidence") or None)
        assert rel.source == (row.get("source") or None)
        assert rel.confidence == float(row.get("confidence") or 1)
        assert rel.weight == float(row.get("weight") or 1)
        assert rel.has_weight == bool(row.get("weight"))


def test_load_explicit_list_equals_default(graph):
    g = bri.load(BUNDLED)
    assert len(g) == len(graph) and g.n_relations == graph.n_relations


def test_entities_and_relations_filter_by_kind(graph):
    countries = list(graph.entities(kind="country"))
    assert countries and all(e.kind == "country" for e in countries)
    assert len(countries) < len(graph)
    met = list(graph.relations(kind="met"))
    assert met and all(r.kind == "met" for r in met)
    assert len(met) == sum(1 for r in graph.relations() if r.kind == "met")


# -- lookup -----------------------------------------------------------------------

def test_find_traditional_simplified_english(graph):
    la = graph["country:LA"]
    assert graph.find("老撾") == graph.find("老挝") == graph.find("Laos") == [la]
    assert graph.find("LAOS") == [la]
    assert [e.id for e in graph.find("Laos")] == ["country:LA"]
    assert graph.find("no such place at all") == []


def test_entity_fields(graph):
    la = graph["country:LA"]
    assert la.id == "country:LA" and la.kind == "country"
    assert la.code == "LA"
    assert "老撾" in la.aliases and "Laos" in la.aliases
    assert isinstance(la.attributes, dict)
    assert "country:LA" in repr(la) and "country:LA" in str(la)
    assert la == graph.find("Laos")[0] and hash(la) == hash(graph["country:LA"])
    assert la != graph["country:CN"]


def test_entity_parent(graph):
    child = next(e for e in graph.entities() if e.parent_id)
    assert child.parent == graph[child.parent_id]
    assert child.parent.id == child.parent_id


def test_getitem_unknown_id_is_keyerror(graph):
    with pytest.raises(KeyError):
        graph["country:XX-nope"]
    assert "country:LA" in graph and "country:XX-nope" not in graph


def test_lookup_error_is_the_deprecated_name_of_name_lookup_error(graph):
    """bri.LookupError, the former name, is the same class as
    bri.NameLookupError, and neither is Python's builtin LookupError."""
    import builtins
    assert bri.LookupError is bri.NameLookupError
    assert bri.NameLookupError is not builtins.LookupError
    assert issubclass(bri.NameLookupError, KeyError) and issubclass(bri.NameLookupError, bri.Error)
    for name in ("Laoss", "country:XX-nope"):
        with pytest.raises(bri.LookupError) as old:
            graph.resolve(name)
        with pytest.raises(bri.NameLookupError) as new:
            graph.resolve(name)
        assert type(old.value) is type(new.value) is bri.NotFoundError
        assert str(old.value) == str(new.value)
    # A star import no longer shadows the builtin (which still catches the
    # error: KeyError is a builtins.LookupError).
    names: dict = {}
    exec("from bri import *", names)
    assert "LookupError" not in names and names["NameLookupError"] is bri.NameLookupError
    with pytest.raises(builtins.LookupError):
        graph.resolve("Laoss")


def test_resolve_not_found_has_candidates(graph):
    with pytest.raises(bri.NotFoundError) as exc:
        graph.resolve("Laoss")
    assert isinstance(exc.value, KeyError) and isinstance(exc.value, bri.NameLookupError)
    assert "country:LA" in exc.value.candidates
    assert "no entity named 'Laoss'" in str(exc.value)


def test_resolve_ambiguous(write_dataset):
    d = write_dataset({"entities.csv":
                       "id,kind,name,aliases\n"
                       "city:a,city,Springfield,Twin\n"
                       "city:b,city,Shelbyville,Twin\n"})
    g = bri.load(d, bundled="none")
    assert [e.id for e in g.find("twin")] == ["city:a", "city:b"]
    with pytest.raises(bri.AmbiguousError) as exc:
        g.resolve("Twin")
    assert exc.value.candidates == ["city:a", "city:b"]
    assert g.resolve("Springfield").id == "city:a"


def test_find_rejects_nul_and_non_str(graph):
    with pytest.raises(ValueError):
        graph.find("La\0os")
    with pytest.raises(TypeError):
        graph.find(42)


# -- errors ---------------------------------------------------------------------------

INVALID = os.path.join(TEST_DATA, "csv", "invalid")
CLASSES = {"PARSE": bri.ParseError, "INVALID": bri.InvalidError,
           "DUPLICATE": bri.DuplicateError, "NOT_FOUND": bri.UnknownReferenceError,
           "LIMIT": bri.LimitError, "FILE": bri.FileError}


def test_unknown_kind_error_location():
    with pytest.raises(bri.DataError) as exc:
        bri.load(os.path.join(INVALID, "unknown-kind"), bundled="none")
    e = exc.value
    assert isinstance(e, ValueError) and isinstance(e, bri.Error)
    assert os.path.basename(e.file) == "relations.csv"
    assert (e.line, e.column) == (2, 1)
    assert "did you mean signed_agreement?" in str(e)
    assert e.reason == "unknown relation kind 'signed_agrement', did you mean signed_agreement?"


@pytest.mark.parametrize("case", sorted(os.listdir(INVALID)))
def test_invalid_corpus(case):
    with open(os.path.join(INVALID, case, "error"), encoding="utf-8") as f:
        code, expected = f.read().splitlines()[:2]
    with pytest.raises(bri.Error) as exc:
        bri.load(os.path.join(INVALID, case), bundled="none")
    e = exc.value
    assert type(e) is CLASSES[code], (case, type(e), str(e))
    loc, _, reason = expected.partition(": ")
    if "{dir}" in expected:
        assert str(e) == expected.replace("{dir}", os.path.join(INVALID, case))
    elif code == "FILE":
        assert isinstance(e, OSError)
        assert str(e) == os.path.join(INVALID, case, expected)
    else:
        fname, line, col = loc.split(":")
        assert os.path.basename(e.file) == fname
        assert (e.line, e.column) == (int(line), int(col))
        assert e.reason == reason


def test_missing_directory_is_oserror(tmp_path):
    with pytest.raises(bri.FileError) as exc:
        bri.load(str(tmp_path / "nope"), bundled="none")
    assert isinstance(exc.value, OSError)
    assert str(tmp_path / "nope") in str(exc.value)


def test_load_into_graph_is_all_or_nothing(write_dataset):
    good = write_dataset({"entities.csv": "id,kind,name\ncity:a,city,A\ncity:b,city,B\n"})
    bad = write_dataset({"entities.csv": "id,kind,name\ncity:c,city,C\n",
                         "relations.csv": "kind,from,to\nmet,city:a,city:zz\n"})
    g = bri.load(good, bundled="none")
    with pytest.raises(bri.NotFoundError) as exc:
        g.load(bad)
    assert isinstance(exc.value, bri.DataError) and exc.value.line == 2
    assert len(g) == 2 and g.get("city:c") is None and g.n_relations == 0


# -- saving -------------------------------------------------------------------------

def entity_tuple(e):
    return (e.id, e.kind, e.name, e.name_zh, tuple(e.aliases), e.code, e.parent_id,
            tuple(sorted(e.attributes.items())))


def relation_tuple(r):
    return (r.kind, r.from_id, r.to_id, r.date, r.end_date, r.title, r.sector, r.via_id,
            r.event, r.weight, r.has_weight, r.source, r.evidence, r.confidence,
            r.has_confidence, tuple(sorted(r.attributes.items())))


def test_load_save_load_is_identity(graph, tmp_path):
    graph.save(str(tmp_path))
    assert sorted(os.listdir(tmp_path)) == ["entities.csv", "kinds.csv",
                                             "relations.csv", "sources.csv"]
    again = bri.load(str(tmp_path), bundled="none")
    assert [entity_tuple(e) for e in again.entities()] == \
        [entity_tuple(e) for e in graph.entities()]
    assert [relation_tuple(r) for r in again.relations()] == \
        [relation_tuple(r) for r in graph.relations()]
    assert [(s.id, s.title, s.date, s.file) for s in again.sources()] == \
        [(s.id, s.title, s.date, s.file) for s in graph.sources()]


def test_extra_columns_round_trip(write_dataset, tmp_path):
    d = write_dataset({"entities.csv": "id,kind,name,population\ncity:a,city,A,12\ncity:b,city,B,\n",
                       "relations.csv": "kind,from,to,date,weight,note\nmet,city:a,city:b,2024-06,2.5,\"x, y\"\n"})
    g = bri.load(d, bundled="none")
    assert g["city:a"].attributes == {"population": "12"}
    r = g.relation(0)
    assert r.attributes == {"note": "x, y"} and r.weight == 2.5 and r.date == "2024-06"
    assert r.has_weight and not r.has_confidence and r.confidence == 1.0
    out = tmp_path / "out"
    out.mkdir()
    g.save(str(out))
    g2 = bri.load(str(out), bundled="none")
    assert relation_tuple(g2.relation(0)) == relation_tuple(r)
    assert entity_tuple(g2["city:a"]) == entity_tuple(g["city:a"])


def test_save_to_missing_directory_raises(graph, tmp_path):
    with pytest.raises(bri.FileError):
        graph.save(str(tmp_path / "missing"))


# -- lifetime --------------------------------------------------------------------------

def test_objects_outlive_the_graph():
    g = bri.load()
    ref = weakref.ref(g)
    la = g.find("老撾")[0]
    rel = next(g.relations(kind="met"))
    evidence = rel.evidence
    del g
    gc.collect()
    assert ref() is not None          # kept alive by la and rel
    assert la.id == "country:LA" and "Laos" in la.aliases
    assert rel.evidence == evidence and rel.from_entity.id == rel.from_id
    del la, rel
    gc.collect()
    assert ref() is None              # and freed once nothing needs it


def test_many_loads_do_not_accumulate(write_dataset):
    d = write_dataset({"entities.csv": "id,kind,name\ncity:a,city,A\n"})
    refs = []
    for _ in range(50):
        g = bri.load(d, bundled="none")
        refs.append(weakref.ref(g))
        del g
    gc.collect()
    assert all(r() is None for r in refs)


# -- the Python examples ------------------------------------------------------------------

EXAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "examples")


def run_example(name, *args):
    import subprocess
    import sys
    return subprocess.run([sys.executable, os.path.join(EXAMPLES, name)] + list(args),
                          capture_output=True, text=True, timeout=120)


def test_example_summary_agrees_with_the_graph(graph):
    res = run_example("summary.py", *BUNDLED)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0] == "%d entities, %d relations, %d sources" % (
        len(graph), graph.n_relations, len(graph.sources()))
    counts = dict(line.split() for line in lines[1:])
    assert sum(map(int, counts.values())) == graph.n_relations
    assert int(counts["met"]) == sum(1 for _ in graph.relations(kind="met"))


def test_example_summary_reports_data_errors():
    res = run_example("summary.py", os.path.join(INVALID, "unknown-kind"))
    assert res.returncode == 1
    assert res.stderr.strip().endswith(
        "relations.csv:2:1: unknown relation kind 'signed_agrement', did you mean signed_agreement?")


def test_example_cooperation(graph):
    res = run_example("cooperation.py")
    assert res.returncode == 0, res.stderr
    path = graph.view().shortest_path("country:LA", "country:KZ")
    assert "From %s to %s in %d hops:" % (path.entities[0].name, path.entities[-1].name,
                                          len(path)) in res.stdout
    res = run_example("cooperation.py", "Atlantis", "China")
    assert res.returncode == 1 and "no entity named 'Atlantis'" in res.stderr


def _run_c_example(name):
    import subprocess
    top = os.environ.get("BRI_TOP_BUILDDIR", os.path.join(EXAMPLES, ".."))
    exe = os.path.join(top, "examples", name)
    assert os.path.exists(exe), "the C example %s is not built (make builds it)" % exe
    return subprocess.run([exe] + list(BUNDLED), capture_output=True, text=True, timeout=120)


def test_example_freight_routes_agrees_with_the_c_example(graph):
    res = run_example("freight_routes.py")
    assert res.returncode == 0, res.stderr
    assert "route 1: city:xining -> city:almaty via port:khorgos" in res.stdout.splitlines()
    n = sum(1 for _ in graph.relations(kind="freight_corridor"))
    assert sum(1 for line in res.stdout.splitlines() if " -> " in line and not line.startswith("route")) == n
    c = _run_c_example("freight-routes")
    assert c.returncode == 0, c.stderr
    assert res.stdout == c.stdout


def test_example_monthly_actors_agrees_with_the_c_example(graph):
    res = run_example("monthly_actors.py")
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("2024-06 ")
    c = _run_c_example("monthly-actors")
    assert c.returncode == 0, c.stderr
    assert res.stdout == c.stdout


# -- a user's own data on top of the bundled data --------------------------------

OWN_ENTITIES = ("id,kind,name,name_zh,parent\n"
                "city:korla-test,city,Korla Test City,库尔勒测试城,province:CN-XJ\n"
                "city:aktau-test,city,Aktau Test City,阿克套测试城,country:KZ\n")
OWN_RELATIONS = ("kind,from,to,date,source\n"
                 "freight_corridor,city:korla-test,city:aktau-test,2024-05,notes\n"
                 "met,country:KZ,country:UZ,2024-06-01,notes\n")


def test_own_data_loads_on_top_of_the_bundled_data(graph, write_dataset):
    d = write_dataset({"entities.csv": OWN_ENTITIES, "relations.csv": OWN_RELATIONS})
    g = bri.load(d)
    assert g.n_relations == graph.n_relations + 2
    assert len(g) == len(graph) + 2
    assert g["city:korla-test"].parent.id == "province:CN-XJ"
    only = bri.load(d, bundled="gazetteer")
    assert only.n_relations == 2 and len(only.sources()) == 0
    assert [e.id for e in only.find("庫爾勒測試城")] == ["city:korla-test"]


def test_own_data_alone_cannot_refer_to_the_gazetteer(write_dataset):
    d = write_dataset({"entities.csv": OWN_ENTITIES, "relations.csv": OWN_RELATIONS})
    with pytest.raises(bri.UnknownReferenceError) as exc:
        bri.load(d, bundled="none")
    assert (os.path.basename(exc.value.file), exc.value.line) == ("entities.csv", 2)


def test_bundled_takes_three_values():
    with pytest.raises(ValueError, match="expected 'all', 'gazetteer' or 'none'"):
        bri.load(bundled="everything")
    assert bri.load(bundled="none").n_relations == 0 and len(bri.load(bundled="none")) == 0


def test_a_misspelt_id_suggests_the_nearest(write_dataset):
    d = write_dataset({"relations.csv": "kind,from,to\nmet,country:KZ,country:UZZ\n"})
    with pytest.raises(bri.UnknownReferenceError) as exc:
        bri.load(d, bundled="gazetteer")
    assert (exc.value.line, exc.value.column) == (2, 16)
    assert "did you mean country:UZ?" in exc.value.reason


def test_a_redefined_entity_says_which_field_differs(write_dataset):
    d = write_dataset({"entities.csv": "id,kind,name,name_zh\ncountry:KZ,country,Kazakstan,哈萨克斯坦\n"})
    with pytest.raises(bri.DuplicateError) as exc:
        bri.load(d, bundled="gazetteer")
    assert "(name 'Kazakstan' here, 'Kazakhstan' before)" in exc.value.reason


def test_a_shared_name_warns_and_lookup_lists_both(write_dataset):
    d = write_dataset({"entities.csv": "id,kind,name,aliases,parent\n"
                       "city:astana-test,city,Testana,,country:KZ\n"
                       "organization:steppe-test,organization,Steppe Forum,Testana,\n"})
    with pytest.warns(bri.DataWarning) as record:
        g = bri.load(d, bundled="gazetteer")
    assert len(record) == 1
    w = record[0].message
    assert (os.path.basename(w.file), w.line, w.column) == ("entities.csv", 3, 1)
    assert w.reason == ("warning: alias 'Testana' of 'organization:steppe-test' also names "
                        "'city:astana-test'; looking it up will be ambiguous")
    assert sorted(e.id for e in g.find("Testana")) == ["city:astana-test", "organization:steppe-test"]
    with pytest.raises(bri.AmbiguousError):
        g.resolve("Testana")
