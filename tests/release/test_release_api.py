"""The public-API comparison behind the gate, on small packages shaped like generated ones: attrs models, the
low-level `api/` modules, and a facade whose resources live in a private module (the public face)."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from scripts.release.api import ApiDiff, compare_api, load_api
from scripts.release.face import public_face

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

# The same model as the generator wrote it before attrs: a slotted class with a written-out `__init__`.
SLOTTED_MODEL = """
from ..types import UNSET, Unset


class Session:
    __slots__ = ("id", "name", "additional_properties")
    __match_args__ = ("id", "name")

    id: str
    name: str | Unset
    additional_properties: dict[str, object]

    def __init__(self, id: str, name: str | Unset = UNSET) -> None:
        self.id = id
        self.name = name
        self.additional_properties = {}

    def to_dict(self) -> dict[str, object]:
        return {}
"""

ENDPOINT = """
from ...client import Client


def sync(*, client: Client, {params}) -> {returns}:
    return None
"""


# The facade and its resources, in private modules as generated (`_resources.py`): `Sdk().sessions.get(...)`.
RESOURCES = """
from __future__ import annotations

from typing import TYPE_CHECKING

from .client import Client

if TYPE_CHECKING:
    from . import _raw_resources as _raw
    from .models.session import Session


class {prefix}SessionsResource:
    @property
    def with_raw_response(self) -> _raw.SessionsRaw:
        return _raw.SessionsRaw()

{methods}


class {prefix}Sdk(Client):
    @property
    def sessions(self) -> {prefix}SessionsResource:
        return {prefix}SessionsResource()
"""

METHODS = """
    def get(self, session_id: str, *, expand: str | None = None) -> Session:
        raise NotImplementedError

    def delete(self, session_id: str) -> None:
        raise NotImplementedError
"""

INIT = """
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._async_resources import AsyncSdk
    from .{resources} import Sdk
    from .client import Client

