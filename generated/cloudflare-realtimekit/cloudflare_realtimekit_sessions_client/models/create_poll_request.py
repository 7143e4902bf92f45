from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_CREATE_POLL_REQUEST_FIELDS = frozenset(
    {
        "question",
        "options",
        "anonymous",
        "hide_votes",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class CreatePollRequest(_ModelBase):
    """The poll to create."""

    question: str
    """ Question asked by the poll. """
    answer_options: list[str]
    """ Answer options. """
    anonymous: bool | Unset = UNSET
    """ Whether the votes are anonymous. """
    hide_votes: bool | Unset = UNSET
    """ Whether the votes are hidden. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        question = self.question

        answer_options = self.answer_options

        anonymous = self.anonymous

        hide_votes = self.hide_votes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "question": question,
                "options": answer_options,
            }
        )
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous
        if hide_votes is not UNSET:
            field_dict["hide_votes"] = hide_votes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            question = src_dict["question"]
            if type(question) is not str and not isinstance(question, str):
                raise DecodeError.expected("a string", question)

        except Exception as exc:
            raise DecodeError.at("question", exc)

        try:
            _answer_options = src_dict["options"]
            if not isinstance(_answer_options, list):
                raise DecodeError.expected("an array", _answer_options)
            answer_options = []
            for answer_options_index, options_item_data in enumerate(_answer_options):
                try:
                    options_item = options_item_data
                    if type(options_item) is not str and not isinstance(options_item, str):
                        raise DecodeError.expected("a string", options_item)

                except Exception as exc:
                    raise DecodeError.at(answer_options_index, exc)
                answer_options.append(options_item)

        except Exception as exc:
            raise DecodeError.at("options", exc)

        try:
            anonymous = _src_get("anonymous", UNSET)
            if anonymous is not UNSET and (type(anonymous) is not bool):
                raise DecodeError.expected("a boolean", anonymous)

        except Exception as exc:
            raise DecodeError.at("anonymous", exc)

        try:
            hide_votes = _src_get("hide_votes", UNSET)
            if hide_votes is not UNSET and (type(hide_votes) is not bool):
                raise DecodeError.expected("a boolean", hide_votes)

        except Exception as exc:
            raise DecodeError.at("hide_votes", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.question = question
        _instance.answer_options = answer_options
        _instance.anonymous = anonymous
        _instance.hide_votes = hide_votes

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 2 + (anonymous is not UNSET) + (hide_votes is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _CREATE_POLL_REQUEST_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("question", "question", str, True),
            ("answer_options", "options", list[str], True),
            ("anonymous", "anonymous", bool, False),
            ("hide_votes", "hide_votes", bool, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.question = _struct.question

        _instance.answer_options = _struct.answer_options

        _instance.anonymous = _struct.anonymous

        _instance.hide_votes = _struct.hide_votes

        _instance.additional_properties = {}
        return _instance
