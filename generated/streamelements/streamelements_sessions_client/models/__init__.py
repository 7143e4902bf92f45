"""Contains all the data models used in inputs/outputs"""

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
