from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_status import SessionStatus
from ..models.session_type import SessionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        associated_id = d.pop("associated_id")

        created_at = d.pop("created_at")

        live_participants = d.pop("live_participants")

        max_concurrent_participants = d.pop("max_concurrent_participants")

        meeting_display_name = d.pop("meeting_display_name")

        minutes_consumed = d.pop("minutes_consumed")

        organization_id = d.pop("organization_id")

        started_at = d.pop("started_at")

        status = SessionStatus(d.pop("status"))

        type_ = SessionType(d.pop("type"))

        updated_at = d.pop("updated_at")

        breakout_rooms = cast(list[Any], d.pop("breakout_rooms", UNSET))

        ended_at = d.pop("ended_at", UNSET)

        meta = d.pop("meta", UNSET)

        session = cls(
            id=id,
            associated_id=associated_id,
            created_at=created_at,
            live_participants=live_participants,
            max_concurrent_participants=max_concurrent_participants,
            meeting_display_name=meeting_display_name,
            minutes_consumed=minutes_consumed,
            organization_id=organization_id,
            started_at=started_at,
            status=status,
            type_=type_,
            updated_at=updated_at,
            breakout_rooms=breakout_rooms,
            ended_at=ended_at,
            meta=meta,
        )

        session.additional_properties = d
        return session

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
