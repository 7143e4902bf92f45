"""The specs this distribution bundles (specs/NAME.json: each API's spec with its overlays applied)."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

from .errors import InputError

__all__ = ["api_names", "load_spec"]


def api_names() -> list[str]:
    """Every bundled API, sorted."""
    return sorted(entry.name.removesuffix(".json") for entry in files(__package__).joinpath("specs").iterdir()
                  if entry.name.endswith(".json"))  # fmt: skip


def load_spec(name: str) -> dict[str, Any]:
    """A fresh copy of API `name`'s bundled spec; an unknown name is an `InputError` listing the known ones."""
    if name not in api_names():
        raise InputError("command line", None, f"unknown API {name!r} (bundled: {', '.join(api_names())})")
    spec: dict[str, Any] = json.loads(files(__package__).joinpath("specs", f"{name}.json").read_text("utf-8"))
    return spec
