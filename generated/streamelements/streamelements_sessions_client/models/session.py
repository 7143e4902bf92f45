from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import _ModelBase

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
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class Session(_ModelBase):
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
    version_key: int
    """ The document version (MongoDB's version key). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
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

        version_key = self.version_key

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
                "__v": version_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
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
            if type(provider) is not str and not isinstance(provider, str):
                raise DecodeError.expected("a string", provider)

        except Exception as exc:
            raise DecodeError.at("provider", exc)

        try:
            last_reset = src_dict["lastReset"]
            if type(last_reset) is not str and not isinstance(last_reset, str):
                raise DecodeError.expected("a string", last_reset)

        except Exception as exc:
            raise DecodeError.at("lastReset", exc)

        try:
            id = src_dict["_id"]
            if type(id) is not str and not isinstance(id, str):
                raise DecodeError.expected("a string", id)

        except Exception as exc:
            raise DecodeError.at("_id", exc)

        try:
            channel = src_dict["channel"]
            if type(channel) is not str and not isinstance(channel, str):
                raise DecodeError.expected("a string", channel)

        except Exception as exc:
            raise DecodeError.at("channel", exc)

        try:
            created_at = src_dict["createdAt"]
            if type(created_at) is not str and not isinstance(created_at, str):
                raise DecodeError.expected("a string", created_at)

        except Exception as exc:
            raise DecodeError.at("createdAt", exc)

        try:
            updated_at = src_dict["updatedAt"]
            if type(updated_at) is not str and not isinstance(updated_at, str):
                raise DecodeError.expected("a string", updated_at)

        except Exception as exc:
            raise DecodeError.at("updatedAt", exc)

        try:
            version_key = src_dict["__v"]
            if type(version_key) is not int and (isinstance(version_key, bool) or not isinstance(version_key, int)):
                # JSON Schema counts 1000.0 as an integer, and servers written in JavaScript send it that way.
                if isinstance(version_key, float) and version_key.is_integer():
                    version_key = int(version_key)
                else:
                    raise DecodeError.expected("an integer", version_key)

        except Exception as exc:
            raise DecodeError.at("__v", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.data = data
        _instance.settings = settings
        _instance.provider = provider
        _instance.last_reset = last_reset
        _instance.id = id
        _instance.channel = channel
        _instance.created_at = created_at
        _instance.updated_at = updated_at
        _instance.version_key = version_key

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 9:
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _SESSION_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("data", "data", struct_of(SessionData), True),
            ("settings", "settings", struct_of(SessionSettings), True),
            ("provider", "provider", str, True),
            ("last_reset", "lastReset", str, True),
            ("id", "_id", str, True),
            ("channel", "channel", str, True),
            ("created_at", "createdAt", str, True),
            ("updated_at", "updatedAt", str, True),
            ("version_key", "__v", int, True),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        data = _struct.data
        data = SessionData._from_struct(data)
        _instance.data = data

        settings = _struct.settings
        _settings_model = _new(SessionSettings)
        _settings_model.auto_reset = settings.auto_reset
        _settings_model.calendar = settings.calendar
        _settings_model.additional_properties = {}
        settings = _settings_model
        _instance.settings = settings

        _instance.provider = _struct.provider

        _instance.last_reset = _struct.last_reset

        _instance.id = _struct.id

        _instance.channel = _struct.channel

        _instance.created_at = _struct.created_at

        _instance.updated_at = _struct.updated_at

        _instance.version_key = _struct.version_key

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.session_data import SessionData  # noqa: E402
from ..models.session_settings import SessionSettings  # noqa: E402
