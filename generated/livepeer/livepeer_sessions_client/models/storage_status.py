from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.storage_status_phase import StorageStatusPhase
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_STORAGE_STATUS_FIELDS = frozenset(
    {
        "phase",
        "tasks",
        "progress",
        "errorMessage",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class StorageStatus(_ModelBase):
    """The state of the asset's storage export."""

    phase: StorageStatusPhase
    """ Phase of the asset storage. """
    tasks: StorageTasks
    """ The export tasks of the asset's storage. """
    progress: float | Unset = UNSET
    """ Current progress of the task updating the storage. """
    error_message: str | Unset = UNSET
    """ Error message if the last storage change failed. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
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
            progress = _src_get("progress", UNSET)
            if progress is not UNSET and (
                type(progress) is not float
                and type(progress) is not int
                and (isinstance(progress, bool) or not isinstance(progress, (int, float)))
            ):
                raise DecodeError.expected("a number", progress)

        except Exception as exc:
            raise DecodeError.at("progress", exc)

        try:
            error_message = _src_get("errorMessage", UNSET)
            if error_message is not UNSET and (type(error_message) is not str and not isinstance(error_message, str)):
                raise DecodeError.expected("a string", error_message)

        except Exception as exc:
            raise DecodeError.at("errorMessage", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.phase = phase
        _instance.tasks = tasks
        _instance.progress = progress
        _instance.error_message = error_message

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 2 + (progress is not UNSET) + (error_message is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _STORAGE_STATUS_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("phase", "phase", str, True),
            ("tasks", "tasks", struct_of(StorageTasks), True),
            ("progress", "progress", int | float, False),
            ("error_message", "errorMessage", str, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        phase = _struct.phase
        phase = StorageStatusPhase(phase)
        _instance.phase = phase

        tasks = _struct.tasks
        _tasks_model = _new(StorageTasks)
        _tasks_model.pending = tasks.pending
        _tasks_model.last = tasks.last
        _tasks_model.failed = tasks.failed
        _tasks_model.additional_properties = {}
        tasks = _tasks_model
        _instance.tasks = tasks

        _instance.progress = _struct.progress

        _instance.error_message = _struct.error_message

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.storage_tasks import StorageTasks  # noqa: E402