__all__ = ("AsyncSdk", "Client", "Sdk")
"""


def package(
    root: Path,
    *,
    fields: str = "",
    params: str = "limit: int = 20",
    returns: str = "str | None",
    methods: str = METHODS,
    model: str = MODEL,
    resources: str = "_resources",
    raw: str = "def get(self, session_id: str) -> object:\n        return None",
) -> Path:
    asynchronous = re.sub(r"^(\s*)def ", r"\1async def ", methods, flags=re.M)
    files = {
        "pkg/__init__.py": INIT.format(resources=resources),
        f"pkg/{resources}.py": RESOURCES.format(prefix="", methods=textwrap.indent(textwrap.dedent(methods), "    "))
        + '__all__ = ["Sdk"]\n',  # a public module's __all__ hides the resource classes from the module view
        "pkg/_async_resources.py": RESOURCES.format(
            prefix="Async", methods=textwrap.indent(textwrap.dedent(asynchronous), "    ")
        ),
        "pkg/_raw_resources.py": f"class SessionsRaw:\n    {raw}\n",
        "pkg/client.py": "class Client:\n    pass\n",
        "pkg/types.py": "class Unset:\n    pass\n\nUNSET = Unset()\n",
        "pkg/models/__init__.py": 'from .session import Session\n\n__all__ = ("Session",)\n',
        "pkg/models/session.py": model.format(fields=fields) if model == MODEL else model,
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
    assert result.breaking == [
        "models.Session.__init__: parameter 'name' was removed",  # the constructor attrs makes from the fields
        "pkg.models.session.Session.name: Public object was removed",
    ]


def test_a_new_optional_field_is_an_addition(tmp_path: Path) -> None:
    result = diff(tmp_path, {}, {"fields": "note: str | Unset = UNSET"})
    assert result.breaking == []
    assert "pkg.models.session.Session.note: str | Unset" in result.added
    assert "models.Session.__init__: (id: str) -> None -> (id: str, note: str | Unset = UNSET) -> None" in (
        result.changed
    )


def test_a_new_required_field_is_breaking(tmp_path: Path) -> None:
    result = diff(tmp_path, {}, {"fields": "name: str"})
    assert result.breaking == ["models.Session.__init__: new required parameter 'name'"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ({"fields": "size: int"}, {"fields": "size: str"}, "Session.size: annotation changed: int -> str"),
        ({"fields": "size: int | Unset = UNSET"}, {"fields": "size: int"}, "'size' is now required"),
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


def test_the_face_reaches_the_resource_methods_through_the_sync_and_async_facades(tmp_path: Path) -> None:
    face = public_face(load_api(package(tmp_path), "pkg"))
    assert str(face["Sdk.sessions.get"]) == "Sdk.sessions.get(session_id: str, *, expand: str | None = None) -> Session"
    assert str(face["AsyncSdk.sessions.get"]).startswith("async AsyncSdk.sessions.get(session_id: str, *")
    assert face["Sdk.sessions"].kind == "resource"
    assert str(face["models.Session.__init__"]) == "models.Session.__init__(id: str) -> None"  # made by attrs


GET = "def get(self, session_id: str, *, expand: str | None = None, **options: int) -> Session: ..."
DELETE = "def delete(self, session_id: str) -> None: ..."


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        pytest.param(GET, "Sdk.sessions.delete: method was removed", id="removed method"),
        pytest.param(
            GET.replace("*, ", "*, region: str, ") + "\n" + DELETE,
            "Sdk.sessions.get: new required parameter 'region'",
            id="new required argument",
        ),
        pytest.param(
            GET.replace("expand: str | None = None", "expand: str") + "\n" + DELETE,
            "Sdk.sessions.get: parameter 'expand' is now required",
            id="argument now required",
        ),
        pytest.param(
            GET.replace(", *, expand: str | None = None", "") + "\n" + DELETE,
            "Sdk.sessions.get: parameter 'expand' was removed",
            id="removed argument, though **options would take it",
        ),
        pytest.param(
            GET + "\n" + DELETE.replace("-> None", "-> Session"),
            "Sdk.sessions.delete: return annotation changed: None -> Session",
            id="changed return type",
        ),
    ],
)
def test_a_breaking_change_of_a_resource_method_is_breaking_for_sync_and_async(
    tmp_path: Path, methods: str, expected: str
) -> None:
    """The resource layer lives in private modules, which the comparison of public modules never sees."""
    breaking = diff(tmp_path, {"methods": GET + "\n" + DELETE}, {"methods": methods}).breaking
    assert expected in breaking
    assert "Async" + expected in breaking


def test_resource_classes_that_a_public_module_does_not_list_are_compared_too(tmp_path: Path) -> None:
    new = {"methods": GET, "resources": "resources"}
    breaking = diff(tmp_path, {"methods": GET + "\n" + DELETE, "resources": "resources"}, new).breaking
    assert "Sdk.sessions.delete: method was removed" in breaking


def test_a_narrowed_return_type_of_a_resource_method_is_breaking(tmp_path: Path) -> None:
    old = {"methods": GET.replace("-> Session:", "-> Session | None:") + "\n" + DELETE}
    breaking = diff(tmp_path, old, {"methods": GET + "\n" + DELETE}).breaking
    assert breaking == [
        "AsyncSdk.sessions.get: return annotation changed: Session | None -> Session",
        "Sdk.sessions.get: return annotation changed: Session | None -> Session",
    ]


def test_a_new_optional_argument_of_a_resource_method_is_a_compatible_change(tmp_path: Path) -> None:
    methods = GET.replace("*, ", "*, region: str | None = None, ") + "\n" + DELETE
    result = diff(tmp_path, {"methods": GET + "\n" + DELETE}, {"methods": methods})
    assert result.breaking == []
    assert result.changed == [
        "AsyncSdk.sessions.get: async (session_id: str, *, expand: str | None = None, **options: int) -> Session"
        " -> async (session_id: str, *, region: str | None = None, expand: str | None = None, **options: int)"
        " -> Session",
        "Sdk.sessions.get: (session_id: str, *, expand: str | None = None, **options: int) -> Session"
        " -> (session_id: str, *, region: str | None = None, expand: str | None = None, **options: int) -> Session",
    ]


def test_the_raw_response_classes_are_not_compared(tmp_path: Path) -> None:
    """`with_raw_response` mirrors the resource's methods; how it is built (twins or wrappers) may change freely."""
    raw = "def __getattr__(self, name: str) -> object:\n        return None"
    assert diff(tmp_path, {}, {"raw": raw}).empty


