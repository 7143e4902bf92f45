from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_ACTION_PARTICIPANT_FIELDS = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "email",
        "name",
        "picture",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class ActionParticipant(_ModelBase):
    """A participant touched by a host action."""

    id: str
    """ ID of the session participant """
    created_at: str
    """ timestamp when this participant was created. """
    updated_at: str
    """ timestamp when this participant's data was last updated. """
    email: str | Unset = UNSET
    """ Email of the session participant. """
    name: str | Unset = UNSET
    """ Name of the session participant. """
    picture: str | Unset = UNSET
    """ A URL pointing to a picture of the participant. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        id = self.id

        created_at = self.created_at

        updated_at = self.updated_at

        email = self.email

        name = self.name

        picture = self.picture

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if picture is not UNSET:
            field_dict["picture"] = picture

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise DecodeError.expected("a string", id)

        except Exception as exc:
            raise DecodeError.at("id", exc)

        try:
            created_at = src_dict["created_at"]
            if type(created_at) is not str and not isinstance(created_at, str):
                raise DecodeError.expected("a string", created_at)

        except Exception as exc:
            raise DecodeError.at("created_at", exc)

        try:
            updated_at = src_dict["updated_at"]
            if type(updated_at) is not str and not isinstance(updated_at, str):
                raise DecodeError.expected("a string", updated_at)

        except Exception as exc:
            raise DecodeError.at("updated_at", exc)

        try:
            email = _src_get("email", UNSET)
            if email is not UNSET and (type(email) is not str and not isinstance(email, str)):
                raise DecodeError.expected("a string", email)

        except Exception as exc:
            raise DecodeError.at("email", exc)

        try:
            name = _src_get("name", UNSET)
            if name is not UNSET and (type(name) is not str and not isinstance(name, str)):
                raise DecodeError.expected("a string", name)

        except Exception as exc:
            raise DecodeError.at("name", exc)

        try:
            picture = _src_get("picture", UNSET)
            if picture is not UNSET and (type(picture) is not str and not isinstance(picture, str)):
                raise DecodeError.expected("a string", picture)

        except Exception as exc:
            raise DecodeError.at("picture", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.id = id
        _instance.created_at = created_at
        _instance.updated_at = updated_at
        _instance.email = email
        _instance.name = name
        _instance.picture = picture

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 3 + (email is not UNSET) + (name is not UNSET) + (picture is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _ACTION_PARTICIPANT_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("id", "id", str, True),
            ("created_at", "created_at", str, True),
            ("updated_at", "updated_at", str, True),
            ("email", "email", str, False),
            ("name", "name", str, False),
            ("picture", "picture", str, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.id = _struct.id

        _instance.created_at = _struct.created_at

        _instance.updated_at = _struct.updated_at

        _instance.email = _struct.email

        _instance.name = _struct.name

        _instance.picture = _struct.picture

        _instance.additional_properties = {}
        return _instance
