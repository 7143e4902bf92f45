from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.storage_status_phase import StorageStatusPhase
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_STORAGE_STATUS_FIELDS = frozenset(
    {
        "phase",
        "tasks",
        "progress",
        "errorMessage",
    }
)


@_attrs_define
class StorageStatus:
    """The state of the asset's storage export."""

    phase: StorageStatusPhase
    """ Phase of the asset storage. """
    tasks: StorageTasks
    """ The export tasks of the asset's storage. """
    progress: float | Unset = UNSET
    """ Current progress of the task updating the storage. """
    error_message: str | Unset = UNSET
    """ Error message if the last storage change failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        phase = self.phase.value

        tasks = self.tasks.to_dict()

        progress = self.progress

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "phase": phase,
                "tasks": tasks,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            _phase = src_dict["phase"]
            phase: StorageStatusPhase
            if isinstance(_phase, str):
                phase = StorageStatusPhase(_phase)
            else:
                raise DecodeError.expected("a string", _phase)

        except Exception as exc:
            raise DecodeError.at("phase", exc)

        try:
            tasks = StorageTasks.from_dict(src_dict["tasks"])

        except Exception as exc:
            raise DecodeError.at("tasks", exc)

        try:
            progress = src_dict.get("progress", UNSET)
            if progress is not UNSET and (isinstance(progress, bool) or not isinstance(progress, (int, float))):
                raise DecodeError.expected("a number", progress)

        except Exception as exc:
            raise DecodeError.at("progress", exc)

        try:
            error_message = src_dict.get("errorMessage", UNSET)
            if error_message is not UNSET and (not isinstance(error_message, str)):
                raise DecodeError.expected("a string", error_message)

        except Exception as exc:
            raise DecodeError.at("errorMessage", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        storage_status = cls(
            phase,
            tasks,
            progress,
            error_message,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _STORAGE_STATUS_FIELDS:
            storage_status.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _STORAGE_STATUS_FIELDS
            }
        return storage_status

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
from ..models.storage_tasks import StorageTasks  # noqa: E402
