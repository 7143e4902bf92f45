from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_SESSION_FIELDS = frozenset(
    {
        "_id",
        "name",
        "type",
        "state",
        "timestamp",
        "duration",
        "product",
        "user",
        "version",
        "config",
        "sources",
        "meta",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class Session(_ModelBase):
    """An Emogg session."""

    id: str
    """ Unique identifier for the session. """
    name: str
    """ Name of the session. Maximum 256 characters. """
    type_: str
    """ Session type (enum SessionType). An open set: the vendor does not list its values; `live_analysis` is the
    one documented. """
    state: str
    """ Current state of the session (enum SessionState). An open set: the vendor does not list its values;
    `active`, `processing` and `finished` are the ones its pages name. """
    timestamp: str
    """ Timestamp when the session was created (ISO 8601 in the vendor's example; no format given). """
    duration: float
    """ Session duration in seconds. """
    product: ExpandedObject | str
    """ Unique ID of the product used to analyze this session (e.g. pro, advanced...); the product object when the
    request asks for `expand[]=product`. """
    user: ExpandedObject | str
    """ ID of the user who created the session; the user object when the request asks for `expand[]=user`. """
    version: float
    """ Version of the object schema. It should not change often but can be helpful in the future if a new session
    schema is published. """
    config: SessionConfig | Unset = UNSET
    """ Information about the configuration of the session. The vendor shows only `removeMedia`; further settings
    are allowed. """
    sources: list[SessionSource] | Unset = UNSET
    """ Information about the data sources of the session. """
    meta: SessionMeta | Unset = UNSET
    """ Information referred to the internal state of the session. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        id = self.id

        name = self.name

        type_ = self.type_

        state = self.state

        timestamp = self.timestamp

        duration = self.duration

        product: dict[str, Any] | str
        if isinstance(self.product, ExpandedObject):
            product = self.product.to_dict()
        else:
            product = self.product

        user: dict[str, Any] | str
        if isinstance(self.user, ExpandedObject):
            user = self.user.to_dict()
        else:
            user = self.user

        version = self.version

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "_id": id,
                "name": name,
                "type": type_,
                "state": state,
                "timestamp": timestamp,
                "duration": duration,
                "product": product,
                "user": user,
                "version": version,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if sources is not UNSET:
            field_dict["sources"] = sources
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            id = src_dict["_id"]
            if type(id) is not str and not isinstance(id, str):
                raise DecodeError.expected("a string", id)

        except Exception as exc:
            raise DecodeError.at("_id", exc)

        try:
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise DecodeError.expected("a string", name)

        except Exception as exc:
            raise DecodeError.at("name", exc)

        try:
            type_ = src_dict["type"]
            if type(type_) is not str and not isinstance(type_, str):
                raise DecodeError.expected("a string", type_)

        except Exception as exc:
            raise DecodeError.at("type", exc)

        try:
            state = src_dict["state"]
            if type(state) is not str and not isinstance(state, str):
                raise DecodeError.expected("a string", state)

        except Exception as exc:
            raise DecodeError.at("state", exc)

        try:
            timestamp = src_dict["timestamp"]
            if type(timestamp) is not str and not isinstance(timestamp, str):
                raise DecodeError.expected("a string", timestamp)

        except Exception as exc:
            raise DecodeError.at("timestamp", exc)

        try:
            duration = src_dict["duration"]
            if (
                type(duration) is not float
                and type(duration) is not int
                and (isinstance(duration, bool) or not isinstance(duration, (int, float)))
            ):
                raise DecodeError.expected("a number", duration)

        except Exception as exc:
            raise DecodeError.at("duration", exc)

        try:

            def _parse_product(data: object) -> ExpandedObject | str:
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        product_type_0 = data
                        if type(product_type_0) is not str and not isinstance(product_type_0, str):
                            raise DecodeError.expected("a string", product_type_0)

                        return product_type_0
                    except Exception as exc:
                        error = error or exc
                if isinstance(data, dict):
                    try:
                        product_type_1 = ExpandedObject.from_dict(data)

                        return product_type_1
                    except Exception as exc:
                        error = error or exc
                if error is not None:
                    raise error
                raise DecodeError.expected("a string or an object", data)

            product = _parse_product(src_dict["product"])

        except Exception as exc:
            raise DecodeError.at("product", exc)

        try:

            def _parse_user(data: object) -> ExpandedObject | str:
                error: Exception | None = None
                if isinstance(data, str):
                    try:
                        user_type_0 = data
                        if type(user_type_0) is not str and not isinstance(user_type_0, str):
                            raise DecodeError.expected("a string", user_type_0)

                        return user_type_0
                    except Exception as exc:
                        error = error or exc
                if isinstance(data, dict):
                    try:
                        user_type_1 = ExpandedObject.from_dict(data)

                        return user_type_1
                    except Exception as exc:
                        error = error or exc
                if error is not None:
                    raise error
                raise DecodeError.expected("a string or an object", data)

            user = _parse_user(src_dict["user"])

        except Exception as exc:
            raise DecodeError.at("user", exc)

        try:
            version = src_dict["version"]
            if (
                type(version) is not float
                and type(version) is not int
                and (isinstance(version, bool) or not isinstance(version, (int, float)))
            ):
                raise DecodeError.expected("a number", version)

        except Exception as exc:
            raise DecodeError.at("version", exc)

        try:
            config = _src_get("config", UNSET)
            if config is not UNSET:
                config = SessionConfig.from_dict(config)

        except Exception as exc:
            raise DecodeError.at("config", exc)

        try:
            _sources = _src_get("sources", UNSET)
            sources: list[SessionSource] | Unset = UNSET
            if _sources is not UNSET:
                if not isinstance(_sources, list):
                    raise DecodeError.expected("an array", _sources)
                try:
                    sources = list(map(SessionSource.from_dict, _sources))
                except Exception:
                    for sources_index, sources_item_data in enumerate(_sources):
                        try:
                            SessionSource.from_dict(sources_item_data)
                        except Exception as exc:
                            raise DecodeError.at(sources_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("sources", exc)

        try:
            meta = _src_get("meta", UNSET)
            if meta is not UNSET:
                meta = SessionMeta.from_dict(meta)

        except Exception as exc:
            raise DecodeError.at("meta", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.id = id
        _instance.name = name
        _instance.type_ = type_
        _instance.state = state
        _instance.timestamp = timestamp
        _instance.duration = duration
        _instance.product = product
        _instance.user = user
        _instance.version = version
        _instance.config = config
        _instance.sources = sources
        _instance.meta = meta

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 9 + (config is not UNSET) + (sources is not UNSET) + (meta is not UNSET):
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
            ("id", "_id", str, True),
            ("name", "name", str, True),
            ("type_", "type", str, True),
            ("state", "state", str, True),
            ("timestamp", "timestamp", str, True),
            ("duration", "duration", int | float, True),
            ("product", "product", Any, True),
            ("user", "user", Any, True),
            ("version", "version", int | float, True),
            ("config", "config", struct_of(SessionConfig), False),
            ("sources", "sources", struct_of(SessionSource, many=True), False),
            ("meta", "meta", struct_of(SessionMeta), False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.id = _struct.id

        _instance.name = _struct.name

        _instance.type_ = _struct.type_

        _instance.state = _struct.state

        _instance.timestamp = _struct.timestamp

        _instance.duration = _struct.duration

        def _parse_product(data: object) -> ExpandedObject | str:
            error: Exception | None = None
            if isinstance(data, str):
                try:
                    product_type_0 = data
                    if type(product_type_0) is not str and not isinstance(product_type_0, str):
                        raise DecodeError.expected("a string", product_type_0)

                    return product_type_0
                except Exception as exc:
                    error = error or exc
            if isinstance(data, dict):
                try:
                    product_type_1 = ExpandedObject.from_dict(data)

                    return product_type_1
                except Exception as exc:
                    error = error or exc
            if error is not None:
                raise error
            raise DecodeError.expected("a string or an object", data)

        product = _parse_product(_struct.product)

        _instance.product = product

        def _parse_user(data: object) -> ExpandedObject | str:
            error: Exception | None = None
            if isinstance(data, str):
                try:
                    user_type_0 = data
                    if type(user_type_0) is not str and not isinstance(user_type_0, str):
                        raise DecodeError.expected("a string", user_type_0)

                    return user_type_0
                except Exception as exc:
                    error = error or exc
            if isinstance(data, dict):
                try:
                    user_type_1 = ExpandedObject.from_dict(data)

                    return user_type_1
                except Exception as exc:
                    error = error or exc
            if error is not None:
                raise error
            raise DecodeError.expected("a string or an object", data)

        user = _parse_user(_struct.user)

        _instance.user = user

        _instance.version = _struct.version

        config = _struct.config
        if config is not UNSET:
            _config_model = _new(SessionConfig)
            _config_model.remove_media = config.remove_media
            _config_model.additional_properties = {}
            config = _config_model
        _instance.config = config

        sources = _struct.sources
        if sources is not UNSET:
            _sources_models: list[SessionSource] = []
            for _sources_struct in sources:
                _sources_model = _new(SessionSource)
                _sources_model.id = _sources_struct.id
                _sources_model.name = _sources_struct.name
                _sources_model.type_ = _sources_struct.type_
                _sources_model.device = _sources_struct.device
                _sources_model.additional_properties = {}
                _sources_models.append(_sources_model)
            sources = _sources_models
        _instance.sources = sources

        meta = _struct.meta
        if meta is not UNSET:
            _meta_model = _new(SessionMeta)
            _meta_model.expires = meta.expires
            _meta_model.health_check = meta.health_check
            _meta_model.worker_state = meta.worker_state
            _meta_model.additional_properties = {}
            meta = _meta_model
        _instance.meta = meta

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.expanded_object import ExpandedObject  # noqa: E402
from ..models.session_config import SessionConfig  # noqa: E402
from ..models.session_meta import SessionMeta  # noqa: E402
from ..models.session_source import SessionSource  # noqa: E402
