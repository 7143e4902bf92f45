from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_KICK_ALL_RESPONSE_FIELDS = frozenset(
    {
        "data",
        "success",
    }
)


@_attrs_define
class KickAllResponse:
    """The response of "Kick all participants"."""

    data: KickAll | Unset = UNSET
    """ The action taken and how many participants it kicked. """
    success: bool | Unset = UNSET
    """ Whether the request succeeded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            _data = src_dict.get("data", UNSET)
            data: KickAll | Unset
            if _data is UNSET:
                data = UNSET
            else:
                data = KickAll.from_dict(_data)

        except Exception as exc:
            raise DecodeError.at("data", exc)

        try:
            success = src_dict.get("success", UNSET)
            if success is not UNSET and (not isinstance(success, bool)):
                raise DecodeError.expected("a boolean", success)

        except Exception as exc:
            raise DecodeError.at("success", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        kick_all_response = cls(
            data,
            success,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _KICK_ALL_RESPONSE_FIELDS:
            kick_all_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KICK_ALL_RESPONSE_FIELDS
            }
        return kick_all_response

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


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.kick_all import KickAll  # noqa: E402
