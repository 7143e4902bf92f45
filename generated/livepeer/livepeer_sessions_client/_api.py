"""The facts about this API that the shared runtime reads (rendered per client; everything else is copied)."""

from __future__ import annotations

from typing import Final

DEFAULT_BASE_URL: Final = "https://livepeer.studio/api"
DISTRIBUTION: Final = "livepeer-sessions-client"
VERSION: Final = "0.3.1"
TOKEN_ENV: Final = "LIVEPEER_API_KEY"
BASE_URL_ENV: Final = "LIVEPEER_BASE_URL"
LOG_ENV: Final = "LIVEPEER_LOG"
