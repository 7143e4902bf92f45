"""The raw-response twins of the async client and its resources (`client.with_raw_response`,
`resource.with_raw_response`): each method is the resource's own, wrapped to return a RawResponse (`_raw.py`:
the wrapper runs the method and hands back the first response instead of its result). Loaded on the first
`with_raw_response`. Generated from the spec and overlays; do not edit by hand.
"""

from __future__ import annotations

from ._async_resources import (
    AsyncCloudflareRealtimeKit,
    AsyncMeetingsActiveSessionResource,
    AsyncMeetingsResource,
    AsyncSessionsChatResource,
    AsyncSessionsParticipantsResource,
    AsyncSessionsPeerReportResource,
    AsyncSessionsResource,
    AsyncSessionsSummaryResource,
    AsyncSessionsTranscriptResource,
)
from ._raw import RawResource, RawResponses, araw_call, araw_list

__all__: list[str] = []


class AsyncCloudflareRealtimeKitWithRawResponse(RawResponses):
    """`client.with_raw_response`: the resources, whose methods return the raw response."""

    __slots__ = ()
    _resource: AsyncCloudflareRealtimeKit

    @property
    def sessions(self) -> AsyncSessionsResourceWithRawResponse:
        """Sessions: `list`, `get`, `participants`, `chat`, `transcript`, `summary`, `peer_report`."""
        return self._resource.sessions.with_raw_response

    @property
    def meetings(self) -> AsyncMeetingsResourceWithRawResponse:
        """Meetings: `active_session`."""
        return self._resource.meetings.with_raw_response


class AsyncSessionsTranscriptResourceWithRawResponse(RawResource):
    """The raw-response twin of AsyncSessionsTranscriptResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: AsyncSessionsTranscriptResource

    get = araw_call(AsyncSessionsTranscriptResource.get)


class AsyncSessionsSummaryResourceWithRawResponse(RawResource):
    """The raw-response twin of AsyncSessionsSummaryResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: AsyncSessionsSummaryResource

    get = araw_call(AsyncSessionsSummaryResource.get)
    create = araw_call(AsyncSessionsSummaryResource.create)


class AsyncSessionsPeerReportResourceWithRawResponse(RawResource):
    """The raw-response twin of AsyncSessionsPeerReportResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: AsyncSessionsPeerReportResource

    get = araw_call(AsyncSessionsPeerReportResource.get)


class AsyncSessionsParticipantsResourceWithRawResponse(RawResource):
    """The raw-response twin of AsyncSessionsParticipantsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: AsyncSessionsParticipantsResource

    list = araw_list(AsyncSessionsParticipantsResource.list)
    get = araw_call(AsyncSessionsParticipantsResource.get)


class AsyncSessionsChatResourceWithRawResponse(RawResource):
    """The raw-response twin of AsyncSessionsChatResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: AsyncSessionsChatResource

    get = araw_call(AsyncSessionsChatResource.get)


class AsyncSessionsResourceWithRawResponse(RawResource):
    """The raw-response twin of AsyncSessionsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: AsyncSessionsResource

    list = araw_list(AsyncSessionsResource.list)
    get = araw_call(AsyncSessionsResource.get)

    @property
    def participants(self) -> AsyncSessionsParticipantsResourceWithRawResponse:
        """Participants: `list`, `get`."""
        return self._resource.participants.with_raw_response

    @property
    def chat(self) -> AsyncSessionsChatResourceWithRawResponse:
        """Chat: `get`."""
        return self._resource.chat.with_raw_response

    @property
    def transcript(self) -> AsyncSessionsTranscriptResourceWithRawResponse:
        """Transcript: `get`."""
        return self._resource.transcript.with_raw_response

    @property
    def summary(self) -> AsyncSessionsSummaryResourceWithRawResponse:
        """Summary: `get`, `create`."""
        return self._resource.summary.with_raw_response

    @property
    def peer_report(self) -> AsyncSessionsPeerReportResourceWithRawResponse:
        """Peer report: `get`."""
        return self._resource.peer_report.with_raw_response


class AsyncMeetingsActiveSessionResourceWithRawResponse(RawResource):
    """The raw-response twin of AsyncMeetingsActiveSessionResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: AsyncMeetingsActiveSessionResource

    get = araw_call(AsyncMeetingsActiveSessionResource.get)
    kick = araw_call(AsyncMeetingsActiveSessionResource.kick)
    kick_all = araw_call(AsyncMeetingsActiveSessionResource.kick_all)
    mute = araw_call(AsyncMeetingsActiveSessionResource.mute)
    mute_all = araw_call(AsyncMeetingsActiveSessionResource.mute_all)
    create_poll = araw_call(AsyncMeetingsActiveSessionResource.create_poll)


class AsyncMeetingsResourceWithRawResponse(RawResource):
    """The raw-response twin of AsyncMeetingsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: AsyncMeetingsResource

    @property
    def active_session(self) -> AsyncMeetingsActiveSessionResourceWithRawResponse:
        """Active session: `get`, `kick`, `kick_all`, `mute`, `mute_all`, `create_poll`."""
        return self._resource.active_session.with_raw_response
