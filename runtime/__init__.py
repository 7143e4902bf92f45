"""The runtime every generated client carries, as plain Python (see scripts/manifest.py: RUNTIME_MODULES).

Each module is copied verbatim into every client package at generation; only `_api.py` (the per-API facts) is
rendered per client, from `templates/_api.py.jinja`. Imported as `runtime.*` here, the modules use the stand-in
`runtime/_api.py`, so the engine is linted, type-checked and unit-tested without generating anything.
"""
