"""Cloudflare RealtimeKit sessions client.

``from cloudflare_realtimekit_sessions_client import CloudflareRealtimeKit``, then ``CloudflareRealtimeKit()`` (token from the environment):
see the README. Every public name is importable from here; each loads on first use, so importing the package
(or a model, to decode stored JSON) costs little.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._resources import AsyncCloudflareRealtimeKit, CloudflareRealtimeKit
    from ._sdk import AsyncPage, AsyncPager, MissingTokenError, RawResponse, SyncPage
    from .client import AuthenticatedClient, Client
    from .errors import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        DecodeError,
        InternalServerError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        UnprocessableEntityError,
    )
    from .models import (
        ErrorEnvelope,
        ListSessionsResponse,
        ResponseMessage,
        Session,
        SessionList,
        SessionSortBy,
        SessionStatus,
        SessionType,
        SortOrder,
    )

__version__ = "0.1.0"

_MODULES = {
    "CloudflareRealtimeKit": "_resources",
    "AsyncCloudflareRealtimeKit": "_resources",
    "AuthenticatedClient": "client",
    "Client": "client",
    "AsyncPage": "_sdk",
    "AsyncPager": "_sdk",
    "MissingTokenError": "_sdk",
    "RawResponse": "_sdk",
    "SyncPage": "_sdk",
    "APIConnectionError": "errors",
    "APIError": "errors",
    "APIStatusError": "errors",
    "APITimeoutError": "errors",
    "AuthenticationError": "errors",
    "BadRequestError": "errors",
    "ConflictError": "errors",
    "DecodeError": "errors",
    "InternalServerError": "errors",
    "NotFoundError": "errors",
    "PermissionDeniedError": "errors",
    "RateLimitError": "errors",
    "UnprocessableEntityError": "errors",
    "ErrorEnvelope": "models",
    "ListSessionsResponse": "models",
    "ResponseMessage": "models",
    "Session": "models",
    "SessionList": "models",
    "SessionSortBy": "models",
    "SessionStatus": "models",
    "SessionType": "models",
    "SortOrder": "models",
}

__all__ = [
    "__version__",
    "CloudflareRealtimeKit",
    "AsyncCloudflareRealtimeKit",
    "AuthenticatedClient",
    "Client",
    "AsyncPage",
    "AsyncPager",
    "MissingTokenError",
    "RawResponse",
    "SyncPage",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DecodeError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "ErrorEnvelope",
    "ListSessionsResponse",
    "ResponseMessage",
    "Session",
    "SessionList",
    "SessionSortBy",
    "SessionStatus",
    "SessionType",
    "SortOrder",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib  # noqa: PLC0415

    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
