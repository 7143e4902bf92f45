from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_VIDEO_SPEC_FIELDS = frozenset(
    {
        "format",
        "duration",
        "bitrate",
        "tracks",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class VideoSpec(_ModelBase):
    """Video metadata."""

    format_: str | Unset = UNSET
    """ Format of the asset. """
    duration: float | Unset = UNSET
    """ Duration of the asset in seconds (float). """
    bitrate: float | Unset = UNSET
    """ Bitrate of the video in bits per second. """
    tracks: list[VideoTrack] | Unset = UNSET
    """ List of tracks associated with the asset when the format contemplates them (e.g. mp4). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        format_ = self.format_

        duration = self.duration

        bitrate = self.bitrate

        tracks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tracks, Unset):
            tracks = []
            for tracks_item_data in self.tracks:
                tracks_item = tracks_item_data.to_dict()
                tracks.append(tracks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if duration is not UNSET:
            field_dict["duration"] = duration
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if tracks is not UNSET:
            field_dict["tracks"] = tracks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            format_ = _src_get("format", UNSET)
            if format_ is not UNSET and (type(format_) is not str and not isinstance(format_, str)):
                raise DecodeError.expected("a string", format_)

        except Exception as exc:
            raise DecodeError.at("format", exc)

        try:
            duration = _src_get("duration", UNSET)
            if duration is not UNSET and (
                type(duration) is not float
                and type(duration) is not int
                and (isinstance(duration, bool) or not isinstance(duration, (int, float)))
            ):
                raise DecodeError.expected("a number", duration)

        except Exception as exc:
            raise DecodeError.at("duration", exc)

        try:
            bitrate = _src_get("bitrate", UNSET)
            if bitrate is not UNSET and (
                type(bitrate) is not float
                and type(bitrate) is not int
                and (isinstance(bitrate, bool) or not isinstance(bitrate, (int, float)))
            ):
                raise DecodeError.expected("a number", bitrate)

        except Exception as exc:
            raise DecodeError.at("bitrate", exc)

        try:
            _tracks = _src_get("tracks", UNSET)
            tracks: list[VideoTrack] | Unset = UNSET
            if _tracks is not UNSET:
                if not isinstance(_tracks, list):
                    raise DecodeError.expected("an array", _tracks)
                try:
                    tracks = list(map(VideoTrack.from_dict, _tracks))
                except Exception:
                    for tracks_index, tracks_item_data in enumerate(_tracks):
                        try:
                            VideoTrack.from_dict(tracks_item_data)
                        except Exception as exc:
                            raise DecodeError.at(tracks_index, exc)
                    raise

        except Exception as exc:
            raise DecodeError.at("tracks", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.format_ = format_
        _instance.duration = duration
        _instance.bitrate = bitrate
        _instance.tracks = tracks

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == (format_ is not UNSET) + (duration is not UNSET) + (bitrate is not UNSET) + (
            tracks is not UNSET
        ):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _VIDEO_SPEC_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("format_", "format", str, False),
            ("duration", "duration", int | float, False),
            ("bitrate", "bitrate", int | float, False),
            ("tracks", "tracks", struct_of(VideoTrack, many=True), False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.format_ = _struct.format_

        _instance.duration = _struct.duration

        _instance.bitrate = _struct.bitrate

        tracks = _struct.tracks
        if tracks is not UNSET:
            tracks = list(map(VideoTrack._from_struct, tracks))
        _instance.tracks = tracks

        _instance.additional_properties = {}
        return _instance


# Imported last, not inside the methods: models may refer to each other in a cycle, and an import per call
# would cost every from_dict. By the time a method runs, these names are bound.
from ..models.video_track import VideoTrack  # noqa: E402
