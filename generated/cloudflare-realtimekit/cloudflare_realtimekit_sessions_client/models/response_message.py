from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_RESPONSE_MESSAGE_FIELDS = frozenset(
    {
        "code",
        "message",
        "documentation_url",
        "source",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class ResponseMessage(_ModelBase):
    """One error or message of a Cloudflare v4 envelope."""

    code: int
    """ Cloudflare's error code. """
    message: str
    """ A human-readable description. """
    documentation_url: str | Unset = UNSET
    """ Where the error is documented. """
    source: ResponseMessageSource | Unset = UNSET
    """ What in the request the error is about. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        code = self.code

        message = self.message

        documentation_url = self.documentation_url

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if documentation_url is not UNSET:
            field_dict["documentation_url"] = documentation_url
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
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

        try:
            documentation_url = _src_get("documentation_url", UNSET)
            if documentation_url is not UNSET and (
                type(documentation_url) is not str and not isinstance(documentation_url, str)
            ):
                raise DecodeError.expected("a string", documentation_url)

        except Exception as exc:
            raise DecodeError.at("documentation_url", exc)

        try:
            source = _src_get("source", UNSET)
            if source is not UNSET:
                source = ResponseMessageSource.from_dict(source)

        except Exception as exc:
            raise DecodeError.at("source", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.code = code
        _instance.message = message
        _instance.documentation_url = documentation_url
        _instance.source = source

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 2 + (documentation_url is not UNSET) + (source is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _RESPONSE_MESSAGE_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("code", "code", int, True),
            ("message", "message", str, True),
            ("documentation_url", "documentation_url", str, False),
            ("source", "source", struct_of(ResponseMessageSource), False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.code = _struct.code

        _instance.message = _struct.message

        _instance.documentation_url = _struct.documentation_url

        source = _struct.source
        if source is not UNSET:
            _source_model = _new(ResponseMessageSource)
            _source_model.pointer = source.pointer
            _source_model.additional_properties = {}
            source = _source_model
        _instance.source = source

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.response_message_source import ResponseMessageSource  # noqa: E402
