"""Benchmarks of the product against its anchors (`nox -s bench`, `python -m scripts.bench`).

Every figure is a ratio against a baseline measured in the same run, rounds interleaved; see `_stats`.
One module per benchmark, each with `run(quick) -> list[Row]`:

- `regen`: regenerating every client vs the bare generator; the drift check vs a regeneration;
- `call`: a generated client's sync call vs raw httpx, against a local uvicorn server;
- `parse`: parsing the session payload into the generated models vs pydantic and msgspec;
- `imports`: cold start of each client to its first decoded response vs httpx alone (and, without a goal,
  importing every operation and model vs `import httpx`);
- `contract`: contract cases per second, our in-process suite vs the schemathesis CLI against Prism;
- `memory`: peak RSS of a regeneration vs the bare generator's.

Results go to `.bench/results-<stamp>.json` and `.bench/latest.json` (git-ignored).
"""
