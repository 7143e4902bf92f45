from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_LEGACY_SESSION_FIELDS = frozenset(
    {
        "_id",
        "_user",
        "createdAt",
        "updatedAt",
        "lastReset",
        "data",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class LegacySession(_ModelBase):
    """Information about your stream session, as the legacy v1 endpoint returns it."""

    id: str
    """ Unique identifier of the session object. """
    user: str
    """ Identifier of the StreamElements user (channel) the session belongs to. """
    created_at: datetime.datetime
    """ When the session object was created. """
    updated_at: datetime.datetime
    """ When the session object was last updated. """
    last_reset: datetime.datetime
    """ When the session counters were last reset. """
    data: LegacySessionData
    """ The session counters, keyed by `<event>-<statistic>` for the events `cheer`, `host`, `tip`, `subscriber` and
    `follower`. Shared shapes (counts, amounts, top donations, latest and recent events) are separate schemas. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        id = self.id

        user = self.user

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        last_reset = self.last_reset.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "_id": id,
                "_user": user,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "lastReset": last_reset,
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
            id = src_dict["_id"]
            if type(id) is not str and not isinstance(id, str):
                raise DecodeError.expected("a string", id)

        except Exception as exc:
            raise DecodeError.at("_id", exc)

        try:
            user = src_dict["_user"]
            if type(user) is not str and not isinstance(user, str):
                raise DecodeError.expected("a string", user)

        except Exception as exc:
            raise DecodeError.at("_user", exc)

        try:
            created_at = _fromisoformat(src_dict["createdAt"])

        except Exception as exc:
            raise DecodeError.at("createdAt", exc)

        try:
            updated_at = _fromisoformat(src_dict["updatedAt"])

        except Exception as exc:
            raise DecodeError.at("updatedAt", exc)

        try:
            last_reset = _fromisoformat(src_dict["lastReset"])

        except Exception as exc:
            raise DecodeError.at("lastReset", exc)

        try:
            data = LegacySessionData.from_dict(src_dict["data"])

        except Exception as exc:
            raise DecodeError.at("data", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.id = id
        _instance.user = user
        _instance.created_at = created_at
        _instance.updated_at = updated_at
        _instance.last_reset = last_reset
        _instance.data = data

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 6:
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _LEGACY_SESSION_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("id", "_id", str, True),
            ("user", "_user", str, True),
            ("created_at", "createdAt", str, True),
            ("updated_at", "updatedAt", str, True),
            ("last_reset", "lastReset", str, True),
            ("data", "data", struct_of(LegacySessionData), True),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.id = _struct.id

        _instance.user = _struct.user

        created_at = _struct.created_at
        created_at = _fromisoformat(created_at)
        _instance.created_at = created_at

        updated_at = _struct.updated_at
        updated_at = _fromisoformat(updated_at)
        _instance.updated_at = updated_at

        last_reset = _struct.last_reset
        last_reset = _fromisoformat(last_reset)
        _instance.last_reset = last_reset

        data = _struct.data
        data = LegacySessionData._from_struct(data)
        _instance.data = data

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.legacy_session_data import LegacySessionData  # noqa: E402
