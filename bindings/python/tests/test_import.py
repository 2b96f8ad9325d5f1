"""bri.import_gdelt / bri.import_aiddata on rows written for these tests in
the published layouts (GDELT 2.0: 61 tab-separated fields; GCDF 3.0's header
names). Expected values are worked out by hand from the rows."""
import os

import pytest

import bri


def gdelt_line(eid, day, a1, a2, code, articles, url):
    f = [""] * 61
    f[0], f[1], f[5], f[7], f[15], f[17] = eid, day, a1, a1, a2, a2
    f[26] = f[27] = code
    f[31], f[32], f[33], f[60] = "2", "1", articles, url
    return "\t".join(f) + "\n"


def test_gdelt_visit_merged(tmp_path):
    src = tmp_path / "e.CSV"
    src.write_text(gdelt_line("11", "20200105", "PAK", "CHN", "042", "3", "https://p.example/1")
                   + gdelt_line("12", "20200105", "CHN", "PAK", "043", "4", "https://p.example/2")
                   + gdelt_line("13", "20200105", "PAK", "IND", "042", "9", "u"))
    report = bri.import_gdelt([src], tmp_path / "out")
    assert (report.rows, report.relations, report.merged, report.filtered) == (3, 1, 1, 1)
    g = bri.load(bri.graph.bundled_data_dirs()[:1] + [str(tmp_path / "out")])
    r = list(g.relations())[-1]
    assert (r.kind, r.from_entity.id, r.to_entity.id) == ("visited", "country:PK", "country:CN")
    assert r.weight == 7
    assert r.attributes["gdelt_ids"] == "11|12"


def test_gdelt_layout_error_names_the_place(tmp_path):
    src = tmp_path / "bad.CSV"
    src.write_text("1\t2\t3\n")
    with pytest.raises(bri.ParseError) as e:
        bri.import_gdelt(src, tmp_path / "out", version=2)
    assert str(e.value) == "%s:1:5: 3 tab-separated fields, expected 61 (GDELT 2.0)" % src
    assert not (tmp_path / "out").exists()


def test_cameo_list_is_checked(tmp_path):
    with pytest.raises(bri.InvalidError):
        bri.import_gdelt([], tmp_path / "out", cameo="4")


def test_aiddata_csv(tmp_path):
    header = ("AidData Record ID,Recommended For Aggregates,Recipient ISO-3,Commitment Year,"
              "Title,Flow Type,Flow Class,Sector Name,Funding Agencies,Funding Agencies Type,"
              "Amount (Constant USD 2021),Commitment Date (MM/DD/YYYY),Completion Year,"
              "Source URLs,Description")
    rows = ["7,Yes,LAO,2016.0,Railway,Loan,OOF-like,TRANSPORT,,,\"1,5\",,2021.0,https://l.example,Text",
            "8,No,LAO,2016,Pledge,Loan,OOF-like,TRANSPORT,,,,,,,"]
    src = tmp_path / "gcdf.csv"
    src.write_text(header + "\n" + "\n".join(rows) + "\n")
    with pytest.raises(bri.ParseError) as e:
        bri.import_aiddata(src, tmp_path / "out")
    # "1,5" is not a number: column 52 of line 2: the 51 characters of the 10 fields before it and their commas.
    assert str(e.value).startswith("%s:2:52: Amount (Constant USD 2021): '1,5'" % src)
    report = bri.import_aiddata(src, tmp_path / "out", skip_bad_rows=True,
                                keep_non_aggregates=True)
    assert (report.rows, report.relations, report.skipped, report.filtered) == (2, 1, 1, 0)
    assert report.problems[0].startswith("%s:2:52:" % src)
