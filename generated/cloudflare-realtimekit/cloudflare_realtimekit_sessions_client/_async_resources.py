"""The async client, `AsyncCloudflareRealtimeKit`, and its resources: the twins of the sync ones in `_resources.py`,
loaded on first use (a sync program never builds them). Generated from the spec and overlays; do not edit by hand.
"""

from __future__ import annotations

import builtins
import datetime
import functools
from typing import TYPE_CHECKING, Unpack

from ._resources import _CloudflareRealtimeKitBase
from ._sdk import (
    LazyModule,
    Resource,
)
from .types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from .api.active_session import create_poll as _active_session__create_poll
    from .api.active_session import get_active_session as _active_session__get_active_session
    from .api.active_session import kick_all_participants as _active_session__kick_all_participants
    from .api.active_session import kick_participants as _active_session__kick_participants
    from .api.active_session import mute_all_participants as _active_session__mute_all_participants
    from .api.active_session import mute_participants as _active_session__mute_participants
    from .api.sessions import create_session_summary as _sessions__create_session_summary
    from .api.sessions import get_peer_report as _sessions__get_peer_report
    from .api.sessions import get_session as _sessions__get_session
    from .api.sessions import get_session_chat as _sessions__get_session_chat
    from .api.sessions import get_session_participant as _sessions__get_session_participant
    from .api.sessions import get_session_summary as _sessions__get_session_summary
    from .api.sessions import get_session_transcript as _sessions__get_session_transcript
    from .api.sessions import list_session_participants as _sessions__list_session_participants
    from .api.sessions import list_sessions as _sessions__list_sessions
else:
    # Each operation module is imported on its first call, not with the client (nor are its models): a stand-in
    # puts the module in its place here then, so that later calls find the module itself.
    _active_session__create_poll = LazyModule(
        f"{__package__}.api.active_session.create_poll", globals(), "_active_session__create_poll"
    )
    _active_session__get_active_session = LazyModule(
        f"{__package__}.api.active_session.get_active_session", globals(), "_active_session__get_active_session"
    )
    _active_session__kick_all_participants = LazyModule(
        f"{__package__}.api.active_session.kick_all_participants", globals(), "_active_session__kick_all_participants"
    )
    _active_session__kick_participants = LazyModule(
        f"{__package__}.api.active_session.kick_participants", globals(), "_active_session__kick_participants"
    )
    _active_session__mute_all_participants = LazyModule(
        f"{__package__}.api.active_session.mute_all_participants", globals(), "_active_session__mute_all_participants"
    )
    _active_session__mute_participants = LazyModule(
        f"{__package__}.api.active_session.mute_participants", globals(), "_active_session__mute_participants"
    )
    _sessions__create_session_summary = LazyModule(
        f"{__package__}.api.sessions.create_session_summary", globals(), "_sessions__create_session_summary"
    )
    _sessions__get_peer_report = LazyModule(
        f"{__package__}.api.sessions.get_peer_report", globals(), "_sessions__get_peer_report"
    )
    _sessions__get_session = LazyModule(f"{__package__}.api.sessions.get_session", globals(), "_sessions__get_session")
    _sessions__get_session_chat = LazyModule(
        f"{__package__}.api.sessions.get_session_chat", globals(), "_sessions__get_session_chat"
    )
    _sessions__get_session_participant = LazyModule(
        f"{__package__}.api.sessions.get_session_participant", globals(), "_sessions__get_session_participant"
    )
    _sessions__get_session_summary = LazyModule(
        f"{__package__}.api.sessions.get_session_summary", globals(), "_sessions__get_session_summary"
    )
    _sessions__get_session_transcript = LazyModule(
        f"{__package__}.api.sessions.get_session_transcript", globals(), "_sessions__get_session_transcript"
    )
    _sessions__list_session_participants = LazyModule(
        f"{__package__}.api.sessions.list_session_participants", globals(), "_sessions__list_session_participants"
    )
    _sessions__list_sessions = LazyModule(
        f"{__package__}.api.sessions.list_sessions", globals(), "_sessions__list_sessions"
    )

