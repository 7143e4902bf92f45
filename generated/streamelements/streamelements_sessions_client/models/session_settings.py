from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError

# The JSON names this model knows; any other field of a response lands in additional_properties.
_SESSION_SETTINGS_FIELDS = frozenset(
    {
        "autoReset",
        "calendar",
    }
)


@_attrs_define
class SessionSettings:
    """The channel's session settings."""

    auto_reset: bool
    """ Whether the session counters reset automatically. """
    calendar: bool
    """ Whether the session follows the calendar (weeks and months). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        auto_reset = self.auto_reset

        calendar = self.calendar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "autoReset": auto_reset,
                "calendar": calendar,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            auto_reset = src_dict["autoReset"]
            if not isinstance(auto_reset, bool):
                raise DecodeError.expected("a boolean", auto_reset)

        except Exception as exc:
            raise DecodeError.at("autoReset", exc)

        try:
            calendar = src_dict["calendar"]
            if not isinstance(calendar, bool):
                raise DecodeError.expected("a boolean", calendar)

        except Exception as exc:
            raise DecodeError.at("calendar", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        session_settings = cls(
            auto_reset,
            calendar,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _SESSION_SETTINGS_FIELDS:
            session_settings.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _SESSION_SETTINGS_FIELDS
            }
        return session_settings

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
