from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_SESSION_META_FIELDS = frozenset(
    {
        "expires",
        "healthCheck",
        "workerState",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class SessionMeta(_ModelBase):
    """Information referred to the internal state of the session."""

    expires: str | Unset = UNSET
    """ When the session expires (ISO 8601 in the vendor's example; no format given). """
    health_check: str | Unset = UNSET
    """ When the session's worker last reported its health (ISO 8601 in the example; no format given). """
    worker_state: str | Unset = UNSET
    """ State of the worker processing the session. An open set; `working` is the one documented. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        expires = self.expires

        health_check = self.health_check

        worker_state = self.worker_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if expires is not UNSET:
            field_dict["expires"] = expires
        if health_check is not UNSET:
            field_dict["healthCheck"] = health_check
        if worker_state is not UNSET:
            field_dict["workerState"] = worker_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            expires = _src_get("expires", UNSET)
            if expires is not UNSET and (type(expires) is not str and not isinstance(expires, str)):
                raise DecodeError.expected("a string", expires)

        except Exception as exc:
            raise DecodeError.at("expires", exc)

        try:
            health_check = _src_get("healthCheck", UNSET)
            if health_check is not UNSET and (type(health_check) is not str and not isinstance(health_check, str)):
                raise DecodeError.expected("a string", health_check)

        except Exception as exc:
            raise DecodeError.at("healthCheck", exc)

        try:
            worker_state = _src_get("workerState", UNSET)
            if worker_state is not UNSET and (type(worker_state) is not str and not isinstance(worker_state, str)):
                raise DecodeError.expected("a string", worker_state)

        except Exception as exc:
            raise DecodeError.at("workerState", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.expires = expires
        _instance.health_check = health_check
        _instance.worker_state = worker_state

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == (expires is not UNSET) + (health_check is not UNSET) + (worker_state is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _SESSION_META_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("expires", "expires", str, False),
            ("health_check", "healthCheck", str, False),
            ("worker_state", "workerState", str, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.expires = _struct.expires

        _instance.health_check = _struct.health_check

        _instance.worker_state = _struct.worker_state

        _instance.additional_properties = {}
        return _instance
