"""What the workflow reads: only the spec and its overlays, inside the repository (scripts/sources.py, manifest.py).

A `$ref` must point inside its document; the manifest names only files inside the repository and only keys it
knows. Each refusal is one `path: location: message` line, and nothing outside the repository is read or fetched.
"""

from __future__ import annotations

import copy
import http.server
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from packaging.requirements import Requirement

from scripts import sources
from scripts.errors import InputError
from scripts.manifest import DEPENDENCY_IMPORTS, REPO_ROOT, Client, load_manifest
from scripts.sources import check_document, resolved_spec
from scripts.yamlio import loads_yaml


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return resolved_spec("emogg")


def with_session_schema(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    changed = copy.deepcopy(spec)
    changed["components"]["schemas"]["Session"] = schema
    return changed


def refusal(document: Any, path: str = "specs/emogg.yaml") -> str:
    with pytest.raises(InputError) as caught:
        check_document(document, Path(path))
    return str(caught.value)


@pytest.mark.parametrize(
    "ref",
    ["file:///etc/passwd", "/etc/passwd#/x", "other.yaml#/components/schemas/X", "../secrets.env", "https://x.test/a"],
)
def test_a_ref_outside_the_document_is_refused_before_anything_reads_it(spec: dict[str, Any], ref: str) -> None:
    message = refusal(with_session_schema(spec, {"$ref": ref}))
    assert message == (
        f"specs/emogg.yaml: #/components/schemas/Session/$ref: $ref {ref!r} points outside the document: "
        "only '#/...' is allowed"
    )


def test_a_file_ref_never_shows_the_file(tmp_path: Path) -> None:
    secret = tmp_path / "secrets.env"
    secret.write_text("API_KEY=do-not-print-me\n")
    text = (
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        f"components:\n  schemas:\n    S:\n      $ref: '{secret.as_uri()}'\n"
    )
    message = refusal(loads_yaml(text, source="spec.yaml"), "spec.yaml")
    assert message.startswith("spec.yaml: line 7, #/components/schemas/S/$ref: $ref 'file://")
    assert "do-not-print-me" not in message


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Recorder.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"type": "string"}')

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    _Recorder.requests.clear()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.slow  # a real server that must see no request
def test_an_http_ref_is_never_fetched(spec: dict[str, Any], server: str) -> None:
    message = refusal(with_session_schema(spec, {"$ref": f"{server}/schema.json"}))
    assert "points outside the document" in message
    assert _Recorder.requests == []


@pytest.mark.slow  # a real server that must see no request
def test_an_id_that_makes_a_local_ref_remote_is_never_fetched(spec: dict[str, Any], server: str) -> None:
    """Defence in depth: the validator's resolver refuses retrieval, whatever a schema's `$id` says."""
    document = with_session_schema(spec, {"$id": f"{server}/base.json", "$ref": "#/components/schemas/SessionMeta"})
    try:
        check_document(document, Path("specs/emogg.yaml"))
    except InputError as error:
        assert str(error).startswith("specs/emogg.yaml: ")
    assert _Recorder.requests == []


def test_a_dangling_local_ref_is_still_named(spec: dict[str, Any]) -> None:
    message = refusal(with_session_schema(spec, {"$ref": "#/components/schemas/Nope"}))
    assert message == "specs/emogg.yaml: #/components/schemas/Session/$ref: dangling $ref '#/components/schemas/Nope'"


# The manifest ----------------------------------------------------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    for name in ("clients.toml", "specs", "overlays", "config", "templates"):
        source = REPO_ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name)
        else:
            shutil.copy2(source, tmp_path / name)
    return tmp_path


def manifest_refusal(repo: Path, old: str, new: str) -> str:
    path = repo / "clients.toml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    with pytest.raises(InputError) as caught:
        load_manifest(repo)
    return str(caught.value)


