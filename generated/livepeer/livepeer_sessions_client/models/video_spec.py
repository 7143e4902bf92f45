from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

# The JSON names this model knows; any other field of a response lands in additional_properties.
_VIDEO_SPEC_FIELDS = frozenset(
    {
        "format",
        "duration",
        "bitrate",
        "tracks",
    }
)


@_attrs_define
class VideoSpec:
    """Video metadata."""

    format_: str | Unset = UNSET
    """ Format of the asset. """
    duration: float | Unset = UNSET
    """ Duration of the asset in seconds (float). """
    bitrate: float | Unset = UNSET
    """ Bitrate of the video in bits per second. """
    tracks: list[VideoTrack] | Unset = UNSET
    """ List of tracks associated with the asset when the format contemplates them (e.g. mp4). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        try:
            format_ = src_dict.get("format", UNSET)
            if format_ is not UNSET and (not isinstance(format_, str)):
                raise DecodeError.expected("a string", format_)

        except Exception as exc:
            raise DecodeError.at("format", exc)

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
            _tracks = src_dict.get("tracks", UNSET)
            tracks: list[VideoTrack] | Unset = UNSET
            if _tracks is not UNSET:
                if not isinstance(_tracks, list):
                    raise DecodeError.expected("an array", _tracks)
                tracks = []
                for tracks_index, tracks_item_data in enumerate(_tracks):
                    try:
                        tracks_item = VideoTrack.from_dict(tracks_item_data)

                    except Exception as exc:
                        raise DecodeError.at(tracks_index, exc)
                    tracks.append(tracks_item)

        except Exception as exc:
            raise DecodeError.at("tracks", exc)

        # Positional, in the order the fields are declared above: a keyword call costs about twice as much.
        video_spec = cls(
            format_,
            duration,
            bitrate,
            tracks,
        )

        # Most bodies hold only known fields: a subset test (in C) spares building a dict for them.
        if not src_dict.keys() <= _VIDEO_SPEC_FIELDS:
            video_spec.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _VIDEO_SPEC_FIELDS
            }
        return video_spec

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
from ..models.video_track import VideoTrack  # noqa: E402
