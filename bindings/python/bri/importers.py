"""bri.importers — AidData GCDF 3.0 and GDELT events into data set
directories (bri/import.h): ``bri.import_aiddata`` and ``bri.import_gdelt``.

    >>> report = bri.import_gdelt(["20191024.export.CSV"], "out")
    >>> report.relations, report.filtered
    >>> g = bri.load(bri.graph.bundled_data_dirs() + ["out"])
"""
import os
from typing import Any, Iterable, List, NamedTuple, Optional, Union

from ._ffi import encode, ffi, lib, text_nn
from .errors import GErrorBox
from .graph import Graph, PathLike, bundled_data_dirs



class ImportReport(NamedTuple):
    """What an import did: data rows read, relations
    written, rows merged into an earlier relation (GDELT), new entities, rows
    left out by a filter, bad rows skipped (skip_bad_rows=True), and the
    problems noted (``FILE:LINE:COL: message`` strings)."""

    rows: int
    relations: int
    merged: int
    entities: int
    filtered: int
    skipped: int
    problems: List[str]


_VERSIONS = {"auto": lib.BRI_GDELT_AUTO, "2": lib.BRI_GDELT_V2, "1": lib.BRI_GDELT_V1}


def _options(skip_bad_rows: bool, keep_non_aggregates: bool = False,
             cameo: Union[str, Iterable[str], None] = None,
             version: Union[str, int] = "auto") -> Any:
    opts = ffi.gc(lib.bri_import_options_new(), lib.bri_import_options_free)
    lib.bri_import_options_set_skip_bad_rows(opts, bool(skip_bad_rows))
    lib.bri_import_options_set_keep_non_aggregates(opts, bool(keep_non_aggregates))
    if str(version) not in _VERSIONS:
        raise ValueError("version: %r, expected 'auto', 1 or 2" % (version,))
    lib.bri_import_options_set_gdelt_version(opts, _VERSIONS[str(version)])
    if cameo is not None:
        codes = cameo if isinstance(cameo, str) else ",".join(cameo)
        err = GErrorBox()
        if not lib.bri_import_options_set_cameo(opts, encode(codes, "cameo"), err.ptr):
            err.fail()
    root = os.path.dirname(bundled_data_dirs()[0])
    lib.bri_import_options_set_mapping_dir(opts, encode(os.path.join(root, "import"), "path"))
    return opts


def _base(base: Optional[Graph]) -> Graph:
    return base if base is not None else Graph().load(bundled_data_dirs()[0])


def _report(ptr: Any, err: GErrorBox) -> ImportReport:
    if ptr == ffi.NULL:
        err.fail()
    ptr = ffi.gc(ptr, lib.bri_import_report_free)
    problems = [text_nn(lib.bri_import_report_get_problem(ptr, i))
                for i in range(lib.bri_import_report_get_n_problems(ptr))]
    return ImportReport(lib.bri_import_report_get_n_rows(ptr),
                        lib.bri_import_report_get_n_relations(ptr),
                        lib.bri_import_report_get_n_merged(ptr),
                        lib.bri_import_report_get_n_entities(ptr),
                        lib.bri_import_report_get_n_filtered(ptr),
                        lib.bri_import_report_get_n_skipped(ptr),
                        problems)


def import_aiddata(path: PathLike, out: PathLike, base: Optional[Graph] = None,
                   skip_bad_rows: bool = False,
                   keep_non_aggregates: bool = False) -> ImportReport:
    """Imports a GCDF 3.0 workbook (.xlsx) or CSV into the new directory ``out``.

    ``base``: the Graph names resolve against (default: the bundled
    gazetteer). Rows AidData recommends not to aggregate are left out unless
    ``keep_non_aggregates``. Raises DataError (file:line:col) or FileError;
    a failed import leaves no ``out``. Returns an ImportReport."""
    g = _base(base)
    opts = _options(skip_bad_rows, keep_non_aggregates)
    err = GErrorBox()
    ptr = lib.bri_import_aiddata(g._ptr, encode(os.fsdecode(path), "path"),
                                 encode(os.fsdecode(out), "path"), opts, err.ptr)
    return _report(ptr, err)


def import_gdelt(paths: Union[PathLike, Iterable[PathLike]], out: PathLike,
                 base: Optional[Graph] = None,
                 cameo: Union[str, Iterable[str], None] = None,
                 version: Union[str, int] = "auto",
                 skip_bad_rows: bool = False) -> ImportReport:
    """Imports GDELT event files (1.0 or 2.0, tab-separated) into ``out``.

    ``cameo``: codes or prefixes to keep (a list or "04,057"; default
    04,05,06); ``version``: "auto" (from the number of columns), "1" or
    "2" (or the ints 1, 2). Raises as import_aiddata."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]
    g = _base(base)
    opts = _options(skip_bad_rows, cameo=cameo, version=version)
    keep = [ffi.new("char[]", encode(os.fsdecode(p), "path")) for p in paths]
    argv = ffi.new("const char *[]", keep + [ffi.NULL])
    err = GErrorBox()
    ptr = lib.bri_import_gdelt(g._ptr, argv, encode(os.fsdecode(out), "path"), opts, err.ptr)
    return _report(ptr, err)
