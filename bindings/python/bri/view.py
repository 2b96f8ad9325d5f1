"""bri.view — View (a graph seen through a filter, as a simple graph) and
the results of its queries: Path, Partition, rankings as dicts.

Every computation is one call into libbri (igraph behind libbri's lock);
results are copied into Python objects at once and the C result freed, so
nothing here can dangle. A View holds its C BriView (which holds a reference
on the C graph) and the Python Graph its entities belong to, so a View
outlives a deleted Graph safely.

Weights (DESIGN.md, "Weights and conventions"): every weighted query takes
``weights`` = None (every edge counts 1), "strength" (strong ties are short:
length 1/weight) or "raw" (length = weight, igraph's and networkx's own
convention). Scores that are undefined (closeness of an isolated vertex,
local clustering of a vertex of degree < 2) are float('nan').
"""
import os
import random
from typing import Any, Callable, Dict, Iterator, List, Optional, Set, Tuple, Union

from ._ffi import encode, ffi, lib, text, text_nn
from .errors import GErrorBox
from .export import write
from .graph import DateLike, Entity, Graph, Names, Relation, Weights

#: an entity given by id, name (any script, any case) or as an Entity
EntityRef = Union[str, Entity]

_WEIGHTS = {None: lib.BRI_WEIGHTS_NONE, False: lib.BRI_WEIGHTS_NONE,
            "none": lib.BRI_WEIGHTS_NONE, True: lib.BRI_WEIGHTS_STRENGTH,
            "strength": lib.BRI_WEIGHTS_STRENGTH, "raw": lib.BRI_WEIGHTS_RAW}
_NEIGHBORS = {"all": lib.BRI_NEIGHBORS_ALL, "out": lib.BRI_NEIGHBORS_OUT,
              "in": lib.BRI_NEIGHBORS_IN}
_WEIGHTING = {None: lib.BRI_EDGE_WEIGHT_COUNT, "count": lib.BRI_EDGE_WEIGHT_COUNT,
              "sum": lib.BRI_EDGE_WEIGHT_SUM, "newman": lib.BRI_EDGE_WEIGHT_NEWMAN}
_PROJECT = {None: lib.BRI_PROJECTION_NONE, False: lib.BRI_PROJECTION_NONE,
            "none": lib.BRI_PROJECTION_NONE, "actors": lib.BRI_PROJECTION_ACTORS}
_COLORS = {"community": lib.BRI_DRAW_COLOR_COMMUNITY, "kind": lib.BRI_DRAW_COLOR_KIND}
MEASURES = ("degree", "strength", "betweenness", "closeness", "harmonic",
            "eigenvector", "pagerank")
#: the community detection methods of View.communities()
METHODS = ("louvain", "leiden", "label_propagation")


def _ancestors(entity: Optional[Entity]) -> List[Entity]:
    """The entity and its ancestors through parent."""
    out: List[Entity] = []
    while entity is not None:
        out.append(entity)
        entity = entity.parent
    return out


def _choice(table: Dict[Any, int], value: Any, what: str) -> int:
    try:
        return table[value]
    except (KeyError, TypeError):
        names = sorted(k for k in table if isinstance(k, str))
        raise ValueError("unknown %s %r, expected one of %s" % (what, value, ", ".join(names))) from None


def _strings(value: Names) -> List[str]:
    """A list of names from None, a name, a comma-separated string of names
    (as the CLI takes them) or an iterable of names."""
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return list(value)


class Hop:
    """One step of a path: ``source`` → ``target`` (Entities), the view
    edge's ``weight`` and the ``relations`` behind it (with evidence)."""

    __slots__ = ("source", "target", "weight", "relations")

    def __init__(self, source: Entity, target: Entity, weight: float,
                 relations: List[Relation]) -> None:
        self.source, self.target, self.weight, self.relations = source, target, weight, relations

    def __repr__(self) -> str:
        return "<bri.Hop %s -> %s weight=%g, %d relations>" % (
            self.source.id, self.target.id, self.weight, len(self.relations))


