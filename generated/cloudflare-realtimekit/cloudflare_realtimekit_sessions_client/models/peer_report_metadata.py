from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_PEER_REPORT_METADATA_FIELDS = frozenset(
    {
        "audio_devices_updates",
        "browser_metadata",
        "candidate_pairs",
        "device_info",
        "events",
        "ip_information",
        "native_metadata",
        "pc_metadata",
        "room_view_type",
        "sdk_name",
        "sdk_type",
        "sdk_version",
        "selected_device_updates",
        "speaker_devices_updates",
        "video_devices_updates",
    }
)


@_attrs_define
class PeerReportMetadata:
    """What the peer ran on and how it connected. The nested statistics are open objects."""

    audio_devices_updates: list[PeerReportMetadataAudioDevicesUpdatesItem] | Unset = UNSET
    """ Audio devices added and removed, with timestamps. """
    browser_metadata: PeerReportMetadataBrowserMetadata | Unset = UNSET
    """ Browser, version, engine, user agent and WebGL support. """
    candidate_pairs: PeerReportMetadataCandidatePairs | Unset = UNSET
    """ ICE candidate pairs of the consuming and producing transports. """
    device_info: PeerReportMetadataDeviceInfo | Unset = UNSET
    """ CPUs, whether mobile, operating system and its version. """
    events: list[PeerReportMetadataEventsItem] | Unset = UNSET
    """ Events of the peer, each with a name, timestamp and scalar metadata. """
    ip_information: PeerReportMetadataIpInformation | Unset = UNSET
    """ ASN, city, country, IPv4, organisation, region and time zone. """
    native_metadata: PeerReportMetadataNativeMetadata | Unset = UNSET
    """ Audio and video encoders of native SDKs. """
    pc_metadata: list[PeerReportMetadataPcMetadataItem] | Unset = UNSET
    """ Peer connection metadata (network type, connectivity, SDP), with timestamps. """
    room_view_type: str | Unset = UNSET
    """ View type of the room. """
    sdk_name: str | Unset = UNSET
    """ Name of the SDK the peer used. """
    sdk_type: str | Unset = UNSET
    """ Type of the SDK the peer used. """
    sdk_version: str | Unset = UNSET
    """ Version of the SDK the peer used. """
    selected_device_updates: list[PeerReportMetadataSelectedDeviceUpdatesItem] | Unset = UNSET
    """ Devices selected, with timestamps. """
    speaker_devices_updates: list[PeerReportMetadataSpeakerDevicesUpdatesItem] | Unset = UNSET
    """ Speaker devices added and removed, with timestamps. """
    video_devices_updates: list[PeerReportMetadataVideoDevicesUpdatesItem] | Unset = UNSET
    """ Video devices added and removed, with timestamps. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        audio_devices_updates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audio_devices_updates, Unset):
            audio_devices_updates = []
            for audio_devices_updates_item_data in self.audio_devices_updates:
                audio_devices_updates_item = audio_devices_updates_item_data.to_dict()
                audio_devices_updates.append(audio_devices_updates_item)

        browser_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.browser_metadata, Unset):
            browser_metadata = self.browser_metadata.to_dict()

        candidate_pairs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.candidate_pairs, Unset):
            candidate_pairs = self.candidate_pairs.to_dict()

        device_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_info, Unset):
            device_info = self.device_info.to_dict()

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        ip_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_information, Unset):
            ip_information = self.ip_information.to_dict()

        native_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.native_metadata, Unset):
            native_metadata = self.native_metadata.to_dict()

        pc_metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pc_metadata, Unset):
            pc_metadata = []
            for pc_metadata_item_data in self.pc_metadata:
                pc_metadata_item = pc_metadata_item_data.to_dict()
                pc_metadata.append(pc_metadata_item)

        room_view_type = self.room_view_type

        sdk_name = self.sdk_name

        sdk_type = self.sdk_type

        sdk_version = self.sdk_version

        selected_device_updates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.selected_device_updates, Unset):
            selected_device_updates = []
            for selected_device_updates_item_data in self.selected_device_updates:
                selected_device_updates_item = selected_device_updates_item_data.to_dict()
                selected_device_updates.append(selected_device_updates_item)

        speaker_devices_updates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.speaker_devices_updates, Unset):
            speaker_devices_updates = []
            for speaker_devices_updates_item_data in self.speaker_devices_updates:
                speaker_devices_updates_item = speaker_devices_updates_item_data.to_dict()
                speaker_devices_updates.append(speaker_devices_updates_item)

        video_devices_updates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.video_devices_updates, Unset):
            video_devices_updates = []
            for video_devices_updates_item_data in self.video_devices_updates:
                video_devices_updates_item = video_devices_updates_item_data.to_dict()
                video_devices_updates.append(video_devices_updates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if audio_devices_updates is not UNSET:
            field_dict["audio_devices_updates"] = audio_devices_updates
        if browser_metadata is not UNSET:
            field_dict["browser_metadata"] = browser_metadata
        if candidate_pairs is not UNSET:
            field_dict["candidate_pairs"] = candidate_pairs
        if device_info is not UNSET:
            field_dict["device_info"] = device_info
        if events is not UNSET:
            field_dict["events"] = events
        if ip_information is not UNSET:
            field_dict["ip_information"] = ip_information
        if native_metadata is not UNSET:
            field_dict["native_metadata"] = native_metadata
        if pc_metadata is not UNSET:
            field_dict["pc_metadata"] = pc_metadata
        if room_view_type is not UNSET:
            field_dict["room_view_type"] = room_view_type
        if sdk_name is not UNSET:
            field_dict["sdk_name"] = sdk_name
        if sdk_type is not UNSET:
            field_dict["sdk_type"] = sdk_type
        if sdk_version is not UNSET:
            field_dict["sdk_version"] = sdk_version
        if selected_device_updates is not UNSET:
            field_dict["selected_device_updates"] = selected_device_updates
        if speaker_devices_updates is not UNSET:
            field_dict["speaker_devices_updates"] = speaker_devices_updates
        if video_devices_updates is not UNSET:
            field_dict["video_devices_updates"] = video_devices_updates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            _audio_devices_updates = src_dict.get("audio_devices_updates", UNSET)
            audio_devices_updates: list[PeerReportMetadataAudioDevicesUpdatesItem] | Unset = UNSET
            if _audio_devices_updates is not UNSET:
                if not isinstance(_audio_devices_updates, list):
                    raise DecodeError.expected("an array", _audio_devices_updates)
                audio_devices_updates = []
                for audio_devices_updates_index, audio_devices_updates_item_data in enumerate(_audio_devices_updates):
                    try:
                        audio_devices_updates_item = PeerReportMetadataAudioDevicesUpdatesItem.from_dict(
                            audio_devices_updates_item_data
                        )

                    except Exception as exc:
                        raise DecodeError.at(audio_devices_updates_index, exc)
                    audio_devices_updates.append(audio_devices_updates_item)

        except Exception as exc:
            raise DecodeError.at("audio_devices_updates", exc)

        try:
            _browser_metadata = src_dict.get("browser_metadata", UNSET)
            browser_metadata: PeerReportMetadataBrowserMetadata | Unset
            if _browser_metadata is UNSET:
                browser_metadata = UNSET
            else:
                browser_metadata = PeerReportMetadataBrowserMetadata.from_dict(_browser_metadata)

        except Exception as exc:
            raise DecodeError.at("browser_metadata", exc)

        try:
            _candidate_pairs = src_dict.get("candidate_pairs", UNSET)
            candidate_pairs: PeerReportMetadataCandidatePairs | Unset
            if _candidate_pairs is UNSET:
                candidate_pairs = UNSET
            else:
                candidate_pairs = PeerReportMetadataCandidatePairs.from_dict(_candidate_pairs)

        except Exception as exc:
            raise DecodeError.at("candidate_pairs", exc)

        try:
            _device_info = src_dict.get("device_info", UNSET)
            device_info: PeerReportMetadataDeviceInfo | Unset
            if _device_info is UNSET:
                device_info = UNSET
            else:
                device_info = PeerReportMetadataDeviceInfo.from_dict(_device_info)

        except Exception as exc:
            raise DecodeError.at("device_info", exc)

        try:
            _events = src_dict.get("events", UNSET)
            events: list[PeerReportMetadataEventsItem] | Unset = UNSET
            if _events is not UNSET:
                if not isinstance(_events, list):
                    raise DecodeError.expected("an array", _events)
                events = []
                for events_index, events_item_data in enumerate(_events):
                    try:
                        events_item = PeerReportMetadataEventsItem.from_dict(events_item_data)

                    except Exception as exc:
                        raise DecodeError.at(events_index, exc)
                    events.append(events_item)

        except Exception as exc:
            raise DecodeError.at("events", exc)

        try:
            _ip_information = src_dict.get("ip_information", UNSET)
            ip_information: PeerReportMetadataIpInformation | Unset
            if _ip_information is UNSET:
                ip_information = UNSET
            else:
                ip_information = PeerReportMetadataIpInformation.from_dict(_ip_information)

        except Exception as exc:
            raise DecodeError.at("ip_information", exc)

        try:
            _native_metadata = src_dict.get("native_metadata", UNSET)
            native_metadata: PeerReportMetadataNativeMetadata | Unset
            if _native_metadata is UNSET:
                native_metadata = UNSET
            else:
                native_metadata = PeerReportMetadataNativeMetadata.from_dict(_native_metadata)

        except Exception as exc:
            raise DecodeError.at("native_metadata", exc)

        try:
            _pc_metadata = src_dict.get("pc_metadata", UNSET)
            pc_metadata: list[PeerReportMetadataPcMetadataItem] | Unset = UNSET
            if _pc_metadata is not UNSET:
                if not isinstance(_pc_metadata, list):
                    raise DecodeError.expected("an array", _pc_metadata)
                pc_metadata = []
                for pc_metadata_index, pc_metadata_item_data in enumerate(_pc_metadata):
                    try:
                        pc_metadata_item = PeerReportMetadataPcMetadataItem.from_dict(pc_metadata_item_data)

                    except Exception as exc:
                        raise DecodeError.at(pc_metadata_index, exc)
                    pc_metadata.append(pc_metadata_item)

        except Exception as exc:
            raise DecodeError.at("pc_metadata", exc)

        try:
            room_view_type = src_dict.get("room_view_type", UNSET)
            if room_view_type is not UNSET and (not isinstance(room_view_type, str)):
                raise DecodeError.expected("a string", room_view_type)

        except Exception as exc:
            raise DecodeError.at("room_view_type", exc)

        try:
            sdk_name = src_dict.get("sdk_name", UNSET)
            if sdk_name is not UNSET and (not isinstance(sdk_name, str)):
                raise DecodeError.expected("a string", sdk_name)

        except Exception as exc:
            raise DecodeError.at("sdk_name", exc)

        try:
            sdk_type = src_dict.get("sdk_type", UNSET)
            if sdk_type is not UNSET and (not isinstance(sdk_type, str)):
                raise DecodeError.expected("a string", sdk_type)

        except Exception as exc:
            raise DecodeError.at("sdk_type", exc)

        try:
            sdk_version = src_dict.get("sdk_version", UNSET)
            if sdk_version is not UNSET and (not isinstance(sdk_version, str)):
                raise DecodeError.expected("a string", sdk_version)

        except Exception as exc:
            raise DecodeError.at("sdk_version", exc)

        try:
            _selected_device_updates = src_dict.get("selected_device_updates", UNSET)
            selected_device_updates: list[PeerReportMetadataSelectedDeviceUpdatesItem] | Unset = UNSET
            if _selected_device_updates is not UNSET:
                if not isinstance(_selected_device_updates, list):
                    raise DecodeError.expected("an array", _selected_device_updates)
                selected_device_updates = []
                for selected_device_updates_index, selected_device_updates_item_data in enumerate(
                    _selected_device_updates
                ):
                    try:
                        selected_device_updates_item = PeerReportMetadataSelectedDeviceUpdatesItem.from_dict(
                            selected_device_updates_item_data
                        )

                    except Exception as exc:
                        raise DecodeError.at(selected_device_updates_index, exc)
                    selected_device_updates.append(selected_device_updates_item)

        except Exception as exc:
            raise DecodeError.at("selected_device_updates", exc)

        try:
            _speaker_devices_updates = src_dict.get("speaker_devices_updates", UNSET)
            speaker_devices_updates: list[PeerReportMetadataSpeakerDevicesUpdatesItem] | Unset = UNSET
            if _speaker_devices_updates is not UNSET:
                if not isinstance(_speaker_devices_updates, list):
                    raise DecodeError.expected("an array", _speaker_devices_updates)
                speaker_devices_updates = []
                for speaker_devices_updates_index, speaker_devices_updates_item_data in enumerate(
                    _speaker_devices_updates
                ):
                    try:
                        speaker_devices_updates_item = PeerReportMetadataSpeakerDevicesUpdatesItem.from_dict(
                            speaker_devices_updates_item_data
                        )

                    except Exception as exc:
                        raise DecodeError.at(speaker_devices_updates_index, exc)
                    speaker_devices_updates.append(speaker_devices_updates_item)

        except Exception as exc:
            raise DecodeError.at("speaker_devices_updates", exc)

        try:
            _video_devices_updates = src_dict.get("video_devices_updates", UNSET)
            video_devices_updates: list[PeerReportMetadataVideoDevicesUpdatesItem] | Unset = UNSET
            if _video_devices_updates is not UNSET:
                if not isinstance(_video_devices_updates, list):
                    raise DecodeError.expected("an array", _video_devices_updates)
                video_devices_updates = []
                for video_devices_updates_index, video_devices_updates_item_data in enumerate(_video_devices_updates):
                    try:
                        video_devices_updates_item = PeerReportMetadataVideoDevicesUpdatesItem.from_dict(
                            video_devices_updates_item_data
                        )

                    except Exception as exc:
                        raise DecodeError.at(video_devices_updates_index, exc)
                    video_devices_updates.append(video_devices_updates_item)

        except Exception as exc:
            raise DecodeError.at("video_devices_updates", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        peer_report_metadata = cls(
            audio_devices_updates,
            browser_metadata,
            candidate_pairs,
            device_info,
            events,
            ip_information,
            native_metadata,
            pc_metadata,
            room_view_type,
            sdk_name,
            sdk_type,
            sdk_version,
            selected_device_updates,
            speaker_devices_updates,
            video_devices_updates,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _PEER_REPORT_METADATA_FIELDS:
            peer_report_metadata.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _PEER_REPORT_METADATA_FIELDS
            }
        return peer_report_metadata

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
from ..models.peer_report_metadata_audio_devices_updates_item import PeerReportMetadataAudioDevicesUpdatesItem  # noqa: E402
from ..models.peer_report_metadata_browser_metadata import PeerReportMetadataBrowserMetadata  # noqa: E402
from ..models.peer_report_metadata_candidate_pairs import PeerReportMetadataCandidatePairs  # noqa: E402
from ..models.peer_report_metadata_device_info import PeerReportMetadataDeviceInfo  # noqa: E402
from ..models.peer_report_metadata_events_item import PeerReportMetadataEventsItem  # noqa: E402
from ..models.peer_report_metadata_ip_information import PeerReportMetadataIpInformation  # noqa: E402
from ..models.peer_report_metadata_native_metadata import PeerReportMetadataNativeMetadata  # noqa: E402
from ..models.peer_report_metadata_pc_metadata_item import PeerReportMetadataPcMetadataItem  # noqa: E402
from ..models.peer_report_metadata_selected_device_updates_item import PeerReportMetadataSelectedDeviceUpdatesItem  # noqa: E402
from ..models.peer_report_metadata_speaker_devices_updates_item import PeerReportMetadataSpeakerDevicesUpdatesItem  # noqa: E402
from ..models.peer_report_metadata_video_devices_updates_item import PeerReportMetadataVideoDevicesUpdatesItem  # noqa: E402
