from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_RECENT_FOLLOWER_FIELDS = frozenset(
    {
        "name",
        "createdAt",
    }
)


@_attrs_define
class RecentFollower:
    """One of the recent followers (`follower-recent`)."""

    name: str
    """ The follower's name. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the follow happened. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        name = self.name

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "name": name,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _get = src_dict.get
        try:
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise DecodeError.expected("a string", name)

        except Exception as exc:
            raise DecodeError.at("name", exc)

        try:
            created_at = _get("createdAt", UNSET)
            if created_at is not UNSET:
                created_at = datetime.datetime.fromisoformat(created_at)

        except Exception as exc:
            raise DecodeError.at("createdAt", exc)

        # Built without __init__: slot stores cost less than a call that would repeat them.
        recent_follower = object.__new__(cls)
        recent_follower.name = name
        recent_follower.created_at = created_at

        # Most bodies hold only known fields: a subset test (in C) spares filtering them.
        if src_dict.keys() <= _RECENT_FOLLOWER_FIELDS:
            recent_follower.additional_properties = {}
        else:
            recent_follower.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _RECENT_FOLLOWER_FIELDS
            }
        return recent_follower

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
