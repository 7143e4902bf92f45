from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcode_profile import TranscodeProfile


T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """A session of a stream, retrieved from the pipeline."""

    id: str
    """ Unique identifier for the session. """
    name: str
    """ Name of the session. """
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
    mp_4_url: str | Unset = UNSET
    """ URL for the stream session recording packaged in an MP4 format. """
    playback_id: str | Unset = UNSET
    """ Identifier used to form the playback URL. """
    profiles: list[TranscodeProfile] | Unset = UNSET
    """ Array of profiles detailing various streaming qualities. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

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

        mp_4_url = self.mp_4_url

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
                "id": id,
                "name": name,
            }
        )
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
        if mp_4_url is not UNSET:
            field_dict["mp4Url"] = mp_4_url
        if playback_id is not UNSET:
            field_dict["playbackId"] = playback_id
        if profiles is not UNSET:
            field_dict["profiles"] = profiles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transcode_profile import TranscodeProfile  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        last_seen = d.pop("lastSeen", UNSET)

        source_segments = d.pop("sourceSegments", UNSET)

        transcoded_segments = d.pop("transcodedSegments", UNSET)

        source_segments_duration = d.pop("sourceSegmentsDuration", UNSET)

        transcoded_segments_duration = d.pop("transcodedSegmentsDuration", UNSET)

        source_bytes = d.pop("sourceBytes", UNSET)

        transcoded_bytes = d.pop("transcodedBytes", UNSET)

        ingest_rate = d.pop("ingestRate", UNSET)

        outgoing_rate = d.pop("outgoingRate", UNSET)

        def _parse_is_healthy(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_healthy = _parse_is_healthy(d.pop("isHealthy", UNSET))

        def _parse_issues(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                issues_type_0 = cast(list[str], data)

                return issues_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        issues = _parse_issues(d.pop("issues", UNSET))

        created_at = d.pop("createdAt", UNSET)

        parent_id = d.pop("parentId", UNSET)

        record = d.pop("record", UNSET)

        recording_status = d.pop("recordingStatus", UNSET)

        recording_url = d.pop("recordingUrl", UNSET)

        mp_4_url = d.pop("mp4Url", UNSET)

        playback_id = d.pop("playbackId", UNSET)

        _profiles = d.pop("profiles", UNSET)
        profiles: list[TranscodeProfile] | Unset = UNSET
        if _profiles is not UNSET:
            profiles = []
            for profiles_item_data in _profiles:
                profiles_item = TranscodeProfile.from_dict(profiles_item_data)

                profiles.append(profiles_item)

        session = cls(
            id=id,
            name=name,
            last_seen=last_seen,
            source_segments=source_segments,
            transcoded_segments=transcoded_segments,
            source_segments_duration=source_segments_duration,
            transcoded_segments_duration=transcoded_segments_duration,
            source_bytes=source_bytes,
            transcoded_bytes=transcoded_bytes,
            ingest_rate=ingest_rate,
            outgoing_rate=outgoing_rate,
            is_healthy=is_healthy,
            issues=issues,
            created_at=created_at,
            parent_id=parent_id,
            record=record,
            recording_status=recording_status,
            recording_url=recording_url,
            mp_4_url=mp_4_url,
            playback_id=playback_id,
            profiles=profiles,
        )

        session.additional_properties = d
        return session

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
