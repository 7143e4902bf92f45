from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.playback_policy_type import PlaybackPolicyType
from ..types import UNSET, Unset

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


@_attrs_define
class PlaybackPolicy:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
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
            webhook_id = src_dict.get("webhookId", UNSET)
            if webhook_id is not UNSET and (not isinstance(webhook_id, str)):
                raise DecodeError.expected("a string", webhook_id)

        except Exception as exc:
            raise DecodeError.at("webhookId", exc)

        try:
            webhook_context = src_dict.get("webhookContext", UNSET)

        except Exception as exc:
            raise DecodeError.at("webhookContext", exc)

        try:
            refresh_interval = src_dict.get("refreshInterval", UNSET)
            if refresh_interval is not UNSET and (
                isinstance(refresh_interval, bool) or not isinstance(refresh_interval, (int, float))
            ):
                raise DecodeError.expected("a number", refresh_interval)

        except Exception as exc:
            raise DecodeError.at("refreshInterval", exc)

        try:
            _allowed_origins = src_dict.get("allowedOrigins", UNSET)
            allowed_origins: list[str] | Unset = UNSET
            if _allowed_origins is not UNSET:
                if not isinstance(_allowed_origins, list):
                    raise DecodeError.expected("an array", _allowed_origins)
                allowed_origins = []
                for allowed_origins_index, allowed_origins_item_data in enumerate(_allowed_origins):
                    try:
                        allowed_origins_item = allowed_origins_item_data
                        if not isinstance(allowed_origins_item, str):
                            raise DecodeError.expected("a string", allowed_origins_item)

                    except Exception as exc:
                        raise DecodeError.at(allowed_origins_index, exc)
                    allowed_origins.append(allowed_origins_item)

        except Exception as exc:
            raise DecodeError.at("allowedOrigins", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        playback_policy = cls(
            type_,
            webhook_id,
            webhook_context,
            refresh_interval,
            allowed_origins,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _PLAYBACK_POLICY_FIELDS:
            playback_policy.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _PLAYBACK_POLICY_FIELDS
            }
        return playback_policy

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
