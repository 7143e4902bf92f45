from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError

# The JSON names this model knows; any other field of a response lands in additional_properties.
_PEER_REPORT_METADATA_SELECTED_DEVICE_UPDATES_ITEM_FIELDS: frozenset[str] = (
    frozenset()
)  # a map: every key is an additional property


@_attrs_define
class PeerReportMetadataSelectedDeviceUpdatesItem:
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        peer_report_metadata_selected_device_updates_item = cls()

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _PEER_REPORT_METADATA_SELECTED_DEVICE_UPDATES_ITEM_FIELDS:
            peer_report_metadata_selected_device_updates_item.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PEER_REPORT_METADATA_SELECTED_DEVICE_UPDATES_ITEM_FIELDS
            }
        return peer_report_metadata_selected_device_updates_item

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
