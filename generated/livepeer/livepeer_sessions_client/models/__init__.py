"""Contains all the data models used in inputs/outputs.

Each model loads on first use (a module `__getattr__`, PEP 562): a call imports the models its response needs,
not all of them (the import budget is httpx plus 10 %; see scripts/bench/imports.py).
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .asset import Asset
    from .asset_hash import AssetHash
    from .asset_ipfs import AssetIpfs
    from .asset_ipfs_spec import AssetIpfsSpec
    from .asset_ipfs_spec_nft_metadata_template import AssetIpfsSpecNftMetadataTemplate
    from .asset_profile import AssetProfile
    from .asset_profile_encoder import AssetProfileEncoder
    from .asset_profile_profile import AssetProfileProfile
    from .asset_source import AssetSource
    from .asset_source_type import AssetSourceType
    from .asset_status import AssetStatus
    from .asset_status_phase import AssetStatusPhase
    from .asset_storage import AssetStorage
    from .asset_type import AssetType
    from .creator_id import CreatorId
    from .creator_id_type import CreatorIdType
    from .error_body import ErrorBody
    from .ipfs_file_info import IpfsFileInfo
    from .playback_policy import PlaybackPolicy
    from .playback_policy_type import PlaybackPolicyType
    from .session import Session
    from .storage_status import StorageStatus
    from .storage_status_phase import StorageStatusPhase
    from .storage_tasks import StorageTasks
    from .transcode_profile import TranscodeProfile
    from .video_spec import VideoSpec
    from .video_track import VideoTrack
    from .video_track_type import VideoTrackType

_MODULES = {
    "Asset": ".asset",
    "AssetHash": ".asset_hash",
    "AssetIpfs": ".asset_ipfs",
    "AssetIpfsSpec": ".asset_ipfs_spec",
    "AssetIpfsSpecNftMetadataTemplate": ".asset_ipfs_spec_nft_metadata_template",
    "AssetProfile": ".asset_profile",
    "AssetProfileEncoder": ".asset_profile_encoder",
    "AssetProfileProfile": ".asset_profile_profile",
    "AssetSource": ".asset_source",
    "AssetSourceType": ".asset_source_type",
    "AssetStatus": ".asset_status",
    "AssetStatusPhase": ".asset_status_phase",
    "AssetStorage": ".asset_storage",
    "AssetType": ".asset_type",
    "CreatorId": ".creator_id",
    "CreatorIdType": ".creator_id_type",
    "ErrorBody": ".error_body",
    "IpfsFileInfo": ".ipfs_file_info",
    "PlaybackPolicy": ".playback_policy",
    "PlaybackPolicyType": ".playback_policy_type",
    "Session": ".session",
    "StorageStatus": ".storage_status",
    "StorageStatusPhase": ".storage_status_phase",
    "StorageTasks": ".storage_tasks",
    "TranscodeProfile": ".transcode_profile",
    "VideoSpec": ".video_spec",
    "VideoTrack": ".video_track",
    "VideoTrackType": ".video_track_type",
}

__all__ = (
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
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib  # noqa: PLC0415

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later look-ups find it without calling here
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
