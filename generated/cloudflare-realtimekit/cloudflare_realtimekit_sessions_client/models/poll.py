from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_POLL_FIELDS = frozenset(
    {
        "id",
        "question",
        "options",
        "anonymous",
        "created_by",
        "hide_votes",
        "voted",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class Poll(_ModelBase):
    """A poll of an active session (`realtimekit_Poll`)."""

    id: str
    """ ID of the poll """
    question: str
    """ Question asked by the poll """
    answer_options: list[PollOption]
    """ Answer options """
    anonymous: bool | Unset = UNSET
    """ Whether the votes are anonymous. """
    created_by: str | Unset = UNSET
    """ Who created the poll. """
    hide_votes: bool | Unset = UNSET
    """ Whether the votes are hidden. """
    voted: list[str] | Unset = UNSET
    """ Who has voted. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        id = self.id

        question = self.question

        answer_options = []
        for options_item_data in self.answer_options:
            options_item = options_item_data.to_dict()
            answer_options.append(options_item)

        anonymous = self.anonymous

        created_by = self.created_by

        hide_votes = self.hide_votes

        voted: list[str] | Unset = UNSET
        if not isinstance(self.voted, Unset):
            voted = self.voted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "id": id,
                "question": question,
                "options": answer_options,
            }
        )
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if hide_votes is not UNSET:
            field_dict["hide_votes"] = hide_votes
        if voted is not UNSET:
            field_dict["voted"] = voted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise DecodeError.expected("a string", id)

        except Exception as exc:
            raise DecodeError.at("id", exc)

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
            try:
                answer_options = list(map(PollOption.from_dict, _answer_options))
            except Exception:
                for answer_options_index, options_item_data in enumerate(_answer_options):
                    try:
                        PollOption.from_dict(options_item_data)
                    except Exception as exc:
                        raise DecodeError.at(answer_options_index, exc)
                raise

        except Exception as exc:
            raise DecodeError.at("options", exc)

        try:
            anonymous = _src_get("anonymous", UNSET)
            if anonymous is not UNSET and (type(anonymous) is not bool):
                raise DecodeError.expected("a boolean", anonymous)

        except Exception as exc:
            raise DecodeError.at("anonymous", exc)

        try:
            created_by = _src_get("created_by", UNSET)
            if created_by is not UNSET and (type(created_by) is not str and not isinstance(created_by, str)):
                raise DecodeError.expected("a string", created_by)

        except Exception as exc:
            raise DecodeError.at("created_by", exc)

        try:
            hide_votes = _src_get("hide_votes", UNSET)
            if hide_votes is not UNSET and (type(hide_votes) is not bool):
                raise DecodeError.expected("a boolean", hide_votes)

        except Exception as exc:
            raise DecodeError.at("hide_votes", exc)

        try:
            _voted = _src_get("voted", UNSET)
            voted: list[str] | Unset = UNSET
            if _voted is not UNSET:
                if not isinstance(_voted, list):
                    raise DecodeError.expected("an array", _voted)
                voted = []
                for voted_index, voted_item_data in enumerate(_voted):
                    try:
                        voted_item = voted_item_data
                        if type(voted_item) is not str and not isinstance(voted_item, str):
                            raise DecodeError.expected("a string", voted_item)

                    except Exception as exc:
                        raise DecodeError.at(voted_index, exc)
                    voted.append(voted_item)

        except Exception as exc:
            raise DecodeError.at("voted", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.id = id
        _instance.question = question
        _instance.answer_options = answer_options
        _instance.anonymous = anonymous
        _instance.created_by = created_by
        _instance.hide_votes = hide_votes
        _instance.voted = voted

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 3 + (anonymous is not UNSET) + (created_by is not UNSET) + (hide_votes is not UNSET) + (
            voted is not UNSET
        ):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {key: value for key, value in src_dict.items() if key not in _POLL_FIELDS}
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("id", "id", str, True),
            ("question", "question", str, True),
            ("answer_options", "options", struct_of(PollOption, many=True), True),
            ("anonymous", "anonymous", bool, False),
            ("created_by", "created_by", str, False),
            ("hide_votes", "hide_votes", bool, False),
            ("voted", "voted", list[str], False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.id = _struct.id

        _instance.question = _struct.question

        answer_options = _struct.answer_options
        answer_options = list(map(PollOption._from_struct, answer_options))
        _instance.answer_options = answer_options

        _instance.anonymous = _struct.anonymous

        _instance.created_by = _struct.created_by

        _instance.hide_votes = _struct.hide_votes

        _instance.voted = _struct.voted

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.poll_option import PollOption  # noqa: E402
