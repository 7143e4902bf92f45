from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_KICK_ALL_FIELDS = frozenset(
    {
        "action",
        "kicked_participants_count",
    }
)


@_attrs_define
class KickAll:
    """The action taken and how many participants it kicked."""

    action: str | Unset = UNSET
    """ The action taken. The vendor does not list its values. """
    kicked_participants_count: float | Unset = UNSET
    """ How many participants were kicked. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        action = self.action

        kicked_participants_count = self.kicked_participants_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if kicked_participants_count is not UNSET:
            field_dict["kicked_participants_count"] = kicked_participants_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            action = src_dict.get("action", UNSET)
            if action is not UNSET and (not isinstance(action, str)):
                raise DecodeError.expected("a string", action)

        except Exception as exc:
            raise DecodeError.at("action", exc)

        try:
            kicked_participants_count = src_dict.get("kicked_participants_count", UNSET)
            if kicked_participants_count is not UNSET and (
                isinstance(kicked_participants_count, bool) or not isinstance(kicked_participants_count, (int, float))
            ):
                raise DecodeError.expected("a number", kicked_participants_count)

        except Exception as exc:
            raise DecodeError.at("kicked_participants_count", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        kick_all = cls(
            action,
            kicked_participants_count,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _KICK_ALL_FIELDS:
            kick_all.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KICK_ALL_FIELDS
            }
        return kick_all

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
