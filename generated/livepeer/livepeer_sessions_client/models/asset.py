from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.asset_type import AssetType
from ..types import UNSET, Unset, _ModelBase

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
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class Asset(_ModelBase):
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
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            id = src_dict["id"]
            if type(id) is not str and not isinstance(id, str):
                raise DecodeError.expected("a string", id)

        except Exception as exc:
            raise DecodeError.at("id", exc)

        try:
            source = AssetSource.from_dict(src_dict["source"])

        except Exception as exc:
            raise DecodeError.at("source", exc)

        try:
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise DecodeError.expected("a string", name)

        except Exception as exc:
            raise DecodeError.at("name", exc)

        try:
            _type_ = _src_get("type", UNSET)
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
            playback_id = _src_get("playbackId", UNSET)
            if playback_id is not UNSET and (type(playback_id) is not str and not isinstance(playback_id, str)):
                raise DecodeError.expected("a string", playback_id)

        except Exception as exc:
            raise DecodeError.at("playbackId", exc)

        try:
            user_id = _src_get("userId", UNSET)
            if user_id is not UNSET and (type(user_id) is not str and not isinstance(user_id, str)):
                raise DecodeError.expected("a string", user_id)

        except Exception as exc:
            raise DecodeError.at("userId", exc)

        try:
            playback_url = _src_get("playbackUrl", UNSET)
            if playback_url is not UNSET and (type(playback_url) is not str and not isinstance(playback_url, str)):
                raise DecodeError.expected("a string", playback_url)

        except Exception as exc:
            raise DecodeError.at("playbackUrl", exc)

        try:
            download_url = _src_get("downloadUrl", UNSET)
            if download_url is not UNSET and (type(download_url) is not str and not isinstance(download_url, str)):
                raise DecodeError.expected("a string", download_url)

        except Exception as exc:
            raise DecodeError.at("downloadUrl", exc)

        try:
            _playback_policy = _src_get("playbackPolicy", UNSET)
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
            creator_id = _src_get("creatorId", UNSET)
            if creator_id is not UNSET:
                creator_id = CreatorId.from_dict(creator_id)

        except Exception as exc:
            raise DecodeError.at("creatorId", exc)

        try:
            _profiles = _src_get("profiles", UNSET)
            profiles: list[AssetProfile] | Unset = UNSET
            if _profiles is not UNSET:
                if not isinstance(_profiles, list):
                    raise DecodeError.expected("an array", _profiles)
                try:
                    profiles = list(map(AssetProfile.from_dict, _profiles))
                except Exception:
                    for profiles_index, profiles_item_data in enumerate(_profiles):
                        try:
                            AssetProfile.from_dict(profiles_item_data)
                        except Exception as exc:
                            raise DecodeError.at(profiles_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("profiles", exc)

        try:
            storage = _src_get("storage", UNSET)
            if storage is not UNSET:
                storage = AssetStorage.from_dict(storage)

        except Exception as exc:
            raise DecodeError.at("storage", exc)

        try:
            status = _src_get("status", UNSET)
            if status is not UNSET:
                status = AssetStatus.from_dict(status)

        except Exception as exc:
            raise DecodeError.at("status", exc)

        try:
            project_id = _src_get("projectId", UNSET)
            if project_id is not UNSET and (type(project_id) is not str and not isinstance(project_id, str)):
                raise DecodeError.expected("a string", project_id)

        except Exception as exc:
            raise DecodeError.at("projectId", exc)

        try:
            created_at = _src_get("createdAt", UNSET)
            if created_at is not UNSET and (
                type(created_at) is not float
                and type(created_at) is not int
                and (isinstance(created_at, bool) or not isinstance(created_at, (int, float)))
            ):
                raise DecodeError.expected("a number", created_at)

        except Exception as exc:
            raise DecodeError.at("createdAt", exc)

        try:
            created_by_token_name = _src_get("createdByTokenName", UNSET)
            if created_by_token_name is not UNSET and (
                type(created_by_token_name) is not str and not isinstance(created_by_token_name, str)
            ):
                raise DecodeError.expected("a string", created_by_token_name)

        except Exception as exc:
            raise DecodeError.at("createdByTokenName", exc)

        try:
            size = _src_get("size", UNSET)
            if size is not UNSET and (
                type(size) is not float
                and type(size) is not int
                and (isinstance(size, bool) or not isinstance(size, (int, float)))
            ):
                raise DecodeError.expected("a number", size)

        except Exception as exc:
            raise DecodeError.at("size", exc)

        try:
            _hash_ = _src_get("hash", UNSET)
            hash_: list[AssetHash] | None | Unset
            if isinstance(_hash_, list):
                _hash_type_0 = _hash_
                if not isinstance(_hash_type_0, list):
                    raise DecodeError.expected("an array", _hash_type_0)
                try:
                    hash_type_0 = list(map(AssetHash.from_dict, _hash_type_0))
                except Exception:
                    for hash_type_0_index, hash_type_0_item_data in enumerate(_hash_type_0):
                        try:
                            AssetHash.from_dict(hash_type_0_item_data)
                        except Exception as exc:
                            raise DecodeError.at(hash_type_0_index, exc)
                    raise

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
            video_spec = _src_get("videoSpec", UNSET)
            if video_spec is not UNSET:
                video_spec = VideoSpec.from_dict(video_spec)

        except Exception as exc:
            raise DecodeError.at("videoSpec", exc)

        try:
            object_store_id = _src_get("objectStoreId", UNSET)
            if object_store_id is not UNSET and (
                type(object_store_id) is not str and not isinstance(object_store_id, str)
            ):
                raise DecodeError.expected("a string", object_store_id)

        except Exception as exc:
            raise DecodeError.at("objectStoreId", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.id = id
        _instance.source = source
        _instance.name = name
        _instance.type_ = type_
        _instance.playback_id = playback_id
        _instance.user_id = user_id
        _instance.playback_url = playback_url
        _instance.download_url = download_url
        _instance.playback_policy = playback_policy
        _instance.creator_id = creator_id
        _instance.profiles = profiles
        _instance.storage = storage
        _instance.status = status
        _instance.project_id = project_id
        _instance.created_at = created_at
        _instance.created_by_token_name = created_by_token_name
        _instance.size = size
        _instance.hash_ = hash_
        _instance.video_spec = video_spec
        _instance.object_store_id = object_store_id

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 3 + (type_ is not UNSET) + (playback_id is not UNSET) + (user_id is not UNSET) + (
            playback_url is not UNSET
        ) + (download_url is not UNSET) + (playback_policy is not UNSET) + (creator_id is not UNSET) + (
            profiles is not UNSET
        ) + (storage is not UNSET) + (status is not UNSET) + (project_id is not UNSET) + (created_at is not UNSET) + (
            created_by_token_name is not UNSET
        ) + (size is not UNSET) + (hash_ is not UNSET) + (video_spec is not UNSET) + (object_store_id is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _ASSET_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("id", "id", str, True),
            ("source", "source", struct_of(AssetSource), True),
            ("name", "name", str, True),
            ("type_", "type", str, False),
            ("playback_id", "playbackId", str, False),
            ("user_id", "userId", str, False),
            ("playback_url", "playbackUrl", str, False),
            ("download_url", "downloadUrl", str, False),
            ("playback_policy", "playbackPolicy", struct_of(PlaybackPolicy) | None, False),
            ("creator_id", "creatorId", struct_of(CreatorId), False),
            ("profiles", "profiles", struct_of(AssetProfile, many=True), False),
            ("storage", "storage", struct_of(AssetStorage), False),
            ("status", "status", struct_of(AssetStatus), False),
            ("project_id", "projectId", str, False),
            ("created_at", "createdAt", int | float, False),
            ("created_by_token_name", "createdByTokenName", str, False),
            ("size", "size", int | float, False),
            ("hash_", "hash", Any, False),
            ("video_spec", "videoSpec", struct_of(VideoSpec), False),
            ("object_store_id", "objectStoreId", str, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.id = _struct.id

        source = _struct.source
        source = AssetSource._from_struct(source)
        _instance.source = source

        _instance.name = _struct.name

        type_ = _struct.type_
        if type_ is not UNSET:
            type_ = AssetType(type_)
        _instance.type_ = type_

        _instance.playback_id = _struct.playback_id

        _instance.user_id = _struct.user_id

        _instance.playback_url = _struct.playback_url

        _instance.download_url = _struct.download_url

        playback_policy = _struct.playback_policy
        if playback_policy is not UNSET and playback_policy is not None:
            playback_policy = PlaybackPolicy._from_struct(playback_policy)
        _instance.playback_policy = playback_policy

        creator_id = _struct.creator_id
        if creator_id is not UNSET:
            creator_id = CreatorId._from_struct(creator_id)
        _instance.creator_id = creator_id

        profiles = _struct.profiles
        if profiles is not UNSET:
            profiles = list(map(AssetProfile._from_struct, profiles))
        _instance.profiles = profiles

        storage = _struct.storage
        if storage is not UNSET:
            storage = AssetStorage._from_struct(storage)
        _instance.storage = storage

        status = _struct.status
        if status is not UNSET:
            status = AssetStatus._from_struct(status)
        _instance.status = status

        _instance.project_id = _struct.project_id

        _instance.created_at = _struct.created_at

        _instance.created_by_token_name = _struct.created_by_token_name

        _instance.size = _struct.size

        _hash_ = _struct.hash_
        hash_: list[AssetHash] | None | Unset
        if isinstance(_hash_, list):
            _hash_type_0 = _hash_
            if not isinstance(_hash_type_0, list):
                raise DecodeError.expected("an array", _hash_type_0)
            try:
                hash_type_0 = list(map(AssetHash.from_dict, _hash_type_0))
            except Exception:
                for hash_type_0_index, hash_type_0_item_data in enumerate(_hash_type_0):
                    try:
                        AssetHash.from_dict(hash_type_0_item_data)
                    except Exception as exc:
                        raise DecodeError.at(hash_type_0_index, exc)
                raise

            hash_ = hash_type_0
        elif _hash_ is None:
            hash_ = None
        elif isinstance(_hash_, Unset):
            hash_ = UNSET
        else:
            raise DecodeError.expected("an array or null", _hash_)

        _instance.hash_ = hash_

        video_spec = _struct.video_spec
        if video_spec is not UNSET:
            video_spec = VideoSpec._from_struct(video_spec)
        _instance.video_spec = video_spec

        _instance.object_store_id = _struct.object_store_id

        _instance.additional_properties = {}
        return _instance


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
