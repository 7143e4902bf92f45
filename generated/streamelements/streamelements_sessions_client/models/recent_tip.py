from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_RECENT_TIP_FIELDS = frozenset(
    {
        "amount",
        "name",
        "_id",
    }
)


@_attrs_define
class RecentTip:
    """One of the recent tips (`tip-recent`)."""

    amount: float
    """ The amount tipped. """
    name: str
    """ The tipper's name. """
    field_id: str | Unset = UNSET
    """ Identifier of the tip. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        amount = self.amount

        name = self.name

        field_id = self.field_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "amount": amount,
                "name": name,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id

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
            field_id = _get("_id", UNSET)
            if field_id is not UNSET and (type(field_id) is not str and not isinstance(field_id, str)):
                raise DecodeError.expected("a string", field_id)

        except Exception as exc:
            raise DecodeError.at("_id", exc)

        # Built without __init__: slot stores cost less than a call that would repeat them.
        recent_tip = object.__new__(cls)
        recent_tip.amount = amount
        recent_tip.name = name
        recent_tip.field_id = field_id

        # Most bodies hold only known fields: a subset test (in C) spares filtering them.
        if src_dict.keys() <= _RECENT_TIP_FIELDS:
            recent_tip.additional_properties = {}
        else:
            recent_tip.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _RECENT_TIP_FIELDS
            }
        return recent_tip

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
