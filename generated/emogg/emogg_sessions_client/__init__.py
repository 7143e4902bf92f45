"""Emogg sessions client.

``from emogg_sessions_client import Emogg``, then ``Emogg()`` (token from the environment):
see the README. Every public name is importable from here; each loads on first use, so importing the package
(or a model, to decode stored JSON) costs little.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._async_resources import AsyncEmogg
    from ._pages import AsyncPage, AsyncPager, RawResponse, SyncPage
    from ._resources import Emogg
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
        CreateSessionBody,
        EmotionIntensity,
        EmotionsTimeline,
        EmotionsTimelineEntry,
        EmotionsTimelineEntryEmotions,
        Error,
        ExpandedObject,
        Sentiments,
        Session,
        SessionConfig,
        SessionEmotions,
        SessionEmotionsEmotions,
        SessionList,
        SessionMeta,
        SessionSource,
        TranscriptionSentiment,
        TranscriptionSentimentEntry,
        UpdateSessionBody,
    )

__version__ = "0.3.1"

_MODULES = {
    "Emogg": "_resources",
    "AsyncEmogg": "_async_resources",
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
    "CreateSessionBody": "models",
    "EmotionIntensity": "models",
    "EmotionsTimeline": "models",
    "EmotionsTimelineEntry": "models",
    "EmotionsTimelineEntryEmotions": "models",
    "Error": "models",
    "ExpandedObject": "models",
    "Sentiments": "models",
    "Session": "models",
    "SessionConfig": "models",
    "SessionEmotions": "models",
    "SessionEmotionsEmotions": "models",
    "SessionList": "models",
    "SessionMeta": "models",
    "SessionSource": "models",
    "TranscriptionSentiment": "models",
    "TranscriptionSentimentEntry": "models",
    "UpdateSessionBody": "models",
}

__all__ = [
    "__version__",
    "Emogg",
    "AsyncEmogg",
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
    "CreateSessionBody",
    "EmotionIntensity",
    "EmotionsTimeline",
    "EmotionsTimelineEntry",
    "EmotionsTimelineEntryEmotions",
    "Error",
    "ExpandedObject",
    "Sentiments",
    "Session",
    "SessionConfig",
    "SessionEmotions",
    "SessionEmotionsEmotions",
    "SessionList",
    "SessionMeta",
    "SessionSource",
    "TranscriptionSentiment",
    "TranscriptionSentimentEntry",
    "UpdateSessionBody",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib  # noqa: PLC0415

    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
