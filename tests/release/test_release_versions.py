"""SemVer rules: which bump a change needs, 0.x included (Cargo's reading: the left-most non-zero part is major)."""

from __future__ import annotations

import pytest
from packaging.version import Version

from scripts.release.versions import Level, propose, required_level, rule, satisfies

# released, change, proposed from that release (manifest still at the released version)
PROPOSALS = [
    ("1.4.2", Level.MAJOR, "2.0.0"),
    ("1.4.2", Level.MINOR, "1.5.0"),
    ("1.4.2", Level.PATCH, "1.4.3"),
    ("1.4.2", Level.NONE, "1.4.2"),
    ("0.1.0", Level.MAJOR, "0.2.0"),  # 0.x: breaking bumps the minor, never to 1.0.0
    ("0.3.1", Level.MINOR, "0.3.2"),  # 0.x: an addition bumps the patch
    ("0.3.1", Level.PATCH, "0.3.2"),
    ("0.0.4", Level.MAJOR, "0.0.5"),  # 0.0.x: every change bumps the patch
]


@pytest.mark.parametrize(("released", "change", "expected"), PROPOSALS)
def test_proposal_is_the_smallest_sufficient_bump(released: str, change: Level, expected: str) -> None:
    proposed = propose(Version(released), Version(released), change)
    assert proposed == Version(expected)
    assert satisfies(Version(released), proposed, required_level(Version(released), change))


@pytest.mark.parametrize(
    ("released", "candidate", "change", "ok"),
    [
        ("1.4.2", "1.5.0", Level.MAJOR, False),
        ("1.4.2", "2.0.0", Level.MAJOR, True),
        ("1.4.2", "1.4.3", Level.MINOR, False),
        ("1.4.2", "1.5.0", Level.MINOR, True),
        ("1.4.2", "1.4.2", Level.PATCH, False),
        ("1.4.2", "1.4.2", Level.NONE, True),
        ("0.1.0", "0.1.1", Level.MAJOR, False),
        ("0.1.0", "0.2.0", Level.MAJOR, True),
        ("0.1.0", "1.0.0", Level.MAJOR, True),  # leaving 0.x is always allowed
        ("0.1.0", "0.1.1", Level.MINOR, True),
        ("1.4.2", "1.4.1", Level.NONE, False),  # never go back
    ],
)
def test_gate_rule(released: str, candidate: str, change: Level, ok: bool) -> None:
    level = required_level(Version(released), change)
    assert satisfies(Version(released), Version(candidate), level) is ok


def test_a_version_already_bumped_far_enough_is_kept() -> None:
    assert propose(Version("1.4.2"), Version("2.0.0"), Level.MAJOR) == Version("2.0.0")
    assert propose(Version("1.4.2"), Version("1.5.0"), Level.MAJOR) == Version("2.0.0")


def test_rule_explains_the_0x_convention() -> None:
    assert rule(Version("0.1.0"), Level.MAJOR) == "0.x: a breaking API change bumps the minor version (>= 0.2.0)"
    assert rule(Version("1.0.0"), Level.MAJOR) == "a breaking API change bumps the major version (>= 2.0.0)"
