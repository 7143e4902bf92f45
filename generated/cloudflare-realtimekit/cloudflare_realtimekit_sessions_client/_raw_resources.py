"""The raw-response twins of the sync client and its resources (`client.with_raw_response`,
`resource.with_raw_response`): each method is the resource's own, wrapped to return a RawResponse (`_raw.py`:
the wrapper runs the method and hands back the first response instead of its result). Loaded on the first
`with_raw_response`. Generated from the spec and overlays; do not edit by hand.
"""

from __future__ import annotations

from ._raw import RawResource, RawResponses, raw_call, raw_list
from ._resources import (
    CloudflareRealtimeKit,
    MeetingsActiveSessionResource,
    MeetingsResource,
    SessionsChatResource,
    SessionsParticipantsResource,
    SessionsPeerReportResource,
    SessionsResource,
    SessionsSummaryResource,
    SessionsTranscriptResource,
)

__all__: list[str] = []


class CloudflareRealtimeKitWithRawResponse(RawResponses):
    """`client.with_raw_response`: the resources, whose methods return the raw response."""

    __slots__ = ()
    _resource: CloudflareRealtimeKit

    @property
    def sessions(self) -> SessionsResourceWithRawResponse:
        """Sessions: `list`, `get`, `participants`, `chat`, `transcript`, `summary`, `peer_report`."""
        return self._resource.sessions.with_raw_response

    @property
    def meetings(self) -> MeetingsResourceWithRawResponse:
        """Meetings: `active_session`."""
        return self._resource.meetings.with_raw_response


class SessionsTranscriptResourceWithRawResponse(RawResource):
    """The raw-response twin of SessionsTranscriptResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: SessionsTranscriptResource

    get = raw_call(SessionsTranscriptResource.get)


class SessionsSummaryResourceWithRawResponse(RawResource):
    """The raw-response twin of SessionsSummaryResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: SessionsSummaryResource

    get = raw_call(SessionsSummaryResource.get)
    create = raw_call(SessionsSummaryResource.create)


class SessionsPeerReportResourceWithRawResponse(RawResource):
    """The raw-response twin of SessionsPeerReportResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: SessionsPeerReportResource

    get = raw_call(SessionsPeerReportResource.get)


class SessionsParticipantsResourceWithRawResponse(RawResource):
    """The raw-response twin of SessionsParticipantsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: SessionsParticipantsResource

    list = raw_list(SessionsParticipantsResource.list)
    get = raw_call(SessionsParticipantsResource.get)


class SessionsChatResourceWithRawResponse(RawResource):
    """The raw-response twin of SessionsChatResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: SessionsChatResource

    get = raw_call(SessionsChatResource.get)


class SessionsResourceWithRawResponse(RawResource):
    """The raw-response twin of SessionsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: SessionsResource

    list = raw_list(SessionsResource.list)
    get = raw_call(SessionsResource.get)

    @property
    def participants(self) -> SessionsParticipantsResourceWithRawResponse:
        """Participants: `list`, `get`."""
        return self._resource.participants.with_raw_response

    @property
    def chat(self) -> SessionsChatResourceWithRawResponse:
        """Chat: `get`."""
        return self._resource.chat.with_raw_response

    @property
    def transcript(self) -> SessionsTranscriptResourceWithRawResponse:
        """Transcript: `get`."""
        return self._resource.transcript.with_raw_response

    @property
    def summary(self) -> SessionsSummaryResourceWithRawResponse:
        """Summary: `get`, `create`."""
        return self._resource.summary.with_raw_response

    @property
    def peer_report(self) -> SessionsPeerReportResourceWithRawResponse:
        """Peer report: `get`."""
        return self._resource.peer_report.with_raw_response


class MeetingsActiveSessionResourceWithRawResponse(RawResource):
    """The raw-response twin of MeetingsActiveSessionResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: MeetingsActiveSessionResource

    get = raw_call(MeetingsActiveSessionResource.get)
    kick = raw_call(MeetingsActiveSessionResource.kick)
    kick_all = raw_call(MeetingsActiveSessionResource.kick_all)
    mute = raw_call(MeetingsActiveSessionResource.mute)
    mute_all = raw_call(MeetingsActiveSessionResource.mute_all)
    create_poll = raw_call(MeetingsActiveSessionResource.create_poll)


class MeetingsResourceWithRawResponse(RawResource):
    """The raw-response twin of MeetingsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: MeetingsResource

    @property
    def active_session(self) -> MeetingsActiveSessionResourceWithRawResponse:
        """Active session: `get`, `kick`, `kick_all`, `mute`, `mute_all`, `create_poll`."""
        return self._resource.active_session.with_raw_response
