from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_STORAGE_TASKS_FIELDS = frozenset(
    {
        "pending",
        "last",
        "failed",
    }
)


@_attrs_define
class StorageTasks:
    """The export tasks of the asset's storage."""

    pending: str | Unset = UNSET
    """ ID of any currently running task that is exporting this asset to IPFS. """
    last: str | Unset = UNSET
    """ ID of the last task to run successfully. """
    failed: str | Unset = UNSET
    """ ID of the last task to fail execution. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        pending = self.pending

        last = self.last

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if pending is not UNSET:
            field_dict["pending"] = pending
        if last is not UNSET:
            field_dict["last"] = last
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            pending = src_dict.get("pending", UNSET)
            if pending is not UNSET and (not isinstance(pending, str)):
                raise DecodeError.expected("a string", pending)

        except Exception as exc:
            raise DecodeError.at("pending", exc)

        try:
            last = src_dict.get("last", UNSET)
            if last is not UNSET and (not isinstance(last, str)):
                raise DecodeError.expected("a string", last)

        except Exception as exc:
            raise DecodeError.at("last", exc)

        try:
            failed = src_dict.get("failed", UNSET)
            if failed is not UNSET and (not isinstance(failed, str)):
                raise DecodeError.expected("a string", failed)

        except Exception as exc:
            raise DecodeError.at("failed", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        storage_tasks = cls(
            pending,
            last,
            failed,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _STORAGE_TASKS_FIELDS:
            storage_tasks.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _STORAGE_TASKS_FIELDS
            }
        return storage_tasks

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
