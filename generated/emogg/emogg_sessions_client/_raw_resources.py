"""The raw-response twins of the sync client and its resources (`client.with_raw_response`,
`resource.with_raw_response`): each method is the resource's own, wrapped to return a RawResponse (`_raw.py`:
the wrapper runs the method and hands back the first response instead of its result). Loaded on the first
`with_raw_response`. Generated from the spec and overlays; do not edit by hand.
"""

from __future__ import annotations

from ._raw import RawResource, RawResponses, raw_call, raw_list
from ._resources import (
    Emogg,
    SessionsAudioResource,
    SessionsEmotionsResource,
    SessionsResource,
)

__all__: list[str] = []


class EmoggWithRawResponse(RawResponses):
    """`client.with_raw_response`: the resources, whose methods return the raw response."""

    __slots__ = ()
    _resource: Emogg

    @property
    def sessions(self) -> SessionsResourceWithRawResponse:
        """Sessions: `list`, `create`, `get`, `delete`, `update`, `stop`, `emotions`, `audio`."""
        return self._resource.sessions.with_raw_response


class SessionsEmotionsResourceWithRawResponse(RawResource):
    """The raw-response twin of SessionsEmotionsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: SessionsEmotionsResource

    get = raw_call(SessionsEmotionsResource.get)
    timeline = raw_call(SessionsEmotionsResource.timeline)


class SessionsAudioResourceWithRawResponse(RawResource):
    """The raw-response twin of SessionsAudioResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: SessionsAudioResource

    transcription_sentiment = raw_call(SessionsAudioResource.transcription_sentiment)


class SessionsResourceWithRawResponse(RawResource):
    """The raw-response twin of SessionsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: SessionsResource

    list = raw_list(SessionsResource.list)
    create = raw_call(SessionsResource.create)
    get = raw_call(SessionsResource.get)
    delete = raw_call(SessionsResource.delete)
    update = raw_call(SessionsResource.update)
    stop = raw_call(SessionsResource.stop)

    @property
    def emotions(self) -> SessionsEmotionsResourceWithRawResponse:
        """Emotions: `get`, `timeline`."""
        return self._resource.emotions.with_raw_response

    @property
    def audio(self) -> SessionsAudioResourceWithRawResponse:
        """Audio: `transcription_sentiment`."""
        return self._resource.audio.with_raw_response
