from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.asset_status_phase import AssetStatusPhase
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_ASSET_STATUS_FIELDS = frozenset(
    {
        "phase",
        "updatedAt",
        "progress",
        "errorMessage",
    }
)


@_attrs_define
class AssetStatus:
    """Status of the asset."""

    phase: AssetStatusPhase
    """ Phase of the asset. """
    updated_at: float
    """ Timestamp (in milliseconds) at which the asset was last updated. """
    progress: float | Unset = UNSET
    """ Current progress of the task creating this asset. """
    error_message: str | Unset = UNSET
    """ Error message if the asset creation failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        phase = self.phase.value

        updated_at = self.updated_at

        progress = self.progress

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "phase": phase,
                "updatedAt": updated_at,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            _phase = src_dict["phase"]
            phase: AssetStatusPhase
            if isinstance(_phase, str):
                phase = AssetStatusPhase(_phase)
            else:
                raise DecodeError.expected("a string", _phase)

        except Exception as exc:
            raise DecodeError.at("phase", exc)

        try:
            updated_at = src_dict["updatedAt"]
            if isinstance(updated_at, bool) or not isinstance(updated_at, (int, float)):
                raise DecodeError.expected("a number", updated_at)

        except Exception as exc:
            raise DecodeError.at("updatedAt", exc)

        try:
            progress = src_dict.get("progress", UNSET)
            if progress is not UNSET and (isinstance(progress, bool) or not isinstance(progress, (int, float))):
                raise DecodeError.expected("a number", progress)

        except Exception as exc:
            raise DecodeError.at("progress", exc)

        try:
            error_message = src_dict.get("errorMessage", UNSET)
            if error_message is not UNSET and (not isinstance(error_message, str)):
                raise DecodeError.expected("a string", error_message)

        except Exception as exc:
            raise DecodeError.at("errorMessage", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        asset_status = cls(
            phase,
            updated_at,
            progress,
            error_message,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _ASSET_STATUS_FIELDS:
            asset_status.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _ASSET_STATUS_FIELDS
            }
        return asset_status

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
