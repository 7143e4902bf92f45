from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError

# The JSON names this model knows; any other field of a response lands in additional_properties.
_RESPONSE_MESSAGE_FIELDS = frozenset(
    {
        "code",
        "message",
    }
)


@_attrs_define
class ResponseMessage:
    """One error or message of a Cloudflare v4 envelope."""

    code: int
    """ Cloudflare's error code. """
    message: str
    """ A human-readable description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            code = src_dict["code"]
            if type(code) is not int and (isinstance(code, bool) or not isinstance(code, int)):
                # JSON Schema counts 1000.0 as an integer, and servers written in JavaScript send it that way.
                if isinstance(code, float) and code.is_integer():
                    code = int(code)
                else:
                    raise DecodeError.expected("an integer", code)

        except Exception as exc:
            raise DecodeError.at("code", exc)

        try:
            message = src_dict["message"]
            if type(message) is not str and not isinstance(message, str):
                raise DecodeError.expected("a string", message)

        except Exception as exc:
            raise DecodeError.at("message", exc)

        # Built without __init__: slot stores cost less than a call that would repeat them.
        response_message = object.__new__(cls)
        response_message.code = code
        response_message.message = message

        # Most bodies hold only known fields: a subset test (in C) spares filtering them.
        if src_dict.keys() <= _RESPONSE_MESSAGE_FIELDS:
            response_message.additional_properties = {}
        else:
            response_message.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _RESPONSE_MESSAGE_FIELDS
            }
        return response_message

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
