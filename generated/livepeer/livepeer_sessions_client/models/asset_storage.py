from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_ASSET_STORAGE_FIELDS = frozenset(
    {
        "ipfs",
        "status",
    }
)


@_attrs_define
class AssetStorage:
    """Where the asset is stored besides Livepeer (IPFS)."""

    ipfs: AssetIpfs | Unset = UNSET
    """ The asset's export to IPFS. """
    status: StorageStatus | Unset = UNSET
    """ The state of the asset's storage export. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        ipfs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ipfs, Unset):
            ipfs = self.ipfs.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if ipfs is not UNSET:
            field_dict["ipfs"] = ipfs
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            _ipfs = src_dict.get("ipfs", UNSET)
            ipfs: AssetIpfs | Unset
            if _ipfs is UNSET:
                ipfs = UNSET
            else:
                ipfs = AssetIpfs.from_dict(_ipfs)

        except Exception as exc:
            raise DecodeError.at("ipfs", exc)

        try:
            _status = src_dict.get("status", UNSET)
            status: StorageStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = StorageStatus.from_dict(_status)

        except Exception as exc:
            raise DecodeError.at("status", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        asset_storage = cls(
            ipfs,
            status,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _ASSET_STORAGE_FIELDS:
            asset_storage.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _ASSET_STORAGE_FIELDS
            }
        return asset_storage

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
from ..models.asset_ipfs import AssetIpfs  # noqa: E402
from ..models.storage_status import StorageStatus  # noqa: E402
