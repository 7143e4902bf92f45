"""Row 1: regenerating every client vs the bare generator; the drift check with unchanged inputs vs a regeneration.

Both sides run as the commands a developer runs, in fresh processes, on a throw-away copy of the repository's
inputs (the real generated/ is never touched):

- pipeline: `python -m scripts.regenerate --root COPY` (what `nox -s generate` runs): overlays, validation,
  generation into a staging folder, atomic swap;
- bare generator: the pinned generator (`scripts/generator.py`, which the templates need) once per client on the
  raw spec, with the same
  config file (per-client names merged in, as the pipeline does), the same templates and `--meta uv`;
  no overlays, no validation, no staging;
- drift check with unchanged inputs, right after a regeneration of the copy: the digest check
  `python -m scripts.lock --root COPY` (clients.lock against the tree, no generator run), the fast path of
  `nox -s check`; and the drift guard `python -m scripts.drift --root COPY` (a regeneration compared file by
  file), which `nox -s check` runs after it. Without the lock workflow only the drift guard is measured.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from scripts.bench._processes import Measured, measure
from scripts.bench._stats import Goal, Row, interleave, summarize

# The baseline must get exactly the pipeline's per-client config and template inputs, so it borrows them.
from scripts.manifest import MANIFEST_NAME, REPO_ROOT, load_manifest
from scripts.regenerate import generator_command
from scripts.yamlio import load_yaml, to_plain

__all__ = ["HAS_LOCK", "RegenWorkload", "regen_workload", "run"]

# The fast path of `nox -s check` when nothing changed: the lock's digests, when the lock workflow exists.
HAS_LOCK = importlib.util.find_spec("scripts.lock") is not None

# What a copy needs to regenerate and to check for drift (`clients.lock` once the lock workflow writes one).
_INPUTS = (MANIFEST_NAME, "clients.lock", "LICENSE", "specs", "overlays", "config", "templates", "mock")


class RegenWorkload:
    """A copy of the repository's inputs under `folder`, and the commands the rows compare."""

    def __init__(self, folder: Path) -> None:
        self.root = folder / "repo"
        self.root.mkdir()
        for name in _INPUTS:
            source = REPO_ROOT / name
            if source.is_dir():
                shutil.copytree(source, self.root / name, ignore=shutil.ignore_patterns("__pycache__"))
            elif source.is_file():
                shutil.copy2(source, self.root / name)
        self._bare_outputs = folder / "bare"
        self._bare_commands = self._prepare_bare(folder / "bare-inputs")
        self._round = 0

    def _prepare_bare(self, work: Path) -> list[list[str]]:
        manifest = load_manifest(self.root)
        commands = []
        for client in manifest.clients.values():
            inputs = work / client.name
            inputs.mkdir(parents=True)
            raw_spec = to_plain(load_yaml(client.spec))  # the generator wrapper reads JSON, as the pipeline hands it
            commands.append(generator_command(manifest, client, raw_spec, inputs, Path(f"{{out}}/{client.name}")))
        return commands

    def pipeline(self) -> Measured:
        return measure([sys.executable, "-m", "scripts.regenerate", "--root", str(self.root)], cwd=REPO_ROOT)

    def drift(self) -> Measured:
        return measure([sys.executable, "-m", "scripts.drift", "--root", str(self.root)], cwd=REPO_ROOT)

    def lock(self) -> Measured:
        return measure([sys.executable, "-m", "scripts.lock", "--root", str(self.root)], cwd=REPO_ROOT)

    def bare(self) -> Measured:
        """Every client through the bare generator, one after the other, into a fresh folder."""
        self._round += 1
        out = self._bare_outputs / str(self._round)
        out.mkdir(parents=True)
        runs = [
            measure([part.replace("{out}", str(out)) for part in command], cwd=out) for command in self._bare_commands
        ]
        shutil.rmtree(out)
        return Measured(seconds=sum(r.seconds for r in runs), peak_rss_mb=max(r.peak_rss_mb for r in runs))


@contextmanager
def regen_workload(*, warm: bool = True) -> Iterator[RegenWorkload]:
    """A workload in a temporary folder, removed after the block.

    `warm`: regenerate the copy once first, so that its generated/ matches its inputs (the drift check's
    premise) and the file system and bytecode caches are warm for the first timed round.
    """
    with tempfile.TemporaryDirectory(prefix="bench-regen-") as tmp:
        workload = RegenWorkload(Path(tmp))
        if warm:
            workload.pipeline()
        yield workload


def _seconds(command: Callable[[], Measured]) -> Callable[[], float]:
    return lambda: command().seconds


def run(quick: bool) -> list[Row]:
    rounds = 2 if quick else 4
    with regen_workload() as workload:
        commands = {"pipeline": workload.pipeline, "bare": workload.bare, "drift": workload.drift}
        if HAS_LOCK:
            commands["lock"] = workload.lock
        # The workload's own first regeneration warmed the caches: no warm-up round.
        results = interleave(rounds, {name: _seconds(command) for name, command in commands.items()}, warmup=0)
    clients = len(load_manifest().clients)
    regen = Row(
        benchmark="regen",
        title=f"regenerate {clients} clients",
        candidate="scripts.regenerate",
        baseline="bare generator",
        unit="s",
        goal=Goal("<=", 1.2),
        summary=summarize(results["pipeline"], results["bare"]),
        rounds=rounds,
    )
    drift = Row(
        benchmark="regen",
        title="drift guard, inputs unchanged",
        candidate="scripts.drift",
        baseline="regeneration",
        unit="s",
        goal=None if HAS_LOCK else Goal("<=", 0.1),
        summary=summarize(results["drift"], results["pipeline"]),
        rounds=rounds,
        note="regenerates to compare; `nox -s check` runs it after the lock check" if HAS_LOCK else "",
    )
    if not HAS_LOCK:
        return [regen, drift]
    lock = Row(
        benchmark="regen",
        title="drift check (lock), inputs unchanged",
        candidate="scripts.lock",
        baseline="regeneration",
        unit="s",
        goal=Goal("<=", 0.1),
        summary=summarize(results["lock"], results["pipeline"]),
        rounds=rounds,
    )
    return [regen, lock, drift]
