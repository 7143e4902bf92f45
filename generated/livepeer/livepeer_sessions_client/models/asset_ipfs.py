from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

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
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class AssetIpfs(_ModelBase):
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
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            spec = _src_get("spec", UNSET)
            if spec is not UNSET:
                spec = AssetIpfsSpec.from_dict(spec)

        except Exception as exc:
            raise DecodeError.at("spec", exc)

        try:
            cid = _src_get("cid", UNSET)
            if cid is not UNSET and (type(cid) is not str and not isinstance(cid, str)):
                raise DecodeError.expected("a string", cid)

        except Exception as exc:
            raise DecodeError.at("cid", exc)

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
            nft_metadata = _src_get("nftMetadata", UNSET)
            if nft_metadata is not UNSET:
                nft_metadata = IpfsFileInfo.from_dict(nft_metadata)

        except Exception as exc:
            raise DecodeError.at("nftMetadata", exc)

        try:
            updated_at = _src_get("updatedAt", UNSET)
            if updated_at is not UNSET and (
                type(updated_at) is not float
                and type(updated_at) is not int
                and (isinstance(updated_at, bool) or not isinstance(updated_at, (int, float)))
            ):
                raise DecodeError.expected("a number", updated_at)

        except Exception as exc:
            raise DecodeError.at("updatedAt", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.spec = spec
        _instance.cid = cid
        _instance.url = url
        _instance.gateway_url = gateway_url
        _instance.nft_metadata = nft_metadata
        _instance.updated_at = updated_at

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == (spec is not UNSET) + (cid is not UNSET) + (url is not UNSET) + (
            gateway_url is not UNSET
        ) + (nft_metadata is not UNSET) + (updated_at is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _ASSET_IPFS_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("spec", "spec", struct_of(AssetIpfsSpec), False),
            ("cid", "cid", str, False),
            ("url", "url", str, False),
            ("gateway_url", "gatewayUrl", str, False),
            ("nft_metadata", "nftMetadata", struct_of(IpfsFileInfo), False),
            ("updated_at", "updatedAt", int | float, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        spec = _struct.spec
        if spec is not UNSET:
            spec = AssetIpfsSpec._from_struct(spec)
        _instance.spec = spec

        _instance.cid = _struct.cid

        _instance.url = _struct.url

        _instance.gateway_url = _struct.gateway_url

        nft_metadata = _struct.nft_metadata
        if nft_metadata is not UNSET:
            _nft_metadata_model = _new(IpfsFileInfo)
            _nft_metadata_model.cid = nft_metadata.cid
            _nft_metadata_model.url = nft_metadata.url
            _nft_metadata_model.gateway_url = nft_metadata.gateway_url
            _nft_metadata_model.additional_properties = {}
            nft_metadata = _nft_metadata_model
        _instance.nft_metadata = nft_metadata

        _instance.updated_at = _struct.updated_at

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.asset_ipfs_spec import AssetIpfsSpec  # noqa: E402
from ..models.ipfs_file_info import IpfsFileInfo  # noqa: E402
