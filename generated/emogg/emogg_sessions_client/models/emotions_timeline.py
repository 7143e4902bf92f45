from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError

# The JSON names this model knows; any other field of a response lands in additional_properties.
_EMOTIONS_TIMELINE_FIELDS = frozenset(
    {
        "session",
        "timeline",
    }
)


@_attrs_define
class EmotionsTimeline:
    """The emotions detected during the session, by time interval."""

    session: Session | str
    """ ID of the session (Expandable): the session's ID by default, the whole session object when the request asks
    for `expand[]=session`. """
    timeline: list[EmotionsTimelineEntry]
    """ Entries in the timeline, each with the detections in a given range and the range bounds. Intervals
    containing no data are not included. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:

            def _parse_session(data: object) -> Session | str:
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        componentsschemas_expandable_session_type_0 = data
                        if not isinstance(componentsschemas_expandable_session_type_0, str):
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
            timeline = []
            for timeline_index, timeline_item_data in enumerate(_timeline):
                try:
                    timeline_item = EmotionsTimelineEntry.from_dict(timeline_item_data)

                except Exception as exc:
                    raise DecodeError.at(timeline_index, exc)
                timeline.append(timeline_item)

        except Exception as exc:
            raise DecodeError.at("timeline", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        emotions_timeline = cls(
            session,
            timeline,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _EMOTIONS_TIMELINE_FIELDS:
            emotions_timeline.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _EMOTIONS_TIMELINE_FIELDS
            }
        return emotions_timeline

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
from ..models.emotions_timeline_entry import EmotionsTimelineEntry  # noqa: E402
from ..models.session import Session  # noqa: E402