if TYPE_CHECKING:
    from . import _pages
    from ._pages import AsyncPager
    from ._paging import ListOptions
else:
    # Pages and raw responses load with the first list or raw call, not with the client.
    _pages = LazyModule(f"{__package__}._pages", globals(), "_pages")

if TYPE_CHECKING:
    from . import _async_raw_resources as _raw
else:
    # The raw-response twins load on the first `with_raw_response`, not with the client.
    _raw = LazyModule(f"{__package__}._async_raw_resources", globals(), "_raw")

if TYPE_CHECKING:
    from .models.chat_response import ChatResponse
    from .models.create_poll_response import CreatePollResponse
    from .models.kick_all_response import KickAllResponse
    from .models.list_participants_response import ListParticipantsResponse
    from .models.list_sessions_response import ListSessionsResponse
    from .models.mute_all_response import MuteAllResponse
    from .models.participant import Participant
    from .models.participant_response import ParticipantResponse
    from .models.participant_sort_by import ParticipantSortBy
    from .models.participant_view import ParticipantView
    from .models.participants_action_response import ParticipantsActionResponse
    from .models.peer_report_filter import PeerReportFilter
    from .models.peer_report_response import PeerReportResponse
    from .models.session import Session
    from .models.session_response import SessionResponse
    from .models.session_sort_by import SessionSortBy
    from .models.session_status import SessionStatus
    from .models.sort_order import SortOrder
    from .models.summary_generation_response import SummaryGenerationResponse
    from .models.summary_response import SummaryResponse
    from .models.transcript_format import TranscriptFormat
    from .models.transcript_response import TranscriptResponse


__all__ = ["AsyncCloudflareRealtimeKit"]


class AsyncSessionsTranscriptResource(Resource):
    """`client.sessions.transcript` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.AsyncSessionsTranscriptResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.AsyncSessionsTranscriptResourceWithRawResponse(self)

    async def get(
        self,
        account_id: str,
        app_id: str,
        session_id: str,
        *,
        format_: TranscriptFormat | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TranscriptResponse:
        """Fetch the complete transcript of a session

        Returns a URL to download the transcript for the session ID in CSV format.

        Args:
            account_id (str):
            app_id (str):
            session_id (str):
            format_ (TranscriptFormat | Unset): Transcript file format.
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this operation.
            PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
                "Realtime"). The body is Cloudflare's standard v4 error envelope with code
                10000, documented Cloudflare-wide rather than on this operation.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            TranscriptResponse
        """

        kwargs = _sessions__get_session_transcript._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            session_id=session_id,
            format_=format_,
        )
        response = await self._client._arequest(
            kwargs,
            _sessions__get_session_transcript._parse,
            _sessions__get_session_transcript._parse_error,
            self._merge(options),
        )
        return response.parsed


class AsyncSessionsSummaryResource(Resource):
    """`client.sessions.summary` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.AsyncSessionsSummaryResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.AsyncSessionsSummaryResourceWithRawResponse(self)

    async def get(
        self,
        account_id: str,
        app_id: str,
        session_id: str,
        **options: Unpack[RequestOptions],
    ) -> SummaryResponse:
        """Fetch summary of transcripts for a session

        Returns a Summary URL to download the Summary of Transcripts for the session ID as plain text.

        Args:
            account_id (str):
            app_id (str):
            session_id (str):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this operation.
            PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
                "Realtime"). The body is Cloudflare's standard v4 error envelope with code
                10000, documented Cloudflare-wide rather than on this operation.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            SummaryResponse
        """

        kwargs = _sessions__get_session_summary._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            session_id=session_id,
        )
        response = await self._client._arequest(
            kwargs,
            _sessions__get_session_summary._parse,
            _sessions__get_session_summary._parse_error,
            self._merge(options),
        )
        return response.parsed

    async def create(
        self,
        account_id: str,
        app_id: str,
        session_id: str,
        **options: Unpack[RequestOptions],
    ) -> SummaryGenerationResponse:
        """Generate summary of Transcripts for the session

        Trigger Summary generation of Transcripts for the session ID.

        Args:
            account_id (str):
            app_id (str):
            session_id (str):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this operation.
            PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
                "Realtime"). The body is Cloudflare's standard v4 error envelope with code
                10000, documented Cloudflare-wide rather than on this operation.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            SummaryGenerationResponse
        """

        kwargs = _sessions__create_session_summary._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            session_id=session_id,
        )
        response = await self._client._arequest(
            kwargs,
            _sessions__create_session_summary._parse,
            _sessions__create_session_summary._parse_error,
            self._merge(options),
        )
        return response.parsed


