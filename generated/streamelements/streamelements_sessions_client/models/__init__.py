"""Contains all the data models used in inputs/outputs.

Each model loads on first use (a module `__getattr__`, PEP 562): a call imports the models its response needs,
not all of them (the import budget is httpx plus 10 %; see scripts/bench/imports.py).
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .amount import Amount
    from .amount_recent import AmountRecent
    from .amount_value import AmountValue
    from .boom_error import BoomError
    from .boom_error_detail import BoomErrorDetail
    from .count import Count
    from .count_value import CountValue
    from .follower_latest import FollowerLatest
    from .follower_recent import FollowerRecent
    from .latest_donation import LatestDonation
    from .latest_follower import LatestFollower
    from .latest_host import LatestHost
    from .latest_subscriber import LatestSubscriber
    from .latest_with_message import LatestWithMessage
    from .legacy_session import LegacySession
    from .legacy_session_data import LegacySessionData
    from .recent_event import RecentEvent
    from .recent_follower import RecentFollower
    from .recent_tip import RecentTip
    from .session import Session
    from .session_data import SessionData
    from .session_settings import SessionSettings
    from .session_settings_update import SessionSettingsUpdate
    from .session_update import SessionUpdate
    from .subscriber_latest import SubscriberLatest
    from .subscriber_recent import SubscriberRecent
    from .top_donation import TopDonation
    from .top_event import TopEvent
    from .top_user_amount import TopUserAmount

_MODULES = {
    "Amount": ".amount",
    "AmountRecent": ".amount_recent",
    "AmountValue": ".amount_value",
    "BoomError": ".boom_error",
    "BoomErrorDetail": ".boom_error_detail",
    "Count": ".count",
    "CountValue": ".count_value",
    "FollowerLatest": ".follower_latest",
    "FollowerRecent": ".follower_recent",
    "LatestDonation": ".latest_donation",
    "LatestFollower": ".latest_follower",
    "LatestHost": ".latest_host",
    "LatestSubscriber": ".latest_subscriber",
    "LatestWithMessage": ".latest_with_message",
    "LegacySession": ".legacy_session",
    "LegacySessionData": ".legacy_session_data",
    "RecentEvent": ".recent_event",
    "RecentFollower": ".recent_follower",
    "RecentTip": ".recent_tip",
    "Session": ".session",
    "SessionData": ".session_data",
    "SessionSettings": ".session_settings",
    "SessionSettingsUpdate": ".session_settings_update",
    "SessionUpdate": ".session_update",
    "SubscriberLatest": ".subscriber_latest",
    "SubscriberRecent": ".subscriber_recent",
    "TopDonation": ".top_donation",
    "TopEvent": ".top_event",
    "TopUserAmount": ".top_user_amount",
}

__all__ = (
    "Amount",
    "AmountRecent",
    "AmountValue",
    "BoomError",
    "BoomErrorDetail",
    "Count",
    "CountValue",
    "FollowerLatest",
    "FollowerRecent",
    "LatestDonation",
    "LatestFollower",
    "LatestHost",
    "LatestSubscriber",
    "LatestWithMessage",
    "LegacySession",
    "LegacySessionData",
    "RecentEvent",
    "RecentFollower",
    "RecentTip",
    "Session",
    "SessionData",
    "SessionSettings",
    "SessionSettingsUpdate",
    "SessionUpdate",
    "SubscriberLatest",
    "SubscriberRecent",
    "TopDonation",
    "TopEvent",
    "TopUserAmount",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib  # noqa: PLC0415

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later look-ups find it without calling here
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
