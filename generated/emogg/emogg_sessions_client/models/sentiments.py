from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_SENTIMENTS_FIELDS = frozenset(
    {
        "positive",
        "neutral",
        "negative",
    }
)


@_attrs_define
class Sentiments:
    """The sentiment scores of an interval; the vendor shows `positive`, `neutral` and `negative`."""

    positive: float | Unset = UNSET
    """ Positive sentiment score. """
    neutral: float | Unset = UNSET
    """ Neutral sentiment score. """
    negative: float | Unset = UNSET
    """ Negative sentiment score. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            positive = src_dict.get("positive", UNSET)
            if positive is not UNSET and (isinstance(positive, bool) or not isinstance(positive, (int, float))):
                raise DecodeError.expected("a number", positive)

        except Exception as exc:
            raise DecodeError.at("positive", exc)

        try:
            neutral = src_dict.get("neutral", UNSET)
            if neutral is not UNSET and (isinstance(neutral, bool) or not isinstance(neutral, (int, float))):
                raise DecodeError.expected("a number", neutral)

        except Exception as exc:
            raise DecodeError.at("neutral", exc)

        try:
            negative = src_dict.get("negative", UNSET)
            if negative is not UNSET and (isinstance(negative, bool) or not isinstance(negative, (int, float))):
                raise DecodeError.expected("a number", negative)

        except Exception as exc:
            raise DecodeError.at("negative", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        sentiments = cls(
            positive,
            neutral,
            negative,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _SENTIMENTS_FIELDS:
            sentiments.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _SENTIMENTS_FIELDS
            }
        return sentiments

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
