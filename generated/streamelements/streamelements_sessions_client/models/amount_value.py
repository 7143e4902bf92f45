from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError

# The JSON names this model knows; any other field of a response lands in additional_properties.
_AMOUNT_VALUE_FIELDS = frozenset(
    {
        "amount",
    }
)


@_attrs_define
class AmountValue:
    """A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`)."""

    amount: float
    """ The amount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
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

        # Built without __init__: slot stores cost less than a call that would repeat them.
        amount_value = object.__new__(cls)
        amount_value.amount = amount

        # Most bodies hold only known fields: a subset test (in C) spares filtering them.
        if src_dict.keys() <= _AMOUNT_VALUE_FIELDS:
            amount_value.additional_properties = {}
        else:
            amount_value.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _AMOUNT_VALUE_FIELDS
            }
        return amount_value

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
