from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_PARTICIPANT_DATA_FIELDS = frozenset(
    {
        "participant",
    }
)


@_attrs_define
class ParticipantData:
    """The participant."""

    participant: Participant | Unset = UNSET
    """ A participant of a session. Every field is optional (SDK 5.9.0). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        participant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.participant, Unset):
            participant = self.participant.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if participant is not UNSET:
            field_dict["participant"] = participant

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            _participant = src_dict.get("participant", UNSET)
            participant: Participant | Unset
            if _participant is UNSET:
                participant = UNSET
            else:
                participant = Participant.from_dict(_participant)

        except Exception as exc:
            raise DecodeError.at("participant", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        participant_data = cls(
            participant,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _PARTICIPANT_DATA_FIELDS:
            participant_data.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _PARTICIPANT_DATA_FIELDS
            }
        return participant_data

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
from ..models.participant import Participant  # noqa: E402
