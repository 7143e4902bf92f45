from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.asset_ipfs_spec_nft_metadata_template import AssetIpfsSpecNftMetadataTemplate
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_ASSET_IPFS_SPEC_FIELDS = frozenset(
    {
        "nftMetadataTemplate",
        "nftMetadata",
    }
)


@_attrs_define
class AssetIpfsSpec:
    """How the asset is exported to IPFS."""

    nft_metadata_template: AssetIpfsSpecNftMetadataTemplate | Unset = UNSET
    """ Name of the NFT metadata template to export. """
    nft_metadata: Any | Unset = UNSET
    """ Additional data to add to the NFT metadata exported to IPFS (an object of the developer's own keys; any JSON
    here). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        nft_metadata_template: str | Unset = UNSET
        if not isinstance(self.nft_metadata_template, Unset):
            nft_metadata_template = self.nft_metadata_template.value

        nft_metadata = self.nft_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if nft_metadata_template is not UNSET:
            field_dict["nftMetadataTemplate"] = nft_metadata_template
        if nft_metadata is not UNSET:
            field_dict["nftMetadata"] = nft_metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            _nft_metadata_template = src_dict.get("nftMetadataTemplate", UNSET)
            nft_metadata_template: AssetIpfsSpecNftMetadataTemplate | Unset
            if isinstance(_nft_metadata_template, str):
                nft_metadata_template = AssetIpfsSpecNftMetadataTemplate(_nft_metadata_template)
            elif isinstance(_nft_metadata_template, Unset):
                nft_metadata_template = UNSET
            else:
                raise DecodeError.expected("a string", _nft_metadata_template)

        except Exception as exc:
            raise DecodeError.at("nftMetadataTemplate", exc)

        try:
            nft_metadata = src_dict.get("nftMetadata", UNSET)

        except Exception as exc:
            raise DecodeError.at("nftMetadata", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        asset_ipfs_spec = cls(
            nft_metadata_template,
            nft_metadata,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _ASSET_IPFS_SPEC_FIELDS:
            asset_ipfs_spec.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _ASSET_IPFS_SPEC_FIELDS
            }
        return asset_ipfs_spec

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
