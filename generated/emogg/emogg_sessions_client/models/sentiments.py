from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_SENTIMENTS_FIELDS = frozenset(
    {
        "positive",
        "neutral",
        "negative",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class Sentiments(_ModelBase):
    """The sentiment scores of an interval; the vendor shows `positive`, `neutral` and `negative`."""

    positive: float | Unset = UNSET
    """ Positive sentiment score. """
    neutral: float | Unset = UNSET
    """ Neutral sentiment score. """
    negative: float | Unset = UNSET
    """ Negative sentiment score. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        positive = self.positive

        neutral = self.neutral

        negative = self.negative

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if positive is not UNSET:
            field_dict["positive"] = positive
        if neutral is not UNSET:
            field_dict["neutral"] = neutral
        if negative is not UNSET:
            field_dict["negative"] = negative

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            positive = _src_get("positive", UNSET)
            if positive is not UNSET and (
                type(positive) is not float
                and type(positive) is not int
                and (isinstance(positive, bool) or not isinstance(positive, (int, float)))
            ):
                raise DecodeError.expected("a number", positive)

        except Exception as exc:
            raise DecodeError.at("positive", exc)

        try:
            neutral = _src_get("neutral", UNSET)
            if neutral is not UNSET and (
                type(neutral) is not float
                and type(neutral) is not int
                and (isinstance(neutral, bool) or not isinstance(neutral, (int, float)))
            ):
                raise DecodeError.expected("a number", neutral)

        except Exception as exc:
            raise DecodeError.at("neutral", exc)

        try:
            negative = _src_get("negative", UNSET)
            if negative is not UNSET and (
                type(negative) is not float
                and type(negative) is not int
                and (isinstance(negative, bool) or not isinstance(negative, (int, float)))
            ):
                raise DecodeError.expected("a number", negative)

        except Exception as exc:
            raise DecodeError.at("negative", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.positive = positive
        _instance.neutral = neutral
        _instance.negative = negative

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == (positive is not UNSET) + (neutral is not UNSET) + (negative is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _SENTIMENTS_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("positive", "positive", int | float, False),
            ("neutral", "neutral", int | float, False),
            ("negative", "negative", int | float, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.positive = _struct.positive

        _instance.neutral = _struct.neutral

        _instance.negative = _struct.negative

        _instance.additional_properties = {}
        return _instance
