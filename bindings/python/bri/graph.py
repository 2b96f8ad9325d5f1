"""bri.graph — Graph, Entity, Relation, Source and Kind over libbri's BriGraph.

A ``Graph`` owns one reference on a C ``BriGraph`` (released by ffi.gc when
the Graph is collected). Every Entity, Relation, Source or Kind holds the
Python Graph it came from, so the C memory it points into lives as long as
it does, whatever order Python drops things in. A graph only grows, so
these borrowed pointers never dangle while their graph lives.
"""
import datetime
import os
import typing
from typing import Any, Dict, Iterable, Iterator, List, NamedTuple, Optional, Tuple, Union

from ._ffi import encode, ffi, lib, owned_text, text, text_nn
from .errors import DataWarning, GErrorBox
from .export import write

if typing.TYPE_CHECKING:
    from .view import Period, View

BUNDLED_DIRS = ("gazetteer", "seeds", "bri")

# Type aliases of the public API's arguments.
PathLike = Union[str, bytes, os.PathLike]
#: one data set directory, or several loaded in order
Paths = Union[PathLike, Iterable[PathLike]]
#: "YYYY", "YYYY-MM", "YYYY-MM-DD", a datetime.date, or None (unset)
DateLike = Union[str, datetime.date, None]
#: names: None (all), one name, "a,b" as the command line takes them, or a list
Names = Union[str, Iterable[str], None]
#: None (every edge counts 1), "strength" (length 1/weight), "raw" (length = weight)
Weights = Union[str, bool, None]


class GraphSummary(NamedTuple):
    """What a graph holds (``Graph.summary()``, what ``bri info`` prints):
    totals; entities and relations by kind (kinds in byte order); the date
    span of the relations as full dates ('YYYY-MM-DD': the first day of the
    earliest date, the last day of the latest end date or date), None when
    no relation is dated; the undated relations; and the relations citing
    each source (in the graph's order, sources without any included)."""

    entities: int
    relations: int
    sources: int
    entities_by_kind: Dict[str, int]
    relations_by_kind: Dict[str, int]
    first_date: Optional[str]
    last_date: Optional[str]
    undated_relations: int
    relations_by_source: Dict[str, int]


def _date(d: Any) -> Optional[str]:
    """A BriDate as 'YYYY', 'YYYY-MM', 'YYYY-MM-DD', or None when unset."""
    if d.year == 0:
        return None
    return owned_text(lib.bri_date_to_string(d))


def parse_date(value: DateLike) -> Any:
    """'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (or None) as a BriDate value."""
    d = ffi.new("BriDate *")
    if value is None:
        return d[0]
    if hasattr(value, "isoformat"):  # datetime.date
        value = value.isoformat()[:10]
    err = GErrorBox()
    if not lib.bri_date_parse(encode(str(value), "date"), d, err.ptr):
        err.fail()
    return d[0]


def _span_of(date: Optional[str], end_date: Optional[str]
             ) -> Tuple[Optional[str], Optional[str], Optional[str]]:
    """(first day, last day, precision) of a relation's partial dates as
    ('YYYY-MM-DD', 'YYYY-MM-DD', 'year'|'month'|'day'); Nones when undated."""
    import calendar
    if not date:
        return None, None, None
    parts = [int(x) for x in date.split("-")]
    precision = ("year", "month", "day")[len(parts) - 1]
    first = "%04d-%02d-%02d" % (parts[0], parts[1] if len(parts) > 1 else 1,
                                parts[2] if len(parts) > 2 else 1)
    last_parts = [int(x) for x in (end_date or date).split("-")]
    y, m = last_parts[0], last_parts[1] if len(last_parts) > 1 else 12
    d = last_parts[2] if len(last_parts) > 2 else calendar.monthrange(y, m)[1]
    return first, "%04d-%02d-%02d" % (y, m, d), precision


def _attributes(ptr: Any, n_fn: Any, name_fn: Any, value_fn: Any) -> Dict[str, str]:
    return {text_nn(name_fn(ptr, i)): text_nn(value_fn(ptr, i)) for i in range(n_fn(ptr))}


