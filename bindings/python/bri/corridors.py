"""bri.corridors — Corridor: freight corridors gathered by origin and
destination (bri_graph_list_corridors()), copied into Python objects at once."""
from typing import Any, List, Optional

from ._ffi import ffi, lib, text_nn
from .graph import DateLike, Entity, Graph, Names, Relation, _date


class Corridor:
    """One freight corridor: ``origin`` and ``destination`` (Entities), the
    ``vias`` passed (Entities, distinct, in the order of the relations),
    ``first`` and ``last`` dates as written ("2023", "2025-09" or
    "2024-06-30"; None when undated), the
    ``sources`` (ids) and the ``relations`` (with date, source, evidence)."""

    __slots__ = ("origin", "destination", "vias", "first", "last", "sources", "relations")
    origin: Entity
    destination: Entity
    vias: List[Entity]
    first: Optional[str]
    last: Optional[str]
    sources: List[str]
    relations: List[Relation]

    def __repr__(self) -> str:
        return "<bri.Corridor %s -> %s, %d relations>" % (
            self.origin.id, self.destination.id, len(self.relations))


def corridors(graph: Graph, place: Any = None, kinds: Names = None,
              entity_kinds: Names = None, start: DateLike = None, end: DateLike = None,
              sources: Names = None, min_confidence: Optional[float] = None,
              involving: Any = None) -> List[Corridor]:
    from .view import View, _call
    filt, _ = View._filter_options(kinds, entity_kinds, start, end, sources,
                                   min_confidence, None, None, None, None,
                                   involving, graph)
    where = graph.resolve(place)._ptr if place is not None else ffi.NULL
    lst = ffi.gc(_call(lib.bri_graph_list_corridors, graph._ptr, filt, where),
                 lib.bri_corridor_list_free)
    out = []
    for i in range(lib.bri_corridor_list_get_n_corridors(lst)):
        c = lib.bri_corridor_list_get_corridor(lst, i)
        k = Corridor()
        k.origin = Entity(graph, lib.bri_corridor_get_origin(c))
        k.destination = Entity(graph, lib.bri_corridor_get_destination(c))
        k.vias = [Entity(graph, lib.bri_corridor_get_via(c, j))
                  for j in range(lib.bri_corridor_get_n_vias(c))]
        k.first = _date(lib.bri_corridor_get_first_date(c))
        k.last = _date(lib.bri_corridor_get_last_date(c))
        k.sources = [text_nn(lib.bri_corridor_get_source(c, j))
                     for j in range(lib.bri_corridor_get_n_sources(c))]
        k.relations = [Relation(graph, lib.bri_corridor_get_relation(c, j))
                       for j in range(lib.bri_corridor_get_n_relations(c))]
        out.append(k)
    return out
