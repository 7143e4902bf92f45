from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.playback_policy_type import PlaybackPolicyType
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_PLAYBACK_POLICY_FIELDS = frozenset(
    {
        "type",
        "webhookId",
        "webhookContext",
        "refreshInterval",
        "allowedOrigins",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class PlaybackPolicy(_ModelBase):
    """Whether the playback policy for an asset or stream is public or signed."""

    type_: PlaybackPolicyType
    """ The kind of policy. """
    webhook_id: str | Unset = UNSET
    """ ID of the webhook to use for playback policy. """
    webhook_context: Any | Unset = UNSET
    """ User-defined webhook context (an object of the developer's own keys; any JSON here). """
    refresh_interval: float | Unset = UNSET
    """ Interval (in seconds) at which the playback policy should be refreshed (default 600 seconds). """
    allowed_origins: list[str] | Unset = UNSET
    """ List of allowed origins for CORS playback (`<scheme>://<hostname>:<port>`, `<scheme>://<hostname>`). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        type_ = self.type_.value

        webhook_id = self.webhook_id

        webhook_context = self.webhook_context

        refresh_interval = self.refresh_interval

        allowed_origins: list[str] | Unset = UNSET
        if not isinstance(self.allowed_origins, Unset):
            allowed_origins = self.allowed_origins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "type": type_,
            }
        )
        if webhook_id is not UNSET:
            field_dict["webhookId"] = webhook_id
        if webhook_context is not UNSET:
            field_dict["webhookContext"] = webhook_context
        if refresh_interval is not UNSET:
            field_dict["refreshInterval"] = refresh_interval
        if allowed_origins is not UNSET:
            field_dict["allowedOrigins"] = allowed_origins

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            _type_ = src_dict["type"]
            type_: PlaybackPolicyType
            if isinstance(_type_, str):
                type_ = PlaybackPolicyType(_type_)
            else:
                raise DecodeError.expected("a string", _type_)

        except Exception as exc:
            raise DecodeError.at("type", exc)

        try:
            webhook_id = _src_get("webhookId", UNSET)
            if webhook_id is not UNSET and (type(webhook_id) is not str and not isinstance(webhook_id, str)):
                raise DecodeError.expected("a string", webhook_id)

        except Exception as exc:
            raise DecodeError.at("webhookId", exc)

        try:
            webhook_context = _src_get("webhookContext", UNSET)

        except Exception as exc:
            raise DecodeError.at("webhookContext", exc)

        try:
            refresh_interval = _src_get("refreshInterval", UNSET)
            if refresh_interval is not UNSET and (
                type(refresh_interval) is not float
                and type(refresh_interval) is not int
                and (isinstance(refresh_interval, bool) or not isinstance(refresh_interval, (int, float)))
            ):
                raise DecodeError.expected("a number", refresh_interval)

        except Exception as exc:
            raise DecodeError.at("refreshInterval", exc)

        try:
            _allowed_origins = _src_get("allowedOrigins", UNSET)
            allowed_origins: list[str] | Unset = UNSET
            if _allowed_origins is not UNSET:
                if not isinstance(_allowed_origins, list):
                    raise DecodeError.expected("an array", _allowed_origins)
                allowed_origins = []
                for allowed_origins_index, allowed_origins_item_data in enumerate(_allowed_origins):
                    try:
                        allowed_origins_item = allowed_origins_item_data
                        if type(allowed_origins_item) is not str and not isinstance(allowed_origins_item, str):
                            raise DecodeError.expected("a string", allowed_origins_item)

                    except Exception as exc:
                        raise DecodeError.at(allowed_origins_index, exc)
                    allowed_origins.append(allowed_origins_item)

        except Exception as exc:
            raise DecodeError.at("allowedOrigins", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.type_ = type_
        _instance.webhook_id = webhook_id
        _instance.webhook_context = webhook_context
        _instance.refresh_interval = refresh_interval
        _instance.allowed_origins = allowed_origins

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 1 + (webhook_id is not UNSET) + (webhook_context is not UNSET) + (
            refresh_interval is not UNSET
        ) + (allowed_origins is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _PLAYBACK_POLICY_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("type_", "type", str, True),
            ("webhook_id", "webhookId", str, False),
            ("webhook_context", "webhookContext", Any, False),
            ("refresh_interval", "refreshInterval", int | float, False),
            ("allowed_origins", "allowedOrigins", list[str], False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        type_ = _struct.type_
        type_ = PlaybackPolicyType(type_)
        _instance.type_ = type_

        _instance.webhook_id = _struct.webhook_id

        _instance.webhook_context = _struct.webhook_context

        _instance.refresh_interval = _struct.refresh_interval

        _instance.allowed_origins = _struct.allowed_origins

        _instance.additional_properties = {}
        return _instance
