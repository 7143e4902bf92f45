from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_SESSION_LIST_FIELDS = frozenset(
    {
        "hasMore",
        "offset",
        "limit",
        "data",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class SessionList(_ModelBase):
    """One page of sessions, the most recent first."""

    has_more: bool
    """ A boolean indicating whether there are additional pages of data available after the current page. """
    offset: float
    """ The index of the first item on the current page, relative to the full dataset. """
    limit: float
    """ The maximum number of items returned in each page. """
    data: list[Session]
    """ List of sessions matching specified filters. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            has_more = src_dict["hasMore"]
            if type(has_more) is not bool:
                raise DecodeError.expected("a boolean", has_more)

        except Exception as exc:
            raise DecodeError.at("hasMore", exc)

        try:
            offset = src_dict["offset"]
            if (
                type(offset) is not float
                and type(offset) is not int
                and (isinstance(offset, bool) or not isinstance(offset, (int, float)))
            ):
                raise DecodeError.expected("a number", offset)

        except Exception as exc:
            raise DecodeError.at("offset", exc)

        try:
            limit = src_dict["limit"]
            if (
                type(limit) is not float
                and type(limit) is not int
                and (isinstance(limit, bool) or not isinstance(limit, (int, float)))
            ):
                raise DecodeError.expected("a number", limit)

        except Exception as exc:
            raise DecodeError.at("limit", exc)

        try:
            _data = src_dict["data"]
            if not isinstance(_data, list):
                raise DecodeError.expected("an array", _data)
            try:
                data = list(map(Session.from_dict, _data))
            except Exception:
                for data_index, data_item_data in enumerate(_data):
                    try:
                        Session.from_dict(data_item_data)
                    except Exception as exc:
                        raise DecodeError.at(data_index, exc)
                raise

        except Exception as exc:
            raise DecodeError.at("data", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.has_more = has_more
        _instance.offset = offset
        _instance.limit = limit
        _instance.data = data

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 4:
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _SESSION_LIST_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("has_more", "hasMore", bool, True),
            ("offset", "offset", int | float, True),
            ("limit", "limit", int | float, True),
            ("data", "data", struct_of(Session, many=True), True),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.has_more = _struct.has_more

        _instance.offset = _struct.offset

        _instance.limit = _struct.limit

        data = _struct.data
        data = list(map(Session._from_struct, data))
        _instance.data = data

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.session import Session  # noqa: E402
