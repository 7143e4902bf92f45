"""The raw-response twins of the async client and its resources (`client.with_raw_response`,
`resource.with_raw_response`): each method is the resource's own, wrapped to return a RawResponse (`_raw.py`:
the wrapper runs the method and hands back the first response instead of its result). Loaded on the first
`with_raw_response`. Generated from the spec and overlays; do not edit by hand.
"""

from __future__ import annotations

from ._async_resources import (
    AsyncLivepeer,
    AsyncSessionsClipsResource,
    AsyncSessionsResource,
    AsyncStreamsResource,
    AsyncStreamsSessionsResource,
)
from ._raw import RawResource, RawResponses, araw_call, araw_list

__all__: list[str] = []


class AsyncLivepeerWithRawResponse(RawResponses):
    """`client.with_raw_response`: the resources, whose methods return the raw response."""

    __slots__ = ()
    _resource: AsyncLivepeer

    @property
    def sessions(self) -> AsyncSessionsResourceWithRawResponse:
        """Sessions: `get`, `list`, `clips`."""
        return self._resource.sessions.with_raw_response

    @property
    def streams(self) -> AsyncStreamsResourceWithRawResponse:
        """Streams: `sessions`."""
        return self._resource.streams.with_raw_response


class AsyncStreamsSessionsResourceWithRawResponse(RawResource):
    """The raw-response twin of AsyncStreamsSessionsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: AsyncStreamsSessionsResource

    list = araw_list(AsyncStreamsSessionsResource.list)


class AsyncStreamsResourceWithRawResponse(RawResource):
    """The raw-response twin of AsyncStreamsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: AsyncStreamsResource

    @property
    def sessions(self) -> AsyncStreamsSessionsResourceWithRawResponse:
        """Sessions: `list`."""
        return self._resource.sessions.with_raw_response


class AsyncSessionsClipsResourceWithRawResponse(RawResource):
    """The raw-response twin of AsyncSessionsClipsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: AsyncSessionsClipsResource

    list = araw_list(AsyncSessionsClipsResource.list)


class AsyncSessionsResourceWithRawResponse(RawResource):
    """The raw-response twin of AsyncSessionsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: AsyncSessionsResource

    get = araw_call(AsyncSessionsResource.get)
    list = araw_list(AsyncSessionsResource.list)

    @property
    def clips(self) -> AsyncSessionsClipsResourceWithRawResponse:
        """Clips: `list`."""
        return self._resource.clips.with_raw_response
