from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_MUTE_ALL_FIELDS = frozenset(
    {
        "action",
        "muted_participants_count",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class MuteAll(_ModelBase):
    """The action taken and how many participants it muted."""

    action: str | Unset = UNSET
    """ The action taken. The vendor does not list its values. """
    muted_participants_count: float | Unset = UNSET
    """ How many participants were muted. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        action = self.action

        muted_participants_count = self.muted_participants_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if muted_participants_count is not UNSET:
            field_dict["muted_participants_count"] = muted_participants_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            action = _src_get("action", UNSET)
            if action is not UNSET and (type(action) is not str and not isinstance(action, str)):
                raise DecodeError.expected("a string", action)

        except Exception as exc:
            raise DecodeError.at("action", exc)

        try:
            muted_participants_count = _src_get("muted_participants_count", UNSET)
            if muted_participants_count is not UNSET and (
                type(muted_participants_count) is not float
                and type(muted_participants_count) is not int
                and (
                    isinstance(muted_participants_count, bool) or not isinstance(muted_participants_count, (int, float))
                )
            ):
                raise DecodeError.expected("a number", muted_participants_count)

        except Exception as exc:
            raise DecodeError.at("muted_participants_count", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.action = action
        _instance.muted_participants_count = muted_participants_count

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == (action is not UNSET) + (muted_participants_count is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _MUTE_ALL_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("action", "action", str, False),
            ("muted_participants_count", "muted_participants_count", int | float, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.action = _struct.action

        _instance.muted_participants_count = _struct.muted_participants_count

        _instance.additional_properties = {}
        return _instance
