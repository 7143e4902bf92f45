from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.video_track_type import VideoTrackType
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_VIDEO_TRACK_FIELDS = frozenset(
    {
        "type",
        "codec",
        "startTime",
        "duration",
        "bitrate",
        "width",
        "height",
        "pixelFormat",
        "fps",
        "channels",
        "sampleRate",
        "bitDepth",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class VideoTrack(_ModelBase):
    """One track of the asset."""

    type_: VideoTrackType
    """ Type of track. """
    codec: str
    """ Codec of the track. """
    start_time: float | Unset = UNSET
    """ Start time of the track in seconds. """
    duration: float | Unset = UNSET
    """ Duration of the track in seconds. """
    bitrate: float | Unset = UNSET
    """ Bitrate of the track in bits per second. """
    width: float | Unset = UNSET
    """ Width of the track (video tracks only). """
    height: float | Unset = UNSET
    """ Height of the track (video tracks only). """
    pixel_format: str | Unset = UNSET
    """ Pixel format of the track (video tracks only). """
    fps: float | Unset = UNSET
    """ Frame rate of the track (video tracks only). """
    channels: float | Unset = UNSET
    """ Amount of audio channels in the track. """
    sample_rate: float | Unset = UNSET
    """ Sample rate of the track in samples per second (audio tracks only). """
    bit_depth: float | Unset = UNSET
    """ Bit depth of the track (audio tracks only). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        type_ = self.type_.value

        codec = self.codec

        start_time = self.start_time

        duration = self.duration

        bitrate = self.bitrate

        width = self.width

        height = self.height

        pixel_format = self.pixel_format

        fps = self.fps

        channels = self.channels

        sample_rate = self.sample_rate

        bit_depth = self.bit_depth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "type": type_,
                "codec": codec,
            }
        )
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if pixel_format is not UNSET:
            field_dict["pixelFormat"] = pixel_format
        if fps is not UNSET:
            field_dict["fps"] = fps
        if channels is not UNSET:
            field_dict["channels"] = channels
        if sample_rate is not UNSET:
            field_dict["sampleRate"] = sample_rate
        if bit_depth is not UNSET:
            field_dict["bitDepth"] = bit_depth

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            _type_ = src_dict["type"]
            type_: VideoTrackType
            if isinstance(_type_, str):
                type_ = VideoTrackType(_type_)
            else:
                raise DecodeError.expected("a string", _type_)

        except Exception as exc:
            raise DecodeError.at("type", exc)

        try:
            codec = src_dict["codec"]
            if type(codec) is not str and not isinstance(codec, str):
                raise DecodeError.expected("a string", codec)

        except Exception as exc:
            raise DecodeError.at("codec", exc)

        try:
            start_time = _src_get("startTime", UNSET)
            if start_time is not UNSET and (
                type(start_time) is not float
                and type(start_time) is not int
                and (isinstance(start_time, bool) or not isinstance(start_time, (int, float)))
            ):
                raise DecodeError.expected("a number", start_time)

        except Exception as exc:
            raise DecodeError.at("startTime", exc)

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
            width = _src_get("width", UNSET)
            if width is not UNSET and (
                type(width) is not float
                and type(width) is not int
                and (isinstance(width, bool) or not isinstance(width, (int, float)))
            ):
                raise DecodeError.expected("a number", width)

        except Exception as exc:
            raise DecodeError.at("width", exc)

        try:
            height = _src_get("height", UNSET)
            if height is not UNSET and (
                type(height) is not float
                and type(height) is not int
                and (isinstance(height, bool) or not isinstance(height, (int, float)))
            ):
                raise DecodeError.expected("a number", height)

        except Exception as exc:
            raise DecodeError.at("height", exc)

        try:
            pixel_format = _src_get("pixelFormat", UNSET)
            if pixel_format is not UNSET and (type(pixel_format) is not str and not isinstance(pixel_format, str)):
                raise DecodeError.expected("a string", pixel_format)

        except Exception as exc:
            raise DecodeError.at("pixelFormat", exc)

        try:
            fps = _src_get("fps", UNSET)
            if fps is not UNSET and (
                type(fps) is not float
                and type(fps) is not int
                and (isinstance(fps, bool) or not isinstance(fps, (int, float)))
            ):
                raise DecodeError.expected("a number", fps)

        except Exception as exc:
            raise DecodeError.at("fps", exc)

        try:
            channels = _src_get("channels", UNSET)
            if channels is not UNSET and (
                type(channels) is not float
                and type(channels) is not int
                and (isinstance(channels, bool) or not isinstance(channels, (int, float)))
            ):
                raise DecodeError.expected("a number", channels)

        except Exception as exc:
            raise DecodeError.at("channels", exc)

        try:
            sample_rate = _src_get("sampleRate", UNSET)
            if sample_rate is not UNSET and (
                type(sample_rate) is not float
                and type(sample_rate) is not int
                and (isinstance(sample_rate, bool) or not isinstance(sample_rate, (int, float)))
            ):
                raise DecodeError.expected("a number", sample_rate)

        except Exception as exc:
            raise DecodeError.at("sampleRate", exc)

        try:
            bit_depth = _src_get("bitDepth", UNSET)
            if bit_depth is not UNSET and (
                type(bit_depth) is not float
                and type(bit_depth) is not int
                and (isinstance(bit_depth, bool) or not isinstance(bit_depth, (int, float)))
            ):
                raise DecodeError.expected("a number", bit_depth)

        except Exception as exc:
            raise DecodeError.at("bitDepth", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.type_ = type_
        _instance.codec = codec
        _instance.start_time = start_time
        _instance.duration = duration
        _instance.bitrate = bitrate
        _instance.width = width
        _instance.height = height
        _instance.pixel_format = pixel_format
        _instance.fps = fps
        _instance.channels = channels
        _instance.sample_rate = sample_rate
        _instance.bit_depth = bit_depth

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 2 + (start_time is not UNSET) + (duration is not UNSET) + (bitrate is not UNSET) + (
            width is not UNSET
        ) + (height is not UNSET) + (pixel_format is not UNSET) + (fps is not UNSET) + (channels is not UNSET) + (
            sample_rate is not UNSET
        ) + (bit_depth is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _VIDEO_TRACK_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("type_", "type", str, True),
            ("codec", "codec", str, True),
            ("start_time", "startTime", int | float, False),
            ("duration", "duration", int | float, False),
            ("bitrate", "bitrate", int | float, False),
            ("width", "width", int | float, False),
            ("height", "height", int | float, False),
            ("pixel_format", "pixelFormat", str, False),
            ("fps", "fps", int | float, False),
            ("channels", "channels", int | float, False),
            ("sample_rate", "sampleRate", int | float, False),
            ("bit_depth", "bitDepth", int | float, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        type_ = _struct.type_
        type_ = VideoTrackType(type_)
        _instance.type_ = type_

        _instance.codec = _struct.codec

        _instance.start_time = _struct.start_time

        _instance.duration = _struct.duration

        _instance.bitrate = _struct.bitrate

        _instance.width = _struct.width

        _instance.height = _struct.height

        _instance.pixel_format = _struct.pixel_format

        _instance.fps = _struct.fps

        _instance.channels = _struct.channels

        _instance.sample_rate = _struct.sample_rate

        _instance.bit_depth = _struct.bit_depth

        _instance.additional_properties = {}
        return _instance
