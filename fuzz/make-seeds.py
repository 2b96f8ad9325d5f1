#!/usr/bin/env python3
"""fuzz/make-seeds.py — (re)writes the seed corpora fuzz/corpus/<target>/
from tests/data and data/ (small inputs only). Run from the repository
root: python3 fuzz/make-seeds.py. The input format of fuzz-load,
fuzz-roundtrip and fuzz-view is described in fuzz/fuzz-common.h."""
import hashlib, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'fuzz', 'corpus')
FILES = ['kinds.csv', 'sources.csv', 'entities.csv', 'relations.csv',
         '.bri-journal', '.entities.csv.FUZZ01']


def put(target, data):
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(d, name), 'wb') as f:
        f.write(data)


def data_set(files, base=False):
    """files: {name: bytes}. One input in the fuzz-common.h format."""
    mask = 0x40 if base else 0
    segs = []
    for i, name in enumerate(FILES):
        if name in files:
            mask |= 1 << i
            segs.append(files[name])
        else:
            segs.append(b'')
    while segs and segs[-1] == b'':
        segs.pop()
    return bytes([mask]) + b'\xff'.join(segs)


def main():
    csv = os.path.join(ROOT, 'tests', 'data', 'csv')
    for group in ('valid', 'invalid'):
        for case in sorted(os.listdir(os.path.join(csv, group))):
            d = os.path.join(csv, group, case)
            files = {}
            for name in FILES[:4]:
                p = os.path.join(d, name)
                if os.path.isfile(p) and os.path.getsize(p) <= 8192:
                    files[name] = open(p, 'rb').read()
            if not files:
                continue
            inp = data_set(files)
            put('fuzz-load', inp)
            if group == 'valid':
                put('fuzz-roundtrip', inp)
                put('fuzz-view', inp)
                put('fuzz-view', bytes([inp[0] | 0x80]) + inp[1:])
                put('fuzz-view', data_set(files, base=True))
                put('fuzz-load', bytes([inp[0] | 0x80]) + inp[1:])
                put('fuzz-load', data_set(files, base=True))
                put('fuzz-roundtrip', data_set(files, base=True))
    # On top of the base graph (fuzz-common.h): references to its entities.
    rel = (b'kind,from,to,date,via,weight,confidence,extra\n'
           b'met,country:CN,country:LA,2024-06,city:kunming,3,0.5,x\n'
           b'supplied,city:kunming,forum:expo,2024-06-01,,0.1,1,\n')
    for t in ('fuzz-load', 'fuzz-roundtrip', 'fuzz-view'):
        put(t, data_set({'relations.csv': rel}, base=True))
    # A committed save still under its temporary name (journal.c).
    ent = b'id,kind,name,aliases\ncountry:KZ,country,Kazakhstan,KZ|\xe5\x93\x88\xe8\x90\xa8\xe5\x85\x8b\xe6\x96\xaf\xe5\x9d\xa6\n'
    put('fuzz-load', data_set({'entities.csv': b'id,kind,name\nold,country,Old\n',
                               '.bri-journal': b'.entities.csv.FUZZ01\tentities.csv\n',
                               '.entities.csv.FUZZ01': ent}))

    for text in ['2024', '2024-06', '2024-06-27', '2024-02-29', '2023-02-29',
                 '2024-13-01', '0000', '0001-01-01', '9999-12-31', '2024-6',
                 '2024/06/01', ' 2024', '2024-06-31',
                 '2024-06 2024-07 2024 2025-01-01', '2023 2024-02 2024-02-29 2024-03',
                 '2024-06-27  2024-01 2024-12-31']:
        put('fuzz-date', text.encode())

    for name in ['Laos', 'LAOS', ' laos ', '老撾', '老挝', '中華人民共和國', '中方',
                 'country:LA', 'Kunming', '昆明市', '雲南', 'ＬＡＯＳ', 'Straße',
                 'ﬁ', 'Lao PDR', 'China-South Asia Expo', '中国—南亚博览会', 'Yunan',
                 '\u3000老挝', 'Laos\u00a0', '\u2003LAOS\u3000']:
        put('fuzz-find', name.encode())

    # Extractor: each paragraph of the test texts and of the bundled
    # bulletins, behind a byte choosing the document date (2024-06).
    texts = [os.path.join(ROOT, 'tests', 'data', 'extract', f)
             for f in sorted(os.listdir(os.path.join(ROOT, 'tests', 'data', 'extract')))]
    seeds = os.path.join(ROOT, 'data', 'seeds')
    texts += [os.path.join(seeds, f) for f in sorted(os.listdir(seeds)) if f.endswith('.txt')]
    for path in texts:
        if not os.path.isfile(path):
            continue
        raw = open(path, 'rb').read()
        for para in re.split(rb'\n\s*\n', raw):
            para = para.strip()
            if 40 <= len(para) <= 4096:
                put('fuzz-extract', b'\x02' + para)


if __name__ == '__main__':
    sys.exit(main())
