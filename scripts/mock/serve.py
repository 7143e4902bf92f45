"""Serve a client's mock from this repository: `nox -s mock -- NAME [--stateful] [--host H] [--port N] [--token T]
[--seed S]`, `nox -s mock -- proxy NAME --upstream URL`, `nox -s mock -- spec NAME`.

The command line is the installed `sessions-mock`'s (scripts/mock/_cli.py); here the specs come from the
repository (`resolved_spec`: the spec with its overlays, checked) instead of the distribution's bundle. Serving
itself (socket bound first, CORS, graceful stop, stop with the parent) is scripts/mock/_serving.py.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from scripts.sources import resolved_spec

from ._cli import main as _main
from ._serving import DEFAULT_PORT, bind_loopback, example_path, serve_in_background, usage_banner

__all__ = ["DEFAULT_PORT", "bind_loopback", "main", "serve_in_background", "usage_banner"]

_example_path = example_path  # the name tests/test_mock.py imports


def main(argv: Sequence[str] | None = None) -> int:
    return _main(argv, load_spec=resolved_spec, prog="nox -s mock --")


if __name__ == "__main__":
    sys.exit(main())
