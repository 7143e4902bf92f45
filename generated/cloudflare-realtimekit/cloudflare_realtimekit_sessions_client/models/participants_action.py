from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_PARTICIPANTS_ACTION_FIELDS = frozenset(
    {
        "action",
        "participants",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class ParticipantsAction(_ModelBase):
    """The action taken and the participants it touched."""

    action: str | Unset = UNSET
    """ The action taken. The vendor does not list its values. """
    participants: list[ActionParticipant] | Unset = UNSET
    """ The participants the action touched. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            action = _src_get("action", UNSET)
            if action is not UNSET and (type(action) is not str and not isinstance(action, str)):
                raise DecodeError.expected("a string", action)

        except Exception as exc:
            raise DecodeError.at("action", exc)

        try:
            _participants = _src_get("participants", UNSET)
            participants: list[ActionParticipant] | Unset = UNSET
            if _participants is not UNSET:
                if not isinstance(_participants, list):
                    raise DecodeError.expected("an array", _participants)
                try:
                    participants = list(map(ActionParticipant.from_dict, _participants))
                except Exception:
                    for participants_index, participants_item_data in enumerate(_participants):
                        try:
                            ActionParticipant.from_dict(participants_item_data)
                        except Exception as exc:
                            raise DecodeError.at(participants_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("participants", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.action = action
        _instance.participants = participants

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == (action is not UNSET) + (participants is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _PARTICIPANTS_ACTION_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("action", "action", str, False),
            ("participants", "participants", struct_of(ActionParticipant, many=True), False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.action = _struct.action

        participants = _struct.participants
        if participants is not UNSET:
            _participants_models: list[ActionParticipant] = []
            for _participants_struct in participants:
                _participants_model = _new(ActionParticipant)
                _participants_model.id = _participants_struct.id
                _participants_model.created_at = _participants_struct.created_at
                _participants_model.updated_at = _participants_struct.updated_at
                _participants_model.email = _participants_struct.email
                _participants_model.name = _participants_struct.name
                _participants_model.picture = _participants_struct.picture
                _participants_model.additional_properties = {}
                _participants_models.append(_participants_model)
            participants = _participants_models
        _instance.participants = participants

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.action_participant import ActionParticipant  # noqa: E402
