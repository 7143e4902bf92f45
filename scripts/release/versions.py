"""SemVer for the clients: how big a change is, which version it needs, and the next version to propose.

A change since the last release is one of four levels: NONE (the package is identical), PATCH (contents
differ, public API the same), MINOR (public API grew) or MAJOR (public API broke; see scripts/release/api.py).

0.x versions follow Cargo's reading of SemVer §4: the left-most non-zero component acts as the major one.
In 0.y.z (y ≥ 1) a breaking change bumps y (0.1.0 → 0.2.0) and additions or fixes bump z (0.1.0 → 0.1.1);
in 0.0.z every change bumps z. So `^0.1.0`-style pins keep meaning "no breaking change", and 1.0.0 is a
deliberate decision, never proposed by `bump`.
"""

from __future__ import annotations

from enum import IntEnum

from packaging.version import Version

__all__ = ["Level", "next_version", "propose", "required_level", "rule", "satisfies"]


class Level(IntEnum):
    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3


def required_level(released: Version, change: Level) -> Level:
    """The version component `change` must bump, after the 0.x shift described above."""
    if released.major > 0 or change <= Level.PATCH:
        return change
    if released.minor > 0:
        return Level(change - 1)
    return Level.PATCH


def satisfies(released: Version, candidate: Version, level: Level) -> bool:
    """Does `candidate` bump at least the component `level` of `released`?"""
    if level == Level.MAJOR:
        return candidate.major > released.major
    if level == Level.MINOR:
        return (candidate.major, candidate.minor) > (released.major, released.minor)
    if level == Level.PATCH:
        return candidate > released
    return candidate >= released


def next_version(released: Version, level: Level) -> Version:
    major, minor, patch = (*released.release, 0, 0)[:3]
    if level == Level.MAJOR:
        return Version(f"{major + 1}.0.0")
    if level == Level.MINOR:
        return Version(f"{major}.{minor + 1}.0")
    if level == Level.PATCH:
        return Version(f"{major}.{minor}.{patch + 1}")
    return released


def propose(released: Version, current: Version, change: Level) -> Version:
    """The version to release: the current one if it already bumps enough, else the smallest sufficient bump."""
    level = required_level(released, change)
    return current if satisfies(released, current, level) else next_version(released, level)


_NAMES = {Level.MAJOR: "major", Level.MINOR: "minor", Level.PATCH: "patch"}
_CHANGES = {
    Level.MAJOR: "a breaking API change",
    Level.MINOR: "an API addition",
    Level.PATCH: "a change of contents (same API)",
}


def rule(released: Version, change: Level) -> str:
    """The rule in words, e.g. `0.x: a breaking API change bumps the minor version (>= 0.2.0)`."""
    if change == Level.NONE:
        return f"no change needs no new version (>= {released})"
    level = required_level(released, change)
    prefix = "0.x: " if released.major == 0 and level != change else ""
    return f"{prefix}{_CHANGES[change]} bumps the {_NAMES[level]} version (>= {next_version(released, level)})"
