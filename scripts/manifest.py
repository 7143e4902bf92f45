"""The manifest (`clients.toml`): which clients exist, from which spec and overlays, under which names."""

from __future__ import annotations

import keyword
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression
from packaging.version import InvalidVersion, Version

from scripts.errors import InputError

__all__ = [
    "DEPENDENCY_IMPORTS",
    "GENERATOR",
    "GENERATOR_MODULES",
    "LICENSE_NAME",
    "MANIFEST_NAME",
    "REPO_ROOT",
    "RUNTIME",
    "RUNTIME_MODULES",
    "Client",
    "Manifest",
    "load_manifest",
]

REPO_ROOT = Path(__file__).resolve().parent.parent
MANIFEST_NAME = "clients.toml"
# The pinned openapi-python-client as this project runs it (with the extensions it documents); always this
# checkout's copy, also for a repository given with --root.
GENERATOR = Path(__file__).resolve().with_name("generator.py")
# What the generator wrapper imports: the view model, the x- vocabulary and the environment variables' names
# (inputs of every client too).
GENERATOR_MODULES = tuple(GENERATOR.with_name(name) for name in ("viewmodel.py", "vocabulary.py", "envnames.py"))
# The runtime every client carries (engine, errors, types, paging, pages, SDK base, typed path): real Python in
# this checkout, linted, type-checked and tested as it is, copied verbatim into each package. `runtime/_api.py`
# is a stand-in for the per-API facts that `templates/_api.py.jinja` renders; it is not copied.
RUNTIME = REPO_ROOT / "runtime"
RUNTIME_MODULES = (
    "_arguments.py", "_pages.py", "_paging.py", "_raw.py", "_sdk.py", "_typed.py", "client.py", "errors.py", "types.py"
)  # fmt: skip
# The repository's licence, copied into every distribution.
LICENSE_NAME = "LICENSE"

_DISTRIBUTION = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")
_CLIENT_NAME = _DISTRIBUTION
# Every key the manifest knows, per table: anything else is a typo (`[client.x]`, `overlay =`, `sepc =`).
_TOP_KEYS = ("project", "generator", "clients")
_PROJECT_KEYS = ("repository", "license")
_GENERATOR_KEYS = ("openapi-python-client", "config", "templates")
_CLIENT_KEYS = ("spec", "overlays", "distribution", "package", "version", "published")
# The import names every client's environment has besides the client: the dependencies and the `speed` extra
# of templates/pyproject.toml.jinja (attrs, httpx, msgspec) and what they install in turn (httpx: httpcore, h11,
# anyio, sniffio, idna, certifi; attrs also installs `attr`; httpx2 is the fork the README documents). A package
# of one of these names would shadow it, and the client could not import its own dependency. Kept as a list here
# (the template is Jinja, not TOML); tests/test_sources.py checks that it names every dependency the template does.
DEPENDENCY_IMPORTS = frozenset(
    ("attr", "attrs", "httpx", "httpx2", "msgspec", "httpcore", "h11", "h2", "anyio", "sniffio", "idna", "certifi")
)
# The project's home: an https URL of a repository (its project URLs, the from-source install), nothing after it.
_REPOSITORY = re.compile(r"^https://[a-z0-9.-]+(/[A-Za-z0-9_.-]+)+$")


@dataclass(frozen=True)
class Client:
    """One target of the manifest: a spec, its overlays (applied in order) and the package it becomes."""

    name: str
    spec: Path
    overlays: tuple[Path, ...]
    distribution: str
    package: str
    version: str
    # `[project]` of the manifest, the same for every client: where the source lives and its SPDX licence ("" in
    # a manifest from before `[project]`, read only as a release baseline).
    repository: str
    license: str
    # True once a version of the distribution is on PyPI: the README then says `pip install NAME`; until then it
    # shows the from-source install only (a name nobody registered could be taken by anyone).
    published: bool

    @property
    def inputs(self) -> tuple[Path, ...]:
        return (self.spec, *self.overlays)


