from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_EMOTION_INTENSITY_FIELDS = frozenset(
    {
        "people",
        "quantity",
        "intensity",
    }
)


@_attrs_define
class EmotionIntensity:
    """Quantity, intensity and on how many people an emotion was detected."""

    people: float | Unset = UNSET
    """ On how many people the emotion was detected. """
    quantity: float | Unset = UNSET
    """ Quantity of the emotion detected. """
    intensity: float | Unset = UNSET
    """ Intensity of the emotion detected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        people = self.people

        quantity = self.quantity

        intensity = self.intensity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if people is not UNSET:
            field_dict["people"] = people
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if intensity is not UNSET:
            field_dict["intensity"] = intensity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            people = src_dict.get("people", UNSET)
            if people is not UNSET and (isinstance(people, bool) or not isinstance(people, (int, float))):
                raise DecodeError.expected("a number", people)

        except Exception as exc:
            raise DecodeError.at("people", exc)

        try:
            quantity = src_dict.get("quantity", UNSET)
            if quantity is not UNSET and (isinstance(quantity, bool) or not isinstance(quantity, (int, float))):
                raise DecodeError.expected("a number", quantity)

        except Exception as exc:
            raise DecodeError.at("quantity", exc)

        try:
            intensity = src_dict.get("intensity", UNSET)
            if intensity is not UNSET and (isinstance(intensity, bool) or not isinstance(intensity, (int, float))):
                raise DecodeError.expected("a number", intensity)

        except Exception as exc:
            raise DecodeError.at("intensity", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        emotion_intensity = cls(
            people,
            quantity,
            intensity,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _EMOTION_INTENSITY_FIELDS:
            emotion_intensity.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _EMOTION_INTENSITY_FIELDS
            }
        return emotion_intensity

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
