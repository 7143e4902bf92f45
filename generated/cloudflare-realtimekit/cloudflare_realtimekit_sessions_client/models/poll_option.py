from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

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


class PollOption(_ModelBase):
    """An answer option of a poll and its votes."""

    # A plain slotted class, written out rather than made by attrs or dataclasses at import time: importing
    # the models costs a few compiled functions, not a library plus code generation per class (the import
    # budget is httpx plus 10 %; see scripts/bench/imports.py). repr, ==, and the item access to the additional
    # properties come from _ModelBase.
    __slots__ = (
        "text",
        "count",
        "votes",
        "additional_properties",
        "__weakref__",
    )
    __match_args__ = (
        "text",
        "count",
        "votes",
    )

    text: str
    """ Text of the answer option """
    count: float
    """ How many votes the option has. """
    votes: list[PollVote]
    """ The votes for the option. """
    additional_properties: dict[str, Any]
    """Fields of the response that this model does not know, kept as they came."""

    def __init__(
        self,
        text: str,
        count: float,
        votes: list[PollVote],
    ) -> None:
        self.text = text
        self.count = count
        self.votes = votes
        self.additional_properties = {}

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
            _votes_item = PollVote.from_dict
            try:
                votes = [_votes_item(votes_item_data) for votes_item_data in _votes]
            except Exception:
                for votes_index, votes_item_data in enumerate(_votes):
                    try:
                        PollVote.from_dict(votes_item_data)
                    except Exception as exc:
                        raise DecodeError.at(votes_index, exc)
                raise

        except Exception as exc:
            raise DecodeError.at("votes", exc)

        # Built without __init__: slot stores cost less than a call that would repeat them. (`_instance`: no
        # property is named so, as the generator never starts a Python name with an underscore.)
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
        votes = [PollVote._from_struct(_item) for _item in votes]
        _instance.votes = votes

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.poll_vote import PollVote  # noqa: E402
