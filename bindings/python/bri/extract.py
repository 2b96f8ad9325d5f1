"""bri.extract — relations proposed from Chinese news text (bri/extract.h).

    >>> ex = bri.Extractor()                       # the bundled graph and rules
    >>> res = ex.extract("6月5日,中国同吉尔吉斯斯坦举行会谈。", date="2024-06")
    >>> [(r.kind, r.from_id, r.to_id, r.date) for r in res.relations]
    [('met', 'country:CN', 'country:KG', '2024-06-05')]
    >>> res.save("out")                            # a data set directory
    >>> g = bri.load("out")                        # on top of the bundled data

A result is a snapshot: its relations, proposed entities and candidates are
plain named tuples, independent of the C result's lifetime. Evidence is
always a verbatim substring of the input, in the input's own script.
"""
import os
from collections import namedtuple
from typing import Any, List, Optional

from ._ffi import encode, ffi, lib, text
from .errors import GErrorBox
from .graph import Graph, _attributes, _bundled_root, _date, load, parse_date

ProposedRelation = namedtuple(
    "ProposedRelation",
    "kind from_id to_id date end_date title sector via_id event weight source "
    "evidence confidence rule attributes")
ProposedRelation.__doc__ = """A relation the text states: the fields of a
relation (``date``/``end_date`` as 'YYYY[-MM[-DD]]' strings or None,
``weight``/``confidence`` None when unset), ``rule`` (the id of the rule of
data/rules/extract-rules.csv that produced it) and the other
``attributes`` as a dict."""

ProposedEntity = namedtuple("ProposedEntity", "id kind name name_zh aliases parent_id")
ProposedEntity.__doc__ = """An entity the text names and the data set lacks
(a city, port, zone or event), used by a proposed relation: its id
(``<kind>:<Simplified name>``), kind, names, aliases (the input's
spelling, a longer form) and parent id (or None)."""

Candidate = namedtuple("Candidate", "name sentence source reason")
Candidate.__doc__ = """A name that looks like an entity but was not
proposed: the name and its sentence (verbatim), the source id, and the
reason (None for a name that matches no rule's need)."""

Comparison = namedtuple("Comparison", "status existing")
Comparison.__doc__ = """How a proposal compares with a graph: ``status``
is 'new', 'present' (a relation of the same kind between the same
entities whose date agrees) or 'conflicting' (such relations exist, none
whose date agrees); ``existing`` the graph's bri.Relation it agrees or
conflicts with, None when new."""


def _relation(ptr: Any) -> "ProposedRelation":
    attrs = _attributes(ptr, lib.bri_relation_get_n_attributes,
                        lib.bri_relation_get_attribute_name,
                        lib.bri_relation_get_attribute_value)
    rule = attrs.pop("rule", None)
    return ProposedRelation(
        text(lib.bri_relation_get_kind(ptr)), text(lib.bri_relation_get_from_id(ptr)),
        text(lib.bri_relation_get_to_id(ptr)), _date(lib.bri_relation_get_date(ptr)),
        _date(lib.bri_relation_get_end_date(ptr)), text(lib.bri_relation_get_title(ptr)),
        text(lib.bri_relation_get_sector(ptr)), text(lib.bri_relation_get_via_id(ptr)),
        text(lib.bri_relation_get_event(ptr)),
        lib.bri_relation_get_weight(ptr) if lib.bri_relation_has_weight(ptr) else None,
        text(lib.bri_relation_get_source(ptr)), text(lib.bri_relation_get_evidence(ptr)),
        lib.bri_relation_get_confidence(ptr) if lib.bri_relation_has_confidence(ptr) else None,
        rule, attrs)


def _entity(ptr: Any) -> "ProposedEntity":
    aliases = tuple(text(lib.bri_entity_get_alias(ptr, i))
                    for i in range(lib.bri_entity_get_n_aliases(ptr)))
    return ProposedEntity(text(lib.bri_entity_get_id(ptr)), text(lib.bri_entity_get_kind(ptr)),
                          text(lib.bri_entity_get_name(ptr)),
                          text(lib.bri_entity_get_name_zh(ptr)), aliases,
                          text(lib.bri_entity_get_parent_id(ptr)))


