from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionSource")


@_attrs_define
class SessionSource:
    """A data source of the session. The vendor documents it only by example; every field is optional and further fields
    are allowed.

    """

    id: str | Unset = UNSET
    """ Identifier of the source. """
    name: str | Unset = UNSET
    """ Name of the source. """
    type_: str | Unset = UNSET
    """ Kind of data the source provides. An open set; `video` is the one documented. """
    device: str | Unset = UNSET
    """ Device the source comes from. An open set; `local_camera` is the one documented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        device = self.device

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        device = d.pop("device", UNSET)

        session_source = cls(
            id=id,
            name=name,
            type_=type_,
            device=device,
        )

        session_source.additional_properties = d
        return session_source

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
