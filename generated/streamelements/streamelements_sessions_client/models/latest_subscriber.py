from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LatestSubscriber")


@_attrs_define
class LatestSubscriber:
    """The most recent subscriber (`subscriber-latest`)."""

    name: str
    """ The subscriber's name; empty while there is none. """
    message: str | Unset = UNSET
    """ The subscriber's message; empty if none. """
    tier: str | Unset = UNSET
    """ The subscription tier. An open set: the vendor does not list the values. The example shows an empty string
    (no subscriber yet); Twitch reports tiers as `1000`, `2000`, `3000` and `prime`. """
    amount: float | Unset = UNSET
    """ The number of months subscribed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        message = self.message

        tier = self.tier

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if tier is not UNSET:
            field_dict["tier"] = tier
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        message = d.pop("message", UNSET)

        tier = d.pop("tier", UNSET)

        amount = d.pop("amount", UNSET)

        latest_subscriber = cls(
            name=name,
            message=message,
            tier=tier,
            amount=amount,
        )

        latest_subscriber.additional_properties = d
        return latest_subscriber

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
