from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_PEER_REPORT_FIELDS = frozenset(
    {
        "metadata",
        "quality",
    }
)


@_attrs_define
class PeerReport:
    """The peer's report, in two halves."""

    metadata: PeerReportMetadata | Unset = UNSET
    """ What the peer ran on and how it connected. The nested statistics are open objects. """
    quality: PeerReportQuality | Unset = UNSET
    """ Per-track quality samples (bytes, packets lost, jitter, MOS) and their cumulative percentiles. The samples
    are open objects. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        quality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            _metadata = src_dict.get("metadata", UNSET)
            metadata: PeerReportMetadata | Unset
            if _metadata is UNSET:
                metadata = UNSET
            else:
                metadata = PeerReportMetadata.from_dict(_metadata)

        except Exception as exc:
            raise DecodeError.at("metadata", exc)

        try:
            _quality = src_dict.get("quality", UNSET)
            quality: PeerReportQuality | Unset
            if _quality is UNSET:
                quality = UNSET
            else:
                quality = PeerReportQuality.from_dict(_quality)

        except Exception as exc:
            raise DecodeError.at("quality", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        peer_report = cls(
            metadata,
            quality,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _PEER_REPORT_FIELDS:
            peer_report.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _PEER_REPORT_FIELDS
            }
        return peer_report

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
from ..models.peer_report_metadata import PeerReportMetadata  # noqa: E402
from ..models.peer_report_quality import PeerReportQuality  # noqa: E402
