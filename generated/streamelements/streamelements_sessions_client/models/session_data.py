from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_SESSION_DATA_FIELDS = frozenset(
    {
        "follower-latest",
        "follower-session",
        "follower-week",
        "follower-month",
        "follower-goal",
        "follower-total",
        "subscriber-latest",
        "subscriber-new-latest",
        "subscriber-resub-latest",
        "subscriber-gifted-latest",
        "subscriber-session",
        "subscriber-new-session",
        "subscriber-resub-session",
        "subscriber-gifted-session",
        "subscriber-week",
        "subscriber-month",
        "subscriber-goal",
        "subscriber-total",
        "subscriber-points",
        "subscriber-alltime-gifter",
        "host-latest",
        "raid-latest",
        "cheer-session",
        "cheer-week",
        "cheer-month",
        "cheer-total",
        "cheer-count",
        "cheer-goal",
        "cheer-latest",
        "cheer-session-top-donation",
        "cheer-weekly-top-donation",
        "cheer-monthly-top-donation",
        "cheer-alltime-top-donation",
        "cheer-session-top-donator",
        "cheer-weekly-top-donator",
        "cheer-monthly-top-donator",
        "cheer-alltime-top-donator",
        "tip-latest",
        "tip-session-top-donation",
        "tip-weekly-top-donation",
        "tip-monthly-top-donation",
        "tip-alltime-top-donation",
        "tip-session-top-donator",
        "tip-weekly-top-donator",
        "tip-monthly-top-donator",
        "tip-alltime-top-donator",
        "tip-session",
        "tip-week",
        "tip-month",
        "tip-total",
        "tip-count",
        "tip-goal",
        "merch-goal-orders",
        "merch-goal-items",
        "merch-goal-total",
        "follower-recent",
        "subscriber-recent",
        "host-recent",
        "raid-recent",
        "cheer-recent",
        "tip-recent",
        "merch-recent",
    }
)


