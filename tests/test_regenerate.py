"""Regeneration: reproducible output, and bad input that fails loudly while leaving generated/ untouched.

Each test works on a copy of the repository's inputs in a temporary folder and runs the real command line.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.drift import compare_trees, find_drift
from scripts.manifest import REPO_ROOT
from scripts.regenerate import STRAY

INPUTS = ("clients.toml", "LICENSE", "specs", "overlays", "config", "templates", "generated")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    for name in INPUTS:
        source = REPO_ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name)
        else:
            shutil.copy2(source, tmp_path / name)
    return tmp_path


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


def test_committed_clients_match_their_inputs() -> None:
    """The golden record: a fresh generation equals generated/ file by file."""
    assert find_drift() == []


def test_regeneration_is_byte_identical(repo: Path) -> None:
    before = digest(repo / "generated")
    result = run("scripts.regenerate", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert digest(repo / "generated") == before
    assert not list((repo / "generated").glob(".staging-*")), "staging folder left behind"
    for stray in STRAY:
        assert not list((repo / "generated").rglob(stray))


def test_drift_guard_names_the_files_that_differ(repo: Path) -> None:
    model = next((repo / "generated" / "emogg").rglob("models/session.py"))
    model.write_text(model.read_text() + "# hand edit\n")
    (repo / "generated" / "emogg" / "stray.txt").write_text("x")
    result = run("scripts.drift", "emogg", cwd=repo)
    assert result.returncode == 1
    assert "differs: generated/emogg/emogg_sessions_client/models/session.py" in result.stderr
    assert "unexpected: generated/emogg/stray.txt" in result.stderr


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
        'version = "0.1.0"',
        'version = "one"',
        ["clients.toml", "clients.streamelements.version", "PEP 440"],
    ),
}


@pytest.mark.parametrize(("file", "old", "new", "expected"), BROKEN.values(), ids=BROKEN.keys())
def test_broken_input_fails_with_one_line_and_leaves_generated_unchanged(
    repo: Path, file: str, old: str, new: str, expected: list[str]
) -> None:
    before = digest(repo / "generated")
    replace_in(repo / file, old, new)
    result = run("scripts.regenerate", cwd=repo)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    for fragment in expected:
        assert fragment in lines[0]
    assert "Traceback" not in result.stderr
    assert digest(repo / "generated") == before


def test_a_generator_warning_fails_the_run(repo: Path) -> None:
    """--fail-on-warning: a model-name collision must not silently drop a response."""
    before = digest(repo / "generated")
    replace_in(
        repo / "specs" / "emogg.yaml",
        "\n  schemas:\n",
        "\n  schemas:\n    Session_:\n      type: object\n      properties: {a: {type: string}}\n",
    )
    replace_in(
        repo / "specs" / "emogg.yaml", "$ref: '#/components/schemas/Session'", "$ref: '#/components/schemas/Session_'"
    )
    result = run("scripts.regenerate", "emogg", cwd=repo)
    assert result.returncode == 1, result.stdout
    assert "specs/emogg.yaml" in result.stderr
    assert 'duplicate models with name "Session"' in result.stderr
    assert digest(repo / "generated") == before


def test_unknown_client_name_is_a_command_line_error(repo: Path) -> None:
    result = run("scripts.regenerate", "nosuch", cwd=repo)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "error: command line: unknown client 'nosuch' (known: streamelements, livepeer, emogg, cloudflare-realtimekit)"
    )


def test_a_failure_in_one_client_leaves_the_others_untouched(repo: Path) -> None:
    """All-or-nothing: the healthy clients built before the broken one are not swapped in either."""
    replace_in(repo / "specs" / "cloudflare-realtimekit.yaml", "openapi: 3.1.0", "openapi: [")
    # Mark the healthy clients' folders: a swap of fresh output would bring these files back.
    for name in ("streamelements", "livepeer", "emogg"):
        (repo / "generated" / name / ".gitignore").unlink()
    before = digest(repo / "generated")
    result = run("scripts.regenerate", cwd=repo)
    assert result.returncode == 1
    assert digest(repo / "generated") == before


def test_every_broken_client_is_reported_not_only_the_first(repo: Path) -> None:
    """One bad input never hides the next: each failing client gets its own line."""
    before = digest(repo / "generated")
    replace_in(repo / "specs" / "emogg.yaml", "openapi: 3.1.0", "openapi: [")
    replace_in(repo / "overlays" / "livepeer.yaml", "target: $.info", "target: $.nothing_here")
    result = run("scripts.regenerate", cwd=repo)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2, result.stderr
    assert "overlays/livepeer.yaml: actions[0].target" in lines[0]  # manifest order: livepeer before emogg
    assert "specs/emogg.yaml: line " in lines[1]
    assert digest(repo / "generated") == before
