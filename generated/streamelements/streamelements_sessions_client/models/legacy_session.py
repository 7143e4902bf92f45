from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError

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


@_attrs_define
class LegacySession:
    """Information about your stream session, as the legacy v1 endpoint returns it."""

    id: str
    """ Unique identifier of the session object. """
    field_user: str
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        id = self.id

        field_user = self.field_user

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        last_reset = self.last_reset.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "_id": id,
                "_user": field_user,
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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            id = src_dict["_id"]
            if not isinstance(id, str):
                raise DecodeError.expected("a string", id)

        except Exception as exc:
            raise DecodeError.at("_id", exc)

        try:
            field_user = src_dict["_user"]
            if not isinstance(field_user, str):
                raise DecodeError.expected("a string", field_user)

        except Exception as exc:
            raise DecodeError.at("_user", exc)

        try:
            created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

        except Exception as exc:
            raise DecodeError.at("createdAt", exc)

        try:
            updated_at = datetime.datetime.fromisoformat(src_dict["updatedAt"])

        except Exception as exc:
            raise DecodeError.at("updatedAt", exc)

        try:
            last_reset = datetime.datetime.fromisoformat(src_dict["lastReset"])

        except Exception as exc:
            raise DecodeError.at("lastReset", exc)

        try:
            data = LegacySessionData.from_dict(src_dict["data"])

        except Exception as exc:
            raise DecodeError.at("data", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        legacy_session = cls(
            id,
            field_user,
            created_at,
            updated_at,
            last_reset,
            data,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _LEGACY_SESSION_FIELDS:
            legacy_session.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _LEGACY_SESSION_FIELDS
            }
        return legacy_session

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
from ..models.legacy_session_data import LegacySessionData  # noqa: E402
