from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, _ModelBase

# The JSON names this model knows; any other field of a response lands in additional_properties.
_TRANSCODE_PROFILE_FIELDS = frozenset(
    {
        "name",
        "width",
        "height",
        "bitrate",
        "fps",
    }
)
# Looked up once here rather than on every from_dict (attribute lookups are a good part of a small model's decoding).
_new = object.__new__


# attrs makes the slotted class, its __init__ (fields without a default first), __match_args__, pickling support and
# copy.replace; repr and == come from _ModelBase, written once for every model instead of generated and compiled
# per class at import (attrs' own would double the cost of defining a class: scripts/bench, row "imports").
@_attrs_define(repr=False, eq=False)
class TranscodeProfile(_ModelBase):
    """One streaming quality (rendition). The vendor documents it only by example; every field is optional and further
    fields are allowed.

    """

    name: str | Unset = UNSET
    """ Name of the profile, e.g. `720p`. """
    width: int | Unset = UNSET
    """ Width of the rendition in pixels. """
    height: int | Unset = UNSET
    """ Height of the rendition in pixels. """
    bitrate: int | Unset = UNSET
    """ Bitrate of the rendition in bits per second. """
    fps: int | Unset = UNSET
    """ Frame rate of the rendition. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)
    """Fields of the response that this model does not know, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-compatible data; unknown fields and enum values go back as they came."""
        name = self.name

        width = self.width

        height = self.height

        bitrate = self.bitrate

        fps = self.fps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if bitrate is not UNSET:
            field_dict["bitrate"] = bitrate
        if fps is not UNSET:
            field_dict["fps"] = fps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; DecodeError (with the path of the field) when it does not fit the schema."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.expected("an object", src_dict)
        _src_get = src_dict.get
        try:
            name = _src_get("name", UNSET)
            if name is not UNSET and (type(name) is not str and not isinstance(name, str)):
                raise DecodeError.expected("a string", name)

        except Exception as exc:
            raise DecodeError.at("name", exc)

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
            bitrate = _src_get("bitrate", UNSET)
            if (
                bitrate is not UNSET
                and type(bitrate) is not int
                and (isinstance(bitrate, bool) or not isinstance(bitrate, int))
            ):
                # JSON Schema counts 1000.0 as an integer, and servers written in JavaScript send it that way.
                if isinstance(bitrate, float) and bitrate.is_integer():
                    bitrate = int(bitrate)
                else:
                    raise DecodeError.expected("an integer", bitrate)

        except Exception as exc:
            raise DecodeError.at("bitrate", exc)

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

        # Built without attrs' __init__: slot stores cost less than a call that would repeat them (1.19x a call
        # through __init__). (`_instance`: no property is named so, the generator never starts a name with `_`.)
        _instance = _new(cls)
        _instance.name = name
        _instance.width = width
        _instance.height = height
        _instance.bitrate = bitrate
        _instance.fps = fps

        # Most bodies hold only known fields, and then the object has exactly as many keys as fields were found
        # (an optional field is UNSET only when absent): counting is cheaper than testing every key.
        if len(src_dict) == (name is not UNSET) + (width is not UNSET) + (height is not UNSET) + (
            bitrate is not UNSET
        ) + (fps is not UNSET):
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _TRANSCODE_PROFILE_FIELDS
            }
        return _instance

    @classmethod
    def _struct_fields(cls, struct_of: Callable[..., Any]) -> list[tuple[str, str, Any, bool]] | None:
        """This model's msgspec Struct for the `speed` extra (see _typed.py): name, JSON name, type, required."""
        return [
            ("name", "name", str, False),
            ("width", "width", int, False),
            ("height", "height", int, False),
            ("bitrate", "bitrate", int, False),
            ("fps", "fps", int, False),
        ]

    @classmethod
    def _from_struct(cls, _struct: Any) -> Self:
        """This model from its Struct, whose JSON types msgspec checked as it read them (see _typed.py)."""
        _instance = _new(cls)
        _instance.name = _struct.name

        _instance.width = _struct.width

        _instance.height = _struct.height

        _instance.bitrate = _struct.bitrate

        _instance.fps = _struct.fps

        _instance.additional_properties = {}
        return _instance
