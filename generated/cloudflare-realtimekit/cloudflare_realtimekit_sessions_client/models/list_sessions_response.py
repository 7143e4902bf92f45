from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.session_list import SessionList


T = TypeVar("T", bound="ListSessionsResponse")


@_attrs_define
class ListSessionsResponse:
    """The response of "Fetch all sessions of an App"."""

    data: SessionList
    """ The sessions of the App. """
    success: bool
    """ Whether the request succeeded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_list import SessionList  # noqa: PLC0415

        d = dict(src_dict)
        data = SessionList.from_dict(d.pop("data"))

        success = d.pop("success")

        list_sessions_response = cls(
            data=data,
            success=success,
        )

        list_sessions_response.additional_properties = d
        return list_sessions_response

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
