from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError

# The JSON names this model knows; any other field of a response lands in additional_properties.
_SUMMARY_DOWNLOAD_FIELDS = frozenset(
    {
        "sessionId",
        "summaryDownloadUrl",
        "summaryDownloadUrlExpiry",
    }
)


@_attrs_define
class SummaryDownload:
    """Where to download the summary."""

    session_id: str
    """ ID of the session. """
    summary_download_url: str
    """ URL where the summary of transcripts can be downloaded """
    summary_download_url_expiry: str
    """ Time of Expiry before when you need to download the csv file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        session_id = self.session_id

        summary_download_url = self.summary_download_url

        summary_download_url_expiry = self.summary_download_url_expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "sessionId": session_id,
                "summaryDownloadUrl": summary_download_url,
                "summaryDownloadUrlExpiry": summary_download_url_expiry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            session_id = src_dict["sessionId"]
            if not isinstance(session_id, str):
                raise DecodeError.expected("a string", session_id)

        except Exception as exc:
            raise DecodeError.at("sessionId", exc)

        try:
            summary_download_url = src_dict["summaryDownloadUrl"]
            if not isinstance(summary_download_url, str):
                raise DecodeError.expected("a string", summary_download_url)

        except Exception as exc:
            raise DecodeError.at("summaryDownloadUrl", exc)

        try:
            summary_download_url_expiry = src_dict["summaryDownloadUrlExpiry"]
            if not isinstance(summary_download_url_expiry, str):
                raise DecodeError.expected("a string", summary_download_url_expiry)

        except Exception as exc:
            raise DecodeError.at("summaryDownloadUrlExpiry", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        summary_download = cls(
            session_id,
            summary_download_url,
            summary_download_url_expiry,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _SUMMARY_DOWNLOAD_FIELDS:
            summary_download.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _SUMMARY_DOWNLOAD_FIELDS
            }
        return summary_download

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
