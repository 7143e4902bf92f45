from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

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
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class PeerReportMetadata(_ModelBase):
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
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            _audio_devices_updates = _src_get("audio_devices_updates", UNSET)
            audio_devices_updates: list[PeerReportMetadataAudioDevicesUpdatesItem] | Unset = UNSET
            if _audio_devices_updates is not UNSET:
                if not isinstance(_audio_devices_updates, list):
                    raise DecodeError.expected("an array", _audio_devices_updates)
                try:
                    audio_devices_updates = list(
                        map(PeerReportMetadataAudioDevicesUpdatesItem.from_dict, _audio_devices_updates)
                    )
                except Exception:
                    for audio_devices_updates_index, audio_devices_updates_item_data in enumerate(
                        _audio_devices_updates
                    ):
                        try:
                            PeerReportMetadataAudioDevicesUpdatesItem.from_dict(audio_devices_updates_item_data)
                        except Exception as exc:
                            raise DecodeError.at(audio_devices_updates_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("audio_devices_updates", exc)

        try:
            browser_metadata = _src_get("browser_metadata", UNSET)
            if browser_metadata is not UNSET:
                browser_metadata = PeerReportMetadataBrowserMetadata.from_dict(browser_metadata)

        except Exception as exc:
            raise DecodeError.at("browser_metadata", exc)

        try:
            candidate_pairs = _src_get("candidate_pairs", UNSET)
            if candidate_pairs is not UNSET:
                candidate_pairs = PeerReportMetadataCandidatePairs.from_dict(candidate_pairs)

        except Exception as exc:
            raise DecodeError.at("candidate_pairs", exc)

        try:
            device_info = _src_get("device_info", UNSET)
            if device_info is not UNSET:
                device_info = PeerReportMetadataDeviceInfo.from_dict(device_info)

        except Exception as exc:
            raise DecodeError.at("device_info", exc)

        try:
            _events = _src_get("events", UNSET)
            events: list[PeerReportMetadataEventsItem] | Unset = UNSET
            if _events is not UNSET:
                if not isinstance(_events, list):
                    raise DecodeError.expected("an array", _events)
                try:
                    events = list(map(PeerReportMetadataEventsItem.from_dict, _events))
                except Exception:
                    for events_index, events_item_data in enumerate(_events):
                        try:
                            PeerReportMetadataEventsItem.from_dict(events_item_data)
                        except Exception as exc:
                            raise DecodeError.at(events_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("events", exc)

        try:
            ip_information = _src_get("ip_information", UNSET)
            if ip_information is not UNSET:
                ip_information = PeerReportMetadataIpInformation.from_dict(ip_information)

        except Exception as exc:
            raise DecodeError.at("ip_information", exc)

        try:
            native_metadata = _src_get("native_metadata", UNSET)
            if native_metadata is not UNSET:
                native_metadata = PeerReportMetadataNativeMetadata.from_dict(native_metadata)

        except Exception as exc:
            raise DecodeError.at("native_metadata", exc)

        try:
            _pc_metadata = _src_get("pc_metadata", UNSET)
            pc_metadata: list[PeerReportMetadataPcMetadataItem] | Unset = UNSET
            if _pc_metadata is not UNSET:
                if not isinstance(_pc_metadata, list):
                    raise DecodeError.expected("an array", _pc_metadata)
                try:
                    pc_metadata = list(map(PeerReportMetadataPcMetadataItem.from_dict, _pc_metadata))
                except Exception:
                    for pc_metadata_index, pc_metadata_item_data in enumerate(_pc_metadata):
                        try:
                            PeerReportMetadataPcMetadataItem.from_dict(pc_metadata_item_data)
                        except Exception as exc:
                            raise DecodeError.at(pc_metadata_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("pc_metadata", exc)

        try:
            room_view_type = _src_get("room_view_type", UNSET)
            if room_view_type is not UNSET and (
                type(room_view_type) is not str and not isinstance(room_view_type, str)
            ):
                raise DecodeError.expected("a string", room_view_type)

        except Exception as exc:
            raise DecodeError.at("room_view_type", exc)

        try:
            sdk_name = _src_get("sdk_name", UNSET)
            if sdk_name is not UNSET and (type(sdk_name) is not str and not isinstance(sdk_name, str)):
                raise DecodeError.expected("a string", sdk_name)

        except Exception as exc:
            raise DecodeError.at("sdk_name", exc)

        try:
            sdk_type = _src_get("sdk_type", UNSET)
            if sdk_type is not UNSET and (type(sdk_type) is not str and not isinstance(sdk_type, str)):
                raise DecodeError.expected("a string", sdk_type)

        except Exception as exc:
            raise DecodeError.at("sdk_type", exc)

        try:
            sdk_version = _src_get("sdk_version", UNSET)
            if sdk_version is not UNSET and (type(sdk_version) is not str and not isinstance(sdk_version, str)):
                raise DecodeError.expected("a string", sdk_version)

        except Exception as exc:
            raise DecodeError.at("sdk_version", exc)

        try:
            _selected_device_updates = _src_get("selected_device_updates", UNSET)
            selected_device_updates: list[PeerReportMetadataSelectedDeviceUpdatesItem] | Unset = UNSET
            if _selected_device_updates is not UNSET:
                if not isinstance(_selected_device_updates, list):
                    raise DecodeError.expected("an array", _selected_device_updates)
                try:
                    selected_device_updates = list(
                        map(PeerReportMetadataSelectedDeviceUpdatesItem.from_dict, _selected_device_updates)
                    )
                except Exception:
                    for selected_device_updates_index, selected_device_updates_item_data in enumerate(
                        _selected_device_updates
                    ):
                        try:
                            PeerReportMetadataSelectedDeviceUpdatesItem.from_dict(selected_device_updates_item_data)
                        except Exception as exc:
                            raise DecodeError.at(selected_device_updates_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("selected_device_updates", exc)

        try:
            _speaker_devices_updates = _src_get("speaker_devices_updates", UNSET)
            speaker_devices_updates: list[PeerReportMetadataSpeakerDevicesUpdatesItem] | Unset = UNSET
            if _speaker_devices_updates is not UNSET:
                if not isinstance(_speaker_devices_updates, list):
                    raise DecodeError.expected("an array", _speaker_devices_updates)
                try:
                    speaker_devices_updates = list(
                        map(PeerReportMetadataSpeakerDevicesUpdatesItem.from_dict, _speaker_devices_updates)
                    )
                except Exception:
                    for speaker_devices_updates_index, speaker_devices_updates_item_data in enumerate(
                        _speaker_devices_updates
                    ):
                        try:
                            PeerReportMetadataSpeakerDevicesUpdatesItem.from_dict(speaker_devices_updates_item_data)
                        except Exception as exc:
                            raise DecodeError.at(speaker_devices_updates_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("speaker_devices_updates", exc)

        try:
            _video_devices_updates = _src_get("video_devices_updates", UNSET)
            video_devices_updates: list[PeerReportMetadataVideoDevicesUpdatesItem] | Unset = UNSET
            if _video_devices_updates is not UNSET:
                if not isinstance(_video_devices_updates, list):
                    raise DecodeError.expected("an array", _video_devices_updates)
                try:
                    video_devices_updates = list(
                        map(PeerReportMetadataVideoDevicesUpdatesItem.from_dict, _video_devices_updates)
                    )
                except Exception:
                    for video_devices_updates_index, video_devices_updates_item_data in enumerate(
                        _video_devices_updates
                    ):
                        try:
                            PeerReportMetadataVideoDevicesUpdatesItem.from_dict(video_devices_updates_item_data)
                        except Exception as exc:
                            raise DecodeError.at(video_devices_updates_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("video_devices_updates", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.audio_devices_updates = audio_devices_updates
        _instance.browser_metadata = browser_metadata
        _instance.candidate_pairs = candidate_pairs
        _instance.device_info = device_info
        _instance.events = events
        _instance.ip_information = ip_information
        _instance.native_metadata = native_metadata
        _instance.pc_metadata = pc_metadata
        _instance.room_view_type = room_view_type
        _instance.sdk_name = sdk_name
        _instance.sdk_type = sdk_type
        _instance.sdk_version = sdk_version
        _instance.selected_device_updates = selected_device_updates
        _instance.speaker_devices_updates = speaker_devices_updates
        _instance.video_devices_updates = video_devices_updates

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == (audio_devices_updates is not UNSET) + (browser_metadata is not UNSET) + (
            candidate_pairs is not UNSET
        ) + (device_info is not UNSET) + (events is not UNSET) + (ip_information is not UNSET) + (
            native_metadata is not UNSET
        ) + (pc_metadata is not UNSET) + (room_view_type is not UNSET) + (sdk_name is not UNSET) + (
            sdk_type is not UNSET
        ) + (sdk_version is not UNSET) + (selected_device_updates is not UNSET) + (
            speaker_devices_updates is not UNSET
        ) + (video_devices_updates is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _PEER_REPORT_METADATA_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            (
                "audio_devices_updates",
                "audio_devices_updates",
                struct_of(PeerReportMetadataAudioDevicesUpdatesItem, many=True),
                False,
            ),
            ("browser_metadata", "browser_metadata", struct_of(PeerReportMetadataBrowserMetadata), False),
            ("candidate_pairs", "candidate_pairs", struct_of(PeerReportMetadataCandidatePairs), False),
            ("device_info", "device_info", struct_of(PeerReportMetadataDeviceInfo), False),
            ("events", "events", struct_of(PeerReportMetadataEventsItem, many=True), False),
            ("ip_information", "ip_information", struct_of(PeerReportMetadataIpInformation), False),
            ("native_metadata", "native_metadata", struct_of(PeerReportMetadataNativeMetadata), False),
            ("pc_metadata", "pc_metadata", struct_of(PeerReportMetadataPcMetadataItem, many=True), False),
            ("room_view_type", "room_view_type", str, False),
            ("sdk_name", "sdk_name", str, False),
            ("sdk_type", "sdk_type", str, False),
            ("sdk_version", "sdk_version", str, False),
            (
                "selected_device_updates",
                "selected_device_updates",
                struct_of(PeerReportMetadataSelectedDeviceUpdatesItem, many=True),
                False,
            ),
            (
                "speaker_devices_updates",
                "speaker_devices_updates",
                struct_of(PeerReportMetadataSpeakerDevicesUpdatesItem, many=True),
                False,
            ),
            (
                "video_devices_updates",
                "video_devices_updates",
                struct_of(PeerReportMetadataVideoDevicesUpdatesItem, many=True),
                False,
            ),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        audio_devices_updates = _struct.audio_devices_updates
        if audio_devices_updates is not UNSET:
            audio_devices_updates = list(
                map(PeerReportMetadataAudioDevicesUpdatesItem._from_struct, audio_devices_updates)
            )
        _instance.audio_devices_updates = audio_devices_updates

        browser_metadata = _struct.browser_metadata
        if browser_metadata is not UNSET:
            browser_metadata = PeerReportMetadataBrowserMetadata._from_struct(browser_metadata)
        _instance.browser_metadata = browser_metadata

        candidate_pairs = _struct.candidate_pairs
        if candidate_pairs is not UNSET:
            candidate_pairs = PeerReportMetadataCandidatePairs._from_struct(candidate_pairs)
        _instance.candidate_pairs = candidate_pairs

        device_info = _struct.device_info
        if device_info is not UNSET:
            device_info = PeerReportMetadataDeviceInfo._from_struct(device_info)
        _instance.device_info = device_info

        events = _struct.events
        if events is not UNSET:
            events = list(map(PeerReportMetadataEventsItem._from_struct, events))
        _instance.events = events

        ip_information = _struct.ip_information
        if ip_information is not UNSET:
            ip_information = PeerReportMetadataIpInformation._from_struct(ip_information)
        _instance.ip_information = ip_information

        native_metadata = _struct.native_metadata
        if native_metadata is not UNSET:
            native_metadata = PeerReportMetadataNativeMetadata._from_struct(native_metadata)
        _instance.native_metadata = native_metadata

        pc_metadata = _struct.pc_metadata
        if pc_metadata is not UNSET:
            pc_metadata = list(map(PeerReportMetadataPcMetadataItem._from_struct, pc_metadata))
        _instance.pc_metadata = pc_metadata

        _instance.room_view_type = _struct.room_view_type

        _instance.sdk_name = _struct.sdk_name

        _instance.sdk_type = _struct.sdk_type

        _instance.sdk_version = _struct.sdk_version

        selected_device_updates = _struct.selected_device_updates
        if selected_device_updates is not UNSET:
            selected_device_updates = list(
                map(PeerReportMetadataSelectedDeviceUpdatesItem._from_struct, selected_device_updates)
            )
        _instance.selected_device_updates = selected_device_updates

        speaker_devices_updates = _struct.speaker_devices_updates
        if speaker_devices_updates is not UNSET:
            speaker_devices_updates = list(
                map(PeerReportMetadataSpeakerDevicesUpdatesItem._from_struct, speaker_devices_updates)
            )
        _instance.speaker_devices_updates = speaker_devices_updates

        video_devices_updates = _struct.video_devices_updates
        if video_devices_updates is not UNSET:
            video_devices_updates = list(
                map(PeerReportMetadataVideoDevicesUpdatesItem._from_struct, video_devices_updates)
            )
        _instance.video_devices_updates = video_devices_updates

        _instance.additional_properties = {}
        return _instance


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
