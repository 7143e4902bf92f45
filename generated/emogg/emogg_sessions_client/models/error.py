from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError

# The JSON names this model knows; any other field of a response lands in additional_properties.
_ERROR_FIELDS = frozenset(
    {
        "error",
        "status",
        "message",
    }
)


@_attrs_define
class Error:
    """The body of every error response (the vendor's Errors page)."""

    error: bool
    """ Set to true to indicate that the response is an error. """
    status: int
    """ The HTTP status code associated with the error. """
    message: str
    """ A human-readable string describing the cause of the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        error = self.error

        status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "error": error,
                "status": status,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            error = src_dict["error"]
            if not isinstance(error, bool):
                raise DecodeError.expected("a boolean", error)

        except Exception as exc:
            raise DecodeError.at("error", exc)

        try:
            status = src_dict["status"]
            if isinstance(status, bool) or not isinstance(status, int):
                # JSON Schema counts 1000.0 as an integer, and servers written in JavaScript send it that way.
                if isinstance(status, float) and status.is_integer():
                    status = int(status)
                else:
                    raise DecodeError.expected("an integer", status)

        except Exception as exc:
            raise DecodeError.at("status", exc)

        try:
            message = src_dict["message"]
            if not isinstance(message, str):
                raise DecodeError.expected("a string", message)

        except Exception as exc:
            raise DecodeError.at("message", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        error = cls(
            error,
            status,
            message,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _ERROR_FIELDS:
            error.additional_properties = {key: value for key, value in src_dict.items() if key not in _ERROR_FIELDS}
        return error

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