@_attrs_define
class SessionData:
    """The session counters (the vendor's `Session Data`), keyed by `<event>-<statistic>` for the events `follower`,
    `subscriber`, `host`, `raid`, `cheer`, `tip` and `merch`: 62 keys.

    """

    follower_latest: FollowerLatest | Unset = UNSET
    """ The most recent follower (`follower-latest`). """
    follower_session: Count | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    follower_week: Count | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    follower_month: Count | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    follower_goal: Amount | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    follower_total: Count | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    subscriber_latest: SubscriberLatest | Unset = UNSET
    """ The most recent subscriber (`subscriber-latest`). """
    subscriber_new_latest: LatestWithMessage | Unset = UNSET
    """ The latest cheer, tip, new subscriber, resubscriber or gifted subscriber. The vendor declares five schemas
    of this one shape (`CheerLatest`, `TipLatest`, `Subscriber{New,Resub,Gifted}Latest`). """
    subscriber_resub_latest: LatestWithMessage | Unset = UNSET
    """ The latest cheer, tip, new subscriber, resubscriber or gifted subscriber. The vendor declares five schemas
    of this one shape (`CheerLatest`, `TipLatest`, `Subscriber{New,Resub,Gifted}Latest`). """
    subscriber_gifted_latest: LatestWithMessage | Unset = UNSET
    """ The latest cheer, tip, new subscriber, resubscriber or gifted subscriber. The vendor declares five schemas
    of this one shape (`CheerLatest`, `TipLatest`, `Subscriber{New,Resub,Gifted}Latest`). """
    subscriber_session: Count | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    subscriber_new_session: Count | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    subscriber_resub_session: Count | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    subscriber_gifted_session: Count | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    subscriber_week: Count | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    subscriber_month: Count | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    subscriber_goal: Amount | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    subscriber_total: Count | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    subscriber_points: Amount | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    subscriber_alltime_gifter: TopUserAmount | Unset = UNSET
    """ A top donator or donation over a period, or the all-time top gifter. """
    host_latest: AmountRecent | Unset = UNSET
    """ A recent or latest event with a name and an amount (hosts, raids, cheers, tips, merch). """
    raid_latest: AmountRecent | Unset = UNSET
    """ A recent or latest event with a name and an amount (hosts, raids, cheers, tips, merch). """
    cheer_session: Amount | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    cheer_week: Amount | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    cheer_month: Amount | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    cheer_total: Amount | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    cheer_count: Count | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    cheer_goal: Amount | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    cheer_latest: LatestWithMessage | Unset = UNSET
    """ The latest cheer, tip, new subscriber, resubscriber or gifted subscriber. The vendor declares five schemas
    of this one shape (`CheerLatest`, `TipLatest`, `Subscriber{New,Resub,Gifted}Latest`). """
    cheer_session_top_donation: TopUserAmount | Unset = UNSET
    """ A top donator or donation over a period, or the all-time top gifter. """
    cheer_weekly_top_donation: TopUserAmount | Unset = UNSET
    """ A top donator or donation over a period, or the all-time top gifter. """
    cheer_monthly_top_donation: TopUserAmount | Unset = UNSET
    """ A top donator or donation over a period, or the all-time top gifter. """
    cheer_alltime_top_donation: TopUserAmount | Unset = UNSET
    """ A top donator or donation over a period, or the all-time top gifter. """
    cheer_session_top_donator: TopUserAmount | Unset = UNSET
    """ A top donator or donation over a period, or the all-time top gifter. """
    cheer_weekly_top_donator: TopUserAmount | Unset = UNSET
    """ A top donator or donation over a period, or the all-time top gifter. """
    cheer_monthly_top_donator: TopUserAmount | Unset = UNSET
    """ A top donator or donation over a period, or the all-time top gifter. """
    cheer_alltime_top_donator: TopUserAmount | Unset = UNSET
    """ A top donator or donation over a period, or the all-time top gifter. """
    tip_latest: LatestWithMessage | Unset = UNSET
    """ The latest cheer, tip, new subscriber, resubscriber or gifted subscriber. The vendor declares five schemas
    of this one shape (`CheerLatest`, `TipLatest`, `Subscriber{New,Resub,Gifted}Latest`). """
    tip_session_top_donation: TopUserAmount | Unset = UNSET
    """ A top donator or donation over a period, or the all-time top gifter. """
    tip_weekly_top_donation: TopUserAmount | Unset = UNSET
    """ A top donator or donation over a period, or the all-time top gifter. """
    tip_monthly_top_donation: TopUserAmount | Unset = UNSET
    """ A top donator or donation over a period, or the all-time top gifter. """
    tip_alltime_top_donation: TopUserAmount | Unset = UNSET
    """ A top donator or donation over a period, or the all-time top gifter. """
    tip_session_top_donator: TopUserAmount | Unset = UNSET
    """ A top donator or donation over a period, or the all-time top gifter. """
    tip_weekly_top_donator: TopUserAmount | Unset = UNSET
    """ A top donator or donation over a period, or the all-time top gifter. """
    tip_monthly_top_donator: TopUserAmount | Unset = UNSET
    """ A top donator or donation over a period, or the all-time top gifter. """
    tip_alltime_top_donator: TopUserAmount | Unset = UNSET
    """ A top donator or donation over a period, or the all-time top gifter. """
    tip_session: Amount | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    tip_week: Amount | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    tip_month: Amount | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    tip_total: Amount | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    tip_count: Count | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    tip_goal: Amount | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    merch_goal_orders: Amount | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    merch_goal_items: Amount | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    merch_goal_total: Amount | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    follower_recent: list[FollowerRecent] | Unset = UNSET
    subscriber_recent: list[SubscriberRecent] | Unset = UNSET
    host_recent: list[AmountRecent] | Unset = UNSET
    raid_recent: list[AmountRecent] | Unset = UNSET
    cheer_recent: list[AmountRecent] | Unset = UNSET
    tip_recent: list[AmountRecent] | Unset = UNSET
    merch_recent: list[AmountRecent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        follower_latest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.follower_latest, Unset):
            follower_latest = self.follower_latest.to_dict()

        follower_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.follower_session, Unset):
            follower_session = self.follower_session.to_dict()

        follower_week: dict[str, Any] | Unset = UNSET
        if not isinstance(self.follower_week, Unset):
            follower_week = self.follower_week.to_dict()

        follower_month: dict[str, Any] | Unset = UNSET
        if not isinstance(self.follower_month, Unset):
            follower_month = self.follower_month.to_dict()

        follower_goal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.follower_goal, Unset):
            follower_goal = self.follower_goal.to_dict()

        follower_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.follower_total, Unset):
            follower_total = self.follower_total.to_dict()

        subscriber_latest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_latest, Unset):
            subscriber_latest = self.subscriber_latest.to_dict()

        subscriber_new_latest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_new_latest, Unset):
            subscriber_new_latest = self.subscriber_new_latest.to_dict()

        subscriber_resub_latest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_resub_latest, Unset):
            subscriber_resub_latest = self.subscriber_resub_latest.to_dict()

        subscriber_gifted_latest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_gifted_latest, Unset):
            subscriber_gifted_latest = self.subscriber_gifted_latest.to_dict()

        subscriber_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_session, Unset):
            subscriber_session = self.subscriber_session.to_dict()

        subscriber_new_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_new_session, Unset):
            subscriber_new_session = self.subscriber_new_session.to_dict()

        subscriber_resub_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_resub_session, Unset):
            subscriber_resub_session = self.subscriber_resub_session.to_dict()

        subscriber_gifted_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_gifted_session, Unset):
            subscriber_gifted_session = self.subscriber_gifted_session.to_dict()

        subscriber_week: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_week, Unset):
            subscriber_week = self.subscriber_week.to_dict()

        subscriber_month: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_month, Unset):
            subscriber_month = self.subscriber_month.to_dict()

        subscriber_goal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_goal, Unset):
            subscriber_goal = self.subscriber_goal.to_dict()

        subscriber_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_total, Unset):
            subscriber_total = self.subscriber_total.to_dict()

        subscriber_points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_points, Unset):
            subscriber_points = self.subscriber_points.to_dict()

        subscriber_alltime_gifter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_alltime_gifter, Unset):
            subscriber_alltime_gifter = self.subscriber_alltime_gifter.to_dict()

        host_latest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host_latest, Unset):
            host_latest = self.host_latest.to_dict()

        raid_latest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raid_latest, Unset):
            raid_latest = self.raid_latest.to_dict()

        cheer_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_session, Unset):
            cheer_session = self.cheer_session.to_dict()

        cheer_week: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_week, Unset):
            cheer_week = self.cheer_week.to_dict()

        cheer_month: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_month, Unset):
            cheer_month = self.cheer_month.to_dict()

        cheer_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_total, Unset):
            cheer_total = self.cheer_total.to_dict()

        cheer_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_count, Unset):
            cheer_count = self.cheer_count.to_dict()

        cheer_goal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_goal, Unset):
            cheer_goal = self.cheer_goal.to_dict()

        cheer_latest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_latest, Unset):
            cheer_latest = self.cheer_latest.to_dict()

        cheer_session_top_donation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_session_top_donation, Unset):
            cheer_session_top_donation = self.cheer_session_top_donation.to_dict()

        cheer_weekly_top_donation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_weekly_top_donation, Unset):
            cheer_weekly_top_donation = self.cheer_weekly_top_donation.to_dict()

        cheer_monthly_top_donation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_monthly_top_donation, Unset):
            cheer_monthly_top_donation = self.cheer_monthly_top_donation.to_dict()

        cheer_alltime_top_donation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_alltime_top_donation, Unset):
            cheer_alltime_top_donation = self.cheer_alltime_top_donation.to_dict()

        cheer_session_top_donator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_session_top_donator, Unset):
            cheer_session_top_donator = self.cheer_session_top_donator.to_dict()

        cheer_weekly_top_donator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_weekly_top_donator, Unset):
            cheer_weekly_top_donator = self.cheer_weekly_top_donator.to_dict()

        cheer_monthly_top_donator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_monthly_top_donator, Unset):
            cheer_monthly_top_donator = self.cheer_monthly_top_donator.to_dict()

        cheer_alltime_top_donator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_alltime_top_donator, Unset):
            cheer_alltime_top_donator = self.cheer_alltime_top_donator.to_dict()

        tip_latest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_latest, Unset):
            tip_latest = self.tip_latest.to_dict()

        tip_session_top_donation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_session_top_donation, Unset):
            tip_session_top_donation = self.tip_session_top_donation.to_dict()

        tip_weekly_top_donation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_weekly_top_donation, Unset):
            tip_weekly_top_donation = self.tip_weekly_top_donation.to_dict()

        tip_monthly_top_donation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_monthly_top_donation, Unset):
            tip_monthly_top_donation = self.tip_monthly_top_donation.to_dict()

        tip_alltime_top_donation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_alltime_top_donation, Unset):
            tip_alltime_top_donation = self.tip_alltime_top_donation.to_dict()

        tip_session_top_donator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_session_top_donator, Unset):
            tip_session_top_donator = self.tip_session_top_donator.to_dict()

        tip_weekly_top_donator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_weekly_top_donator, Unset):
            tip_weekly_top_donator = self.tip_weekly_top_donator.to_dict()

        tip_monthly_top_donator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_monthly_top_donator, Unset):
            tip_monthly_top_donator = self.tip_monthly_top_donator.to_dict()

        tip_alltime_top_donator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_alltime_top_donator, Unset):
            tip_alltime_top_donator = self.tip_alltime_top_donator.to_dict()

        tip_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_session, Unset):
            tip_session = self.tip_session.to_dict()

        tip_week: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_week, Unset):
            tip_week = self.tip_week.to_dict()

        tip_month: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_month, Unset):
            tip_month = self.tip_month.to_dict()

        tip_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_total, Unset):
            tip_total = self.tip_total.to_dict()

        tip_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_count, Unset):
            tip_count = self.tip_count.to_dict()

        tip_goal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_goal, Unset):
            tip_goal = self.tip_goal.to_dict()

        merch_goal_orders: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merch_goal_orders, Unset):
            merch_goal_orders = self.merch_goal_orders.to_dict()

        merch_goal_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merch_goal_items, Unset):
            merch_goal_items = self.merch_goal_items.to_dict()

        merch_goal_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.merch_goal_total, Unset):
            merch_goal_total = self.merch_goal_total.to_dict()

        follower_recent: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.follower_recent, Unset):
            follower_recent = []
            for follower_recent_item_data in self.follower_recent:
                follower_recent_item = follower_recent_item_data.to_dict()
                follower_recent.append(follower_recent_item)

        subscriber_recent: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscriber_recent, Unset):
            subscriber_recent = []
            for subscriber_recent_item_data in self.subscriber_recent:
                subscriber_recent_item = subscriber_recent_item_data.to_dict()
                subscriber_recent.append(subscriber_recent_item)

        host_recent: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.host_recent, Unset):
            host_recent = []
            for host_recent_item_data in self.host_recent:
                host_recent_item = host_recent_item_data.to_dict()
                host_recent.append(host_recent_item)

        raid_recent: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.raid_recent, Unset):
            raid_recent = []
            for raid_recent_item_data in self.raid_recent:
                raid_recent_item = raid_recent_item_data.to_dict()
                raid_recent.append(raid_recent_item)

        cheer_recent: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cheer_recent, Unset):
            cheer_recent = []
            for cheer_recent_item_data in self.cheer_recent:
                cheer_recent_item = cheer_recent_item_data.to_dict()
                cheer_recent.append(cheer_recent_item)

        tip_recent: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tip_recent, Unset):
            tip_recent = []
            for tip_recent_item_data in self.tip_recent:
                tip_recent_item = tip_recent_item_data.to_dict()
                tip_recent.append(tip_recent_item)

        merch_recent: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.merch_recent, Unset):
            merch_recent = []
            for merch_recent_item_data in self.merch_recent:
                merch_recent_item = merch_recent_item_data.to_dict()
                merch_recent.append(merch_recent_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if follower_latest is not UNSET:
            field_dict["follower-latest"] = follower_latest
        if follower_session is not UNSET:
            field_dict["follower-session"] = follower_session
        if follower_week is not UNSET:
            field_dict["follower-week"] = follower_week
        if follower_month is not UNSET:
            field_dict["follower-month"] = follower_month
        if follower_goal is not UNSET:
            field_dict["follower-goal"] = follower_goal
        if follower_total is not UNSET:
            field_dict["follower-total"] = follower_total
        if subscriber_latest is not UNSET:
            field_dict["subscriber-latest"] = subscriber_latest
        if subscriber_new_latest is not UNSET:
            field_dict["subscriber-new-latest"] = subscriber_new_latest
        if subscriber_resub_latest is not UNSET:
            field_dict["subscriber-resub-latest"] = subscriber_resub_latest
        if subscriber_gifted_latest is not UNSET:
            field_dict["subscriber-gifted-latest"] = subscriber_gifted_latest
        if subscriber_session is not UNSET:
            field_dict["subscriber-session"] = subscriber_session
        if subscriber_new_session is not UNSET:
            field_dict["subscriber-new-session"] = subscriber_new_session
        if subscriber_resub_session is not UNSET:
            field_dict["subscriber-resub-session"] = subscriber_resub_session
        if subscriber_gifted_session is not UNSET:
            field_dict["subscriber-gifted-session"] = subscriber_gifted_session
        if subscriber_week is not UNSET:
            field_dict["subscriber-week"] = subscriber_week
        if subscriber_month is not UNSET:
            field_dict["subscriber-month"] = subscriber_month
        if subscriber_goal is not UNSET:
            field_dict["subscriber-goal"] = subscriber_goal
        if subscriber_total is not UNSET:
            field_dict["subscriber-total"] = subscriber_total
        if subscriber_points is not UNSET:
            field_dict["subscriber-points"] = subscriber_points
        if subscriber_alltime_gifter is not UNSET:
            field_dict["subscriber-alltime-gifter"] = subscriber_alltime_gifter
        if host_latest is not UNSET:
            field_dict["host-latest"] = host_latest
        if raid_latest is not UNSET:
            field_dict["raid-latest"] = raid_latest
        if cheer_session is not UNSET:
            field_dict["cheer-session"] = cheer_session
        if cheer_week is not UNSET:
            field_dict["cheer-week"] = cheer_week
        if cheer_month is not UNSET:
            field_dict["cheer-month"] = cheer_month
        if cheer_total is not UNSET:
            field_dict["cheer-total"] = cheer_total
        if cheer_count is not UNSET:
            field_dict["cheer-count"] = cheer_count
        if cheer_goal is not UNSET:
            field_dict["cheer-goal"] = cheer_goal
        if cheer_latest is not UNSET:
            field_dict["cheer-latest"] = cheer_latest
        if cheer_session_top_donation is not UNSET:
            field_dict["cheer-session-top-donation"] = cheer_session_top_donation
        if cheer_weekly_top_donation is not UNSET:
            field_dict["cheer-weekly-top-donation"] = cheer_weekly_top_donation
        if cheer_monthly_top_donation is not UNSET:
            field_dict["cheer-monthly-top-donation"] = cheer_monthly_top_donation
        if cheer_alltime_top_donation is not UNSET:
            field_dict["cheer-alltime-top-donation"] = cheer_alltime_top_donation
        if cheer_session_top_donator is not UNSET:
            field_dict["cheer-session-top-donator"] = cheer_session_top_donator
        if cheer_weekly_top_donator is not UNSET:
            field_dict["cheer-weekly-top-donator"] = cheer_weekly_top_donator
        if cheer_monthly_top_donator is not UNSET:
            field_dict["cheer-monthly-top-donator"] = cheer_monthly_top_donator
        if cheer_alltime_top_donator is not UNSET:
            field_dict["cheer-alltime-top-donator"] = cheer_alltime_top_donator
        if tip_latest is not UNSET:
            field_dict["tip-latest"] = tip_latest
        if tip_session_top_donation is not UNSET:
            field_dict["tip-session-top-donation"] = tip_session_top_donation
        if tip_weekly_top_donation is not UNSET:
            field_dict["tip-weekly-top-donation"] = tip_weekly_top_donation
        if tip_monthly_top_donation is not UNSET:
            field_dict["tip-monthly-top-donation"] = tip_monthly_top_donation
        if tip_alltime_top_donation is not UNSET:
            field_dict["tip-alltime-top-donation"] = tip_alltime_top_donation
        if tip_session_top_donator is not UNSET:
            field_dict["tip-session-top-donator"] = tip_session_top_donator
        if tip_weekly_top_donator is not UNSET:
            field_dict["tip-weekly-top-donator"] = tip_weekly_top_donator
        if tip_monthly_top_donator is not UNSET:
            field_dict["tip-monthly-top-donator"] = tip_monthly_top_donator
        if tip_alltime_top_donator is not UNSET:
            field_dict["tip-alltime-top-donator"] = tip_alltime_top_donator
        if tip_session is not UNSET:
            field_dict["tip-session"] = tip_session
        if tip_week is not UNSET:
            field_dict["tip-week"] = tip_week
        if tip_month is not UNSET:
            field_dict["tip-month"] = tip_month
        if tip_total is not UNSET:
            field_dict["tip-total"] = tip_total
        if tip_count is not UNSET:
            field_dict["tip-count"] = tip_count
        if tip_goal is not UNSET:
            field_dict["tip-goal"] = tip_goal
        if merch_goal_orders is not UNSET:
            field_dict["merch-goal-orders"] = merch_goal_orders
        if merch_goal_items is not UNSET:
            field_dict["merch-goal-items"] = merch_goal_items
        if merch_goal_total is not UNSET:
            field_dict["merch-goal-total"] = merch_goal_total
        if follower_recent is not UNSET:
            field_dict["follower-recent"] = follower_recent
        if subscriber_recent is not UNSET:
            field_dict["subscriber-recent"] = subscriber_recent
        if host_recent is not UNSET:
            field_dict["host-recent"] = host_recent
        if raid_recent is not UNSET:
            field_dict["raid-recent"] = raid_recent
        if cheer_recent is not UNSET:
            field_dict["cheer-recent"] = cheer_recent
        if tip_recent is not UNSET:
            field_dict["tip-recent"] = tip_recent
        if merch_recent is not UNSET:
            field_dict["merch-recent"] = merch_recent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            _follower_latest = src_dict.get("follower-latest", UNSET)
            follower_latest: FollowerLatest | Unset
            if _follower_latest is UNSET:
                follower_latest = UNSET
            else:
                follower_latest = FollowerLatest.from_dict(_follower_latest)

        except Exception as exc:
            raise DecodeError.at("follower-latest", exc)

        try:
            _follower_session = src_dict.get("follower-session", UNSET)
            follower_session: Count | Unset
            if _follower_session is UNSET:
                follower_session = UNSET
            else:
                follower_session = Count.from_dict(_follower_session)

        except Exception as exc:
            raise DecodeError.at("follower-session", exc)

        try:
            _follower_week = src_dict.get("follower-week", UNSET)
            follower_week: Count | Unset
            if _follower_week is UNSET:
                follower_week = UNSET
            else:
                follower_week = Count.from_dict(_follower_week)

        except Exception as exc:
            raise DecodeError.at("follower-week", exc)

        try:
            _follower_month = src_dict.get("follower-month", UNSET)
            follower_month: Count | Unset
            if _follower_month is UNSET:
                follower_month = UNSET
            else:
                follower_month = Count.from_dict(_follower_month)

        except Exception as exc:
            raise DecodeError.at("follower-month", exc)

        try:
            _follower_goal = src_dict.get("follower-goal", UNSET)
            follower_goal: Amount | Unset
            if _follower_goal is UNSET:
                follower_goal = UNSET
            else:
                follower_goal = Amount.from_dict(_follower_goal)

        except Exception as exc:
            raise DecodeError.at("follower-goal", exc)

        try:
            _follower_total = src_dict.get("follower-total", UNSET)
            follower_total: Count | Unset
            if _follower_total is UNSET:
                follower_total = UNSET
            else:
                follower_total = Count.from_dict(_follower_total)

        except Exception as exc:
            raise DecodeError.at("follower-total", exc)

        try:
            _subscriber_latest = src_dict.get("subscriber-latest", UNSET)
            subscriber_latest: SubscriberLatest | Unset
            if _subscriber_latest is UNSET:
                subscriber_latest = UNSET
            else:
                subscriber_latest = SubscriberLatest.from_dict(_subscriber_latest)

        except Exception as exc:
            raise DecodeError.at("subscriber-latest", exc)

        try:
            _subscriber_new_latest = src_dict.get("subscriber-new-latest", UNSET)
            subscriber_new_latest: LatestWithMessage | Unset
            if _subscriber_new_latest is UNSET:
                subscriber_new_latest = UNSET
            else:
                subscriber_new_latest = LatestWithMessage.from_dict(_subscriber_new_latest)

        except Exception as exc:
            raise DecodeError.at("subscriber-new-latest", exc)

        try:
            _subscriber_resub_latest = src_dict.get("subscriber-resub-latest", UNSET)
            subscriber_resub_latest: LatestWithMessage | Unset
            if _subscriber_resub_latest is UNSET:
                subscriber_resub_latest = UNSET
            else:
                subscriber_resub_latest = LatestWithMessage.from_dict(_subscriber_resub_latest)

        except Exception as exc:
            raise DecodeError.at("subscriber-resub-latest", exc)

        try:
            _subscriber_gifted_latest = src_dict.get("subscriber-gifted-latest", UNSET)
            subscriber_gifted_latest: LatestWithMessage | Unset
            if _subscriber_gifted_latest is UNSET:
                subscriber_gifted_latest = UNSET
            else:
                subscriber_gifted_latest = LatestWithMessage.from_dict(_subscriber_gifted_latest)

        except Exception as exc:
            raise DecodeError.at("subscriber-gifted-latest", exc)

        try:
            _subscriber_session = src_dict.get("subscriber-session", UNSET)
            subscriber_session: Count | Unset
            if _subscriber_session is UNSET:
                subscriber_session = UNSET
            else:
                subscriber_session = Count.from_dict(_subscriber_session)

        except Exception as exc:
            raise DecodeError.at("subscriber-session", exc)

        try:
            _subscriber_new_session = src_dict.get("subscriber-new-session", UNSET)
            subscriber_new_session: Count | Unset
            if _subscriber_new_session is UNSET:
                subscriber_new_session = UNSET
            else:
                subscriber_new_session = Count.from_dict(_subscriber_new_session)

        except Exception as exc:
            raise DecodeError.at("subscriber-new-session", exc)

        try:
            _subscriber_resub_session = src_dict.get("subscriber-resub-session", UNSET)
            subscriber_resub_session: Count | Unset
            if _subscriber_resub_session is UNSET:
                subscriber_resub_session = UNSET
            else:
                subscriber_resub_session = Count.from_dict(_subscriber_resub_session)

        except Exception as exc:
            raise DecodeError.at("subscriber-resub-session", exc)

        try:
            _subscriber_gifted_session = src_dict.get("subscriber-gifted-session", UNSET)
            subscriber_gifted_session: Count | Unset
            if _subscriber_gifted_session is UNSET:
                subscriber_gifted_session = UNSET
            else:
                subscriber_gifted_session = Count.from_dict(_subscriber_gifted_session)

        except Exception as exc:
            raise DecodeError.at("subscriber-gifted-session", exc)

        try:
            _subscriber_week = src_dict.get("subscriber-week", UNSET)
            subscriber_week: Count | Unset
            if _subscriber_week is UNSET:
                subscriber_week = UNSET
            else:
                subscriber_week = Count.from_dict(_subscriber_week)

        except Exception as exc:
            raise DecodeError.at("subscriber-week", exc)

        try:
            _subscriber_month = src_dict.get("subscriber-month", UNSET)
            subscriber_month: Count | Unset
            if _subscriber_month is UNSET:
                subscriber_month = UNSET
            else:
                subscriber_month = Count.from_dict(_subscriber_month)

        except Exception as exc:
            raise DecodeError.at("subscriber-month", exc)

        try:
            _subscriber_goal = src_dict.get("subscriber-goal", UNSET)
            subscriber_goal: Amount | Unset
            if _subscriber_goal is UNSET:
                subscriber_goal = UNSET
            else:
                subscriber_goal = Amount.from_dict(_subscriber_goal)

        except Exception as exc:
            raise DecodeError.at("subscriber-goal", exc)

        try:
            _subscriber_total = src_dict.get("subscriber-total", UNSET)
            subscriber_total: Count | Unset
            if _subscriber_total is UNSET:
                subscriber_total = UNSET
            else:
                subscriber_total = Count.from_dict(_subscriber_total)

        except Exception as exc:
            raise DecodeError.at("subscriber-total", exc)

        try:
            _subscriber_points = src_dict.get("subscriber-points", UNSET)
            subscriber_points: Amount | Unset
            if _subscriber_points is UNSET:
                subscriber_points = UNSET
            else:
                subscriber_points = Amount.from_dict(_subscriber_points)

        except Exception as exc:
            raise DecodeError.at("subscriber-points", exc)

        try:
            _subscriber_alltime_gifter = src_dict.get("subscriber-alltime-gifter", UNSET)
            subscriber_alltime_gifter: TopUserAmount | Unset
            if _subscriber_alltime_gifter is UNSET:
                subscriber_alltime_gifter = UNSET
            else:
                subscriber_alltime_gifter = TopUserAmount.from_dict(_subscriber_alltime_gifter)

        except Exception as exc:
            raise DecodeError.at("subscriber-alltime-gifter", exc)

        try:
            _host_latest = src_dict.get("host-latest", UNSET)
            host_latest: AmountRecent | Unset
            if _host_latest is UNSET:
                host_latest = UNSET
            else:
                host_latest = AmountRecent.from_dict(_host_latest)

        except Exception as exc:
            raise DecodeError.at("host-latest", exc)

        try:
            _raid_latest = src_dict.get("raid-latest", UNSET)
            raid_latest: AmountRecent | Unset
            if _raid_latest is UNSET:
                raid_latest = UNSET
            else:
                raid_latest = AmountRecent.from_dict(_raid_latest)

        except Exception as exc:
            raise DecodeError.at("raid-latest", exc)

        try:
            _cheer_session = src_dict.get("cheer-session", UNSET)
            cheer_session: Amount | Unset
            if _cheer_session is UNSET:
                cheer_session = UNSET
            else:
                cheer_session = Amount.from_dict(_cheer_session)

        except Exception as exc:
            raise DecodeError.at("cheer-session", exc)

        try:
            _cheer_week = src_dict.get("cheer-week", UNSET)
            cheer_week: Amount | Unset
            if _cheer_week is UNSET:
                cheer_week = UNSET
            else:
                cheer_week = Amount.from_dict(_cheer_week)

        except Exception as exc:
            raise DecodeError.at("cheer-week", exc)

        try:
            _cheer_month = src_dict.get("cheer-month", UNSET)
            cheer_month: Amount | Unset
            if _cheer_month is UNSET:
                cheer_month = UNSET
            else:
                cheer_month = Amount.from_dict(_cheer_month)

        except Exception as exc:
            raise DecodeError.at("cheer-month", exc)

        try:
            _cheer_total = src_dict.get("cheer-total", UNSET)
            cheer_total: Amount | Unset
            if _cheer_total is UNSET:
                cheer_total = UNSET
            else:
                cheer_total = Amount.from_dict(_cheer_total)

        except Exception as exc:
            raise DecodeError.at("cheer-total", exc)

        try:
            _cheer_count = src_dict.get("cheer-count", UNSET)
            cheer_count: Count | Unset
            if _cheer_count is UNSET:
                cheer_count = UNSET
            else:
                cheer_count = Count.from_dict(_cheer_count)

        except Exception as exc:
            raise DecodeError.at("cheer-count", exc)

        try:
            _cheer_goal = src_dict.get("cheer-goal", UNSET)
            cheer_goal: Amount | Unset
            if _cheer_goal is UNSET:
                cheer_goal = UNSET
            else:
                cheer_goal = Amount.from_dict(_cheer_goal)

        except Exception as exc:
            raise DecodeError.at("cheer-goal", exc)

        try:
            _cheer_latest = src_dict.get("cheer-latest", UNSET)
            cheer_latest: LatestWithMessage | Unset
            if _cheer_latest is UNSET:
                cheer_latest = UNSET
            else:
                cheer_latest = LatestWithMessage.from_dict(_cheer_latest)

        except Exception as exc:
            raise DecodeError.at("cheer-latest", exc)

        try:
            _cheer_session_top_donation = src_dict.get("cheer-session-top-donation", UNSET)
            cheer_session_top_donation: TopUserAmount | Unset
            if _cheer_session_top_donation is UNSET:
                cheer_session_top_donation = UNSET
            else:
                cheer_session_top_donation = TopUserAmount.from_dict(_cheer_session_top_donation)

        except Exception as exc:
            raise DecodeError.at("cheer-session-top-donation", exc)

        try:
            _cheer_weekly_top_donation = src_dict.get("cheer-weekly-top-donation", UNSET)
            cheer_weekly_top_donation: TopUserAmount | Unset
            if _cheer_weekly_top_donation is UNSET:
                cheer_weekly_top_donation = UNSET
            else:
                cheer_weekly_top_donation = TopUserAmount.from_dict(_cheer_weekly_top_donation)

        except Exception as exc:
            raise DecodeError.at("cheer-weekly-top-donation", exc)

        try:
            _cheer_monthly_top_donation = src_dict.get("cheer-monthly-top-donation", UNSET)
            cheer_monthly_top_donation: TopUserAmount | Unset
            if _cheer_monthly_top_donation is UNSET:
                cheer_monthly_top_donation = UNSET
            else:
                cheer_monthly_top_donation = TopUserAmount.from_dict(_cheer_monthly_top_donation)

        except Exception as exc:
            raise DecodeError.at("cheer-monthly-top-donation", exc)

        try:
            _cheer_alltime_top_donation = src_dict.get("cheer-alltime-top-donation", UNSET)
            cheer_alltime_top_donation: TopUserAmount | Unset
            if _cheer_alltime_top_donation is UNSET:
                cheer_alltime_top_donation = UNSET
            else:
                cheer_alltime_top_donation = TopUserAmount.from_dict(_cheer_alltime_top_donation)

        except Exception as exc:
            raise DecodeError.at("cheer-alltime-top-donation", exc)

        try:
            _cheer_session_top_donator = src_dict.get("cheer-session-top-donator", UNSET)
            cheer_session_top_donator: TopUserAmount | Unset
            if _cheer_session_top_donator is UNSET:
                cheer_session_top_donator = UNSET
            else:
                cheer_session_top_donator = TopUserAmount.from_dict(_cheer_session_top_donator)

        except Exception as exc:
            raise DecodeError.at("cheer-session-top-donator", exc)

        try:
            _cheer_weekly_top_donator = src_dict.get("cheer-weekly-top-donator", UNSET)
            cheer_weekly_top_donator: TopUserAmount | Unset
            if _cheer_weekly_top_donator is UNSET:
                cheer_weekly_top_donator = UNSET
            else:
                cheer_weekly_top_donator = TopUserAmount.from_dict(_cheer_weekly_top_donator)

        except Exception as exc:
            raise DecodeError.at("cheer-weekly-top-donator", exc)

        try:
            _cheer_monthly_top_donator = src_dict.get("cheer-monthly-top-donator", UNSET)
            cheer_monthly_top_donator: TopUserAmount | Unset
            if _cheer_monthly_top_donator is UNSET:
                cheer_monthly_top_donator = UNSET
            else:
                cheer_monthly_top_donator = TopUserAmount.from_dict(_cheer_monthly_top_donator)

        except Exception as exc:
            raise DecodeError.at("cheer-monthly-top-donator", exc)

        try:
            _cheer_alltime_top_donator = src_dict.get("cheer-alltime-top-donator", UNSET)
            cheer_alltime_top_donator: TopUserAmount | Unset
            if _cheer_alltime_top_donator is UNSET:
                cheer_alltime_top_donator = UNSET
            else:
                cheer_alltime_top_donator = TopUserAmount.from_dict(_cheer_alltime_top_donator)

        except Exception as exc:
            raise DecodeError.at("cheer-alltime-top-donator", exc)

        try:
            _tip_latest = src_dict.get("tip-latest", UNSET)
            tip_latest: LatestWithMessage | Unset
            if _tip_latest is UNSET:
                tip_latest = UNSET
            else:
                tip_latest = LatestWithMessage.from_dict(_tip_latest)

        except Exception as exc:
            raise DecodeError.at("tip-latest", exc)

        try:
            _tip_session_top_donation = src_dict.get("tip-session-top-donation", UNSET)
            tip_session_top_donation: TopUserAmount | Unset
            if _tip_session_top_donation is UNSET:
                tip_session_top_donation = UNSET
            else:
                tip_session_top_donation = TopUserAmount.from_dict(_tip_session_top_donation)

        except Exception as exc:
            raise DecodeError.at("tip-session-top-donation", exc)

        try:
            _tip_weekly_top_donation = src_dict.get("tip-weekly-top-donation", UNSET)
            tip_weekly_top_donation: TopUserAmount | Unset
            if _tip_weekly_top_donation is UNSET:
                tip_weekly_top_donation = UNSET
            else:
                tip_weekly_top_donation = TopUserAmount.from_dict(_tip_weekly_top_donation)

        except Exception as exc:
            raise DecodeError.at("tip-weekly-top-donation", exc)

        try:
            _tip_monthly_top_donation = src_dict.get("tip-monthly-top-donation", UNSET)
            tip_monthly_top_donation: TopUserAmount | Unset
            if _tip_monthly_top_donation is UNSET:
                tip_monthly_top_donation = UNSET
            else:
                tip_monthly_top_donation = TopUserAmount.from_dict(_tip_monthly_top_donation)

        except Exception as exc:
            raise DecodeError.at("tip-monthly-top-donation", exc)

        try:
            _tip_alltime_top_donation = src_dict.get("tip-alltime-top-donation", UNSET)
            tip_alltime_top_donation: TopUserAmount | Unset
            if _tip_alltime_top_donation is UNSET:
                tip_alltime_top_donation = UNSET
            else:
                tip_alltime_top_donation = TopUserAmount.from_dict(_tip_alltime_top_donation)

        except Exception as exc:
            raise DecodeError.at("tip-alltime-top-donation", exc)

        try:
            _tip_session_top_donator = src_dict.get("tip-session-top-donator", UNSET)
            tip_session_top_donator: TopUserAmount | Unset
            if _tip_session_top_donator is UNSET:
                tip_session_top_donator = UNSET
            else:
                tip_session_top_donator = TopUserAmount.from_dict(_tip_session_top_donator)

        except Exception as exc:
            raise DecodeError.at("tip-session-top-donator", exc)

        try:
            _tip_weekly_top_donator = src_dict.get("tip-weekly-top-donator", UNSET)
            tip_weekly_top_donator: TopUserAmount | Unset
            if _tip_weekly_top_donator is UNSET:
                tip_weekly_top_donator = UNSET
            else:
                tip_weekly_top_donator = TopUserAmount.from_dict(_tip_weekly_top_donator)

        except Exception as exc:
            raise DecodeError.at("tip-weekly-top-donator", exc)

        try:
            _tip_monthly_top_donator = src_dict.get("tip-monthly-top-donator", UNSET)
            tip_monthly_top_donator: TopUserAmount | Unset
            if _tip_monthly_top_donator is UNSET:
                tip_monthly_top_donator = UNSET
            else:
                tip_monthly_top_donator = TopUserAmount.from_dict(_tip_monthly_top_donator)

        except Exception as exc:
            raise DecodeError.at("tip-monthly-top-donator", exc)

        try:
            _tip_alltime_top_donator = src_dict.get("tip-alltime-top-donator", UNSET)
            tip_alltime_top_donator: TopUserAmount | Unset
            if _tip_alltime_top_donator is UNSET:
                tip_alltime_top_donator = UNSET
            else:
                tip_alltime_top_donator = TopUserAmount.from_dict(_tip_alltime_top_donator)

        except Exception as exc:
            raise DecodeError.at("tip-alltime-top-donator", exc)

        try:
            _tip_session = src_dict.get("tip-session", UNSET)
            tip_session: Amount | Unset
            if _tip_session is UNSET:
                tip_session = UNSET
            else:
                tip_session = Amount.from_dict(_tip_session)

        except Exception as exc:
            raise DecodeError.at("tip-session", exc)

        try:
            _tip_week = src_dict.get("tip-week", UNSET)
            tip_week: Amount | Unset
            if _tip_week is UNSET:
                tip_week = UNSET
            else:
                tip_week = Amount.from_dict(_tip_week)

        except Exception as exc:
            raise DecodeError.at("tip-week", exc)

        try:
            _tip_month = src_dict.get("tip-month", UNSET)
            tip_month: Amount | Unset
            if _tip_month is UNSET:
                tip_month = UNSET
            else:
                tip_month = Amount.from_dict(_tip_month)

        except Exception as exc:
            raise DecodeError.at("tip-month", exc)

        try:
            _tip_total = src_dict.get("tip-total", UNSET)
            tip_total: Amount | Unset
            if _tip_total is UNSET:
                tip_total = UNSET
            else:
                tip_total = Amount.from_dict(_tip_total)

        except Exception as exc:
            raise DecodeError.at("tip-total", exc)

        try:
            _tip_count = src_dict.get("tip-count", UNSET)
            tip_count: Count | Unset
            if _tip_count is UNSET:
                tip_count = UNSET
            else:
                tip_count = Count.from_dict(_tip_count)

        except Exception as exc:
            raise DecodeError.at("tip-count", exc)

        try:
            _tip_goal = src_dict.get("tip-goal", UNSET)
            tip_goal: Amount | Unset
            if _tip_goal is UNSET:
                tip_goal = UNSET
            else:
                tip_goal = Amount.from_dict(_tip_goal)

        except Exception as exc:
            raise DecodeError.at("tip-goal", exc)

        try:
            _merch_goal_orders = src_dict.get("merch-goal-orders", UNSET)
            merch_goal_orders: Amount | Unset
            if _merch_goal_orders is UNSET:
                merch_goal_orders = UNSET
            else:
                merch_goal_orders = Amount.from_dict(_merch_goal_orders)

        except Exception as exc:
            raise DecodeError.at("merch-goal-orders", exc)

        try:
            _merch_goal_items = src_dict.get("merch-goal-items", UNSET)
            merch_goal_items: Amount | Unset
            if _merch_goal_items is UNSET:
                merch_goal_items = UNSET
            else:
                merch_goal_items = Amount.from_dict(_merch_goal_items)

        except Exception as exc:
            raise DecodeError.at("merch-goal-items", exc)

        try:
            _merch_goal_total = src_dict.get("merch-goal-total", UNSET)
            merch_goal_total: Amount | Unset
            if _merch_goal_total is UNSET:
                merch_goal_total = UNSET
            else:
                merch_goal_total = Amount.from_dict(_merch_goal_total)

        except Exception as exc:
            raise DecodeError.at("merch-goal-total", exc)

        try:
            _follower_recent = src_dict.get("follower-recent", UNSET)
            follower_recent: list[FollowerRecent] | Unset = UNSET
            if _follower_recent is not UNSET:
                if not isinstance(_follower_recent, list):
                    raise DecodeError.expected("an array", _follower_recent)
                follower_recent = []
                for follower_recent_index, follower_recent_item_data in enumerate(_follower_recent):
                    try:
                        follower_recent_item = FollowerRecent.from_dict(follower_recent_item_data)

                    except Exception as exc:
                        raise DecodeError.at(follower_recent_index, exc)
                    follower_recent.append(follower_recent_item)

        except Exception as exc:
            raise DecodeError.at("follower-recent", exc)

        try:
            _subscriber_recent = src_dict.get("subscriber-recent", UNSET)
            subscriber_recent: list[SubscriberRecent] | Unset = UNSET
            if _subscriber_recent is not UNSET:
                if not isinstance(_subscriber_recent, list):
                    raise DecodeError.expected("an array", _subscriber_recent)
                subscriber_recent = []
                for subscriber_recent_index, subscriber_recent_item_data in enumerate(_subscriber_recent):
                    try:
                        subscriber_recent_item = SubscriberRecent.from_dict(subscriber_recent_item_data)

                    except Exception as exc:
                        raise DecodeError.at(subscriber_recent_index, exc)
                    subscriber_recent.append(subscriber_recent_item)

        except Exception as exc:
            raise DecodeError.at("subscriber-recent", exc)

        try:
            _host_recent = src_dict.get("host-recent", UNSET)
            host_recent: list[AmountRecent] | Unset = UNSET
            if _host_recent is not UNSET:
                if not isinstance(_host_recent, list):
                    raise DecodeError.expected("an array", _host_recent)
                host_recent = []
                for host_recent_index, host_recent_item_data in enumerate(_host_recent):
                    try:
                        host_recent_item = AmountRecent.from_dict(host_recent_item_data)

                    except Exception as exc:
                        raise DecodeError.at(host_recent_index, exc)
                    host_recent.append(host_recent_item)

        except Exception as exc:
            raise DecodeError.at("host-recent", exc)

        try:
            _raid_recent = src_dict.get("raid-recent", UNSET)
            raid_recent: list[AmountRecent] | Unset = UNSET
            if _raid_recent is not UNSET:
                if not isinstance(_raid_recent, list):
                    raise DecodeError.expected("an array", _raid_recent)
                raid_recent = []
                for raid_recent_index, raid_recent_item_data in enumerate(_raid_recent):
                    try:
                        raid_recent_item = AmountRecent.from_dict(raid_recent_item_data)

                    except Exception as exc:
                        raise DecodeError.at(raid_recent_index, exc)
                    raid_recent.append(raid_recent_item)

        except Exception as exc:
            raise DecodeError.at("raid-recent", exc)

        try:
            _cheer_recent = src_dict.get("cheer-recent", UNSET)
            cheer_recent: list[AmountRecent] | Unset = UNSET
            if _cheer_recent is not UNSET:
                if not isinstance(_cheer_recent, list):
                    raise DecodeError.expected("an array", _cheer_recent)
                cheer_recent = []
                for cheer_recent_index, cheer_recent_item_data in enumerate(_cheer_recent):
                    try:
                        cheer_recent_item = AmountRecent.from_dict(cheer_recent_item_data)

                    except Exception as exc:
                        raise DecodeError.at(cheer_recent_index, exc)
                    cheer_recent.append(cheer_recent_item)

        except Exception as exc:
            raise DecodeError.at("cheer-recent", exc)

        try:
            _tip_recent = src_dict.get("tip-recent", UNSET)
            tip_recent: list[AmountRecent] | Unset = UNSET
            if _tip_recent is not UNSET:
                if not isinstance(_tip_recent, list):
                    raise DecodeError.expected("an array", _tip_recent)
                tip_recent = []
                for tip_recent_index, tip_recent_item_data in enumerate(_tip_recent):
                    try:
                        tip_recent_item = AmountRecent.from_dict(tip_recent_item_data)

                    except Exception as exc:
                        raise DecodeError.at(tip_recent_index, exc)
                    tip_recent.append(tip_recent_item)

        except Exception as exc:
            raise DecodeError.at("tip-recent", exc)

        try:
            _merch_recent = src_dict.get("merch-recent", UNSET)
            merch_recent: list[AmountRecent] | Unset = UNSET
            if _merch_recent is not UNSET:
                if not isinstance(_merch_recent, list):
                    raise DecodeError.expected("an array", _merch_recent)
                merch_recent = []
                for merch_recent_index, merch_recent_item_data in enumerate(_merch_recent):
                    try:
                        merch_recent_item = AmountRecent.from_dict(merch_recent_item_data)

                    except Exception as exc:
                        raise DecodeError.at(merch_recent_index, exc)
                    merch_recent.append(merch_recent_item)

        except Exception as exc:
            raise DecodeError.at("merch-recent", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        session_data = cls(
            follower_latest,
            follower_session,
            follower_week,
            follower_month,
            follower_goal,
            follower_total,
            subscriber_latest,
            subscriber_new_latest,
            subscriber_resub_latest,
            subscriber_gifted_latest,
            subscriber_session,
            subscriber_new_session,
            subscriber_resub_session,
            subscriber_gifted_session,
            subscriber_week,
            subscriber_month,
            subscriber_goal,
            subscriber_total,
            subscriber_points,
            subscriber_alltime_gifter,
            host_latest,
            raid_latest,
            cheer_session,
            cheer_week,
            cheer_month,
            cheer_total,
            cheer_count,
            cheer_goal,
            cheer_latest,
            cheer_session_top_donation,
            cheer_weekly_top_donation,
            cheer_monthly_top_donation,
            cheer_alltime_top_donation,
            cheer_session_top_donator,
            cheer_weekly_top_donator,
            cheer_monthly_top_donator,
            cheer_alltime_top_donator,
            tip_latest,
            tip_session_top_donation,
            tip_weekly_top_donation,
            tip_monthly_top_donation,
            tip_alltime_top_donation,
            tip_session_top_donator,
            tip_weekly_top_donator,
            tip_monthly_top_donator,
            tip_alltime_top_donator,
            tip_session,
            tip_week,
            tip_month,
            tip_total,
            tip_count,
            tip_goal,
            merch_goal_orders,
            merch_goal_items,
            merch_goal_total,
            follower_recent,
            subscriber_recent,
            host_recent,
            raid_recent,
            cheer_recent,
            tip_recent,
            merch_recent,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _SESSION_DATA_FIELDS:
            session_data.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _SESSION_DATA_FIELDS
            }
        return session_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.amount import Amount  # noqa: E402
from ..models.amount_recent import AmountRecent  # noqa: E402
from ..models.count import Count  # noqa: E402
from ..models.follower_latest import FollowerLatest  # noqa: E402
from ..models.follower_recent import FollowerRecent  # noqa: E402
from ..models.latest_with_message import LatestWithMessage  # noqa: E402
from ..models.subscriber_latest import SubscriberLatest  # noqa: E402
from ..models.subscriber_recent import SubscriberRecent  # noqa: E402
from ..models.top_user_amount import TopUserAmount  # noqa: E402
