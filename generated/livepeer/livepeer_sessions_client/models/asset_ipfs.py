from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_ASSET_IPFS_FIELDS = frozenset(
    {
        "spec",
        "cid",
        "url",
        "gatewayUrl",
        "nftMetadata",
        "updatedAt",
    }
)


@_attrs_define
class AssetIpfs:
    """The asset's export to IPFS."""

    spec: AssetIpfsSpec | Unset = UNSET
    """ How the asset is exported to IPFS. """
    cid: str | Unset = UNSET
    """ CID of the file on IPFS. """
    url: str | Unset = UNSET
    """ URL with IPFS scheme for the file. """
    gateway_url: str | Unset = UNSET
    """ URL to access the file via HTTP through an IPFS gateway. """
    nft_metadata: IpfsFileInfo | Unset = UNSET
    """ A file on IPFS. """
    updated_at: float | Unset = UNSET
    """ Timestamp (in milliseconds) at which the IPFS export task was updated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        cid = self.cid

        url = self.url

        gateway_url = self.gateway_url

        nft_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nft_metadata, Unset):
            nft_metadata = self.nft_metadata.to_dict()

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if spec is not UNSET:
            field_dict["spec"] = spec
        if cid is not UNSET:
            field_dict["cid"] = cid
        if url is not UNSET:
            field_dict["url"] = url
        if gateway_url is not UNSET:
            field_dict["gatewayUrl"] = gateway_url
        if nft_metadata is not UNSET:
            field_dict["nftMetadata"] = nft_metadata
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            _spec = src_dict.get("spec", UNSET)
            spec: AssetIpfsSpec | Unset
            if _spec is UNSET:
                spec = UNSET
            else:
                spec = AssetIpfsSpec.from_dict(_spec)

        except Exception as exc:
            raise DecodeError.at("spec", exc)

        try:
            cid = src_dict.get("cid", UNSET)
            if cid is not UNSET and (not isinstance(cid, str)):
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

        try:
            _nft_metadata = src_dict.get("nftMetadata", UNSET)
            nft_metadata: IpfsFileInfo | Unset
            if _nft_metadata is UNSET:
                nft_metadata = UNSET
            else:
                nft_metadata = IpfsFileInfo.from_dict(_nft_metadata)

        except Exception as exc:
            raise DecodeError.at("nftMetadata", exc)

        try:
            updated_at = src_dict.get("updatedAt", UNSET)
            if updated_at is not UNSET and (isinstance(updated_at, bool) or not isinstance(updated_at, (int, float))):
                raise DecodeError.expected("a number", updated_at)

        except Exception as exc:
            raise DecodeError.at("updatedAt", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        asset_ipfs = cls(
            spec,
            cid,
            url,
            gateway_url,
            nft_metadata,
            updated_at,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _ASSET_IPFS_FIELDS:
            asset_ipfs.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _ASSET_IPFS_FIELDS
            }
        return asset_ipfs

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


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.asset_ipfs_spec import AssetIpfsSpec  # noqa: E402
from ..models.ipfs_file_info import IpfsFileInfo  # noqa: E402
