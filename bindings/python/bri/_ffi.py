"""bri._ffi — the one place that loads the compiled cffi module.

Everything else imports ``ffi`` and ``lib`` from here, plus two helpers that
turn C strings into Python ones.
"""
from typing import Any, Optional

from ._bri_cffi import ffi, lib  # noqa: F401


def text(ptr: Any) -> Optional[str]:
    """A borrowed ``const char *`` as str, None for NULL."""
    if ptr == ffi.NULL:
        return None
    return ffi.string(ptr).decode("utf-8")


def text_nn(ptr: Any) -> str:
    """A borrowed ``const char *`` that libbri never returns NULL, as str."""
    return ffi.string(ptr).decode("utf-8")


def owned_text(ptr: Any) -> Optional[str]:
    """A ``char *`` the caller owns (transfer full): copy it, g_free() it."""
    if ptr == ffi.NULL:
        return None
    try:
        return ffi.string(ptr).decode("utf-8")
    finally:
        lib.g_free(ptr)


def encode(s: object, what: str = "name") -> bytes:
    """A Python str as UTF-8 bytes for C; refuse NUL, which C would cut at."""
    if not isinstance(s, str):
        raise TypeError("%s must be a str, not %s" % (what, type(s).__name__))
    b = s.encode("utf-8")
    if b"\0" in b:
        raise ValueError("%s must not contain NUL characters" % what)
    return b
