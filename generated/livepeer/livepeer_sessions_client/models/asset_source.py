from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.asset_source_type import AssetSourceType
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_ASSET_SOURCE_FIELDS = frozenset(
    {
        "type",
        "url",
        "gatewayUrl",
        "sessionId",
        "sourceId",
        "playbackId",
        "requesterId",
        "assetId",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class AssetSource(_ModelBase):
    """Where the asset came from; `type` says which of the other fields apply."""

    type_: AssetSourceType
    """ The kind of source. """
    url: str | Unset = UNSET
    """ URL from which the asset was uploaded (`url`). """
    gateway_url: str | Unset = UNSET
    """ Gateway URL from the asset if parsed from the provided URL on upload (`url`). """
    session_id: str | Unset = UNSET
    """ ID of the session from which this asset was created (`recording`, `clip`). """
    source_id: str | Unset = UNSET
    """ ID of the asset or stream from which this asset was created (`directUpload`, `clip`). """
    playback_id: str | Unset = UNSET
    """ Playback ID of the asset or stream from which this asset was created. """
    requester_id: str | Unset = UNSET
    """ ID of the requester from which this asset was created. """
    asset_id: str | Unset = UNSET
    """ ID of the asset from which this asset was created. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        type_ = self.type_.value

        url = self.url

        gateway_url = self.gateway_url

        session_id = self.session_id

        source_id = self.source_id

        playback_id = self.playback_id

        requester_id = self.requester_id

        asset_id = self.asset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "type": type_,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if gateway_url is not UNSET:
            field_dict["gatewayUrl"] = gateway_url
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if playback_id is not UNSET:
            field_dict["playbackId"] = playback_id
        if requester_id is not UNSET:
            field_dict["requesterId"] = requester_id
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            _type_ = src_dict["type"]
            type_: AssetSourceType
            if isinstance(_type_, str):
                type_ = AssetSourceType(_type_)
            else:
                raise DecodeError.expected("a string", _type_)

        except Exception as exc:
            raise DecodeError.at("type", exc)

        try:
            url = _src_get("url", UNSET)
            if url is not UNSET and (type(url) is not str and not isinstance(url, str)):
                raise DecodeError.expected("a string", url)

        except Exception as exc:
            raise DecodeError.at("url", exc)

        try:
            gateway_url = _src_get("gatewayUrl", UNSET)
            if gateway_url is not UNSET and (type(gateway_url) is not str and not isinstance(gateway_url, str)):
                raise DecodeError.expected("a string", gateway_url)

        except Exception as exc:
            raise DecodeError.at("gatewayUrl", exc)

        try:
            session_id = _src_get("sessionId", UNSET)
            if session_id is not UNSET and (type(session_id) is not str and not isinstance(session_id, str)):
                raise DecodeError.expected("a string", session_id)

        except Exception as exc:
            raise DecodeError.at("sessionId", exc)

        try:
            source_id = _src_get("sourceId", UNSET)
            if source_id is not UNSET and (type(source_id) is not str and not isinstance(source_id, str)):
                raise DecodeError.expected("a string", source_id)

        except Exception as exc:
            raise DecodeError.at("sourceId", exc)

        try:
            playback_id = _src_get("playbackId", UNSET)
            if playback_id is not UNSET and (type(playback_id) is not str and not isinstance(playback_id, str)):
                raise DecodeError.expected("a string", playback_id)

        except Exception as exc:
            raise DecodeError.at("playbackId", exc)

        try:
            requester_id = _src_get("requesterId", UNSET)
            if requester_id is not UNSET and (type(requester_id) is not str and not isinstance(requester_id, str)):
                raise DecodeError.expected("a string", requester_id)

        except Exception as exc:
            raise DecodeError.at("requesterId", exc)

        try:
            asset_id = _src_get("assetId", UNSET)
            if asset_id is not UNSET and (type(asset_id) is not str and not isinstance(asset_id, str)):
                raise DecodeError.expected("a string", asset_id)

        except Exception as exc:
            raise DecodeError.at("assetId", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.type_ = type_
        _instance.url = url
        _instance.gateway_url = gateway_url
        _instance.session_id = session_id
        _instance.source_id = source_id
        _instance.playback_id = playback_id
        _instance.requester_id = requester_id
        _instance.asset_id = asset_id

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 1 + (url is not UNSET) + (gateway_url is not UNSET) + (session_id is not UNSET) + (
            source_id is not UNSET
        ) + (playback_id is not UNSET) + (requester_id is not UNSET) + (asset_id is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _ASSET_SOURCE_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("type_", "type", str, True),
            ("url", "url", str, False),
            ("gateway_url", "gatewayUrl", str, False),
            ("session_id", "sessionId", str, False),
            ("source_id", "sourceId", str, False),
            ("playback_id", "playbackId", str, False),
            ("requester_id", "requesterId", str, False),
            ("asset_id", "assetId", str, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        type_ = _struct.type_
        type_ = AssetSourceType(type_)
        _instance.type_ = type_

        _instance.url = _struct.url

        _instance.gateway_url = _struct.gateway_url

        _instance.session_id = _struct.session_id

        _instance.source_id = _struct.source_id

        _instance.playback_id = _struct.playback_id

        _instance.requester_id = _struct.requester_id

        _instance.asset_id = _struct.asset_id

        _instance.additional_properties = {}
        return _instance
