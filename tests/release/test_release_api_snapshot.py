"""signatures/NAME.txt is the public face of generated/NAME, one member a line: a change of what users call shows in
review as a change of that file, and `python -m scripts.release.api --update` (`nox -s signatures`) rewrites it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scripts.manifest import REPO_ROOT, load_manifest
from scripts.release import api
from tests.release.workspace import REPO_FILES

CLIENTS = list(load_manifest().clients)


@pytest.mark.parametrize("name", CLIENTS)
def test_the_signature_snapshot_is_the_face_of_the_generated_client(name: str) -> None:
    manifest = load_manifest()
    expected = api.snapshot(manifest.clients[name], manifest.generated / name)
    committed = api.snapshot_path(REPO_ROOT, name)
    assert committed.is_file(), f"{committed} is missing: run `python -m scripts.release.api --update`"
    assert committed.read_text(encoding="utf-8") == expected, (
        f"signatures/{name}.txt is out of date with generated/{name}: run `python -m scripts.release.api --update`"
    )


def test_every_resource_method_of_both_facades_is_in_the_snapshot() -> None:
    text = api.snapshot_path(REPO_ROOT, "emogg").read_text(encoding="utf-8")
    assert "\nEmogg.sessions.emotions.timeline(session_id: str, *, granularity: float | Unset = 60.0, " in text
    options = "timeout: float | httpx.Timeout | None = ..., deadline: float | None = ..., max_retries: int = ..., "
    options += "extra_headers: Mapping[str, str] = ..."  # `**options: Unpack[RequestOptions]`, one key a parameter
    assert f"\nasync AsyncEmogg.sessions.get(session_id: str, *, {options}) -> Session\n" in text
    assert "\nEmogg.sessions.list(*, state: str | Unset = UNSET, " in text
    assert "\nSession.duration: float\n" in text


@pytest.fixture
def emogg_root(tmp_path: Path) -> Path:
    """The manifest (with the inputs it names), generated/emogg and its snapshot."""
    for name in REPO_FILES:
        source = REPO_ROOT / name
        if source.is_file():
            shutil.copy2(source, tmp_path / name)
        elif source.is_dir() and name not in ("generated", "changelogs"):
            shutil.copytree(source, tmp_path / name)
    shutil.copytree(REPO_ROOT / "generated" / "emogg", tmp_path / "generated" / "emogg")
    (tmp_path / "signatures").mkdir()
    shutil.copy2(api.snapshot_path(REPO_ROOT, "emogg"), api.snapshot_path(tmp_path, "emogg"))
    return tmp_path


def test_a_changed_resource_method_fails_the_check_until_the_snapshot_is_refreshed(
    emogg_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    resources = emogg_root / "generated" / "emogg" / "emogg_sessions_client" / "_resources.py"
    text = resources.read_text()
    assert text.count("    def stop(\n") == 1
    resources.write_text(text.replace("    def stop(\n", "    def halt(\n"))
    snapshot = api.snapshot_path(emogg_root, "emogg")
    before = snapshot.read_text()

    assert api.main(["--root", str(emogg_root), "emogg"]) == 1
    assert "signatures/emogg.txt: out of date with generated/emogg" in capsys.readouterr().err
    assert snapshot.read_text() == before  # a check writes nothing

    assert api.main(["--root", str(emogg_root), "--update", "emogg"]) == 0
    after = snapshot.read_text()
    assert "\nEmogg.sessions.halt(session_id: str, *, timeout: float | httpx.Timeout | None = ..., " in after
    assert "\nEmogg.sessions.stop(" not in after and "\nEmogg.sessions.stop(" in before
    assert api.main(["--root", str(emogg_root), "emogg"]) == 0


def test_an_unknown_client_is_one_line(emogg_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert api.main(["--root", str(emogg_root), "nosuch"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "nosuch" in err
