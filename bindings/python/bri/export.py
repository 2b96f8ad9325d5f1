"""bri.export — writing a view or the whole graph in the formats other tools
read (bri/export.h): View.export() and Graph.export() call
bri_view_export() / bri_graph_export() with these options, so Python, C
and ``bri export`` write the same files.

The accepted format names come from the library's own table
(bri_export_format_get_name), the one its name lookup validates against.
"""
import os
from typing import Any, Dict, List, Optional, Tuple

from ._ffi import encode, ffi, lib
from .errors import GErrorBox


def _format_names() -> Tuple[str, ...]:
    names: List[str] = []
    i = 0
    while True:
        name = lib.bri_export_format_get_name(i)
        if name == ffi.NULL:
            return tuple(names)
        names.append(ffi.string(name).decode())
        i += 1


#: the export formats, in the library's order: "graphml", "gexf", "json",
#: "dot", "neo4j", "graphframes", "csv" (the last three write a directory)
FORMATS: Tuple[str, ...] = _format_names()
#: the label languages: "en" (the English name) and "zh" (the Chinese name,
#: the English one where an entity has none)
LABELS: Dict[str, int] = {"en": lib.BRI_LABELS_EN, "zh": lib.BRI_LABELS_ZH}
#: the format a file's extension implies when ``format`` is not given
EXTENSIONS: Dict[str, str] = {".graphml": "graphml", ".gexf": "gexf", ".json": "json",
                              ".dot": "dot", ".gv": "dot"}


def _format(path: str, format: Optional[str]) -> int:
    if format is None:
        ext = os.path.splitext(path)[1].lower()
        if ext not in EXTENSIONS:
            raise ValueError("cannot tell the export format from %r: give format=, one of %s"
                             % (path, ", ".join(FORMATS)))
        format = EXTENSIONS[ext]
    if not isinstance(format, str):
        raise TypeError("format must be a str, one of %s" % ", ".join(FORMATS))
    out = ffi.new("BriExportFormat *")
    if not lib.bri_export_format_from_name(encode(format, "format"), out):
        raise ValueError("unknown export format %r, expected one of %s"
                         % (format, ", ".join(FORMATS)))
    return int(out[0])


def _options(labels: str, bom: bool, mixed: bool) -> Any:
    if labels not in LABELS:
        raise ValueError("unknown labels %r, expected one of %s" % (labels, ", ".join(LABELS)))
    o = ffi.gc(lib.bri_export_options_new(), lib.bri_export_options_free)
    lib.bri_export_options_set_labels(o, LABELS[labels])
    lib.bri_export_options_set_bom(o, bool(bom))
    lib.bri_export_options_set_mixed(o, bool(mixed))
    return o


def write(fn: Any, target: Any, path: Any, format: Optional[str], labels: str,
          bom: bool, mixed: bool) -> str:
    """Calls bri_view_export or bri_graph_export (``fn``) on ``target``;
    returns the format's name."""
    p = os.fsdecode(os.fspath(path))
    f = _format(p, format)
    if bom and f != lib.BRI_EXPORT_CSV:
        raise ValueError("bom=True applies to format='csv' only")
    o = _options(labels, bom, mixed)
    err = GErrorBox()
    if not fn(target, f, encode(p, "path"), o, err.ptr):
        err.fail()
    return FORMATS[f]