MANIFEST_TYPOS = {
    "[client.emogg] for [clients.emogg]": (
        "[clients.emogg]\n",
        "[client.emogg]\n",
        "client: unknown key (expected one of: project, generator, clients)",
    ),
    "overlay = for overlays =": (
        'overlays = ["overlays/emogg.yaml"]',
        'overlay = ["overlays/emogg.yaml"]',
        "clients.emogg.overlay: unknown key (expected one of: spec, overlays, distribution, package, version, "
        "published)",
    ),
    "sepc = for spec =": (
        'spec = "specs/emogg.yaml"',
        'sepc = "specs/emogg.yaml"',
        "clients.emogg.sepc: unknown key (expected one of: spec, overlays, distribution, package, version, published)",
    ),
    "unknown generator key": (
        'templates = "templates"',
        'templates = "templates"\ntemplate = "x"',
        "generator.template: unknown key (expected one of: openapi-python-client, config, templates)",
    ),
    "duplicate package": (
        'package = "emogg_sessions_client"',
        'package = "livepeer_sessions_client"',
        "clients.emogg.package: 'livepeer_sessions_client' is also the package of clients.livepeer",
    ),
    "duplicate distribution": (
        'distribution = "emogg-sessions-client"',
        'distribution = "livepeer-sessions-client"',
        "clients.emogg.distribution: 'livepeer-sessions-client' is also the distribution of clients.livepeer",
    ),
    "keyword package": (
        'package = "emogg_sessions_client"',
        'package = "class"',
        "clients.emogg.package: 'class' is a Python keyword",
    ),
    "soft keyword package": (
        'package = "emogg_sessions_client"',
        'package = "match"',
        "clients.emogg.package: 'match' is a Python keyword",
    ),
    "stdlib package": (
        'package = "emogg_sessions_client"',
        'package = "json"',
        "clients.emogg.package: 'json' would shadow the standard library module",
    ),
    "spec outside the repository": (
        'spec = "specs/emogg.yaml"',
        'spec = "../../../../../../etc/hostname"',
        "clients.emogg.spec: ../../../../../../etc/hostname is outside the repository",
    ),
    "absolute spec path": (
        'spec = "specs/emogg.yaml"',
        'spec = "/etc/hostname"',
        "clients.emogg.spec: /etc/hostname is outside the repository",
    ),
    "overlay outside the repository": (
        'overlays = ["overlays/emogg.yaml"]',
        'overlays = ["/etc/hostname"]',
        "clients.emogg.overlays[0]: /etc/hostname is outside the repository",
    ),
    "spec is a directory": (
        'spec = "specs/emogg.yaml"',
        'spec = "specs"',
        "clients.emogg.spec: specs is not a file",
    ),
    "published as a string": (
        "published = false",
        'published = "no"',
        "clients.streamelements.published: expected true or false",
    ),
    "misspelt project table": (
        "[project]\n",
        "[projects]\n",
        "projects: unknown key (expected one of: project, generator, clients)",
    ),
    "repository that is not a URL": (
        'repository = "https://github.com/sessions-clients/sessions-clients"',
        'repository = "git@github.com:sessions-clients/sessions-clients.git"',
        "project.repository: 'git@github.com:sessions-clients/sessions-clients.git' is not an https URL of a "
        "repository",
    ),
    "licence that is not SPDX": (
        'license = "MIT"',
        'license = "MIT or later"',
        "project.license: 'MIT or later' is not an SPDX licence expression",
    ),
    "licence not in its SPDX spelling": (
        'license = "MIT"',
        'license = "mit"',
        "project.license: 'mit' is written 'MIT' in SPDX",
    ),
    "templates is a file": (
        'templates = "templates"',
        'templates = "clients.toml"',
        "generator.templates: clients.toml is not a directory",
    ),
}


@pytest.mark.parametrize(("old", "new", "expected"), MANIFEST_TYPOS.values(), ids=MANIFEST_TYPOS.keys())
def test_manifest_mistakes_are_one_line_naming_the_key(repo: Path, old: str, new: str, expected: str) -> None:
    assert manifest_refusal(repo, old, new) == f"{repo / 'clients.toml'}: {expected}"


def test_the_project_table_gives_every_client_its_repository_and_licence_and_published_defaults_to_false(
    repo: Path,
) -> None:
    path = repo / "clients.toml"
    text = path.read_text().replace("published = false\n", "")
    emogg = 'package = "emogg_sessions_client"'
    path.write_text(text.replace(emogg, f"{emogg}\npublished = true"))
    clients = load_manifest(repo).clients
    assert {c.repository for c in clients.values()} == {"https://github.com/sessions-clients/sessions-clients"}
    assert {c.license for c in clients.values()} == {"MIT"}
    assert {n: c.published for n, c in clients.items()} == {n: n == "emogg" for n in clients}