class AsyncSessionsPeerReportResource(Resource):
    """`client.sessions.peer_report` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.AsyncSessionsPeerReportResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.AsyncSessionsPeerReportResourceWithRawResponse(self)

    async def get(
        self,
        account_id: str,
        app_id: str,
        peer_id: str,
        *,
        filters: PeerReportFilter | Unset = UNSET,
        include_peer_events: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> PeerReportResponse:
        """Fetch details of peer

        Returns participant details for the given peer ID along with call statistics.

        Args:
            account_id (str):
            app_id (str):
            peer_id (str):
            filters (PeerReportFilter | Unset): A part of the peer report.
            include_peer_events (bool | Unset):  Default: False.
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this operation.
            PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
                "Realtime"). The body is Cloudflare's standard v4 error envelope with code
                10000, documented Cloudflare-wide rather than on this operation.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            PeerReportResponse
        """

        kwargs = _sessions__get_peer_report._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            peer_id=peer_id,
            filters=filters,
            include_peer_events=include_peer_events,
        )
        response = await self._client._arequest(
            kwargs, _sessions__get_peer_report._parse, _sessions__get_peer_report._parse_error, self._merge(options)
        )
        return response.parsed


class AsyncSessionsParticipantsResource(Resource):
    """`client.sessions.participants` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.AsyncSessionsParticipantsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.AsyncSessionsParticipantsResourceWithRawResponse(self)

    def list(
        self,
        account_id: str,
        app_id: str,
        session_id: str,
        *,
        include_peer_events: bool | Unset = False,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: ParticipantSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        view: ParticipantView | Unset = UNSET,
        **options: Unpack[ListOptions],
    ) -> AsyncPager[Participant, ListParticipantsResponse]:
        """Fetch participants list of a session

        Returns a list of participants for the given session ID.

        Args:
            account_id (str):
            app_id (str):
            session_id (str):
            include_peer_events (bool | Unset):  Default: False.
            per_page (int | Unset):
            search (str | Unset):
            sort_by (ParticipantSortBy | Unset): The field to sort participants by.
            sort_order (SortOrder | Unset): The sort order.
            view (ParticipantView | Unset): The view of participants in breakout room sessions.
            **options: per-call options: timeout, max_retries, extra_headers; max_pages (default 1000: a
                longer list raises PageLimitError) and max_items.

        Raises:
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this operation.
            PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
                "Realtime"). The body is Cloudflare's standard v4 error envelope with code
                10000, documented Cloudflare-wide rather than on this operation.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            AsyncPager[Participant, ListParticipantsResponse]: await it for the first page, or `async for` over every item of every page.
        """

        kwargs = _sessions__list_session_participants._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            session_id=session_id,
            include_peer_events=include_peer_events,
            per_page=per_page,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            view=view,
        )
        pages = functools.partial(
            self._client._aiter_pages,
            kwargs,
            _sessions__list_session_participants._parse,
            _sessions__list_session_participants._parse_error,
            self._merge(options),
            _sessions__list_session_participants._PAGING,
        )
        return _pages.AsyncPager(pages, _sessions__list_session_participants._items, "data.paging.total_count", None)

    async def get(
        self,
        account_id: str,
        app_id: str,
        session_id: str,
        participant_id: str,
        *,
        include_peer_events: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> ParticipantResponse:
        """Fetch details of a participant

        Returns details of the given participant ID for the given session ID. Use the peer report endpoint
        to retrieve call statistics.

        Args:
            account_id (str):
            app_id (str):
            session_id (str):
            participant_id (str):
            include_peer_events (bool | Unset):  Default: False.
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this operation.
            PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
                "Realtime"). The body is Cloudflare's standard v4 error envelope with code
                10000, documented Cloudflare-wide rather than on this operation.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            ParticipantResponse
        """

        kwargs = _sessions__get_session_participant._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            session_id=session_id,
            participant_id=participant_id,
            include_peer_events=include_peer_events,
        )
        response = await self._client._arequest(
            kwargs,
            _sessions__get_session_participant._parse,
            _sessions__get_session_participant._parse_error,
            self._merge(options),
        )
        return response.parsed


