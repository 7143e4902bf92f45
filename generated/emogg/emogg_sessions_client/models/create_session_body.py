from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError

# The JSON names this model knows; any other field of a response lands in additional_properties.
_CREATE_SESSION_BODY_FIELDS = frozenset(
    {
        "name",
        "streamUri",
    }
)


@_attrs_define
class CreateSessionBody:
    """The request body of Create a session."""

    name: str
    """ New session name. Max 256 characters. """
    stream_uri: str
    """ URI of the stream to analyze. Supported protocols are rtmp, rtsp and rtmps. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        name = self.name

        stream_uri = self.stream_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "name": name,
                "streamUri": stream_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            name = src_dict["name"]
            if not isinstance(name, str):
                raise DecodeError.expected("a string", name)

        except Exception as exc:
            raise DecodeError.at("name", exc)

        try:
            stream_uri = src_dict["streamUri"]
            if not isinstance(stream_uri, str):
                raise DecodeError.expected("a string", stream_uri)

        except Exception as exc:
            raise DecodeError.at("streamUri", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        create_session_body = cls(
            name,
            stream_uri,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _CREATE_SESSION_BODY_FIELDS:
            create_session_body.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _CREATE_SESSION_BODY_FIELDS
            }
        return create_session_body

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
