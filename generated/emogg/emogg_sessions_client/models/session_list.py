from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError

# The JSON names this model knows; any other field of a response lands in additional_properties.
_SESSION_LIST_FIELDS = frozenset(
    {
        "hasMore",
        "offset",
        "limit",
        "data",
    }
)


@_attrs_define
class SessionList:
    """One page of sessions, the most recent first."""

    has_more: bool
    """ A boolean indicating whether there are additional pages of data available after the current page. """
    offset: int
    """ The index of the first item on the current page, relative to the full dataset. """
    limit: int
    """ The maximum number of items returned in each page. """
    data: list[Session]
    """ List of sessions matching specified filters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        has_more = self.has_more

        offset = self.offset

        limit = self.limit

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "hasMore": has_more,
                "offset": offset,
                "limit": limit,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            has_more = src_dict["hasMore"]
            if not isinstance(has_more, bool):
                raise DecodeError.expected("a boolean", has_more)

        except Exception as exc:
            raise DecodeError.at("hasMore", exc)

        try:
            offset = src_dict["offset"]
            if isinstance(offset, bool) or not isinstance(offset, int):
                # JSON Schema counts 1000.0 as an integer, and servers written in JavaScript send it that way.
                if isinstance(offset, float) and offset.is_integer():
                    offset = int(offset)
                else:
                    raise DecodeError.expected("an integer", offset)

        except Exception as exc:
            raise DecodeError.at("offset", exc)

        try:
            limit = src_dict["limit"]
            if isinstance(limit, bool) or not isinstance(limit, int):
                # JSON Schema counts 1000.0 as an integer, and servers written in JavaScript send it that way.
                if isinstance(limit, float) and limit.is_integer():
                    limit = int(limit)
                else:
                    raise DecodeError.expected("an integer", limit)

        except Exception as exc:
            raise DecodeError.at("limit", exc)

        try:
            _data = src_dict["data"]
            if not isinstance(_data, list):
                raise DecodeError.expected("an array", _data)
            data = []
            for data_index, data_item_data in enumerate(_data):
                try:
                    data_item = Session.from_dict(data_item_data)

                except Exception as exc:
                    raise DecodeError.at(data_index, exc)
                data.append(data_item)

        except Exception as exc:
            raise DecodeError.at("data", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        session_list = cls(
            has_more,
            offset,
            limit,
            data,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _SESSION_LIST_FIELDS:
            session_list.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _SESSION_LIST_FIELDS
            }
        return session_list

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
from ..models.session import Session  # noqa: E402
