from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.asset_profile_encoder import AssetProfileEncoder
from ..models.asset_profile_profile import AssetProfileProfile
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_ASSET_PROFILE_FIELDS = frozenset(
    {
        "bitrate",
        "width",
        "name",
        "height",
        "quality",
        "fps",
        "fpsDen",
        "gop",
        "profile",
        "encoder",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class AssetProfile(_ModelBase):
    """A transcode profile (the vendor's `transcode-profile`)."""

    bitrate: int
    """ Bitrate of the rendition in bits per second. """
    width: int | Unset = UNSET
    """ Width of the rendition in pixels. """
    name: str | Unset = UNSET
    """ Name of the profile. """
    height: int | Unset = UNSET
    """ Height of the rendition in pixels. """
    quality: int | Unset = UNSET
    """ Restricts the size of the output video using the constant quality feature. """
    fps: int | Unset = UNSET
    """ Frame rate of the rendition. """
    fps_den: int | Unset = UNSET
    """ Denominator of the frame rate. """
    gop: str | Unset = UNSET
    """ Group of pictures length. """
    profile: AssetProfileProfile | Unset = UNSET
    """ The H.264 profile. """
    encoder: AssetProfileEncoder | Unset = UNSET
    """ The video encoder. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        bitrate = self.bitrate

        width = self.width

        name = self.name

        height = self.height

        quality = self.quality

        fps = self.fps

        fps_den = self.fps_den

        gop = self.gop

        profile: str | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.value

        encoder: str | Unset = UNSET
        if not isinstance(self.encoder, Unset):
            encoder = self.encoder.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "bitrate": bitrate,
            }
        )
        if width is not UNSET:
            field_dict["width"] = width
        if name is not UNSET:
            field_dict["name"] = name
        if height is not UNSET:
            field_dict["height"] = height
        if quality is not UNSET:
            field_dict["quality"] = quality
        if fps is not UNSET:
            field_dict["fps"] = fps
        if fps_den is not UNSET:
            field_dict["fpsDen"] = fps_den
        if gop is not UNSET:
            field_dict["gop"] = gop
        if profile is not UNSET:
            field_dict["profile"] = profile
        if encoder is not UNSET:
            field_dict["encoder"] = encoder

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            bitrate = src_dict["bitrate"]
            if type(bitrate) is not int and (isinstance(bitrate, bool) or not isinstance(bitrate, int)):
                # JSON Schema counts 1000.0 as an integer, and servers written in JavaScript send it that way.
                if isinstance(bitrate, float) and bitrate.is_integer():
                    bitrate = int(bitrate)
                else:
                    raise DecodeError.expected("an integer", bitrate)

        except Exception as exc:
            raise DecodeError.at("bitrate", exc)

        try:
            width = _src_get("width", UNSET)
            if (
                width is not UNSET
                and type(width) is not int
                and (isinstance(width, bool) or not isinstance(width, int))
            ):
                # JSON Schema counts 1000.0 as an integer, and servers written in JavaScript send it that way.
                if isinstance(width, float) and width.is_integer():
                    width = int(width)
                else:
                    raise DecodeError.expected("an integer", width)

        except Exception as exc:
            raise DecodeError.at("width", exc)

        try:
            name = _src_get("name", UNSET)
            if name is not UNSET and (type(name) is not str and not isinstance(name, str)):
                raise DecodeError.expected("a string", name)

        except Exception as exc:
            raise DecodeError.at("name", exc)

        try:
            height = _src_get("height", UNSET)
            if (
                height is not UNSET
                and type(height) is not int
                and (isinstance(height, bool) or not isinstance(height, int))
            ):
                # JSON Schema counts 1000.0 as an integer, and servers written in JavaScript send it that way.
                if isinstance(height, float) and height.is_integer():
                    height = int(height)
                else:
                    raise DecodeError.expected("an integer", height)

        except Exception as exc:
            raise DecodeError.at("height", exc)

        try:
            quality = _src_get("quality", UNSET)
            if (
                quality is not UNSET
                and type(quality) is not int
                and (isinstance(quality, bool) or not isinstance(quality, int))
            ):
                # JSON Schema counts 1000.0 as an integer, and servers written in JavaScript send it that way.
                if isinstance(quality, float) and quality.is_integer():
                    quality = int(quality)
                else:
                    raise DecodeError.expected("an integer", quality)

        except Exception as exc:
            raise DecodeError.at("quality", exc)

        try:
            fps = _src_get("fps", UNSET)
            if fps is not UNSET and type(fps) is not int and (isinstance(fps, bool) or not isinstance(fps, int)):
                # JSON Schema counts 1000.0 as an integer, and servers written in JavaScript send it that way.
                if isinstance(fps, float) and fps.is_integer():
                    fps = int(fps)
                else:
                    raise DecodeError.expected("an integer", fps)

        except Exception as exc:
            raise DecodeError.at("fps", exc)

        try:
            fps_den = _src_get("fpsDen", UNSET)
            if (
                fps_den is not UNSET
                and type(fps_den) is not int
                and (isinstance(fps_den, bool) or not isinstance(fps_den, int))
            ):
                # JSON Schema counts 1000.0 as an integer, and servers written in JavaScript send it that way.
                if isinstance(fps_den, float) and fps_den.is_integer():
                    fps_den = int(fps_den)
                else:
                    raise DecodeError.expected("an integer", fps_den)

        except Exception as exc:
            raise DecodeError.at("fpsDen", exc)

        try:
            gop = _src_get("gop", UNSET)
            if gop is not UNSET and (type(gop) is not str and not isinstance(gop, str)):
                raise DecodeError.expected("a string", gop)

        except Exception as exc:
            raise DecodeError.at("gop", exc)

        try:
            _profile = _src_get("profile", UNSET)
            profile: AssetProfileProfile | Unset
            if isinstance(_profile, str):
                profile = AssetProfileProfile(_profile)
            elif isinstance(_profile, Unset):
                profile = UNSET
            else:
                raise DecodeError.expected("a string", _profile)

        except Exception as exc:
            raise DecodeError.at("profile", exc)

        try:
            _encoder = _src_get("encoder", UNSET)
            encoder: AssetProfileEncoder | Unset
            if isinstance(_encoder, str):
                encoder = AssetProfileEncoder(_encoder)
            elif isinstance(_encoder, Unset):
                encoder = UNSET
            else:
                raise DecodeError.expected("a string", _encoder)

        except Exception as exc:
            raise DecodeError.at("encoder", exc)

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.bitrate = bitrate
        _instance.width = width
        _instance.name = name
        _instance.height = height
        _instance.quality = quality
        _instance.fps = fps
        _instance.fps_den = fps_den
        _instance.gop = gop
        _instance.profile = profile
        _instance.encoder = encoder

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == 1 + (width is not UNSET) + (name is not UNSET) + (height is not UNSET) + (
            quality is not UNSET
        ) + (fps is not UNSET) + (fps_den is not UNSET) + (gop is not UNSET) + (profile is not UNSET) + (
            encoder is not UNSET
        ):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _ASSET_PROFILE_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("bitrate", "bitrate", int, True),
            ("width", "width", int, False),
            ("name", "name", str, False),
            ("height", "height", int, False),
            ("quality", "quality", int, False),
            ("fps", "fps", int, False),
            ("fps_den", "fpsDen", int, False),
            ("gop", "gop", str, False),
            ("profile", "profile", str, False),
            ("encoder", "encoder", str, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.bitrate = _struct.bitrate

        _instance.width = _struct.width

        _instance.name = _struct.name

        _instance.height = _struct.height

        _instance.quality = _struct.quality

        _instance.fps = _struct.fps

        _instance.fps_den = _struct.fps_den

        _instance.gop = _struct.gop

        profile = _struct.profile
        if profile is not UNSET:
            profile = AssetProfileProfile(profile)
        _instance.profile = profile

        encoder = _struct.encoder
        if encoder is not UNSET:
            encoder = AssetProfileEncoder(encoder)
        _instance.encoder = encoder

        _instance.additional_properties = {}
        return _instance
