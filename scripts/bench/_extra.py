"""The call and parse rows measure a client with its `speed` extra and without it; this switches it off for a block."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["without_the_speed_extra"]


@contextmanager
def without_the_speed_extra(package: str) -> Iterator[None]:
    """For the block, the client `package` decodes as when msgspec is not installed: the standard library reads the
    body and `from_dict` builds the models (its `types._compiled` is the switch the client itself reads)."""
    types: Any = importlib.import_module(f"{package}.types")  # the generated clients are not type-checked here
    saved, types._compiled = types._compiled, None
    try:
        yield
    finally:
        types._compiled = saved
