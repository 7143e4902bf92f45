from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_SESSION_FIELDS = frozenset(
    {
        "name",
        "id",
        "lastSeen",
        "sourceSegments",
        "transcodedSegments",
        "sourceSegmentsDuration",
        "transcodedSegmentsDuration",
        "sourceBytes",
        "transcodedBytes",
        "ingestRate",
        "outgoingRate",
        "isHealthy",
        "issues",
        "createdAt",
        "parentId",
        "record",
        "recordingStatus",
        "recordingUrl",
        "mp4Url",
        "playbackId",
        "profiles",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class Session(_ModelBase):
    """A session of a stream, retrieved from the pipeline."""

    name: str
    """ Name of the session. """
    id: str | Unset = UNSET
    """ Unique identifier for the session. """
    last_seen: float | Unset = UNSET
    """ Timestamp of the last activity in the session. """
    source_segments: float | Unset = UNSET
    """ Number of source segments in the session. """
    transcoded_segments: float | Unset = UNSET
    """ Number of transcoded segments in the session. """
    source_segments_duration: float | Unset = UNSET
    """ Duration of all the source segments in seconds. """
    transcoded_segments_duration: float | Unset = UNSET
    """ Duration of all the transcoded segments in seconds. """
    source_bytes: float | Unset = UNSET
    """ Total bytes of source segments. """
    transcoded_bytes: float | Unset = UNSET
    """ Total bytes of transcoded segments. """
    ingest_rate: float | Unset = UNSET
    """ Rate at which sourceBytes increases (bytes/second). """
    outgoing_rate: float | Unset = UNSET
    """ Rate at which transcodedBytes increases (bytes/second). """
    is_healthy: bool | None | Unset = UNSET
    """ Reference to the stream-health-payload schema for health status: whether the stream is healthy; null while
    unknown. """
    issues: list[str] | None | Unset = UNSET
    """ Reference to the stream-health-payload schema for human-readable issues: the issues found in the stream;
    null while unknown. """
    created_at: float | Unset = UNSET
    """ Timestamp (in milliseconds) at which the session was created. """
    parent_id: str | Unset = UNSET
    """ Identifier of the parent stream object. """
    record: bool | Unset = UNSET
    """ Indicates whether the stream should be recorded. """
    recording_status: str | Unset = UNSET
    """ Status of the recording process of this stream session. An open set: the vendor's example shows `waiting`;
    Livepeer's published API schema lists `waiting`, `ready`, `failed`, `deleted` and `none`. """
    recording_url: str | Unset = UNSET
    """ URL for accessing the recording of this stream session. """
    mp4_url: str | Unset = UNSET
    """ URL for the stream session recording packaged in an MP4 format. """
    playback_id: str | Unset = UNSET
    """ Identifier used to form the playback URL. """
    profiles: list[TranscodeProfile] | Unset = UNSET
    """ Array of profiles detailing various streaming qualities. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        name = self.name

        id = self.id

        last_seen = self.last_seen

        source_segments = self.source_segments

        transcoded_segments = self.transcoded_segments

        source_segments_duration = self.source_segments_duration

        transcoded_segments_duration = self.transcoded_segments_duration

        source_bytes = self.source_bytes

        transcoded_bytes = self.transcoded_bytes

        ingest_rate = self.ingest_rate

        outgoing_rate = self.outgoing_rate

        is_healthy: bool | None | Unset
        if isinstance(self.is_healthy, Unset):
            is_healthy = UNSET
        else:
            is_healthy = self.is_healthy

        issues: list[str] | None | Unset
        if isinstance(self.issues, Unset):
            issues = UNSET
        elif isinstance(self.issues, list):
            issues = self.issues

        else:
            issues = self.issues

        created_at = self.created_at

        parent_id = self.parent_id

        record = self.record

        recording_status = self.recording_status

        recording_url = self.recording_url

        mp4_url = self.mp4_url

        playback_id = self.playback_id

        profiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.profiles, Unset):
            profiles = []
            for profiles_item_data in self.profiles:
                profiles_item = profiles_item_data.to_dict()
                profiles.append(profiles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if last_seen is not UNSET:
            field_dict["lastSeen"] = last_seen
        if source_segments is not UNSET:
            field_dict["sourceSegments"] = source_segments
        if transcoded_segments is not UNSET:
            field_dict["transcodedSegments"] = transcoded_segments
        if source_segments_duration is not UNSET:
            field_dict["sourceSegmentsDuration"] = source_segments_duration
        if transcoded_segments_duration is not UNSET:
            field_dict["transcodedSegmentsDuration"] = transcoded_segments_duration
        if source_bytes is not UNSET:
            field_dict["sourceBytes"] = source_bytes
        if transcoded_bytes is not UNSET:
            field_dict["transcodedBytes"] = transcoded_bytes
        if ingest_rate is not UNSET:
            field_dict["ingestRate"] = ingest_rate
        if outgoing_rate is not UNSET:
            field_dict["outgoingRate"] = outgoing_rate
        if is_healthy is not UNSET:
            field_dict["isHealthy"] = is_healthy
        if issues is not UNSET:
            field_dict["issues"] = issues
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if record is not UNSET:
            field_dict["record"] = record
        if recording_status is not UNSET:
            field_dict["recordingStatus"] = recording_status
        if recording_url is not UNSET:
            field_dict["recordingUrl"] = recording_url
        if mp4_url is not UNSET:
            field_dict["mp4Url"] = mp4_url
        if playback_id is not UNSET:
            field_dict["playbackId"] = playback_id
        if profiles is not UNSET:
            field_dict["profiles"] = profiles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            name = src_dict["name"]
            if type(name) is not str and not isinstance(name, str):
                raise DecodeError.expected("a string", name)

        except Exception as exc:
            raise DecodeError.at("name", exc)

        try:
            id = _src_get("id", UNSET)
            if id is not UNSET and (type(id) is not str and not isinstance(id, str)):
                raise DecodeError.expected("a string", id)

        except Exception as exc:
            raise DecodeError.at("id", exc)

        try:
            last_seen = _src_get("lastSeen", UNSET)
            if last_seen is not UNSET and (
                type(last_seen) is not float
                and type(last_seen) is not int
                and (isinstance(last_seen, bool) or not isinstance(last_seen, (int, float)))
            ):
                raise DecodeError.expected("a number", last_seen)

        except Exception as exc:
            raise DecodeError.at("lastSeen", exc)

        try:
            source_segments = _src_get("sourceSegments", UNSET)
            if source_segments is not UNSET and (
                type(source_segments) is not float
                and type(source_segments) is not int
                and (isinstance(source_segments, bool) or not isinstance(source_segments, (int, float)))
            ):
                raise DecodeError.expected("a number", source_segments)

        except Exception as exc:
            raise DecodeError.at("sourceSegments", exc)

        try:
            transcoded_segments = _src_get("transcodedSegments", UNSET)
            if transcoded_segments is not UNSET and (
                type(transcoded_segments) is not float
                and type(transcoded_segments) is not int
                and (isinstance(transcoded_segments, bool) or not isinstance(transcoded_segments, (int, float)))
            ):
                raise DecodeError.expected("a number", transcoded_segments)

        except Exception as exc:
            raise DecodeError.at("transcodedSegments", exc)

        try:
            source_segments_duration = _src_get("sourceSegmentsDuration", UNSET)
            if source_segments_duration is not UNSET and (
                type(source_segments_duration) is not float
                and type(source_segments_duration) is not int
                and (
                    isinstance(source_segments_duration, bool) or not isinstance(source_segments_duration, (int, float))
                )
            ):
                raise DecodeError.expected("a number", source_segments_duration)

        except Exception as exc:
            raise DecodeError.at("sourceSegmentsDuration", exc)

        try:
            transcoded_segments_duration = _src_get("transcodedSegmentsDuration", UNSET)
            if transcoded_segments_duration is not UNSET and (
                type(transcoded_segments_duration) is not float
                and type(transcoded_segments_duration) is not int
                and (
                    isinstance(transcoded_segments_duration, bool)
                    or not isinstance(transcoded_segments_duration, (int, float))
                )
            ):
                raise DecodeError.expected("a number", transcoded_segments_duration)

        except Exception as exc:
            raise DecodeError.at("transcodedSegmentsDuration", exc)

        try:
            source_bytes = _src_get("sourceBytes", UNSET)
            if source_bytes is not UNSET and (
                type(source_bytes) is not float
                and type(source_bytes) is not int
                and (isinstance(source_bytes, bool) or not isinstance(source_bytes, (int, float)))
            ):
                raise DecodeError.expected("a number", source_bytes)

        except Exception as exc:
            raise DecodeError.at("sourceBytes", exc)

        try:
            transcoded_bytes = _src_get("transcodedBytes", UNSET)
            if transcoded_bytes is not UNSET and (
                type(transcoded_bytes) is not float
                and type(transcoded_bytes) is not int
                and (isinstance(transcoded_bytes, bool) or not isinstance(transcoded_bytes, (int, float)))
            ):
                raise DecodeError.expected("a number", transcoded_bytes)

        except Exception as exc:
            raise DecodeError.at("transcodedBytes", exc)

        try:
            ingest_rate = _src_get("ingestRate", UNSET)
            if ingest_rate is not UNSET and (
                type(ingest_rate) is not float
                and type(ingest_rate) is not int
                and (isinstance(ingest_rate, bool) or not isinstance(ingest_rate, (int, float)))
            ):
                raise DecodeError.expected("a number", ingest_rate)

        except Exception as exc:
            raise DecodeError.at("ingestRate", exc)

        try:
            outgoing_rate = _src_get("outgoingRate", UNSET)
            if outgoing_rate is not UNSET and (
                type(outgoing_rate) is not float
                and type(outgoing_rate) is not int
                and (isinstance(outgoing_rate, bool) or not isinstance(outgoing_rate, (int, float)))
            ):
                raise DecodeError.expected("a number", outgoing_rate)

        except Exception as exc:
            raise DecodeError.at("outgoingRate", exc)

        try:
            _is_healthy = _src_get("isHealthy", UNSET)
            is_healthy: bool | None | Unset
            if isinstance(_is_healthy, bool):
                is_healthy_type_0 = _is_healthy
                if type(is_healthy_type_0) is not bool:
                    raise DecodeError.expected("a boolean", is_healthy_type_0)

                is_healthy = is_healthy_type_0
            elif _is_healthy is None:
                is_healthy = None
            elif isinstance(_is_healthy, Unset):
                is_healthy = UNSET
            else:
                raise DecodeError.expected("a boolean or null", _is_healthy)

        except Exception as exc:
            raise DecodeError.at("isHealthy", exc)

        try:
            _issues = _src_get("issues", UNSET)
            issues: list[str] | None | Unset
            if isinstance(_issues, list):
                _issues_type_0 = _issues
                if not isinstance(_issues_type_0, list):
                    raise DecodeError.expected("an array", _issues_type_0)
                issues_type_0 = []
                for issues_type_0_index, issues_type_0_item_data in enumerate(_issues_type_0):
                    try:
                        issues_type_0_item = issues_type_0_item_data
                        if type(issues_type_0_item) is not str and not isinstance(issues_type_0_item, str):
                            raise DecodeError.expected("a string", issues_type_0_item)

                    except Exception as exc:
                        raise DecodeError.at(issues_type_0_index, exc)
                    issues_type_0.append(issues_type_0_item)

                issues = issues_type_0
            elif _issues is None:
                issues = None
            elif isinstance(_issues, Unset):
                issues = UNSET
            else:
                raise DecodeError.expected("an array or null", _issues)

        except Exception as exc:
            raise DecodeError.at("issues", exc)

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
            parent_id = _src_get("parentId", UNSET)
            if parent_id is not UNSET and (type(parent_id) is not str and not isinstance(parent_id, str)):
                raise DecodeError.expected("a string", parent_id)

        except Exception as exc:
            raise DecodeError.at("parentId", exc)

        try:
            record = _src_get("record", UNSET)
            if record is not UNSET and (type(record) is not bool):
                raise DecodeError.expected("a boolean", record)

        except Exception as exc:
            raise DecodeError.at("record", exc)

        try:
            recording_status = _src_get("recordingStatus", UNSET)
            if recording_status is not UNSET and (
                type(recording_status) is not str and not isinstance(recording_status, str)
            ):
                raise DecodeError.expected("a string", recording_status)

        except Exception as exc:
            raise DecodeError.at("recordingStatus", exc)

        try:
            recording_url = _src_get("recordingUrl", UNSET)
            if recording_url is not UNSET and (type(recording_url) is not str and not isinstance(recording_url, str)):
                raise DecodeError.expected("a string", recording_url)

        except Exception as exc:
            raise DecodeError.at("recordingUrl", exc)

        try:
            mp4_url = _src_get("mp4Url", UNSET)
            if mp4_url is not UNSET and (type(mp4_url) is not str and not isinstance(mp4_url, str)):
                raise DecodeError.expected("a string", mp4_url)

        except Exception as exc:
            raise DecodeError.at("mp4Url", exc)

        try:
            playback_id = _src_get("playbackId", UNSET)
            if playback_id is not UNSET and (type(playback_id) is not str and not isinstance(playback_id, str)):
                raise DecodeError.expected("a string", playback_id)

        except Exception as exc:
            raise DecodeError.at("playbackId", exc)

        try:
            _profiles = _src_get("profiles", UNSET)
            profiles: list[TranscodeProfile] | Unset = UNSET
            if _profiles is not UNSET:
                if not isinstance(_profiles, list):
                    raise DecodeError.expected("an array", _profiles)
                try:
                    profiles = list(map(TranscodeProfile.from_dict, _profiles))
                except Exception:
                    for profiles_index, profiles_item_data in enumerate(_profiles):
                        try:
                            TranscodeProfile.from_dict(profiles_item_data)
                        except Exception as exc:
                            raise DecodeError.at(profiles_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("profiles", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.name = name
        _instance.id = id
        _instance.last_seen = last_seen
        _instance.source_segments = source_segments
        _instance.transcoded_segments = transcoded_segments
        _instance.source_segments_duration = source_segments_duration
        _instance.transcoded_segments_duration = transcoded_segments_duration
        _instance.source_bytes = source_bytes
        _instance.transcoded_bytes = transcoded_bytes
        _instance.ingest_rate = ingest_rate
        _instance.outgoing_rate = outgoing_rate
        _instance.is_healthy = is_healthy
        _instance.issues = issues
        _instance.created_at = created_at
        _instance.parent_id = parent_id
        _instance.record = record
        _instance.recording_status = recording_status
        _instance.recording_url = recording_url
        _instance.mp4_url = mp4_url
        _instance.playback_id = playback_id
        _instance.profiles = profiles

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 1 + (id is not UNSET) + (last_seen is not UNSET) + (source_segments is not UNSET) + (
            transcoded_segments is not UNSET
        ) + (source_segments_duration is not UNSET) + (transcoded_segments_duration is not UNSET) + (
            source_bytes is not UNSET
        ) + (transcoded_bytes is not UNSET) + (ingest_rate is not UNSET) + (outgoing_rate is not UNSET) + (
            is_healthy is not UNSET
        ) + (issues is not UNSET) + (created_at is not UNSET) + (parent_id is not UNSET) + (record is not UNSET) + (
            recording_status is not UNSET
        ) + (recording_url is not UNSET) + (mp4_url is not UNSET) + (playback_id is not UNSET) + (
            profiles is not UNSET
        ):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _SESSION_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("name", "name", str, True),
            ("id", "id", str, False),
            ("last_seen", "lastSeen", int | float, False),
            ("source_segments", "sourceSegments", int | float, False),
            ("transcoded_segments", "transcodedSegments", int | float, False),
            ("source_segments_duration", "sourceSegmentsDuration", int | float, False),
            ("transcoded_segments_duration", "transcodedSegmentsDuration", int | float, False),
            ("source_bytes", "sourceBytes", int | float, False),
            ("transcoded_bytes", "transcodedBytes", int | float, False),
            ("ingest_rate", "ingestRate", int | float, False),
            ("outgoing_rate", "outgoingRate", int | float, False),
            ("is_healthy", "isHealthy", bool | None, False),
            ("issues", "issues", Any, False),
            ("created_at", "createdAt", int | float, False),
            ("parent_id", "parentId", str, False),
            ("record", "record", bool, False),
            ("recording_status", "recordingStatus", str, False),
            ("recording_url", "recordingUrl", str, False),
            ("mp4_url", "mp4Url", str, False),
            ("playback_id", "playbackId", str, False),
            ("profiles", "profiles", struct_of(TranscodeProfile, many=True), False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.name = _struct.name

        _instance.id = _struct.id

        _instance.last_seen = _struct.last_seen

        _instance.source_segments = _struct.source_segments

        _instance.transcoded_segments = _struct.transcoded_segments

        _instance.source_segments_duration = _struct.source_segments_duration

        _instance.transcoded_segments_duration = _struct.transcoded_segments_duration

        _instance.source_bytes = _struct.source_bytes

        _instance.transcoded_bytes = _struct.transcoded_bytes

        _instance.ingest_rate = _struct.ingest_rate

        _instance.outgoing_rate = _struct.outgoing_rate

        _instance.is_healthy = _struct.is_healthy

        _issues = _struct.issues
        issues: list[str] | None | Unset
        if isinstance(_issues, list):
            _issues_type_0 = _issues
            if not isinstance(_issues_type_0, list):
                raise DecodeError.expected("an array", _issues_type_0)
            issues_type_0 = []
            for issues_type_0_index, issues_type_0_item_data in enumerate(_issues_type_0):
                try:
                    issues_type_0_item = issues_type_0_item_data
                    if type(issues_type_0_item) is not str and not isinstance(issues_type_0_item, str):
                        raise DecodeError.expected("a string", issues_type_0_item)

                except Exception as exc:
                    raise DecodeError.at(issues_type_0_index, exc)
                issues_type_0.append(issues_type_0_item)

            issues = issues_type_0
        elif _issues is None:
            issues = None
        elif isinstance(_issues, Unset):
            issues = UNSET
        else:
            raise DecodeError.expected("an array or null", _issues)

        _instance.issues = issues

        _instance.created_at = _struct.created_at

        _instance.parent_id = _struct.parent_id

        _instance.record = _struct.record

        _instance.recording_status = _struct.recording_status

        _instance.recording_url = _struct.recording_url

        _instance.mp4_url = _struct.mp4_url

        _instance.playback_id = _struct.playback_id

        profiles = _struct.profiles
        if profiles is not UNSET:
            _profiles_models: list[TranscodeProfile] = []
            for _profiles_struct in profiles:
                _profiles_model = _new(TranscodeProfile)
                _profiles_model.name = _profiles_struct.name
                _profiles_model.width = _profiles_struct.width
                _profiles_model.height = _profiles_struct.height
                _profiles_model.bitrate = _profiles_struct.bitrate
                _profiles_model.fps = _profiles_struct.fps
                _profiles_model.additional_properties = {}
                _profiles_models.append(_profiles_model)
            profiles = _profiles_models
        _instance.profiles = profiles

        _instance.additional_properties = {}
        return _instance

    @property
    def last_seen_datetime(self) -> datetime.datetime | None:
        """`last_seen` (epoch milliseconds) as an aware UTC datetime; None when absent."""
        value = self.last_seen
        if isinstance(value, Unset) or value is None:
            return None
        return datetime.datetime.fromtimestamp(value / 1000, tz=datetime.UTC)

    @property
    def created_at_datetime(self) -> datetime.datetime | None:
        """`created_at` (epoch milliseconds) as an aware UTC datetime; None when absent."""
        value = self.created_at
        if isinstance(value, Unset) or value is None:
            return None
        return datetime.datetime.fromtimestamp(value / 1000, tz=datetime.UTC)


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.transcode_profile import TranscodeProfile  # noqa: E402
