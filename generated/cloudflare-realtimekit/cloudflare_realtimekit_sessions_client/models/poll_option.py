from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_POLL_OPTION_FIELDS = frozenset(
    {
        "text",
        "count",
        "votes",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class PollOption(_ModelBase):
    """An answer option of a poll and its votes."""

    text: str
    """ Text of the answer option """
    count: float
    """ How many votes the option has. """
    votes: list[PollVote]
    """ The votes for the option. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        text = self.text

        count = self.count

        votes = []
        for votes_item_data in self.votes:
            votes_item = votes_item_data.to_dict()
            votes.append(votes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "text": text,
                "count": count,
                "votes": votes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            text = src_dict["text"]
            if type(text) is not str and not isinstance(text, str):
                raise DecodeError.expected("a string", text)

        except Exception as exc:
            raise DecodeError.at("text", exc)

        try:
            count = src_dict["count"]
            if (
                type(count) is not float
                and type(count) is not int
                and (isinstance(count, bool) or not isinstance(count, (int, float)))
            ):
                raise DecodeError.expected("a number", count)

        except Exception as exc:
            raise DecodeError.at("count", exc)

        try:
            _votes = src_dict["votes"]
            if not isinstance(_votes, list):
                raise DecodeError.expected("an array", _votes)
            try:
                votes = list(map(PollVote.from_dict, _votes))
            except Exception:
                for votes_index, votes_item_data in enumerate(_votes):
                    try:
                        PollVote.from_dict(votes_item_data)
                    except Exception as exc:
                        raise DecodeError.at(votes_index, exc)
                raise

        except Exception as exc:
            raise DecodeError.at("votes", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.text = text
        _instance.count = count
        _instance.votes = votes

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 3:
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _POLL_OPTION_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("text", "text", str, True),
            ("count", "count", int | float, True),
            ("votes", "votes", struct_of(PollVote, many=True), True),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.text = _struct.text

        _instance.count = _struct.count

        votes = _struct.votes
        _votes_models: list[PollVote] = []
        for _votes_struct in votes:
            _votes_model = _new(PollVote)
            _votes_model.id = _votes_struct.id
            _votes_model.name = _votes_struct.name
            _votes_model.additional_properties = {}
            _votes_models.append(_votes_model)
        votes = _votes_models
        _instance.votes = votes

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.poll_vote import PollVote  # noqa: E402
