from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_PARTICIPANT_SELECTION_FIELDS = frozenset(
    {
        "participant_ids",
        "custom_participant_ids",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class ParticipantSelection(_ModelBase):
    """The participants to act on, by participant ID and by custom participant ID: both lists are sent, either may be
    empty.

    """

    participant_ids: list[str]
    """ IDs of the participants. """
    custom_participant_ids: list[str]
    """ Custom participant IDs, as passed when the participants were created. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        participant_ids = self.participant_ids

        custom_participant_ids = self.custom_participant_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "participant_ids": participant_ids,
                "custom_participant_ids": custom_participant_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            _participant_ids = src_dict["participant_ids"]
            if not isinstance(_participant_ids, list):
                raise DecodeError.expected("an array", _participant_ids)
            participant_ids = []
            for participant_ids_index, participant_ids_item_data in enumerate(_participant_ids):
                try:
                    participant_ids_item = participant_ids_item_data
                    if type(participant_ids_item) is not str and not isinstance(participant_ids_item, str):
                        raise DecodeError.expected("a string", participant_ids_item)

                except Exception as exc:
                    raise DecodeError.at(participant_ids_index, exc)
                participant_ids.append(participant_ids_item)

        except Exception as exc:
            raise DecodeError.at("participant_ids", exc)

        try:
            _custom_participant_ids = src_dict["custom_participant_ids"]
            if not isinstance(_custom_participant_ids, list):
                raise DecodeError.expected("an array", _custom_participant_ids)
            custom_participant_ids = []
            for custom_participant_ids_index, custom_participant_ids_item_data in enumerate(_custom_participant_ids):
                try:
                    custom_participant_ids_item = custom_participant_ids_item_data
                    if type(custom_participant_ids_item) is not str and not isinstance(
                        custom_participant_ids_item, str
                    ):
                        raise DecodeError.expected("a string", custom_participant_ids_item)

                except Exception as exc:
                    raise DecodeError.at(custom_participant_ids_index, exc)
                custom_participant_ids.append(custom_participant_ids_item)

        except Exception as exc:
            raise DecodeError.at("custom_participant_ids", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.participant_ids = participant_ids
        _instance.custom_participant_ids = custom_participant_ids

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 2:
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _PARTICIPANT_SELECTION_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("participant_ids", "participant_ids", list[str], True),
            ("custom_participant_ids", "custom_participant_ids", list[str], True),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.participant_ids = _struct.participant_ids

        _instance.custom_participant_ids = _struct.custom_participant_ids

        _instance.additional_properties = {}
        return _instance