class AsyncSessionsChatResource(Resource):
    """`client.sessions.chat` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.AsyncSessionsChatResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.AsyncSessionsChatResourceWithRawResponse(self)

    async def get(
        self,
        account_id: str,
        app_id: str,
        session_id: str,
        **options: Unpack[RequestOptions],
    ) -> ChatResponse:
        """Fetch the complete chat of a session

        Returns a URL to download all chat messages of the session ID in CSV format.

        Args:
            account_id (str):
            app_id (str):
            session_id (str):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this operation.
            PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
                "Realtime"). The body is Cloudflare's standard v4 error envelope with code
                10000, documented Cloudflare-wide rather than on this operation.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            ChatResponse
        """

        kwargs = _sessions__get_session_chat._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            session_id=session_id,
        )
        response = await self._client._arequest(
            kwargs, _sessions__get_session_chat._parse, _sessions__get_session_chat._parse_error, self._merge(options)
        )
        return response.parsed


class AsyncSessionsResource(Resource):
    """`client.sessions` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.AsyncSessionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.AsyncSessionsResourceWithRawResponse(self)

    @property
    def participants(self) -> AsyncSessionsParticipantsResource:
        """Participants: `list`, `get`."""
        return AsyncSessionsParticipantsResource(self._client, self._options)

    @property
    def chat(self) -> AsyncSessionsChatResource:
        """Chat: `get`."""
        return AsyncSessionsChatResource(self._client, self._options)

    @property
    def transcript(self) -> AsyncSessionsTranscriptResource:
        """Transcript: `get`."""
        return AsyncSessionsTranscriptResource(self._client, self._options)

    @property
    def summary(self) -> AsyncSessionsSummaryResource:
        """Summary: `get`, `create`."""
        return AsyncSessionsSummaryResource(self._client, self._options)

    @property
    def peer_report(self) -> AsyncSessionsPeerReportResource:
        """Peer report: `get`."""
        return AsyncSessionsPeerReportResource(self._client, self._options)

    def list(
        self,
        account_id: str,
        app_id: str,
        *,
        associated_id: str | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        participants: str | Unset = UNSET,
        per_page: float | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: SessionSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        status: SessionStatus | Unset = UNSET,
        **options: Unpack[ListOptions],
    ) -> AsyncPager[Session, ListSessionsResponse]:
        """Fetch all sessions of an App

        Returns details of all sessions of an App.

        Args:
            account_id (str):
            app_id (str):
            associated_id (str | Unset):
            end_time (datetime.datetime | Unset):
            participants (str | Unset):
            per_page (float | Unset):
            search (str | Unset):
            sort_by (SessionSortBy | Unset): The field to sort sessions by.
            sort_order (SortOrder | Unset): The sort order.
            start_time (datetime.datetime | Unset):
            status (SessionStatus | Unset): Status of a session.
            **options: per-call options: timeout, max_retries, extra_headers; max_pages (default 1000: a
                longer list raises PageLimitError) and max_items.

        Raises:
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this page.
            PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
                "Realtime"). The body is Cloudflare's standard v4 error envelope with code
                10000, documented Cloudflare-wide rather than on this operation.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            AsyncPager[Session, ListSessionsResponse]: await it for the first page, or `async for` over every item of every page.
        """

        kwargs = _sessions__list_sessions._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            associated_id=associated_id,
            end_time=end_time,
            participants=participants,
            per_page=per_page,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            start_time=start_time,
            status=status,
        )
        pages = functools.partial(
            self._client._aiter_pages,
            kwargs,
            _sessions__list_sessions._parse,
            _sessions__list_sessions._parse_error,
            self._merge(options),
            _sessions__list_sessions._PAGING,
        )
        return _pages.AsyncPager(pages, _sessions__list_sessions._items, "paging.total_count", None)

    async def get(
        self,
        account_id: str,
        app_id: str,
        session_id: str,
        *,
        include_breakout_rooms: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> SessionResponse:
        """Fetch details of a session

        Returns data of the given session ID including recording details.

        Args:
            account_id (str):
            app_id (str):
            session_id (str):
            include_breakout_rooms (bool | Unset):  Default: False.
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this operation.
            PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
                "Realtime"). The body is Cloudflare's standard v4 error envelope with code
                10000, documented Cloudflare-wide rather than on this operation.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            SessionResponse
        """

        kwargs = _sessions__get_session._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            session_id=session_id,
            include_breakout_rooms=include_breakout_rooms,
        )
        response = await self._client._arequest(
            kwargs, _sessions__get_session._parse, _sessions__get_session._parse_error, self._merge(options)
        )
        return response.parsed