class _Borrowed:
    """Something that lives inside a graph: keeps the Graph alive."""

    __slots__ = ("_graph", "_ptr")

    def __init__(self, graph: "Graph", ptr: Any) -> None:
        self._graph = graph
        self._ptr = ptr

    @property
    def graph(self) -> "Graph":
        return self._graph


class Entity(_Borrowed):
    """An entity (a node): id, kind, name, name_zh, code, parent, aliases,
    attributes. Entities compare and hash by id."""

    __slots__ = ()

    id = property(lambda self: text(lib.bri_entity_get_id(self._ptr)))
    kind = property(lambda self: text(lib.bri_entity_get_kind(self._ptr)))
    name = property(lambda self: text(lib.bri_entity_get_name(self._ptr)))
    name_zh = property(lambda self: text(lib.bri_entity_get_name_zh(self._ptr)))
    code = property(lambda self: text(lib.bri_entity_get_code(self._ptr)))
    parent_id = property(lambda self: text(lib.bri_entity_get_parent_id(self._ptr)))

    @property
    def parent(self) -> Optional["Entity"]:
        """The parent Entity, or None."""
        pid = self.parent_id
        return None if pid is None else self._graph[pid]

    @property
    def aliases(self) -> List[str]:
        p = self._ptr
        return [text_nn(lib.bri_entity_get_alias(p, i))
                for i in range(lib.bri_entity_get_n_aliases(p))]

    @property
    def attributes(self) -> Dict[str, str]:
        """Extra columns of entities.csv, as a new dict of str → str."""
        return _attributes(self._ptr, lib.bri_entity_get_n_attributes,
                           lib.bri_entity_get_attribute_name,
                           lib.bri_entity_get_attribute_value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Entity) and self.id == other.id

    def __hash__(self) -> int:
        return hash(("bri.Entity", self.id))

    def __repr__(self) -> str:
        return "<bri.Entity %s %s %r>" % (self.id, self.kind, self.name)

    def __str__(self) -> str:
        zh = self.name_zh
        return "%s (%s%s)" % (self.id, self.name, ", " + zh if zh else "")


class Relation(_Borrowed):
    """A relation (a sourced assertion): kind, from_id/to_id (and the
    entities source/target), date, end_date, title, sector, via, event,
    weight, source, evidence, confidence, attributes. Relations compare by
    identity within their graph (they have no id: ``index`` is their
    position in the graph)."""

    __slots__ = ("index",)

    def __init__(self, graph: "Graph", ptr: Any, index: Optional[int] = None) -> None:
        super().__init__(graph, ptr)
        self.index = index

    kind = property(lambda self: text(lib.bri_relation_get_kind(self._ptr)))
    from_id = property(lambda self: text(lib.bri_relation_get_from_id(self._ptr)))
    to_id = property(lambda self: text(lib.bri_relation_get_to_id(self._ptr)))
    via_id = property(lambda self: text(lib.bri_relation_get_via_id(self._ptr)))
    date = property(lambda self: _date(lib.bri_relation_get_date(self._ptr)))
    end_date = property(lambda self: _date(lib.bri_relation_get_end_date(self._ptr)))
    title = property(lambda self: text(lib.bri_relation_get_title(self._ptr)))
    sector = property(lambda self: text(lib.bri_relation_get_sector(self._ptr)))
    event = property(lambda self: text(lib.bri_relation_get_event(self._ptr)))
    source = property(lambda self: text(lib.bri_relation_get_source(self._ptr)))
    evidence = property(lambda self: text(lib.bri_relation_get_evidence(self._ptr)))
    weight = property(lambda self: lib.bri_relation_get_weight(self._ptr))
    has_weight = property(lambda self: bool(lib.bri_relation_has_weight(self._ptr)))
    confidence = property(lambda self: lib.bri_relation_get_confidence(self._ptr))
    has_confidence = property(lambda self: bool(lib.bri_relation_has_confidence(self._ptr)))

    @property
    def from_entity(self) -> "Entity":
        return self._graph[self.from_id]

    @property
    def to_entity(self) -> "Entity":
        return self._graph[self.to_id]

    @property
    def via(self) -> Optional["Entity"]:
        vid = self.via_id
        return None if vid is None else self._graph[vid]

    @property
    def directed(self) -> bool:
        return self._graph.kind(self.kind).directed

    @property
    def attributes(self) -> Dict[str, str]:
        return _attributes(self._ptr, lib.bri_relation_get_n_attributes,
                           lib.bri_relation_get_attribute_name,
                           lib.bri_relation_get_attribute_value)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Relation) and self._ptr == other._ptr)

    def __hash__(self) -> int:
        return hash(("bri.Relation", int(ffi.cast("uintptr_t", self._ptr))))

    def __repr__(self) -> str:
        return "<bri.Relation %s %s %s %s%s>" % (
            self.kind, self.from_id, "->" if self.directed else "--", self.to_id,
            " " + self.date if self.date else "")

    def __str__(self) -> str:
        s = "%s %s %s" % (self.from_id, self.kind, self.to_id)
        if self.date:
            s += " (%s)" % self.date
        if self.source:
            s += " [%s]" % self.source
        return s


