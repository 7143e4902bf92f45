"""The building blocks of the resource layer (`_resources.py`): environment defaults, debug logging, the resource
base class and the stand-in that imports a module on first use. Pages and raw responses are in `_pages.py`,
loaded with the first call that returns one. Requests, retries and errors stay in the engine (`client.py`), paging
in the paging engine (`_paging.py`).
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Sequence
from typing import Any, Final, Self, Unpack

import httpx

# What differs per API (rendered into each client): `LOG_ENV=debug` (or info) logs every request and response,
# with the token and auth headers masked.
from ._api import BASE_URL_ENV, LOG_ENV, TOKEN_ENV
from .client import USER_AGENT, AuthenticatedClient
from .errors import APIError, redact_text
from .types import RequestOptions

__all__ = [
    "BASE_URL_ENV",
    "LOG_ENV",
    "TOKEN_ENV",
    "USER_AGENT",
    "LazyModule",
    "MissingTokenError",
    "Resource",
]

MASKED: Final = "[REDACTED]"
SECRET_HEADERS: Final = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})

logger = logging.getLogger(__name__.rpartition(".")[0])


class MissingTokenError(APIError, ValueError):
    """No token was passed and the environment variable that holds it is not set."""


def env_token(token: str | None) -> str:
    """The token passed, else the one in the environment; a clear error naming the variable otherwise."""
    if token is not None:
        return token
    found = os.environ.get(TOKEN_ENV)
    if not found:
        raise MissingTokenError(f"no API token: pass token=... or set the environment variable {TOKEN_ENV}")
    return found


def env_base_url(base_url: str | None, default: str) -> str:
    return base_url or os.environ.get(BASE_URL_ENV) or default


def configure_logging() -> None:
    """Opt-in debug logging: `LOG_ENV=debug` (or `info`) sends this package's log records to stderr."""
    level = os.environ.get(LOG_ENV, "").strip().upper()
    if level not in ("DEBUG", "INFO") or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


def log_exchange(response: httpx.Response, secrets: Sequence[str]) -> None:
    """One debug record per request: method, URL, status, headers; tokens and auth headers masked."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    request = response.request
    logger.debug(
        "%s %s -> %s\n  request headers: %s\n  response headers: %s",
        request.method,
        _mask(str(request.url), secrets),
        response.status_code,
        _headers(request.headers, secrets),
        _headers(response.headers, secrets),
    )


def _headers(headers: httpx.Headers, secrets: Sequence[str]) -> dict[str, str]:
    return {
        name: MASKED if name.lower() in SECRET_HEADERS else _mask(value, secrets) for name, value in headers.items()
    }


def _mask(text: str, secrets: Sequence[str]) -> str:
    return redact_text(text, secrets)  # as error messages mask them: every echo form, a short token only whole


class LazyModule:
    """Stands in for a module until its first use, then puts the module itself in its place in `namespace`
    (the globals of the module that names it): importing the client imports no operation module, and calls after
    the first pay nothing for it."""

    __slots__ = ("_alias", "_name", "_namespace")

    def __init__(self, name: str, namespace: dict[str, Any], alias: str) -> None:
        self._name = name
        self._namespace = namespace
        self._alias = alias

    def __getattr__(self, attribute: str) -> Any:
        module = importlib.import_module(self._name)
        self._namespace[self._alias] = module
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<LazyModule {self._name!r} (not imported yet)>"


class Resource:
    """A node of the resource tree: the client it calls with, and per-call options (`with_options`)."""

    __slots__ = ("_client", "_options")

    def __init__(self, client: AuthenticatedClient, options: RequestOptions | None = None) -> None:
        self._client = client
        self._options: RequestOptions = options or {}

    def with_options(self, **options: Unpack[RequestOptions]) -> Self:
        """A copy of this resource whose calls use these options: timeout, max_retries, extra_headers."""
        merged = self._options.copy()
        merged.update(options)
        return type(self)(self._client, merged)

    def _merge(self, options: RequestOptions) -> RequestOptions:
        merged = self._options.copy()
        merged.update(options)
        return merged


# Pages and raw responses moved to _pages.py (loaded on first use); these names still resolve here.
_PAGES: Final = frozenset({"AsyncPage", "AsyncPager", "RawResponse", "SyncPage"})


def __getattr__(name: str) -> Any:
    if name not in _PAGES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__package__}._pages"), name)
