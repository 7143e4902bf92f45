from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_EMOTIONS_TIMELINE_ENTRY_FIELDS = frozenset(
    {
        "start",
        "end",
        "detectedFaces",
        "emotions",
    }
)


@_attrs_define
class EmotionsTimelineEntry:
    """The detections of one interval of the timeline."""

    start: float | Unset = UNSET
    """ Start of the interval, in seconds from the session's start. """
    end: float | Unset = UNSET
    """ End of the interval, in seconds from the session's start. """
    detected_faces: float | Unset = UNSET
    """ Faces detected in the interval. """
    emotions: EmotionsTimelineEntryEmotions | Unset = UNSET
    """ The detections of each emotion in the interval, by emotion name (an open set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        start = self.start

        end = self.end

        detected_faces = self.detected_faces

        emotions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emotions, Unset):
            emotions = self.emotions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if detected_faces is not UNSET:
            field_dict["detectedFaces"] = detected_faces
        if emotions is not UNSET:
            field_dict["emotions"] = emotions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            start = src_dict.get("start", UNSET)
            if start is not UNSET and (isinstance(start, bool) or not isinstance(start, (int, float))):
                raise DecodeError.expected("a number", start)

        except Exception as exc:
            raise DecodeError.at("start", exc)

        try:
            end = src_dict.get("end", UNSET)
            if end is not UNSET and (isinstance(end, bool) or not isinstance(end, (int, float))):
                raise DecodeError.expected("a number", end)

        except Exception as exc:
            raise DecodeError.at("end", exc)

        try:
            detected_faces = src_dict.get("detectedFaces", UNSET)
            if detected_faces is not UNSET and (
                isinstance(detected_faces, bool) or not isinstance(detected_faces, (int, float))
            ):
                raise DecodeError.expected("a number", detected_faces)

        except Exception as exc:
            raise DecodeError.at("detectedFaces", exc)

        try:
            _emotions = src_dict.get("emotions", UNSET)
            emotions: EmotionsTimelineEntryEmotions | Unset
            if _emotions is UNSET:
                emotions = UNSET
            else:
                emotions = EmotionsTimelineEntryEmotions.from_dict(_emotions)

        except Exception as exc:
            raise DecodeError.at("emotions", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        emotions_timeline_entry = cls(
            start,
            end,
            detected_faces,
            emotions,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _EMOTIONS_TIMELINE_ENTRY_FIELDS:
            emotions_timeline_entry.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _EMOTIONS_TIMELINE_ENTRY_FIELDS
            }
        return emotions_timeline_entry

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


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.emotions_timeline_entry_emotions import EmotionsTimelineEntryEmotions  # noqa: E402
