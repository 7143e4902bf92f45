from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_TRANSCRIPT_DOWNLOAD_FIELDS = frozenset(
    {
        "sessionId",
        "transcript_download_url",
        "transcript_download_url_expiry",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class TranscriptDownload(_ModelBase):
    """Where to download the transcript."""

    session_id: str
    """ ID of the session. """
    transcript_download_url: str
    """ URL where the transcript can be downloaded """
    transcript_download_url_expiry: str
    """ Time when the download URL will expire """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            session_id = src_dict["sessionId"]
            if type(session_id) is not str and not isinstance(session_id, str):
                raise DecodeError.expected("a string", session_id)

        except Exception as exc:
            raise DecodeError.at("sessionId", exc)

        try:
            transcript_download_url = src_dict["transcript_download_url"]
            if type(transcript_download_url) is not str and not isinstance(transcript_download_url, str):
                raise DecodeError.expected("a string", transcript_download_url)

        except Exception as exc:
            raise DecodeError.at("transcript_download_url", exc)

        try:
            transcript_download_url_expiry = src_dict["transcript_download_url_expiry"]
            if type(transcript_download_url_expiry) is not str and not isinstance(transcript_download_url_expiry, str):
                raise DecodeError.expected("a string", transcript_download_url_expiry)

        except Exception as exc:
            raise DecodeError.at("transcript_download_url_expiry", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.session_id = session_id
        _instance.transcript_download_url = transcript_download_url
        _instance.transcript_download_url_expiry = transcript_download_url_expiry

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 3:
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _TRANSCRIPT_DOWNLOAD_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("session_id", "sessionId", str, True),
            ("transcript_download_url", "transcript_download_url", str, True),
            ("transcript_download_url_expiry", "transcript_download_url_expiry", str, True),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.session_id = _struct.session_id

        _instance.transcript_download_url = _struct.transcript_download_url

        _instance.transcript_download_url_expiry = _struct.transcript_download_url_expiry

        _instance.additional_properties = {}
        return _instance
