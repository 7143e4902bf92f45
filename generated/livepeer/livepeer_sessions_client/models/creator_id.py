from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.creator_id_type import CreatorIdType

# The JSON names this model knows; any other field of a response lands in additional_properties.
_CREATOR_ID_FIELDS = frozenset(
    {
        "type",
        "value",
    }
)


@_attrs_define
class CreatorId:
    """The developer-managed ID of the user who created the resource."""

    type_: CreatorIdType
    """ The kind of creator ID. """
    value: str
    """ Developer-managed ID of the user who created the resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            _type_ = src_dict["type"]
            type_: CreatorIdType
            if isinstance(_type_, str):
                type_ = CreatorIdType(_type_)
            else:
                raise DecodeError.expected("a string", _type_)

        except Exception as exc:
            raise DecodeError.at("type", exc)

        try:
            value = src_dict["value"]
            if not isinstance(value, str):
                raise DecodeError.expected("a string", value)

        except Exception as exc:
            raise DecodeError.at("value", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        creator_id = cls(
            type_,
            value,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _CREATOR_ID_FIELDS:
            creator_id.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _CREATOR_ID_FIELDS
            }
        return creator_id

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