class ExtractResult:
    """What one or more texts propose: ``relations`` (ProposedRelation),
    ``entities`` (ProposedEntity: those the relations use) and
    ``candidates`` (Candidate). ``len(result)`` is the number of
    relations. ``save(dir)`` writes a data set directory that loads on top
    of the extractor's graph; ``compare(graph)`` classifies each proposal
    against an existing graph; ``merge(other)`` adds another result."""

    __slots__ = ("_ptr", "relations", "entities", "candidates")

    def __init__(self, ptr: Any = None) -> None:
        if ptr is None:
            ptr = lib.bri_extract_result_new()
        self._ptr = ffi.gc(ptr, lib.bri_extract_result_free)
        self._snapshot()

    def _snapshot(self) -> None:
        p = self._ptr
        self.relations = [_relation(lib.bri_extract_result_get_relation(p, i))
                          for i in range(lib.bri_extract_result_get_n_relations(p))]
        self.entities = [_entity(lib.bri_extract_result_get_entity(p, i))
                         for i in range(lib.bri_extract_result_get_n_entities(p))]
        self.candidates = [
            Candidate(text(lib.bri_extract_result_get_candidate_name(p, i)),
                      text(lib.bri_extract_result_get_candidate_sentence(p, i)),
                      text(lib.bri_extract_result_get_candidate_source(p, i)),
                      text(lib.bri_extract_result_get_candidate_reason(p, i)))
            for i in range(lib.bri_extract_result_get_n_candidates(p))]

    def __len__(self) -> int:
        return len(self.relations)

    def __repr__(self) -> str:
        return "<bri.ExtractResult %d relations, %d proposed entities, %d candidates>" % (
            len(self.relations), len(self.entities), len(self.candidates))

    def merge(self, other: "ExtractResult") -> "ExtractResult":
        """Appends copies of ``other``'s relations and candidates."""
        if not isinstance(other, ExtractResult):
            raise TypeError("merge() takes an ExtractResult, not %s" % type(other).__name__)
        lib.bri_extract_result_merge(self._ptr, other._ptr)
        self._snapshot()
        return self

    def save(self, path: Any) -> None:
        """Writes relations.csv, entities.csv, sources.csv and
        candidates.csv into the existing directory ``path`` (each replaced
        whole). Raises FileError."""
        err = GErrorBox()
        if not lib.bri_extract_result_save(self._ptr, encode(os.fsdecode(path), "path"),
                                           err.ptr):
            err.fail()

    def compare(self, graph: Graph) -> List["Comparison"]:
        """A list of Comparison, one per relation (same order), against
        ``graph`` (a bri.Graph). Source, title and evidence play no part."""
        if not isinstance(graph, Graph):
            raise TypeError("compare() takes a bri.Graph, not %s" % type(graph).__name__)
        from .graph import Relation
        cmp = ffi.gc(lib.bri_extract_result_compare(self._ptr, graph._ptr),
                     lib.bri_extract_comparison_free)
        out: List[Comparison] = []
        for i in range(len(self.relations)):
            status = text(lib.bri_extract_status_to_string(
                lib.bri_extract_comparison_get_status(cmp, i)))
            ex = lib.bri_extract_comparison_get_existing(cmp, i)
            out.append(Comparison(status, None if ex == ffi.NULL else Relation(graph, ex)))
        return out


class Extractor:
    """Proposes relations from Chinese text (Traditional or Simplified).

    ``graph``: the bri.Graph whose entities are matched (default: the
    bundled data, ``bri.load()``); do not add entities to it while the
    extractor lives. ``rules``: a rules CSV file (default: the bundled
    data/rules/extract-rules.csv, beside the bundled data). Raises
    DataError (with file, line, column) for a bad rules file, FileError
    when it cannot be read.
    """

    __slots__ = ("_ptr", "graph")

    def __init__(self, graph: Optional[Graph] = None, rules: Any = None) -> None:
        if graph is None:
            graph = load()
        if not isinstance(graph, Graph):
            raise TypeError("graph must be a bri.Graph, not %s" % type(graph).__name__)
        if rules is None:
            rules = os.path.join(_bundled_root(), "rules", "extract-rules.csv")
        err = GErrorBox()
        ptr = lib.bri_extractor_new(graph._ptr, encode(os.fsdecode(rules), "rules"), err.ptr)
        if ptr == ffi.NULL:
            err.fail()
        self._ptr = ffi.gc(ptr, lib.bri_extractor_free)
        self.graph = graph   # the C extractor keeps a reference; this keeps the Python one

    @property
    def n_rules(self) -> int:
        """The number of rules loaded."""
        return lib.bri_extractor_get_n_rules(self._ptr)

    def extract(self, text_: str, date: Any = None,
                source: Optional[str] = None) -> ExtractResult:
        """Relations proposed from ``text_`` (str). ``date``: the
        document's date or period ('2024-06', a datetime.date), against
        which 6月5日 or 本月 resolve; None when unknown (then only dates
        with a year resolve). ``source``: the source id written into each
        relation. An empty text gives an empty result. Raises ParseError
        for text with NUL or other control characters."""
        b = encode(text_, "text") if isinstance(text_, str) else None
        if b is None:
            raise TypeError("text must be a str, not %s" % type(text_).__name__)
        err = GErrorBox()
        ptr = lib.bri_extract_text(self._ptr, b, len(b), parse_date(date),
                                   ffi.NULL if source is None else encode(source, "source"),
                                   err.ptr)
        if ptr == ffi.NULL:
            err.fail()
        return ExtractResult(ptr)

    def extract_file(self, path: Any, date: Any = None,
                     source: Optional[str] = None) -> ExtractResult:
        """As extract(), for a file: when ``date`` is None, the date of the
        graph's source for that file, else 8 digits (YYYYMMDD) in its name;
        when ``source`` is None, that source's id, else the file's name
        without extension. Raises FileError, ParseError (naming the file,
        line and column)."""
        err = GErrorBox()
        ptr = lib.bri_extract_file(self._ptr, encode(os.fsdecode(path), "path"),
                                   parse_date(date),
                                   ffi.NULL if source is None else encode(source, "source"),
                                   err.ptr)
        if ptr == ffi.NULL:
            err.fail()
        return ExtractResult(ptr)


def extract(text_: str, date: Any = None, source: Optional[str] = None,
            graph: Optional[Graph] = None) -> ExtractResult:
    """``Extractor(graph).extract(text_, date, source)``: one-off use. Build
    an Extractor once for many texts (it indexes every name of the graph)."""
    return Extractor(graph).extract(text_, date, source)
