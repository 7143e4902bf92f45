from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

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


@_attrs_define
class ActionParticipant:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            id = src_dict["id"]
            if not isinstance(id, str):
                raise DecodeError.expected("a string", id)

        except Exception as exc:
            raise DecodeError.at("id", exc)

        try:
            created_at = src_dict["created_at"]
            if not isinstance(created_at, str):
                raise DecodeError.expected("a string", created_at)

        except Exception as exc:
            raise DecodeError.at("created_at", exc)

        try:
            updated_at = src_dict["updated_at"]
            if not isinstance(updated_at, str):
                raise DecodeError.expected("a string", updated_at)

        except Exception as exc:
            raise DecodeError.at("updated_at", exc)

        try:
            email = src_dict.get("email", UNSET)
            if email is not UNSET and (not isinstance(email, str)):
                raise DecodeError.expected("a string", email)

        except Exception as exc:
            raise DecodeError.at("email", exc)

        try:
            name = src_dict.get("name", UNSET)
            if name is not UNSET and (not isinstance(name, str)):
                raise DecodeError.expected("a string", name)

        except Exception as exc:
            raise DecodeError.at("name", exc)

        try:
            picture = src_dict.get("picture", UNSET)
            if picture is not UNSET and (not isinstance(picture, str)):
                raise DecodeError.expected("a string", picture)

        except Exception as exc:
            raise DecodeError.at("picture", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        action_participant = cls(
            id,
            created_at,
            updated_at,
            email,
            name,
            picture,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _ACTION_PARTICIPANT_FIELDS:
            action_participant.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _ACTION_PARTICIPANT_FIELDS
            }
        return action_participant

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