class AsyncMeetingsActiveSessionResource(Resource):
    """`client.meetings.active_session` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.AsyncMeetingsActiveSessionResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.AsyncMeetingsActiveSessionResourceWithRawResponse(self)

    async def get(
        self,
        account_id: str,
        app_id: str,
        meeting_id: str,
        **options: Unpack[RequestOptions],
    ) -> SessionResponse:
        """Fetch details of an active session

        Returns details of an ongoing active session for the given meeting ID.

        Args:
            account_id (str):
            app_id (str):
            meeting_id (str):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this operation.
            PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
                "Realtime"). The body is Cloudflare's standard v4 error envelope with code
                10000, documented Cloudflare-wide rather than on this operation.
            NotFoundError: 404, The meeting has no active session (`realtimekit_GetActiveSessionNotFound`). The
                body is RealtimeKit's own error envelope, not the v4 gateway's.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            SessionResponse
        """

        kwargs = _active_session__get_active_session._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            meeting_id=meeting_id,
        )
        response = await self._client._arequest(
            kwargs,
            _active_session__get_active_session._parse,
            _active_session__get_active_session._parse_error,
            self._merge(options),
        )
        return response.parsed

    async def kick(
        self,
        account_id: str,
        app_id: str,
        meeting_id: str,
        *,
        participant_ids: builtins.list[str],
        custom_participant_ids: builtins.list[str],
        **options: Unpack[RequestOptions],
    ) -> ParticipantsActionResponse:
        """Kick participants from an active session

        Kicks one or more participants from an active session using user ID or custom participant ID.

        Args:
            account_id (str):
            app_id (str):
            meeting_id (str):
            participant_ids (list[str]): IDs of the participants.
            custom_participant_ids (list[str]): Custom participant IDs, as passed when the
                participants were created.
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this operation.
            PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
                "Realtime"). The body is Cloudflare's standard v4 error envelope with code
                10000, documented Cloudflare-wide rather than on this operation.
            NotFoundError: 404, A participant to kick was not found (`realtimekit_ParticipantNotFound`). The
                body is RealtimeKit's own error envelope, as for the active session's 404.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            ParticipantsActionResponse
        """

        from ._arguments import checked_body  # noqa: PLC0415
        from .models.participant_selection import ParticipantSelection  # noqa: PLC0415

        # Checked before anything is sent: TypeError or ValueError naming an argument of the wrong type or one that
        # JSON cannot hold; an enum given as its string becomes the enum (see _arguments.py).
        body = checked_body(
            ParticipantSelection(
                participant_ids=participant_ids,
                custom_participant_ids=custom_participant_ids,
            )
        )
        kwargs = _active_session__kick_participants._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            meeting_id=meeting_id,
            body=body,
        )
        response = await self._client._arequest(
            kwargs,
            _active_session__kick_participants._parse,
            _active_session__kick_participants._parse_error,
            self._merge(options),
        )
        return response.parsed

    async def kick_all(
        self,
        account_id: str,
        app_id: str,
        meeting_id: str,
        **options: Unpack[RequestOptions],
    ) -> KickAllResponse:
        """Kick all participants

        Kicks all participants from an active session for the given meeting ID.

        Args:
            account_id (str):
            app_id (str):
            meeting_id (str):
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this operation.
            PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
                "Realtime"). The body is Cloudflare's standard v4 error envelope with code
                10000, documented Cloudflare-wide rather than on this operation.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            KickAllResponse
        """

        kwargs = _active_session__kick_all_participants._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            meeting_id=meeting_id,
        )
        response = await self._client._arequest(
            kwargs,
            _active_session__kick_all_participants._parse,
            _active_session__kick_all_participants._parse_error,
            self._merge(options),
        )
        return response.parsed

    async def mute(
        self,
        account_id: str,
        app_id: str,
        meeting_id: str,
        *,
        participant_ids: builtins.list[str],
        custom_participant_ids: builtins.list[str],
        **options: Unpack[RequestOptions],
    ) -> ParticipantsActionResponse:
        """Mute participants of an active session

        Mutes one or more participants from an active session using user ID or custom participant ID.

        Args:
            account_id (str):
            app_id (str):
            meeting_id (str):
            participant_ids (list[str]): IDs of the participants.
            custom_participant_ids (list[str]): Custom participant IDs, as passed when the
                participants were created.
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this operation.
            PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
                "Realtime"). The body is Cloudflare's standard v4 error envelope with code
                10000, documented Cloudflare-wide rather than on this operation.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            ParticipantsActionResponse
        """

        from ._arguments import checked_body  # noqa: PLC0415
        from .models.participant_selection import ParticipantSelection  # noqa: PLC0415

        # Checked before anything is sent: TypeError or ValueError naming an argument of the wrong type or one that
        # JSON cannot hold; an enum given as its string becomes the enum (see _arguments.py).
        body = checked_body(
            ParticipantSelection(
                participant_ids=participant_ids,
                custom_participant_ids=custom_participant_ids,
            )
        )
        kwargs = _active_session__mute_participants._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            meeting_id=meeting_id,
            body=body,
        )
        response = await self._client._arequest(
            kwargs,
            _active_session__mute_participants._parse,
            _active_session__mute_participants._parse_error,
            self._merge(options),
        )
        return response.parsed

    async def mute_all(
        self,
        account_id: str,
        app_id: str,
        meeting_id: str,
        *,
        allow_unmute: bool,
        **options: Unpack[RequestOptions],
    ) -> MuteAllResponse:
        """Mute all participants

        Mutes all participants of an active session for the given meeting ID.

        Args:
            account_id (str):
            app_id (str):
            meeting_id (str):
            allow_unmute (bool): if false, participants won't be able to unmute themselves after they
                are muted
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this operation.
            PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
                "Realtime"). The body is Cloudflare's standard v4 error envelope with code
                10000, documented Cloudflare-wide rather than on this operation.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            MuteAllResponse
        """

        from ._arguments import checked_body  # noqa: PLC0415
        from .models.mute_all_request import MuteAllRequest  # noqa: PLC0415

        # Checked before anything is sent: TypeError or ValueError naming an argument of the wrong type or one that
        # JSON cannot hold; an enum given as its string becomes the enum (see _arguments.py).
        body = checked_body(
            MuteAllRequest(
                allow_unmute=allow_unmute,
            )
        )
        kwargs = _active_session__mute_all_participants._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            meeting_id=meeting_id,
            body=body,
        )
        response = await self._client._arequest(
            kwargs,
            _active_session__mute_all_participants._parse,
            _active_session__mute_all_participants._parse_error,
            self._merge(options),
        )
        return response.parsed

    async def create_poll(
        self,
        account_id: str,
        app_id: str,
        meeting_id: str,
        *,
        question: str,
        answer_options: builtins.list[str],
        anonymous: bool | Unset = UNSET,
        hide_votes: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreatePollResponse:
        """Create a poll

        Creates a new poll in an active session for the given meeting ID.

        Args:
            account_id (str):
            app_id (str):
            meeting_id (str):
            question (str): Question asked by the poll.
            answer_options (list[str]): Answer options.
            anonymous (bool | Unset): Whether the votes are anonymous.
            hide_votes (bool | Unset): Whether the votes are hidden.
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            BadRequestError: 400, Bad Request. The vendor documents no body.
            AuthenticationError: 401, The API token is missing or invalid. The body is Cloudflare's standard v4 error
                envelope, documented Cloudflare-wide rather than on this operation.
            PermissionDeniedError: 403, The API token lacks the permission this operation needs ("Realtime Admin" or
                "Realtime"). The body is Cloudflare's standard v4 error envelope with code
                10000, documented Cloudflare-wide rather than on this operation.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            CreatePollResponse
        """

        from ._arguments import checked_body  # noqa: PLC0415
        from .models.create_poll_request import CreatePollRequest  # noqa: PLC0415

        # Checked before anything is sent: TypeError or ValueError naming an argument of the wrong type or one that
        # JSON cannot hold; an enum given as its string becomes the enum (see _arguments.py).
        body = checked_body(
            CreatePollRequest(
                question=question,
                answer_options=answer_options,
                anonymous=anonymous,
                hide_votes=hide_votes,
            )
        )
        kwargs = _active_session__create_poll._get_kwargs(
            account_id=account_id,
            app_id=app_id,
            meeting_id=meeting_id,
            body=body,
        )
        response = await self._client._arequest(
            kwargs, _active_session__create_poll._parse, _active_session__create_poll._parse_error, self._merge(options)
        )
        return response.parsed


class AsyncMeetingsResource(Resource):
    """`client.meetings` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.AsyncMeetingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.AsyncMeetingsResourceWithRawResponse(self)

    @property
    def active_session(self) -> AsyncMeetingsActiveSessionResource:
        """Active session: `get`, `kick`, `kick_all`, `mute`, `mute_all`, `create_poll`."""
        return AsyncMeetingsActiveSessionResource(self._client, self._options)


