from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_EMOTIONS_TIMELINE_ENTRY_FIELDS = frozenset(
    {
        "start",
        "end",
        "detectedFaces",
        "emotions",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class EmotionsTimelineEntry(_ModelBase):
    """The detections of one interval of the timeline."""

    start: float | Unset = UNSET
    """ Start of the interval, in seconds from the session's start. """
    end: float | Unset = UNSET
    """ End of the interval, in seconds from the session's start. """
    detected_faces: float | Unset = UNSET
    """ Faces detected in the interval. """
    emotions: EmotionsTimelineEntryEmotions | Unset = UNSET
    """ The detections of each emotion in the interval, by emotion name (an open set). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            start = _src_get("start", UNSET)
            if start is not UNSET and (
                type(start) is not float
                and type(start) is not int
                and (isinstance(start, bool) or not isinstance(start, (int, float)))
            ):
                raise DecodeError.expected("a number", start)

        except Exception as exc:
            raise DecodeError.at("start", exc)

        try:
            end = _src_get("end", UNSET)
            if end is not UNSET and (
                type(end) is not float
                and type(end) is not int
                and (isinstance(end, bool) or not isinstance(end, (int, float)))
            ):
                raise DecodeError.expected("a number", end)

        except Exception as exc:
            raise DecodeError.at("end", exc)

        try:
            detected_faces = _src_get("detectedFaces", UNSET)
            if detected_faces is not UNSET and (
                type(detected_faces) is not float
                and type(detected_faces) is not int
                and (isinstance(detected_faces, bool) or not isinstance(detected_faces, (int, float)))
            ):
                raise DecodeError.expected("a number", detected_faces)

        except Exception as exc:
            raise DecodeError.at("detectedFaces", exc)

        try:
            emotions = _src_get("emotions", UNSET)
            if emotions is not UNSET:
                emotions = EmotionsTimelineEntryEmotions.from_dict(emotions)

        except Exception as exc:
            raise DecodeError.at("emotions", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.start = start
        _instance.end = end
        _instance.detected_faces = detected_faces
        _instance.emotions = emotions

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == (start is not UNSET) + (end is not UNSET) + (detected_faces is not UNSET) + (
            emotions is not UNSET
        ):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _EMOTIONS_TIMELINE_ENTRY_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("start", "start", int | float, False),
            ("end", "end", int | float, False),
            ("detected_faces", "detectedFaces", int | float, False),
            ("emotions", "emotions", struct_of(EmotionsTimelineEntryEmotions), False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.start = _struct.start

        _instance.end = _struct.end

        _instance.detected_faces = _struct.detected_faces

        emotions = _struct.emotions
        if emotions is not UNSET:
            emotions = EmotionsTimelineEntryEmotions._from_struct(emotions)
        _instance.emotions = emotions

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.emotions_timeline_entry_emotions import EmotionsTimelineEntryEmotions  # noqa: E402
