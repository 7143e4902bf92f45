from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError

# The JSON names this model knows; any other field of a response lands in additional_properties.
_SESSION_EMOTIONS_EMOTIONS_FIELDS: frozenset[str] = frozenset()  # a map: every key is an additional property


@_attrs_define
class SessionEmotionsEmotions:
    """Key-value object containing the times each emotion was detected, by emotion name. An open set of names; the vendor's
    pages show exaltation, focus, shock, seriousness, fatigue, disgust and overwhelming.

    """

    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        session_emotions_emotions = cls()

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _SESSION_EMOTIONS_EMOTIONS_FIELDS:
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _SESSION_EMOTIONS_EMOTIONS_FIELDS:
                    continue
                try:
                    additional_property = prop_dict
                    if isinstance(additional_property, bool) or not isinstance(additional_property, (int, float)):
                        raise DecodeError.expected("a number", additional_property)

                except Exception as exc:
                    raise DecodeError.at(prop_name, exc)
                additional_properties[prop_name] = additional_property
            session_emotions_emotions.additional_properties = additional_properties
        return session_emotions_emotions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
