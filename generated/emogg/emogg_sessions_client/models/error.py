from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_ERROR_FIELDS = frozenset(
    {
        "error",
        "status",
        "message",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class Error(_ModelBase):
    """The body of every error response (the vendor's Errors page)."""

    error: bool
    """ Set to true to indicate that the response is an error. """
    status: float
    """ The HTTP status code associated with the error. """
    message: str
    """ A human-readable string describing the cause of the error. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            error = src_dict["error"]
            if type(error) is not bool:
                raise DecodeError.expected("a boolean", error)

        except Exception as exc:
            raise DecodeError.at("error", exc)

        try:
            status = src_dict["status"]
            if (
                type(status) is not float
                and type(status) is not int
                and (isinstance(status, bool) or not isinstance(status, (int, float)))
            ):
                raise DecodeError.expected("a number", status)

        except Exception as exc:
            raise DecodeError.at("status", exc)

        try:
            message = src_dict["message"]
            if type(message) is not str and not isinstance(message, str):
                raise DecodeError.expected("a string", message)

        except Exception as exc:
            raise DecodeError.at("message", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.error = error
        _instance.status = status
        _instance.message = message

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 3:
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _ERROR_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("error", "error", bool, True),
            ("status", "status", int | float, True),
            ("message", "message", str, True),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.error = _struct.error

        _instance.status = _struct.status

        _instance.message = _struct.message

        _instance.additional_properties = {}
        return _instance