class Source(_Borrowed):
    """A source document: id, title, publisher, date, url, language, file."""

    __slots__ = ()

    id = property(lambda self: text(lib.bri_source_get_id(self._ptr)))
    title = property(lambda self: text(lib.bri_source_get_title(self._ptr)))
    publisher = property(lambda self: text(lib.bri_source_get_publisher(self._ptr)))
    date = property(lambda self: _date(lib.bri_source_get_date(self._ptr)))
    url = property(lambda self: text(lib.bri_source_get_url(self._ptr)))
    language = property(lambda self: text(lib.bri_source_get_language(self._ptr)))
    file = property(lambda self: text(lib.bri_source_get_file(self._ptr)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Source) and self.id == other.id

    def __hash__(self) -> int:
        return hash(("bri.Source", self.id))

    def __repr__(self) -> str:
        return "<bri.Source %s %r>" % (self.id, self.title)


class Kind(_Borrowed):
    """A relation kind: name, directed, description, builtin."""

    __slots__ = ()

    name = property(lambda self: text(lib.bri_kind_get_name(self._ptr)))
    directed = property(lambda self: bool(lib.bri_kind_is_directed(self._ptr)))
    description = property(lambda self: text(lib.bri_kind_get_description(self._ptr)))
    builtin = property(lambda self: bool(lib.bri_kind_is_builtin(self._ptr)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Kind) and self.name == other.name

    def __hash__(self) -> int:
        return hash(("bri.Kind", self.name))

    def __repr__(self) -> str:
        return "<bri.Kind %s %s>" % (self.name, "directed" if self.directed else "undirected")


# bundled= values: BriBundled (bri/io.h).
_BUNDLED = {"all": 3, "gazetteer": 1, "none": 0}


def _bundled_root() -> str:
    """$BRI_DATA, else the installed data ($(pkgdatadir), written into
    bri/_config.py by make install), else the source tree's data/
    (uninstalled package)."""
    root = os.environ.get("BRI_DATA")
    if root:
        return root
    try:
        from ._config import PKGDATADIR  # written by make install, setup.py
        return PKGDATADIR
    except ImportError:
        here = os.path.dirname(os.path.abspath(__file__))
        return os.path.normpath(os.path.join(here, "..", "..", "..", "data"))


def bundled_data_dirs(bundled: str = "all") -> List[str]:
    """The bundled data set directories to load, in order (``bundled``
    "all", "gazetteer" or "none"): for "all" the
    gazetteer (countries, provinces), the bulletins (sources) and the
    curated relations; for "gazetteer" the first only; for "none" none.
    Found under $BRI_DATA, else the installed data, else the source tree.
    Raises: ValueError for another value, FileError when one is missing."""
    if bundled not in _BUNDLED:
        raise ValueError("bundled=%r: expected 'all', 'gazetteer' or 'none'" % (bundled,))
    err = GErrorBox()
    dirs = lib.bri_data_dirs(encode(_bundled_root(), "path"), _BUNDLED[bundled], err.ptr)
    if dirs == ffi.NULL:
        err.fail()
    try:
        out = []
        i = 0
        while dirs[i] != ffi.NULL:
            out.append(os.fsdecode(ffi.string(dirs[i])))
            i += 1
        return out
    finally:
        lib.g_strfreev(dirs)


def _paths(path: Paths) -> List[str]:
    if isinstance(path, (str, bytes, os.PathLike)):
        return [os.fsdecode(path)]
    paths = [os.fsdecode(p) for p in path]
    if not paths:
        raise ValueError("no data set directory given")
    return paths


def load(path: Optional[Paths] = None, bundled: str = "all") -> "Graph":
    """Loads data set directories into a new Graph, all or nothing.

    ``path``: a directory or a list of directories (loaded in order, so
    later ones may refer to the entities of earlier ones), loaded on top of
    the bundled data; None for the bundled data alone.
    ``bundled``: which bundled data comes first: "all" (default: the
    gazetteer's countries and provinces, the bulletins and the curated
    relations), "gazetteer" (countries and provinces only, so a data set
    may refer to ``country:KZ`` without the curated relations) or "none".
    A directory given twice (or one of the bundled ones) is loaded once.
    Warnings of the load (a name shared by two entities) are issued as
    ``bri.DataWarning``.
    Raises: DataError (with file, line, column), FileError, NotFoundError,
    ValueError for an unknown ``bundled``.
    """
    dirs = bundled_data_dirs(bundled)
    seen = {os.path.realpath(d) for d in dirs}
    for d in ([] if path is None else _paths(path)):
        if os.path.realpath(d) not in seen:
            seen.add(os.path.realpath(d))
            dirs.append(d)
    g = Graph()
    for d in dirs:
        g._load_one(d, stacklevel=3)
    return g


class Graph:
    """The knowledge graph: entities, relations, sources and kinds.

    ``len(graph)`` is the number of entities; ``graph[id]`` the entity with
    that id (KeyError otherwise); ``name in graph`` tests ids.
    """

    __slots__ = ("_ptr", "__weakref__")
    _ptr: Any

    def __init__(self) -> None:
        self._ptr = ffi.gc(lib.bri_graph_new(), lib.bri_graph_unref)

    @classmethod
    def _wrap(cls, ptr: Any) -> "Graph":
        self = cls.__new__(cls)
        self._ptr = ffi.gc(ptr, lib.bri_graph_unref)
        return self

    # -- loading and saving ------------------------------------------------
    def load(self, path: Paths) -> "Graph":
        """Adds one or more data set directories, each all or nothing;
        its warnings are issued as ``bri.DataWarning``."""
        for d in _paths(path):
            self._load_one(d, stacklevel=3)
        return self

    def _load_one(self, d: str, stacklevel: int) -> None:
        err = GErrorBox()
        warnings_out = ffi.new("GPtrArray **")
        if not lib.bri_graph_load_dir_full(self._ptr, encode(d, "path"), warnings_out,
                                           err.ptr):
            err.fail()
        found = warnings_out[0]
        try:
            messages = [owned_text(lib.bri_problem_to_string(found.pdata[i]))
                        for i in range(found.len)]
        finally:
            lib.g_ptr_array_unref(found)
        if messages:
            import warnings
            for m in messages:
                warnings.warn(DataWarning(str(m)), stacklevel=stacklevel)

    def save(self, path: PathLike) -> None:
        """Writes the graph as CSV files into the existing directory ``path``."""
        err = GErrorBox()
        if not lib.bri_graph_save_dir(self._ptr, encode(os.fsdecode(path), "path"), err.ptr):
            err.fail()

    # -- summary ---------------------------------------------------------------
    def summary(self) -> GraphSummary:
        """Counts what the graph holds, in C (bri_graph_summarize()); see
        GraphSummary. ``bri info`` prints the same numbers."""
        s = ffi.gc(lib.bri_graph_summarize(self._ptr), lib.bri_graph_summary_free)
        entity_kinds = {
            text_nn(lib.bri_graph_summary_get_entity_kind(s, i)):
                lib.bri_graph_summary_get_entity_kind_count(s, i)
            for i in range(lib.bri_graph_summary_get_n_entity_kinds(s))}
        relation_kinds = {
            text_nn(lib.bri_graph_summary_get_relation_kind(s, i)):
                lib.bri_graph_summary_get_relation_kind_count(s, i)
            for i in range(lib.bri_graph_summary_get_n_relation_kinds(s))}
        by_source = {
            text_nn(lib.bri_graph_summary_get_source_id(s, i)):
                lib.bri_graph_summary_get_source_n_relations(s, i)
            for i in range(lib.bri_graph_summary_get_n_sources(s))}
        return GraphSummary(
            entities=lib.bri_graph_summary_get_n_entities(s),
            relations=lib.bri_graph_summary_get_n_relations(s),
            sources=lib.bri_graph_summary_get_n_sources(s),
            entities_by_kind=entity_kinds,
            relations_by_kind=relation_kinds,
            first_date=_date(lib.bri_graph_summary_get_first_date(s)),
            last_date=_date(lib.bri_graph_summary_get_last_date(s)),
            undated_relations=lib.bri_graph_summary_get_n_undated(s),
            relations_by_source=by_source)

    # -- entities ------------------------------------------------------------
    def __len__(self) -> int:
        return lib.bri_graph_get_n_entities(self._ptr)

    def _entity(self, ptr: Any) -> Optional[Entity]:
        return None if ptr == ffi.NULL else Entity(self, ptr)

    def __getitem__(self, id: str) -> Entity:
        ptr = lib.bri_graph_lookup_entity(self._ptr, encode(id, "id"))
        if ptr == ffi.NULL:
            raise KeyError(id)
        return Entity(self, ptr)

    def get(self, id: str, default: Optional[Entity] = None) -> Optional[Entity]:
        try:
            return self[id]
        except (KeyError, ValueError):
            return default

    def __contains__(self, id: object) -> bool:
        return isinstance(id, str) and self.get(id) is not None

    def entities(self, kind: Optional[str] = None) -> Iterator[Entity]:
        """Iterates over the entities (of ``kind`` when given), in order."""
        g = self._ptr
        for i in range(lib.bri_graph_get_n_entities(g)):
            e = Entity(self, lib.bri_graph_get_entity(g, i))
            if kind is None or e.kind == kind:
                yield e

    def __iter__(self) -> Iterator[Entity]:
        return self.entities()

    def find(self, name: str) -> List[Entity]:
        """Every entity ``name`` denotes (id, name, Chinese name or alias, in
        Traditional or Simplified characters, any case), sorted by id."""
        arr = lib.bri_graph_find(self._ptr, encode(name))
        try:
            return [Entity(self, ffi.cast("const BriEntity *", arr.pdata[i]))
                    for i in range(arr.len)]
        finally:
            lib.g_ptr_array_unref(arr)

    def resolve(self, name: Union[str, Entity]) -> Entity:
        """The one entity ``name`` denotes. Raises NotFoundError (with the
        nearest ids as ``candidates``) or AmbiguousError."""
        if isinstance(name, Entity):
            return name
        err = GErrorBox()
        ptr = lib.bri_graph_resolve(self._ptr, encode(name), err.ptr)
        if ptr == ffi.NULL:
            err.fail()
        return Entity(self, ptr)

    # -- relations, sources, kinds -------------------------------------------
    @property
    def n_relations(self) -> int:
        return lib.bri_graph_get_n_relations(self._ptr)

    def relations(self, kind: Optional[str] = None) -> Iterator[Relation]:
        """Iterates over the relations (of ``kind`` when given), in order.
        Raises: NotFoundError for a kind the graph does not have (with the
        nearest one), at the call, not at the first iteration."""
        if kind is not None:
            self._check_kind(kind)
        return self._relations(kind)

    def _check_kind(self, kind: str) -> None:
        if lib.bri_graph_lookup_kind(self._ptr, encode(kind, "kind")) != ffi.NULL:
            return
        # The library's own check and message ("did you mean …?").
        filt = ffi.gc(lib.bri_filter_new(), lib.bri_filter_free)
        lib.bri_filter_add_relation_kind(filt, encode(kind, "kind"))
        err = GErrorBox()
        if not lib.bri_filter_check(filt, self._ptr, err.ptr):
            err.fail()

    def _relations(self, kind: Optional[str]) -> Iterator[Relation]:
        g = self._ptr
        for i in range(lib.bri_graph_get_n_relations(g)):
            r = Relation(self, lib.bri_graph_get_relation(g, i), i)
            if kind is None or r.kind == kind:
                yield r

    def relation(self, index: int) -> Relation:
        n = lib.bri_graph_get_n_relations(self._ptr)
        if not -n <= index < n:
            raise IndexError("relation index out of range")
        index %= n
        return Relation(self, lib.bri_graph_get_relation(self._ptr, index), index)

    def sources(self) -> List[Source]:
        g = self._ptr
        return [Source(self, lib.bri_graph_get_source(g, i))
                for i in range(lib.bri_graph_get_n_sources(g))]

    def kinds(self) -> List[Kind]:
        g = self._ptr
        return [Kind(self, lib.bri_graph_get_kind(g, i))
                for i in range(lib.bri_graph_get_n_kinds(g))]

    def kind(self, name: str) -> Kind:
        ptr = lib.bri_graph_lookup_kind(self._ptr, encode(name, "kind"))
        if ptr == ffi.NULL:
            raise KeyError(name)
        return Kind(self, ptr)

    # -- views -----------------------------------------------------------------
    def view(self, kinds: Names = None, entity_kinds: Names = None,
             start: DateLike = None, end: DateLike = None, sources: Names = None,
             min_confidence: Optional[float] = None, project: Optional[str] = None,
             weighting: Optional[str] = None, rollup: Optional[str] = None,
             directed: Optional[bool] = None, involving: Any = None,
             keep_isolated: bool = False, groups: Any = None) -> "View":
        """A View of the graph through a filter; see bri.view.View.
        ``kinds``: relation kinds (a name, a comma-separated string or a
        list), each a kind of the graph: the built-in "signed_agreement",
        "met" (undirected), "hosted", "attended", "member_of",
        "freight_corridor", "located_in", "launched" (directed), or one a
        data set declares; None admits every kind.
        ``entity_kinds``: entity kinds the graph's entities have: the
        design's "country", "province", "city", "ministry", "mechanism",
        "organization", "enterprise", "institution", "forum", "port",
        "document", "group", the bundled data's "county", "initiative" and
        "zone", and any kind a data set uses; None admits all.
        Unknown kinds raise InvalidError with a "did you mean".
        ``start``, ``end``: a window (dates as "2024", "2024-06", …);
        ``sources``: source ids; ``min_confidence``: in [0, 1].
        ``project``: None or "none" (entities as they are), or "actors"
        (actors linked by the forums, events and mechanisms they share).
        ``directed``: None (directed when every admitted kind is), False
        (undirected).
        ``involving``: a name, id or Entity (or several, comma-separated or a
        list): only relations whose from, to or via is one of them or lies
        below it through ``parent`` (a province: its cities, counties and
        ports), before roll-up and projection.
        ``weighting``: "count" (default: the relations behind an edge; the
        items two actors share), "sum" (the sum of the relations' ``weight``)
        or "newman" (projection: 1/(n-1) per shared item of n actors).
        ``keep_isolated``: False (default): the entities the edges touch;
        True: also every entity ``entity_kinds`` admits, with degree 0 when
        no admitted relation touches it (list entity kinds with it, or the
        whole gazetteer comes along).
        ``rollup``: None, "province", "country" or "province,country" (the
        province when there is one, else the country).
        ``groups``: group names, ids or Entities: a member's relations (and
        those of the places below it) count as the group's, e.g.
        groups="中亚五国" for China × Central Asia."""
        from .view import View
        return View._build(self, kinds, entity_kinds, start, end, sources,
                           min_confidence, project, weighting, rollup, directed,
                           involving, keep_isolated, groups)

    def corridors(self, place: Any = None, kinds: Names = None, entity_kinds: Names = None,
                  start: DateLike = None, end: DateLike = None, sources: Names = None,
                  min_confidence: Optional[float] = None,
                  involving: Any = None) -> List[Any]:
        """[Corridor]: the freight corridors, one per (origin, destination)
        of the admitted freight_corridor relations, sorted by origin then
        destination id; with ``place`` (a name, id or Entity), only those
        whose origin, destination or a via lies in it at any level (a
        province lists its cities' corridors). The filters are those of
        Graph.view(); ``kinds``, when given, must include freight_corridor."""
        from .corridors import corridors
        return corridors(self, place, kinds, entity_kinds, start, end, sources,
                         min_confidence, involving)

    def timeline(self, by: str = "month", measure: str = "degree", weights: Weights = None,
                 top: int = 5, **filters: Any) -> List["Period"]:
        """[Period] for each month, quarter or year (``by``): relations by
        kind, active entities and the ``top`` entities by ``measure``;
        ``filters`` are those of Graph.view(). The list is a bri.Timeline:
        ``.plot(path)`` draws it (.svg, .png or .pdf).

        ``by``: "month", "quarter" or "year". ``measure`` ranks the
        ``top`` entities of each period: "degree", "strength", "betweenness",
        "closeness", "harmonic", "eigenvector" or "pagerank", with ``weights``
        None or "none", "strength" or "raw"."""
        from .view import timeline
        return timeline(self, by, measure, weights, top, **filters)

    # -- exports -----------------------------------------------------------------
    def export(self, path: Any, format: Optional[str] = None, labels: str = "en",
               bom: bool = False, mixed: bool = True) -> None:
        """Writes the whole graph (every entity, isolated ones included;
        bri_graph_export) as View.export writes a view: ``format`` one of
        "graphml", "gexf", "json", "dot", "neo4j", "graphframes", "csv"
        (None: from the extension of ``path``), ``labels`` "en" or "zh",
        ``bom`` (True: "csv" files start with a UTF-8 byte order mark),
        ``mixed`` (False: GraphML/GEXF/DOT written undirected, each edge's
        direction in its ``directed`` attribute, for networkx 2.8)."""
        write(lib.bri_graph_export, self._ptr, path, format, labels, bom, mixed)

    def to_pandas(self) -> Tuple[Any, Any]:
        """(entities, relations) as two pandas DataFrames (needs pandas)."""
        import pandas as pd
        ents = pd.DataFrame([
            dict(id=e.id, kind=e.kind, name=e.name, name_zh=e.name_zh,
                 aliases="|".join(e.aliases) or None, code=e.code,
                 parent=e.parent_id, **e.attributes)
            for e in self.entities()])
        # The columns of relations.csv in its order, the extra attributes,
        # then the dates parsed: ``start`` (first day of ``date``), ``end``
        # (last day of ``end_date``, else of ``date``) as pandas Timestamps
        # (NaT when undated) and ``date_precision`` (year, month or day).
        rows = []
        for r in self.relations():
            row = {"kind": r.kind, "from": r.from_id, "to": r.to_id, "date": r.date,
                   "end_date": r.end_date, "title": r.title, "sector": r.sector,
                   "via": r.via_id, "event": r.event, "weight": r.weight,
                   "source": r.source, "evidence": r.evidence,
                   "confidence": r.confidence}
            row.update(r.attributes)
            start, end, precision = _span_of(r.date, r.end_date)
            row.update(start=start, end=end, date_precision=precision)
            rows.append(row)
        columns = ["kind", "from", "to", "date", "end_date", "title", "sector", "via",
                   "event", "weight", "source", "evidence", "confidence"]
        extra = []
        for row in rows:
            extra += [k for k in row if k not in columns and k not in extra
                      and k not in ("start", "end", "date_precision")]
        rels = pd.DataFrame(rows, columns=columns + extra + ["start", "end", "date_precision"])
        rels["start"] = pd.to_datetime(rels["start"])
        rels["end"] = pd.to_datetime(rels["end"])
        return ents, rels

    def __repr__(self) -> str:
        return "<bri.Graph %d entities, %d relations, %d sources>" % (
            len(self), self.n_relations, lib.bri_graph_get_n_sources(self._ptr))
