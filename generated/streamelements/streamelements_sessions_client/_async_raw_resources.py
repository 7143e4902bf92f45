"""The raw-response twins of the async client and its resources (`client.with_raw_response`,
`resource.with_raw_response`): each method is the resource's own, wrapped to return a RawResponse (`_raw.py`:
the wrapper runs the method and hands back the first response instead of its result). Loaded on the first
`with_raw_response`. Generated from the spec and overlays; do not edit by hand.
"""

from __future__ import annotations

from ._async_resources import (
    AsyncSessionsResource,
    AsyncSessionsSettingsResource,
    AsyncStreamElements,
)
from ._raw import RawResource, RawResponses, araw_call, araw_list

__all__: list[str] = []


class AsyncStreamElementsWithRawResponse(RawResponses):
    """`client.with_raw_response`: the resources, whose methods return the raw response."""

    __slots__ = ()
    _resource: AsyncStreamElements

    @property
    def sessions(self) -> AsyncSessionsResourceWithRawResponse:
        """Sessions: `get`, `replace`, `reset`, `top`, `get_current`, `settings`."""
        return self._resource.sessions.with_raw_response


class AsyncSessionsSettingsResourceWithRawResponse(RawResource):
    """The raw-response twin of AsyncSessionsSettingsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: AsyncSessionsSettingsResource

    get = araw_call(AsyncSessionsSettingsResource.get)
    replace = araw_call(AsyncSessionsSettingsResource.replace)


class AsyncSessionsResourceWithRawResponse(RawResource):
    """The raw-response twin of AsyncSessionsResource: every method returns a RawResponse."""

    __slots__ = ()
    _resource: AsyncSessionsResource

    get = araw_call(AsyncSessionsResource.get)
    replace = araw_call(AsyncSessionsResource.replace)
    reset = araw_call(AsyncSessionsResource.reset)
    top = araw_list(AsyncSessionsResource.top)
    get_current = araw_call(AsyncSessionsResource.get_current)

    @property
    def settings(self) -> AsyncSessionsSettingsResourceWithRawResponse:
        """Settings: `get`, `replace`."""
        return self._resource.settings.with_raw_response
