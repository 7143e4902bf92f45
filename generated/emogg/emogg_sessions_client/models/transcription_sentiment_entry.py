from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_TRANSCRIPTION_SENTIMENT_ENTRY_FIELDS = frozenset(
    {
        "start",
        "end",
        "segments",
        "sentiments",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class TranscriptionSentimentEntry(_ModelBase):
    """The transcription sentiment of one interval of the timeline."""

    start: float | Unset = UNSET
    """ Start of the interval, in seconds from the session's start. """
    end: float | Unset = UNSET
    """ End of the interval, in seconds from the session's start. """
    segments: float | Unset = UNSET
    """ Transcribed segments in the interval. """
    sentiments: Sentiments | Unset = UNSET
    """ The sentiment scores of an interval; the vendor shows `positive`, `neutral` and `negative`. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        start = self.start

        end = self.end

        segments = self.segments

        sentiments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sentiments, Unset):
            sentiments = self.sentiments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if segments is not UNSET:
            field_dict["segments"] = segments
        if sentiments is not UNSET:
            field_dict["sentiments"] = sentiments

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
            segments = _src_get("segments", UNSET)
            if segments is not UNSET and (
                type(segments) is not float
                and type(segments) is not int
                and (isinstance(segments, bool) or not isinstance(segments, (int, float)))
            ):
                raise DecodeError.expected("a number", segments)

        except Exception as exc:
            raise DecodeError.at("segments", exc)

        try:
            sentiments = _src_get("sentiments", UNSET)
            if sentiments is not UNSET:
                sentiments = Sentiments.from_dict(sentiments)

        except Exception as exc:
            raise DecodeError.at("sentiments", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.start = start
        _instance.end = end
        _instance.segments = segments
        _instance.sentiments = sentiments

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == (start is not UNSET) + (end is not UNSET) + (segments is not UNSET) + (
            sentiments is not UNSET
        ):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _TRANSCRIPTION_SENTIMENT_ENTRY_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("start", "start", int | float, False),
            ("end", "end", int | float, False),
            ("segments", "segments", int | float, False),
            ("sentiments", "sentiments", struct_of(Sentiments), False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.start = _struct.start

        _instance.end = _struct.end

        _instance.segments = _struct.segments

        sentiments = _struct.sentiments
        if sentiments is not UNSET:
            _sentiments_model = _new(Sentiments)
            _sentiments_model.positive = sentiments.positive
            _sentiments_model.neutral = sentiments.neutral
            _sentiments_model.negative = sentiments.negative
            _sentiments_model.additional_properties = {}
            sentiments = _sentiments_model
        _instance.sentiments = sentiments

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.sentiments import Sentiments  # noqa: E402
