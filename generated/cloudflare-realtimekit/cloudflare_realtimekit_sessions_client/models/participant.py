from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_PARTICIPANT_FIELDS = frozenset(
    {
        "id",
        "created_at",
        "custom_participant_id",
        "display_name",
        "duration",
        "joined_at",
        "left_at",
        "peer_events",
        "preset_name",
        "updated_at",
        "user_id",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class Participant(_ModelBase):
    """A participant of a session. Every field is optional (SDK 5.9.0)."""

    id: str | Unset = UNSET
    """ Participant ID. This maps to the corresponding peerId. """
    created_at: str | Unset = UNSET
    """ timestamp when this participant was created. """
    custom_participant_id: str | Unset = UNSET
    """ ID passed by client to create this participant. """
    display_name: str | Unset = UNSET
    """ Display name of participant when joining the session. """
    duration: float | Unset = UNSET
    """ number of minutes for which the participant was in the session. """
    joined_at: str | Unset = UNSET
    """ timestamp at which participant joined the session. """
    left_at: str | Unset = UNSET
    """ timestamp at which participant left the session. """
    peer_events: list[PeerEvent] | Unset = UNSET
    """ Connection lifecycle events for the participant's peer. Only included when `include_peer_events` is true.
    """
    preset_name: str | Unset = UNSET
    """ Name of the preset associated with the participant. """
    updated_at: str | Unset = UNSET
    """ timestamp when this participant's data was last updated. """
    user_id: str | Unset = UNSET
    """ User id for this participant. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        id = self.id

        created_at = self.created_at

        custom_participant_id = self.custom_participant_id

        display_name = self.display_name

        duration = self.duration

        joined_at = self.joined_at

        left_at = self.left_at

        peer_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.peer_events, Unset):
            peer_events = []
            for peer_events_item_data in self.peer_events:
                peer_events_item = peer_events_item_data.to_dict()
                peer_events.append(peer_events_item)

        preset_name = self.preset_name

        updated_at = self.updated_at

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom_participant_id is not UNSET:
            field_dict["custom_participant_id"] = custom_participant_id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if duration is not UNSET:
            field_dict["duration"] = duration
        if joined_at is not UNSET:
            field_dict["joined_at"] = joined_at
        if left_at is not UNSET:
            field_dict["left_at"] = left_at
        if peer_events is not UNSET:
            field_dict["peer_events"] = peer_events
        if preset_name is not UNSET:
            field_dict["preset_name"] = preset_name
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

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
            custom_participant_id = _src_get("custom_participant_id", UNSET)
            if custom_participant_id is not UNSET and (
                type(custom_participant_id) is not str and not isinstance(custom_participant_id, str)
            ):
                raise DecodeError.expected("a string", custom_participant_id)

        except Exception as exc:
            raise DecodeError.at("custom_participant_id", exc)

        try:
            display_name = _src_get("display_name", UNSET)
            if display_name is not UNSET and (type(display_name) is not str and not isinstance(display_name, str)):
                raise DecodeError.expected("a string", display_name)

        except Exception as exc:
            raise DecodeError.at("display_name", exc)

        try:
            duration = _src_get("duration", UNSET)
            if duration is not UNSET and (
                type(duration) is not float
                and type(duration) is not int
                and (isinstance(duration, bool) or not isinstance(duration, (int, float)))
            ):
                raise DecodeError.expected("a number", duration)

        except Exception as exc:
            raise DecodeError.at("duration", exc)

        try:
            joined_at = _src_get("joined_at", UNSET)
            if joined_at is not UNSET and (type(joined_at) is not str and not isinstance(joined_at, str)):
                raise DecodeError.expected("a string", joined_at)

        except Exception as exc:
            raise DecodeError.at("joined_at", exc)

        try:
            left_at = _src_get("left_at", UNSET)
            if left_at is not UNSET and (type(left_at) is not str and not isinstance(left_at, str)):
                raise DecodeError.expected("a string", left_at)

        except Exception as exc:
            raise DecodeError.at("left_at", exc)

        try:
            _peer_events = _src_get("peer_events", UNSET)
            peer_events: list[PeerEvent] | Unset = UNSET
            if _peer_events is not UNSET:
                if not isinstance(_peer_events, list):
                    raise DecodeError.expected("an array", _peer_events)
                try:
                    peer_events = list(map(PeerEvent.from_dict, _peer_events))
                except Exception:
                    for peer_events_index, peer_events_item_data in enumerate(_peer_events):
                        try:
                            PeerEvent.from_dict(peer_events_item_data)
                        except Exception as exc:
                            raise DecodeError.at(peer_events_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("peer_events", exc)

        try:
            preset_name = _src_get("preset_name", UNSET)
            if preset_name is not UNSET and (type(preset_name) is not str and not isinstance(preset_name, str)):
                raise DecodeError.expected("a string", preset_name)

        except Exception as exc:
            raise DecodeError.at("preset_name", exc)

        try:
            updated_at = _src_get("updated_at", UNSET)
            if updated_at is not UNSET and (type(updated_at) is not str and not isinstance(updated_at, str)):
                raise DecodeError.expected("a string", updated_at)

        except Exception as exc:
            raise DecodeError.at("updated_at", exc)

        try:
            user_id = _src_get("user_id", UNSET)
            if user_id is not UNSET and (type(user_id) is not str and not isinstance(user_id, str)):
                raise DecodeError.expected("a string", user_id)

        except Exception as exc:
            raise DecodeError.at("user_id", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.id = id
        _instance.created_at = created_at
        _instance.custom_participant_id = custom_participant_id
        _instance.display_name = display_name
        _instance.duration = duration
        _instance.joined_at = joined_at
        _instance.left_at = left_at
        _instance.peer_events = peer_events
        _instance.preset_name = preset_name
        _instance.updated_at = updated_at
        _instance.user_id = user_id

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == (id is not UNSET) + (created_at is not UNSET) + (custom_participant_id is not UNSET) + (
            display_name is not UNSET
        ) + (duration is not UNSET) + (joined_at is not UNSET) + (left_at is not UNSET) + (peer_events is not UNSET) + (
            preset_name is not UNSET
        ) + (updated_at is not UNSET) + (user_id is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _PARTICIPANT_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("id", "id", str, False),
            ("created_at", "created_at", str, False),
            ("custom_participant_id", "custom_participant_id", str, False),
            ("display_name", "display_name", str, False),
            ("duration", "duration", int | float, False),
            ("joined_at", "joined_at", str, False),
            ("left_at", "left_at", str, False),
            ("peer_events", "peer_events", struct_of(PeerEvent, many=True), False),
            ("preset_name", "preset_name", str, False),
            ("updated_at", "updated_at", str, False),
            ("user_id", "user_id", str, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.id = _struct.id

        _instance.created_at = _struct.created_at

        _instance.custom_participant_id = _struct.custom_participant_id

        _instance.display_name = _struct.display_name

        _instance.duration = _struct.duration

        _instance.joined_at = _struct.joined_at

        _instance.left_at = _struct.left_at

        peer_events = _struct.peer_events
        if peer_events is not UNSET:
            peer_events = list(map(PeerEvent._from_struct, peer_events))
        _instance.peer_events = peer_events

        _instance.preset_name = _struct.preset_name

        _instance.updated_at = _struct.updated_at

        _instance.user_id = _struct.user_id

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.peer_event import PeerEvent  # noqa: E402
