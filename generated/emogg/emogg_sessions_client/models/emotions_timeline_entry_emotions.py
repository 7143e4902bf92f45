from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError

# The JSON names this model knows; any other field of a response lands in additional_properties.
_EMOTIONS_TIMELINE_ENTRY_EMOTIONS_FIELDS: frozenset[str] = frozenset()  # a map: every key is an additional property


@_attrs_define
class EmotionsTimelineEntryEmotions:
    """The detections of each emotion in the interval, by emotion name (an open set)."""

    additional_properties: dict[str, EmotionIntensity] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        emotions_timeline_entry_emotions = cls()

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _EMOTIONS_TIMELINE_ENTRY_EMOTIONS_FIELDS:
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _EMOTIONS_TIMELINE_ENTRY_EMOTIONS_FIELDS:
                    continue
                try:
                    additional_property = EmotionIntensity.from_dict(prop_dict)

                except Exception as exc:
                    raise DecodeError.at(prop_name, exc)
                additional_properties[prop_name] = additional_property
            emotions_timeline_entry_emotions.additional_properties = additional_properties
        return emotions_timeline_entry_emotions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> EmotionIntensity:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: EmotionIntensity) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.emotion_intensity import EmotionIntensity  # noqa: E402
