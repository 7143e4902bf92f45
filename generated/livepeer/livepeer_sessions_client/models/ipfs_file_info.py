from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_IPFS_FILE_INFO_FIELDS = frozenset(
    {
        "cid",
        "url",
        "gatewayUrl",
    }
)


@_attrs_define
class IpfsFileInfo:
    """A file on IPFS."""

    cid: str
    """ CID of the file on IPFS. """
    url: str | Unset = UNSET
    """ URL with IPFS scheme for the file. """
    gateway_url: str | Unset = UNSET
    """ URL to access the file via HTTP through an IPFS gateway. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        cid = self.cid

        url = self.url

        gateway_url = self.gateway_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "cid": cid,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if gateway_url is not UNSET:
            field_dict["gatewayUrl"] = gateway_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            cid = src_dict["cid"]
            if not isinstance(cid, str):
                raise DecodeError.expected("a string", cid)

        except Exception as exc:
            raise DecodeError.at("cid", exc)

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

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        ipfs_file_info = cls(
            cid,
            url,
            gateway_url,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _IPFS_FILE_INFO_FIELDS:
            ipfs_file_info.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _IPFS_FILE_INFO_FIELDS
            }
        return ipfs_file_info

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
