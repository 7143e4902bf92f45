"""The facts about this API that the shared runtime reads (rendered per client; everything else is copied)."""

from __future__ import annotations

from typing import Final

DEFAULT_BASE_URL: Final = "https://api.cloudflare.com/client/v4"
DISTRIBUTION: Final = "cloudflare-realtimekit-sessions-client"
VERSION: Final = "0.3.1"
TOKEN_ENV: Final = "CLOUDFLARE_API_TOKEN"
BASE_URL_ENV: Final = "CLOUDFLARE_BASE_URL"
LOG_ENV: Final = "CLOUDFLARE_LOG"
