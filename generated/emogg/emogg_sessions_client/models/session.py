from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_config import SessionConfig
    from ..models.session_meta import SessionMeta
    from ..models.session_source import SessionSource


T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """An Emogg session."""

    field_id: str
    """ Unique identifier for the session. """
    name: str
    """ Name of the session. Maximum 256 characters. """
    type_: str
    """ Session type (enum SessionType). An open set: the vendor does not list its values; `live_analysis` is the
    one documented. """
    state: str
    """ Current state of the session (enum SessionState). An open set: the vendor does not list its values; `active`
    is the one documented. """
    timestamp: datetime.datetime
    """ Timestamp when the session was created. """
    duration: float
    """ Session duration in seconds. """
    product: str
    """ Unique ID of the product used to analyze this session (e.g. pro, advanced...). """
    user: str
    """ ID of the user who created the session. """
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        type_ = self.type_

        state = self.state

        timestamp = self.timestamp.isoformat()

        duration = self.duration

        product = self.product

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
                "_id": field_id,
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_config import SessionConfig  # noqa: PLC0415
        from ..models.session_meta import SessionMeta  # noqa: PLC0415
        from ..models.session_source import SessionSource  # noqa: PLC0415

        d = dict(src_dict)
        field_id = d.pop("_id")

        name = d.pop("name")

        type_ = d.pop("type")

        state = d.pop("state")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        duration = d.pop("duration")

        product = d.pop("product")

        user = d.pop("user")

        version = d.pop("version")

        _config = d.pop("config", UNSET)
        config: SessionConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = SessionConfig.from_dict(_config)

        _sources = d.pop("sources", UNSET)
        sources: list[SessionSource] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = SessionSource.from_dict(sources_item_data)

                sources.append(sources_item)

        _meta = d.pop("meta", UNSET)
        meta: SessionMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = SessionMeta.from_dict(_meta)

        session = cls(
            field_id=field_id,
            name=name,
            type_=type_,
            state=state,
            timestamp=timestamp,
            duration=duration,
            product=product,
            user=user,
            version=version,
            config=config,
            sources=sources,
            meta=meta,
        )

        session.additional_properties = d
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
