"""Livepeer Studio sessions client.

``from livepeer_sessions_client import Livepeer``, then ``Livepeer()`` (token from the environment):
see the README. Every public name is importable from here; each loads on first use, so importing the package
(or a model, to decode stored JSON) costs little.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._async_resources import AsyncLivepeer
    from ._pages import AsyncPage, AsyncPager, RawResponse, SyncPage
    from ._resources import Livepeer
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
        Asset,
        AssetHash,
        AssetIpfs,
        AssetIpfsSpec,
        AssetIpfsSpecNftMetadataTemplate,
        AssetProfile,
        AssetProfileEncoder,
        AssetProfileProfile,
        AssetSource,
        AssetSourceType,
        AssetStatus,
        AssetStatusPhase,
        AssetStorage,
        AssetType,
        CreatorId,
        CreatorIdType,
        ErrorBody,
        IpfsFileInfo,
        PlaybackPolicy,
        PlaybackPolicyType,
        Session,
        StorageStatus,
        StorageStatusPhase,
        StorageTasks,
        TranscodeProfile,
        VideoSpec,
        VideoTrack,
        VideoTrackType,
    )

__version__ = "0.3.1"

_MODULES = {
    "Livepeer": "_resources",
    "AsyncLivepeer": "_async_resources",
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
    "Asset": "models",
    "AssetHash": "models",
    "AssetIpfs": "models",
    "AssetIpfsSpec": "models",
    "AssetIpfsSpecNftMetadataTemplate": "models",
    "AssetProfile": "models",
    "AssetProfileEncoder": "models",
    "AssetProfileProfile": "models",
    "AssetSource": "models",
    "AssetSourceType": "models",
    "AssetStatus": "models",
    "AssetStatusPhase": "models",
    "AssetStorage": "models",
    "AssetType": "models",
    "CreatorId": "models",
    "CreatorIdType": "models",
    "ErrorBody": "models",
    "IpfsFileInfo": "models",
    "PlaybackPolicy": "models",
    "PlaybackPolicyType": "models",
    "Session": "models",
    "StorageStatus": "models",
    "StorageStatusPhase": "models",
    "StorageTasks": "models",
    "TranscodeProfile": "models",
    "VideoSpec": "models",
    "VideoTrack": "models",
    "VideoTrackType": "models",
}

__all__ = [
    "__version__",
    "Livepeer",
    "AsyncLivepeer",
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
    "Asset",
    "AssetHash",
    "AssetIpfs",
    "AssetIpfsSpec",
    "AssetIpfsSpecNftMetadataTemplate",
    "AssetProfile",
    "AssetProfileEncoder",
    "AssetProfileProfile",
    "AssetSource",
    "AssetSourceType",
    "AssetStatus",
    "AssetStatusPhase",
    "AssetStorage",
    "AssetType",
    "CreatorId",
    "CreatorIdType",
    "ErrorBody",
    "IpfsFileInfo",
    "PlaybackPolicy",
    "PlaybackPolicyType",
    "Session",
    "StorageStatus",
    "StorageStatusPhase",
    "StorageTasks",
    "TranscodeProfile",
    "VideoSpec",
    "VideoTrack",
    "VideoTrackType",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib  # noqa: PLC0415

    return getattr(importlib.import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
