from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_TOP_USER_AMOUNT_FIELDS = frozenset(
    {
        "name",
        "amount",
        "message",
    }
)


@_attrs_define
class TopUserAmount:
    """A top donator or donation over a period, or the all-time top gifter."""

    name: str
    """ The user's name; empty while there is none. """
    amount: float
    """ The amount (bits for cheers). """
    message: str | Unset = UNSET
    """ The message sent with the donation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        name = self.name

        amount = self.amount

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "name": name,
                "amount": amount,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            name = src_dict["name"]
            if not isinstance(name, str):
                raise DecodeError.expected("a string", name)

        except Exception as exc:
            raise DecodeError.at("name", exc)

        try:
            amount = src_dict["amount"]
            if isinstance(amount, bool) or not isinstance(amount, (int, float)):
                raise DecodeError.expected("a number", amount)

        except Exception as exc:
            raise DecodeError.at("amount", exc)

        try:
            message = src_dict.get("message", UNSET)
            if message is not UNSET and (not isinstance(message, str)):
                raise DecodeError.expected("a string", message)

        except Exception as exc:
            raise DecodeError.at("message", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        top_user_amount = cls(
            name,
            amount,
            message,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _TOP_USER_AMOUNT_FIELDS:
            top_user_amount.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _TOP_USER_AMOUNT_FIELDS
            }
        return top_user_amount

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
