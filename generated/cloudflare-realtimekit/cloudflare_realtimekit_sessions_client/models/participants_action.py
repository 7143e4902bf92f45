from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_PARTICIPANTS_ACTION_FIELDS = frozenset(
    {
        "action",
        "participants",
    }
)


@_attrs_define
class ParticipantsAction:
    """The action taken and the participants it touched."""

    action: str | Unset = UNSET
    """ The action taken. The vendor does not list its values. """
    participants: list[ActionParticipant] | Unset = UNSET
    """ The participants the action touched. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        action = self.action

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if participants is not UNSET:
            field_dict["participants"] = participants

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            action = src_dict.get("action", UNSET)
            if action is not UNSET and (not isinstance(action, str)):
                raise DecodeError.expected("a string", action)

        except Exception as exc:
            raise DecodeError.at("action", exc)

        try:
            _participants = src_dict.get("participants", UNSET)
            participants: list[ActionParticipant] | Unset = UNSET
            if _participants is not UNSET:
                if not isinstance(_participants, list):
                    raise DecodeError.expected("an array", _participants)
                participants = []
                for participants_index, participants_item_data in enumerate(_participants):
                    try:
                        participants_item = ActionParticipant.from_dict(participants_item_data)

                    except Exception as exc:
                        raise DecodeError.at(participants_index, exc)
                    participants.append(participants_item)

        except Exception as exc:
            raise DecodeError.at("participants", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        participants_action = cls(
            action,
            participants,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _PARTICIPANTS_ACTION_FIELDS:
            participants_action.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _PARTICIPANTS_ACTION_FIELDS
            }
        return participants_action

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
from ..models.action_participant import ActionParticipant  # noqa: E402
