from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_SESSION_SOURCE_FIELDS = frozenset(
    {
        "id",
        "name",
        "type",
        "device",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class SessionSource(_ModelBase):
    """A data source of the session. The vendor documents it only by example; every field is optional and further fields
    are allowed.

    """

    id: str | Unset = UNSET
    """ Identifier of the source. """
    name: str | Unset = UNSET
    """ Name of the source. """
    type_: str | Unset = UNSET
    """ Kind of data the source provides. An open set; `video` is the one documented. """
    device: str | Unset = UNSET
    """ Device the source comes from. An open set; `local_camera` is the one documented. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        id = self.id

        name = self.name

        type_ = self.type_

        device = self.device

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            id = _src_get("id", UNSET)
            if id is not UNSET and (type(id) is not str and not isinstance(id, str)):
                raise DecodeError.expected("a string", id)

        except Exception as exc:
            raise DecodeError.at("id", exc)

        try:
            name = _src_get("name", UNSET)
            if name is not UNSET and (type(name) is not str and not isinstance(name, str)):
                raise DecodeError.expected("a string", name)

        except Exception as exc:
            raise DecodeError.at("name", exc)

        try:
            type_ = _src_get("type", UNSET)
            if type_ is not UNSET and (type(type_) is not str and not isinstance(type_, str)):
                raise DecodeError.expected("a string", type_)

        except Exception as exc:
            raise DecodeError.at("type", exc)

        try:
            device = _src_get("device", UNSET)
            if device is not UNSET and (type(device) is not str and not isinstance(device, str)):
                raise DecodeError.expected("a string", device)

        except Exception as exc:
            raise DecodeError.at("device", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.id = id
        _instance.name = name
        _instance.type_ = type_
        _instance.device = device

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == (id is not UNSET) + (name is not UNSET) + (type_ is not UNSET) + (device is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _SESSION_SOURCE_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("id", "id", str, False),
            ("name", "name", str, False),
            ("type_", "type", str, False),
            ("device", "device", str, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.id = _struct.id

        _instance.name = _struct.name

        _instance.type_ = _struct.type_

        _instance.device = _struct.device

        _instance.additional_properties = {}
        return _instance
