"""What a reader outside the team meets (generated READMEs and code, templates, runtime, scripts, tests, the README)
speaks in the product's own terms: no "TEAM convention N", no "the lead's convention", no "the issue names"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scripts.manifest import REPO_ROOT

# Words that only make sense inside the team's tracker and meetings.
INSIDE_WORDS = re.compile(
    r"TEAM convention|\bconvention \d|the lead'?s?\b|the issue (names|measured)|\bissue \d+", re.IGNORECASE
)
FOLDERS = ("generated", "templates", "runtime", "scripts", "tests", "overlays", "config", ".github")
SUFFIXES = {".py", ".md", ".jinja", ".yaml", ".yml", ".toml", ".txt", ".in"}


def readable_files() -> list[Path]:
    files = [REPO_ROOT / "README.md", REPO_ROOT / "CONTRIBUTING.md", REPO_ROOT / "SECURITY.md"]
    for folder in FOLDERS:
        files += [p for p in (REPO_ROOT / folder).rglob("*") if p.is_file() and p.suffix in SUFFIXES]
    return [p for p in files if p.is_file() and p != Path(__file__).resolve()]


def inside_words(text: str) -> list[str]:
    return [match.group(0) for match in INSIDE_WORDS.finditer(text)]


def test_no_file_a_reader_meets_speaks_of_team_conventions_or_the_tracker() -> None:
    found = {
        str(path.relative_to(REPO_ROOT)): words
        for path in readable_files()
        if (words := inside_words(path.read_text(encoding="utf-8", errors="replace")))
    }
    assert found == {}


@pytest.mark.parametrize(
    "text",
    ["(TEAM convention 2)", "the lead's convention for every client", "The libraries the issue names were weighed",
     "a mutation survived issue 10's tests"],
)  # fmt: skip
def test_each_inside_phrase_is_caught(text: str) -> None:
    assert inside_words(text)
