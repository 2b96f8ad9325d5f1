"""bri.errors — libbri's GError turned into Python exceptions.

Every exception is a ``bri.Error``; each also inherits the standard type a
Python user would catch (pygit2's layering): input-file problems are
``DataError`` (a ``ValueError``) carrying ``file``, ``line`` and ``column``
parsed from libbri's ``FILE:LINE:COLUMN: message``; failed lookups are
``NameLookupError`` (a ``KeyError``) carrying ``candidates``; I/O errors are
``FileError`` (an ``OSError``). ``check()`` frees the GError it converts.
"""
import typing
from typing import Any, Dict, Iterable, List, NoReturn, Optional, Type

from ._ffi import ffi, lib

if typing.TYPE_CHECKING:
    import re

# libbri's BriErrorCode values (include/bri/error.h).
FAILED, PARSE, INVALID, NOT_FOUND, AMBIGUOUS, DUPLICATE, LIMIT, GRAPH = range(8)


class Error(Exception):
    """Base of every libbri error: ``code`` (a BriErrorCode or GFileError
    value), ``domain`` (the GError domain's name) and ``message``."""

    def __init__(self, message: str, code: int = FAILED, domain: str = "bri-error-quark") -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.domain = domain

    def __str__(self) -> str:  # KeyError would show repr(message)
        return self.message


def _location(message: str) -> Optional["re.Match[str]"]:
    """The match of ``FILE:LINE:COLUMN: reason`` at the start of
    @message, or None. re is imported here, when an error is built, not by
    ``import bri`` (3.5 ms of a 14 ms import); re caches the pattern."""
    import re
    return re.match(r"^(.*?):(\d+):(\d+): (.*)$", message, re.S)


def _locate(obj: Any, message: str) -> None:
    """Sets ``file``, ``line``, ``column`` (None when @message has no
    location) and ``reason`` (the message after it) on @obj."""
    m = _location(message)
    if m:
        obj.file, obj.line, obj.column = m.group(1), int(m.group(2)), int(m.group(3))
        obj.reason = m.group(4)
    else:
        obj.file = obj.line = obj.column = None
        obj.reason = message


class DataError(Error, ValueError):
    """Bad input data. ``file``, ``line``, ``column`` (None when the
    message has no location) and ``reason`` (the message after it)."""

    file: Optional[str]
    line: Optional[int]
    column: Optional[int]
    reason: str

    def __init__(self, message: str, code: int = FAILED, domain: str = "bri-error-quark") -> None:
        super().__init__(message, code, domain)
        _locate(self, message)


class ParseError(DataError):
    """Input that is not well formed (BRI_ERROR_PARSE)."""


class InvalidError(DataError):
    """Well-formed input that breaks a rule of the model (BRI_ERROR_INVALID)."""


class DuplicateError(DataError):
    """An id or column defined twice differently (BRI_ERROR_DUPLICATE)."""


class LimitError(DataError):
    """A documented limit exceeded (BRI_ERROR_LIMIT)."""


class NameLookupError(Error, KeyError):
    """A name, id or kind that does not denote exactly one thing.
    ``candidates``: the ids libbri suggests or that match."""

    def __init__(self, message: str, code: int = FAILED, domain: str = "bri-error-quark",
                 candidates: Iterable[str] = ()) -> None:
        super().__init__(message, code, domain)
        self.candidates = list(candidates)


# The former name, kept as an alias for one release. It shadowed Python's
# builtin LookupError wherever it was imported by name; use NameLookupError.
LookupError = NameLookupError  # noqa: A001


class NotFoundError(NameLookupError):
    """Nothing matches (BRI_ERROR_NOT_FOUND); candidates: nearest ids."""


class AmbiguousError(NameLookupError):
    """Several entities match (BRI_ERROR_AMBIGUOUS); candidates: their ids."""


class UnknownReferenceError(DataError, NotFoundError):
    """A data file refers to something that does not exist (NOT_FOUND with
    a file location): both a DataError and a NotFoundError."""


class GraphError(Error, RuntimeError):
    """igraph failed while computing a result (BRI_ERROR_GRAPH)."""


class FileError(Error, OSError):
    """A file or directory could not be read or written (G_FILE_ERROR)."""


class DataWarning(UserWarning):
    """Data that loads but deserves a look (``warnings.warn`` category):
    a name or alias shared by two entities. ``file``, ``line``, ``column``
    and ``reason`` as for DataError."""

    file: Optional[str]
    line: Optional[int]
    column: Optional[int]
    reason: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        _locate(self, message)


_BY_CODE: Dict[int, Type[Error]] = {
    PARSE: ParseError,
    INVALID: InvalidError,
    NOT_FOUND: NotFoundError,
    AMBIGUOUS: AmbiguousError,
    DUPLICATE: DuplicateError,
    LIMIT: LimitError,
    GRAPH: GraphError,
}


def _candidates(code: int, message: str) -> List[str]:
    if code == NOT_FOUND and "; nearest: " in message:
        return message.rsplit("; nearest: ", 1)[1].split(", ")
    if code == AMBIGUOUS and " entities match: " in message:
        import re
        tail = message.split(" entities match: ", 1)[1]
        # "id (name), id (name)": ids have no white space.
        return re.findall(r"(?:^|, )(\S+) \(", tail)
    return []


def from_gerror(gerror: Any) -> Error:
    """Builds the exception for a ``GError *`` (does not free it)."""
    message = ffi.string(gerror.message).decode("utf-8", "replace")
    code = gerror.code
    if gerror.domain == lib.bri_error_quark():
        cls = _BY_CODE.get(code, Error)
        if cls is NotFoundError and _location(message):
            cls = UnknownReferenceError
        exc = cls(message, code)
        if isinstance(exc, NameLookupError):
            exc.candidates = _candidates(code, message)
        return exc
    domain = ffi.string(lib.g_quark_to_string(gerror.domain)).decode()
    if gerror.domain == lib.g_file_error_quark():
        return FileError(message, code, domain)
    return Error(message, code, domain)


class GErrorBox:
    """Holds a ``GError **`` for one call: ``with GErrorBox() as err:``
    then ``err.ptr`` to pass and ``err.check()`` to raise."""

    __slots__ = ("ptr",)

    def __init__(self) -> None:
        self.ptr = ffi.new("GError **")

    def raise_if_set(self) -> None:
        if self.ptr[0] != ffi.NULL:
            exc = from_gerror(self.ptr[0])
            lib.g_error_free(self.ptr[0])
            self.ptr[0] = ffi.NULL
            raise exc

    def fail(self) -> NoReturn:
        """After a call returned NULL/FALSE: raise its error (or a generic
        one if libbri broke its contract and set none)."""
        self.raise_if_set()
        raise Error("libbri reported failure without an error")
