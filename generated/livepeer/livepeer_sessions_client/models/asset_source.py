from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.asset_source_type import AssetSourceType
from ..types import UNSET, Unset

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


@_attrs_define
class AssetSource:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
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
            url = src_dict.get("url", UNSET)
            if url is not UNSET and (not isinstance(url, str)):
                raise DecodeError.expected("a string", url)

        except Exception as exc:
            raise DecodeError.at("url", exc)

        try:
            gateway_url = src_dict.get("gatewayUrl", UNSET)
            if gateway_url is not UNSET and (not isinstance(gateway_url, str)):
                raise DecodeError.expected("a string", gateway_url)

        except Exception as exc:
            raise DecodeError.at("gatewayUrl", exc)

        try:
            session_id = src_dict.get("sessionId", UNSET)
            if session_id is not UNSET and (not isinstance(session_id, str)):
                raise DecodeError.expected("a string", session_id)

        except Exception as exc:
            raise DecodeError.at("sessionId", exc)

        try:
            source_id = src_dict.get("sourceId", UNSET)
            if source_id is not UNSET and (not isinstance(source_id, str)):
                raise DecodeError.expected("a string", source_id)

        except Exception as exc:
            raise DecodeError.at("sourceId", exc)

        try:
            playback_id = src_dict.get("playbackId", UNSET)
            if playback_id is not UNSET and (not isinstance(playback_id, str)):
                raise DecodeError.expected("a string", playback_id)

        except Exception as exc:
            raise DecodeError.at("playbackId", exc)

        try:
            requester_id = src_dict.get("requesterId", UNSET)
            if requester_id is not UNSET and (not isinstance(requester_id, str)):
                raise DecodeError.expected("a string", requester_id)

        except Exception as exc:
            raise DecodeError.at("requesterId", exc)

        try:
            asset_id = src_dict.get("assetId", UNSET)
            if asset_id is not UNSET and (not isinstance(asset_id, str)):
                raise DecodeError.expected("a string", asset_id)

        except Exception as exc:
            raise DecodeError.at("assetId", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        asset_source = cls(
            type_,
            url,
            gateway_url,
            session_id,
            source_id,
            playback_id,
            requester_id,
            asset_id,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _ASSET_SOURCE_FIELDS:
            asset_source.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _ASSET_SOURCE_FIELDS
            }
        return asset_source

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
