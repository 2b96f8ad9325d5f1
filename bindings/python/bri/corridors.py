"""bri.corridors — Corridor: freight corridors gathered by origin and
destination (bri_graph_list_corridors()), copied into Python objects at once."""
from ._ffi import ffi, lib, text
from .graph import Entity, Relation, _date


class Corridor:
    """One freight corridor: ``origin`` and ``destination`` (Entities), the
    ``vias`` passed (Entities, distinct, in the order of the relations),
    ``first`` and ``last`` dates as written ("2023", "2025-09" or
    "2024-06-30"; None when undated), the
    ``sources`` (ids) and the ``relations`` (with date, source, evidence)."""

    __slots__ = ("origin", "destination", "vias", "first", "last", "sources", "relations")

    def __repr__(self):
        return "<bri.Corridor %s -> %s, %d relations>" % (
            self.origin.id, self.destination.id, len(self.relations))


def corridors(graph, place=None, kinds=None, entity_kinds=None, start=None, end=None,
              sources=None, min_confidence=None, involving=None):
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
        k.sources = [text(lib.bri_corridor_get_source(c, j))
                     for j in range(lib.bri_corridor_get_n_sources(c))]
        k.relations = [Relation(graph, lib.bri_corridor_get_relation(c, j))
                       for j in range(lib.bri_corridor_get_n_relations(c))]
        out.append(k)
    return out