@dataclass(frozen=True)
class Manifest:
    root: Path
    path: Path
    generator_version: str
    config: Path
    templates: Path
    clients: dict[str, Client]

    def require_project(self) -> None:
        """The `[project]` table (repository URL, licence) that every client's metadata and README name."""
        if any(not c.repository for c in self.clients.values()):
            raise InputError(self.path, "project", "expected a table with `repository` and `license`")

    @property
    def generated(self) -> Path:
        return self.root / "generated"

    @property
    def license(self) -> Path:
        return self.root / LICENSE_NAME

    @property
    def shared_inputs(self) -> tuple[Path, ...]:
        """What every client is generated from besides its spec and overlays (clients.lock records them all)."""
        return (self.config, self.templates, GENERATOR, *GENERATOR_MODULES, RUNTIME, self.license)

    def select(self, names: list[str] | None) -> list[Client]:
        """The named clients (all when `names` is empty), in manifest order; unknown names are an error."""
        if not names:
            return list(self.clients.values())
        unknown = [n for n in names if n not in self.clients]
        if unknown:
            known = ", ".join(self.clients)
            raise InputError("command line", None, f"unknown client {unknown[0]!r} (known: {known})")
        return [self.clients[n] for n in names]


def load_manifest(root: Path = REPO_ROOT) -> Manifest:
    root = root.resolve()  # the generator runs in other working directories
    path = root / MANIFEST_NAME
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, None, "manifest not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputError(path, None, f"cannot read: {detail}") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(path, None, f"invalid TOML: {exc}") from None

    reader = _Reader(path, root)
    reader.known_keys(data, _TOP_KEYS, None)
    generator = reader.table(data, "generator")
    reader.known_keys(generator, _GENERATOR_KEYS, "generator")
    # Optional here so that a release tag from before it existed still loads as a baseline; regeneration and the
    # build need it (`Manifest.require_project`).
    project = _project(reader, reader.table(data, "project")) if "project" in data else ("", "")
    clients_table = reader.table(data, "clients")
    clients: dict[str, Client] = {}
    for name in clients_table:
        where = f"clients.{name}"
        if not _CLIENT_NAME.match(name):
            raise InputError(path, where, "client names are lower-case words joined by '-'")
        entry = reader.table(clients_table, name, where=where)
        reader.known_keys(entry, _CLIENT_KEYS, where)
        clients[name] = _client(reader, name, entry, where, project)
    if not clients:
        raise InputError(path, "clients", "the manifest declares no client")
    _check_unique(path, clients)
    return Manifest(
        root=root,
        path=path,
        generator_version=reader.string(generator, "openapi-python-client", "generator"),
        config=reader.file(generator, "config", "generator"),
        templates=reader.file(generator, "templates", "generator", directory=True),
        clients=clients,
    )


def _project(reader: _Reader, table: dict[str, Any]) -> tuple[str, str]:
    """The repository URL and the licence (an SPDX expression), written once for every client."""
    reader.known_keys(table, _PROJECT_KEYS, "project")
    repository = reader.string(table, "repository", "project")
    if not _REPOSITORY.match(repository):
        raise InputError(reader.path, "project.repository", f"{repository!r} is not an https URL of a repository")
    license_ = reader.string(table, "license", "project")
    try:
        canonical = canonicalize_license_expression(license_)
    except InvalidLicenseExpression:
        raise InputError(reader.path, "project.license", f"{license_!r} is not an SPDX licence expression") from None
    if canonical != license_:
        raise InputError(reader.path, "project.license", f"{license_!r} is written {canonical!r} in SPDX")
    return repository, license_


