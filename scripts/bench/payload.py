"""The StreamElements session payload the call and parse benchmarks share: the seed's example, grown to ~12 KB.

The vendor's example response (the seed document) has short or empty `*-recent` lists; a live channel has
full ones. Every `*-recent` list here holds 25 items shaped like the seed's: `tip-recent` like its tips
(`_id`, `amount`, `name`), `follower-recent` like its followers (`createdAt`, `name`). The seed never shows a
cheer, host or subscriber item; theirs are tips with a `createdAt` too, i.e. every field the spec's
`RecentEvent` names. Compact, that is 12.6 KB (9.7 KB with bare tips), the size the call rows measure.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from scripts.manifest import REPO_ROOT

__all__ = ["RECENT_ITEMS", "SEEDS", "payload_bytes", "session_payload"]

SEEDS = REPO_ROOT.parent / "shared" / "seeds"
RECENT_ITEMS = 25
_SEED_GLOB = "000_*.txt"  # the StreamElements sessions page
_EXAMPLE = re.compile(r"### Example Response\s*```json\s*(\{.*?\})\s*```", re.DOTALL)


def _seed_example(seeds: Path) -> dict[str, Any]:
    pages = sorted(seeds.glob(_SEED_GLOB))
    if not pages:
        raise FileNotFoundError(f"no StreamElements seed ({_SEED_GLOB}) in {seeds}")
    match = _EXAMPLE.search(pages[0].read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f"{pages[0]}: no JSON block under 'Example Response'")
    example: dict[str, Any] = json.loads(match.group(1))
    return example


def _tip(index: int, start: datetime.datetime) -> dict[str, Any]:
    del start  # the seed's tips carry no time
    return {
        "_id": f"{0x59B946AA7A4DE7141B14A2DD + index:024x}",
        "amount": (index * 37) % 100 + 1,
        "name": f"User{index + 1}",
    }


def _event(index: int, start: datetime.datetime) -> dict[str, Any]:
    return {**_tip(index, start), "createdAt": _follower(index, start)["createdAt"]}


def _follower(index: int, start: datetime.datetime) -> dict[str, Any]:
    when = start - datetime.timedelta(hours=7 * index, milliseconds=139 * index)
    return {"createdAt": when.isoformat(timespec="milliseconds").replace("+00:00", "Z"), "name": f"User{index + 1}"}


# The item shape of each `*-recent` list; the others get `_event`.
_ITEMS: dict[str, Callable[[int, datetime.datetime], dict[str, Any]]] = {
    "tip-recent": _tip,
    "follower-recent": _follower,
}


def session_payload(seeds: Path = SEEDS) -> dict[str, Any]:
    """The seed's session with `RECENT_ITEMS` items in every `*-recent` list."""
    session = _seed_example(seeds)
    data = session["data"]
    start = datetime.datetime.fromisoformat(data["follower-recent"][0]["createdAt"].replace("Z", "+00:00"))
    for key in data:
        if key.endswith("-recent"):
            item = _ITEMS.get(key, _event)
            data[key] = [item(i, start) for i in range(RECENT_ITEMS)]
    return session


def payload_bytes(seeds: Path = SEEDS) -> bytes:
    """The payload as a server sends it: compact JSON, UTF-8."""
    return json.dumps(session_payload(seeds), separators=(",", ":")).encode()
