"""Stand-in for the per-API facts each client renders from `templates/_api.py.jinja` (not copied into clients).

It lets the runtime be imported, type-checked and tested in this repository as it is.
"""

from __future__ import annotations

from typing import Final

DEFAULT_BASE_URL: Final = "https://api.example.com"
DISTRIBUTION: Final = "example-sessions-client"
VERSION: Final = "0.0.0"
TOKEN_ENV: Final = "EXAMPLE_TOKEN"
BASE_URL_ENV: Final = "EXAMPLE_BASE_URL"
LOG_ENV: Final = "EXAMPLE_LOG"