class Path:
    """A path: ``entities`` (start to end), ``hops`` (len(entities) − 1),
    ``length`` in the weight mode it was computed with, ``vias`` (ports and
    hubs of its relations)."""

    __slots__ = ("entities", "hops", "length", "vias")

    def __init__(self, graph: Graph, ptr: Any) -> None:
        ents = [Entity(graph, lib.bri_path_get_entity(ptr, i))
                for i in range(lib.bri_path_get_n_entities(ptr))]
        hops = []
        for h in range(lib.bri_path_get_n_hops(ptr)):
            rels = [Relation(graph, lib.bri_path_get_hop_relation(ptr, h, i))
                    for i in range(lib.bri_path_get_hop_n_relations(ptr, h))]
            hops.append(Hop(ents[h], ents[h + 1], lib.bri_path_get_hop_weight(ptr, h), rels))
        self.entities = ents
        self.hops = hops
        self.length = lib.bri_path_get_length(ptr)
        self.vias = [Entity(graph, lib.bri_path_get_via(ptr, i))
                     for i in range(lib.bri_path_get_n_vias(ptr))]

    @property
    def ids(self) -> List[str]:
        return [e.id for e in self.entities]

    def __len__(self) -> int:
        return len(self.hops)

    def __repr__(self) -> str:
        return "<bri.Path %s length=%g>" % (" -> ".join(self.ids), self.length)


class Partition:
    """Groups of entities (components or communities): iterate for sets of
    ids, largest group first; ``membership`` maps id → group number;
    ``modularity`` is libbri's Newman modularity of the partition, computed
    with the weights named by ``weights``: None (every edge counts 1, as
    networkx's ``modularity(G, groups, weight=None)``), "strength" or "raw"
    (the view's edge weights, as networkx's default ``weight="weight"``)."""

    __slots__ = ("groups", "membership", "modularity", "seed", "weights")

    def __init__(self, ptr: Any, seed: Optional[int] = None, weights: Weights = None) -> None:
        n_groups = lib.bri_partition_get_n_groups(ptr)
        groups: List[Set[str]] = [set() for _ in range(n_groups)]
        membership: Dict[str, int] = {}
        for i in range(lib.bri_partition_get_n_entities(ptr)):
            eid = text_nn(lib.bri_entity_get_id(lib.bri_partition_get_entity(ptr, i)))
            g = lib.bri_partition_get_group(ptr, i)
            groups[g].add(eid)
            membership[eid] = g
        self.groups = groups
        self.membership = membership
        self.modularity = lib.bri_partition_get_modularity(ptr)
        self.seed = seed
        self.weights = None if weights in (None, False, "none") else (
            "strength" if weights is True else weights)

    def __iter__(self) -> Iterator[Set[str]]:
        return iter(self.groups)

    def __len__(self) -> int:
        return len(self.groups)

    def __getitem__(self, i: int) -> Set[str]:
        return self.groups[i]

    def __repr__(self) -> str:
        return "<bri.Partition %d groups, sizes %s, modularity %.4f (%s)>" % (
            len(self.groups), [len(g) for g in self.groups[:8]], self.modularity,
            "unweighted" if self.weights is None else "weights=%r" % self.weights)


def _call(fn: Callable[..., Any], *args: Any) -> Any:
    """Calls a libbri function whose last argument is a GError ** and that
    returns NULL/FALSE on failure; returns its result."""
    err = GErrorBox()
    res = fn(*args, err.ptr)
    if res == ffi.NULL or res is False or res == 0 and not isinstance(res, float):
        err.fail()
    return res


