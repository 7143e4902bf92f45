from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_PARTICIPANT_SELECTION_FIELDS = frozenset(
    {
        "participant_ids",
        "custom_participant_ids",
    }
)


@_attrs_define
class ParticipantSelection:
    """The participants to act on, by participant ID or custom participant ID (either or both)."""

    participant_ids: list[str] | Unset = UNSET
    """ IDs of the participants. """
    custom_participant_ids: list[str] | Unset = UNSET
    """ Custom participant IDs, as passed when the participants were created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        participant_ids: list[str] | Unset = UNSET
        if not isinstance(self.participant_ids, Unset):
            participant_ids = self.participant_ids

        custom_participant_ids: list[str] | Unset = UNSET
        if not isinstance(self.custom_participant_ids, Unset):
            custom_participant_ids = self.custom_participant_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if participant_ids is not UNSET:
            field_dict["participant_ids"] = participant_ids
        if custom_participant_ids is not UNSET:
            field_dict["custom_participant_ids"] = custom_participant_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            _participant_ids = src_dict.get("participant_ids", UNSET)
            participant_ids: list[str] | Unset = UNSET
            if _participant_ids is not UNSET:
                if not isinstance(_participant_ids, list):
                    raise DecodeError.expected("an array", _participant_ids)
                participant_ids = []
                for participant_ids_index, participant_ids_item_data in enumerate(_participant_ids):
                    try:
                        participant_ids_item = participant_ids_item_data
                        if not isinstance(participant_ids_item, str):
                            raise DecodeError.expected("a string", participant_ids_item)

                    except Exception as exc:
                        raise DecodeError.at(participant_ids_index, exc)
                    participant_ids.append(participant_ids_item)

        except Exception as exc:
            raise DecodeError.at("participant_ids", exc)

        try:
            _custom_participant_ids = src_dict.get("custom_participant_ids", UNSET)
            custom_participant_ids: list[str] | Unset = UNSET
            if _custom_participant_ids is not UNSET:
                if not isinstance(_custom_participant_ids, list):
                    raise DecodeError.expected("an array", _custom_participant_ids)
                custom_participant_ids = []
                for custom_participant_ids_index, custom_participant_ids_item_data in enumerate(
                    _custom_participant_ids
                ):
                    try:
                        custom_participant_ids_item = custom_participant_ids_item_data
                        if not isinstance(custom_participant_ids_item, str):
                            raise DecodeError.expected("a string", custom_participant_ids_item)

                    except Exception as exc:
                        raise DecodeError.at(custom_participant_ids_index, exc)
                    custom_participant_ids.append(custom_participant_ids_item)

        except Exception as exc:
            raise DecodeError.at("custom_participant_ids", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        participant_selection = cls(
            participant_ids,
            custom_participant_ids,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _PARTICIPANT_SELECTION_FIELDS:
            participant_selection.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _PARTICIPANT_SELECTION_FIELDS
            }
        return participant_selection

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
