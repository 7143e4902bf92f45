"""mypy --strict over every generated client, each from its own distribution folder."""

from __future__ import annotations

import subprocess
import sys
import tempfile

from scripts.manifest import load_manifest

__all__ = ["main"]


def main() -> int:
    manifest = load_manifest()
    failed = []
    # The cache goes to a temporary folder: generated/ holds distributions and nothing else.
    with tempfile.TemporaryDirectory(prefix="mypy-") as cache:
        for client in manifest.clients.values():
            folder = manifest.generated / client.name
            command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", cache, client.package]
            print(f"mypy --strict generated/{client.name}/{client.package}", flush=True)
            if subprocess.run(command, cwd=folder, check=False).returncode != 0:
                failed.append(client.name)
    if failed:
        print(f"mypy --strict failed for: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