def test_a_manifest_without_a_project_table_loads_as_a_baseline_but_is_refused_for_regeneration(repo: Path) -> None:
    path = repo / "clients.toml"
    text = path.read_text()
    start, end = text.index("[project]"), text.index("[generator]")
    path.write_text(text[:start] + text[end:])
    manifest = load_manifest(repo)
    assert {c.repository for c in manifest.clients.values()} == {""}
    with pytest.raises(InputError) as caught:
        manifest.require_project()
    assert str(caught.value) == f"{path}: project: expected a table with `repository` and `license`"


def test_a_symlink_out_of_the_repository_is_outside_too(repo: Path) -> None:
    (repo / "specs" / "link.yaml").symlink_to("/etc/hostname")
    message = manifest_refusal(repo, 'spec = "specs/emogg.yaml"', 'spec = "specs/link.yaml"')
    assert message.endswith("clients.emogg.spec: specs/link.yaml is outside the repository")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff\xfe", "cannot read: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        (b"", "generator: expected a table"),
        (b"generator = 1\n", "generator: expected a table"),
    ],
    ids=["bad encoding", "empty", "not a table"],
)
def test_an_unreadable_manifest_is_one_line(repo: Path, content: bytes, expected: str) -> None:
    (repo / "clients.toml").write_bytes(content)
    with pytest.raises(InputError) as caught:
        load_manifest(repo)
    assert str(caught.value) == f"{repo / 'clients.toml'}: {expected}"


def test_a_manifest_that_is_a_directory_is_one_line(repo: Path) -> None:
    (repo / "clients.toml").unlink()
    (repo / "clients.toml").mkdir()
    with pytest.raises(InputError) as caught:
        load_manifest(repo)
    assert str(caught.value) == f"{repo / 'clients.toml'}: cannot read: Is a directory"


def test_the_mock_and_the_contract_tests_load_specs_through_the_same_refusal(repo: Path) -> None:
    """`resolved_spec` is what scripts/mock and scripts/contract call: a hostile spec never reaches them."""
    spec = repo / "specs" / "emogg.yaml"
    spec.write_text(spec.read_text().replace("'#/components/schemas/Session'", "'file:///etc/passwd'", 1))
    with pytest.raises(InputError) as caught:
        resolved_spec("emogg", root=repo)
    assert str(caught.value).startswith(f"{spec}: line 201, #/paths/~1v1~1sessions/post/")  # the first Session $ref
    assert str(caught.value).endswith("$ref 'file:///etc/passwd' points outside the document: only '#/...' is allowed")


# One resolution per process --------------------------------------------------------------------------------------


def test_a_spec_is_resolved_once_per_process_and_every_caller_gets_its_own_copy(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resolutions: list[str] = []
    resolve = sources.resolved_document

    def counted(client: Client) -> Any:
        resolutions.append(client.name)
        return resolve(client)

    monkeypatch.setattr(sources, "resolved_document", counted)
    first = resolved_spec("emogg", root=repo)
    first["info"]["title"] = "changed by a caller"
    second = resolved_spec("emogg", root=repo)
    assert resolutions == ["emogg"]
    assert second["info"]["title"] != "changed by a caller"
    assert second == resolved_spec("emogg", root=repo) != first


def test_a_changed_spec_is_resolved_again_and_an_unreadable_overlay_is_reported(repo: Path) -> None:
    assert resolved_spec("emogg", root=repo)["info"]["version"] == "1.0.0"
    spec = repo / "specs" / "emogg.yaml"
    spec.write_text(spec.read_text().replace("  version: 1.0.0\n", "  version: 1.0.1\n", 1))
    assert resolved_spec("emogg", root=repo)["info"]["version"] == "1.0.1"
    (repo / "overlays" / "emogg.yaml").unlink()
    with pytest.raises(InputError, match=r"overlays/emogg\.yaml"):
        resolved_spec("emogg", root=repo)


def test_the_dependency_import_names_a_package_may_not_take_cover_every_dependency_the_template_names() -> None:
    """A dependency added to templates/pyproject.toml.jinja must be added to `DEPENDENCY_IMPORTS` too."""
    template = (REPO_ROOT / "templates" / "pyproject.toml.jinja").read_text(encoding="utf-8")
    runtime = template[template.index("\ndependencies = [") : template.index("\n[project.urls]")]  # not the build's
    requirements = re.findall(r'"([A-Za-z0-9_.-]+)\s*[<>=!~]', runtime)
    assert requirements, "no requirement found in the template"
    assert {Requirement(r).name for r in requirements} <= DEPENDENCY_IMPORTS
