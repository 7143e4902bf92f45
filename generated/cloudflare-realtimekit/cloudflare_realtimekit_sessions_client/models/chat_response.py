from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_CHAT_RESPONSE_FIELDS = frozenset(
    {
        "data",
        "success",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class ChatResponse(_ModelBase):
    """The response of "Fetch the complete chat of a session"."""

    data: ChatDownload | Unset = UNSET
    """ Where to download the chat. """
    success: bool | Unset = UNSET
    """ Whether the request succeeded. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            data = _src_get("data", UNSET)
            if data is not UNSET:
                data = ChatDownload.from_dict(data)

        except Exception as exc:
            raise DecodeError.at("data", exc)

        try:
            success = _src_get("success", UNSET)
            if success is not UNSET and (type(success) is not bool):
                raise DecodeError.expected("a boolean", success)

        except Exception as exc:
            raise DecodeError.at("success", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.data = data
        _instance.success = success

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == (data is not UNSET) + (success is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _CHAT_RESPONSE_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("data", "data", struct_of(ChatDownload), False),
            ("success", "success", bool, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        data = _struct.data
        if data is not UNSET:
            _data_model = _new(ChatDownload)
            _data_model.chat_download_url = data.chat_download_url
            _data_model.chat_download_url_expiry = data.chat_download_url_expiry
            _data_model.additional_properties = {}
            data = _data_model
        _instance.data = data

        _instance.success = _struct.success

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.chat_download import ChatDownload  # noqa: E402