class AsyncCloudflareRealtimeKit(_CloudflareRealtimeKitBase):
    """Cloudflare RealtimeKit sessions client (async).

    ``AsyncCloudflareRealtimeKit(*, token=None, base_url=None, **options)``: the token defaults to the
    environment variable ``CLOUDFLARE_API_TOKEN`` (a missing one raises MissingTokenError), the base URL to
    ``CLOUDFLARE_BASE_URL``, else https://api.cloudflare.com/client/v4. Options: timeout, max_retries, headers,
    httpx_args and more (`client.ClientOptions`); `with_options(...)` returns a copy with some changed.
    Use it as a context manager (``async with``) or call `aclose`.
    """

    @property
    def with_raw_response(self) -> _raw.AsyncCloudflareRealtimeKitWithRawResponse:
        """The same resources, whose methods return the raw response (status, headers; the body on demand)."""
        return _raw.AsyncCloudflareRealtimeKitWithRawResponse(self)

    @property
    def sessions(self) -> AsyncSessionsResource:
        """Sessions: `list`, `get`, `participants`, `chat`, `transcript`, `summary`, `peer_report`."""
        return AsyncSessionsResource(self)

    @property
    def meetings(self) -> AsyncMeetingsResource:
        """Meetings: `active_session`."""
        return AsyncMeetingsResource(self)
