from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscodeProfile")


@_attrs_define
class TranscodeProfile:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        bitrate = d.pop("bitrate", UNSET)

        fps = d.pop("fps", UNSET)

        transcode_profile = cls(
            name=name,
            width=width,
            height=height,
            bitrate=bitrate,
            fps=fps,
        )

        transcode_profile.additional_properties = d
        return transcode_profile

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
