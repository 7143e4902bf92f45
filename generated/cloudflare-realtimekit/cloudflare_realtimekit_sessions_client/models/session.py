from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.session_status import SessionStatus
from ..models.session_type import SessionType
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_SESSION_FIELDS = frozenset(
    {
        "id",
        "associated_id",
        "created_at",
        "live_participants",
        "max_concurrent_participants",
        "meeting_display_name",
        "minutes_consumed",
        "organization_id",
        "started_at",
        "status",
        "type",
        "updated_at",
        "breakout_rooms",
        "ended_at",
        "meta",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class Session(_ModelBase):
    """A RealtimeKit session."""

    id: str
    """ ID of the session """
    associated_id: str
    """ ID of the meeting this session is associated with. In the case of V2 meetings, it is always a UUID. In V1
    meetings, it is a room name of the form `abcdef-ghijkl` """
    created_at: str
    """ timestamp when session created """
    live_participants: float
    """ number of participants currently in the session """
    max_concurrent_participants: float
    """ number of maximum participants that were in the session """
    meeting_display_name: str
    """ Title of the meeting this session belongs to """
    minutes_consumed: float
    """ number of minutes consumed since the session started """
    organization_id: str
    """ App id that hosted this session """
    started_at: str
    """ timestamp when session started """
    status: SessionStatus
    """ Status of a session. """
    type_: SessionType
    """ Type of a session. """
    updated_at: str
    """ timestamp when session was last updated """
    breakout_rooms: list[Any] | Unset = UNSET
    """ The session's breakout rooms. The vendor does not describe their shape. """
    ended_at: str | Unset = UNSET
    """ timestamp when session ended """
    meta: Any | Unset = UNSET
    """ Any meta data about session. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        id = self.id

        associated_id = self.associated_id

        created_at = self.created_at

        live_participants = self.live_participants

        max_concurrent_participants = self.max_concurrent_participants

        meeting_display_name = self.meeting_display_name

        minutes_consumed = self.minutes_consumed

        organization_id = self.organization_id

        started_at = self.started_at

        status = self.status.value

        type_ = self.type_.value

        updated_at = self.updated_at

        breakout_rooms: list[Any] | Unset = UNSET
        if not isinstance(self.breakout_rooms, Unset):
            breakout_rooms = self.breakout_rooms

        ended_at = self.ended_at

        meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "id": id,
                "associated_id": associated_id,
                "created_at": created_at,
                "live_participants": live_participants,
                "max_concurrent_participants": max_concurrent_participants,
                "meeting_display_name": meeting_display_name,
                "minutes_consumed": minutes_consumed,
                "organization_id": organization_id,
                "started_at": started_at,
                "status": status,
                "type": type_,
                "updated_at": updated_at,
            }
        )
        if breakout_rooms is not UNSET:
            field_dict["breakout_rooms"] = breakout_rooms
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise DecodeError.expected("a string", id)

        except Exception as exc:
            raise DecodeError.at("id", exc)

        try:
            associated_id = src_dict["associated_id"]
            if type(associated_id) is not str and not isinstance(associated_id, str):
                raise DecodeError.expected("a string", associated_id)

        except Exception as exc:
            raise DecodeError.at("associated_id", exc)

        try:
            created_at = src_dict["created_at"]
            if type(created_at) is not str and not isinstance(created_at, str):
                raise DecodeError.expected("a string", created_at)

        except Exception as exc:
            raise DecodeError.at("created_at", exc)

        try:
            live_participants = src_dict["live_participants"]
            if (
                type(live_participants) is not float
                and type(live_participants) is not int
                and (isinstance(live_participants, bool) or not isinstance(live_participants, (int, float)))
            ):
                raise DecodeError.expected("a number", live_participants)

        except Exception as exc:
            raise DecodeError.at("live_participants", exc)

        try:
            max_concurrent_participants = src_dict["max_concurrent_participants"]
            if (
                type(max_concurrent_participants) is not float
                and type(max_concurrent_participants) is not int
                and (
                    isinstance(max_concurrent_participants, bool)
                    or not isinstance(max_concurrent_participants, (int, float))
                )
            ):
                raise DecodeError.expected("a number", max_concurrent_participants)

        except Exception as exc:
            raise DecodeError.at("max_concurrent_participants", exc)

        try:
            meeting_display_name = src_dict["meeting_display_name"]
            if type(meeting_display_name) is not str and not isinstance(meeting_display_name, str):
                raise DecodeError.expected("a string", meeting_display_name)

        except Exception as exc:
            raise DecodeError.at("meeting_display_name", exc)

        try:
            minutes_consumed = src_dict["minutes_consumed"]
            if (
                type(minutes_consumed) is not float
                and type(minutes_consumed) is not int
                and (isinstance(minutes_consumed, bool) or not isinstance(minutes_consumed, (int, float)))
            ):
                raise DecodeError.expected("a number", minutes_consumed)

        except Exception as exc:
            raise DecodeError.at("minutes_consumed", exc)

        try:
            organization_id = src_dict["organization_id"]
            if type(organization_id) is not str and not isinstance(organization_id, str):
                raise DecodeError.expected("a string", organization_id)

        except Exception as exc:
            raise DecodeError.at("organization_id", exc)

        try:
            started_at = src_dict["started_at"]
            if type(started_at) is not str and not isinstance(started_at, str):
                raise DecodeError.expected("a string", started_at)

        except Exception as exc:
            raise DecodeError.at("started_at", exc)

        try:
            _status = src_dict["status"]
            status: SessionStatus
            if isinstance(_status, str):
                status = SessionStatus(_status)
            else:
                raise DecodeError.expected("a string", _status)

        except Exception as exc:
            raise DecodeError.at("status", exc)

        try:
            _type_ = src_dict["type"]
            type_: SessionType
            if isinstance(_type_, str):
                type_ = SessionType(_type_)
            else:
                raise DecodeError.expected("a string", _type_)

        except Exception as exc:
            raise DecodeError.at("type", exc)

        try:
            updated_at = src_dict["updated_at"]
            if type(updated_at) is not str and not isinstance(updated_at, str):
                raise DecodeError.expected("a string", updated_at)

        except Exception as exc:
            raise DecodeError.at("updated_at", exc)

        try:
            _breakout_rooms = _src_get("breakout_rooms", UNSET)
            breakout_rooms: list[Any] | Unset = UNSET
            if _breakout_rooms is not UNSET:
                if not isinstance(_breakout_rooms, list):
                    raise DecodeError.expected("an array", _breakout_rooms)
                breakout_rooms = _breakout_rooms

        except Exception as exc:
            raise DecodeError.at("breakout_rooms", exc)

        try:
            ended_at = _src_get("ended_at", UNSET)
            if ended_at is not UNSET and (type(ended_at) is not str and not isinstance(ended_at, str)):
                raise DecodeError.expected("a string", ended_at)

        except Exception as exc:
            raise DecodeError.at("ended_at", exc)

        try:
            meta = _src_get("meta", UNSET)

        except Exception as exc:
            raise DecodeError.at("meta", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.id = id
        _instance.associated_id = associated_id
        _instance.created_at = created_at
        _instance.live_participants = live_participants
        _instance.max_concurrent_participants = max_concurrent_participants
        _instance.meeting_display_name = meeting_display_name
        _instance.minutes_consumed = minutes_consumed
        _instance.organization_id = organization_id
        _instance.started_at = started_at
        _instance.status = status
        _instance.type_ = type_
        _instance.updated_at = updated_at
        _instance.breakout_rooms = breakout_rooms
        _instance.ended_at = ended_at
        _instance.meta = meta

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 12 + (breakout_rooms is not UNSET) + (ended_at is not UNSET) + (meta is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _SESSION_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("id", "id", str, True),
            ("associated_id", "associated_id", str, True),
            ("created_at", "created_at", str, True),
            ("live_participants", "live_participants", int | float, True),
            ("max_concurrent_participants", "max_concurrent_participants", int | float, True),
            ("meeting_display_name", "meeting_display_name", str, True),
            ("minutes_consumed", "minutes_consumed", int | float, True),
            ("organization_id", "organization_id", str, True),
            ("started_at", "started_at", str, True),
            ("status", "status", str, True),
            ("type_", "type", str, True),
            ("updated_at", "updated_at", str, True),
            ("breakout_rooms", "breakout_rooms", list[Any], False),
            ("ended_at", "ended_at", str, False),
            ("meta", "meta", Any, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.id = _struct.id

        _instance.associated_id = _struct.associated_id

        _instance.created_at = _struct.created_at

        _instance.live_participants = _struct.live_participants

        _instance.max_concurrent_participants = _struct.max_concurrent_participants

        _instance.meeting_display_name = _struct.meeting_display_name

        _instance.minutes_consumed = _struct.minutes_consumed

        _instance.organization_id = _struct.organization_id

        _instance.started_at = _struct.started_at

        status = _struct.status
        status = SessionStatus(status)
        _instance.status = status

        type_ = _struct.type_
        type_ = SessionType(type_)
        _instance.type_ = type_

        _instance.updated_at = _struct.updated_at

        _instance.breakout_rooms = _struct.breakout_rooms

        _instance.ended_at = _struct.ended_at

        _instance.meta = _struct.meta

        _instance.additional_properties = {}
        return _instance
