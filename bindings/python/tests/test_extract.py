"""bri.Extractor: relations proposed from text, checked against values
worked out by hand for sentences written for these tests."""
import os

import pytest

import bri


@pytest.fixture(scope="module")
def ex():
    return bri.Extractor()


TALKS = "6月5日,中国同吉尔吉斯斯坦举行会谈。双方发表了《联合声明》,并签署经贸等领域多份合作文件。"


def test_talks_and_a_signing(ex):
    res = ex.extract(TALKS, date="2024-06", source="s-test")
    got = sorted((r.kind, r.from_id, r.to_id, r.date) for r in res.relations)
    assert got == [("met", "country:CN", "country:KG", "2024-06-05"),
                   ("signed_agreement", "country:CN", "country:KG", "2024-06-05")]
    met = next(r for r in res.relations if r.kind == "met")
    assert met.rule == "met-with"
    assert met.source == "s-test"
    assert met.evidence == "6月5日,中国同吉尔吉斯斯坦举行会谈。"
    assert 0.0 < met.confidence <= 1.0
    assert "rule" not in met.attributes
    assert len(res) == 2 and res.entities == [] and res.candidates == []


def test_traditional_gives_the_same_relations_with_its_own_evidence(ex):
    trad = "6月5日,中國同吉爾吉斯斯坦舉行會談。雙方發表了《聯合聲明》,並簽署經貿等領域多份合作文件。"
    a = ex.extract(TALKS, date="2024-06")
    b = ex.extract(trad, date="2024-06")
    key = lambda r: (r.kind, r.from_id, r.to_id, r.date, r.rule)  # noqa: E731
    assert sorted(map(key, a.relations)) == sorted(map(key, b.relations))
    for r in b.relations:
        assert r.evidence in trad


def test_a_proposed_entity_loads_with_the_bundled_data(ex, tmp_path):
    res = ex.extract("9月3日,第5届星河文化旅游博览会在乌鲁木齐开幕。", date="2024-09",
                     source="s-expo")
    assert [(e.id, e.kind, e.name_zh) for e in res.entities] == [
        ("forum:第5届星河文化旅游博览会", "forum", "第5届星河文化旅游博览会")]
    hosted = [r for r in res.relations if r.kind == "hosted"]
    assert [(r.from_id, r.to_id) for r in hosted] == [("city:urumqi", "forum:第5届星河文化旅游博览会")]
    res.save(str(tmp_path))
    assert sorted(os.listdir(str(tmp_path))) == [
        "candidates.csv", "entities.csv", "relations.csv", "sources.csv"]
    g = bri.load(str(tmp_path))
    expo = g["forum:第5届星河文化旅游博览会"]
    assert [r.from_id for r in g.relations("hosted") if r.to_id == expo.id] == ["city:urumqi"]


def test_compare_with_the_graph(ex, graph):
    # The bundled data has these talks on 2024-06-01 (bri-bulletin-2024-06).
    same = ex.extract("6月1日,工业和信息化部与泰国商业部在京会谈。", date="2024-06")
    later = ex.extract("7月1日,工业和信息化部与泰国商业部在京会谈。", date="2024-07")
    for res, status in ((same, "present"), (later, "conflicting")):
        assert [(r.kind, r.from_id, r.to_id) for r in res.relations] == [
            ("met", "ministry:cn-miit", "ministry:th-commerce")]
        [c] = res.compare(graph)
        assert c.status == status
        assert isinstance(c.existing, bri.Relation)
        assert (c.existing.kind, c.existing.date) == ("met", "2024-06-01")
    [c] = ex.extract(TALKS, date="2024-06").compare(graph)[:1]
    assert c.status == "new" and c.existing is None
    with pytest.raises(TypeError):
        same.compare("not a graph")


def test_merge_and_empty_text(ex):
    empty = ex.extract("")
    assert len(empty) == 0 and empty.entities == [] and empty.candidates == []
    all_ = bri.ExtractResult()
    all_.merge(ex.extract(TALKS, date="2024-06")).merge(ex.extract(TALKS, date="2024-06"))
    assert len(all_) == 4


def test_bad_input_is_an_error(ex, tmp_path):
    with pytest.raises(bri.ParseError) as e:
        ex.extract("第一行\n第二\x01行")
    assert e.value.line == 2 and e.value.column == 3
    with pytest.raises(ValueError):
        ex.extract("a\0b")
    with pytest.raises(TypeError):
        ex.extract(b"bytes")
    with pytest.raises(bri.FileError):
        ex.extract_file(str(tmp_path / "missing.txt"))
    bad = tmp_path / "rules.csv"
    bad.write_text("id,kind\nx,met\n", encoding="utf-8")
    with pytest.raises(bri.DataError):
        bri.Extractor(rules=str(bad))


def test_extract_file_takes_the_date_and_source_from_the_name(ex, tmp_path):
    p = tmp_path / "brief_20240605.txt"
    p.write_text("中国同吉尔吉斯斯坦举行会谈。", encoding="utf-8")
    res = ex.extract_file(str(p))
    assert [(r.kind, r.date, r.source) for r in res.relations] == [
        ("met", "2024-06-05", "brief_20240605")]


def test_one_off_extract_uses_the_bundled_graph():
    res = bri.extract("6月5日,中国同吉尔吉斯斯坦举行会谈。", date="2024-06")
    assert [(r.kind, r.from_id, r.to_id) for r in res.relations] == [
        ("met", "country:CN", "country:KG")]
