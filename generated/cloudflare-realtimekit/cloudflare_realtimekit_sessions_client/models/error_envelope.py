from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_ERROR_ENVELOPE_FIELDS = frozenset(
    {
        "success",
        "errors",
        "messages",
        "result",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class ErrorEnvelope(_ModelBase):
    """Cloudflare's standard v4 error envelope, documented for the whole Cloudflare API rather than on this endpoint's
    page. The API gateway answers with it (authentication, permissions, rate limits).

    """

    success: bool
    """ Always false for an error. """
    errors: list[ResponseMessage]
    """ The errors. """
    messages: list[ResponseMessage]
    """ Informational messages. """
    result: None | Unset = UNSET
    """ Always null for an error. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        success = self.success

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "success": success,
                "errors": errors,
                "messages": messages,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            success = src_dict["success"]
            if type(success) is not bool:
                raise DecodeError.expected("a boolean", success)

        except Exception as exc:
            raise DecodeError.at("success", exc)

        try:
            _errors = src_dict["errors"]
            if not isinstance(_errors, list):
                raise DecodeError.expected("an array", _errors)
            try:
                errors = list(map(ResponseMessage.from_dict, _errors))
            except Exception:
                for errors_index, errors_item_data in enumerate(_errors):
                    try:
                        ResponseMessage.from_dict(errors_item_data)
                    except Exception as exc:
                        raise DecodeError.at(errors_index, exc)
                raise

        except Exception as exc:
            raise DecodeError.at("errors", exc)

        try:
            _messages = src_dict["messages"]
            if not isinstance(_messages, list):
                raise DecodeError.expected("an array", _messages)
            try:
                messages = list(map(ResponseMessage.from_dict, _messages))
            except Exception:
                for messages_index, messages_item_data in enumerate(_messages):
                    try:
                        ResponseMessage.from_dict(messages_item_data)
                    except Exception as exc:
                        raise DecodeError.at(messages_index, exc)
                raise

        except Exception as exc:
            raise DecodeError.at("messages", exc)

        try:
            result = _src_get("result", UNSET)
            if result is not UNSET and (result is not None):
                raise DecodeError.expected("null", result)

        except Exception as exc:
            raise DecodeError.at("result", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.success = success
        _instance.errors = errors
        _instance.messages = messages
        _instance.result = result

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 3 + (result is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _ERROR_ENVELOPE_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("success", "success", bool, True),
            ("errors", "errors", struct_of(ResponseMessage, many=True), True),
            ("messages", "messages", struct_of(ResponseMessage, many=True), True),
            ("result", "result", None, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.success = _struct.success

        errors = _struct.errors
        errors = list(map(ResponseMessage._from_struct, errors))
        _instance.errors = errors

        messages = _struct.messages
        messages = list(map(ResponseMessage._from_struct, messages))
        _instance.messages = messages

        _instance.result = _struct.result

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.response_message import ResponseMessage  # noqa: E402
