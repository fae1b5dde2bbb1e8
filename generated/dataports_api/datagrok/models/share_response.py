from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShareResponse")


@_attrs_define
class ShareResponse:
    """The outcome of a share, e.g. `{"status": "success", "shared": ["Chemists"], "alreadyShared": [],
    "failed": []}`.

    Attributes:
        status (str | Unset): `success` (all shared), `partial_success` (some failed) or `failed` (none shared).
        shared (list[Any] | Unset): The groups shared with by this call.
        already_shared (list[Any] | Unset): The groups that already had access.
        failed (list[Any] | Unset): The groups that could not be shared with.
    """

    status: str | Unset = UNSET
    shared: list[Any] | Unset = UNSET
    already_shared: list[Any] | Unset = UNSET
    failed: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        shared: list[Any] | Unset = UNSET
        if not isinstance(self.shared, Unset):
            shared = self.shared

        already_shared: list[Any] | Unset = UNSET
        if not isinstance(self.already_shared, Unset):
            already_shared = self.already_shared

        failed: list[Any] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if shared is not UNSET:
            field_dict["shared"] = shared
        if already_shared is not UNSET:
            field_dict["alreadyShared"] = already_shared
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        shared = cast("list[Any]", d.pop("shared", UNSET))

        already_shared = cast("list[Any]", d.pop("alreadyShared", UNSET))

        failed = cast("list[Any]", d.pop("failed", UNSET))

        share_response = cls(
            status=status,
            shared=shared,
            already_shared=already_shared,
            failed=failed,
        )

        share_response.additional_properties = d
        return share_response

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

    @property
    def alreadyShared(self) -> list[Any] | Unset:
        """``already_shared`` under its wire name."""
        return self.already_shared

    @alreadyShared.setter
    def alreadyShared(self, value: list[Any] | Unset) -> None:
        self.already_shared = value
