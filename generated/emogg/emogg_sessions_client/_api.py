"""The facts about this API that the shared runtime reads (rendered per client; everything else is copied)."""

from __future__ import annotations

from typing import Final

DEFAULT_BASE_URL: Final = "https://api.emogg.com"
DISTRIBUTION: Final = "emogg-sessions-client"
VERSION: Final = "0.3.1"
TOKEN_ENV: Final = "EMOGG_API_TOKEN"
BASE_URL_ENV: Final = "EMOGG_BASE_URL"
LOG_ENV: Final = "EMOGG_LOG"
