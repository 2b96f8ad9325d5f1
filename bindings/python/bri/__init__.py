"""bri — Belt and Road cooperation as a typed, dated, sourced knowledge graph.

A thin Python layer over libbri (cffi): every computation happens in C.

    >>> import bri
    >>> g = bri.load()                 # the bundled data
    >>> g.find("老撾")
    [<bri.Entity country:LA country 'Laos'>]
"""
from ._ffi import ffi as _ffi, lib as _lib
# LookupError: NameLookupError's former name, an attribute only (not in
# __all__, so that a star import does not shadow the builtin).
from .errors import (AmbiguousError, DataError, DuplicateError, Error,
                     FileError, GraphError, InvalidError, LimitError,
                     LookupError, NameLookupError, NotFoundError, ParseError,
                     UnknownReferenceError, DataWarning)
from .graph import Entity, Graph, GraphSummary, Kind, Relation, Source, load
from .view import Hop, Partition, Path, Period, Timeline, View
from .corridors import Corridor
from .importers import ImportReport, import_aiddata, import_gdelt
from .extract import (Candidate, Comparison, ExtractResult, Extractor,
                      ProposedEntity, ProposedRelation, extract)

__version__ = _ffi.string(_lib.bri_version_string()).decode()

__all__ = [
    "load", "Graph", "GraphSummary", "Entity", "Relation", "Source", "Kind",
    "View", "Path", "Hop", "Partition", "Period", "Timeline", "Corridor",
    "import_aiddata", "import_gdelt", "ImportReport",
    "Extractor", "ExtractResult", "extract", "ProposedRelation", "ProposedEntity",
    "Candidate", "Comparison",
    "Error", "DataError", "ParseError", "InvalidError", "DuplicateError",
    "LimitError", "NameLookupError", "NotFoundError", "AmbiguousError",
    "UnknownReferenceError", "GraphError", "FileError", "DataWarning",
]
