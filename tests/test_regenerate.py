"""Regeneration: reproducible output, and bad input that fails loudly while leaving generated/ untouched.

Each test works on a copy of the repository's inputs in a temporary folder and runs the command line: its `main`
in this process (`cli`), as `python -m scripts.regenerate` runs it; the `slow` tests that run the generator or a
whole `python -m` process (`run`) show the rest.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

import scripts.lock
import scripts.regenerate
from scripts.drift import compare_trees
from scripts.manifest import REPO_ROOT, load_manifest
from scripts.regenerate import STRAY
from tests.release.workspace import copy_repo

CommandLine = Callable[..., tuple[int | str | None, str, str]]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return copy_repo(tmp_path)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CommandLine:
    """`cli(main, *args, cwd=repo)`: a command's `main(args)` run from `cwd`, as `python -m` runs it from there.

    Returns the exit status (also when argparse exits), stdout and stderr.
    """

    def run_main(main: Callable[[Sequence[str]], int], *args: str, cwd: Path) -> tuple[int | str | None, str, str]:
        monkeypatch.chdir(cwd)  # paths in messages are shown relative to the working directory
        capsys.readouterr()
        try:
            status: int | str | None = main(list(args))
        except SystemExit as exit:
            status = exit.code
        out, err = capsys.readouterr()
        return status, out, err

    return run_main


def digest(folder: Path) -> str:
    """Every name and byte under `folder`, tool caches aside (they are not generated output)."""
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if STRAY.intersection(path.relative_to(folder).parts):
            continue
        h.update(path.relative_to(folder).as_posix().encode())
        if path.is_file():
            h.update(path.read_bytes())
    return h.hexdigest()


def run(module: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", module, "--root", str(cwd), *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, env=_env())


def _env() -> dict[str, str]:
    # The copied tree has no scripts/: import them from this checkout.
    return {**os.environ, "PYTHONPATH": str(REPO_ROOT)}


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


@pytest.mark.slow
def test_committed_clients_match_their_inputs(regenerated_repo: Path) -> None:
    """The golden record: a fresh generation (the run's shared one) equals generated/ file by file."""
    fresh = regenerated_repo / "generated"
    names = sorted(path.name for path in (REPO_ROOT / "generated").iterdir() if path.is_dir())
    assert [p for name in names for p in compare_trees(fresh / name, REPO_ROOT / "generated" / name, name)] == []


@pytest.mark.slow
def test_regeneration_is_byte_identical(regenerated_repo: Path) -> None:
    generated = regenerated_repo / "generated"
    assert digest(generated) == digest(REPO_ROOT / "generated")
    assert not list(generated.glob(".staging-*")), "staging folder left behind"
    for stray in STRAY:
        assert not list(generated.rglob(stray))


# One file of every kind the generator writes; a drift guard that skipped any kind would let hand edits through.
GENERATED_KINDS = {
    "engine": "emogg_sessions_client/client.py",  # runtime/*.py, copied verbatim by scripts/regenerate.py
    "api facts": "emogg_sessions_client/_api.py",  # templates/_*.py.jinja, rendered by scripts/generator.py
    "sdk": "emogg_sessions_client/_sdk.py",
    "resources": "emogg_sessions_client/_resources.py",
    "async resources": "emogg_sessions_client/_async_resources.py",
    "raw resources": "emogg_sessions_client/_raw_resources.py",
    "async raw resources": "emogg_sessions_client/_async_raw_resources.py",
    "pages": "emogg_sessions_client/_pages.py",
    "raw-response wrappers": "emogg_sessions_client/_raw.py",
    "typed decoding": "emogg_sessions_client/_typed.py",
    "paging": "emogg_sessions_client/_paging.py",
    "argument checks": "emogg_sessions_client/_arguments.py",
    "model": "emogg_sessions_client/models/session.py",
    "models package": "emogg_sessions_client/models/__init__.py",
    "api module": "emogg_sessions_client/api/sessions/get_session.py",
    "api package": "emogg_sessions_client/api/sessions/__init__.py",
    "errors": "emogg_sessions_client/errors.py",
    "types": "emogg_sessions_client/types.py",
    "package": "emogg_sessions_client/__init__.py",
    "py.typed": "emogg_sessions_client/py.typed",
    "readme": "README.md",
    "pyproject": "pyproject.toml",
    "gitignore": ".gitignore",
    "licence": "LICENSE",  # copied from the repository by scripts/regenerate.py
}


def test_every_kind_of_generated_file_is_listed_above() -> None:
    """A new kind of generated file must join GENERATED_KINDS (and so its drift test)."""
    client = REPO_ROOT / "generated" / "emogg"
    kinds = {Path(p).name if "/models/" not in p else "models/*" for p in GENERATED_KINDS.values()}
    for path in client.rglob("*"):
        if path.is_file() and not STRAY.intersection(path.parts):
            relative = path.relative_to(client).as_posix()
            kind = "models/*" if "/models/" in relative and path.name != "__init__.py" else path.name
            assert kind in kinds or relative.startswith("emogg_sessions_client/api/"), relative


@pytest.mark.slow
def test_drift_guard_detects_a_change_in_every_kind_of_generated_file(repo: Path) -> None:
    """One regeneration checks them all: each edited file is named, as is a file added by hand."""
    client = repo / "generated" / "emogg"
    for relative in GENERATED_KINDS.values():
        (client / relative).write_bytes((client / relative).read_bytes() + b"# hand edit\n")
    (client / "stray.txt").write_text("x")
    (client / "emogg_sessions_client" / "models" / "session_meta.py").unlink()
    result = run("scripts.drift", "emogg", cwd=repo)
    assert result.returncode == 1
    reported = set(result.stderr.splitlines())
    for kind, relative in GENERATED_KINDS.items():
        assert f"differs: generated/emogg/{relative}" in reported, kind
    assert "unexpected: generated/emogg/stray.txt" in reported
    assert "missing: generated/emogg/emogg_sessions_client/models/session_meta.py" in reported


@pytest.mark.parametrize("relative", GENERATED_KINDS.values(), ids=GENERATED_KINDS.keys())
def test_compare_trees_detects_a_one_byte_change_in_each_kind(tmp_path: Path, relative: str) -> None:
    expected = REPO_ROOT / "generated" / "emogg"
    actual = tmp_path / "emogg"
    shutil.copytree(expected, actual)
    assert compare_trees(expected, actual, "g") == []
    data = (actual / relative).read_bytes()
    (actual / relative).write_bytes(data[:-1] + bytes([data[-1] ^ 1]) if data else b"x")
    assert compare_trees(expected, actual, "g") == [f"differs: g/{relative}"]


def test_compare_trees_reports_missing_files(tmp_path: Path) -> None:
    (tmp_path / "want").mkdir()
    (tmp_path / "have").mkdir()
    (tmp_path / "want" / "a.py").write_text("a")
    assert compare_trees(tmp_path / "want", tmp_path / "have", "g") == ["missing: g/a.py"]


BROKEN = {
    "yaml syntax error in a spec": (
        "specs/emogg.yaml",
        "openapi: 3.1.0",
        "openapi: [3.1.0",
        ["specs/emogg.yaml", "line "],
    ),
    "dangling $ref in a spec": (
        "specs/emogg.yaml",
        "$ref: '#/components/schemas/Session'",
        "$ref: '#/components/schemas/NoSuchModel'",
        ["specs/emogg.yaml", "#/paths/", "dangling $ref '#/components/schemas/NoSuchModel'"],
    ),
    "invalid JSONPath in an overlay": (
        "overlays/emogg.yaml",
        "target: $.info",
        "target: $.info[?",
        ["overlays/emogg.yaml", "actions[0].target"],
    ),
    "overlay target matching nothing": (
        "overlays/emogg.yaml",
        "target: $.info",
        "target: $.no_such_key",
        ["overlays/emogg.yaml", "actions[0].target"],
    ),
    "bad version in the manifest": (
        "clients.toml",
        f'version = "{load_manifest().clients["streamelements"].version}"',  # the first client's version line
        'version = "one"',
        ["clients.toml", "clients.streamelements.version", "PEP 440"],
    ),
}

LAUGHS = "x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nx-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"

# The manifest's [project] table as written (repository URL, licence), to take out whole.
_MANIFEST_TEXT = (REPO_ROOT / "clients.toml").read_text()
MANIFEST_PROJECT_TABLE = "[project]" + _MANIFEST_TEXT.split("[project]")[1].split("[generator]")[0]

# Hostile or mistaken input, each refused with exactly this line before anything is generated.
# The $ref cases replace the first Session $ref of the Emogg spec: the 201 response of POST /v1/sessions.
REFUSED = {
    "file:// $ref": (
        "specs/emogg.yaml",
        "$ref: '#/components/schemas/Session'",
        "$ref: 'file:///etc/passwd'",
        "error: specs/emogg.yaml: line 201, #/paths/~1v1~1sessions/post/responses/201/content/"
        "application~1json/schema/$ref: $ref 'file:///etc/passwd' points outside the document: only '#/...' is allowed",
    ),
    "http $ref": (
        "specs/emogg.yaml",
        "$ref: '#/components/schemas/Session'",
        "$ref: 'http://127.0.0.1:9/schema.json'",
        "error: specs/emogg.yaml: line 201, #/paths/~1v1~1sessions/post/responses/201/content/"
        "application~1json/schema/$ref: $ref 'http://127.0.0.1:9/schema.json' points outside the document: "
        "only '#/...' is allowed",
    ),
    "alias bomb in a spec": (
        "specs/emogg.yaml",
        "openapi: 3.1.0\n",
        "openapi: 3.1.0\n" + LAUGHS,
        "error: specs/emogg.yaml: line 3, column 10: YAML aliases are not allowed (*a): write the value out",
    ),
    "alias bomb in an overlay": (
        "overlays/emogg.yaml",
        "actions:\n",
        LAUGHS + "actions:\n",
        "error: overlays/emogg.yaml: line 7, column 10: YAML aliases are not allowed (*a): write the value out",
    ),
    "[client.NAME] for [clients.NAME]": (
        "clients.toml",
        "[clients.emogg]\n",
        "[client.emogg]\n",
        "error: clients.toml: client: unknown key (expected one of: project, generator, clients)",
    ),
    "no [project] table": (
        "clients.toml",
        MANIFEST_PROJECT_TABLE,
        "",
        "error: clients.toml: project: expected a table with `repository` and `license`",
    ),
    "overlay = for overlays =": (
        "clients.toml",
        'overlays = ["overlays/emogg.yaml"]',
        'overlay = ["overlays/emogg.yaml"]',
        "error: clients.toml: clients.emogg.overlay: unknown key "
        "(expected one of: spec, overlays, distribution, package, version, published)",
    ),
    "spec path outside the repository": (
        "clients.toml",
        'spec = "specs/streamelements.yaml"',
        'spec = "../../../../../etc/passwd"',
        "error: clients.toml: clients.streamelements.spec: ../../../../../etc/passwd is outside the repository",
    ),
    "an empty spec": (
        "specs/emogg.yaml",
        None,
        "",
        "error: specs/emogg.yaml: an OpenAPI document must be a mapping, got an empty file",
    ),
    "a spec that is a list": (
        "specs/emogg.yaml",
        None,
        "- openapi\n",
        "error: specs/emogg.yaml: an OpenAPI document must be a mapping, got an array",
    ),
    "a spec in another encoding": (
        "specs/emogg.yaml",
        None,
        "\udcff",
        "error: specs/emogg.yaml: cannot read: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
    ),
    "a manifest in another encoding": (
        "clients.toml",
        None,
        "\udcff",
        "error: clients.toml: cannot read: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
    ),
    "an empty manifest": ("clients.toml", None, "", "error: clients.toml: generator: expected a table"),
}


def break_file(repo: Path, file: str, old: str | None, new: str) -> None:
    if old is None:
        (repo / file).write_bytes(new.encode("utf-8", "surrogateescape"))
    else:
        replace_in(repo / file, old, new)


def only_the_client_of(file: str) -> list[str]:
    """The client whose spec or overlay `file` is, so no generator runs for the healthy ones; all for the manifest."""
    return ["emogg"] if "emogg" in file else []


@pytest.mark.parametrize(("file", "old", "new", "expected"), REFUSED.values(), ids=REFUSED.keys())
def test_refused_input_is_exactly_one_line_and_generated_is_unchanged(
    repo: Path, cli: CommandLine, file: str, old: str | None, new: str, expected: str
) -> None:
    before = digest(repo / "generated")
    break_file(repo, file, old, new)
    assert cli(scripts.regenerate.main, "--root", str(repo), *only_the_client_of(file), cwd=repo) == (
        1,
        "",
        expected + "\n",
    )
    assert digest(repo / "generated") == before


@pytest.mark.slow
@pytest.mark.parametrize("case", ["file:// $ref", "[client.NAME] for [clients.NAME]"])
def test_the_command_line_refuses_with_that_one_line_while_the_healthy_clients_generate(repo: Path, case: str) -> None:
    """`python -m scripts.regenerate` of every client: the healthy ones' generator runs print nothing around it."""
    file, old, new, expected = REFUSED[case]
    before = digest(repo / "generated")
    break_file(repo, file, old, new)
    result = run("scripts.regenerate", cwd=repo)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", expected + "\n")
    assert digest(repo / "generated") == before


def swap_for_a_directory(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink()
    path.mkdir()


def swap_for_a_file(path: Path) -> None:
    shutil.rmtree(path)
    path.write_text("x")


# Inputs that were raw tracebacks: a directory where a file belongs and the reverse, and bad arguments.
MISPLACED = {
    "clients.toml is a directory": (
        "clients.toml",
        swap_for_a_directory,
        "error: clients.toml: cannot read: Is a directory",
    ),
    "the spec is a directory": (
        "specs/emogg.yaml",
        swap_for_a_directory,
        "error: clients.toml: clients.emogg.spec: specs/emogg.yaml is not a file",
    ),
    "templates/ is a file": (
        "templates",
        swap_for_a_file,
        "error: clients.toml: generator.templates: templates is not a directory",
    ),
    "generated/ is a file": ("generated", swap_for_a_file, "error: generated: not a directory"),
    "clients.lock is a directory": ("clients.lock", swap_for_a_directory, "error: clients.lock: not a file"),
    "LICENSE is missing": (
        "LICENSE",
        Path.unlink,
        "error: LICENSE: not found: every distribution ships the repository's licence",
    ),
    "LICENSE is a directory": (
        "LICENSE",
        swap_for_a_directory,
        "error: LICENSE: not a file: every distribution ships the repository's licence",
    ),
}


@pytest.mark.parametrize(("file", "break_it", "expected"), MISPLACED.values(), ids=MISPLACED.keys())
def test_a_misplaced_file_or_folder_is_one_line(
    repo: Path, cli: CommandLine, file: str, break_it: Any, expected: str
) -> None:
    break_it(repo / file)
    generated = digest(repo / "generated") if (repo / "generated").is_dir() else None
    status, _, err = cli(scripts.regenerate.main, "--root", str(repo), "emogg", cwd=repo)
    assert (status, err) == (1, expected + "\n")
    assert (digest(repo / "generated") if (repo / "generated").is_dir() else None) == generated


ARGUMENTS = {
    "unknown option": (["--bogus"], "error: command line: unrecognized arguments: --bogus (see --help)"),
    "option without its value": (
        ["--root"],
        "error: command line: argument --root: expected one argument (see --help)",
    ),
}


@pytest.mark.parametrize(("args", "expected"), ARGUMENTS.values(), ids=ARGUMENTS.keys())
def test_bad_arguments_are_one_line_with_status_2(repo: Path, cli: CommandLine, args: list[str], expected: str) -> None:
    status, _, err = cli(scripts.regenerate.main, *args, cwd=repo)
    assert (status, err) == (2, expected + "\n")


@pytest.mark.parametrize(
    ("root", "expected"),
    [("missing", "clients.toml: manifest not found"), ("file", "clients.toml: cannot read: Not a directory")],
)
def test_a_bad_root_is_one_line(tmp_path: Path, cli: CommandLine, root: str, expected: str) -> None:
    path = tmp_path / root
    if root == "file":
        path.write_text("x")
    status, _, err = cli(scripts.regenerate.main, "--root", str(path), cwd=tmp_path)
    assert (status, err) == (1, f"error: {root}/{expected}\n")


@pytest.mark.parametrize(("file", "old", "new", "expected"), BROKEN.values(), ids=BROKEN.keys())
def test_broken_input_fails_with_one_line_and_leaves_generated_unchanged(
    repo: Path, cli: CommandLine, file: str, old: str, new: str, expected: list[str]
) -> None:
    before = digest(repo / "generated")
    replace_in(repo / file, old, new)
    status, _, err = cli(scripts.regenerate.main, "--root", str(repo), *only_the_client_of(file), cwd=repo)
    assert status == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ")
    for fragment in expected:
        assert fragment in lines[0]
    assert "Traceback" not in err
    assert digest(repo / "generated") == before


@pytest.mark.slow
def test_a_generator_warning_fails_the_run(repo: Path) -> None:
    """--fail-on-warning: a model-name collision must not silently drop a response."""
    before = digest(repo / "generated")
    replace_in(
        repo / "specs" / "emogg.yaml",
        "\n  schemas:\n",
        "\n  schemas:\n    Sentiments_:\n      type: object\n      properties: {a: {type: string}}\n",
    )
    # A schema only one response uses: a collision on Session would cascade through every operation.
    replace_in(
        repo / "specs" / "emogg.yaml",
        "$ref: '#/components/schemas/Sentiments'",
        "$ref: '#/components/schemas/Sentiments_'",
    )
    result = run("scripts.regenerate", "emogg", cwd=repo)
    assert result.returncode == 1, result.stdout
    assert "specs/emogg.yaml" in result.stderr
    assert 'duplicate models with name "Sentiments"' in result.stderr
    assert digest(repo / "generated") == before


def test_unknown_client_name_is_a_command_line_error(repo: Path, cli: CommandLine) -> None:
    status, _, err = cli(scripts.regenerate.main, "--root", str(repo), "nosuch", cwd=repo)
    assert status == 1
    known = ", ".join(load_manifest(repo).clients)  # every client of the manifest, in its order
    assert err.strip() == f"error: command line: unknown client 'nosuch' (known: {known})"


@pytest.mark.slow
def test_a_failure_in_one_client_leaves_the_others_untouched(repo: Path) -> None:
    """All-or-nothing: the healthy client built before the broken one is not swapped in either."""
    replace_in(repo / "specs" / "cloudflare-realtimekit.yaml", "openapi: 3.1.0", "openapi: [")
    # Mark the healthy client's folder: a swap of fresh output would bring this file back.
    (repo / "generated" / "emogg" / ".gitignore").unlink()
    before = digest(repo / "generated")
    result = run("scripts.regenerate", "emogg", "cloudflare-realtimekit", cwd=repo)
    assert result.returncode == 1
    assert digest(repo / "generated") == before


def test_every_broken_client_is_reported_not_only_the_first(repo: Path, cli: CommandLine) -> None:
    """One bad input never hides the next: each failing client gets its own line."""
    before = digest(repo / "generated")
    replace_in(repo / "specs" / "emogg.yaml", "openapi: 3.1.0", "openapi: [")
    replace_in(repo / "overlays" / "livepeer.yaml", "target: $.info", "target: $.nothing_here")
    status, _, err = cli(scripts.regenerate.main, "--root", str(repo), "livepeer", "emogg", cwd=repo)
    assert status == 1
    lines = err.strip().splitlines()
    assert len(lines) == 2, err
    assert "overlays/livepeer.yaml: actions[0].target" in lines[0]  # manifest order: livepeer before emogg
    assert "specs/emogg.yaml: line " in lines[1]
    assert digest(repo / "generated") == before


def test_a_lock_in_another_encoding_is_one_line_for_the_lock_check(repo: Path, cli: CommandLine) -> None:
    (repo / "clients.lock").write_bytes(b"\xff\xfe")
    status, _, err = cli(scripts.lock.main, "--root", str(repo), cwd=repo)
    assert (status, err) == (
        1,
        "error: clients.lock: cannot read: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\n",
    )