def test_a_slotted_model_that_becomes_an_attrs_class_with_the_same_fields_is_compatible(tmp_path: Path) -> None:
    """attrs makes `__init__` and `__match_args__` from the fields: nothing is removed; `additional_properties`,
    left to attrs as an argument (not `init=False` as here), would be an added optional argument."""
    attrs_model = {"fields": "name: str | Unset = UNSET"}
    result = diff(tmp_path, {"model": SLOTTED_MODEL}, attrs_model)
    assert result.breaking == []
    assert diff(tmp_path / "back", attrs_model, {"model": SLOTTED_MODEL}).breaking == []
    renamed = diff(tmp_path / "renamed", {"model": SLOTTED_MODEL}, {"fields": "title: str | Unset = UNSET"})
    assert "models.Session.__init__: parameter 'name' was removed" in renamed.breaking


def test_names_exported_only_through_a_lazy_module_getattr_are_found(tmp_path: Path) -> None:
    """A package may import nothing up front (not even under TYPE_CHECKING) and load each name on first use."""
    root = package(tmp_path)
    lazy = '__all__ = ("AsyncSdk", "Client", "Sdk")\n_MODULES = {"AsyncSdk": "_async_resources", "Sdk": "_resources"}\n'
    (root / "pkg" / "__init__.py").write_text(
        lazy + "\n\ndef __getattr__(name: str) -> object:\n    raise AttributeError\n"
    )
    face = public_face(load_api(root, "pkg"))
    assert "Sdk.sessions.get" in face and "AsyncSdk.sessions.get" in face and "Client" in face


def test_a_renamed_package_with_the_same_contents_shows_no_other_change(tmp_path: Path) -> None:
    """The gate adds the rename itself (a breaking change); nothing inside is reported removed and added again."""
    before = package(tmp_path / "old")
    after = package(tmp_path / "new")
    (after / "pkg").rename(after / "renamed")
    assert compare_api(load_api(before, "pkg"), load_api(after, "renamed")).empty


def options_package(root: Path, keys: str) -> Path:
    """The test package whose `get` takes `**options: Unpack[Options]`, a functional TypedDict of these keys."""
    methods = GET.replace("*, expand: str | None = None, **options: int", "**options: Unpack[Options]")
    package(root, methods=methods)
    (root / "pkg" / "opts.py").write_text(
        f'from typing import TypedDict\n\nOptions = TypedDict("Options", {{{keys}}}, total=False)\n'
    )
    for module in ("_resources.py", "_async_resources.py"):
        path = root / "pkg" / module
        imports = "from typing import Unpack\n\nfrom .client import Client\nfrom .opts import Options\n"
        path.write_text(path.read_text().replace("from .client import Client\n", imports))
    return root


@pytest.mark.parametrize(
    ("keys", "breaking", "changed"),
    [
        ('"timeout": float, "max_pages": int', [], "(session_id: str, *, timeout: float = ..., max_pages: int = ...)"),
        ("", ["Sdk.sessions.get: parameter 'timeout' was removed"], None),
    ],
    ids=["an option added", "an option removed"],
)
def test_per_call_options_unpacked_from_a_typed_dict_are_compared_one_by_one(
    tmp_path: Path, keys: str, breaking: list[str], changed: str | None
) -> None:
    """`**options: Unpack[Options]` is keyword-only parameters (PEP 692): a list's `ListOptions` that adds
    `max_pages` to the per-call options is an addition, not a changed annotation."""
    old = options_package(tmp_path / "old", '"timeout": float')
    new = options_package(tmp_path / "new", keys)
    result = compare_api(load_api(old, "pkg"), load_api(new, "pkg"))
    assert [b for b in result.breaking if b.startswith("Sdk.")] == breaking
    if changed is not None:
        assert f"Sdk.sessions.get: (session_id: str, *, timeout: float = ...) -> Session -> {changed} -> Session" in (
            result.changed
        )
