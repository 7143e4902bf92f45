from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError

# The JSON names this model knows; any other field of a response lands in additional_properties.
_SESSION_FIELDS = frozenset(
    {
        "data",
        "settings",
        "provider",
        "lastReset",
        "_id",
        "channel",
        "createdAt",
        "updatedAt",
        "__v",
    }
)


@_attrs_define
class Session:
    """A channel's session (the vendor's `SessionDataInfo`): the session counters in `data`, the channel's session settings
    and bookkeeping fields. Unlike the legacy v1 object it has `channel`, `settings`, `provider` and `__v`, and no
    `_user`.

    """

    data: SessionData
    """ The session counters (the vendor's `Session Data`), keyed by `<event>-<statistic>` for the events
    `follower`, `subscriber`, `host`, `raid`, `cheer`, `tip` and `merch`: 62 keys. """
    settings: SessionSettings
    """ The channel's session settings. """
    provider: str
    """ The streaming platform of the channel, e.g. `twitch`. """
    last_reset: str
    """ When the session counters were last reset. """
    id: str
    """ Unique identifier of the session object. """
    channel: str
    """ The channel id the session belongs to. """
    created_at: str
    """ When the session object was created. """
    updated_at: str
    """ When the session object was last updated. """
    field_v: int
    """ The document version (MongoDB's version key). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        data = self.data.to_dict()

        settings = self.settings.to_dict()

        provider = self.provider

        last_reset = self.last_reset

        id = self.id

        channel = self.channel

        created_at = self.created_at

        updated_at = self.updated_at

        field_v = self.field_v

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "data": data,
                "settings": settings,
                "provider": provider,
                "lastReset": last_reset,
                "_id": id,
                "channel": channel,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "__v": field_v,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            data = SessionData.from_dict(src_dict["data"])

        except Exception as exc:
            raise DecodeError.at("data", exc)

        try:
            settings = SessionSettings.from_dict(src_dict["settings"])

        except Exception as exc:
            raise DecodeError.at("settings", exc)

        try:
            provider = src_dict["provider"]
            if not isinstance(provider, str):
                raise DecodeError.expected("a string", provider)

        except Exception as exc:
            raise DecodeError.at("provider", exc)

        try:
            last_reset = src_dict["lastReset"]
            if not isinstance(last_reset, str):
                raise DecodeError.expected("a string", last_reset)

        except Exception as exc:
            raise DecodeError.at("lastReset", exc)

        try:
            id = src_dict["_id"]
            if not isinstance(id, str):
                raise DecodeError.expected("a string", id)

        except Exception as exc:
            raise DecodeError.at("_id", exc)

        try:
            channel = src_dict["channel"]
            if not isinstance(channel, str):
                raise DecodeError.expected("a string", channel)

        except Exception as exc:
            raise DecodeError.at("channel", exc)

        try:
            created_at = src_dict["createdAt"]
            if not isinstance(created_at, str):
                raise DecodeError.expected("a string", created_at)

        except Exception as exc:
            raise DecodeError.at("createdAt", exc)

        try:
            updated_at = src_dict["updatedAt"]
            if not isinstance(updated_at, str):
                raise DecodeError.expected("a string", updated_at)

        except Exception as exc:
            raise DecodeError.at("updatedAt", exc)

        try:
            field_v = src_dict["__v"]
            if isinstance(field_v, bool) or not isinstance(field_v, int):
                # JSON Schema counts 1000.0 as an integer, and servers written in JavaScript send it that way.
                if isinstance(field_v, float) and field_v.is_integer():
                    field_v = int(field_v)
                else:
                    raise DecodeError.expected("an integer", field_v)

        except Exception as exc:
            raise DecodeError.at("__v", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        session = cls(
            data,
            settings,
            provider,
            last_reset,
            id,
            channel,
            created_at,
            updated_at,
            field_v,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _SESSION_FIELDS:
            session.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _SESSION_FIELDS
            }
        return session

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
from ..models.session_data import SessionData  # noqa: E402
from ..models.session_settings import SessionSettings  # noqa: E402
