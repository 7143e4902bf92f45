"""Row 7: memory retained by a list of 1,000 Livepeer sessions, the generated models vs pydantic v2.

Each side parses the same bytes (1,000 copies of the spec's example session, each with its own id) in a fresh
interpreter and keeps the result; the figure is what `tracemalloc` counts as still allocated after a garbage
collection, minus what was allocated before the parse (the input bytes are allocated before, on both sides).
pydantic-core builds its Python objects through CPython's allocator, so tracemalloc sees them too.

The pydantic model is made from the spec's `Session` properties (numbers as float, open objects as dicts,
`extra="allow"` as the generated models keep unknown fields), so the two stay in step with the spec.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys

from scripts.bench._processes import ProcessFailed, tool_env
from scripts.bench._stats import Goal, Row, interleave, summarize
from scripts.manifest import REPO_ROOT

__all__ = ["SESSIONS", "run"]

SESSIONS = 1000

# Runs in the child: prints the bytes retained by the parsed list.
_CHILD = """
import gc, json, sys, tracemalloc
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from scripts.sources import resolved_spec

side, count = sys.argv[1], int(sys.argv[2])
spec = resolved_spec("livepeer")
media = spec["paths"]["/session"]["get"]["responses"]["200"]["content"]["application/json"]
(example,) = next(iter(media["examples"].values()))["value"][:1]
raw = json.dumps([{**example, "id": f"{example['id'][:-8]}{n:08d}"} for n in range(count)]).encode()

if side == "generated":
    from livepeer_sessions_client.models import Session
    from livepeer_sessions_client.types import decode_json

    def parse() -> Any:
        return [Session.from_dict(item) for item in decode_json(raw)]
else:
    kinds = {"string": str, "number": float, "integer": int, "boolean": bool, "array": list, "object": dict}

    def kind(schema: dict) -> Any:
        named = schema.get("type")
        named = [t for t in named if t != "null"][0] if isinstance(named, list) else named
        return kinds.get(named, Any) | None

    class Open(BaseModel):
        model_config = ConfigDict(extra="allow", populate_by_name=True)

    fields = {
        name.replace("-", "_") + "_": (kind(schema), Field(default=None, alias=name))
        for name, schema in spec["components"]["schemas"]["Session"]["properties"].items()
    }
    PSession = create_model("PSession", __base__=Open, **fields)

    def parse() -> Any:
        return [PSession.model_validate(item) for item in json.loads(raw)]

parse()  # imports, caches and interned names are not what this row measures
gc.collect()
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
kept = parse()
gc.collect()
after = tracemalloc.get_traced_memory()[0]
assert len(kept) == count
print(after - before)
"""


def _retained(side: str) -> float:
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, side, str(SESSIONS)],
        cwd=REPO_ROOT,
        env=tool_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise ProcessFailed(f"retained memory ({side}): {result.stderr.strip()[-800:]}")
    return float(json.loads(result.stdout.strip().splitlines()[-1])) / 1e6


def run(quick: bool) -> list[Row]:
    rounds = 1 if quick else 3  # allocation counts barely move between runs
    contenders = {side: functools.partial(_retained, side) for side in ("generated", "pydantic")}
    results = interleave(rounds, contenders, warmup=0)
    return [
        Row(
            benchmark="retained",
            title=f"memory retained by {SESSIONS:,} Livepeer sessions",
            candidate="generated models",
            baseline="pydantic v2 models",
            unit="MB",
            goal=Goal("<=", 0.50),
            summary=summarize(results["generated"], results["pydantic"]),
            rounds=rounds,
            note="tracemalloc after gc, in a fresh interpreter per side; the same bytes parsed on both sides",
        )
    ]
