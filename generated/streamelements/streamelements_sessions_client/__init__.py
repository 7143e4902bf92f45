"""StreamElements Kappa sessions client.

``from streamelements_sessions_client import StreamElements``, then ``StreamElements()`` (token from the environment):
see the README. Every public name is importable from here; each loads on first use, so importing the package
(or a model, to decode stored JSON) costs little.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._async_resources import AsyncStreamElements
    from ._pages import AsyncPage, AsyncPager, RawResponse, SyncPage
    from ._resources import StreamElements
    from ._sdk import MissingTokenError
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
        NotFoundOnRetryError,
        PageLimitError,
        PermissionDeniedError,
        RateLimitError,
        UnprocessableEntityError,
    )
    from .models import (
        Amount,
        AmountRecent,
        AmountValue,
        BoomError,
        BoomErrorDetail,
        Count,
        CountValue,
        FollowerLatest,
        FollowerRecent,
        LatestDonation,
        LatestFollower,
        LatestHost,
        LatestSubscriber,
        LatestWithMessage,
        LegacySession,
        LegacySessionData,
        RecentEvent,
        RecentFollower,
        RecentTip,
        Session,
        SessionData,
        SessionSettings,
        SessionSettingsUpdate,
        SessionUpdate,
        SubscriberLatest,
        SubscriberRecent,
        TopDonation,
        TopEvent,
        TopUserAmount,
    )

__version__ = "0.3.1"

_MODULES = {
    "StreamElements": "_resources",
    "AsyncStreamElements": "_async_resources",
    "AuthenticatedClient": "client",
    "Client": "client",
    "MissingTokenError": "_sdk",
    "AsyncPage": "_pages",
    "AsyncPager": "_pages",
    "RawResponse": "_pages",
    "SyncPage": "_pages",
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
    "NotFoundOnRetryError": "errors",
    "PageLimitError": "errors",
    "PermissionDeniedError": "errors",
    "RateLimitError": "errors",
    "UnprocessableEntityError": "errors",
    "Amount": "models",
    "AmountRecent": "models",
    "AmountValue": "models",
    "BoomError": "models",
    "BoomErrorDetail": "models",
    "Count": "models",
    "CountValue": "models",
    "FollowerLatest": "models",
    "FollowerRecent": "models",
    "LatestDonation": "models",
    "LatestFollower": "models",
    "LatestHost": "models",
    "LatestSubscriber": "models",
    "LatestWithMessage": "models",
    "LegacySession": "models",
    "LegacySessionData": "models",
    "RecentEvent": "models",
    "RecentFollower": "models",
    "RecentTip": "models",
    "Session": "models",
    "SessionData": "models",
    "SessionSettings": "models",
    "SessionSettingsUpdate": "models",
    "SessionUpdate": "models",
    "SubscriberLatest": "models",
    "SubscriberRecent": "models",
    "TopDonation": "models",
    "TopEvent": "models",
    "TopUserAmount": "models",
}

__all__ = [
    "__version__",
    "StreamElements",
    "AsyncStreamElements",
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
    "NotFoundOnRetryError",
    "PageLimitError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "Amount",
    "AmountRecent",
    "AmountValue",
    "BoomError",
    "BoomErrorDetail",
    "Count",
    "CountValue",
    "FollowerLatest",
    "FollowerRecent",
    "LatestDonation",
    "LatestFollower",
    "LatestHost",
    "LatestSubscriber",
    "LatestWithMessage",
    "LegacySession",
    "LegacySessionData",
    "RecentEvent",
    "RecentFollower",
    "RecentTip",
    "Session",
    "SessionData",
    "SessionSettings",
    "SessionSettingsUpdate",
    "SessionUpdate",
    "SubscriberLatest",
    "SubscriberRecent",
    "TopDonation",
    "TopEvent",
    "TopUserAmount",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib  # noqa: PLC0415

    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
