from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_PAGING_FIELDS = frozenset(
    {
        "start_offset",
        "end_offset",
        "total_count",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class Paging(_ModelBase):
    """Where the page lies in the whole list."""

    start_offset: float | Unset = UNSET
    """ Offset of the page's first item. """
    end_offset: float | Unset = UNSET
    """ Offset of the page's last item. """
    total_count: float | Unset = UNSET
    """ How many items the whole list has. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        start_offset = self.start_offset

        end_offset = self.end_offset

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if start_offset is not UNSET:
            field_dict["start_offset"] = start_offset
        if end_offset is not UNSET:
            field_dict["end_offset"] = end_offset
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            start_offset = _src_get("start_offset", UNSET)
            if start_offset is not UNSET and (
                type(start_offset) is not float
                and type(start_offset) is not int
                and (isinstance(start_offset, bool) or not isinstance(start_offset, (int, float)))
            ):
                raise DecodeError.expected("a number", start_offset)

        except Exception as exc:
            raise DecodeError.at("start_offset", exc)

        try:
            end_offset = _src_get("end_offset", UNSET)
            if end_offset is not UNSET and (
                type(end_offset) is not float
                and type(end_offset) is not int
                and (isinstance(end_offset, bool) or not isinstance(end_offset, (int, float)))
            ):
                raise DecodeError.expected("a number", end_offset)

        except Exception as exc:
            raise DecodeError.at("end_offset", exc)

        try:
            total_count = _src_get("total_count", UNSET)
            if total_count is not UNSET and (
                type(total_count) is not float
                and type(total_count) is not int
                and (isinstance(total_count, bool) or not isinstance(total_count, (int, float)))
            ):
                raise DecodeError.expected("a number", total_count)

        except Exception as exc:
            raise DecodeError.at("total_count", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.start_offset = start_offset
        _instance.end_offset = end_offset
        _instance.total_count = total_count

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == (start_offset is not UNSET) + (end_offset is not UNSET) + (total_count is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _PAGING_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("start_offset", "start_offset", int | float, False),
            ("end_offset", "end_offset", int | float, False),
            ("total_count", "total_count", int | float, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.start_offset = _struct.start_offset

        _instance.end_offset = _struct.end_offset

        _instance.total_count = _struct.total_count

        _instance.additional_properties = {}
        return _instance
