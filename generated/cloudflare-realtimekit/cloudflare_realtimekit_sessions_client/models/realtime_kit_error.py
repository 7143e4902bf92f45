from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_REALTIME_KIT_ERROR_FIELDS = frozenset(
    {
        "success",
        "error",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class RealtimeKitError(_ModelBase):
    """RealtimeKit's own error envelope (`realtimekit_GenericErrorResponse`), used by RealtimeKit's handlers, e.g. when a
    meeting has no active session.

    """

    error: RealtimeKitErrorDetail
    """ What went wrong. """
    success: bool = False
    """ Always false for an error. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        success = self.success

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "success": success,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            success = src_dict["success"]
            if type(success) is not bool:
                raise DecodeError.expected("a boolean", success)

        except Exception as exc:
            raise DecodeError.at("success", exc)

        try:
            error = RealtimeKitErrorDetail.from_dict(src_dict["error"])

        except Exception as exc:
            raise DecodeError.at("error", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.success = success
        _instance.error = error

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 2:
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _REALTIME_KIT_ERROR_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("success", "success", bool, True),
            ("error", "error", struct_of(RealtimeKitErrorDetail), True),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.success = _struct.success

        error = _struct.error
        _error_model = _new(RealtimeKitErrorDetail)
        _error_model.code = error.code
        _error_model.message = error.message
        _error_model.additional_properties = {}
        error = _error_model
        _instance.error = error

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.realtime_kit_error_detail import RealtimeKitErrorDetail  # noqa: E402
