from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.peer_event_name import PeerEventName
from ..models.preset_view_type import PresetViewType
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_PEER_EVENT_FIELDS = frozenset(
    {
        "id",
        "created_at",
        "event_name",
        "minutes_consumed",
        "participant_id",
        "peer_id",
        "preset_view_type",
        "session_id",
        "socket_session_id",
        "updated_at",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class PeerEvent(_ModelBase):
    """A connection lifecycle event recorded for a participant's peer."""

    id: str | Unset = UNSET
    """ ID of the peer event. """
    created_at: str | Unset = UNSET
    """ Timestamp when this peer event was created. """
    event_name: PeerEventName | Unset = UNSET
    """ Name of the peer event. """
    minutes_consumed: float | Unset = UNSET
    """ Minutes consumed attributed to this event. """
    participant_id: None | str | Unset = UNSET
    """ ID of the participant this event belongs to (null when the event has none). """
    peer_id: str | Unset = UNSET
    """ Peer ID this event belongs to. """
    preset_view_type: None | PresetViewType | Unset = UNSET
    """ View type of the preset associated with the peer (null when the event has none). """
    session_id: None | str | Unset = UNSET
    """ ID of the session this event belongs to (null when the event has none). """
    socket_session_id: None | str | Unset = UNSET
    """ ID of the socket session associated with this event (null when the event has none). """
    updated_at: str | Unset = UNSET
    """ Timestamp when this peer event was last updated. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        id = self.id

        created_at = self.created_at

        event_name: str | Unset = UNSET
        if not isinstance(self.event_name, Unset):
            event_name = self.event_name.value

        minutes_consumed = self.minutes_consumed

        participant_id: None | str | Unset
        if isinstance(self.participant_id, Unset):
            participant_id = UNSET
        else:
            participant_id = self.participant_id

        peer_id = self.peer_id

        preset_view_type: None | str | Unset
        if isinstance(self.preset_view_type, Unset):
            preset_view_type = UNSET
        elif isinstance(self.preset_view_type, PresetViewType):
            preset_view_type = self.preset_view_type.value
        else:
            preset_view_type = self.preset_view_type

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        socket_session_id: None | str | Unset
        if isinstance(self.socket_session_id, Unset):
            socket_session_id = UNSET
        else:
            socket_session_id = self.socket_session_id

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if minutes_consumed is not UNSET:
            field_dict["minutes_consumed"] = minutes_consumed
        if participant_id is not UNSET:
            field_dict["participant_id"] = participant_id
        if peer_id is not UNSET:
            field_dict["peer_id"] = peer_id
        if preset_view_type is not UNSET:
            field_dict["preset_view_type"] = preset_view_type
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if socket_session_id is not UNSET:
            field_dict["socket_session_id"] = socket_session_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            id = _src_get("id", UNSET)
            if id is not UNSET and (type(id) is not str and not isinstance(id, str)):
                raise DecodeError.expected("a string", id)

        except Exception as exc:
            raise DecodeError.at("id", exc)

        try:
            created_at = _src_get("created_at", UNSET)
            if created_at is not UNSET and (type(created_at) is not str and not isinstance(created_at, str)):
                raise DecodeError.expected("a string", created_at)

        except Exception as exc:
            raise DecodeError.at("created_at", exc)

        try:
            _event_name = _src_get("event_name", UNSET)
            event_name: PeerEventName | Unset
            if isinstance(_event_name, str):
                event_name = PeerEventName(_event_name)
            elif isinstance(_event_name, Unset):
                event_name = UNSET
            else:
                raise DecodeError.expected("a string", _event_name)

        except Exception as exc:
            raise DecodeError.at("event_name", exc)

        try:
            minutes_consumed = _src_get("minutes_consumed", UNSET)
            if minutes_consumed is not UNSET and (
                type(minutes_consumed) is not float
                and type(minutes_consumed) is not int
                and (isinstance(minutes_consumed, bool) or not isinstance(minutes_consumed, (int, float)))
            ):
                raise DecodeError.expected("a number", minutes_consumed)

        except Exception as exc:
            raise DecodeError.at("minutes_consumed", exc)

        try:
            _participant_id = _src_get("participant_id", UNSET)
            participant_id: None | str | Unset
            if isinstance(_participant_id, str):
                participant_id_type_0 = _participant_id
                if type(participant_id_type_0) is not str and not isinstance(participant_id_type_0, str):
                    raise DecodeError.expected("a string", participant_id_type_0)

                participant_id = participant_id_type_0
            elif _participant_id is None:
                participant_id = None
            elif isinstance(_participant_id, Unset):
                participant_id = UNSET
            else:
                raise DecodeError.expected("a string or null", _participant_id)

        except Exception as exc:
            raise DecodeError.at("participant_id", exc)

        try:
            peer_id = _src_get("peer_id", UNSET)
            if peer_id is not UNSET and (type(peer_id) is not str and not isinstance(peer_id, str)):
                raise DecodeError.expected("a string", peer_id)

        except Exception as exc:
            raise DecodeError.at("peer_id", exc)

        try:
            _preset_view_type = _src_get("preset_view_type", UNSET)
            preset_view_type: None | PresetViewType | Unset
            if isinstance(_preset_view_type, str):
                _preset_view_type_type_0 = _preset_view_type
                preset_view_type_type_0: PresetViewType
                if isinstance(_preset_view_type_type_0, str):
                    preset_view_type_type_0 = PresetViewType(_preset_view_type_type_0)
                else:
                    raise DecodeError.expected("a string", _preset_view_type_type_0)

                preset_view_type = preset_view_type_type_0
            elif _preset_view_type is None:
                preset_view_type = None
            elif isinstance(_preset_view_type, Unset):
                preset_view_type = UNSET
            else:
                raise DecodeError.expected("a string or null", _preset_view_type)

        except Exception as exc:
            raise DecodeError.at("preset_view_type", exc)

        try:
            _session_id = _src_get("session_id", UNSET)
            session_id: None | str | Unset
            if isinstance(_session_id, str):
                session_id_type_0 = _session_id
                if type(session_id_type_0) is not str and not isinstance(session_id_type_0, str):
                    raise DecodeError.expected("a string", session_id_type_0)

                session_id = session_id_type_0
            elif _session_id is None:
                session_id = None
            elif isinstance(_session_id, Unset):
                session_id = UNSET
            else:
                raise DecodeError.expected("a string or null", _session_id)

        except Exception as exc:
            raise DecodeError.at("session_id", exc)

        try:
            _socket_session_id = _src_get("socket_session_id", UNSET)
            socket_session_id: None | str | Unset
            if isinstance(_socket_session_id, str):
                socket_session_id_type_0 = _socket_session_id
                if type(socket_session_id_type_0) is not str and not isinstance(socket_session_id_type_0, str):
                    raise DecodeError.expected("a string", socket_session_id_type_0)

                socket_session_id = socket_session_id_type_0
            elif _socket_session_id is None:
                socket_session_id = None
            elif isinstance(_socket_session_id, Unset):
                socket_session_id = UNSET
            else:
                raise DecodeError.expected("a string or null", _socket_session_id)

        except Exception as exc:
            raise DecodeError.at("socket_session_id", exc)

        try:
            updated_at = _src_get("updated_at", UNSET)
            if updated_at is not UNSET and (type(updated_at) is not str and not isinstance(updated_at, str)):
                raise DecodeError.expected("a string", updated_at)

        except Exception as exc:
            raise DecodeError.at("updated_at", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.id = id
        _instance.created_at = created_at
        _instance.event_name = event_name
        _instance.minutes_consumed = minutes_consumed
        _instance.participant_id = participant_id
        _instance.peer_id = peer_id
        _instance.preset_view_type = preset_view_type
        _instance.session_id = session_id
        _instance.socket_session_id = socket_session_id
        _instance.updated_at = updated_at

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == (id is not UNSET) + (created_at is not UNSET) + (event_name is not UNSET) + (
            minutes_consumed is not UNSET
        ) + (participant_id is not UNSET) + (peer_id is not UNSET) + (preset_view_type is not UNSET) + (
            session_id is not UNSET
        ) + (socket_session_id is not UNSET) + (updated_at is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _PEER_EVENT_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("id", "id", str, False),
            ("created_at", "created_at", str, False),
            ("event_name", "event_name", str, False),
            ("minutes_consumed", "minutes_consumed", int | float, False),
            ("participant_id", "participant_id", str | None, False),
            ("peer_id", "peer_id", str, False),
            ("preset_view_type", "preset_view_type", str | None, False),
            ("session_id", "session_id", str | None, False),
            ("socket_session_id", "socket_session_id", str | None, False),
            ("updated_at", "updated_at", str, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.id = _struct.id

        _instance.created_at = _struct.created_at

        event_name = _struct.event_name
        if event_name is not UNSET:
            event_name = PeerEventName(event_name)
        _instance.event_name = event_name

        _instance.minutes_consumed = _struct.minutes_consumed

        _instance.participant_id = _struct.participant_id

        _instance.peer_id = _struct.peer_id

        preset_view_type = _struct.preset_view_type
        if preset_view_type is not UNSET and preset_view_type is not None:
            preset_view_type = PresetViewType(preset_view_type)
        _instance.preset_view_type = preset_view_type

        _instance.session_id = _struct.session_id

        _instance.socket_session_id = _struct.socket_session_id

        _instance.updated_at = _struct.updated_at

        _instance.additional_properties = {}
        return _instance
