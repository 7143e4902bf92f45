from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError

# The JSON names this model knows; any other field of a response lands in additional_properties.
_CHAT_DOWNLOAD_FIELDS = frozenset(
    {
        "chat_download_url",
        "chat_download_url_expiry",
    }
)


@_attrs_define
class ChatDownload:
    """Where to download the chat."""

    chat_download_url: str
    """ URL where the chat logs can be downloaded """
    chat_download_url_expiry: str
    """ Time when the download URL will expire """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        chat_download_url = self.chat_download_url

        chat_download_url_expiry = self.chat_download_url_expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "chat_download_url": chat_download_url,
                "chat_download_url_expiry": chat_download_url_expiry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            chat_download_url = src_dict["chat_download_url"]
            if not isinstance(chat_download_url, str):
                raise DecodeError.expected("a string", chat_download_url)

        except Exception as exc:
            raise DecodeError.at("chat_download_url", exc)

        try:
            chat_download_url_expiry = src_dict["chat_download_url_expiry"]
            if not isinstance(chat_download_url_expiry, str):
                raise DecodeError.expected("a string", chat_download_url_expiry)

        except Exception as exc:
            raise DecodeError.at("chat_download_url_expiry", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        chat_download = cls(
            chat_download_url,
            chat_download_url_expiry,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _CHAT_DOWNLOAD_FIELDS:
            chat_download.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _CHAT_DOWNLOAD_FIELDS
            }
        return chat_download

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
