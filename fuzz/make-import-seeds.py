#!/usr/bin/python3
"""fuzz/make-import-seeds.py — writes the seed corpora of fuzz-xlsx and
fuzz-gdelt (fuzz/corpus/<target>/): small GCDF workbooks made here with the
standard library's zipfile (shared strings, an inline string, a date-styled
cell, a float year) and GDELT 2.0 and 1.0 event lines in the published
layouts. Byte 0 of each seed holds the options (fuzz/fuzz-import.h).
No published rows are copied: every value is made up."""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

COLUMNS = ["AidData Record ID", "Recommended For Aggregates", "Recipient ISO-3",
           "Commitment Year", "Title", "Flow Type", "Flow Class", "Sector Name",
           "Funding Agencies", "Funding Agencies Type", "Amount (Constant USD 2021)",
           "Commitment Date (MM/DD/YYYY)", "Completion Year", "Source URLs", "Description",
           "Implementing Agencies", "Implementing Agencies Type"]
ROW = ["90001", "Yes", "PAK", "2015", "Motorway loan", "Loan", "OOF-like", "TRANSPORT",
       "Export-Import Bank of China", "State-owned Policy Bank", 1016812036.5, ("date", 42360),
       2019.0, "https://x.example/a|https://x.example/b", "Line one_x000D_\nline two",
       "Road Co.|Highway Authority", "Chinese State-owned Company|Recipient Government Agency"]


def writestr(z, name, data):
    """A member with a fixed time, so that the seeds are the same bytes
    on every run."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, data)


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def workbook(inline):
    shared = []

    def cell(ref, v):
        if isinstance(v, tuple):
            return '<c r="%s" s="1"><v>%d</v></c>' % (ref, v[1])
        if isinstance(v, float):
            return '<c r="%s"><v>%r</v></c>' % (ref, v)
        if inline:
            return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(v))
        shared.append(v)
        return '<c r="%s" t="s"><v>%d</v></c>' % (ref, len(shared) - 1)

    rows = []
    for r, values in enumerate([COLUMNS, ROW], start=1):
        cells = "".join(cell("%s%d" % (col(i), r), v) for i, v in enumerate(values))
        rows.append('<row r="%d">%s</row>' % (r, cells))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    sheet = '<?xml version="1.0"?><worksheet %s><sheetData>%s</sheetData></worksheet>' % (
        ns, "".join(rows))
    sst = '<?xml version="1.0"?><sst %s>%s</sst>' % (
        ns, "".join("<si><t>%s</t></si>" % esc(s) for s in shared))
    styles = ('<?xml version="1.0"?><styleSheet %s><numFmts><numFmt numFmtId="164" '
              'formatCode="mm/dd/yyyy"/></numFmts><cellXfs><xf numFmtId="0"/>'
              '<xf numFmtId="164"/></cellXfs></styleSheet>' % ns)
    wb = ('<?xml version="1.0"?><workbook %s xmlns:r="http://schemas.openxmlformats.org/'
          'officeDocument/2006/relationships"><sheets><sheet name="GCDF_3.0" sheetId="1" '
          'r:id="rId1"/></sheets></workbook>' % ns)
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" '
            'Target="worksheets/sheet1.xml"/></Relationships>')
    path = os.path.join(HERE, "corpus", "fuzz-xlsx", "inline" if inline else "shared")
    tmp = path + ".zip"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        writestr(z, "xl/workbook.xml", wb)
        writestr(z, "xl/_rels/workbook.xml.rels", rels)
        writestr(z, "xl/worksheets/sheet1.xml", sheet)
        writestr(z, "xl/styles.xml", styles)
        if not inline:
            writestr(z, "xl/sharedStrings.xml", sst)
    with open(tmp, "rb") as f:
        body = f.read()
    os.unlink(tmp)
    with open(path, "wb") as f:
        f.write(b"\x00" + body)


def gdelt_line(n, eid, day, a1, a2, code, articles, url):
    f = [""] * n
    f[0], f[1], f[5], f[7], f[15], f[17] = eid, day, a1, a1, a2, a2
    f[26] = f[27] = code
    f[28] = code[:2]
    f[31], f[32], f[33] = "3", "1", articles
    if n != 57:
        f[n - 1] = url
    return "\t".join(f) + "\n"


def gdelt():
    d = os.path.join(HERE, "corpus", "fuzz-gdelt")
    seeds = {
        "v2": [gdelt_line(61, "1", "20191024", "BRA", "CHN", "042", "3", "https://g.example/1"),
               gdelt_line(61, "2", "20191024", "CHN", "BRA", "043", "2", "https://g.example/2"),
               gdelt_line(61, "3", "20191023", "ROM", "CHN", "057", "7", "https://g.example/3")],
        "v1": [gdelt_line(58, "4", "20160728", "CHN", "PAK", "036", "1", "https://g.example/4"),
               gdelt_line(57, "5", "19790101", "CHN", "USA", "046", "1", "")],
    }
    for name, lines in seeds.items():
        with open(os.path.join(d, name), "wb") as f:
            f.write(b"\x01" + "".join(lines).encode())
    # v2 zipped, as GDELT publishes its files (20191024.export.CSV.zip):
    # the importer reads a file starting with PK\3\4 as a zip archive.
    tmp = os.path.join(d, "v2-zip.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        writestr(z, "20191024.export.CSV", "".join(seeds["v2"]))
    with open(tmp, "rb") as f:
        body = f.read()
    os.unlink(tmp)
    with open(os.path.join(d, "v2-zip"), "wb") as f:
        f.write(b"\x01" + body)


if __name__ == "__main__":
    for t in ("fuzz-xlsx", "fuzz-gdelt"):
        os.makedirs(os.path.join(HERE, "corpus", t), exist_ok=True)
    workbook(False)
    workbook(True)
    gdelt()