class View:
    """A graph seen through a filter: a simple graph of entities whose edges
    merge the admitted relations. Build it with ``Graph.view(...)``."""

    __slots__ = ("_graph", "_ptr")
    _graph: Graph
    _ptr: Any

    @classmethod
    def _wrap(cls, graph: Graph, ptr: Any) -> "View":
        self = cls.__new__(cls)
        self._graph = graph
        self._ptr = ffi.gc(ptr, lib.bri_view_unref)
        return self

    @staticmethod
    def _filter_options(kinds: Names, entity_kinds: Names, start: DateLike, end: DateLike,
                        sources: Names, min_confidence: Optional[float],
                        project: Optional[str], weighting: Optional[str],
                        rollup: Optional[str], directed: Optional[bool],
                        involving: Any = None, graph: Optional[Graph] = None,
                        keep_isolated: bool = False, groups: Any = None) -> Tuple[Any, Any]:
        filt = ffi.gc(lib.bri_filter_new(), lib.bri_filter_free)

        def option(name: str, value: str) -> None:
            # One parser with the CLI's: libbri's bri_filter_set_option().
            _call(lib.bri_filter_set_option, filt, name.encode(), encode(value, name))

        for k in _strings(kinds):
            option("kinds", k)
        for k in _strings(entity_kinds):
            option("entity-kinds", k)
        for name, date in (("from", start), ("to", end)):
            if date is not None:
                option(name, date.isoformat()[:10] if hasattr(date, "isoformat") else str(date))
        for s in _strings(sources):
            option("source", s)
        if min_confidence is not None:
            option("min-confidence", repr(float(min_confidence)))
        involved: List[Any] = [involving] if isinstance(involving, Entity) else _strings(involving)
        for x in involved:
            # Names, ids or Entities, resolved as Graph.resolve() does.
            e = graph.resolve(x) if graph is not None else x
            option("involving", e.id if isinstance(e, Entity) else e)
        opts = ffi.gc(lib.bri_view_options_new(), lib.bri_view_options_free)
        lib.bri_view_options_set_projection(opts, _choice(_PROJECT, project, "projection"))
        lib.bri_view_options_set_weighting(opts, _choice(_WEIGHTING, weighting, "weighting"))
        if rollup is not None:
            lib.bri_view_options_set_rollup(opts, encode(rollup, "rollup kind"))
        if directed is False:
            lib.bri_view_options_set_direction(opts, lib.BRI_DIRECTION_UNDIRECTED)
        if keep_isolated not in (True, False):
            raise ValueError("keep_isolated must be True or False, not %r" % (keep_isolated,))
        lib.bri_view_options_set_keep_isolated(opts, keep_isolated)
        listed: List[Any] = [groups] if isinstance(groups, Entity) else _strings(groups)
        for x in listed:
            e = graph.resolve(x) if graph is not None else x
            lib.bri_view_options_add_group(opts, encode(e.id if isinstance(e, Entity) else e,
                                                        "group"))
        return filt, opts

    @classmethod
    def _build(cls, graph: Graph, kinds: Names, entity_kinds: Names, start: DateLike,
               end: DateLike, sources: Names, min_confidence: Optional[float],
               project: Optional[str], weighting: Optional[str], rollup: Optional[str],
               directed: Optional[bool], involving: Any = None, keep_isolated: bool = False,
               groups: Any = None) -> "View":
        filt, opts = cls._filter_options(kinds, entity_kinds, start, end, sources,
                                         min_confidence, project, weighting, rollup,
                                         directed, involving, graph, keep_isolated, groups)
        ptr = _call(lib.bri_view_new, graph._ptr, filt, opts)
        view = cls._wrap(graph, ptr)
        if directed is True and not view.directed:
            raise ValueError("directed=True, but the view admits undirected kinds "
                             "(libbri makes a view directed only when all its kinds are)")
        return view

    # -- structure ---------------------------------------------------------
    @property
    def graph(self) -> Graph:
        return self._graph

    @property
    def directed(self) -> bool:
        return bool(lib.bri_view_is_directed(self._ptr))

    def __len__(self) -> int:
        return lib.bri_view_get_n_entities(self._ptr)

    @property
    def n_edges(self) -> int:
        return lib.bri_view_get_n_edges(self._ptr)

    def entities(self) -> List[Entity]:
        v = self._ptr
        return [Entity(self._graph, lib.bri_view_get_entity(v, i))
                for i in range(lib.bri_view_get_n_entities(v))]

    def edges(self) -> List[Tuple[str, str, float, int]]:
        """[(source id, target id, weight, number of relations)], in view order."""
        v, ids = self._ptr, [e.id for e in self.entities()]
        return [(ids[lib.bri_view_get_edge_from(v, e)], ids[lib.bri_view_get_edge_to(v, e)],
                 lib.bri_view_get_edge_weight(v, e), lib.bri_view_get_edge_n_relations(v, e))
                for e in range(lib.bri_view_get_n_edges(v))]

    def _entity(self, name: EntityRef) -> Any:
        """An id, name or Entity as this view's graph's entity pointer (an
        Entity of another graph is looked up by id, never passed as is)."""
        if isinstance(name, Entity) and name._graph is not self._graph:
            name = name.id
        return self._graph.resolve(name)._ptr

    def __repr__(self) -> str:
        return "<bri.View %s, %d entities, %d edges>" % (
            "directed" if self.directed else "undirected", len(self), self.n_edges)

    # -- centrality ------------------------------------------------------------
    def _ranking(self, measure: str, weights: Weights = None, mode: str = "all",
                 damping: float = 0.85) -> Tuple[List[Tuple[Any, float]], Any]:
        v, w = self._ptr, _choice(_WEIGHTS, weights, "weights")
        m = _choice(_NEIGHBORS, mode, "mode")
        calls = {
            "degree": lambda: _call(lib.bri_view_degree, v, m),
            "strength": lambda: _call(lib.bri_view_strength, v, m, w),
            "betweenness": lambda: _call(lib.bri_view_betweenness, v, w),
            "closeness": lambda: _call(lib.bri_view_closeness, v, m, w),
            "harmonic": lambda: _call(lib.bri_view_harmonic, v, m, w),
            "eigenvector": lambda: _call(lib.bri_view_eigenvector, v, w),
            "pagerank": lambda: _call(lib.bri_view_pagerank, v, w, float(damping)),
        }
        if measure not in calls:
            raise ValueError("unknown measure %r, expected one of %s" % (measure, ", ".join(MEASURES)))
        if measure == "degree" and w != lib.BRI_WEIGHTS_NONE:
            raise ValueError("degree is unweighted: use measure='strength'")
        r = ffi.gc(calls[measure](), lib.bri_ranking_free)
        return [(lib.bri_ranking_get_entity(r, i), lib.bri_ranking_get_score(r, i))
                for i in range(lib.bri_ranking_get_n_items(r))], r

    def centrality(self, measure: str, weights: Weights = None, normalized: bool = False,
                   mode: str = "all", damping: float = 0.85) -> Dict[str, float]:
        """{entity id: score} for ``measure`` ("degree", "strength",
        "betweenness", "closeness", "harmonic", "eigenvector", "pagerank"),
        libbri's conventions (query.h). ``normalized=True`` applies
        networkx's normalisation to degree (÷ (n−1)) and betweenness
        (× 2/((n−1)(n−2)) undirected, 1/((n−1)(n−2)) directed); other
        measures are normalised already.
        ``weights``: None or "none" (every edge counts 1), "strength" (the
        view's edge weights; length 1/weight) or "raw" (length = weight).
        ``mode`` (directed views): "all" (default), "out" or "in" edges.
        ``damping``: PageRank's damping factor."""
        items, _ = self._ranking(measure, weights, mode, damping)
        scores = {text_nn(lib.bri_entity_get_id(e)): s for e, s in items}
        if normalized:
            n = len(self)
            if measure == "degree":
                f = 1.0 / (n - 1) if n > 1 else 0.0
            elif measure == "betweenness":
                f = ((1.0 if self.directed else 2.0) / ((n - 1) * (n - 2))) if n > 2 else 0.0
            else:
                raise ValueError("normalized=True applies to degree and betweenness only")
            scores = {k: s * f for k, s in scores.items()}
        return scores

    # -- pictures (bri/explore.h) ------------------------------------------
    def layout(self, seed: int = 1) -> Dict[str, Tuple[float, float]]:
        """{entity id: (x, y)}: igraph's Fruchterman-Reingold positions,
        scaled into the unit square (bri_view_layout)."""
        n = len(self)
        xy = ffi.new("double[]", 2 * n + 1)
        _call(lib.bri_view_layout, self._ptr, int(seed), xy)
        return {text_nn(lib.bri_entity_get_id(lib.bri_view_get_entity(self._ptr, i))):
                (xy[2 * i], xy[2 * i + 1]) for i in range(n)}

    def explore(self, path: Any, size_by: str = "degree", weights: Weights = None,
                color_by: str = "community", title: Optional[str] = None,
                caption: Optional[str] = None, seed: int = 1) -> None:
        """Writes the interactive explorer page of this view to ``path``: one
        self-contained HTML file (bri_view_explore). ``size_by`` is a measure:
        "degree", "strength", "betweenness", "closeness", "harmonic",
        "eigenvector" or "pagerank", computed with ``weights`` (None or
        "none", "strength" or "raw"); ``color_by`` "community" or "kind";
        ``caption`` says what data and filters made the view."""
        m = ffi.new("BriMeasure *")
        if not lib.bri_measure_from_name(encode(size_by, "measure"), m):
            raise ValueError("unknown measure %r, expected one of %s" % (size_by, ", ".join(MEASURES)))
        o = ffi.gc(lib.bri_explore_options_new(), lib.bri_explore_options_free)
        lib.bri_explore_options_set_size_measure(o, m[0], _choice(_WEIGHTS, weights, "weights"))
        lib.bri_explore_options_set_color(o, _choice(_COLORS, color_by, "colour"))
        lib.bri_explore_options_set_seed(o, int(seed))
        if title is not None:
            lib.bri_explore_options_set_title(o, encode(title, "title"))
        if caption is not None:
            lib.bri_explore_options_set_caption(o, encode(caption, "caption"))
        _call(lib.bri_view_explore, self._ptr, encode(os.fspath(path), "path"), o)

    def ranking(self, measure: str, top: Optional[int] = None, weights: Weights = None,
                mode: str = "all", damping: float = 0.85) -> List[Tuple[Entity, float]]:
        """[(Entity, score)], highest first (ties by id, NaN last), the
        ``top`` ones (all when None). ``measure``, ``weights``, ``mode`` and
        ``damping`` as for centrality(): ``measure`` "degree", "strength",
        "betweenness", "closeness", "harmonic", "eigenvector" or "pagerank";
        ``weights`` None or "none", "strength" or "raw"; ``mode`` "all",
        "out" or "in"."""
        items, _ = self._ranking(measure, weights, mode, damping)
        if top is not None:
            items = items[:top]
        return [(Entity(self._graph, e), s) for e, s in items]

    # -- paths -------------------------------------------------------------------
    def shortest_path(self, a: EntityRef, b: EntityRef, weighted: bool = False,
                      weights: Weights = None) -> "Path":
        """One shortest Path from ``a`` to ``b`` (ids, names or Entities);
        ``weighted=True`` means weights="strength". NotFoundError when an
        entity is not in the view or ``b`` is unreachable.
        ``weights``: None or "none" (every edge counts 1), "strength" (the
        view's edge weights; length 1/weight) or "raw" (length = weight)."""
        w = _choice(_WEIGHTS, weights if weights is not None else bool(weighted), "weights")
        p = ffi.gc(_call(lib.bri_view_shortest_path, self._ptr, self._entity(a),
                         self._entity(b), w), lib.bri_path_free)
        return Path(self._graph, p)

    def _paths(self, fn: Callable[..., Any], a: EntityRef, b: EntityRef,
               weights: Weights) -> List["Path"]:
        lst = ffi.gc(_call(fn, self._ptr, self._entity(a), self._entity(b),
                           _choice(_WEIGHTS, weights, "weights")), lib.bri_path_list_free)
        return [Path(self._graph, lib.bri_path_list_get_path(lst, i))
                for i in range(lib.bri_path_list_get_n_paths(lst))]

    def all_shortest_paths(self, a: EntityRef, b: EntityRef,
                           weights: Weights = None) -> List["Path"]:
        """Every shortest Path from ``a`` to ``b``, sorted by entity ids.
        ``weights``: None or "none" (every edge counts 1), "strength" (the
        view's edge weights; length 1/weight) or "raw" (length = weight)."""
        return self._paths(lib.bri_view_all_shortest_paths, a, b, weights)

    def routes(self, a: EntityRef, b: EntityRef, weights: Weights = None,
               both: bool = False) -> List[Any]:
        """The shortest freight routes from ``a`` to ``b`` (Paths whose
        ``vias`` are the ports and hubs passed). ``both=True``: the routes
        of both directions as [("forward" | "reverse", Path)], forward from
        ``a`` to ``b`` first, as ``bri routes A B`` lists them; a direction
        without a route adds nothing, and NotFoundError comes only when
        neither has one. ``weights``: None or "none" (every edge counts 1), "strength" (the
        view's edge weights; length 1/weight) or "raw" (length = weight)."""
        if not both:
            return self._paths(lib.bri_view_freight_routes, a, b, weights)
        from .errors import NotFoundError
        out: List[Any] = []
        missing: Optional[Exception] = None
        for label, x, y in (("forward", a, b), ("reverse", b, a)):
            try:
                out += [(label, p) for p in self._paths(lib.bri_view_freight_routes, x, y, weights)]
            except NotFoundError as e:
                missing = missing or e
        if not out:
            assert missing is not None
            raise missing
        return out

    def explain(self, a: EntityRef, b: EntityRef) -> List[Relation]:
        """The relations behind the edge a → b (a — b when undirected)."""
        arr = _call(lib.bri_view_explain, self._ptr, self._entity(a), self._entity(b))
        try:
            return [Relation(self._graph, ffi.cast("const BriRelation *", arr.pdata[i]))
                    for i in range(arr.len)]
        finally:
            lib.g_ptr_array_unref(arr)

    def ego(self, name: EntityRef, depth: int = 1) -> "View":
        """The ego network of ``name`` within ``depth`` hops, as a View."""
        if depth < 0:
            raise ValueError("depth must be >= 0")
        return View._wrap(self._graph, _call(lib.bri_view_ego, self._ptr,
                                             self._entity(name), int(depth)))

    # -- groups ------------------------------------------------------------------
    def components(self, strong: bool = False) -> "Partition":
        """Connected components as a Partition (weakly connected on a
        directed view unless ``strong``)."""
        p = ffi.gc(_call(lib.bri_view_components, self._ptr, bool(strong)), lib.bri_partition_free)
        return Partition(p)

    def communities(self, method: str = "louvain", seed: Optional[int] = None,
                    weights: Weights = "strength", resolution: float = 1.0) -> "Partition":
        """Communities as a Partition; ``method`` "louvain" (default),
        "leiden" (both on undirected views) or "label_propagation"; ``seed``
        None draws one (kept in ``partition.seed``); ``resolution`` of
        Louvain and Leiden (the modularity reported is Newman's, at 1).

        ``weights`` defaults to "strength": edges weigh the view's edge
        weights (its ``weighting``), as networkx's ``modularity`` and
        ``louvain_communities`` weigh by ``weight="weight"``, so the same
        partition has the same modularity in both; "raw" is the same for
        communities; None (or "none") counts every edge 1, as networkx's
        ``weight=None``. The partition's ``weights`` attribute names the
        weights its modularity used."""
        if seed is None:
            seed = random.getrandbits(63)
        w = _choice(_WEIGHTS, weights, "weights")
        if method == "louvain":
            p = _call(lib.bri_view_louvain, self._ptr, w, float(resolution), seed)
        elif method == "leiden":
            p = _call(lib.bri_view_leiden, self._ptr, w, float(resolution), seed)
        elif method == "label_propagation":
            p = _call(lib.bri_view_label_propagation, self._ptr, w, seed)
        else:
            raise ValueError("unknown method %r, expected one of %s" % (method, ", ".join(METHODS)))
        return Partition(ffi.gc(p, lib.bri_partition_free), seed, weights)

    # -- clustering ----------------------------------------------------------------
    def transitivity(self) -> float:
        """Global transitivity (3 × triangles / connected triples); nan
        without connected triples. The view is read as undirected."""
        out = ffi.new("double *")
        err = GErrorBox()
        if not lib.bri_view_transitivity(self._ptr, out, err.ptr):
            err.fail()
        return out[0]

    def average_clustering(self, zero: bool = True) -> float:
        """Mean local clustering; ``zero=True`` counts degree < 2 as 0
        (networkx), False leaves them out (igraph's NaN mode)."""
        out = ffi.new("double *")
        err = GErrorBox()
        if not lib.bri_view_average_clustering(self._ptr, bool(zero), out, err.ptr):
            err.fail()
        return out[0]

    def local_clustering(self, weights: Weights = None, zero: bool = False) -> Dict[str, float]:
        """{id: local clustering coefficient}; nan for degree < 2 unless
        ``zero``. ``weights``: None or "none" (unweighted), "strength" or
        "raw" (the view's edge weights: Barrat's coefficient)."""
        r = ffi.gc(_call(lib.bri_view_local_clustering, self._ptr,
                         _choice(_WEIGHTS, weights, "weights"), bool(zero)), lib.bri_ranking_free)
        return {text_nn(lib.bri_entity_get_id(lib.bri_ranking_get_entity(r, i))):
                lib.bri_ranking_get_score(r, i) for i in range(lib.bri_ranking_get_n_items(r))}

    # -- exports ---------------------------------------------------------------------
    def export(self, path: Any, format: Optional[str] = None, labels: str = "en",
               bom: bool = False, mixed: bool = True) -> None:
        """Writes the view for other tools, as ``bri export`` does
        (bri_view_export), atomically.

        ``format``: "graphml", "gexf", "json" (node-link, networkx's
        node_link_graph), "dot", "neo4j", "graphframes" or "csv" (these three
        write a directory: "csv" holds nodes.csv and edges.csv for a
        spreadsheet, one edge row per relation in its own direction, with
        kind, dates, title, sector, via, event, weight, confidence, source,
        evidence and direction); None takes it from ``path``'s extension
        (.graphml, .gexf, .json, .dot, .gv). ``labels``: "en" or "zh", the
        language of the nodes' ``label``. ``bom``: True starts each file of
        "csv" with a UTF-8 byte order mark (Excel then shows Chinese); other
        formats refuse it. ``mixed``: True (the default) writes a view of
        mixed kinds as a mixed graph where the format has one (GraphML,
        GEXF, DOT: each edge marks its own direction); False writes it
        undirected with each edge's direction in its ``directed``
        attribute, which networkx 2.8's read_graphml/read_gexf need."""
        write(lib.bri_view_export, self._ptr, path, format, labels, bom, mixed)

    def to_networkx(self, multi: bool = False) -> Any:
        """A networkx graph of the view; nodes are entity ids (attributes
        kind, name, name_zh, code, parent).

        ``multi=False`` (default): a Graph or DiGraph as the view is, one
        edge per view edge with ``weight`` and ``n_relations``.
        ``multi=True``: a MultiDiGraph with one edge per relation behind the
        view's edges, keyed by its index in the graph, in the relation's own
        direction (an undirected kind keeps its from → to order and says
        ``directed=False``), with every field: kind, from, to (the
        relation's own ends, which a roll-up replaces on the edge), date,
        end_date, title, sector, via, event, weight, confidence, source,
        evidence and the extra attributes."""
        import networkx as nx
        if multi:
            G = nx.MultiDiGraph()
        else:
            G = nx.DiGraph() if self.directed else nx.Graph()
        for e in self.entities():
            G.add_node(e.id, kind=e.kind, name=e.name, name_zh=e.name_zh, code=e.code,
                       parent=e.parent_id)
        if not multi:
            for a, b, w, n in self.edges():
                G.add_edge(a, b, weight=w, n_relations=n)
            return G
        v, g = self._ptr, self._graph._ptr
        ids = [e.id for e in self.entities()]
        # The key of a relation's edge: its index in the graph.
        position = {int(ffi.cast("uintptr_t", lib.bri_graph_get_relation(g, i))): i
                    for i in range(lib.bri_graph_get_n_relations(g))}
        for ei in range(lib.bri_view_get_n_edges(v)):
            a = ids[lib.bri_view_get_edge_from(v, ei)]
            b = ids[lib.bri_view_get_edge_to(v, ei)]
            for k in range(lib.bri_view_get_edge_n_relations(v, ei)):
                ptr = lib.bri_view_get_edge_relation(v, ei, k)
                r = Relation(self._graph, ptr, position[int(ffi.cast("uintptr_t", ptr))])
                src, dst = a, b
                # The edge's ends are the relation's ends or their roll-ups:
                # orient by the relation's own from.
                if r.from_id not in (a, b):
                    lineage = [x.id for x in _ancestors(r.from_entity)]
                    if b in lineage and a not in lineage:
                        src, dst = b, a
                elif r.from_id == b:
                    src, dst = b, a
                index = r.index
                data = dict(kind=r.kind, directed=r.directed, date=r.date,
                            end_date=r.end_date, title=r.title, sector=r.sector,
                            via=r.via_id, event=r.event, weight=r.weight,
                            confidence=r.confidence, source=r.source,
                            evidence=r.evidence, **{"from": r.from_id, "to": r.to_id})
                data.update(r.attributes)
                G.add_edge(src, dst, key=index, **data)
        return G

    def to_igraph(self) -> Any:
        """A python-igraph Graph (needs python-igraph): vertex attribute
        ``name`` = entity id, edge attribute ``weight``."""
        import igraph as ig
        ids = [e.id for e in self.entities()]
        index = {k: i for i, k in enumerate(ids)}
        edges = self.edges()
        g = ig.Graph(n=len(ids), edges=[(index[a], index[b]) for a, b, _, _ in edges],
                     directed=self.directed)
        g.vs["name"] = ids
        g.es["weight"] = [w for _, _, w, _ in edges]
        return g


