from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_RESPONSE_MESSAGE_FIELDS = frozenset(
    {
        "code",
        "message",
        "documentation_url",
        "source",
    }
)


@_attrs_define
class ResponseMessage:
    """One error or message of a Cloudflare v4 envelope."""

    code: int
    """ Cloudflare's error code. """
    message: str
    """ A human-readable description. """
    documentation_url: str | Unset = UNSET
    """ Where the error is documented. """
    source: ResponseMessageSource | Unset = UNSET
    """ What in the request the error is about. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        code = self.code

        message = self.message

        documentation_url = self.documentation_url

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if documentation_url is not UNSET:
            field_dict["documentation_url"] = documentation_url
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            code = src_dict["code"]
            if isinstance(code, bool) or not isinstance(code, int):
                # JSON Schema counts 1000.0 as an integer, and servers written in JavaScript send it that way.
                if isinstance(code, float) and code.is_integer():
                    code = int(code)
                else:
                    raise DecodeError.expected("an integer", code)

        except Exception as exc:
            raise DecodeError.at("code", exc)

        try:
            message = src_dict["message"]
            if not isinstance(message, str):
                raise DecodeError.expected("a string", message)

        except Exception as exc:
            raise DecodeError.at("message", exc)

        try:
            documentation_url = src_dict.get("documentation_url", UNSET)
            if documentation_url is not UNSET and (not isinstance(documentation_url, str)):
                raise DecodeError.expected("a string", documentation_url)

        except Exception as exc:
            raise DecodeError.at("documentation_url", exc)

        try:
            _source = src_dict.get("source", UNSET)
            source: ResponseMessageSource | Unset
            if _source is UNSET:
                source = UNSET
            else:
                source = ResponseMessageSource.from_dict(_source)

        except Exception as exc:
            raise DecodeError.at("source", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        response_message = cls(
            code,
            message,
            documentation_url,
            source,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _RESPONSE_MESSAGE_FIELDS:
            response_message.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _RESPONSE_MESSAGE_FIELDS
            }
        return response_message

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
from ..models.response_message_source import ResponseMessageSource  # noqa: E402
