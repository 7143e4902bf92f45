from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_MUTE_ALL_FIELDS = frozenset(
    {
        "action",
        "muted_participants_count",
    }
)


@_attrs_define
class MuteAll:
    """The action taken and how many participants it muted."""

    action: str | Unset = UNSET
    """ The action taken. The vendor does not list its values. """
    muted_participants_count: float | Unset = UNSET
    """ How many participants were muted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            action = src_dict.get("action", UNSET)
            if action is not UNSET and (not isinstance(action, str)):
                raise DecodeError.expected("a string", action)

        except Exception as exc:
            raise DecodeError.at("action", exc)

        try:
            muted_participants_count = src_dict.get("muted_participants_count", UNSET)
            if muted_participants_count is not UNSET and (
                isinstance(muted_participants_count, bool) or not isinstance(muted_participants_count, (int, float))
            ):
                raise DecodeError.expected("a number", muted_participants_count)

        except Exception as exc:
            raise DecodeError.at("muted_participants_count", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        mute_all = cls(
            action,
            muted_participants_count,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _MUTE_ALL_FIELDS:
            mute_all.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _MUTE_ALL_FIELDS
            }
        return mute_all

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
