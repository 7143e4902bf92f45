from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.video_track_type import VideoTrackType
from ..types import UNSET, Unset

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


@_attrs_define
class VideoTrack:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
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
            if not isinstance(codec, str):
                raise DecodeError.expected("a string", codec)

        except Exception as exc:
            raise DecodeError.at("codec", exc)

        try:
            start_time = src_dict.get("startTime", UNSET)
            if start_time is not UNSET and (isinstance(start_time, bool) or not isinstance(start_time, (int, float))):
                raise DecodeError.expected("a number", start_time)

        except Exception as exc:
            raise DecodeError.at("startTime", exc)

        try:
            duration = src_dict.get("duration", UNSET)
            if duration is not UNSET and (isinstance(duration, bool) or not isinstance(duration, (int, float))):
                raise DecodeError.expected("a number", duration)

        except Exception as exc:
            raise DecodeError.at("duration", exc)

        try:
            bitrate = src_dict.get("bitrate", UNSET)
            if bitrate is not UNSET and (isinstance(bitrate, bool) or not isinstance(bitrate, (int, float))):
                raise DecodeError.expected("a number", bitrate)

        except Exception as exc:
            raise DecodeError.at("bitrate", exc)

        try:
            width = src_dict.get("width", UNSET)
            if width is not UNSET and (isinstance(width, bool) or not isinstance(width, (int, float))):
                raise DecodeError.expected("a number", width)

        except Exception as exc:
            raise DecodeError.at("width", exc)

        try:
            height = src_dict.get("height", UNSET)
            if height is not UNSET and (isinstance(height, bool) or not isinstance(height, (int, float))):
                raise DecodeError.expected("a number", height)

        except Exception as exc:
            raise DecodeError.at("height", exc)

        try:
            pixel_format = src_dict.get("pixelFormat", UNSET)
            if pixel_format is not UNSET and (not isinstance(pixel_format, str)):
                raise DecodeError.expected("a string", pixel_format)

        except Exception as exc:
            raise DecodeError.at("pixelFormat", exc)

        try:
            fps = src_dict.get("fps", UNSET)
            if fps is not UNSET and (isinstance(fps, bool) or not isinstance(fps, (int, float))):
                raise DecodeError.expected("a number", fps)

        except Exception as exc:
            raise DecodeError.at("fps", exc)

        try:
            channels = src_dict.get("channels", UNSET)
            if channels is not UNSET and (isinstance(channels, bool) or not isinstance(channels, (int, float))):
                raise DecodeError.expected("a number", channels)

        except Exception as exc:
            raise DecodeError.at("channels", exc)

        try:
            sample_rate = src_dict.get("sampleRate", UNSET)
            if sample_rate is not UNSET and (
                isinstance(sample_rate, bool) or not isinstance(sample_rate, (int, float))
            ):
                raise DecodeError.expected("a number", sample_rate)

        except Exception as exc:
            raise DecodeError.at("sampleRate", exc)

        try:
            bit_depth = src_dict.get("bitDepth", UNSET)
            if bit_depth is not UNSET and (isinstance(bit_depth, bool) or not isinstance(bit_depth, (int, float))):
                raise DecodeError.expected("a number", bit_depth)

        except Exception as exc:
            raise DecodeError.at("bitDepth", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        video_track = cls(
            type_,
            codec,
            start_time,
            duration,
            bitrate,
            width,
            height,
            pixel_format,
            fps,
            channels,
            sample_rate,
            bit_depth,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _VIDEO_TRACK_FIELDS:
            video_track.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _VIDEO_TRACK_FIELDS
            }
        return video_track

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
