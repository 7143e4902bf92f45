from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_ASSET_HASH_FIELDS = frozenset(
    {
        "hash",
        "algorithm",
    }
)


@_attrs_define
class AssetHash:
    """A hash of the asset."""

    hash_: str | Unset = UNSET
    """ Hash of the asset. """
    algorithm: str | Unset = UNSET
    """ Hash algorithm used to compute the hash. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        hash_ = self.hash_

        algorithm = self.algorithm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            hash_ = src_dict.get("hash", UNSET)
            if hash_ is not UNSET and (not isinstance(hash_, str)):
                raise DecodeError.expected("a string", hash_)

        except Exception as exc:
            raise DecodeError.at("hash", exc)

        try:
            algorithm = src_dict.get("algorithm", UNSET)
            if algorithm is not UNSET and (not isinstance(algorithm, str)):
                raise DecodeError.expected("a string", algorithm)

        except Exception as exc:
            raise DecodeError.at("algorithm", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        asset_hash = cls(
            hash_,
            algorithm,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _ASSET_HASH_FIELDS:
            asset_hash.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _ASSET_HASH_FIELDS
            }
        return asset_hash

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
