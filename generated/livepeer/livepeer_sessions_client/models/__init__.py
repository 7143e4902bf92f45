"""Contains all the data models used in inputs/outputs"""

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
