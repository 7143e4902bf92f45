from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError

# The JSON names this model knows; any other field of a response lands in additional_properties.
_REALTIME_KIT_ERROR_FIELDS = frozenset(
    {
        "success",
        "error",
    }
)


@_attrs_define
class RealtimeKitError:
    """RealtimeKit's own error envelope (`realtimekit_GenericErrorResponse`), used by RealtimeKit's handlers, e.g. when a
    meeting has no active session.

    """

    error: RealtimeKitErrorDetail
    """ What went wrong. """
    success: bool = False
    """ Always false for an error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            success = src_dict["success"]
            if not isinstance(success, bool):
                raise DecodeError.expected("a boolean", success)

        except Exception as exc:
            raise DecodeError.at("success", exc)

        try:
            error = RealtimeKitErrorDetail.from_dict(src_dict["error"])

        except Exception as exc:
            raise DecodeError.at("error", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        realtime_kit_error = cls(
            error,
            success,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _REALTIME_KIT_ERROR_FIELDS:
            realtime_kit_error.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _REALTIME_KIT_ERROR_FIELDS
            }
        return realtime_kit_error

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


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.realtime_kit_error_detail import RealtimeKitErrorDetail  # noqa: E402
