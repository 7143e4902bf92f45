"""Shared types: the UNSET marker, the typed response, the per-call options, and JSON decoding."""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Callable, Mapping, MutableMapping
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, TypedDict, TypeVar

import httpx

from .errors import DecodeError

__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "RequestOptions",
    "Response",
    "Unset",
    "decode_json",
    "decode_typed",
]


class Unset:
    """The type of UNSET: a field or argument that was not given (as opposed to given as None).

    One object for the life of the process: copies and pickles of a model hold the same UNSET, never a second
    instance (which `is UNSET` would not recognize, and `to_dict()` would emit and `json.dumps` refuse).
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickled by reference: unpickling looks up this module's UNSET

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Unset:
        return self


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


# Plain slotted classes written out, with what @dataclass(slots=True) would generate (the same __init__,
# __repr__ and __eq__): importing dataclasses and generating two classes at import time cost more than the rest
# of this module (the import budget is httpx plus 10 %; see scripts/bench/imports.py).
class File:
    """Contains information for file uploads"""

    __slots__ = ("file_name", "mime_type", "payload")
    __match_args__ = ("payload", "file_name", "mime_type")

    payload: BinaryIO
    file_name: str | None
    mime_type: str | None

    def __init__(self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}(payload={self.payload!r}, file_name={self.file_name!r}, "
            f"mime_type={self.mime_type!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.payload, self.file_name, self.mime_type) == (other.payload, other.file_name, other.mime_type)

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value, as a dataclass

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


class Response(Generic[T]):
    """A successful response: the parsed model and the raw status, headers and content."""

    __slots__ = ("content", "headers", "parsed", "status_code")
    __match_args__ = ("status_code", "content", "headers", "parsed")

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T

    def __init__(self, status_code: int, content: bytes, headers: MutableMapping[str, str], parsed: T) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}(status_code={self.status_code!r}, content={self.content!r}, "
            f"headers={self.headers!r}, parsed={self.parsed!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.status_code, self.content, self.headers, self.parsed) == (
            other.status_code,
            other.content,
            other.headers,
            other.parsed,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value, as a dataclass


class _ModelBase:
    """What every generated model (an attrs class, see templates/model.py.jinja) shares, written once here rather
    than generated per class: a repr and an equality over the attrs fields in their order (`additional_properties`
    last), as attrs' own would be; item access to the additional properties. A model whose additional properties
    have a type of their own overrides the item access, typed."""

    __slots__ = ()
    __attrs_attrs__: ClassVar[tuple[Any, ...]]  # set by attrs on each model
    additional_properties: dict[str, Any]

    def __repr__(self) -> str:
        fields = ", ".join(f"{field.name}={getattr(self, field.name)!r}" for field in self.__attrs_attrs__)
        return f"{type(self).__name__}({fields})"

    # Equal when of the same class with equal fields, as attrs compares; defining __eq__ makes it unhashable.
    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = [field.name for field in self.__attrs_attrs__]
        return [getattr(self, name) for name in names] == [getattr(other, name) for name in names]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Per-call options, accepted as keyword arguments by every endpoint function; any other is a TypeError.
#   timeout: seconds or an ``httpx.Timeout`` per network operation of this call (None: no timeout); default: the
#       client's.
#   deadline: seconds this whole call may take, retries and the reading of the body included; default: the
#       client's (None: no deadline).
#   max_retries: retries for this call; default: the client's.
#   extra_headers: headers to add to (or override on) this call (printable ASCII values).
# The functional form, with the types as values: the class form would compile each of its annotations (strings,
# under `from __future__ import annotations`) at import, a cost every client's cold start paid.
RequestOptions = TypedDict(  # noqa: UP013 - see above
    "RequestOptions",
    {
        "timeout": float | httpx.Timeout | None,
        "deadline": float | None,
        "max_retries": int,
        "extra_headers": Mapping[str, str],
    },
    total=False,
)


def decode_json(response: httpx.Response | bytes) -> Any:
    """The JSON value of `response`'s body (or of these bytes); DecodeError (never a builtin exception) when it is
    not JSON.

    NaN, Infinity and numbers beyond a float (1e400) are not JSON numbers (RFC 8259): a DecodeError too, rather
    than a nan or inf that `to_dict()` could not write back as JSON.

    With the `speed` extra installed (msgspec), its compiled decoder reads the body first. It accepts only what
    the standard library reads the same way (integers of any size stay exact); whatever it refuses (NaN, 1e400,
    a byte order mark, a lone surrogate, another encoding, malformed JSON) is decided by the standard library,
    so both paths give the same value or the same DecodeError.
    """
    content = response if isinstance(response, bytes) else response.content
    global _compiled
    if _compiled is _FIRST_BODY:  # the process's first body: the standard library reads it (see _compiled_decoder)
        _compiled, fast = _UNLOADED, None
    else:
        fast = _compiled_decoder()
    if fast is not None:
        try:
            return fast(content)
        except Exception:  # refused by the fast path: the standard library decides below
            pass
    try:
        return json.loads(content, parse_constant=_not_a_number, parse_float=_finite)
    except _NotFinite as exc:
        raise DecodeError(f"a number that is not finite: {exc}") from None
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise DecodeError(f"malformed JSON ({type(exc).__name__})") from exc


def decode_typed(response: httpx.Response | bytes, model: type, *, many: bool = False) -> Any:
    """With the `speed` extra, the body read by msgspec straight into `model` (a list of them when `many`), or
    None when it does not fit the schema exactly or the extra is missing: the caller then decodes it with
    `decode_json` and `from_dict`, which gives the same result for every body that does fit (see _typed.py).
    """
    if _compiled_decoder() is None:  # no extra, or the standard library put in force
        return None
    decoders = _many_decoders if many else _one_decoders
    decode = decoders.get(model, _UNLOADED)
    if decode is _UNLOADED:
        decode = _build_decoder(decoders, model, many)
    if decode is None:
        return None
    try:
        structs = decode(response if isinstance(response, bytes) else response.content)
        return list(map(model._from_struct, structs)) if many else model._from_struct(structs)  # type: ignore[attr-defined]
    except Exception as exc:  # any misfit: from_dict decides, and names the field
        if str(exc).startswith("Object contains unknown field"):
            # This server sends fields the spec does not list; its next bodies would fail the Struct too.
            decoders[model] = None
        return None


_UNLOADED: Any = object()
_FIRST_BODY: Any = object()
_compiled: Any = _FIRST_BODY
_one_decoders: dict[type, Any] = {}
_many_decoders: dict[type, Any] = {}
# msgspec 0.22 can crash the interpreter (SIGSEGV) when threads build Struct types and decoders at once (the first
# calls of a client shared by threads): one thread builds at a time (tests/runtime/test_runtime_first_calls.py).
_BUILDING = threading.Lock()


def _build_decoder(decoders: dict[type, Any], model: type, many: bool) -> Any:
    """The decoder of `model`, built on the first body of each model, by one thread at a time."""
    with _BUILDING:
        decode = decoders.get(model, _UNLOADED)
        if decode is _UNLOADED:
            from ._typed import struct_decoder

            decode = decoders[model] = struct_decoder(model, many=many)
    return decode


def _compiled_decoder() -> Callable[[bytes], Any] | None:
    """msgspec's JSON decoder when the `speed` extra is installed, else None; looked up on the second body only.

    The first body a process reads goes the standard library's way (`decode_json` then `from_dict`, with the same
    result): a script that makes a single call pays no import of msgspec and builds no Struct (the cold start row
    of scripts/bench/imports.py). `decode_json` moves `_compiled` on from `_FIRST_BODY` after that body.
    """
    global _compiled  # a cache of one lookup
    if _compiled is _FIRST_BODY:
        return None
    if _compiled is _UNLOADED:
        try:
            from msgspec.json import decode
        except ImportError:
            _compiled = None
        else:
            _compiled = decode
    return _compiled  # type: ignore[no-any-return]


class _NotFinite(Exception):
    pass


def _not_a_number(text: str) -> float:
    raise _NotFinite(text)


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotFinite(text[:40])
    return value
