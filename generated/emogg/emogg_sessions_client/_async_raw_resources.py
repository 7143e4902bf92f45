"""The raw-response twins of the async client and its resources (`client.with_raw_response`,
`resource.with_raw_response`): each method is the resource's own, wrapped to return a RawResponse (`_raw.py`:
the wrapper runs the method and hands back the first response instead of its result). Loaded on the first
`with_raw_response`. Generated from the spec and overlays; do not edit by hand.
"""

from __future__ import annotations

from ._async_resources import (
    AsyncEmogg,
    AsyncSessionsAudioResource,
    AsyncSessionsEmotionsResource,
    AsyncSessionsResource,
)
from ._raw import RawResource, RawResponses, araw_call, araw_list

__all__: list[str] = []


class AsyncEmoggWithRawResponse(RawResponses):
    """`client.with_raw_response`: the resources, whose methods return the raw response."""

    __slots__ = ()
    _resource: AsyncEmogg

    @property
    def sessions(self) -> AsyncSessionsResourceWithRawResponse:
        """Sessions: `list`, `create`, `get`, `delete`, `update`, `stop`, `emotions`, `audio`."""
        return self._resource.sessions.with_raw_response


class AsyncSessionsEmotionsResourceWithRawResponse(RawResource):
    """The raw-response twin of AsyncSessionsEmotionsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: AsyncSessionsEmotionsResource

    get = araw_call(AsyncSessionsEmotionsResource.get)
    timeline = araw_call(AsyncSessionsEmotionsResource.timeline)


class AsyncSessionsAudioResourceWithRawResponse(RawResource):
    """The raw-response twin of AsyncSessionsAudioResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: AsyncSessionsAudioResource

    transcription_sentiment = araw_call(AsyncSessionsAudioResource.transcription_sentiment)


class AsyncSessionsResourceWithRawResponse(RawResource):
    """The raw-response twin of AsyncSessionsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: AsyncSessionsResource

    list = araw_list(AsyncSessionsResource.list)
    create = araw_call(AsyncSessionsResource.create)
    get = araw_call(AsyncSessionsResource.get)
    delete = araw_call(AsyncSessionsResource.delete)
    update = araw_call(AsyncSessionsResource.update)
    stop = araw_call(AsyncSessionsResource.stop)

    @property
    def emotions(self) -> AsyncSessionsEmotionsResourceWithRawResponse:
        """Emotions: `get`, `timeline`."""
        return self._resource.emotions.with_raw_response

    @property
    def audio(self) -> AsyncSessionsAudioResourceWithRawResponse:
        """Audio: `transcription_sentiment`."""
        return self._resource.audio.with_raw_response
