from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.resthook_subscriber import ResthookSubscriber


T = TypeVar("T", bound="ResthookSubscriberList")


@_attrs_define
class ResthookSubscriberList:
    """A page of resthook subscribers (GET /api/v2/resthook_subscribers.json): up to 250 `results`, `next`/`previous`
    URLs.

    Attributes:
        next_ (None | str): Absolute URL of the adjacent page (carrying `cursor` and every filter), or null at the end.
        previous (None | str): Absolute URL of the adjacent page (carrying `cursor` and every filter), or null at the
            end.
        results (list[ResthookSubscriber]):
    """

    next_: None | str
    previous: None | str
    results: list[ResthookSubscriber]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next": next_,
                "previous": previous,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        next_ = cast("None | str", d.pop("next"))

        previous = cast("None | str", d.pop("previous"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = ResthookSubscriber.from_dict(results_item_data)

            results.append(results_item)

        resthook_subscriber_list = cls(
            next_=next_,
            previous=previous,
            results=results,
        )

        resthook_subscriber_list.additional_properties = d
        return resthook_subscriber_list

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
    def next(self) -> None | str:
        """``next_`` under its wire name."""
        return self.next_

    @next.setter
    def next(self, value: None | str) -> None:
        self.next_ = value


from ..models.resthook_subscriber import ResthookSubscriber
