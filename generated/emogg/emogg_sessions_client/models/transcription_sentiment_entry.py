from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_TRANSCRIPTION_SENTIMENT_ENTRY_FIELDS = frozenset(
    {
        "start",
        "end",
        "segments",
        "sentiments",
    }
)


@_attrs_define
class TranscriptionSentimentEntry:
    """The transcription sentiment of one interval of the timeline."""

    start: float | Unset = UNSET
    """ Start of the interval, in seconds from the session's start. """
    end: float | Unset = UNSET
    """ End of the interval, in seconds from the session's start. """
    segments: float | Unset = UNSET
    """ Transcribed segments in the interval. """
    sentiments: Sentiments | Unset = UNSET
    """ The sentiment scores of an interval; the vendor shows `positive`, `neutral` and `negative`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
            segments = src_dict.get("segments", UNSET)
            if segments is not UNSET and (isinstance(segments, bool) or not isinstance(segments, (int, float))):
                raise DecodeError.expected("a number", segments)

        except Exception as exc:
            raise DecodeError.at("segments", exc)

        try:
            _sentiments = src_dict.get("sentiments", UNSET)
            sentiments: Sentiments | Unset
            if _sentiments is UNSET:
                sentiments = UNSET
            else:
                sentiments = Sentiments.from_dict(_sentiments)

        except Exception as exc:
            raise DecodeError.at("sentiments", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        transcription_sentiment_entry = cls(
            start,
            end,
            segments,
            sentiments,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _TRANSCRIPTION_SENTIMENT_ENTRY_FIELDS:
            transcription_sentiment_entry.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _TRANSCRIPTION_SENTIMENT_ENTRY_FIELDS
            }
        return transcription_sentiment_entry

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
from ..models.sentiments import Sentiments  # noqa: E402
