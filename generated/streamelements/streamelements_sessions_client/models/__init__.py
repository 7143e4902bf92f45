"""Contains all the data models used in inputs/outputs"""

from .amount_value import AmountValue
from .count_value import CountValue
from .latest_donation import LatestDonation
from .latest_follower import LatestFollower
from .latest_host import LatestHost
from .latest_subscriber import LatestSubscriber
from .recent_event import RecentEvent
from .recent_follower import RecentFollower
from .recent_tip import RecentTip
from .session import Session
from .session_data import SessionData
from .top_donation import TopDonation

__all__ = (
    "AmountValue",
    "CountValue",
    "LatestDonation",
    "LatestFollower",
    "LatestHost",
    "LatestSubscriber",
    "RecentEvent",
    "RecentFollower",
    "RecentTip",
    "Session",
    "SessionData",
    "TopDonation",
)
