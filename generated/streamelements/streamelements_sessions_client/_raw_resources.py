"""The raw-response twins of the sync client and its resources (`client.with_raw_response`,
`resource.with_raw_response`): each method is the resource's own, wrapped to return a RawResponse (`_raw.py`:
the wrapper runs the method and hands back the first response instead of its result). Loaded on the first
`with_raw_response`. Generated from the spec and overlays; do not edit by hand.
"""

from __future__ import annotations

from ._raw import RawResource, RawResponses, raw_call, raw_list
from ._resources import (
    SessionsResource,
    SessionsSettingsResource,
    StreamElements,
)

__all__: list[str] = []


class StreamElementsWithRawResponse(RawResponses):
    """`client.with_raw_response`: the resources, whose methods return the raw response."""

    __slots__ = ()
    _resource: StreamElements

    @property
    def sessions(self) -> SessionsResourceWithRawResponse:
        """Sessions: `get`, `replace`, `reset`, `top`, `get_current`, `settings`."""
        return self._resource.sessions.with_raw_response


class SessionsSettingsResourceWithRawResponse(RawResource):
    """The raw-response twin of SessionsSettingsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: SessionsSettingsResource

    get = raw_call(SessionsSettingsResource.get)
    replace = raw_call(SessionsSettingsResource.replace)


class SessionsResourceWithRawResponse(RawResource):
    """The raw-response twin of SessionsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: SessionsResource

    get = raw_call(SessionsResource.get)
    replace = raw_call(SessionsResource.replace)
    reset = raw_call(SessionsResource.reset)
    top = raw_list(SessionsResource.top)
    get_current = raw_call(SessionsResource.get_current)

    @property
    def settings(self) -> SessionsSettingsResourceWithRawResponse:
        """Settings: `get`, `replace`."""
        return self._resource.settings.with_raw_response
