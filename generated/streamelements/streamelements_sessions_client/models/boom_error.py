from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_BOOM_ERROR_FIELDS = frozenset(
    {
        "statusCode",
        "error",
        "message",
        "details",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class BoomError(_ModelBase):
    """The Hapi/Boom error body of the Kappa API: the HTTP status, its reason phrase, a message and, for validation errors,
    the details.

    """

    status_code: int
    """ The HTTP status code. """
    error: str
    """ The HTTP reason phrase, e.g. `Not Found`. """
    message: str | Unset = UNSET
    """ What went wrong. """
    details: list[BoomErrorDetail] | Unset = UNSET
    """ The validation failures (400 only). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        status_code = self.status_code

        error = self.error

        message = self.message

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "statusCode": status_code,
                "error": error,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            status_code = src_dict["statusCode"]
            if type(status_code) is not int and (isinstance(status_code, bool) or not isinstance(status_code, int)):
                # JSON Schema counts 1000.0 as an integer, and servers written in JavaScript send it that way.
                if isinstance(status_code, float) and status_code.is_integer():
                    status_code = int(status_code)
                else:
                    raise DecodeError.expected("an integer", status_code)

        except Exception as exc:
            raise DecodeError.at("statusCode", exc)

        try:
            error = src_dict["error"]
            if type(error) is not str and not isinstance(error, str):
                raise DecodeError.expected("a string", error)

        except Exception as exc:
            raise DecodeError.at("error", exc)

        try:
            message = _src_get("message", UNSET)
            if message is not UNSET and (type(message) is not str and not isinstance(message, str)):
                raise DecodeError.expected("a string", message)

        except Exception as exc:
            raise DecodeError.at("message", exc)

        try:
            _details = _src_get("details", UNSET)
            details: list[BoomErrorDetail] | Unset = UNSET
            if _details is not UNSET:
                if not isinstance(_details, list):
                    raise DecodeError.expected("an array", _details)
                try:
                    details = list(map(BoomErrorDetail.from_dict, _details))
                except Exception:
                    for details_index, details_item_data in enumerate(_details):
                        try:
                            BoomErrorDetail.from_dict(details_item_data)
                        except Exception as exc:
                            raise DecodeError.at(details_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("details", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.status_code = status_code
        _instance.error = error
        _instance.message = message
        _instance.details = details

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 2 + (message is not UNSET) + (details is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _BOOM_ERROR_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("status_code", "statusCode", int, True),
            ("error", "error", str, True),
            ("message", "message", str, False),
            ("details", "details", struct_of(BoomErrorDetail, many=True), False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.status_code = _struct.status_code

        _instance.error = _struct.error

        _instance.message = _struct.message

        details = _struct.details
        if details is not UNSET:
            details = list(map(BoomErrorDetail._from_struct, details))
        _instance.details = details

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.boom_error_detail import BoomErrorDetail  # noqa: E402
