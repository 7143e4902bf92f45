from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_LEGACY_SESSION_DATA_FIELDS = frozenset(
    {
        "cheer-alltime-top-donator",
        "cheer-monthly-top-donator",
        "cheer-weekly-top-donator",
        "cheer-session-top-donator",
        "cheer-alltime-top-donation",
        "cheer-monthly-top-donation",
        "cheer-weekly-top-donation",
        "cheer-session-top-donation",
        "cheer-recent",
        "cheer-latest",
        "cheer-goal",
        "cheer-count",
        "cheer-total",
        "cheer-month",
        "cheer-week",
        "cheer-session",
        "host-recent",
        "host-latest",
        "tip-goal",
        "tip-count",
        "tip-total",
        "tip-month",
        "tip-week",
        "tip-session",
        "tip-alltime-top-donator",
        "tip-monthly-top-donator",
        "tip-weekly-top-donator",
        "tip-session-top-donator",
        "tip-alltime-top-donation",
        "tip-monthly-top-donation",
        "tip-weekly-top-donation",
        "tip-session-top-donation",
        "tip-recent",
        "tip-latest",
        "subscriber-total",
        "subscriber-goal",
        "subscriber-month",
        "subscriber-week",
        "subscriber-session",
        "subscriber-recent",
        "subscriber-latest",
        "follower-total",
        "follower-goal",
        "follower-month",
        "follower-week",
        "follower-session",
        "follower-recent",
        "follower-latest",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__
_fromisoformat = datetime.datetime.fromisoformat


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class LegacySessionData(_ModelBase):
    """The session counters, keyed by `<event>-<statistic>` for the events `cheer`, `host`, `tip`, `subscriber` and
    `follower`. Shared shapes (counts, amounts, top donations, latest and recent events) are separate schemas.

    """

    cheer_alltime_top_donator: TopDonation | Unset = UNSET
    """ A top donator or top single donation over a period (`*-alltime-*`, `*-monthly-*`, `*-weekly-*`,
    `*-session-*`): who, and how much. """
    cheer_monthly_top_donator: TopDonation | Unset = UNSET
    """ A top donator or top single donation over a period (`*-alltime-*`, `*-monthly-*`, `*-weekly-*`,
    `*-session-*`): who, and how much. """
    cheer_weekly_top_donator: TopDonation | Unset = UNSET
    """ A top donator or top single donation over a period (`*-alltime-*`, `*-monthly-*`, `*-weekly-*`,
    `*-session-*`): who, and how much. """
    cheer_session_top_donator: TopDonation | Unset = UNSET
    """ A top donator or top single donation over a period (`*-alltime-*`, `*-monthly-*`, `*-weekly-*`,
    `*-session-*`): who, and how much. """
    cheer_alltime_top_donation: TopDonation | Unset = UNSET
    """ A top donator or top single donation over a period (`*-alltime-*`, `*-monthly-*`, `*-weekly-*`,
    `*-session-*`): who, and how much. """
    cheer_monthly_top_donation: TopDonation | Unset = UNSET
    """ A top donator or top single donation over a period (`*-alltime-*`, `*-monthly-*`, `*-weekly-*`,
    `*-session-*`): who, and how much. """
    cheer_weekly_top_donation: TopDonation | Unset = UNSET
    """ A top donator or top single donation over a period (`*-alltime-*`, `*-monthly-*`, `*-weekly-*`,
    `*-session-*`): who, and how much. """
    cheer_session_top_donation: TopDonation | Unset = UNSET
    """ A top donator or top single donation over a period (`*-alltime-*`, `*-monthly-*`, `*-weekly-*`,
    `*-session-*`): who, and how much. """
    cheer_recent: list[RecentEvent] | Unset = UNSET
    cheer_latest: LatestDonation | Unset = UNSET
    """ The most recent tip or cheer (`tip-latest`, `cheer-latest`). """
    cheer_goal: AmountValue | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    cheer_count: CountValue | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    cheer_total: AmountValue | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    cheer_month: AmountValue | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    cheer_week: AmountValue | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    cheer_session: AmountValue | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    host_recent: list[RecentEvent] | Unset = UNSET
    host_latest: LatestHost | Unset = UNSET
    """ The most recent host (`host-latest`). """
    tip_goal: AmountValue | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    tip_count: CountValue | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    tip_total: AmountValue | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    tip_month: AmountValue | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    tip_week: AmountValue | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    tip_session: AmountValue | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    tip_alltime_top_donator: TopDonation | Unset = UNSET
    """ A top donator or top single donation over a period (`*-alltime-*`, `*-monthly-*`, `*-weekly-*`,
    `*-session-*`): who, and how much. """
    tip_monthly_top_donator: TopDonation | Unset = UNSET
    """ A top donator or top single donation over a period (`*-alltime-*`, `*-monthly-*`, `*-weekly-*`,
    `*-session-*`): who, and how much. """
    tip_weekly_top_donator: TopDonation | Unset = UNSET
    """ A top donator or top single donation over a period (`*-alltime-*`, `*-monthly-*`, `*-weekly-*`,
    `*-session-*`): who, and how much. """
    tip_session_top_donator: TopDonation | Unset = UNSET
    """ A top donator or top single donation over a period (`*-alltime-*`, `*-monthly-*`, `*-weekly-*`,
    `*-session-*`): who, and how much. """
    tip_alltime_top_donation: TopDonation | Unset = UNSET
    """ A top donator or top single donation over a period (`*-alltime-*`, `*-monthly-*`, `*-weekly-*`,
    `*-session-*`): who, and how much. """
    tip_monthly_top_donation: TopDonation | Unset = UNSET
    """ A top donator or top single donation over a period (`*-alltime-*`, `*-monthly-*`, `*-weekly-*`,
    `*-session-*`): who, and how much. """
    tip_weekly_top_donation: TopDonation | Unset = UNSET
    """ A top donator or top single donation over a period (`*-alltime-*`, `*-monthly-*`, `*-weekly-*`,
    `*-session-*`): who, and how much. """
    tip_session_top_donation: TopDonation | Unset = UNSET
    """ A top donator or top single donation over a period (`*-alltime-*`, `*-monthly-*`, `*-weekly-*`,
    `*-session-*`): who, and how much. """
    tip_recent: list[RecentTip] | Unset = UNSET
    tip_latest: LatestDonation | Unset = UNSET
    """ The most recent tip or cheer (`tip-latest`, `cheer-latest`). """
    subscriber_total: CountValue | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    subscriber_goal: AmountValue | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    subscriber_month: CountValue | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    subscriber_week: CountValue | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    subscriber_session: CountValue | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    subscriber_recent: list[RecentEvent] | Unset = UNSET
    subscriber_latest: LatestSubscriber | Unset = UNSET
    """ The most recent subscriber (`subscriber-latest`). """
    follower_total: CountValue | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    follower_goal: AmountValue | Unset = UNSET
    """ A sum or a goal (e.g. `tip-total`, `cheer-goal`, `follower-goal`). """
    follower_month: CountValue | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    follower_week: CountValue | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    follower_session: CountValue | Unset = UNSET
    """ A number of events (e.g. `tip-count`, `follower-total`). """
    follower_recent: list[RecentFollower] | Unset = UNSET
    follower_latest: LatestFollower | Unset = UNSET
    """ The most recent follower (`follower-latest`). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        cheer_alltime_top_donator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_alltime_top_donator, Unset):
            cheer_alltime_top_donator = self.cheer_alltime_top_donator.to_dict()

        cheer_monthly_top_donator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_monthly_top_donator, Unset):
            cheer_monthly_top_donator = self.cheer_monthly_top_donator.to_dict()

        cheer_weekly_top_donator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_weekly_top_donator, Unset):
            cheer_weekly_top_donator = self.cheer_weekly_top_donator.to_dict()

        cheer_session_top_donator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_session_top_donator, Unset):
            cheer_session_top_donator = self.cheer_session_top_donator.to_dict()

        cheer_alltime_top_donation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_alltime_top_donation, Unset):
            cheer_alltime_top_donation = self.cheer_alltime_top_donation.to_dict()

        cheer_monthly_top_donation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_monthly_top_donation, Unset):
            cheer_monthly_top_donation = self.cheer_monthly_top_donation.to_dict()

        cheer_weekly_top_donation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_weekly_top_donation, Unset):
            cheer_weekly_top_donation = self.cheer_weekly_top_donation.to_dict()

        cheer_session_top_donation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_session_top_donation, Unset):
            cheer_session_top_donation = self.cheer_session_top_donation.to_dict()

        cheer_recent: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cheer_recent, Unset):
            cheer_recent = []
            for cheer_recent_item_data in self.cheer_recent:
                cheer_recent_item = cheer_recent_item_data.to_dict()
                cheer_recent.append(cheer_recent_item)

        cheer_latest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_latest, Unset):
            cheer_latest = self.cheer_latest.to_dict()

        cheer_goal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_goal, Unset):
            cheer_goal = self.cheer_goal.to_dict()

        cheer_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_count, Unset):
            cheer_count = self.cheer_count.to_dict()

        cheer_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_total, Unset):
            cheer_total = self.cheer_total.to_dict()

        cheer_month: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_month, Unset):
            cheer_month = self.cheer_month.to_dict()

        cheer_week: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_week, Unset):
            cheer_week = self.cheer_week.to_dict()

        cheer_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cheer_session, Unset):
            cheer_session = self.cheer_session.to_dict()

        host_recent: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.host_recent, Unset):
            host_recent = []
            for host_recent_item_data in self.host_recent:
                host_recent_item = host_recent_item_data.to_dict()
                host_recent.append(host_recent_item)

        host_latest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host_latest, Unset):
            host_latest = self.host_latest.to_dict()

        tip_goal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_goal, Unset):
            tip_goal = self.tip_goal.to_dict()

        tip_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_count, Unset):
            tip_count = self.tip_count.to_dict()

        tip_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_total, Unset):
            tip_total = self.tip_total.to_dict()

        tip_month: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_month, Unset):
            tip_month = self.tip_month.to_dict()

        tip_week: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_week, Unset):
            tip_week = self.tip_week.to_dict()

        tip_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_session, Unset):
            tip_session = self.tip_session.to_dict()

        tip_alltime_top_donator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_alltime_top_donator, Unset):
            tip_alltime_top_donator = self.tip_alltime_top_donator.to_dict()

        tip_monthly_top_donator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_monthly_top_donator, Unset):
            tip_monthly_top_donator = self.tip_monthly_top_donator.to_dict()

        tip_weekly_top_donator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_weekly_top_donator, Unset):
            tip_weekly_top_donator = self.tip_weekly_top_donator.to_dict()

        tip_session_top_donator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_session_top_donator, Unset):
            tip_session_top_donator = self.tip_session_top_donator.to_dict()

        tip_alltime_top_donation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_alltime_top_donation, Unset):
            tip_alltime_top_donation = self.tip_alltime_top_donation.to_dict()

        tip_monthly_top_donation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_monthly_top_donation, Unset):
            tip_monthly_top_donation = self.tip_monthly_top_donation.to_dict()

        tip_weekly_top_donation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_weekly_top_donation, Unset):
            tip_weekly_top_donation = self.tip_weekly_top_donation.to_dict()

        tip_session_top_donation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_session_top_donation, Unset):
            tip_session_top_donation = self.tip_session_top_donation.to_dict()

        tip_recent: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tip_recent, Unset):
            tip_recent = []
            for tip_recent_item_data in self.tip_recent:
                tip_recent_item = tip_recent_item_data.to_dict()
                tip_recent.append(tip_recent_item)

        tip_latest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip_latest, Unset):
            tip_latest = self.tip_latest.to_dict()

        subscriber_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_total, Unset):
            subscriber_total = self.subscriber_total.to_dict()

        subscriber_goal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_goal, Unset):
            subscriber_goal = self.subscriber_goal.to_dict()

        subscriber_month: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_month, Unset):
            subscriber_month = self.subscriber_month.to_dict()

        subscriber_week: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_week, Unset):
            subscriber_week = self.subscriber_week.to_dict()

        subscriber_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_session, Unset):
            subscriber_session = self.subscriber_session.to_dict()

        subscriber_recent: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscriber_recent, Unset):
            subscriber_recent = []
            for subscriber_recent_item_data in self.subscriber_recent:
                subscriber_recent_item = subscriber_recent_item_data.to_dict()
                subscriber_recent.append(subscriber_recent_item)

        subscriber_latest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_latest, Unset):
            subscriber_latest = self.subscriber_latest.to_dict()

        follower_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.follower_total, Unset):
            follower_total = self.follower_total.to_dict()

        follower_goal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.follower_goal, Unset):
            follower_goal = self.follower_goal.to_dict()

        follower_month: dict[str, Any] | Unset = UNSET
        if not isinstance(self.follower_month, Unset):
            follower_month = self.follower_month.to_dict()

        follower_week: dict[str, Any] | Unset = UNSET
        if not isinstance(self.follower_week, Unset):
            follower_week = self.follower_week.to_dict()

        follower_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.follower_session, Unset):
            follower_session = self.follower_session.to_dict()

        follower_recent: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.follower_recent, Unset):
            follower_recent = []
            for follower_recent_item_data in self.follower_recent:
                follower_recent_item = follower_recent_item_data.to_dict()
                follower_recent.append(follower_recent_item)

        follower_latest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.follower_latest, Unset):
            follower_latest = self.follower_latest.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if cheer_alltime_top_donator is not UNSET:
            field_dict["cheer-alltime-top-donator"] = cheer_alltime_top_donator
        if cheer_monthly_top_donator is not UNSET:
            field_dict["cheer-monthly-top-donator"] = cheer_monthly_top_donator
        if cheer_weekly_top_donator is not UNSET:
            field_dict["cheer-weekly-top-donator"] = cheer_weekly_top_donator
        if cheer_session_top_donator is not UNSET:
            field_dict["cheer-session-top-donator"] = cheer_session_top_donator
        if cheer_alltime_top_donation is not UNSET:
            field_dict["cheer-alltime-top-donation"] = cheer_alltime_top_donation
        if cheer_monthly_top_donation is not UNSET:
            field_dict["cheer-monthly-top-donation"] = cheer_monthly_top_donation
        if cheer_weekly_top_donation is not UNSET:
            field_dict["cheer-weekly-top-donation"] = cheer_weekly_top_donation
        if cheer_session_top_donation is not UNSET:
            field_dict["cheer-session-top-donation"] = cheer_session_top_donation
        if cheer_recent is not UNSET:
            field_dict["cheer-recent"] = cheer_recent
        if cheer_latest is not UNSET:
            field_dict["cheer-latest"] = cheer_latest
        if cheer_goal is not UNSET:
            field_dict["cheer-goal"] = cheer_goal
        if cheer_count is not UNSET:
            field_dict["cheer-count"] = cheer_count
        if cheer_total is not UNSET:
            field_dict["cheer-total"] = cheer_total
        if cheer_month is not UNSET:
            field_dict["cheer-month"] = cheer_month
        if cheer_week is not UNSET:
            field_dict["cheer-week"] = cheer_week
        if cheer_session is not UNSET:
            field_dict["cheer-session"] = cheer_session
        if host_recent is not UNSET:
            field_dict["host-recent"] = host_recent
        if host_latest is not UNSET:
            field_dict["host-latest"] = host_latest
        if tip_goal is not UNSET:
            field_dict["tip-goal"] = tip_goal
        if tip_count is not UNSET:
            field_dict["tip-count"] = tip_count
        if tip_total is not UNSET:
            field_dict["tip-total"] = tip_total
        if tip_month is not UNSET:
            field_dict["tip-month"] = tip_month
        if tip_week is not UNSET:
            field_dict["tip-week"] = tip_week
        if tip_session is not UNSET:
            field_dict["tip-session"] = tip_session
        if tip_alltime_top_donator is not UNSET:
            field_dict["tip-alltime-top-donator"] = tip_alltime_top_donator
        if tip_monthly_top_donator is not UNSET:
            field_dict["tip-monthly-top-donator"] = tip_monthly_top_donator
        if tip_weekly_top_donator is not UNSET:
            field_dict["tip-weekly-top-donator"] = tip_weekly_top_donator
        if tip_session_top_donator is not UNSET:
            field_dict["tip-session-top-donator"] = tip_session_top_donator
        if tip_alltime_top_donation is not UNSET:
            field_dict["tip-alltime-top-donation"] = tip_alltime_top_donation
        if tip_monthly_top_donation is not UNSET:
            field_dict["tip-monthly-top-donation"] = tip_monthly_top_donation
        if tip_weekly_top_donation is not UNSET:
            field_dict["tip-weekly-top-donation"] = tip_weekly_top_donation
        if tip_session_top_donation is not UNSET:
            field_dict["tip-session-top-donation"] = tip_session_top_donation
        if tip_recent is not UNSET:
            field_dict["tip-recent"] = tip_recent
        if tip_latest is not UNSET:
            field_dict["tip-latest"] = tip_latest
        if subscriber_total is not UNSET:
            field_dict["subscriber-total"] = subscriber_total
        if subscriber_goal is not UNSET:
            field_dict["subscriber-goal"] = subscriber_goal
        if subscriber_month is not UNSET:
            field_dict["subscriber-month"] = subscriber_month
        if subscriber_week is not UNSET:
            field_dict["subscriber-week"] = subscriber_week
        if subscriber_session is not UNSET:
            field_dict["subscriber-session"] = subscriber_session
        if subscriber_recent is not UNSET:
            field_dict["subscriber-recent"] = subscriber_recent
        if subscriber_latest is not UNSET:
            field_dict["subscriber-latest"] = subscriber_latest
        if follower_total is not UNSET:
            field_dict["follower-total"] = follower_total
        if follower_goal is not UNSET:
            field_dict["follower-goal"] = follower_goal
        if follower_month is not UNSET:
            field_dict["follower-month"] = follower_month
        if follower_week is not UNSET:
            field_dict["follower-week"] = follower_week
        if follower_session is not UNSET:
            field_dict["follower-session"] = follower_session
        if follower_recent is not UNSET:
            field_dict["follower-recent"] = follower_recent
        if follower_latest is not UNSET:
            field_dict["follower-latest"] = follower_latest

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            cheer_alltime_top_donator = _src_get("cheer-alltime-top-donator", UNSET)
            if cheer_alltime_top_donator is not UNSET:
                cheer_alltime_top_donator = TopDonation.from_dict(cheer_alltime_top_donator)

        except Exception as exc:
            raise DecodeError.at("cheer-alltime-top-donator", exc)

        try:
            cheer_monthly_top_donator = _src_get("cheer-monthly-top-donator", UNSET)
            if cheer_monthly_top_donator is not UNSET:
                cheer_monthly_top_donator = TopDonation.from_dict(cheer_monthly_top_donator)

        except Exception as exc:
            raise DecodeError.at("cheer-monthly-top-donator", exc)

        try:
            cheer_weekly_top_donator = _src_get("cheer-weekly-top-donator", UNSET)
            if cheer_weekly_top_donator is not UNSET:
                cheer_weekly_top_donator = TopDonation.from_dict(cheer_weekly_top_donator)

        except Exception as exc:
            raise DecodeError.at("cheer-weekly-top-donator", exc)

        try:
            cheer_session_top_donator = _src_get("cheer-session-top-donator", UNSET)
            if cheer_session_top_donator is not UNSET:
                cheer_session_top_donator = TopDonation.from_dict(cheer_session_top_donator)

        except Exception as exc:
            raise DecodeError.at("cheer-session-top-donator", exc)

        try:
            cheer_alltime_top_donation = _src_get("cheer-alltime-top-donation", UNSET)
            if cheer_alltime_top_donation is not UNSET:
                cheer_alltime_top_donation = TopDonation.from_dict(cheer_alltime_top_donation)

        except Exception as exc:
            raise DecodeError.at("cheer-alltime-top-donation", exc)

        try:
            cheer_monthly_top_donation = _src_get("cheer-monthly-top-donation", UNSET)
            if cheer_monthly_top_donation is not UNSET:
                cheer_monthly_top_donation = TopDonation.from_dict(cheer_monthly_top_donation)

        except Exception as exc:
            raise DecodeError.at("cheer-monthly-top-donation", exc)

        try:
            cheer_weekly_top_donation = _src_get("cheer-weekly-top-donation", UNSET)
            if cheer_weekly_top_donation is not UNSET:
                cheer_weekly_top_donation = TopDonation.from_dict(cheer_weekly_top_donation)

        except Exception as exc:
            raise DecodeError.at("cheer-weekly-top-donation", exc)

        try:
            cheer_session_top_donation = _src_get("cheer-session-top-donation", UNSET)
            if cheer_session_top_donation is not UNSET:
                cheer_session_top_donation = TopDonation.from_dict(cheer_session_top_donation)

        except Exception as exc:
            raise DecodeError.at("cheer-session-top-donation", exc)

        try:
            _cheer_recent = _src_get("cheer-recent", UNSET)
            cheer_recent: list[RecentEvent] | Unset = UNSET
            if _cheer_recent is not UNSET:
                if not isinstance(_cheer_recent, list):
                    raise DecodeError.expected("an array", _cheer_recent)
                try:
                    cheer_recent = list(map(RecentEvent.from_dict, _cheer_recent))
                except Exception:
                    for cheer_recent_index, cheer_recent_item_data in enumerate(_cheer_recent):
                        try:
                            RecentEvent.from_dict(cheer_recent_item_data)
                        except Exception as exc:
                            raise DecodeError.at(cheer_recent_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("cheer-recent", exc)

        try:
            cheer_latest = _src_get("cheer-latest", UNSET)
            if cheer_latest is not UNSET:
                cheer_latest = LatestDonation.from_dict(cheer_latest)

        except Exception as exc:
            raise DecodeError.at("cheer-latest", exc)

        try:
            cheer_goal = _src_get("cheer-goal", UNSET)
            if cheer_goal is not UNSET:
                cheer_goal = AmountValue.from_dict(cheer_goal)

        except Exception as exc:
            raise DecodeError.at("cheer-goal", exc)

        try:
            cheer_count = _src_get("cheer-count", UNSET)
            if cheer_count is not UNSET:
                cheer_count = CountValue.from_dict(cheer_count)

        except Exception as exc:
            raise DecodeError.at("cheer-count", exc)

        try:
            cheer_total = _src_get("cheer-total", UNSET)
            if cheer_total is not UNSET:
                cheer_total = AmountValue.from_dict(cheer_total)

        except Exception as exc:
            raise DecodeError.at("cheer-total", exc)

        try:
            cheer_month = _src_get("cheer-month", UNSET)
            if cheer_month is not UNSET:
                cheer_month = AmountValue.from_dict(cheer_month)

        except Exception as exc:
            raise DecodeError.at("cheer-month", exc)

        try:
            cheer_week = _src_get("cheer-week", UNSET)
            if cheer_week is not UNSET:
                cheer_week = AmountValue.from_dict(cheer_week)

        except Exception as exc:
            raise DecodeError.at("cheer-week", exc)

        try:
            cheer_session = _src_get("cheer-session", UNSET)
            if cheer_session is not UNSET:
                cheer_session = AmountValue.from_dict(cheer_session)

        except Exception as exc:
            raise DecodeError.at("cheer-session", exc)

        try:
            _host_recent = _src_get("host-recent", UNSET)
            host_recent: list[RecentEvent] | Unset = UNSET
            if _host_recent is not UNSET:
                if not isinstance(_host_recent, list):
                    raise DecodeError.expected("an array", _host_recent)
                try:
                    host_recent = list(map(RecentEvent.from_dict, _host_recent))
                except Exception:
                    for host_recent_index, host_recent_item_data in enumerate(_host_recent):
                        try:
                            RecentEvent.from_dict(host_recent_item_data)
                        except Exception as exc:
                            raise DecodeError.at(host_recent_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("host-recent", exc)

        try:
            host_latest = _src_get("host-latest", UNSET)
            if host_latest is not UNSET:
                host_latest = LatestHost.from_dict(host_latest)

        except Exception as exc:
            raise DecodeError.at("host-latest", exc)

        try:
            tip_goal = _src_get("tip-goal", UNSET)
            if tip_goal is not UNSET:
                tip_goal = AmountValue.from_dict(tip_goal)

        except Exception as exc:
            raise DecodeError.at("tip-goal", exc)

        try:
            tip_count = _src_get("tip-count", UNSET)
            if tip_count is not UNSET:
                tip_count = CountValue.from_dict(tip_count)

        except Exception as exc:
            raise DecodeError.at("tip-count", exc)

        try:
            tip_total = _src_get("tip-total", UNSET)
            if tip_total is not UNSET:
                tip_total = AmountValue.from_dict(tip_total)

        except Exception as exc:
            raise DecodeError.at("tip-total", exc)

        try:
            tip_month = _src_get("tip-month", UNSET)
            if tip_month is not UNSET:
                tip_month = AmountValue.from_dict(tip_month)

        except Exception as exc:
            raise DecodeError.at("tip-month", exc)

        try:
            tip_week = _src_get("tip-week", UNSET)
            if tip_week is not UNSET:
                tip_week = AmountValue.from_dict(tip_week)

        except Exception as exc:
            raise DecodeError.at("tip-week", exc)

        try:
            tip_session = _src_get("tip-session", UNSET)
            if tip_session is not UNSET:
                tip_session = AmountValue.from_dict(tip_session)

        except Exception as exc:
            raise DecodeError.at("tip-session", exc)

        try:
            tip_alltime_top_donator = _src_get("tip-alltime-top-donator", UNSET)
            if tip_alltime_top_donator is not UNSET:
                tip_alltime_top_donator = TopDonation.from_dict(tip_alltime_top_donator)

        except Exception as exc:
            raise DecodeError.at("tip-alltime-top-donator", exc)

        try:
            tip_monthly_top_donator = _src_get("tip-monthly-top-donator", UNSET)
            if tip_monthly_top_donator is not UNSET:
                tip_monthly_top_donator = TopDonation.from_dict(tip_monthly_top_donator)

        except Exception as exc:
            raise DecodeError.at("tip-monthly-top-donator", exc)

        try:
            tip_weekly_top_donator = _src_get("tip-weekly-top-donator", UNSET)
            if tip_weekly_top_donator is not UNSET:
                tip_weekly_top_donator = TopDonation.from_dict(tip_weekly_top_donator)

        except Exception as exc:
            raise DecodeError.at("tip-weekly-top-donator", exc)

        try:
            tip_session_top_donator = _src_get("tip-session-top-donator", UNSET)
            if tip_session_top_donator is not UNSET:
                tip_session_top_donator = TopDonation.from_dict(tip_session_top_donator)

        except Exception as exc:
            raise DecodeError.at("tip-session-top-donator", exc)

        try:
            tip_alltime_top_donation = _src_get("tip-alltime-top-donation", UNSET)
            if tip_alltime_top_donation is not UNSET:
                tip_alltime_top_donation = TopDonation.from_dict(tip_alltime_top_donation)

        except Exception as exc:
            raise DecodeError.at("tip-alltime-top-donation", exc)

        try:
            tip_monthly_top_donation = _src_get("tip-monthly-top-donation", UNSET)
            if tip_monthly_top_donation is not UNSET:
                tip_monthly_top_donation = TopDonation.from_dict(tip_monthly_top_donation)

        except Exception as exc:
            raise DecodeError.at("tip-monthly-top-donation", exc)

        try:
            tip_weekly_top_donation = _src_get("tip-weekly-top-donation", UNSET)
            if tip_weekly_top_donation is not UNSET:
                tip_weekly_top_donation = TopDonation.from_dict(tip_weekly_top_donation)

        except Exception as exc:
            raise DecodeError.at("tip-weekly-top-donation", exc)

        try:
            tip_session_top_donation = _src_get("tip-session-top-donation", UNSET)
            if tip_session_top_donation is not UNSET:
                tip_session_top_donation = TopDonation.from_dict(tip_session_top_donation)

        except Exception as exc:
            raise DecodeError.at("tip-session-top-donation", exc)

        try:
            _tip_recent = _src_get("tip-recent", UNSET)
            tip_recent: list[RecentTip] | Unset = UNSET
            if _tip_recent is not UNSET:
                if not isinstance(_tip_recent, list):
                    raise DecodeError.expected("an array", _tip_recent)
                try:
                    tip_recent = list(map(RecentTip.from_dict, _tip_recent))
                except Exception:
                    for tip_recent_index, tip_recent_item_data in enumerate(_tip_recent):
                        try:
                            RecentTip.from_dict(tip_recent_item_data)
                        except Exception as exc:
                            raise DecodeError.at(tip_recent_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("tip-recent", exc)

        try:
            tip_latest = _src_get("tip-latest", UNSET)
            if tip_latest is not UNSET:
                tip_latest = LatestDonation.from_dict(tip_latest)

        except Exception as exc:
            raise DecodeError.at("tip-latest", exc)

        try:
            subscriber_total = _src_get("subscriber-total", UNSET)
            if subscriber_total is not UNSET:
                subscriber_total = CountValue.from_dict(subscriber_total)

        except Exception as exc:
            raise DecodeError.at("subscriber-total", exc)

        try:
            subscriber_goal = _src_get("subscriber-goal", UNSET)
            if subscriber_goal is not UNSET:
                subscriber_goal = AmountValue.from_dict(subscriber_goal)

        except Exception as exc:
            raise DecodeError.at("subscriber-goal", exc)

        try:
            subscriber_month = _src_get("subscriber-month", UNSET)
            if subscriber_month is not UNSET:
                subscriber_month = CountValue.from_dict(subscriber_month)

        except Exception as exc:
            raise DecodeError.at("subscriber-month", exc)

        try:
            subscriber_week = _src_get("subscriber-week", UNSET)
            if subscriber_week is not UNSET:
                subscriber_week = CountValue.from_dict(subscriber_week)

        except Exception as exc:
            raise DecodeError.at("subscriber-week", exc)

        try:
            subscriber_session = _src_get("subscriber-session", UNSET)
            if subscriber_session is not UNSET:
                subscriber_session = CountValue.from_dict(subscriber_session)

        except Exception as exc:
            raise DecodeError.at("subscriber-session", exc)

        try:
            _subscriber_recent = _src_get("subscriber-recent", UNSET)
            subscriber_recent: list[RecentEvent] | Unset = UNSET
            if _subscriber_recent is not UNSET:
                if not isinstance(_subscriber_recent, list):
                    raise DecodeError.expected("an array", _subscriber_recent)
                try:
                    subscriber_recent = list(map(RecentEvent.from_dict, _subscriber_recent))
                except Exception:
                    for subscriber_recent_index, subscriber_recent_item_data in enumerate(_subscriber_recent):
                        try:
                            RecentEvent.from_dict(subscriber_recent_item_data)
                        except Exception as exc:
                            raise DecodeError.at(subscriber_recent_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("subscriber-recent", exc)

        try:
            subscriber_latest = _src_get("subscriber-latest", UNSET)
            if subscriber_latest is not UNSET:
                subscriber_latest = LatestSubscriber.from_dict(subscriber_latest)

        except Exception as exc:
            raise DecodeError.at("subscriber-latest", exc)

        try:
            follower_total = _src_get("follower-total", UNSET)
            if follower_total is not UNSET:
                follower_total = CountValue.from_dict(follower_total)

        except Exception as exc:
            raise DecodeError.at("follower-total", exc)

        try:
            follower_goal = _src_get("follower-goal", UNSET)
            if follower_goal is not UNSET:
                follower_goal = AmountValue.from_dict(follower_goal)

        except Exception as exc:
            raise DecodeError.at("follower-goal", exc)

        try:
            follower_month = _src_get("follower-month", UNSET)
            if follower_month is not UNSET:
                follower_month = CountValue.from_dict(follower_month)

        except Exception as exc:
            raise DecodeError.at("follower-month", exc)

        try:
            follower_week = _src_get("follower-week", UNSET)
            if follower_week is not UNSET:
                follower_week = CountValue.from_dict(follower_week)

        except Exception as exc:
            raise DecodeError.at("follower-week", exc)

        try:
            follower_session = _src_get("follower-session", UNSET)
            if follower_session is not UNSET:
                follower_session = CountValue.from_dict(follower_session)

        except Exception as exc:
            raise DecodeError.at("follower-session", exc)

        try:
            _follower_recent = _src_get("follower-recent", UNSET)
            follower_recent: list[RecentFollower] | Unset = UNSET
            if _follower_recent is not UNSET:
                if not isinstance(_follower_recent, list):
                    raise DecodeError.expected("an array", _follower_recent)
                try:
                    follower_recent = list(map(RecentFollower.from_dict, _follower_recent))
                except Exception:
                    for follower_recent_index, follower_recent_item_data in enumerate(_follower_recent):
                        try:
                            RecentFollower.from_dict(follower_recent_item_data)
                        except Exception as exc:
                            raise DecodeError.at(follower_recent_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("follower-recent", exc)

        try:
            follower_latest = _src_get("follower-latest", UNSET)
            if follower_latest is not UNSET:
                follower_latest = LatestFollower.from_dict(follower_latest)

        except Exception as exc:
            raise DecodeError.at("follower-latest", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.cheer_alltime_top_donator = cheer_alltime_top_donator
        _instance.cheer_monthly_top_donator = cheer_monthly_top_donator
        _instance.cheer_weekly_top_donator = cheer_weekly_top_donator
        _instance.cheer_session_top_donator = cheer_session_top_donator
        _instance.cheer_alltime_top_donation = cheer_alltime_top_donation
        _instance.cheer_monthly_top_donation = cheer_monthly_top_donation
        _instance.cheer_weekly_top_donation = cheer_weekly_top_donation
        _instance.cheer_session_top_donation = cheer_session_top_donation
        _instance.cheer_recent = cheer_recent
        _instance.cheer_latest = cheer_latest
        _instance.cheer_goal = cheer_goal
        _instance.cheer_count = cheer_count
        _instance.cheer_total = cheer_total
        _instance.cheer_month = cheer_month
        _instance.cheer_week = cheer_week
        _instance.cheer_session = cheer_session
        _instance.host_recent = host_recent
        _instance.host_latest = host_latest
        _instance.tip_goal = tip_goal
        _instance.tip_count = tip_count
        _instance.tip_total = tip_total
        _instance.tip_month = tip_month
        _instance.tip_week = tip_week
        _instance.tip_session = tip_session
        _instance.tip_alltime_top_donator = tip_alltime_top_donator
        _instance.tip_monthly_top_donator = tip_monthly_top_donator
        _instance.tip_weekly_top_donator = tip_weekly_top_donator
        _instance.tip_session_top_donator = tip_session_top_donator
        _instance.tip_alltime_top_donation = tip_alltime_top_donation
        _instance.tip_monthly_top_donation = tip_monthly_top_donation
        _instance.tip_weekly_top_donation = tip_weekly_top_donation
        _instance.tip_session_top_donation = tip_session_top_donation
        _instance.tip_recent = tip_recent
        _instance.tip_latest = tip_latest
        _instance.subscriber_total = subscriber_total
        _instance.subscriber_goal = subscriber_goal
        _instance.subscriber_month = subscriber_month
        _instance.subscriber_week = subscriber_week
        _instance.subscriber_session = subscriber_session
        _instance.subscriber_recent = subscriber_recent
        _instance.subscriber_latest = subscriber_latest
        _instance.follower_total = follower_total
        _instance.follower_goal = follower_goal
        _instance.follower_month = follower_month
        _instance.follower_week = follower_week
        _instance.follower_session = follower_session
        _instance.follower_recent = follower_recent
        _instance.follower_latest = follower_latest

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == (cheer_alltime_top_donator is not UNSET) + (cheer_monthly_top_donator is not UNSET) + (
            cheer_weekly_top_donator is not UNSET
        ) + (cheer_session_top_donator is not UNSET) + (cheer_alltime_top_donation is not UNSET) + (
            cheer_monthly_top_donation is not UNSET
        ) + (cheer_weekly_top_donation is not UNSET) + (cheer_session_top_donation is not UNSET) + (
            cheer_recent is not UNSET
        ) + (cheer_latest is not UNSET) + (cheer_goal is not UNSET) + (cheer_count is not UNSET) + (
            cheer_total is not UNSET
        ) + (cheer_month is not UNSET) + (cheer_week is not UNSET) + (cheer_session is not UNSET) + (
            host_recent is not UNSET
        ) + (host_latest is not UNSET) + (tip_goal is not UNSET) + (tip_count is not UNSET) + (
            tip_total is not UNSET
        ) + (tip_month is not UNSET) + (tip_week is not UNSET) + (tip_session is not UNSET) + (
            tip_alltime_top_donator is not UNSET
        ) + (tip_monthly_top_donator is not UNSET) + (tip_weekly_top_donator is not UNSET) + (
            tip_session_top_donator is not UNSET
        ) + (tip_alltime_top_donation is not UNSET) + (tip_monthly_top_donation is not UNSET) + (
            tip_weekly_top_donation is not UNSET
        ) + (tip_session_top_donation is not UNSET) + (tip_recent is not UNSET) + (tip_latest is not UNSET) + (
            subscriber_total is not UNSET
        ) + (subscriber_goal is not UNSET) + (subscriber_month is not UNSET) + (subscriber_week is not UNSET) + (
            subscriber_session is not UNSET
        ) + (subscriber_recent is not UNSET) + (subscriber_latest is not UNSET) + (follower_total is not UNSET) + (
            follower_goal is not UNSET
        ) + (follower_month is not UNSET) + (follower_week is not UNSET) + (follower_session is not UNSET) + (
            follower_recent is not UNSET
        ) + (follower_latest is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _LEGACY_SESSION_DATA_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("cheer_alltime_top_donator", "cheer-alltime-top-donator", struct_of(TopDonation), False),
            ("cheer_monthly_top_donator", "cheer-monthly-top-donator", struct_of(TopDonation), False),
            ("cheer_weekly_top_donator", "cheer-weekly-top-donator", struct_of(TopDonation), False),
            ("cheer_session_top_donator", "cheer-session-top-donator", struct_of(TopDonation), False),
            ("cheer_alltime_top_donation", "cheer-alltime-top-donation", struct_of(TopDonation), False),
            ("cheer_monthly_top_donation", "cheer-monthly-top-donation", struct_of(TopDonation), False),
            ("cheer_weekly_top_donation", "cheer-weekly-top-donation", struct_of(TopDonation), False),
            ("cheer_session_top_donation", "cheer-session-top-donation", struct_of(TopDonation), False),
            ("cheer_recent", "cheer-recent", struct_of(RecentEvent, many=True), False),
            ("cheer_latest", "cheer-latest", struct_of(LatestDonation), False),
            ("cheer_goal", "cheer-goal", struct_of(AmountValue), False),
            ("cheer_count", "cheer-count", struct_of(CountValue), False),
            ("cheer_total", "cheer-total", struct_of(AmountValue), False),
            ("cheer_month", "cheer-month", struct_of(AmountValue), False),
            ("cheer_week", "cheer-week", struct_of(AmountValue), False),
            ("cheer_session", "cheer-session", struct_of(AmountValue), False),
            ("host_recent", "host-recent", struct_of(RecentEvent, many=True), False),
            ("host_latest", "host-latest", struct_of(LatestHost), False),
            ("tip_goal", "tip-goal", struct_of(AmountValue), False),
            ("tip_count", "tip-count", struct_of(CountValue), False),
            ("tip_total", "tip-total", struct_of(AmountValue), False),
            ("tip_month", "tip-month", struct_of(AmountValue), False),
            ("tip_week", "tip-week", struct_of(AmountValue), False),
            ("tip_session", "tip-session", struct_of(AmountValue), False),
            ("tip_alltime_top_donator", "tip-alltime-top-donator", struct_of(TopDonation), False),
            ("tip_monthly_top_donator", "tip-monthly-top-donator", struct_of(TopDonation), False),
            ("tip_weekly_top_donator", "tip-weekly-top-donator", struct_of(TopDonation), False),
            ("tip_session_top_donator", "tip-session-top-donator", struct_of(TopDonation), False),
            ("tip_alltime_top_donation", "tip-alltime-top-donation", struct_of(TopDonation), False),
            ("tip_monthly_top_donation", "tip-monthly-top-donation", struct_of(TopDonation), False),
            ("tip_weekly_top_donation", "tip-weekly-top-donation", struct_of(TopDonation), False),
            ("tip_session_top_donation", "tip-session-top-donation", struct_of(TopDonation), False),
            ("tip_recent", "tip-recent", struct_of(RecentTip, many=True), False),
            ("tip_latest", "tip-latest", struct_of(LatestDonation), False),
            ("subscriber_total", "subscriber-total", struct_of(CountValue), False),
            ("subscriber_goal", "subscriber-goal", struct_of(AmountValue), False),
            ("subscriber_month", "subscriber-month", struct_of(CountValue), False),
            ("subscriber_week", "subscriber-week", struct_of(CountValue), False),
            ("subscriber_session", "subscriber-session", struct_of(CountValue), False),
            ("subscriber_recent", "subscriber-recent", struct_of(RecentEvent, many=True), False),
            ("subscriber_latest", "subscriber-latest", struct_of(LatestSubscriber), False),
            ("follower_total", "follower-total", struct_of(CountValue), False),
            ("follower_goal", "follower-goal", struct_of(AmountValue), False),
            ("follower_month", "follower-month", struct_of(CountValue), False),
            ("follower_week", "follower-week", struct_of(CountValue), False),
            ("follower_session", "follower-session", struct_of(CountValue), False),
            ("follower_recent", "follower-recent", struct_of(RecentFollower, many=True), False),
            ("follower_latest", "follower-latest", struct_of(LatestFollower), False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        cheer_alltime_top_donator = _struct.cheer_alltime_top_donator
        if cheer_alltime_top_donator is not UNSET:
            _cheer_alltime_top_donator_model = _new(TopDonation)
            _cheer_alltime_top_donator_model.amount = cheer_alltime_top_donator.amount
            _cheer_alltime_top_donator_model.name = cheer_alltime_top_donator.name
            _cheer_alltime_top_donator_model.additional_properties = {}
            cheer_alltime_top_donator = _cheer_alltime_top_donator_model
        _instance.cheer_alltime_top_donator = cheer_alltime_top_donator

        cheer_monthly_top_donator = _struct.cheer_monthly_top_donator
        if cheer_monthly_top_donator is not UNSET:
            _cheer_monthly_top_donator_model = _new(TopDonation)
            _cheer_monthly_top_donator_model.amount = cheer_monthly_top_donator.amount
            _cheer_monthly_top_donator_model.name = cheer_monthly_top_donator.name
            _cheer_monthly_top_donator_model.additional_properties = {}
            cheer_monthly_top_donator = _cheer_monthly_top_donator_model
        _instance.cheer_monthly_top_donator = cheer_monthly_top_donator

        cheer_weekly_top_donator = _struct.cheer_weekly_top_donator
        if cheer_weekly_top_donator is not UNSET:
            _cheer_weekly_top_donator_model = _new(TopDonation)
            _cheer_weekly_top_donator_model.amount = cheer_weekly_top_donator.amount
            _cheer_weekly_top_donator_model.name = cheer_weekly_top_donator.name
            _cheer_weekly_top_donator_model.additional_properties = {}
            cheer_weekly_top_donator = _cheer_weekly_top_donator_model
        _instance.cheer_weekly_top_donator = cheer_weekly_top_donator

        cheer_session_top_donator = _struct.cheer_session_top_donator
        if cheer_session_top_donator is not UNSET:
            _cheer_session_top_donator_model = _new(TopDonation)
            _cheer_session_top_donator_model.amount = cheer_session_top_donator.amount
            _cheer_session_top_donator_model.name = cheer_session_top_donator.name
            _cheer_session_top_donator_model.additional_properties = {}
            cheer_session_top_donator = _cheer_session_top_donator_model
        _instance.cheer_session_top_donator = cheer_session_top_donator

        cheer_alltime_top_donation = _struct.cheer_alltime_top_donation
        if cheer_alltime_top_donation is not UNSET:
            _cheer_alltime_top_donation_model = _new(TopDonation)
            _cheer_alltime_top_donation_model.amount = cheer_alltime_top_donation.amount
            _cheer_alltime_top_donation_model.name = cheer_alltime_top_donation.name
            _cheer_alltime_top_donation_model.additional_properties = {}
            cheer_alltime_top_donation = _cheer_alltime_top_donation_model
        _instance.cheer_alltime_top_donation = cheer_alltime_top_donation

        cheer_monthly_top_donation = _struct.cheer_monthly_top_donation
        if cheer_monthly_top_donation is not UNSET:
            _cheer_monthly_top_donation_model = _new(TopDonation)
            _cheer_monthly_top_donation_model.amount = cheer_monthly_top_donation.amount
            _cheer_monthly_top_donation_model.name = cheer_monthly_top_donation.name
            _cheer_monthly_top_donation_model.additional_properties = {}
            cheer_monthly_top_donation = _cheer_monthly_top_donation_model
        _instance.cheer_monthly_top_donation = cheer_monthly_top_donation

        cheer_weekly_top_donation = _struct.cheer_weekly_top_donation
        if cheer_weekly_top_donation is not UNSET:
            _cheer_weekly_top_donation_model = _new(TopDonation)
            _cheer_weekly_top_donation_model.amount = cheer_weekly_top_donation.amount
            _cheer_weekly_top_donation_model.name = cheer_weekly_top_donation.name
            _cheer_weekly_top_donation_model.additional_properties = {}
            cheer_weekly_top_donation = _cheer_weekly_top_donation_model
        _instance.cheer_weekly_top_donation = cheer_weekly_top_donation

        cheer_session_top_donation = _struct.cheer_session_top_donation
        if cheer_session_top_donation is not UNSET:
            _cheer_session_top_donation_model = _new(TopDonation)
            _cheer_session_top_donation_model.amount = cheer_session_top_donation.amount
            _cheer_session_top_donation_model.name = cheer_session_top_donation.name
            _cheer_session_top_donation_model.additional_properties = {}
            cheer_session_top_donation = _cheer_session_top_donation_model
        _instance.cheer_session_top_donation = cheer_session_top_donation

        cheer_recent = _struct.cheer_recent
        if cheer_recent is not UNSET:
            _cheer_recent_models: list[RecentEvent] = []
            for _cheer_recent_struct in cheer_recent:
                _cheer_recent_model = _new(RecentEvent)
                _cheer_recent_model.id = _cheer_recent_struct.id
                _cheer_recent_model.name = _cheer_recent_struct.name
                _cheer_recent_model.amount = _cheer_recent_struct.amount
                _value = _cheer_recent_struct.created_at
                _cheer_recent_model.created_at = _value if _value is UNSET else _fromisoformat(_value)
                _cheer_recent_model.additional_properties = {}
                _cheer_recent_models.append(_cheer_recent_model)
            cheer_recent = _cheer_recent_models
        _instance.cheer_recent = cheer_recent

        cheer_latest = _struct.cheer_latest
        if cheer_latest is not UNSET:
            _cheer_latest_model = _new(LatestDonation)
            _cheer_latest_model.amount = cheer_latest.amount
            _cheer_latest_model.name = cheer_latest.name
            _cheer_latest_model.message = cheer_latest.message
            _cheer_latest_model.additional_properties = {}
            cheer_latest = _cheer_latest_model
        _instance.cheer_latest = cheer_latest

        cheer_goal = _struct.cheer_goal
        if cheer_goal is not UNSET:
            _cheer_goal_model = _new(AmountValue)
            _cheer_goal_model.amount = cheer_goal.amount
            _cheer_goal_model.additional_properties = {}
            cheer_goal = _cheer_goal_model
        _instance.cheer_goal = cheer_goal

        cheer_count = _struct.cheer_count
        if cheer_count is not UNSET:
            _cheer_count_model = _new(CountValue)
            _cheer_count_model.count = cheer_count.count
            _cheer_count_model.additional_properties = {}
            cheer_count = _cheer_count_model
        _instance.cheer_count = cheer_count

        cheer_total = _struct.cheer_total
        if cheer_total is not UNSET:
            _cheer_total_model = _new(AmountValue)
            _cheer_total_model.amount = cheer_total.amount
            _cheer_total_model.additional_properties = {}
            cheer_total = _cheer_total_model
        _instance.cheer_total = cheer_total

        cheer_month = _struct.cheer_month
        if cheer_month is not UNSET:
            _cheer_month_model = _new(AmountValue)
            _cheer_month_model.amount = cheer_month.amount
            _cheer_month_model.additional_properties = {}
            cheer_month = _cheer_month_model
        _instance.cheer_month = cheer_month

        cheer_week = _struct.cheer_week
        if cheer_week is not UNSET:
            _cheer_week_model = _new(AmountValue)
            _cheer_week_model.amount = cheer_week.amount
            _cheer_week_model.additional_properties = {}
            cheer_week = _cheer_week_model
        _instance.cheer_week = cheer_week

        cheer_session = _struct.cheer_session
        if cheer_session is not UNSET:
            _cheer_session_model = _new(AmountValue)
            _cheer_session_model.amount = cheer_session.amount
            _cheer_session_model.additional_properties = {}
            cheer_session = _cheer_session_model
        _instance.cheer_session = cheer_session

        host_recent = _struct.host_recent
        if host_recent is not UNSET:
            _host_recent_models: list[RecentEvent] = []
            for _host_recent_struct in host_recent:
                _host_recent_model = _new(RecentEvent)
                _host_recent_model.id = _host_recent_struct.id
                _host_recent_model.name = _host_recent_struct.name
                _host_recent_model.amount = _host_recent_struct.amount
                _value = _host_recent_struct.created_at
                _host_recent_model.created_at = _value if _value is UNSET else _fromisoformat(_value)
                _host_recent_model.additional_properties = {}
                _host_recent_models.append(_host_recent_model)
            host_recent = _host_recent_models
        _instance.host_recent = host_recent

        host_latest = _struct.host_latest
        if host_latest is not UNSET:
            _host_latest_model = _new(LatestHost)
            _host_latest_model.name = host_latest.name
            _host_latest_model.amount = host_latest.amount
            _host_latest_model.additional_properties = {}
            host_latest = _host_latest_model
        _instance.host_latest = host_latest

        tip_goal = _struct.tip_goal
        if tip_goal is not UNSET:
            _tip_goal_model = _new(AmountValue)
            _tip_goal_model.amount = tip_goal.amount
            _tip_goal_model.additional_properties = {}
            tip_goal = _tip_goal_model
        _instance.tip_goal = tip_goal

        tip_count = _struct.tip_count
        if tip_count is not UNSET:
            _tip_count_model = _new(CountValue)
            _tip_count_model.count = tip_count.count
            _tip_count_model.additional_properties = {}
            tip_count = _tip_count_model
        _instance.tip_count = tip_count

        tip_total = _struct.tip_total
        if tip_total is not UNSET:
            _tip_total_model = _new(AmountValue)
            _tip_total_model.amount = tip_total.amount
            _tip_total_model.additional_properties = {}
            tip_total = _tip_total_model
        _instance.tip_total = tip_total

        tip_month = _struct.tip_month
        if tip_month is not UNSET:
            _tip_month_model = _new(AmountValue)
            _tip_month_model.amount = tip_month.amount
            _tip_month_model.additional_properties = {}
            tip_month = _tip_month_model
        _instance.tip_month = tip_month

        tip_week = _struct.tip_week
        if tip_week is not UNSET:
            _tip_week_model = _new(AmountValue)
            _tip_week_model.amount = tip_week.amount
            _tip_week_model.additional_properties = {}
            tip_week = _tip_week_model
        _instance.tip_week = tip_week

        tip_session = _struct.tip_session
        if tip_session is not UNSET:
            _tip_session_model = _new(AmountValue)
            _tip_session_model.amount = tip_session.amount
            _tip_session_model.additional_properties = {}
            tip_session = _tip_session_model
        _instance.tip_session = tip_session

        tip_alltime_top_donator = _struct.tip_alltime_top_donator
        if tip_alltime_top_donator is not UNSET:
            _tip_alltime_top_donator_model = _new(TopDonation)
            _tip_alltime_top_donator_model.amount = tip_alltime_top_donator.amount
            _tip_alltime_top_donator_model.name = tip_alltime_top_donator.name
            _tip_alltime_top_donator_model.additional_properties = {}
            tip_alltime_top_donator = _tip_alltime_top_donator_model
        _instance.tip_alltime_top_donator = tip_alltime_top_donator

        tip_monthly_top_donator = _struct.tip_monthly_top_donator
        if tip_monthly_top_donator is not UNSET:
            _tip_monthly_top_donator_model = _new(TopDonation)
            _tip_monthly_top_donator_model.amount = tip_monthly_top_donator.amount
            _tip_monthly_top_donator_model.name = tip_monthly_top_donator.name
            _tip_monthly_top_donator_model.additional_properties = {}
            tip_monthly_top_donator = _tip_monthly_top_donator_model
        _instance.tip_monthly_top_donator = tip_monthly_top_donator

        tip_weekly_top_donator = _struct.tip_weekly_top_donator
        if tip_weekly_top_donator is not UNSET:
            _tip_weekly_top_donator_model = _new(TopDonation)
            _tip_weekly_top_donator_model.amount = tip_weekly_top_donator.amount
            _tip_weekly_top_donator_model.name = tip_weekly_top_donator.name
            _tip_weekly_top_donator_model.additional_properties = {}
            tip_weekly_top_donator = _tip_weekly_top_donator_model
        _instance.tip_weekly_top_donator = tip_weekly_top_donator

        tip_session_top_donator = _struct.tip_session_top_donator
        if tip_session_top_donator is not UNSET:
            _tip_session_top_donator_model = _new(TopDonation)
            _tip_session_top_donator_model.amount = tip_session_top_donator.amount
            _tip_session_top_donator_model.name = tip_session_top_donator.name
            _tip_session_top_donator_model.additional_properties = {}
            tip_session_top_donator = _tip_session_top_donator_model
        _instance.tip_session_top_donator = tip_session_top_donator

        tip_alltime_top_donation = _struct.tip_alltime_top_donation
        if tip_alltime_top_donation is not UNSET:
            _tip_alltime_top_donation_model = _new(TopDonation)
            _tip_alltime_top_donation_model.amount = tip_alltime_top_donation.amount
            _tip_alltime_top_donation_model.name = tip_alltime_top_donation.name
            _tip_alltime_top_donation_model.additional_properties = {}
            tip_alltime_top_donation = _tip_alltime_top_donation_model
        _instance.tip_alltime_top_donation = tip_alltime_top_donation

        tip_monthly_top_donation = _struct.tip_monthly_top_donation
        if tip_monthly_top_donation is not UNSET:
            _tip_monthly_top_donation_model = _new(TopDonation)
            _tip_monthly_top_donation_model.amount = tip_monthly_top_donation.amount
            _tip_monthly_top_donation_model.name = tip_monthly_top_donation.name
            _tip_monthly_top_donation_model.additional_properties = {}
            tip_monthly_top_donation = _tip_monthly_top_donation_model
        _instance.tip_monthly_top_donation = tip_monthly_top_donation

        tip_weekly_top_donation = _struct.tip_weekly_top_donation
        if tip_weekly_top_donation is not UNSET:
            _tip_weekly_top_donation_model = _new(TopDonation)
            _tip_weekly_top_donation_model.amount = tip_weekly_top_donation.amount
            _tip_weekly_top_donation_model.name = tip_weekly_top_donation.name
            _tip_weekly_top_donation_model.additional_properties = {}
            tip_weekly_top_donation = _tip_weekly_top_donation_model
        _instance.tip_weekly_top_donation = tip_weekly_top_donation

        tip_session_top_donation = _struct.tip_session_top_donation
        if tip_session_top_donation is not UNSET:
            _tip_session_top_donation_model = _new(TopDonation)
            _tip_session_top_donation_model.amount = tip_session_top_donation.amount
            _tip_session_top_donation_model.name = tip_session_top_donation.name
            _tip_session_top_donation_model.additional_properties = {}
            tip_session_top_donation = _tip_session_top_donation_model
        _instance.tip_session_top_donation = tip_session_top_donation

        tip_recent = _struct.tip_recent
        if tip_recent is not UNSET:
            _tip_recent_models: list[RecentTip] = []
            for _tip_recent_struct in tip_recent:
                _tip_recent_model = _new(RecentTip)
                _tip_recent_model.amount = _tip_recent_struct.amount
                _tip_recent_model.name = _tip_recent_struct.name
                _tip_recent_model.id = _tip_recent_struct.id
                _tip_recent_model.additional_properties = {}
                _tip_recent_models.append(_tip_recent_model)
            tip_recent = _tip_recent_models
        _instance.tip_recent = tip_recent

        tip_latest = _struct.tip_latest
        if tip_latest is not UNSET:
            _tip_latest_model = _new(LatestDonation)
            _tip_latest_model.amount = tip_latest.amount
            _tip_latest_model.name = tip_latest.name
            _tip_latest_model.message = tip_latest.message
            _tip_latest_model.additional_properties = {}
            tip_latest = _tip_latest_model
        _instance.tip_latest = tip_latest

        subscriber_total = _struct.subscriber_total
        if subscriber_total is not UNSET:
            _subscriber_total_model = _new(CountValue)
            _subscriber_total_model.count = subscriber_total.count
            _subscriber_total_model.additional_properties = {}
            subscriber_total = _subscriber_total_model
        _instance.subscriber_total = subscriber_total

        subscriber_goal = _struct.subscriber_goal
        if subscriber_goal is not UNSET:
            _subscriber_goal_model = _new(AmountValue)
            _subscriber_goal_model.amount = subscriber_goal.amount
            _subscriber_goal_model.additional_properties = {}
            subscriber_goal = _subscriber_goal_model
        _instance.subscriber_goal = subscriber_goal

        subscriber_month = _struct.subscriber_month
        if subscriber_month is not UNSET:
            _subscriber_month_model = _new(CountValue)
            _subscriber_month_model.count = subscriber_month.count
            _subscriber_month_model.additional_properties = {}
            subscriber_month = _subscriber_month_model
        _instance.subscriber_month = subscriber_month

        subscriber_week = _struct.subscriber_week
        if subscriber_week is not UNSET:
            _subscriber_week_model = _new(CountValue)
            _subscriber_week_model.count = subscriber_week.count
            _subscriber_week_model.additional_properties = {}
            subscriber_week = _subscriber_week_model
        _instance.subscriber_week = subscriber_week

        subscriber_session = _struct.subscriber_session
        if subscriber_session is not UNSET:
            _subscriber_session_model = _new(CountValue)
            _subscriber_session_model.count = subscriber_session.count
            _subscriber_session_model.additional_properties = {}
            subscriber_session = _subscriber_session_model
        _instance.subscriber_session = subscriber_session

        subscriber_recent = _struct.subscriber_recent
        if subscriber_recent is not UNSET:
            _subscriber_recent_models: list[RecentEvent] = []
            for _subscriber_recent_struct in subscriber_recent:
                _subscriber_recent_model = _new(RecentEvent)
                _subscriber_recent_model.id = _subscriber_recent_struct.id
                _subscriber_recent_model.name = _subscriber_recent_struct.name
                _subscriber_recent_model.amount = _subscriber_recent_struct.amount
                _value = _subscriber_recent_struct.created_at
                _subscriber_recent_model.created_at = _value if _value is UNSET else _fromisoformat(_value)
                _subscriber_recent_model.additional_properties = {}
                _subscriber_recent_models.append(_subscriber_recent_model)
            subscriber_recent = _subscriber_recent_models
        _instance.subscriber_recent = subscriber_recent

        subscriber_latest = _struct.subscriber_latest
        if subscriber_latest is not UNSET:
            _subscriber_latest_model = _new(LatestSubscriber)
            _subscriber_latest_model.name = subscriber_latest.name
            _subscriber_latest_model.message = subscriber_latest.message
            _subscriber_latest_model.tier = subscriber_latest.tier
            _subscriber_latest_model.amount = subscriber_latest.amount
            _subscriber_latest_model.additional_properties = {}
            subscriber_latest = _subscriber_latest_model
        _instance.subscriber_latest = subscriber_latest

        follower_total = _struct.follower_total
        if follower_total is not UNSET:
            _follower_total_model = _new(CountValue)
            _follower_total_model.count = follower_total.count
            _follower_total_model.additional_properties = {}
            follower_total = _follower_total_model
        _instance.follower_total = follower_total

        follower_goal = _struct.follower_goal
        if follower_goal is not UNSET:
            _follower_goal_model = _new(AmountValue)
            _follower_goal_model.amount = follower_goal.amount
            _follower_goal_model.additional_properties = {}
            follower_goal = _follower_goal_model
        _instance.follower_goal = follower_goal

        follower_month = _struct.follower_month
        if follower_month is not UNSET:
            _follower_month_model = _new(CountValue)
            _follower_month_model.count = follower_month.count
            _follower_month_model.additional_properties = {}
            follower_month = _follower_month_model
        _instance.follower_month = follower_month

        follower_week = _struct.follower_week
        if follower_week is not UNSET:
            _follower_week_model = _new(CountValue)
            _follower_week_model.count = follower_week.count
            _follower_week_model.additional_properties = {}
            follower_week = _follower_week_model
        _instance.follower_week = follower_week

        follower_session = _struct.follower_session
        if follower_session is not UNSET:
            _follower_session_model = _new(CountValue)
            _follower_session_model.count = follower_session.count
            _follower_session_model.additional_properties = {}
            follower_session = _follower_session_model
        _instance.follower_session = follower_session

        follower_recent = _struct.follower_recent
        if follower_recent is not UNSET:
            _follower_recent_models: list[RecentFollower] = []
            for _follower_recent_struct in follower_recent:
                _follower_recent_model = _new(RecentFollower)
                _follower_recent_model.name = _follower_recent_struct.name
                _value = _follower_recent_struct.created_at
                _follower_recent_model.created_at = _value if _value is UNSET else _fromisoformat(_value)
                _follower_recent_model.additional_properties = {}
                _follower_recent_models.append(_follower_recent_model)
            follower_recent = _follower_recent_models
        _instance.follower_recent = follower_recent

        follower_latest = _struct.follower_latest
        if follower_latest is not UNSET:
            _follower_latest_model = _new(LatestFollower)
            _follower_latest_model.name = follower_latest.name
            _follower_latest_model.additional_properties = {}
            follower_latest = _follower_latest_model
        _instance.follower_latest = follower_latest

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.amount_value import AmountValue  # noqa: E402
from ..models.count_value import CountValue  # noqa: E402
from ..models.latest_donation import LatestDonation  # noqa: E402
from ..models.latest_follower import LatestFollower  # noqa: E402
from ..models.latest_host import LatestHost  # noqa: E402
from ..models.latest_subscriber import LatestSubscriber  # noqa: E402
from ..models.recent_event import RecentEvent  # noqa: E402
from ..models.recent_follower import RecentFollower  # noqa: E402
from ..models.recent_tip import RecentTip  # noqa: E402
from ..models.top_donation import TopDonation  # noqa: E402
