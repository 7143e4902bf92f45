from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_SUBSCRIBER_LATEST_FIELDS = frozenset(
    {
        "name",
        "amount",
        "tier",
        "message",
        "sender",
        "gifted",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class SubscriberLatest(_ModelBase):
    """The most recent subscriber (`subscriber-latest`)."""

    name: str
    """ The subscriber's name. """
    amount: float
    """ The number of months subscribed. """
    tier: str
    """ The subscription tier. An open set: the vendor lists no values; its examples show `2000` and `prime`, and
    Twitch reports `1000`, `2000`, `3000` and `prime`. """
    message: str
    """ The subscriber's message; empty if none. """
    sender: None | str
    """ Who gifted the subscription; null if it was not a gift. """
    gifted: None | str
    """ Whether (and how) the subscription was gifted; null if it was not a gift. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        name = self.name

        amount = self.amount

        tier = self.tier

        message = self.message

        sender: None | str
        sender = self.sender

        gifted: None | str
        gifted = self.gifted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "name": name,
                "amount": amount,
                "tier": tier,
                "message": message,
                "sender": sender,
                "gifted": gifted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise DecodeError.expected("a string", name)

        except Exception as exc:
            raise DecodeError.at("name", exc)

        try:
            amount = src_dict["amount"]
            if (
                type(amount) is not float
                and type(amount) is not int
                and (isinstance(amount, bool) or not isinstance(amount, (int, float)))
            ):
                raise DecodeError.expected("a number", amount)

        except Exception as exc:
            raise DecodeError.at("amount", exc)

        try:
            tier = src_dict["tier"]
            if type(tier) is not str and not isinstance(tier, str):
                raise DecodeError.expected("a string", tier)

        except Exception as exc:
            raise DecodeError.at("tier", exc)

        try:
            message = src_dict["message"]
            if type(message) is not str and not isinstance(message, str):
                raise DecodeError.expected("a string", message)

        except Exception as exc:
            raise DecodeError.at("message", exc)

        try:
            _sender = src_dict["sender"]
            sender: None | str
            if isinstance(_sender, str):
                sender_type_0 = _sender
                if type(sender_type_0) is not str and not isinstance(sender_type_0, str):
                    raise DecodeError.expected("a string", sender_type_0)

                sender = sender_type_0
            elif _sender is None:
                sender = None
            else:
                raise DecodeError.expected("a string or null", _sender)

        except Exception as exc:
            raise DecodeError.at("sender", exc)

        try:
            _gifted = src_dict["gifted"]
            gifted: None | str
            if isinstance(_gifted, str):
                gifted_type_0 = _gifted
                if type(gifted_type_0) is not str and not isinstance(gifted_type_0, str):
                    raise DecodeError.expected("a string", gifted_type_0)

                gifted = gifted_type_0
            elif _gifted is None:
                gifted = None
            else:
                raise DecodeError.expected("a string or null", _gifted)

        except Exception as exc:
            raise DecodeError.at("gifted", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.name = name
        _instance.amount = amount
        _instance.tier = tier
        _instance.message = message
        _instance.sender = sender
        _instance.gifted = gifted

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 6:
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _SUBSCRIBER_LATEST_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("name", "name", str, True),
            ("amount", "amount", int | float, True),
            ("tier", "tier", str, True),
            ("message", "message", str, True),
            ("sender", "sender", str | None, True),
            ("gifted", "gifted", str | None, True),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.name = _struct.name

        _instance.amount = _struct.amount

        _instance.tier = _struct.tier

        _instance.message = _struct.message

        _instance.sender = _struct.sender

        _instance.gifted = _struct.gifted

        _instance.additional_properties = {}
        return _instance
