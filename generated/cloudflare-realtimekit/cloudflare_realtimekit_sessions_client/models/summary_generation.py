from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_SUMMARY_GENERATION_FIELDS = frozenset(
    {
        "session_id",
        "status",
    }
)


@_attrs_define
class SummaryGeneration:
    """The summary generation that was triggered."""

    session_id: str | Unset = UNSET
    """ ID of the session. """
    status: str | Unset = UNSET
    """ Status of the summary generation. The vendor does not list its values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        session_id = self.session_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            session_id = src_dict.get("session_id", UNSET)
            if session_id is not UNSET and (not isinstance(session_id, str)):
                raise DecodeError.expected("a string", session_id)

        except Exception as exc:
            raise DecodeError.at("session_id", exc)

        try:
            status = src_dict.get("status", UNSET)
            if status is not UNSET and (not isinstance(status, str)):
                raise DecodeError.expected("a string", status)

        except Exception as exc:
            raise DecodeError.at("status", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        summary_generation = cls(
            session_id,
            status,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _SUMMARY_GENERATION_FIELDS:
            summary_generation.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _SUMMARY_GENERATION_FIELDS
            }
        return summary_generation

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