def _client(reader: _Reader, name: str, entry: dict[str, Any], where: str, project: tuple[str, str]) -> Client:
    path = reader.path
    package = reader.string(entry, "package", where)
    if not package.isidentifier() or not package.isascii():
        raise InputError(path, f"{where}.package", f"{package!r} is not a Python identifier")
    if keyword.iskeyword(package) or keyword.issoftkeyword(package):
        raise InputError(path, f"{where}.package", f"{package!r} is a Python keyword")
    if package in sys.stdlib_module_names:
        raise InputError(path, f"{where}.package", f"{package!r} would shadow the standard library module")
    if package in DEPENDENCY_IMPORTS:
        raise InputError(path, f"{where}.package", f"{package!r} would shadow the import name of a client dependency")
    distribution = reader.string(entry, "distribution", where)
    if not _DISTRIBUTION.match(distribution):
        raise InputError(path, f"{where}.distribution", f"{distribution!r} is not a normalized distribution name")
    version = reader.string(entry, "version", where)
    try:
        Version(version)
    except InvalidVersion:
        raise InputError(path, f"{where}.version", f"{version!r} is not a PEP 440 version") from None
    published = entry.get("published", False)
    if not isinstance(published, bool):
        raise InputError(path, f"{where}.published", "expected true or false")
    overlays = entry.get("overlays", [])
    if not isinstance(overlays, list) or not all(isinstance(o, str) for o in overlays):
        raise InputError(path, f"{where}.overlays", "expected a list of file paths")
    return Client(
        name=name,
        spec=reader.file(entry, "spec", where),
        overlays=tuple(reader.file({"o": o}, "o", f"{where}.overlays[{i}]") for i, o in enumerate(overlays)),
        distribution=distribution,
        package=package,
        version=version,
        repository=project[0],
        license=project[1],
        published=published,
    )


def _check_unique(path: Path, clients: dict[str, Client]) -> None:
    """Two clients with one package or distribution name would overwrite each other when installed."""
    for attribute in ("package", "distribution"):
        first: dict[str, str] = {}
        for client in clients.values():
            value = getattr(client, attribute)
            if value in first:
                message = f"{value!r} is also the {attribute} of clients.{first[value]}"
                raise InputError(path, f"clients.{client.name}.{attribute}", message)
            first[value] = client.name


@dataclass
class _Reader:
    """Typed access to the parsed TOML, each failure naming the manifest and the key."""

    path: Path
    root: Path

    def known_keys(self, data: dict[str, Any], known: tuple[str, ...], where: str | None) -> None:
        for key in data:
            if key not in known:
                location = f"{where}.{key}" if where else key
                raise InputError(self.path, location, f"unknown key (expected one of: {', '.join(known)})")

    def table(self, data: dict[str, Any], key: str, *, where: str | None = None) -> dict[str, Any]:
        value = data.get(key)
        if not isinstance(value, dict):
            raise InputError(self.path, where or key, "expected a table")
        return value

    def string(self, data: dict[str, Any], key: str, where: str) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value:
            raise InputError(self.path, f"{where}.{key}", "expected a non-empty string")
        return value

    def file(self, data: dict[str, Any], key: str, where: str, *, directory: bool = False) -> Path:
        """A path inside the repository (symbolic links resolved): nothing outside it is ever read."""
        location = where if key == "o" else f"{where}.{key}"
        value = data.get(key)
        if not isinstance(value, str) or not value:
            raise InputError(self.path, location, "expected a path")
        resolved = (self.root / value).resolve()
        if not resolved.is_relative_to(self.root):
            raise InputError(self.path, location, f"{value} is outside the repository")
        if not resolved.exists():
            raise InputError(self.path, location, f"no such file: {value}")
        if directory and not resolved.is_dir():
            raise InputError(self.path, location, f"{value} is not a directory")
        if not directory and not resolved.is_file():
            raise InputError(self.path, location, f"{value} is not a file")
        return self.root / value


if __name__ == "__main__":
    # The generated distributions' folders, one per line: what `nox -s tests` installs.
    print("\n".join(f"generated/{name}" for name in load_manifest().clients))
