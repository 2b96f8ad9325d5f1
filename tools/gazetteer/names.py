"""Which names an entity of the gazetteer may carry (tools/gen-gazetteer.py).

What it owns: the rule that keeps "no string names two entities" true,
also after OpenCC Traditional->Simplified conversion, as the library
compares names.  Entities are resolved in tiers, most important first:

  0. countries, provinces, groups and every hand-kept alias (fixed);
  1. border ports (hand-kept table);
  2. Chinese prefecture-level cities;
  3. world cities (capitals, CLDR exemplar cities);
  4. Chinese county-level divisions.

Each entity of a tier offers candidate strings in order of preference:
Chinese `zh` (short form, full form) with a qualified fallback (北京市朝阳区),
English `en` (plain) with a qualified fallback ("Chaoyang, Beijing").  A
candidate is usable when no earlier tier holds it and no other entity of
the same tier offers it (compared with norm(t2s(s))).  A string two
entities of one tier offer is given to neither and stays blocked for the
later tiers, so an ambiguous short form never silently names one of them.
name_zh and name are the first usable candidate; aliases are the other
usable primary candidates and the Traditional forms (OpenCC s2t).  Every
string that is not used is reported on stderr with the reason.
"""

from common import die, norm, note, opencc


class Candidate:
    """One entity before its names are chosen.  zh/en: primary candidates
    in order of preference (None entries are skipped); zh_fallback,
    en_fallback: the qualified forms used only when no primary is usable;
    row: the other columns (id, kind, code, parent, ...)."""

    def __init__(self, row, zh, en, zh_fallback, en_fallback, short_min=2):
        self.row = row
        self.id = row["id"]
        self.zh = [s for s in zh if s]
        self.en = [s for s in en if s]
        # qualified forms, tried in order when no primary is usable
        self.zh_fallback = zh_fallback if isinstance(zh_fallback, list) else [zh_fallback]
        self.en_fallback = en_fallback if isinstance(en_fallback, list) else [en_fallback]
        # A short form (zh[0] of a division) shorter than short_min
        # characters is never a name or alias (沛县 -> 沛).
        self.short_min = short_min


class Resolver:
    def __init__(self):
        self.owner = {}        # key -> id, or None for a blocked (ambiguous) string
        self.dropped = []      # (id, string, reason)

    def key(self, s):
        return norm(self.t2s.get(s, s))

    def reserve(self, eid, strings, t2s):
        """Tier 0: strings that already name `eid`."""
        for s in strings:
            k = norm(t2s.get(s, s))
            if self.owner.get(k, eid) != eid:
                # The existing generator reports such duplicates itself.
                continue
            self.owner[k] = eid

    def resolve(self, tier_name, cands):
        """Choose the names of every candidate of one tier; returns the rows
        (dicts with name, name_zh, aliases filled)."""
        zh_all = set()
        for c in cands:
            zh_all.update(c.zh)
            zh_all.update(c.zh_fallback)
        s2t = opencc("s2t.json", zh_all)
        everything = set()
        for c in cands:
            for s in c.zh + c.zh_fallback:
                everything.update((s, s2t[s]))
            everything.update(c.en + c.en_fallback)
        self.t2s = opencc("t2s.json", everything)

        def offered(c):
            out = []
            for s in c.zh + c.zh_fallback:
                out += [s, s2t[s]]
            return out + c.en + c.en_fallback

        claims = {}
        for c in cands:
            for s in offered(c):
                claims.setdefault(self.key(s), set()).add(c.id)

        def why_not(c, s):
            k = self.key(s)
            if k in self.owner:
                o = self.owner[k]
                return None if o == c.id else ("already names %s" % o if o else "ambiguous in an earlier tier")
            if claims[k] != {c.id}:
                return "shared by %d %s: %s" % (len(claims[k]), tier_name,
                                                " ".join(sorted(claims[k])[:6]) + (" …" if len(claims[k]) > 6 else ""))
            return None

        rows = []
        newly = {}
        for c in cands:
            usable_zh = []
            for i, s in enumerate(c.zh):
                if i == 0 and len(c.zh) > 1 and len(s) < c.short_min:
                    self.dropped.append((c.id, s, "%d character(s): too short to be a name" % len(s)))
                    continue
                r = why_not(c, s)
                if r:
                    self.dropped.append((c.id, s, r))
                else:
                    usable_zh.append(s)
            usable_en = []
            for s in c.en:
                r = why_not(c, s)
                if r:
                    self.dropped.append((c.id, s, r))
                else:
                    usable_en.append(s)
            if not usable_zh:
                usable_zh = [next((f for f in c.zh_fallback if why_not(c, f) is None), None)]
                if usable_zh[0] is None:
                    die("%s: no qualified name is unique: %s" % (c.id, ", ".join(c.zh_fallback)))
            if not usable_en:
                usable_en = [next((f for f in c.en_fallback if why_not(c, f) is None), None)]
                if usable_en[0] is None:
                    die("%s: no qualified name is unique: %s" % (c.id, ", ".join(c.en_fallback)))
            aliases = []
            for s in usable_zh:
                t = s2t[s]
                if why_not(c, t) is None:
                    aliases.append(t)
            aliases = usable_zh[1:] + aliases + usable_en[1:]
            row = dict(c.row)
            row["name_zh"] = usable_zh[0]
            row["name"] = usable_en[0]
            row["aliases"] = aliases
            rows.append(row)
            for s in [row["name"], row["name_zh"]] + aliases:
                newly[self.key(s)] = c.id
        # What this tier uses is taken; what it found ambiguous is blocked.
        for k, ids in claims.items():
            if k in self.owner:
                continue
            if len(ids) > 1:
                self.owner[k] = None
            elif k in newly:
                self.owner[k] = newly[k]
        return rows

    def report(self):
        """One stderr line per string not used, grouped by reason."""
        for eid, s, reason in sorted(self.dropped):
            note("%s: %s not used: %s" % (eid, s, reason))
        return len(self.dropped)
