from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LatestDonation")


@_attrs_define
class LatestDonation:
    """The most recent tip or cheer (`tip-latest`, `cheer-latest`)."""

    amount: float
    """ The amount donated (bits for cheers). """
    name: str
    """ The donator's name; empty while there is none. """
    message: str | Unset = UNSET
    """ The message sent with the donation; empty if none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        name = self.name

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "name": name,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        name = d.pop("name")

        message = d.pop("message", UNSET)

        latest_donation = cls(
            amount=amount,
            name=name,
            message=message,
        )

        latest_donation.additional_properties = d
        return latest_donation

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
