from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_PEER_REPORT_QUALITY_FIELDS = frozenset(
    {
        "audio_consumer",
        "audio_consumer_cumulative",
        "audio_producer",
        "audio_producer_cumulative",
        "screenshare_audio_consumer",
        "screenshare_audio_consumer_cumulative",
        "screenshare_audio_producer",
        "screenshare_audio_producer_cumulative",
        "screenshare_video_consumer",
        "screenshare_video_consumer_cumulative",
        "screenshare_video_producer",
        "screenshare_video_producer_cumulative",
        "video_consumer",
        "video_consumer_cumulative",
        "video_producer",
        "video_producer_cumulative",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class PeerReportQuality(_ModelBase):
    """Per-track quality samples (bytes, packets lost, jitter, MOS) and their cumulative percentiles. The samples are open
    objects.

    """

    audio_consumer: list[PeerReportQualityAudioConsumerItem] | Unset = UNSET
    """ Quality samples of consumed audio. """
    audio_consumer_cumulative: PeerReportQualityAudioConsumerCumulative | Unset = UNSET
    """ Cumulative quality of consumed audio. """
    audio_producer: list[PeerReportQualityAudioProducerItem] | Unset = UNSET
    """ Quality samples of produced audio. """
    audio_producer_cumulative: PeerReportQualityAudioProducerCumulative | Unset = UNSET
    """ Cumulative quality of produced audio. """
    screenshare_audio_consumer: list[PeerReportQualityScreenshareAudioConsumerItem] | Unset = UNSET
    """ Quality samples of consumed screen-share audio. """
    screenshare_audio_consumer_cumulative: PeerReportQualityScreenshareAudioConsumerCumulative | Unset = UNSET
    """ Cumulative quality of consumed screen-share audio. """
    screenshare_audio_producer: list[PeerReportQualityScreenshareAudioProducerItem] | Unset = UNSET
    """ Quality samples of produced screen-share audio. """
    screenshare_audio_producer_cumulative: PeerReportQualityScreenshareAudioProducerCumulative | Unset = UNSET
    """ Cumulative quality of produced screen-share audio. """
    screenshare_video_consumer: list[PeerReportQualityScreenshareVideoConsumerItem] | Unset = UNSET
    """ Quality samples of consumed screen-share video. """
    screenshare_video_consumer_cumulative: PeerReportQualityScreenshareVideoConsumerCumulative | Unset = UNSET
    """ Cumulative quality of consumed screen-share video. """
    screenshare_video_producer: list[PeerReportQualityScreenshareVideoProducerItem] | Unset = UNSET
    """ Quality samples of produced screen-share video. """
    screenshare_video_producer_cumulative: PeerReportQualityScreenshareVideoProducerCumulative | Unset = UNSET
    """ Cumulative quality of produced screen-share video. """
    video_consumer: list[PeerReportQualityVideoConsumerItem] | Unset = UNSET
    """ Quality samples of consumed video. """
    video_consumer_cumulative: PeerReportQualityVideoConsumerCumulative | Unset = UNSET
    """ Cumulative quality of consumed video. """
    video_producer: list[PeerReportQualityVideoProducerItem] | Unset = UNSET
    """ Quality samples of produced video. """
    video_producer_cumulative: PeerReportQualityVideoProducerCumulative | Unset = UNSET
    """ Cumulative quality of produced video. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        audio_consumer: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audio_consumer, Unset):
            audio_consumer = []
            for audio_consumer_item_data in self.audio_consumer:
                audio_consumer_item = audio_consumer_item_data.to_dict()
                audio_consumer.append(audio_consumer_item)

        audio_consumer_cumulative: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_consumer_cumulative, Unset):
            audio_consumer_cumulative = self.audio_consumer_cumulative.to_dict()

        audio_producer: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audio_producer, Unset):
            audio_producer = []
            for audio_producer_item_data in self.audio_producer:
                audio_producer_item = audio_producer_item_data.to_dict()
                audio_producer.append(audio_producer_item)

        audio_producer_cumulative: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_producer_cumulative, Unset):
            audio_producer_cumulative = self.audio_producer_cumulative.to_dict()

        screenshare_audio_consumer: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.screenshare_audio_consumer, Unset):
            screenshare_audio_consumer = []
            for screenshare_audio_consumer_item_data in self.screenshare_audio_consumer:
                screenshare_audio_consumer_item = screenshare_audio_consumer_item_data.to_dict()
                screenshare_audio_consumer.append(screenshare_audio_consumer_item)

        screenshare_audio_consumer_cumulative: dict[str, Any] | Unset = UNSET
        if not isinstance(self.screenshare_audio_consumer_cumulative, Unset):
            screenshare_audio_consumer_cumulative = self.screenshare_audio_consumer_cumulative.to_dict()

        screenshare_audio_producer: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.screenshare_audio_producer, Unset):
            screenshare_audio_producer = []
            for screenshare_audio_producer_item_data in self.screenshare_audio_producer:
                screenshare_audio_producer_item = screenshare_audio_producer_item_data.to_dict()
                screenshare_audio_producer.append(screenshare_audio_producer_item)

        screenshare_audio_producer_cumulative: dict[str, Any] | Unset = UNSET
        if not isinstance(self.screenshare_audio_producer_cumulative, Unset):
            screenshare_audio_producer_cumulative = self.screenshare_audio_producer_cumulative.to_dict()

        screenshare_video_consumer: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.screenshare_video_consumer, Unset):
            screenshare_video_consumer = []
            for screenshare_video_consumer_item_data in self.screenshare_video_consumer:
                screenshare_video_consumer_item = screenshare_video_consumer_item_data.to_dict()
                screenshare_video_consumer.append(screenshare_video_consumer_item)

        screenshare_video_consumer_cumulative: dict[str, Any] | Unset = UNSET
        if not isinstance(self.screenshare_video_consumer_cumulative, Unset):
            screenshare_video_consumer_cumulative = self.screenshare_video_consumer_cumulative.to_dict()

        screenshare_video_producer: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.screenshare_video_producer, Unset):
            screenshare_video_producer = []
            for screenshare_video_producer_item_data in self.screenshare_video_producer:
                screenshare_video_producer_item = screenshare_video_producer_item_data.to_dict()
                screenshare_video_producer.append(screenshare_video_producer_item)

        screenshare_video_producer_cumulative: dict[str, Any] | Unset = UNSET
        if not isinstance(self.screenshare_video_producer_cumulative, Unset):
            screenshare_video_producer_cumulative = self.screenshare_video_producer_cumulative.to_dict()

        video_consumer: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.video_consumer, Unset):
            video_consumer = []
            for video_consumer_item_data in self.video_consumer:
                video_consumer_item = video_consumer_item_data.to_dict()
                video_consumer.append(video_consumer_item)

        video_consumer_cumulative: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_consumer_cumulative, Unset):
            video_consumer_cumulative = self.video_consumer_cumulative.to_dict()

        video_producer: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.video_producer, Unset):
            video_producer = []
            for video_producer_item_data in self.video_producer:
                video_producer_item = video_producer_item_data.to_dict()
                video_producer.append(video_producer_item)

        video_producer_cumulative: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_producer_cumulative, Unset):
            video_producer_cumulative = self.video_producer_cumulative.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if audio_consumer is not UNSET:
            field_dict["audio_consumer"] = audio_consumer
        if audio_consumer_cumulative is not UNSET:
            field_dict["audio_consumer_cumulative"] = audio_consumer_cumulative
        if audio_producer is not UNSET:
            field_dict["audio_producer"] = audio_producer
        if audio_producer_cumulative is not UNSET:
            field_dict["audio_producer_cumulative"] = audio_producer_cumulative
        if screenshare_audio_consumer is not UNSET:
            field_dict["screenshare_audio_consumer"] = screenshare_audio_consumer
        if screenshare_audio_consumer_cumulative is not UNSET:
            field_dict["screenshare_audio_consumer_cumulative"] = screenshare_audio_consumer_cumulative
        if screenshare_audio_producer is not UNSET:
            field_dict["screenshare_audio_producer"] = screenshare_audio_producer
        if screenshare_audio_producer_cumulative is not UNSET:
            field_dict["screenshare_audio_producer_cumulative"] = screenshare_audio_producer_cumulative
        if screenshare_video_consumer is not UNSET:
            field_dict["screenshare_video_consumer"] = screenshare_video_consumer
        if screenshare_video_consumer_cumulative is not UNSET:
            field_dict["screenshare_video_consumer_cumulative"] = screenshare_video_consumer_cumulative
        if screenshare_video_producer is not UNSET:
            field_dict["screenshare_video_producer"] = screenshare_video_producer
        if screenshare_video_producer_cumulative is not UNSET:
            field_dict["screenshare_video_producer_cumulative"] = screenshare_video_producer_cumulative
        if video_consumer is not UNSET:
            field_dict["video_consumer"] = video_consumer
        if video_consumer_cumulative is not UNSET:
            field_dict["video_consumer_cumulative"] = video_consumer_cumulative
        if video_producer is not UNSET:
            field_dict["video_producer"] = video_producer
        if video_producer_cumulative is not UNSET:
            field_dict["video_producer_cumulative"] = video_producer_cumulative

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            _audio_consumer = _src_get("audio_consumer", UNSET)
            audio_consumer: list[PeerReportQualityAudioConsumerItem] | Unset = UNSET
            if _audio_consumer is not UNSET:
                if not isinstance(_audio_consumer, list):
                    raise DecodeError.expected("an array", _audio_consumer)
                try:
                    audio_consumer = list(map(PeerReportQualityAudioConsumerItem.from_dict, _audio_consumer))
                except Exception:
                    for audio_consumer_index, audio_consumer_item_data in enumerate(_audio_consumer):
                        try:
                            PeerReportQualityAudioConsumerItem.from_dict(audio_consumer_item_data)
                        except Exception as exc:
                            raise DecodeError.at(audio_consumer_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("audio_consumer", exc)

        try:
            audio_consumer_cumulative = _src_get("audio_consumer_cumulative", UNSET)
            if audio_consumer_cumulative is not UNSET:
                audio_consumer_cumulative = PeerReportQualityAudioConsumerCumulative.from_dict(
                    audio_consumer_cumulative
                )

        except Exception as exc:
            raise DecodeError.at("audio_consumer_cumulative", exc)

        try:
            _audio_producer = _src_get("audio_producer", UNSET)
            audio_producer: list[PeerReportQualityAudioProducerItem] | Unset = UNSET
            if _audio_producer is not UNSET:
                if not isinstance(_audio_producer, list):
                    raise DecodeError.expected("an array", _audio_producer)
                try:
                    audio_producer = list(map(PeerReportQualityAudioProducerItem.from_dict, _audio_producer))
                except Exception:
                    for audio_producer_index, audio_producer_item_data in enumerate(_audio_producer):
                        try:
                            PeerReportQualityAudioProducerItem.from_dict(audio_producer_item_data)
                        except Exception as exc:
                            raise DecodeError.at(audio_producer_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("audio_producer", exc)

        try:
            audio_producer_cumulative = _src_get("audio_producer_cumulative", UNSET)
            if audio_producer_cumulative is not UNSET:
                audio_producer_cumulative = PeerReportQualityAudioProducerCumulative.from_dict(
                    audio_producer_cumulative
                )

        except Exception as exc:
            raise DecodeError.at("audio_producer_cumulative", exc)

        try:
            _screenshare_audio_consumer = _src_get("screenshare_audio_consumer", UNSET)
            screenshare_audio_consumer: list[PeerReportQualityScreenshareAudioConsumerItem] | Unset = UNSET
            if _screenshare_audio_consumer is not UNSET:
                if not isinstance(_screenshare_audio_consumer, list):
                    raise DecodeError.expected("an array", _screenshare_audio_consumer)
                try:
                    screenshare_audio_consumer = list(
                        map(PeerReportQualityScreenshareAudioConsumerItem.from_dict, _screenshare_audio_consumer)
                    )
                except Exception:
                    for screenshare_audio_consumer_index, screenshare_audio_consumer_item_data in enumerate(
                        _screenshare_audio_consumer
                    ):
                        try:
                            PeerReportQualityScreenshareAudioConsumerItem.from_dict(
                                screenshare_audio_consumer_item_data
                            )
                        except Exception as exc:
                            raise DecodeError.at(screenshare_audio_consumer_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("screenshare_audio_consumer", exc)

        try:
            screenshare_audio_consumer_cumulative = _src_get("screenshare_audio_consumer_cumulative", UNSET)
            if screenshare_audio_consumer_cumulative is not UNSET:
                screenshare_audio_consumer_cumulative = PeerReportQualityScreenshareAudioConsumerCumulative.from_dict(
                    screenshare_audio_consumer_cumulative
                )

        except Exception as exc:
            raise DecodeError.at("screenshare_audio_consumer_cumulative", exc)

        try:
            _screenshare_audio_producer = _src_get("screenshare_audio_producer", UNSET)
            screenshare_audio_producer: list[PeerReportQualityScreenshareAudioProducerItem] | Unset = UNSET
            if _screenshare_audio_producer is not UNSET:
                if not isinstance(_screenshare_audio_producer, list):
                    raise DecodeError.expected("an array", _screenshare_audio_producer)
                try:
                    screenshare_audio_producer = list(
                        map(PeerReportQualityScreenshareAudioProducerItem.from_dict, _screenshare_audio_producer)
                    )
                except Exception:
                    for screenshare_audio_producer_index, screenshare_audio_producer_item_data in enumerate(
                        _screenshare_audio_producer
                    ):
                        try:
                            PeerReportQualityScreenshareAudioProducerItem.from_dict(
                                screenshare_audio_producer_item_data
                            )
                        except Exception as exc:
                            raise DecodeError.at(screenshare_audio_producer_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("screenshare_audio_producer", exc)

        try:
            screenshare_audio_producer_cumulative = _src_get("screenshare_audio_producer_cumulative", UNSET)
            if screenshare_audio_producer_cumulative is not UNSET:
                screenshare_audio_producer_cumulative = PeerReportQualityScreenshareAudioProducerCumulative.from_dict(
                    screenshare_audio_producer_cumulative
                )

        except Exception as exc:
            raise DecodeError.at("screenshare_audio_producer_cumulative", exc)

        try:
            _screenshare_video_consumer = _src_get("screenshare_video_consumer", UNSET)
            screenshare_video_consumer: list[PeerReportQualityScreenshareVideoConsumerItem] | Unset = UNSET
            if _screenshare_video_consumer is not UNSET:
                if not isinstance(_screenshare_video_consumer, list):
                    raise DecodeError.expected("an array", _screenshare_video_consumer)
                try:
                    screenshare_video_consumer = list(
                        map(PeerReportQualityScreenshareVideoConsumerItem.from_dict, _screenshare_video_consumer)
                    )
                except Exception:
                    for screenshare_video_consumer_index, screenshare_video_consumer_item_data in enumerate(
                        _screenshare_video_consumer
                    ):
                        try:
                            PeerReportQualityScreenshareVideoConsumerItem.from_dict(
                                screenshare_video_consumer_item_data
                            )
                        except Exception as exc:
                            raise DecodeError.at(screenshare_video_consumer_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("screenshare_video_consumer", exc)

        try:
            screenshare_video_consumer_cumulative = _src_get("screenshare_video_consumer_cumulative", UNSET)
            if screenshare_video_consumer_cumulative is not UNSET:
                screenshare_video_consumer_cumulative = PeerReportQualityScreenshareVideoConsumerCumulative.from_dict(
                    screenshare_video_consumer_cumulative
                )

        except Exception as exc:
            raise DecodeError.at("screenshare_video_consumer_cumulative", exc)

        try:
            _screenshare_video_producer = _src_get("screenshare_video_producer", UNSET)
            screenshare_video_producer: list[PeerReportQualityScreenshareVideoProducerItem] | Unset = UNSET
            if _screenshare_video_producer is not UNSET:
                if not isinstance(_screenshare_video_producer, list):
                    raise DecodeError.expected("an array", _screenshare_video_producer)
                try:
                    screenshare_video_producer = list(
                        map(PeerReportQualityScreenshareVideoProducerItem.from_dict, _screenshare_video_producer)
                    )
                except Exception:
                    for screenshare_video_producer_index, screenshare_video_producer_item_data in enumerate(
                        _screenshare_video_producer
                    ):
                        try:
                            PeerReportQualityScreenshareVideoProducerItem.from_dict(
                                screenshare_video_producer_item_data
                            )
                        except Exception as exc:
                            raise DecodeError.at(screenshare_video_producer_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("screenshare_video_producer", exc)

        try:
            screenshare_video_producer_cumulative = _src_get("screenshare_video_producer_cumulative", UNSET)
            if screenshare_video_producer_cumulative is not UNSET:
                screenshare_video_producer_cumulative = PeerReportQualityScreenshareVideoProducerCumulative.from_dict(
                    screenshare_video_producer_cumulative
                )

        except Exception as exc:
            raise DecodeError.at("screenshare_video_producer_cumulative", exc)

        try:
            _video_consumer = _src_get("video_consumer", UNSET)
            video_consumer: list[PeerReportQualityVideoConsumerItem] | Unset = UNSET
            if _video_consumer is not UNSET:
                if not isinstance(_video_consumer, list):
                    raise DecodeError.expected("an array", _video_consumer)
                try:
                    video_consumer = list(map(PeerReportQualityVideoConsumerItem.from_dict, _video_consumer))
                except Exception:
                    for video_consumer_index, video_consumer_item_data in enumerate(_video_consumer):
                        try:
                            PeerReportQualityVideoConsumerItem.from_dict(video_consumer_item_data)
                        except Exception as exc:
                            raise DecodeError.at(video_consumer_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("video_consumer", exc)

        try:
            video_consumer_cumulative = _src_get("video_consumer_cumulative", UNSET)
            if video_consumer_cumulative is not UNSET:
                video_consumer_cumulative = PeerReportQualityVideoConsumerCumulative.from_dict(
                    video_consumer_cumulative
                )

        except Exception as exc:
            raise DecodeError.at("video_consumer_cumulative", exc)

        try:
            _video_producer = _src_get("video_producer", UNSET)
            video_producer: list[PeerReportQualityVideoProducerItem] | Unset = UNSET
            if _video_producer is not UNSET:
                if not isinstance(_video_producer, list):
                    raise DecodeError.expected("an array", _video_producer)
                try:
                    video_producer = list(map(PeerReportQualityVideoProducerItem.from_dict, _video_producer))
                except Exception:
                    for video_producer_index, video_producer_item_data in enumerate(_video_producer):
                        try:
                            PeerReportQualityVideoProducerItem.from_dict(video_producer_item_data)
                        except Exception as exc:
                            raise DecodeError.at(video_producer_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("video_producer", exc)

        try:
            video_producer_cumulative = _src_get("video_producer_cumulative", UNSET)
            if video_producer_cumulative is not UNSET:
                video_producer_cumulative = PeerReportQualityVideoProducerCumulative.from_dict(
                    video_producer_cumulative
                )

        except Exception as exc:
            raise DecodeError.at("video_producer_cumulative", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.audio_consumer = audio_consumer
        _instance.audio_consumer_cumulative = audio_consumer_cumulative
        _instance.audio_producer = audio_producer
        _instance.audio_producer_cumulative = audio_producer_cumulative
        _instance.screenshare_audio_consumer = screenshare_audio_consumer
        _instance.screenshare_audio_consumer_cumulative = screenshare_audio_consumer_cumulative
        _instance.screenshare_audio_producer = screenshare_audio_producer
        _instance.screenshare_audio_producer_cumulative = screenshare_audio_producer_cumulative
        _instance.screenshare_video_consumer = screenshare_video_consumer
        _instance.screenshare_video_consumer_cumulative = screenshare_video_consumer_cumulative
        _instance.screenshare_video_producer = screenshare_video_producer
        _instance.screenshare_video_producer_cumulative = screenshare_video_producer_cumulative
        _instance.video_consumer = video_consumer
        _instance.video_consumer_cumulative = video_consumer_cumulative
        _instance.video_producer = video_producer
        _instance.video_producer_cumulative = video_producer_cumulative

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == (audio_consumer is not UNSET) + (audio_consumer_cumulative is not UNSET) + (
            audio_producer is not UNSET
        ) + (audio_producer_cumulative is not UNSET) + (screenshare_audio_consumer is not UNSET) + (
            screenshare_audio_consumer_cumulative is not UNSET
        ) + (screenshare_audio_producer is not UNSET) + (screenshare_audio_producer_cumulative is not UNSET) + (
            screenshare_video_consumer is not UNSET
        ) + (screenshare_video_consumer_cumulative is not UNSET) + (screenshare_video_producer is not UNSET) + (
            screenshare_video_producer_cumulative is not UNSET
        ) + (video_consumer is not UNSET) + (video_consumer_cumulative is not UNSET) + (video_producer is not UNSET) + (
            video_producer_cumulative is not UNSET
        ):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _PEER_REPORT_QUALITY_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("audio_consumer", "audio_consumer", struct_of(PeerReportQualityAudioConsumerItem, many=True), False),
            (
                "audio_consumer_cumulative",
                "audio_consumer_cumulative",
                struct_of(PeerReportQualityAudioConsumerCumulative),
                False,
            ),
            ("audio_producer", "audio_producer", struct_of(PeerReportQualityAudioProducerItem, many=True), False),
            (
                "audio_producer_cumulative",
                "audio_producer_cumulative",
                struct_of(PeerReportQualityAudioProducerCumulative),
                False,
            ),
            (
                "screenshare_audio_consumer",
                "screenshare_audio_consumer",
                struct_of(PeerReportQualityScreenshareAudioConsumerItem, many=True),
                False,
            ),
            (
                "screenshare_audio_consumer_cumulative",
                "screenshare_audio_consumer_cumulative",
                struct_of(PeerReportQualityScreenshareAudioConsumerCumulative),
                False,
            ),
            (
                "screenshare_audio_producer",
                "screenshare_audio_producer",
                struct_of(PeerReportQualityScreenshareAudioProducerItem, many=True),
                False,
            ),
            (
                "screenshare_audio_producer_cumulative",
                "screenshare_audio_producer_cumulative",
                struct_of(PeerReportQualityScreenshareAudioProducerCumulative),
                False,
            ),
            (
                "screenshare_video_consumer",
                "screenshare_video_consumer",
                struct_of(PeerReportQualityScreenshareVideoConsumerItem, many=True),
                False,
            ),
            (
                "screenshare_video_consumer_cumulative",
                "screenshare_video_consumer_cumulative",
                struct_of(PeerReportQualityScreenshareVideoConsumerCumulative),
                False,
            ),
            (
                "screenshare_video_producer",
                "screenshare_video_producer",
                struct_of(PeerReportQualityScreenshareVideoProducerItem, many=True),
                False,
            ),
            (
                "screenshare_video_producer_cumulative",
                "screenshare_video_producer_cumulative",
                struct_of(PeerReportQualityScreenshareVideoProducerCumulative),
                False,
            ),
            ("video_consumer", "video_consumer", struct_of(PeerReportQualityVideoConsumerItem, many=True), False),
            (
                "video_consumer_cumulative",
                "video_consumer_cumulative",
                struct_of(PeerReportQualityVideoConsumerCumulative),
                False,
            ),
            ("video_producer", "video_producer", struct_of(PeerReportQualityVideoProducerItem, many=True), False),
            (
                "video_producer_cumulative",
                "video_producer_cumulative",
                struct_of(PeerReportQualityVideoProducerCumulative),
                False,
            ),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        audio_consumer = _struct.audio_consumer
        if audio_consumer is not UNSET:
            audio_consumer = list(map(PeerReportQualityAudioConsumerItem._from_struct, audio_consumer))
        _instance.audio_consumer = audio_consumer

        audio_consumer_cumulative = _struct.audio_consumer_cumulative
        if audio_consumer_cumulative is not UNSET:
            audio_consumer_cumulative = PeerReportQualityAudioConsumerCumulative._from_struct(audio_consumer_cumulative)
        _instance.audio_consumer_cumulative = audio_consumer_cumulative

        audio_producer = _struct.audio_producer
        if audio_producer is not UNSET:
            audio_producer = list(map(PeerReportQualityAudioProducerItem._from_struct, audio_producer))
        _instance.audio_producer = audio_producer

        audio_producer_cumulative = _struct.audio_producer_cumulative
        if audio_producer_cumulative is not UNSET:
            audio_producer_cumulative = PeerReportQualityAudioProducerCumulative._from_struct(audio_producer_cumulative)
        _instance.audio_producer_cumulative = audio_producer_cumulative

        screenshare_audio_consumer = _struct.screenshare_audio_consumer
        if screenshare_audio_consumer is not UNSET:
            screenshare_audio_consumer = list(
                map(PeerReportQualityScreenshareAudioConsumerItem._from_struct, screenshare_audio_consumer)
            )
        _instance.screenshare_audio_consumer = screenshare_audio_consumer

        screenshare_audio_consumer_cumulative = _struct.screenshare_audio_consumer_cumulative
        if screenshare_audio_consumer_cumulative is not UNSET:
            screenshare_audio_consumer_cumulative = PeerReportQualityScreenshareAudioConsumerCumulative._from_struct(
                screenshare_audio_consumer_cumulative
            )
        _instance.screenshare_audio_consumer_cumulative = screenshare_audio_consumer_cumulative

        screenshare_audio_producer = _struct.screenshare_audio_producer
        if screenshare_audio_producer is not UNSET:
            screenshare_audio_producer = list(
                map(PeerReportQualityScreenshareAudioProducerItem._from_struct, screenshare_audio_producer)
            )
        _instance.screenshare_audio_producer = screenshare_audio_producer

        screenshare_audio_producer_cumulative = _struct.screenshare_audio_producer_cumulative
        if screenshare_audio_producer_cumulative is not UNSET:
            screenshare_audio_producer_cumulative = PeerReportQualityScreenshareAudioProducerCumulative._from_struct(
                screenshare_audio_producer_cumulative
            )
        _instance.screenshare_audio_producer_cumulative = screenshare_audio_producer_cumulative

        screenshare_video_consumer = _struct.screenshare_video_consumer
        if screenshare_video_consumer is not UNSET:
            screenshare_video_consumer = list(
                map(PeerReportQualityScreenshareVideoConsumerItem._from_struct, screenshare_video_consumer)
            )
        _instance.screenshare_video_consumer = screenshare_video_consumer

        screenshare_video_consumer_cumulative = _struct.screenshare_video_consumer_cumulative
        if screenshare_video_consumer_cumulative is not UNSET:
            screenshare_video_consumer_cumulative = PeerReportQualityScreenshareVideoConsumerCumulative._from_struct(
                screenshare_video_consumer_cumulative
            )
        _instance.screenshare_video_consumer_cumulative = screenshare_video_consumer_cumulative

        screenshare_video_producer = _struct.screenshare_video_producer
        if screenshare_video_producer is not UNSET:
            screenshare_video_producer = list(
                map(PeerReportQualityScreenshareVideoProducerItem._from_struct, screenshare_video_producer)
            )
        _instance.screenshare_video_producer = screenshare_video_producer

        screenshare_video_producer_cumulative = _struct.screenshare_video_producer_cumulative
        if screenshare_video_producer_cumulative is not UNSET:
            screenshare_video_producer_cumulative = PeerReportQualityScreenshareVideoProducerCumulative._from_struct(
                screenshare_video_producer_cumulative
            )
        _instance.screenshare_video_producer_cumulative = screenshare_video_producer_cumulative

        video_consumer = _struct.video_consumer
        if video_consumer is not UNSET:
            video_consumer = list(map(PeerReportQualityVideoConsumerItem._from_struct, video_consumer))
        _instance.video_consumer = video_consumer

        video_consumer_cumulative = _struct.video_consumer_cumulative
        if video_consumer_cumulative is not UNSET:
            video_consumer_cumulative = PeerReportQualityVideoConsumerCumulative._from_struct(video_consumer_cumulative)
        _instance.video_consumer_cumulative = video_consumer_cumulative

        video_producer = _struct.video_producer
        if video_producer is not UNSET:
            video_producer = list(map(PeerReportQualityVideoProducerItem._from_struct, video_producer))
        _instance.video_producer = video_producer

        video_producer_cumulative = _struct.video_producer_cumulative
        if video_producer_cumulative is not UNSET:
            video_producer_cumulative = PeerReportQualityVideoProducerCumulative._from_struct(video_producer_cumulative)
        _instance.video_producer_cumulative = video_producer_cumulative

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.peer_report_quality_audio_consumer_cumulative import PeerReportQualityAudioConsumerCumulative  # noqa: E402
from ..models.peer_report_quality_audio_consumer_item import PeerReportQualityAudioConsumerItem  # noqa: E402
from ..models.peer_report_quality_audio_producer_cumulative import PeerReportQualityAudioProducerCumulative  # noqa: E402
from ..models.peer_report_quality_audio_producer_item import PeerReportQualityAudioProducerItem  # noqa: E402
from ..models.peer_report_quality_screenshare_audio_consumer_cumulative import (
    PeerReportQualityScreenshareAudioConsumerCumulative,  # noqa: E402
)
from ..models.peer_report_quality_screenshare_audio_consumer_item import PeerReportQualityScreenshareAudioConsumerItem  # noqa: E402
from ..models.peer_report_quality_screenshare_audio_producer_cumulative import (
    PeerReportQualityScreenshareAudioProducerCumulative,  # noqa: E402
)
from ..models.peer_report_quality_screenshare_audio_producer_item import PeerReportQualityScreenshareAudioProducerItem  # noqa: E402
from ..models.peer_report_quality_screenshare_video_consumer_cumulative import (
    PeerReportQualityScreenshareVideoConsumerCumulative,  # noqa: E402
)
from ..models.peer_report_quality_screenshare_video_consumer_item import PeerReportQualityScreenshareVideoConsumerItem  # noqa: E402
from ..models.peer_report_quality_screenshare_video_producer_cumulative import (
    PeerReportQualityScreenshareVideoProducerCumulative,  # noqa: E402
)
from ..models.peer_report_quality_screenshare_video_producer_item import PeerReportQualityScreenshareVideoProducerItem  # noqa: E402
from ..models.peer_report_quality_video_consumer_cumulative import PeerReportQualityVideoConsumerCumulative  # noqa: E402
from ..models.peer_report_quality_video_consumer_item import PeerReportQualityVideoConsumerItem  # noqa: E402
from ..models.peer_report_quality_video_producer_cumulative import PeerReportQualityVideoProducerCumulative  # noqa: E402
from ..models.peer_report_quality_video_producer_item import PeerReportQualityVideoProducerItem  # noqa: E402
