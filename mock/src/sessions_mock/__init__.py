"""sessions-clients-mock: the spec-driven mock of the sessions APIs, installable without a clone.

    sessions-mock NAME [--stateful] [--host H] [--port N] [--seed S] [--token T]   serve a mock
    sessions-mock proxy NAME --upstream URL [--report FILE]                        a validating proxy
    sessions-mock spec NAME [--overlaid] [--schemathesis-config FILE]              the served spec (JSON)
    sessions-mock contract NAME --base-url URL [--include-writes] [--rate-limit R] the contract run (schemathesis)

In Python: `load_spec(name)` (the bundled spec, overlays applied), `create_app(spec)` (an ASGI app),
`SyncASGITransport(app)` (in-process, for a sync httpx client), `serve_in_background(app)` (a real server on
127.0.0.1), `ValidatingProxy(spec, upstream)`. In pytest (a plugin, loaded on install): the fixtures
`<api>_mock` (a server on 127.0.0.1), `<api>_mock_app` (in-process) and the factory `sessions_mock`;
see `sessions_mock.pytest_plugin`.
"""

from __future__ import annotations

from ._bundle import api_names, load_spec
from ._core import DEFAULT_TOKEN, MockApp, SyncASGITransport, create_app
from ._core._documented import documented_spec, schemathesis_config
from ._core._serving import serve_in_background
from ._core.proxy import ValidatingProxy
from .envnames import EnvNames, env_names

__all__ = [
    "DEFAULT_TOKEN",
    "EnvNames",
    "MockApp",
    "SyncASGITransport",
    "ValidatingProxy",
    "api_names",
    "create_app",
    "documented_spec",
    "env_names",
    "load_spec",
    "schemathesis_config",
    "serve_in_background",
]
