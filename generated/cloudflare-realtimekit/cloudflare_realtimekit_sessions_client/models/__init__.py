"""Contains all the data models used in inputs/outputs.

Each model loads on first use (a module `__getattr__`, PEP 562): a call imports the models its response needs,
not all of them (the import budget is httpx plus 10 %; see scripts/bench/imports.py).
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_participant import ActionParticipant
    from .chat_download import ChatDownload
    from .chat_response import ChatResponse
    from .create_poll_request import CreatePollRequest
    from .create_poll_response import CreatePollResponse
    from .error_envelope import ErrorEnvelope
    from .kick_all import KickAll
    from .kick_all_response import KickAllResponse
    from .list_participants_response import ListParticipantsResponse
    from .list_sessions_response import ListSessionsResponse
    from .mute_all import MuteAll
    from .mute_all_request import MuteAllRequest
    from .mute_all_response import MuteAllResponse
    from .paging import Paging
    from .participant import Participant
    from .participant_data import ParticipantData
    from .participant_list import ParticipantList
    from .participant_response import ParticipantResponse
    from .participant_selection import ParticipantSelection
    from .participant_sort_by import ParticipantSortBy
    from .participant_view import ParticipantView
    from .participants_action import ParticipantsAction
    from .participants_action_response import ParticipantsActionResponse
    from .peer_event import PeerEvent
    from .peer_event_name import PeerEventName
    from .peer_report import PeerReport
    from .peer_report_data import PeerReportData
    from .peer_report_filter import PeerReportFilter
    from .peer_report_metadata import PeerReportMetadata
    from .peer_report_metadata_audio_devices_updates_item import PeerReportMetadataAudioDevicesUpdatesItem
    from .peer_report_metadata_browser_metadata import PeerReportMetadataBrowserMetadata
    from .peer_report_metadata_candidate_pairs import PeerReportMetadataCandidatePairs
    from .peer_report_metadata_device_info import PeerReportMetadataDeviceInfo
    from .peer_report_metadata_events_item import PeerReportMetadataEventsItem
    from .peer_report_metadata_ip_information import PeerReportMetadataIpInformation
    from .peer_report_metadata_native_metadata import PeerReportMetadataNativeMetadata
    from .peer_report_metadata_pc_metadata_item import PeerReportMetadataPcMetadataItem
    from .peer_report_metadata_selected_device_updates_item import PeerReportMetadataSelectedDeviceUpdatesItem
    from .peer_report_metadata_speaker_devices_updates_item import PeerReportMetadataSpeakerDevicesUpdatesItem
    from .peer_report_metadata_video_devices_updates_item import PeerReportMetadataVideoDevicesUpdatesItem
    from .peer_report_participant import PeerReportParticipant
    from .peer_report_quality import PeerReportQuality
    from .peer_report_quality_audio_consumer_cumulative import PeerReportQualityAudioConsumerCumulative
    from .peer_report_quality_audio_consumer_item import PeerReportQualityAudioConsumerItem
    from .peer_report_quality_audio_producer_cumulative import PeerReportQualityAudioProducerCumulative
    from .peer_report_quality_audio_producer_item import PeerReportQualityAudioProducerItem
    from .peer_report_quality_screenshare_audio_consumer_cumulative import (
        PeerReportQualityScreenshareAudioConsumerCumulative,
    )
    from .peer_report_quality_screenshare_audio_consumer_item import PeerReportQualityScreenshareAudioConsumerItem
    from .peer_report_quality_screenshare_audio_producer_cumulative import (
        PeerReportQualityScreenshareAudioProducerCumulative,
    )
    from .peer_report_quality_screenshare_audio_producer_item import PeerReportQualityScreenshareAudioProducerItem
    from .peer_report_quality_screenshare_video_consumer_cumulative import (
        PeerReportQualityScreenshareVideoConsumerCumulative,
    )
    from .peer_report_quality_screenshare_video_consumer_item import PeerReportQualityScreenshareVideoConsumerItem
    from .peer_report_quality_screenshare_video_producer_cumulative import (
        PeerReportQualityScreenshareVideoProducerCumulative,
    )
    from .peer_report_quality_screenshare_video_producer_item import PeerReportQualityScreenshareVideoProducerItem
    from .peer_report_quality_video_consumer_cumulative import PeerReportQualityVideoConsumerCumulative
    from .peer_report_quality_video_consumer_item import PeerReportQualityVideoConsumerItem
    from .peer_report_quality_video_producer_cumulative import PeerReportQualityVideoProducerCumulative
    from .peer_report_quality_video_producer_item import PeerReportQualityVideoProducerItem
    from .peer_report_response import PeerReportResponse
    from .poll import Poll
    from .poll_action import PollAction
    from .poll_option import PollOption
    from .poll_vote import PollVote
    from .preset_view_type import PresetViewType
    from .realtime_kit_error import RealtimeKitError
    from .realtime_kit_error_detail import RealtimeKitErrorDetail
    from .response_message import ResponseMessage
    from .response_message_source import ResponseMessageSource
    from .session import Session
    from .session_list import SessionList
    from .session_response import SessionResponse
    from .session_sort_by import SessionSortBy
    from .session_status import SessionStatus
    from .session_type import SessionType
    from .sort_order import SortOrder
    from .summary_download import SummaryDownload
    from .summary_generation import SummaryGeneration
    from .summary_generation_response import SummaryGenerationResponse
    from .summary_response import SummaryResponse
    from .transcript_download import TranscriptDownload
    from .transcript_format import TranscriptFormat
    from .transcript_response import TranscriptResponse

_MODULES = {
    "ActionParticipant": ".action_participant",
    "ChatDownload": ".chat_download",
    "ChatResponse": ".chat_response",
    "CreatePollRequest": ".create_poll_request",
    "CreatePollResponse": ".create_poll_response",
    "ErrorEnvelope": ".error_envelope",
    "KickAll": ".kick_all",
    "KickAllResponse": ".kick_all_response",
    "ListParticipantsResponse": ".list_participants_response",
    "ListSessionsResponse": ".list_sessions_response",
    "MuteAll": ".mute_all",
    "MuteAllRequest": ".mute_all_request",
    "MuteAllResponse": ".mute_all_response",
    "Paging": ".paging",
    "Participant": ".participant",
    "ParticipantData": ".participant_data",
    "ParticipantList": ".participant_list",
    "ParticipantResponse": ".participant_response",
    "ParticipantSelection": ".participant_selection",
    "ParticipantSortBy": ".participant_sort_by",
    "ParticipantView": ".participant_view",
    "ParticipantsAction": ".participants_action",
    "ParticipantsActionResponse": ".participants_action_response",
    "PeerEvent": ".peer_event",
    "PeerEventName": ".peer_event_name",
    "PeerReport": ".peer_report",
    "PeerReportData": ".peer_report_data",
    "PeerReportFilter": ".peer_report_filter",
    "PeerReportMetadata": ".peer_report_metadata",
    "PeerReportMetadataAudioDevicesUpdatesItem": ".peer_report_metadata_audio_devices_updates_item",
    "PeerReportMetadataBrowserMetadata": ".peer_report_metadata_browser_metadata",
    "PeerReportMetadataCandidatePairs": ".peer_report_metadata_candidate_pairs",
    "PeerReportMetadataDeviceInfo": ".peer_report_metadata_device_info",
    "PeerReportMetadataEventsItem": ".peer_report_metadata_events_item",
    "PeerReportMetadataIpInformation": ".peer_report_metadata_ip_information",
    "PeerReportMetadataNativeMetadata": ".peer_report_metadata_native_metadata",
    "PeerReportMetadataPcMetadataItem": ".peer_report_metadata_pc_metadata_item",
    "PeerReportMetadataSelectedDeviceUpdatesItem": ".peer_report_metadata_selected_device_updates_item",
    "PeerReportMetadataSpeakerDevicesUpdatesItem": ".peer_report_metadata_speaker_devices_updates_item",
    "PeerReportMetadataVideoDevicesUpdatesItem": ".peer_report_metadata_video_devices_updates_item",
    "PeerReportParticipant": ".peer_report_participant",
    "PeerReportQuality": ".peer_report_quality",
    "PeerReportQualityAudioConsumerCumulative": ".peer_report_quality_audio_consumer_cumulative",
    "PeerReportQualityAudioConsumerItem": ".peer_report_quality_audio_consumer_item",
    "PeerReportQualityAudioProducerCumulative": ".peer_report_quality_audio_producer_cumulative",
    "PeerReportQualityAudioProducerItem": ".peer_report_quality_audio_producer_item",
    "PeerReportQualityScreenshareAudioConsumerCumulative": ".peer_report_quality_screenshare_audio_consumer_cumulative",
    "PeerReportQualityScreenshareAudioConsumerItem": ".peer_report_quality_screenshare_audio_consumer_item",
    "PeerReportQualityScreenshareAudioProducerCumulative": ".peer_report_quality_screenshare_audio_producer_cumulative",
    "PeerReportQualityScreenshareAudioProducerItem": ".peer_report_quality_screenshare_audio_producer_item",
    "PeerReportQualityScreenshareVideoConsumerCumulative": ".peer_report_quality_screenshare_video_consumer_cumulative",
    "PeerReportQualityScreenshareVideoConsumerItem": ".peer_report_quality_screenshare_video_consumer_item",
    "PeerReportQualityScreenshareVideoProducerCumulative": ".peer_report_quality_screenshare_video_producer_cumulative",
    "PeerReportQualityScreenshareVideoProducerItem": ".peer_report_quality_screenshare_video_producer_item",
    "PeerReportQualityVideoConsumerCumulative": ".peer_report_quality_video_consumer_cumulative",
    "PeerReportQualityVideoConsumerItem": ".peer_report_quality_video_consumer_item",
    "PeerReportQualityVideoProducerCumulative": ".peer_report_quality_video_producer_cumulative",
    "PeerReportQualityVideoProducerItem": ".peer_report_quality_video_producer_item",
    "PeerReportResponse": ".peer_report_response",
    "Poll": ".poll",
    "PollAction": ".poll_action",
    "PollOption": ".poll_option",
    "PollVote": ".poll_vote",
    "PresetViewType": ".preset_view_type",
    "RealtimeKitError": ".realtime_kit_error",
    "RealtimeKitErrorDetail": ".realtime_kit_error_detail",
    "ResponseMessage": ".response_message",
    "ResponseMessageSource": ".response_message_source",
    "Session": ".session",
    "SessionList": ".session_list",
    "SessionResponse": ".session_response",
    "SessionSortBy": ".session_sort_by",
    "SessionStatus": ".session_status",
    "SessionType": ".session_type",
    "SortOrder": ".sort_order",
    "SummaryDownload": ".summary_download",
    "SummaryGeneration": ".summary_generation",
    "SummaryGenerationResponse": ".summary_generation_response",
    "SummaryResponse": ".summary_response",
    "TranscriptDownload": ".transcript_download",
    "TranscriptFormat": ".transcript_format",
    "TranscriptResponse": ".transcript_response",
}

__all__ = (
    "ActionParticipant",
    "ChatDownload",
    "ChatResponse",
    "CreatePollRequest",
    "CreatePollResponse",
    "ErrorEnvelope",
    "KickAll",
    "KickAllResponse",
    "ListParticipantsResponse",
    "ListSessionsResponse",
    "MuteAll",
    "MuteAllRequest",
    "MuteAllResponse",
    "Paging",
    "Participant",
    "ParticipantData",
    "ParticipantList",
    "ParticipantResponse",
    "ParticipantsAction",
    "ParticipantsActionResponse",
    "ParticipantSelection",
    "ParticipantSortBy",
    "ParticipantView",
    "PeerEvent",
    "PeerEventName",
    "PeerReport",
    "PeerReportData",
    "PeerReportFilter",
    "PeerReportMetadata",
    "PeerReportMetadataAudioDevicesUpdatesItem",
    "PeerReportMetadataBrowserMetadata",
    "PeerReportMetadataCandidatePairs",
    "PeerReportMetadataDeviceInfo",
    "PeerReportMetadataEventsItem",
    "PeerReportMetadataIpInformation",
    "PeerReportMetadataNativeMetadata",
    "PeerReportMetadataPcMetadataItem",
    "PeerReportMetadataSelectedDeviceUpdatesItem",
    "PeerReportMetadataSpeakerDevicesUpdatesItem",
    "PeerReportMetadataVideoDevicesUpdatesItem",
    "PeerReportParticipant",
    "PeerReportQuality",
    "PeerReportQualityAudioConsumerCumulative",
    "PeerReportQualityAudioConsumerItem",
    "PeerReportQualityAudioProducerCumulative",
    "PeerReportQualityAudioProducerItem",
    "PeerReportQualityScreenshareAudioConsumerCumulative",
    "PeerReportQualityScreenshareAudioConsumerItem",
    "PeerReportQualityScreenshareAudioProducerCumulative",
    "PeerReportQualityScreenshareAudioProducerItem",
    "PeerReportQualityScreenshareVideoConsumerCumulative",
    "PeerReportQualityScreenshareVideoConsumerItem",
    "PeerReportQualityScreenshareVideoProducerCumulative",
    "PeerReportQualityScreenshareVideoProducerItem",
    "PeerReportQualityVideoConsumerCumulative",
    "PeerReportQualityVideoConsumerItem",
    "PeerReportQualityVideoProducerCumulative",
    "PeerReportQualityVideoProducerItem",
    "PeerReportResponse",
    "Poll",
    "PollAction",
    "PollOption",
    "PollVote",
    "PresetViewType",
    "RealtimeKitError",
    "RealtimeKitErrorDetail",
    "ResponseMessage",
    "ResponseMessageSource",
    "Session",
    "SessionList",
    "SessionResponse",
    "SessionSortBy",
    "SessionStatus",
    "SessionType",
    "SortOrder",
    "SummaryDownload",
    "SummaryGeneration",
    "SummaryGenerationResponse",
    "SummaryResponse",
    "TranscriptDownload",
    "TranscriptFormat",
    "TranscriptResponse",
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
