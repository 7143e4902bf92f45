from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.creator_id_type import CreatorIdType
from ..types import _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_CREATOR_ID_FIELDS = frozenset(
    {
        "type",
        "value",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class CreatorId(_ModelBase):
    """The developer-managed ID of the user who created the resource."""

    type_: CreatorIdType
    """ The kind of creator ID. """
    value: str
    """ Developer-managed ID of the user who created the resource. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            _type_ = src_dict["type"]
            type_: CreatorIdType
            if isinstance(_type_, str):
                type_ = CreatorIdType(_type_)
            else:
                raise DecodeError.expected("a string", _type_)

        except Exception as exc:
            raise DecodeError.at("type", exc)

        try:
            value = src_dict["value"]
            if type(value) is not str and not isinstance(value, str):
                raise DecodeError.expected("a string", value)

        except Exception as exc:
            raise DecodeError.at("value", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.type_ = type_
        _instance.value = value

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 2:
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _CREATOR_ID_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("type_", "type", str, True),
            ("value", "value", str, True),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        type_ = _struct.type_
        type_ = CreatorIdType(type_)
        _instance.type_ = type_

        _instance.value = _struct.value

        _instance.additional_properties = {}
        return _instance
