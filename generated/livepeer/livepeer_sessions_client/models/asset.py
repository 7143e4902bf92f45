from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.asset_type import AssetType
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_ASSET_FIELDS = frozenset(
    {
        "id",
        "source",
        "name",
        "type",
        "playbackId",
        "userId",
        "playbackUrl",
        "downloadUrl",
        "playbackPolicy",
        "creatorId",
        "profiles",
        "storage",
        "status",
        "projectId",
        "createdAt",
        "createdByTokenName",
        "size",
        "hash",
        "videoSpec",
        "objectStoreId",
    }
)


@_attrs_define
class Asset:
    """An asset: here, a clip made from a session. The fields of the vendor's `asset` schema; `id`, `name` and `source` are
    required, as the vendor says.

    """

    id: str
    """ Unique identifier of the asset. """
    source: AssetSource
    """ Where the asset came from; `type` says which of the other fields apply. """
    name: str
    """ The name of the asset; not necessarily the filename. """
    type_: AssetType | Unset = UNSET
    """ Type of the asset. """
    playback_id: str | Unset = UNSET
    """ The playback ID to use with the Playback Info endpoint to retrieve playback URLs. """
    user_id: str | Unset = UNSET
    """ Identifier of the user who owns the asset (deprecated). """
    playback_url: str | Unset = UNSET
    """ URL for HLS playback. The vendor recommends playback IDs and the Playback Info endpoint instead: this URL
    format is subject to change. """
    download_url: str | Unset = UNSET
    """ The URL to directly download the asset; not recommended for playback. """
    playback_policy: None | PlaybackPolicy | Unset = UNSET
    """ Whether the playback policy for the asset is public or signed. """
    creator_id: CreatorId | Unset = UNSET
    """ The developer-managed ID of the user who created the resource. """
    profiles: list[AssetProfile] | Unset = UNSET
    """ Requested profiles for the asset to be transcoded into. If this is a recording, the source is not in this
    list but is available for playback. """
    storage: AssetStorage | Unset = UNSET
    """ Where the asset is stored besides Livepeer (IPFS). """
    status: AssetStatus | Unset = UNSET
    """ Status of the asset. """
    project_id: str | Unset = UNSET
    """ The ID of the project. """
    created_at: float | Unset = UNSET
    """ Timestamp (in milliseconds) at which the asset was created. """
    created_by_token_name: str | Unset = UNSET
    """ Name of the token used to create this object. """
    size: float | Unset = UNSET
    """ Size of the asset in bytes. """
    hash_: list[AssetHash] | None | Unset = UNSET
    """ Hashes of the asset. """
    video_spec: VideoSpec | Unset = UNSET
    """ Video metadata. """
    object_store_id: str | Unset = UNSET
    """ The object store holding the asset's files. Not in the vendor's schema; set by its server on clip rows. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        id = self.id

        source = self.source.to_dict()

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        playback_id = self.playback_id

        user_id = self.user_id

        playback_url = self.playback_url

        download_url = self.download_url

        playback_policy: dict[str, Any] | None | Unset
        if isinstance(self.playback_policy, Unset):
            playback_policy = UNSET
        elif isinstance(self.playback_policy, PlaybackPolicy):
            playback_policy = self.playback_policy.to_dict()
        else:
            playback_policy = self.playback_policy

        creator_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator_id, Unset):
            creator_id = self.creator_id.to_dict()

        profiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.profiles, Unset):
            profiles = []
            for profiles_item_data in self.profiles:
                profiles_item = profiles_item_data.to_dict()
                profiles.append(profiles_item)

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        project_id = self.project_id

        created_at = self.created_at

        created_by_token_name = self.created_by_token_name

        size = self.size

        hash_: list[dict[str, Any]] | None | Unset
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        elif isinstance(self.hash_, list):
            hash_ = []
            for hash_type_0_item_data in self.hash_:
                hash_type_0_item = hash_type_0_item_data.to_dict()
                hash_.append(hash_type_0_item)

        else:
            hash_ = self.hash_

        video_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_spec, Unset):
            video_spec = self.video_spec.to_dict()

        object_store_id = self.object_store_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "id": id,
                "source": source,
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if playback_id is not UNSET:
            field_dict["playbackId"] = playback_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if playback_url is not UNSET:
            field_dict["playbackUrl"] = playback_url
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url
        if playback_policy is not UNSET:
            field_dict["playbackPolicy"] = playback_policy
        if creator_id is not UNSET:
            field_dict["creatorId"] = creator_id
        if profiles is not UNSET:
            field_dict["profiles"] = profiles
        if storage is not UNSET:
            field_dict["storage"] = storage
        if status is not UNSET:
            field_dict["status"] = status
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by_token_name is not UNSET:
            field_dict["createdByTokenName"] = created_by_token_name
        if size is not UNSET:
            field_dict["size"] = size
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if video_spec is not UNSET:
            field_dict["videoSpec"] = video_spec
        if object_store_id is not UNSET:
            field_dict["objectStoreId"] = object_store_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            id = src_dict["id"]
            if not isinstance(id, str):
                raise DecodeError.expected("a string", id)

        except Exception as exc:
            raise DecodeError.at("id", exc)

        try:
            source = AssetSource.from_dict(src_dict["source"])

        except Exception as exc:
            raise DecodeError.at("source", exc)

        try:
            name = src_dict["name"]
            if not isinstance(name, str):
                raise DecodeError.expected("a string", name)

        except Exception as exc:
            raise DecodeError.at("name", exc)

        try:
            _type_ = src_dict.get("type", UNSET)
            type_: AssetType | Unset
            if isinstance(_type_, str):
                type_ = AssetType(_type_)
            elif isinstance(_type_, Unset):
                type_ = UNSET
            else:
                raise DecodeError.expected("a string", _type_)

        except Exception as exc:
            raise DecodeError.at("type", exc)

        try:
            playback_id = src_dict.get("playbackId", UNSET)
            if playback_id is not UNSET and (not isinstance(playback_id, str)):
                raise DecodeError.expected("a string", playback_id)

        except Exception as exc:
            raise DecodeError.at("playbackId", exc)

        try:
            user_id = src_dict.get("userId", UNSET)
            if user_id is not UNSET and (not isinstance(user_id, str)):
                raise DecodeError.expected("a string", user_id)

        except Exception as exc:
            raise DecodeError.at("userId", exc)

        try:
            playback_url = src_dict.get("playbackUrl", UNSET)
            if playback_url is not UNSET and (not isinstance(playback_url, str)):
                raise DecodeError.expected("a string", playback_url)

        except Exception as exc:
            raise DecodeError.at("playbackUrl", exc)

        try:
            download_url = src_dict.get("downloadUrl", UNSET)
            if download_url is not UNSET and (not isinstance(download_url, str)):
                raise DecodeError.expected("a string", download_url)

        except Exception as exc:
            raise DecodeError.at("downloadUrl", exc)

        try:
            _playback_policy = src_dict.get("playbackPolicy", UNSET)
            playback_policy: None | PlaybackPolicy | Unset
            if isinstance(_playback_policy, dict):
                playback_policy_type_0 = PlaybackPolicy.from_dict(_playback_policy)

                playback_policy = playback_policy_type_0
            elif _playback_policy is None:
                playback_policy = None
            elif isinstance(_playback_policy, Unset):
                playback_policy = UNSET
            else:
                raise DecodeError.expected("an object or null", _playback_policy)

        except Exception as exc:
            raise DecodeError.at("playbackPolicy", exc)

        try:
            _creator_id = src_dict.get("creatorId", UNSET)
            creator_id: CreatorId | Unset
            if _creator_id is UNSET:
                creator_id = UNSET
            else:
                creator_id = CreatorId.from_dict(_creator_id)

        except Exception as exc:
            raise DecodeError.at("creatorId", exc)

        try:
            _profiles = src_dict.get("profiles", UNSET)
            profiles: list[AssetProfile] | Unset = UNSET
            if _profiles is not UNSET:
                if not isinstance(_profiles, list):
                    raise DecodeError.expected("an array", _profiles)
                profiles = []
                for profiles_index, profiles_item_data in enumerate(_profiles):
                    try:
                        profiles_item = AssetProfile.from_dict(profiles_item_data)

                    except Exception as exc:
                        raise DecodeError.at(profiles_index, exc)
                    profiles.append(profiles_item)

        except Exception as exc:
            raise DecodeError.at("profiles", exc)

        try:
            _storage = src_dict.get("storage", UNSET)
            storage: AssetStorage | Unset
            if _storage is UNSET:
                storage = UNSET
            else:
                storage = AssetStorage.from_dict(_storage)

        except Exception as exc:
            raise DecodeError.at("storage", exc)

        try:
            _status = src_dict.get("status", UNSET)
            status: AssetStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = AssetStatus.from_dict(_status)

        except Exception as exc:
            raise DecodeError.at("status", exc)

        try:
            project_id = src_dict.get("projectId", UNSET)
            if project_id is not UNSET and (not isinstance(project_id, str)):
                raise DecodeError.expected("a string", project_id)

        except Exception as exc:
            raise DecodeError.at("projectId", exc)

        try:
            created_at = src_dict.get("createdAt", UNSET)
            if created_at is not UNSET and (isinstance(created_at, bool) or not isinstance(created_at, (int, float))):
                raise DecodeError.expected("a number", created_at)

        except Exception as exc:
            raise DecodeError.at("createdAt", exc)

        try:
            created_by_token_name = src_dict.get("createdByTokenName", UNSET)
            if created_by_token_name is not UNSET and (not isinstance(created_by_token_name, str)):
                raise DecodeError.expected("a string", created_by_token_name)

        except Exception as exc:
            raise DecodeError.at("createdByTokenName", exc)

        try:
            size = src_dict.get("size", UNSET)
            if size is not UNSET and (isinstance(size, bool) or not isinstance(size, (int, float))):
                raise DecodeError.expected("a number", size)

        except Exception as exc:
            raise DecodeError.at("size", exc)

        try:
            _hash_ = src_dict.get("hash", UNSET)
            hash_: list[AssetHash] | None | Unset
            if isinstance(_hash_, list):
                _hash_type_0 = _hash_
                if not isinstance(_hash_type_0, list):
                    raise DecodeError.expected("an array", _hash_type_0)
                hash_type_0 = []
                for hash_type_0_index, hash_type_0_item_data in enumerate(_hash_type_0):
                    try:
                        hash_type_0_item = AssetHash.from_dict(hash_type_0_item_data)

                    except Exception as exc:
                        raise DecodeError.at(hash_type_0_index, exc)
                    hash_type_0.append(hash_type_0_item)

                hash_ = hash_type_0
            elif _hash_ is None:
                hash_ = None
            elif isinstance(_hash_, Unset):
                hash_ = UNSET
            else:
                raise DecodeError.expected("an array or null", _hash_)

        except Exception as exc:
            raise DecodeError.at("hash", exc)

        try:
            _video_spec = src_dict.get("videoSpec", UNSET)
            video_spec: VideoSpec | Unset
            if _video_spec is UNSET:
                video_spec = UNSET
            else:
                video_spec = VideoSpec.from_dict(_video_spec)

        except Exception as exc:
            raise DecodeError.at("videoSpec", exc)

        try:
            object_store_id = src_dict.get("objectStoreId", UNSET)
            if object_store_id is not UNSET and (not isinstance(object_store_id, str)):
                raise DecodeError.expected("a string", object_store_id)

        except Exception as exc:
            raise DecodeError.at("objectStoreId", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        asset = cls(
            id,
            source,
            name,
            type_,
            playback_id,
            user_id,
            playback_url,
            download_url,
            playback_policy,
            creator_id,
            profiles,
            storage,
            status,
            project_id,
            created_at,
            created_by_token_name,
            size,
            hash_,
            video_spec,
            object_store_id,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _ASSET_FIELDS:
            asset.additional_properties = {key: value for key, value in src_dict.items() if key not in _ASSET_FIELDS}
        return asset

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.asset_hash import AssetHash  # noqa: E402
from ..models.asset_profile import AssetProfile  # noqa: E402
from ..models.asset_source import AssetSource  # noqa: E402
from ..models.asset_status import AssetStatus  # noqa: E402
from ..models.asset_storage import AssetStorage  # noqa: E402
from ..models.creator_id import CreatorId  # noqa: E402
from ..models.playback_policy import PlaybackPolicy  # noqa: E402
from ..models.video_spec import VideoSpec  # noqa: E402
