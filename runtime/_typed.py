"""The `speed` extra's decoding of a body straight into the models, through msgspec Structs shaped like them.

msgspec reads the JSON bytes into one Struct per model (built once, from the model's `_struct_fields`), checking
each field's JSON type in C; the model's `_from_struct` then copies the fields over. That is about half the work
of reading the body into dicts and checking every field in Python (`from_dict`); see scripts/bench/parse.py.

Only a body that fits its schema exactly is read this way. Anything else fails the Struct (an unknown field, a
missing required field, a value of another JSON type, whatever msgspec refuses to read as the standard library
reads it, a date `fromisoformat` rejects) and goes the way it goes without the extra: `decode_json` then
`from_dict`, which keeps unknown fields and names the field that does not fit. Both ways give the same model
or the same DecodeError (tests/runtime/test_runtime_typed_path.py). Property kinds this module has no Struct
type for (unions of several kinds, dates, files, maps of typed values) are read as plain JSON values and decoded
by the same code as `from_dict`'s.

Why Structs and a copy, when msgspec can decode into attrs classes (the models) directly: for attrs classes it
takes each JSON key to be the attribute's name (no renaming: `_id` -> `id` and `tip-latest` -> `tip_latest` are
impossible), and it drops unknown fields silently where a Struct can refuse them (`forbid_unknown_fields`), so a
body with fields the spec does not list would lose them instead of keeping them in `additional_properties`
(msgspec issues #372 and #553: renaming stays a Struct feature).
"""

from __future__ import annotations

from collections.abc import Callable
from types import GenericAlias
from typing import Any

from .types import UNSET

__all__ = ["struct_decoder"]


class _Unsupported(Exception):
    """A model whose Struct cannot be built (it refers to itself): its bodies always take the `from_dict` way."""


_structs: dict[type, Any] = {}  # model class -> its Struct type, or Any (the model reads plain JSON values)


def struct_decoder(model: type, *, many: bool = False) -> Callable[[bytes], Any] | None:
    """msgspec's decoder of `model` (a list of them when `many`) as Structs, or None when there is none."""
    try:
        import msgspec
    except ImportError:
        return None
    try:
        struct = _struct(model, msgspec, set())
    except _Unsupported:
        return None
    if struct is Any:
        return None
    return msgspec.json.Decoder(GenericAlias(list, (struct,)) if many else struct).decode


def _struct(model: type, msgspec: Any, building: set[type]) -> Any:
    if model in _structs:
        return _structs[model]
    if model in building:
        raise _Unsupported(model.__name__)
    building.add(model)

    def struct_of(child: type, *, many: bool = False) -> Any:
        struct = _struct(child, msgspec, building)
        return GenericAlias(list, (struct,)) if many else struct

    fields = model._struct_fields(struct_of)  # type: ignore[attr-defined]
    if fields is None:
        struct: Any = Any
    else:
        struct = msgspec.defstruct(
            model.__name__,
            [
                (name, kind, msgspec.field(name=wire) if required else msgspec.field(name=wire, default=UNSET))
                for name, wire, kind, required in fields
            ],
            kw_only=True,
            forbid_unknown_fields=True,  # an unknown field is kept by from_dict: such a body goes that way
            gc=False,  # a decoded body is a tree, never a cycle; untracked Structs cost less to make and free
        )
    building.discard(model)
    _structs[model] = struct
    return struct