class Period:
    """One period of a timeline: ``label`` ("2024-06", "2024-Q2", "2024"),
    ``start``/``end`` (first and last day), ``n_relations`` (dated within
    the period, or by a span overlapping it), ``n_coarse`` (dated more
    coarsely than the period: "2023" in a month of 2023; not in
    ``n_relations`` nor ``kinds``), ``n_active`` (entities of the period's
    view, coarse relations included), ``kinds`` ({kind: relations}) and
    ``top`` ([(Entity, score)] of the timeline's measure, on the same view
    as ``n_active``)."""

    __slots__ = ("label", "start", "end", "n_relations", "n_coarse", "n_active", "kinds", "top")
    label: str
    start: Optional[str]
    end: Optional[str]
    n_relations: int
    n_coarse: int
    n_active: int
    kinds: Dict[str, int]
    top: List[Tuple[Entity, float]]

    def __repr__(self) -> str:
        return "<bri.Period %s: %d relations (+%d coarse), %d active>" % (
            self.label, self.n_relations, self.n_coarse, self.n_active)


_PERIODS = {"month": lib.BRI_PERIOD_MONTH, "quarter": lib.BRI_PERIOD_QUARTER,
            "year": lib.BRI_PERIOD_YEAR}


class Timeline(List[Period]):
    """The [Period] of Graph.timeline(), which can also draw itself.
    ``n_coarse_total``: how many distinct relations are dated more coarsely
    than some period (a relation dated "2023" counts once, though each
    month of 2023 counts it in ``n_coarse``)."""

    _ptr: Any
    n_coarse_total: int

    def plot(self, path: Any, title: Optional[str] = None) -> None:
        """Draws the timeline to ``path`` (.svg, .png or .pdf) with libbri's
        cairo chart (bri_timeline_plot): stacked bars of relations by kind,
        a line of active entities, axes, legend, CJK-capable fonts; the same
        chart as ``bri timeline --chart``."""
        _call(lib.bri_timeline_plot, self._ptr, encode(os.fspath(path), "path"),
              ffi.NULL if title is None else encode(title, "title"))


