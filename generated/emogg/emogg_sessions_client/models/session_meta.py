from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionMeta")


@_attrs_define
class SessionMeta:
    """Information referred to the internal state of the session."""

    expires: datetime.datetime | Unset = UNSET
    """ When the session expires. """
    health_check: datetime.datetime | Unset = UNSET
    """ When the session's worker last reported its health. """
    worker_state: str | Unset = UNSET
    """ State of the worker processing the session. An open set; `working` is the one documented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires: str | Unset = UNSET
        if not isinstance(self.expires, Unset):
            expires = self.expires.isoformat()

        health_check: str | Unset = UNSET
        if not isinstance(self.health_check, Unset):
            health_check = self.health_check.isoformat()

        worker_state = self.worker_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires is not UNSET:
            field_dict["expires"] = expires
        if health_check is not UNSET:
            field_dict["healthCheck"] = health_check
        if worker_state is not UNSET:
            field_dict["workerState"] = worker_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _expires = d.pop("expires", UNSET)
        expires: datetime.datetime | Unset
        if isinstance(_expires, Unset):
            expires = UNSET
        else:
            expires = datetime.datetime.fromisoformat(_expires)

        _health_check = d.pop("healthCheck", UNSET)
        health_check: datetime.datetime | Unset
        if isinstance(_health_check, Unset):
            health_check = UNSET
        else:
            health_check = datetime.datetime.fromisoformat(_health_check)

        worker_state = d.pop("workerState", UNSET)

        session_meta = cls(
            expires=expires,
            health_check=health_check,
            worker_state=worker_state,
        )

        session_meta.additional_properties = d
        return session_meta

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
