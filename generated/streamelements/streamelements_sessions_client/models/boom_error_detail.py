from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_BOOM_ERROR_DETAIL_FIELDS = frozenset(
    {
        "path",
        "message",
    }
)


@_attrs_define
class BoomErrorDetail:
    """One validation failure."""

    path: list[Any] | Unset = UNSET
    """ Where the failure is, as a path of keys (strings) and array indexes (integers). """
    message: str | Unset = UNSET
    """ The failure. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        path: list[Any] | Unset = UNSET
        if not isinstance(self.path, Unset):
            path = self.path

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            _path = src_dict.get("path", UNSET)
            path: list[Any] | Unset = UNSET
            if _path is not UNSET:
                if not isinstance(_path, list):
                    raise DecodeError.expected("an array", _path)
                path = _path

        except Exception as exc:
            raise DecodeError.at("path", exc)

        try:
            message = src_dict.get("message", UNSET)
            if message is not UNSET and (not isinstance(message, str)):
                raise DecodeError.expected("a string", message)

        except Exception as exc:
            raise DecodeError.at("message", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        boom_error_detail = cls(
            path,
            message,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _BOOM_ERROR_DETAIL_FIELDS:
            boom_error_detail.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _BOOM_ERROR_DETAIL_FIELDS
            }
        return boom_error_detail

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
