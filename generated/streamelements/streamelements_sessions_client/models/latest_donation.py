from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_LATEST_DONATION_FIELDS = frozenset(
    {
        "amount",
        "name",
        "message",
    }
)


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
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _get = src_dict.get
        try:
            amount = src_dict["amount"]
            if (
                type(amount) is not float
                and type(amount) is not int
                and (isinstance(amount, bool) or not isinstance(amount, (int, float)))
            ):
                raise DecodeError.expected("a number", amount)

        except Exception as exc:
            raise DecodeError.at("amount", exc)

        try:
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise DecodeError.expected("a string", name)

        except Exception as exc:
            raise DecodeError.at("name", exc)

        try:
            message = _get("message", UNSET)
            if message is not UNSET and (type(message) is not str and not isinstance(message, str)):
                raise DecodeError.expected("a string", message)

        except Exception as exc:
            raise DecodeError.at("message", exc)

        # Built without __init__: slot stores cost less than a call that would repeat them.
        latest_donation = object.__new__(cls)
        latest_donation.amount = amount
        latest_donation.name = name
        latest_donation.message = message

        # Most bodies hold only known fields: a subset test (in C) spares filtering them.
        if src_dict.keys() <= _LATEST_DONATION_FIELDS:
            latest_donation.additional_properties = {}
        else:
            latest_donation.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _LATEST_DONATION_FIELDS
            }
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
