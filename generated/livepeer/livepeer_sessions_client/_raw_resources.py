"""The raw-response twins of the sync client and its resources (`client.with_raw_response`,
`resource.with_raw_response`): each method is the resource's own, wrapped to return a RawResponse (`_raw.py`:
the wrapper runs the method and hands back the first response instead of its result). Loaded on the first
`with_raw_response`. Generated from the spec and overlays; do not edit by hand.
"""

from __future__ import annotations

from ._raw import RawResource, RawResponses, raw_call, raw_list
from ._resources import (
    Livepeer,
    SessionsClipsResource,
    SessionsResource,
    StreamsResource,
    StreamsSessionsResource,
)

__all__: list[str] = []


class LivepeerWithRawResponse(RawResponses):
    """`client.with_raw_response`: the resources, whose methods return the raw response."""

    __slots__ = ()
    _resource: Livepeer

    @property
    def sessions(self) -> SessionsResourceWithRawResponse:
        """Sessions: `get`, `list`, `clips`."""
        return self._resource.sessions.with_raw_response

    @property
    def streams(self) -> StreamsResourceWithRawResponse:
        """Streams: `sessions`."""
        return self._resource.streams.with_raw_response


class StreamsSessionsResourceWithRawResponse(RawResource):
    """The raw-response twin of StreamsSessionsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: StreamsSessionsResource

    list = raw_list(StreamsSessionsResource.list)


class StreamsResourceWithRawResponse(RawResource):
    """The raw-response twin of StreamsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: StreamsResource

    @property
    def sessions(self) -> StreamsSessionsResourceWithRawResponse:
        """Sessions: `list`."""
        return self._resource.sessions.with_raw_response


class SessionsClipsResourceWithRawResponse(RawResource):
    """The raw-response twin of SessionsClipsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: SessionsClipsResource

    list = raw_list(SessionsClipsResource.list)


class SessionsResourceWithRawResponse(RawResource):
    """The raw-response twin of SessionsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: SessionsResource

    get = raw_call(SessionsResource.get)
    list = raw_list(SessionsResource.list)

    @property
    def clips(self) -> SessionsClipsResourceWithRawResponse:
        """Clips: `list`."""
        return self._resource.clips.with_raw_response
