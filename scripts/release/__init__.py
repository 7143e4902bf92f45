"""Releasing the clients: versions, the breaking-change gate, changelogs, reproducible builds and publishing.

The maintainer's path after a vendor's docs change (each step a nox session over a module here):

    nox -s generate        specs + overlays -> generated/ and clients.lock      (scripts/regenerate.py, lock.py)
    nox -s bump            next version per client + changelogs/NAME.md          bump.py
    nox -s check           lock digests (fast), then regenerate to verify        (scripts/lock.py, drift.py)
    nox -s build           lock + gate, then wheel and sdist into dist/           build.py
    nox -s publish -- --repository-url URL                                        publish.py

Modules, lower ones imported by higher ones:
    versions   SemVer levels and the 0.x rule (pure)
    face       the public face users call (facades, resources, pages, errors, models, api/), read with griffe
    api        public-API comparison with griffe (pure); `--update` writes the signature snapshots (signatures/)
    baseline   the last release of a client: a git tag, else HEAD
    gate       assess a generated package against its baseline
    changelog  spec diff + API diff -> changelog entry
    bump, build, publish   the commands
"""
