from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_EMOTION_INTENSITY_FIELDS = frozenset(
    {
        "people",
        "quantity",
        "intensity",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class EmotionIntensity(_ModelBase):
    """Quantity, intensity and on how many people an emotion was detected."""

    people: float | Unset = UNSET
    """ On how many people the emotion was detected. """
    quantity: float | Unset = UNSET
    """ Quantity of the emotion detected. """
    intensity: float | Unset = UNSET
    """ Intensity of the emotion detected. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            people = _src_get("people", UNSET)
            if people is not UNSET and (
                type(people) is not float
                and type(people) is not int
                and (isinstance(people, bool) or not isinstance(people, (int, float)))
            ):
                raise DecodeError.expected("a number", people)

        except Exception as exc:
            raise DecodeError.at("people", exc)

        try:
            quantity = _src_get("quantity", UNSET)
            if quantity is not UNSET and (
                type(quantity) is not float
                and type(quantity) is not int
                and (isinstance(quantity, bool) or not isinstance(quantity, (int, float)))
            ):
                raise DecodeError.expected("a number", quantity)

        except Exception as exc:
            raise DecodeError.at("quantity", exc)

        try:
            intensity = _src_get("intensity", UNSET)
            if intensity is not UNSET and (
                type(intensity) is not float
                and type(intensity) is not int
                and (isinstance(intensity, bool) or not isinstance(intensity, (int, float)))
            ):
                raise DecodeError.expected("a number", intensity)

        except Exception as exc:
            raise DecodeError.at("intensity", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.people = people
        _instance.quantity = quantity
        _instance.intensity = intensity

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == (people is not UNSET) + (quantity is not UNSET) + (intensity is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _EMOTION_INTENSITY_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("people", "people", int | float, False),
            ("quantity", "quantity", int | float, False),
            ("intensity", "intensity", int | float, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.people = _struct.people

        _instance.quantity = _struct.quantity

        _instance.intensity = _struct.intensity

        _instance.additional_properties = {}
        return _instance