def timeline(graph: Graph, by: str = "month", measure: str = "degree",
             weights: Weights = None, top: int = 5, kinds: Names = None,
             entity_kinds: Names = None, start: DateLike = None, end: DateLike = None,
             sources: Names = None, min_confidence: Optional[float] = None,
             project: Optional[str] = None, weighting: Optional[str] = None,
             rollup: Optional[str] = None, directed: Optional[bool] = None,
             involving: Any = None, keep_isolated: bool = False,
             groups: Any = None) -> "Timeline":
    """[Period] from the first to the last period of the admitted relations
    (or of the window), empty periods included. See Graph.timeline.

    ``by``: "month", "quarter" or "year". ``measure`` ranks the
    ``top`` entities of each period: "degree", "strength", "betweenness",
    "closeness", "harmonic", "eigenvector" or "pagerank", with ``weights``
    None or "none", "strength" or "raw".
    The filters are those of Graph.view(): ``project`` None or "none", or
    "actors"; ``weighting`` "count", "sum" or "newman"; ``kinds``,
    ``entity_kinds``, ``rollup`` and the others as described there."""
    from .graph import _date
    filt, opts = View._filter_options(kinds, entity_kinds, start, end, sources,
                                      min_confidence, project, weighting, rollup,
                                      directed, involving, graph, keep_isolated, groups)
    m = ffi.new("BriMeasure *")
    if not lib.bri_measure_from_name(encode(measure, "measure"), m):
        raise ValueError("unknown measure %r, expected one of %s" % (measure, ", ".join(MEASURES)))
    if top < 0:
        raise ValueError("top must be >= 0")
    t = ffi.gc(_call(lib.bri_timeline_new, graph._ptr, filt, opts,
                     _choice(_PERIODS, by, "period"), m[0],
                     _choice(_WEIGHTS, weights, "weights"), int(top)),
               lib.bri_timeline_free)
    kind_names = [text_nn(lib.bri_timeline_get_kind_name(t, k))
                  for k in range(lib.bri_timeline_get_n_kinds(t))]
    out = Timeline()
    out._ptr = t
    out.n_coarse_total = lib.bri_timeline_get_n_coarse_total(t)
    for i in range(lib.bri_timeline_get_n_periods(t)):
        p = Period()
        p.label = text_nn(lib.bri_timeline_get_period_label(t, i))
        p.start = _date(lib.bri_timeline_get_period_start(t, i))
        p.end = _date(lib.bri_timeline_get_period_end(t, i))
        p.n_relations = lib.bri_timeline_get_n_relations(t, i)
        p.n_coarse = lib.bri_timeline_get_n_coarse(t, i)
        p.n_active = lib.bri_timeline_get_n_active(t, i)
        p.kinds = {k: lib.bri_timeline_get_kind_count(t, i, j)
                   for j, k in enumerate(kind_names)}
        r = lib.bri_timeline_get_top(t, i)
        p.top = [(Entity(graph, lib.bri_ranking_get_entity(r, j)), lib.bri_ranking_get_score(r, j))
                 for j in range(lib.bri_ranking_get_n_items(r))]
        out.append(p)
    return out
