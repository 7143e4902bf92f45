from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_PAGING_FIELDS = frozenset(
    {
        "start_offset",
        "end_offset",
        "total_count",
    }
)


@_attrs_define
class Paging:
    """Where the page lies in the whole list."""

    start_offset: float | Unset = UNSET
    """ Offset of the page's first item. """
    end_offset: float | Unset = UNSET
    """ Offset of the page's last item. """
    total_count: float | Unset = UNSET
    """ How many items the whole list has. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        start_offset = self.start_offset

        end_offset = self.end_offset

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if start_offset is not UNSET:
            field_dict["start_offset"] = start_offset
        if end_offset is not UNSET:
            field_dict["end_offset"] = end_offset
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            start_offset = src_dict.get("start_offset", UNSET)
            if start_offset is not UNSET and (
                isinstance(start_offset, bool) or not isinstance(start_offset, (int, float))
            ):
                raise DecodeError.expected("a number", start_offset)

        except Exception as exc:
            raise DecodeError.at("start_offset", exc)

        try:
            end_offset = src_dict.get("end_offset", UNSET)
            if end_offset is not UNSET and (isinstance(end_offset, bool) or not isinstance(end_offset, (int, float))):
                raise DecodeError.expected("a number", end_offset)

        except Exception as exc:
            raise DecodeError.at("end_offset", exc)

        try:
            total_count = src_dict.get("total_count", UNSET)
            if total_count is not UNSET and (
                isinstance(total_count, bool) or not isinstance(total_count, (int, float))
            ):
                raise DecodeError.expected("a number", total_count)

        except Exception as exc:
            raise DecodeError.at("total_count", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        paging = cls(
            start_offset,
            end_offset,
            total_count,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _PAGING_FIELDS:
            paging.additional_properties = {key: value for key, value in src_dict.items() if key not in _PAGING_FIELDS}
        return paging

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
