from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_TRANSCRIPTION_SENTIMENT_FIELDS = frozenset(
    {
        "session",
        "timeline",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class TranscriptionSentiment(_ModelBase):
    """The sentiment of the transcription of the session's audio, by time interval."""

    session: Session | str
    """ ID of the session (Expandable): the session's ID by default, the whole session object when the request asks
    for `expand[]=session`. """
    timeline: list[TranscriptionSentimentEntry]
    """ Entries in the timeline, each with the detections in a given range and the range bounds. Intervals
    containing no data are not included. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        session: dict[str, Any] | str
        if isinstance(self.session, Session):
            session = self.session.to_dict()
        else:
            session = self.session

        timeline = []
        for timeline_item_data in self.timeline:
            timeline_item = timeline_item_data.to_dict()
            timeline.append(timeline_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "session": session,
                "timeline": timeline,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:

            def _parse_session(data: object) -> Session | str:
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        componentsschemas_expandable_session_type_0 = data
                        if type(componentsschemas_expandable_session_type_0) is not str and not isinstance(
                            componentsschemas_expandable_session_type_0, str
                        ):
                            raise DecodeError.expected("a string", componentsschemas_expandable_session_type_0)

                        return componentsschemas_expandable_session_type_0
                    except Exception as exc:
                        error = error or exc
                if isinstance(data, dict):
                    try:
                        componentsschemas_expandable_session_type_1 = Session.from_dict(data)

                        return componentsschemas_expandable_session_type_1
                    except Exception as exc:
                        error = error or exc
                if error is not None:
                    raise error
                raise DecodeError.expected("a string or an object", data)

            session = _parse_session(src_dict["session"])

        except Exception as exc:
            raise DecodeError.at("session", exc)

        try:
            _timeline = src_dict["timeline"]
            if not isinstance(_timeline, list):
                raise DecodeError.expected("an array", _timeline)
            try:
                timeline = list(map(TranscriptionSentimentEntry.from_dict, _timeline))
            except Exception:
                for timeline_index, timeline_item_data in enumerate(_timeline):
                    try:
                        TranscriptionSentimentEntry.from_dict(timeline_item_data)
                    except Exception as exc:
                        raise DecodeError.at(timeline_index, exc)
                raise

        except Exception as exc:
            raise DecodeError.at("timeline", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.session = session
        _instance.timeline = timeline

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 2:
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _TRANSCRIPTION_SENTIMENT_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("session", "session", Any, True),
            ("timeline", "timeline", struct_of(TranscriptionSentimentEntry, many=True), True),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)

        def _parse_session(data: object) -> Session | str:
            error: Exception | None = None
            if isinstance(data, str):
                try:
                    componentsschemas_expandable_session_type_0 = data
                    if type(componentsschemas_expandable_session_type_0) is not str and not isinstance(
                        componentsschemas_expandable_session_type_0, str
                    ):
                        raise DecodeError.expected("a string", componentsschemas_expandable_session_type_0)

                    return componentsschemas_expandable_session_type_0
                except Exception as exc:
                    error = error or exc
            if isinstance(data, dict):
                try:
                    componentsschemas_expandable_session_type_1 = Session.from_dict(data)

                    return componentsschemas_expandable_session_type_1
                except Exception as exc:
                    error = error or exc
            if error is not None:
                raise error
            raise DecodeError.expected("a string or an object", data)

        session = _parse_session(_struct.session)

        _instance.session = session

        timeline = _struct.timeline
        timeline = list(map(TranscriptionSentimentEntry._from_struct, timeline))
        _instance.timeline = timeline

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.session import Session  # noqa: E402
from ..models.transcription_sentiment_entry import TranscriptionSentimentEntry  # noqa: E402
