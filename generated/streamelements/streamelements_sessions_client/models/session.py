from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.session_data import SessionData


T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """Information about your stream session."""

    field_id: str
    """ Unique identifier of the session object. """
    field_user: str
    """ Identifier of the StreamElements user (channel) the session belongs to. """
    created_at: datetime.datetime
    """ When the session object was created. """
    updated_at: datetime.datetime
    """ When the session object was last updated. """
    last_reset: datetime.datetime
    """ When the session counters were last reset. """
    data: SessionData
    """ The session counters, keyed by `<event>-<statistic>` for the events `cheer`, `host`, `tip`, `subscriber` and
    `follower`. Shared shapes (counts, amounts, top donations, latest and recent events) are separate schemas. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_user = self.field_user

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        last_reset = self.last_reset.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "_user": field_user,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "lastReset": last_reset,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_data import SessionData  # noqa: PLC0415

        d = dict(src_dict)
        field_id = d.pop("_id")

        field_user = d.pop("_user")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        last_reset = datetime.datetime.fromisoformat(d.pop("lastReset"))

        data = SessionData.from_dict(d.pop("data"))

        session = cls(
            field_id=field_id,
            field_user=field_user,
            created_at=created_at,
            updated_at=updated_at,
            last_reset=last_reset,
            data=data,
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
