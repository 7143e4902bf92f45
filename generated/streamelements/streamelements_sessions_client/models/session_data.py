from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount_value import AmountValue
    from ..models.count_value import CountValue
    from ..models.latest_donation import LatestDonation
    from ..models.latest_follower import LatestFollower
    from ..models.latest_host import LatestHost
    from ..models.latest_subscriber import LatestSubscriber
    from ..models.recent_event import RecentEvent
    from ..models.recent_follower import RecentFollower
    from ..models.recent_tip import RecentTip
    from ..models.top_donation import TopDonation


T = TypeVar("T", bound="SessionData")


@_attrs_define
class SessionData:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount_value import AmountValue  # noqa: PLC0415
        from ..models.count_value import CountValue  # noqa: PLC0415
        from ..models.latest_donation import LatestDonation  # noqa: PLC0415
        from ..models.latest_follower import LatestFollower  # noqa: PLC0415
        from ..models.latest_host import LatestHost  # noqa: PLC0415
        from ..models.latest_subscriber import LatestSubscriber  # noqa: PLC0415
        from ..models.recent_event import RecentEvent  # noqa: PLC0415
        from ..models.recent_follower import RecentFollower  # noqa: PLC0415
        from ..models.recent_tip import RecentTip  # noqa: PLC0415
        from ..models.top_donation import TopDonation  # noqa: PLC0415

        d = dict(src_dict)
        _cheer_alltime_top_donator = d.pop("cheer-alltime-top-donator", UNSET)
        cheer_alltime_top_donator: TopDonation | Unset
        if isinstance(_cheer_alltime_top_donator, Unset):
            cheer_alltime_top_donator = UNSET
        else:
            cheer_alltime_top_donator = TopDonation.from_dict(_cheer_alltime_top_donator)

        _cheer_monthly_top_donator = d.pop("cheer-monthly-top-donator", UNSET)
        cheer_monthly_top_donator: TopDonation | Unset
        if isinstance(_cheer_monthly_top_donator, Unset):
            cheer_monthly_top_donator = UNSET
        else:
            cheer_monthly_top_donator = TopDonation.from_dict(_cheer_monthly_top_donator)

        _cheer_weekly_top_donator = d.pop("cheer-weekly-top-donator", UNSET)
        cheer_weekly_top_donator: TopDonation | Unset
        if isinstance(_cheer_weekly_top_donator, Unset):
            cheer_weekly_top_donator = UNSET
        else:
            cheer_weekly_top_donator = TopDonation.from_dict(_cheer_weekly_top_donator)

        _cheer_session_top_donator = d.pop("cheer-session-top-donator", UNSET)
        cheer_session_top_donator: TopDonation | Unset
        if isinstance(_cheer_session_top_donator, Unset):
            cheer_session_top_donator = UNSET
        else:
            cheer_session_top_donator = TopDonation.from_dict(_cheer_session_top_donator)

        _cheer_alltime_top_donation = d.pop("cheer-alltime-top-donation", UNSET)
        cheer_alltime_top_donation: TopDonation | Unset
        if isinstance(_cheer_alltime_top_donation, Unset):
            cheer_alltime_top_donation = UNSET
        else:
            cheer_alltime_top_donation = TopDonation.from_dict(_cheer_alltime_top_donation)

        _cheer_monthly_top_donation = d.pop("cheer-monthly-top-donation", UNSET)
        cheer_monthly_top_donation: TopDonation | Unset
        if isinstance(_cheer_monthly_top_donation, Unset):
            cheer_monthly_top_donation = UNSET
        else:
            cheer_monthly_top_donation = TopDonation.from_dict(_cheer_monthly_top_donation)

        _cheer_weekly_top_donation = d.pop("cheer-weekly-top-donation", UNSET)
        cheer_weekly_top_donation: TopDonation | Unset
        if isinstance(_cheer_weekly_top_donation, Unset):
            cheer_weekly_top_donation = UNSET
        else:
            cheer_weekly_top_donation = TopDonation.from_dict(_cheer_weekly_top_donation)

        _cheer_session_top_donation = d.pop("cheer-session-top-donation", UNSET)
        cheer_session_top_donation: TopDonation | Unset
        if isinstance(_cheer_session_top_donation, Unset):
            cheer_session_top_donation = UNSET
        else:
            cheer_session_top_donation = TopDonation.from_dict(_cheer_session_top_donation)

        _cheer_recent = d.pop("cheer-recent", UNSET)
        cheer_recent: list[RecentEvent] | Unset = UNSET
        if _cheer_recent is not UNSET:
            cheer_recent = []
            for cheer_recent_item_data in _cheer_recent:
                cheer_recent_item = RecentEvent.from_dict(cheer_recent_item_data)

                cheer_recent.append(cheer_recent_item)

        _cheer_latest = d.pop("cheer-latest", UNSET)
        cheer_latest: LatestDonation | Unset
        if isinstance(_cheer_latest, Unset):
            cheer_latest = UNSET
        else:
            cheer_latest = LatestDonation.from_dict(_cheer_latest)

        _cheer_goal = d.pop("cheer-goal", UNSET)
        cheer_goal: AmountValue | Unset
        if isinstance(_cheer_goal, Unset):
            cheer_goal = UNSET
        else:
            cheer_goal = AmountValue.from_dict(_cheer_goal)

        _cheer_count = d.pop("cheer-count", UNSET)
        cheer_count: CountValue | Unset
        if isinstance(_cheer_count, Unset):
            cheer_count = UNSET
        else:
            cheer_count = CountValue.from_dict(_cheer_count)

        _cheer_total = d.pop("cheer-total", UNSET)
        cheer_total: AmountValue | Unset
        if isinstance(_cheer_total, Unset):
            cheer_total = UNSET
        else:
            cheer_total = AmountValue.from_dict(_cheer_total)

        _cheer_month = d.pop("cheer-month", UNSET)
        cheer_month: AmountValue | Unset
        if isinstance(_cheer_month, Unset):
            cheer_month = UNSET
        else:
            cheer_month = AmountValue.from_dict(_cheer_month)

        _cheer_week = d.pop("cheer-week", UNSET)
        cheer_week: AmountValue | Unset
        if isinstance(_cheer_week, Unset):
            cheer_week = UNSET
        else:
            cheer_week = AmountValue.from_dict(_cheer_week)

        _cheer_session = d.pop("cheer-session", UNSET)
        cheer_session: AmountValue | Unset
        if isinstance(_cheer_session, Unset):
            cheer_session = UNSET
        else:
            cheer_session = AmountValue.from_dict(_cheer_session)

        _host_recent = d.pop("host-recent", UNSET)
        host_recent: list[RecentEvent] | Unset = UNSET
        if _host_recent is not UNSET:
            host_recent = []
            for host_recent_item_data in _host_recent:
                host_recent_item = RecentEvent.from_dict(host_recent_item_data)

                host_recent.append(host_recent_item)

        _host_latest = d.pop("host-latest", UNSET)
        host_latest: LatestHost | Unset
        if isinstance(_host_latest, Unset):
            host_latest = UNSET
        else:
            host_latest = LatestHost.from_dict(_host_latest)

        _tip_goal = d.pop("tip-goal", UNSET)
        tip_goal: AmountValue | Unset
        if isinstance(_tip_goal, Unset):
            tip_goal = UNSET
        else:
            tip_goal = AmountValue.from_dict(_tip_goal)

        _tip_count = d.pop("tip-count", UNSET)
        tip_count: CountValue | Unset
        if isinstance(_tip_count, Unset):
            tip_count = UNSET
        else:
            tip_count = CountValue.from_dict(_tip_count)

        _tip_total = d.pop("tip-total", UNSET)
        tip_total: AmountValue | Unset
        if isinstance(_tip_total, Unset):
            tip_total = UNSET
        else:
            tip_total = AmountValue.from_dict(_tip_total)

        _tip_month = d.pop("tip-month", UNSET)
        tip_month: AmountValue | Unset
        if isinstance(_tip_month, Unset):
            tip_month = UNSET
        else:
            tip_month = AmountValue.from_dict(_tip_month)

        _tip_week = d.pop("tip-week", UNSET)
        tip_week: AmountValue | Unset
        if isinstance(_tip_week, Unset):
            tip_week = UNSET
        else:
            tip_week = AmountValue.from_dict(_tip_week)

        _tip_session = d.pop("tip-session", UNSET)
        tip_session: AmountValue | Unset
        if isinstance(_tip_session, Unset):
            tip_session = UNSET
        else:
            tip_session = AmountValue.from_dict(_tip_session)

        _tip_alltime_top_donator = d.pop("tip-alltime-top-donator", UNSET)
        tip_alltime_top_donator: TopDonation | Unset
        if isinstance(_tip_alltime_top_donator, Unset):
            tip_alltime_top_donator = UNSET
        else:
            tip_alltime_top_donator = TopDonation.from_dict(_tip_alltime_top_donator)

        _tip_monthly_top_donator = d.pop("tip-monthly-top-donator", UNSET)
        tip_monthly_top_donator: TopDonation | Unset
        if isinstance(_tip_monthly_top_donator, Unset):
            tip_monthly_top_donator = UNSET
        else:
            tip_monthly_top_donator = TopDonation.from_dict(_tip_monthly_top_donator)

        _tip_weekly_top_donator = d.pop("tip-weekly-top-donator", UNSET)
        tip_weekly_top_donator: TopDonation | Unset
        if isinstance(_tip_weekly_top_donator, Unset):
            tip_weekly_top_donator = UNSET
        else:
            tip_weekly_top_donator = TopDonation.from_dict(_tip_weekly_top_donator)

        _tip_session_top_donator = d.pop("tip-session-top-donator", UNSET)
        tip_session_top_donator: TopDonation | Unset
        if isinstance(_tip_session_top_donator, Unset):
            tip_session_top_donator = UNSET
        else:
            tip_session_top_donator = TopDonation.from_dict(_tip_session_top_donator)

        _tip_alltime_top_donation = d.pop("tip-alltime-top-donation", UNSET)
        tip_alltime_top_donation: TopDonation | Unset
        if isinstance(_tip_alltime_top_donation, Unset):
            tip_alltime_top_donation = UNSET
        else:
            tip_alltime_top_donation = TopDonation.from_dict(_tip_alltime_top_donation)

        _tip_monthly_top_donation = d.pop("tip-monthly-top-donation", UNSET)
        tip_monthly_top_donation: TopDonation | Unset
        if isinstance(_tip_monthly_top_donation, Unset):
            tip_monthly_top_donation = UNSET
        else:
            tip_monthly_top_donation = TopDonation.from_dict(_tip_monthly_top_donation)

        _tip_weekly_top_donation = d.pop("tip-weekly-top-donation", UNSET)
        tip_weekly_top_donation: TopDonation | Unset
        if isinstance(_tip_weekly_top_donation, Unset):
            tip_weekly_top_donation = UNSET
        else:
            tip_weekly_top_donation = TopDonation.from_dict(_tip_weekly_top_donation)

        _tip_session_top_donation = d.pop("tip-session-top-donation", UNSET)
        tip_session_top_donation: TopDonation | Unset
        if isinstance(_tip_session_top_donation, Unset):
            tip_session_top_donation = UNSET
        else:
            tip_session_top_donation = TopDonation.from_dict(_tip_session_top_donation)

        _tip_recent = d.pop("tip-recent", UNSET)
        tip_recent: list[RecentTip] | Unset = UNSET
        if _tip_recent is not UNSET:
            tip_recent = []
            for tip_recent_item_data in _tip_recent:
                tip_recent_item = RecentTip.from_dict(tip_recent_item_data)

                tip_recent.append(tip_recent_item)

        _tip_latest = d.pop("tip-latest", UNSET)
        tip_latest: LatestDonation | Unset
        if isinstance(_tip_latest, Unset):
            tip_latest = UNSET
        else:
            tip_latest = LatestDonation.from_dict(_tip_latest)

        _subscriber_total = d.pop("subscriber-total", UNSET)
        subscriber_total: CountValue | Unset
        if isinstance(_subscriber_total, Unset):
            subscriber_total = UNSET
        else:
            subscriber_total = CountValue.from_dict(_subscriber_total)

        _subscriber_goal = d.pop("subscriber-goal", UNSET)
        subscriber_goal: AmountValue | Unset
        if isinstance(_subscriber_goal, Unset):
            subscriber_goal = UNSET
        else:
            subscriber_goal = AmountValue.from_dict(_subscriber_goal)

        _subscriber_month = d.pop("subscriber-month", UNSET)
        subscriber_month: CountValue | Unset
        if isinstance(_subscriber_month, Unset):
            subscriber_month = UNSET
        else:
            subscriber_month = CountValue.from_dict(_subscriber_month)

        _subscriber_week = d.pop("subscriber-week", UNSET)
        subscriber_week: CountValue | Unset
        if isinstance(_subscriber_week, Unset):
            subscriber_week = UNSET
        else:
            subscriber_week = CountValue.from_dict(_subscriber_week)

        _subscriber_session = d.pop("subscriber-session", UNSET)
        subscriber_session: CountValue | Unset
        if isinstance(_subscriber_session, Unset):
            subscriber_session = UNSET
        else:
            subscriber_session = CountValue.from_dict(_subscriber_session)

        _subscriber_recent = d.pop("subscriber-recent", UNSET)
        subscriber_recent: list[RecentEvent] | Unset = UNSET
        if _subscriber_recent is not UNSET:
            subscriber_recent = []
            for subscriber_recent_item_data in _subscriber_recent:
                subscriber_recent_item = RecentEvent.from_dict(subscriber_recent_item_data)

                subscriber_recent.append(subscriber_recent_item)

        _subscriber_latest = d.pop("subscriber-latest", UNSET)
        subscriber_latest: LatestSubscriber | Unset
        if isinstance(_subscriber_latest, Unset):
            subscriber_latest = UNSET
        else:
            subscriber_latest = LatestSubscriber.from_dict(_subscriber_latest)

        _follower_total = d.pop("follower-total", UNSET)
        follower_total: CountValue | Unset
        if isinstance(_follower_total, Unset):
            follower_total = UNSET
        else:
            follower_total = CountValue.from_dict(_follower_total)

        _follower_goal = d.pop("follower-goal", UNSET)
        follower_goal: AmountValue | Unset
        if isinstance(_follower_goal, Unset):
            follower_goal = UNSET
        else:
            follower_goal = AmountValue.from_dict(_follower_goal)

        _follower_month = d.pop("follower-month", UNSET)
        follower_month: CountValue | Unset
        if isinstance(_follower_month, Unset):
            follower_month = UNSET
        else:
            follower_month = CountValue.from_dict(_follower_month)

        _follower_week = d.pop("follower-week", UNSET)
        follower_week: CountValue | Unset
        if isinstance(_follower_week, Unset):
            follower_week = UNSET
        else:
            follower_week = CountValue.from_dict(_follower_week)

        _follower_session = d.pop("follower-session", UNSET)
        follower_session: CountValue | Unset
        if isinstance(_follower_session, Unset):
            follower_session = UNSET
        else:
            follower_session = CountValue.from_dict(_follower_session)

        _follower_recent = d.pop("follower-recent", UNSET)
        follower_recent: list[RecentFollower] | Unset = UNSET
        if _follower_recent is not UNSET:
            follower_recent = []
            for follower_recent_item_data in _follower_recent:
                follower_recent_item = RecentFollower.from_dict(follower_recent_item_data)

                follower_recent.append(follower_recent_item)

        _follower_latest = d.pop("follower-latest", UNSET)
        follower_latest: LatestFollower | Unset
        if isinstance(_follower_latest, Unset):
            follower_latest = UNSET
        else:
            follower_latest = LatestFollower.from_dict(_follower_latest)

        session_data = cls(
            cheer_alltime_top_donator=cheer_alltime_top_donator,
            cheer_monthly_top_donator=cheer_monthly_top_donator,
            cheer_weekly_top_donator=cheer_weekly_top_donator,
            cheer_session_top_donator=cheer_session_top_donator,
            cheer_alltime_top_donation=cheer_alltime_top_donation,
            cheer_monthly_top_donation=cheer_monthly_top_donation,
            cheer_weekly_top_donation=cheer_weekly_top_donation,
            cheer_session_top_donation=cheer_session_top_donation,
            cheer_recent=cheer_recent,
            cheer_latest=cheer_latest,
            cheer_goal=cheer_goal,
            cheer_count=cheer_count,
            cheer_total=cheer_total,
            cheer_month=cheer_month,
            cheer_week=cheer_week,
            cheer_session=cheer_session,
            host_recent=host_recent,
            host_latest=host_latest,
            tip_goal=tip_goal,
            tip_count=tip_count,
            tip_total=tip_total,
            tip_month=tip_month,
            tip_week=tip_week,
            tip_session=tip_session,
            tip_alltime_top_donator=tip_alltime_top_donator,
            tip_monthly_top_donator=tip_monthly_top_donator,
            tip_weekly_top_donator=tip_weekly_top_donator,
            tip_session_top_donator=tip_session_top_donator,
            tip_alltime_top_donation=tip_alltime_top_donation,
            tip_monthly_top_donation=tip_monthly_top_donation,
            tip_weekly_top_donation=tip_weekly_top_donation,
            tip_session_top_donation=tip_session_top_donation,
            tip_recent=tip_recent,
            tip_latest=tip_latest,
            subscriber_total=subscriber_total,
            subscriber_goal=subscriber_goal,
            subscriber_month=subscriber_month,
            subscriber_week=subscriber_week,
            subscriber_session=subscriber_session,
            subscriber_recent=subscriber_recent,
            subscriber_latest=subscriber_latest,
            follower_total=follower_total,
            follower_goal=follower_goal,
            follower_month=follower_month,
            follower_week=follower_week,
            follower_session=follower_session,
            follower_recent=follower_recent,
            follower_latest=follower_latest,
        )

        session_data.additional_properties = d
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
