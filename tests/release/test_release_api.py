"""The public-API comparison behind the gate, on small packages shaped like generated ones (attrs models)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from scripts.release.api import ApiDiff, compare_api, load_api

MODEL = """
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class Session:
    id: str
    {fields}
    additional_properties: dict[str, object] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, object]:
        return {{}}
"""

ENDPOINT = """
from ...client import Client


def sync(*, client: Client, {params}) -> {returns}:
    return None
"""


def package(root: Path, *, fields: str = "", params: str = "limit: int = 20", returns: str = "str | None") -> Path:
    files = {
        "pkg/__init__.py": 'from .client import Client\n\n__all__ = ("Client",)\n',
        "pkg/client.py": "class Client:\n    pass\n",
        "pkg/types.py": "class Unset:\n    pass\n\nUNSET = Unset()\n",
        "pkg/models/__init__.py": 'from .session import Session\n\n__all__ = ("Session",)\n',
        "pkg/models/session.py": MODEL.format(fields=fields),
        "pkg/api/__init__.py": "",
        "pkg/api/sessions/__init__.py": "",
        "pkg/api/sessions/get_session.py": ENDPOINT.format(params=params, returns=returns),
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(text))
    return root


def diff(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> ApiDiff:
    before = package(tmp_path / "old", **old)
    after = package(tmp_path / "new", **new)
    return compare_api(load_api(before, "pkg"), load_api(after, "pkg"))


def test_identical_packages_have_no_api_change(tmp_path: Path) -> None:
    assert diff(tmp_path, {"fields": "name: str"}, {"fields": "name: str"}).empty


def test_a_removed_field_is_breaking(tmp_path: Path) -> None:
    result = diff(tmp_path, {"fields": "name: str"}, {})
    assert result.breaking == ["pkg.models.session.Session.name: Public object was removed"]


def test_a_new_optional_field_is_an_addition(tmp_path: Path) -> None:
    result = diff(tmp_path, {}, {"fields": "note: str | Unset = UNSET"})
    assert result.breaking == []
    assert result.added == ["pkg.models.session.Session.note: str | Unset = UNSET"]


def test_a_new_required_field_is_breaking(tmp_path: Path) -> None:
    result = diff(tmp_path, {}, {"fields": "name: str"})
    assert result.breaking == [
        "pkg.models.session.Session.name: required field was added (the model's __init__ needs it)"
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ({"fields": "size: int"}, {"fields": "size: str"}, "Session.size: annotation changed: int -> str"),
        ({"fields": "size: int | Unset = UNSET"}, {"fields": "size: int"}, "Session.size: field lost its default"),
        ({"params": "limit: int = 20"}, {"params": "limit: str = 20"}, "sync: parameter 'limit' annotation changed"),
        ({"returns": "str | None"}, {"returns": "int | None"}, "sync: return annotation changed: str | None -> int"),
        ({"params": "limit: int = 20"}, {"params": "limit: int"}, "sync: Parameter is now required"),
        ({"params": "limit: int = 20"}, {"params": "cursor: str = ''"}, "sync: Parameter was removed"),
    ],
)
def test_signature_and_annotation_changes_are_breaking(
    tmp_path: Path, old: dict[str, str], new: dict[str, str], expected: str
) -> None:
    breaking = diff(tmp_path, old, new).breaking
    assert any(expected in line for line in breaking), breaking


def test_a_new_optional_parameter_is_compatible(tmp_path: Path) -> None:
    result = diff(tmp_path, {"params": "limit: int = 20"}, {"params": "limit: int = 20, cursor: str | None = None"})
    assert result.breaking == []
    assert result.changed and "cursor: str | None = None" in result.changed[0]
