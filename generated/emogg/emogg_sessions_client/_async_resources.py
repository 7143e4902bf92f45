"""The async client, `AsyncEmogg`, and its resources: the twins of the sync ones in `_resources.py`,
loaded on first use (a sync program never builds them). Generated from the spec and overlays; do not edit by hand.
"""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, Unpack

from ._resources import _EmoggBase
from ._sdk import (
    LazyModule,
    Resource,
)
from .types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    from .api.sessions import create_session as _sessions__create_session
    from .api.sessions import delete_session as _sessions__delete_session
    from .api.sessions import get_session as _sessions__get_session
    from .api.sessions import get_session_emotions as _sessions__get_session_emotions
    from .api.sessions import get_session_emotions_timeline as _sessions__get_session_emotions_timeline
    from .api.sessions import get_session_transcription_sentiment as _sessions__get_session_transcription_sentiment
    from .api.sessions import list_sessions as _sessions__list_sessions
    from .api.sessions import stop_session as _sessions__stop_session
    from .api.sessions import update_session as _sessions__update_session
else:
    # Each operation module is imported on its first call, not with the client (nor are its models): a stand-in
    # puts the module in its place here then, so that later calls find the module itself.
    _sessions__create_session = LazyModule(
        f"{__package__}.api.sessions.create_session", globals(), "_sessions__create_session"
    )
    _sessions__delete_session = LazyModule(
        f"{__package__}.api.sessions.delete_session", globals(), "_sessions__delete_session"
    )
    _sessions__get_session = LazyModule(f"{__package__}.api.sessions.get_session", globals(), "_sessions__get_session")
    _sessions__get_session_emotions = LazyModule(
        f"{__package__}.api.sessions.get_session_emotions", globals(), "_sessions__get_session_emotions"
    )
    _sessions__get_session_emotions_timeline = LazyModule(
        f"{__package__}.api.sessions.get_session_emotions_timeline",
        globals(),
        "_sessions__get_session_emotions_timeline",
    )
    _sessions__get_session_transcription_sentiment = LazyModule(
        f"{__package__}.api.sessions.get_session_transcription_sentiment",
        globals(),
        "_sessions__get_session_transcription_sentiment",
    )
    _sessions__list_sessions = LazyModule(
        f"{__package__}.api.sessions.list_sessions", globals(), "_sessions__list_sessions"
    )
    _sessions__stop_session = LazyModule(
        f"{__package__}.api.sessions.stop_session", globals(), "_sessions__stop_session"
    )
    _sessions__update_session = LazyModule(
        f"{__package__}.api.sessions.update_session", globals(), "_sessions__update_session"
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
    from .models.emotions_timeline import EmotionsTimeline
    from .models.session import Session
    from .models.session_emotions import SessionEmotions
    from .models.session_list import SessionList
    from .models.transcription_sentiment import TranscriptionSentiment


__all__ = ["AsyncEmogg"]


class AsyncSessionsEmotionsResource(Resource):
    """`client.sessions.emotions` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.AsyncSessionsEmotionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.AsyncSessionsEmotionsResourceWithRawResponse(self)

    async def get(
        self,
        session_id: str,
        *,
        expand: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SessionEmotions:
        """Total Emotions

        Get the quantity of each emotion detected during a specific session.

        Args:
            session_id (str): ID of the session.
            expand (list[str] | Unset): Names of fields to expand (sent as repeated `expand[]`
                parameters).
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            BadRequestError: 400, Server received an invalid request body or invalid query parameters.
            AuthenticationError: 401, The request has not been processed because valid authentication credentials were
                not specified (a missing or invalid bearer token).
            NotFoundError: 404, The requested resource does not exist or you do not have permissions to perform
                this action on it.
            RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
                (`RateLimit-Reset` is the time until it is full); the vendor documents no
                `Retry-After`.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            SessionEmotions
        """

        kwargs = _sessions__get_session_emotions._get_kwargs(
            session_id=session_id,
            expand=expand,
        )
        response = await self._client._arequest(
            kwargs,
            _sessions__get_session_emotions._parse,
            _sessions__get_session_emotions._parse_error,
            self._merge(options),
        )
        return response.parsed

    async def timeline(
        self,
        session_id: str,
        *,
        granularity: float | Unset = 60.0,
        start: float | Unset = 0.0,
        end: float | Unset = UNSET,
        expand: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EmotionsTimeline:
        """Emotions Timeline

        Get the quantity of each emotion detected during a specific session, segregated by time intervals of
        arbitrary size. Dividing data by time frames helps you to understand better what were the emotions
        at a given specific moment of the session. Intervals containing no data are not included in the
        response.

        Args:
            session_id (str): ID of the session.
            granularity (float | Unset): Size of each interval in seconds, 5 to 3600. Default: 60.0.
            start (float | Unset): Starting point of the timeline in seconds. Default: 0.0.
            end (float | Unset): End point of the timeline in seconds; the session's end when omitted.
            expand (list[str] | Unset): Names of fields to expand (sent as repeated `expand[]`
                parameters).
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            BadRequestError: 400, Server received an invalid request body or invalid query parameters.
            AuthenticationError: 401, The request has not been processed because valid authentication credentials were
                not specified (a missing or invalid bearer token).
            NotFoundError: 404, The requested resource does not exist or you do not have permissions to perform
                this action on it.
            RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
                (`RateLimit-Reset` is the time until it is full); the vendor documents no
                `Retry-After`.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            EmotionsTimeline
        """

        kwargs = _sessions__get_session_emotions_timeline._get_kwargs(
            session_id=session_id,
            granularity=granularity,
            start=start,
            end=end,
            expand=expand,
        )
        response = await self._client._arequest(
            kwargs,
            _sessions__get_session_emotions_timeline._parse,
            _sessions__get_session_emotions_timeline._parse_error,
            self._merge(options),
        )
        return response.parsed


class AsyncSessionsAudioResource(Resource):
    """`client.sessions.audio` (async)"""

    __slots__ = ()

    @property
    def with_raw_response(self) -> _raw.AsyncSessionsAudioResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers; the parsed body on demand)."""
        return _raw.AsyncSessionsAudioResourceWithRawResponse(self)

    async def transcription_sentiment(
        self,
        session_id: str,
        *,
        granularity: float | Unset = 60.0,
        start: float | Unset = 0.0,
        end: float | Unset = UNSET,
        expand: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TranscriptionSentiment:
        """Transcription Sentiment

        Get the sentiment of the transcription generated for the session audio. Intervals containing no data
        are not included in the response.

        Args:
            session_id (str): ID of the session.
            granularity (float | Unset): Size of each interval in seconds, 5 to 3600. Default: 60.0.
            start (float | Unset): Starting point of the timeline in seconds. Default: 0.0.
            end (float | Unset): End point of the timeline in seconds; the session's end when omitted.
            expand (list[str] | Unset): Names of fields to expand (sent as repeated `expand[]`
                parameters).
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            BadRequestError: 400, Server received an invalid request body or invalid query parameters.
            AuthenticationError: 401, The request has not been processed because valid authentication credentials were
                not specified (a missing or invalid bearer token).
            NotFoundError: 404, The requested resource does not exist or you do not have permissions to perform
                this action on it.
            RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
                (`RateLimit-Reset` is the time until it is full); the vendor documents no
                `Retry-After`.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            TranscriptionSentiment
        """

        kwargs = _sessions__get_session_transcription_sentiment._get_kwargs(
            session_id=session_id,
            granularity=granularity,
            start=start,
            end=end,
            expand=expand,
        )
        response = await self._client._arequest(
            kwargs,
            _sessions__get_session_transcription_sentiment._parse,
            _sessions__get_session_transcription_sentiment._parse_error,
            self._merge(options),
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
    def emotions(self) -> AsyncSessionsEmotionsResource:
        """Emotions: `get`, `timeline`."""
        return AsyncSessionsEmotionsResource(self._client, self._options)

    @property
    def audio(self) -> AsyncSessionsAudioResource:
        """Audio: `transcription_sentiment`."""
        return AsyncSessionsAudioResource(self._client, self._options)

    def list(
        self,
        *,
        state: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        expand: builtins.list[str] | Unset = UNSET,
        **options: Unpack[ListOptions],
    ) -> AsyncPager[Session, SessionList]:
        """List your sessions

        Returns a list of your sessions. The sessions are returned sorted by creation date, with the most
        recent sessions appearing first.

        Args:
            state (str | Unset): A session state. An open set; `active`, `processing` and `finished`
                are the ones documented.
            type_ (str | Unset): A session type. An open set; `live_analysis` is the one documented.
            from_ (str | Unset): Only return sessions started after that date.
            to (str | Unset): Return only sessions started before that date.
            limit (int | Unset): The number of items per page, 1 to 100. Default: 10.
            offset (int | Unset): The index of the first item to return. Default: 0.
            expand (list[str] | Unset): Names of fields to expand (sent as repeated `expand[]`
                parameters).
            **options: per-call options: timeout, max_retries, extra_headers; max_pages (default 1000: a
                longer list raises PageLimitError) and max_items.

        Raises:
            BadRequestError: 400, Server received an invalid request body or invalid query parameters.
            AuthenticationError: 401, The request has not been processed because valid authentication credentials were
                not specified (a missing or invalid bearer token).
            RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
                (`RateLimit-Reset` is the time until it is full); the vendor documents no
                `Retry-After`.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            AsyncPager[Session, SessionList]: await it for the first page, or `async for` over every item of every page.
        """

        kwargs = _sessions__list_sessions._get_kwargs(
            state=state,
            type_=type_,
            from_=from_,
            to=to,
            limit=limit,
            offset=offset,
            expand=expand,
        )
        pages = functools.partial(
            self._client._aiter_pages,
            kwargs,
            _sessions__list_sessions._parse,
            _sessions__list_sessions._parse_error,
            self._merge(options),
            _sessions__list_sessions._PAGING,
        )
        return _pages.AsyncPager(pages, _sessions__list_sessions._items, None, None)

    async def create(
        self,
        *,
        name: str,
        stream_uri: str,
        **options: Unpack[RequestOptions],
    ) -> Session:
        """Create a session

        Initiates a new session for emotion analysis by accepting a live stream URL. Each session is
        automatically assigned a worker which start analyzing the emotions in the stream in real-time until
        the session is stopped (See Stop session). You can monitor the state of the analysis by checking the
        meta.workerState field of the session or in real time using the WS API. At the moment, video
        sessions are not supported by the API. Stream maximum allowed resolution is 1080p. If provided
        stream resolution is higher, the session will be stopped and no data will be analyzed.

        Args:
            name (str): New session name. Max 256 characters.
            stream_uri (str): URI of the stream to analyze. Supported protocols are rtmp, rtsp and
                rtmps.
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            BadRequestError: 400, Server received an invalid request body or invalid query parameters.
            AuthenticationError: 401, The request has not been processed because valid authentication credentials were
                not specified (a missing or invalid bearer token).
            RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
                (`RateLimit-Reset` is the time until it is full); the vendor documents no
                `Retry-After`.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            Session
        """

        from ._arguments import checked_body  # noqa: PLC0415
        from .models.create_session_body import CreateSessionBody  # noqa: PLC0415

        # Checked before anything is sent: TypeError or ValueError naming an argument of the wrong type or one that
        # JSON cannot hold; an enum given as its string becomes the enum (see _arguments.py).
        body = checked_body(
            CreateSessionBody(
                name=name,
                stream_uri=stream_uri,
            )
        )
        kwargs = _sessions__create_session._get_kwargs(
            body=body,
        )
        response = await self._client._arequest(
            kwargs, _sessions__create_session._parse, _sessions__create_session._parse_error, self._merge(options)
        )
        return response.parsed

    async def get(
        self,
        session_id: str,
        **options: Unpack[RequestOptions],
    ) -> Session:
        """Get a session

        Returns the specified session.

        Args:
            session_id (str): ID of the session.
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            AuthenticationError: 401, The request has not been processed because valid authentication credentials were
                not specified (a missing or invalid bearer token).
            NotFoundError: 404, The requested resource does not exist or you do not have permissions to perform
                this action on it.
            RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
                (`RateLimit-Reset` is the time until it is full); the vendor documents no
                `Retry-After`.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            Session
        """

        kwargs = _sessions__get_session._get_kwargs(
            session_id=session_id,
        )
        response = await self._client._arequest(
            kwargs, _sessions__get_session._parse, _sessions__get_session._parse_error, self._merge(options)
        )
        return response.parsed

    async def delete(
        self,
        session_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a session

        Delete a session permanently. It cannot be undone. Also removes any emotional data associated to the
        session. Sessions in the state active cannot be deleted. For deleting an active session you have to
        stop it first.

        Args:
            session_id (str): ID of the session.
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            BadRequestError: 400, The session is active or processing.
            AuthenticationError: 401, The request has not been processed because valid authentication credentials were
                not specified (a missing or invalid bearer token).
            NotFoundError: 404, The requested resource does not exist or you do not have permissions to perform
                this action on it.
            RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
                (`RateLimit-Reset` is the time until it is full); the vendor documents no
                `Retry-After`.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            None
        """

        kwargs = _sessions__delete_session._get_kwargs(
            session_id=session_id,
        )
        response = await self._client._arequest(
            kwargs, _sessions__delete_session._parse, _sessions__delete_session._parse_error, self._merge(options)
        )
        return response.parsed

    async def update(
        self,
        session_id: str,
        *,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Session:
        """Update a session

        Updates the parameters passed on the specified session. At the moment, you can only edit the name of
        a session. All the other fields are handled by our internal systems and are readonly for the end-
        user.

        Args:
            session_id (str): ID of the session.
            name (str | Unset): New session name. Max 256 characters.
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            BadRequestError: 400, Server received an invalid request body or invalid query parameters.
            AuthenticationError: 401, The request has not been processed because valid authentication credentials were
                not specified (a missing or invalid bearer token).
            NotFoundError: 404, The requested resource does not exist or you do not have permissions to perform
                this action on it.
            RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
                (`RateLimit-Reset` is the time until it is full); the vendor documents no
                `Retry-After`.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            Session
        """

        from ._arguments import checked_body  # noqa: PLC0415
        from .models.update_session_body import UpdateSessionBody  # noqa: PLC0415

        # Checked before anything is sent: TypeError or ValueError naming an argument of the wrong type or one that
        # JSON cannot hold; an enum given as its string becomes the enum (see _arguments.py).
        body = checked_body(
            UpdateSessionBody(
                name=name,
            )
        )
        kwargs = _sessions__update_session._get_kwargs(
            session_id=session_id,
            body=body,
        )
        response = await self._client._arequest(
            kwargs, _sessions__update_session._parse, _sessions__update_session._parse_error, self._merge(options)
        )
        return response.parsed

    async def stop(
        self,
        session_id: str,
        **options: Unpack[RequestOptions],
    ) -> Session:
        """Stop a session

        Stops a session created with the Create session endpoint. After this call, the session will
        transition to the finished state and its worker will be stopped hence no more data will be
        collected.

        Args:
            session_id (str): ID of the session.
            **options: per-call options: timeout, max_retries, extra_headers.

        Raises:
            BadRequestError: 400, The session is not active.
            AuthenticationError: 401, The request has not been processed because valid authentication credentials were
                not specified (a missing or invalid bearer token).
            NotFoundError: 404, The requested resource does not exist or you do not have permissions to perform
                this action on it.
            RateLimitError: 429, The token bucket has not enough tokens for this request. Wait until it refills
                (`RateLimit-Reset` is the time until it is full); the vendor documents no
                `Retry-After`.
            APIStatusError: any other error status; APIConnectionError, APITimeoutError, DecodeError.

        Returns:
            Session
        """

        kwargs = _sessions__stop_session._get_kwargs(
            session_id=session_id,
        )
        response = await self._client._arequest(
            kwargs, _sessions__stop_session._parse, _sessions__stop_session._parse_error, self._merge(options)
        )
        return response.parsed


class AsyncEmogg(_EmoggBase):
    """Emogg sessions client (async).

    ``AsyncEmogg(*, token=None, base_url=None, **options)``: the token defaults to the
    environment variable ``EMOGG_API_TOKEN`` (a missing one raises MissingTokenError), the base URL to
    ``EMOGG_BASE_URL``, else https://api.emogg.com. Options: timeout, max_retries, headers,
    httpx_args and more (`client.ClientOptions`); `with_options(...)` returns a copy with some changed.
    Use it as a context manager (``async with``) or call `aclose`.
    """

    @property
    def with_raw_response(self) -> _raw.AsyncEmoggWithRawResponse:
        """The same resources, whose methods return the raw response (status, headers; the body on demand)."""
        return _raw.AsyncEmoggWithRawResponse(self)

    @property
    def sessions(self) -> AsyncSessionsResource:
        """Sessions: `list`, `create`, `get`, `delete`, `update`, `stop`, `emotions`, `audio`."""
        return AsyncSessionsResource(self)
