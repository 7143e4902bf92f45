from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError

# The JSON names this model knows; any other field of a response lands in additional_properties.
_TRANSCRIPT_DOWNLOAD_FIELDS = frozenset(
    {
        "sessionId",
        "transcript_download_url",
        "transcript_download_url_expiry",
    }
)


@_attrs_define
class TranscriptDownload:
    """Where to download the transcript."""

    session_id: str
    """ ID of the session. """
    transcript_download_url: str
    """ URL where the transcript can be downloaded """
    transcript_download_url_expiry: str
    """ Time when the download URL will expire """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        session_id = self.session_id

        transcript_download_url = self.transcript_download_url

        transcript_download_url_expiry = self.transcript_download_url_expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "sessionId": session_id,
                "transcript_download_url": transcript_download_url,
                "transcript_download_url_expiry": transcript_download_url_expiry,
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
            transcript_download_url = src_dict["transcript_download_url"]
            if not isinstance(transcript_download_url, str):
                raise DecodeError.expected("a string", transcript_download_url)

        except Exception as exc:
            raise DecodeError.at("transcript_download_url", exc)

        try:
            transcript_download_url_expiry = src_dict["transcript_download_url_expiry"]
            if not isinstance(transcript_download_url_expiry, str):
                raise DecodeError.expected("a string", transcript_download_url_expiry)

        except Exception as exc:
            raise DecodeError.at("transcript_download_url_expiry", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        transcript_download = cls(
            session_id,
            transcript_download_url,
            transcript_download_url_expiry,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _TRANSCRIPT_DOWNLOAD_FIELDS:
            transcript_download.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _TRANSCRIPT_DOWNLOAD_FIELDS
            }
        return transcript_download

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
