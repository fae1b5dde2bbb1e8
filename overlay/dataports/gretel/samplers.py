"""Record samplers, as the classic ``gretel_client.samplers``: iterators that pass on some of a source's records.

``project.send_bulk(data, sampler=ConstantSampler(sample_rate=10))`` sends about one record in ten. Without a
sampler, ``send_bulk`` sends every record and does no per-record sampling work.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import GretelArgumentAttributeError, GretelInvalidArgument


class Sampler(Iterator[Any]):
    """Base of the samplers: ``set_source(records)``, then iterate."""

    def __init__(self, name: str) -> None:
        self._name = name
        self.data_source: Iterator[Any] = iter(())

    @property
    def name(self) -> str:
        """The sampler's name, as the classic samplers report it."""
        return self._name

    def set_source(self, data_source: Iterable[Any]) -> None:
        """The records to sample from (any iterable; the classic client passed an iterator)."""
        self.data_source = iter(data_source)

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        return next(self.data_source)


class ConstantSampler(Sampler):
    """Passes on one record in ``sample_rate`` on average (random), and stops after ``record_limit`` source records
    have been read (``record_limit`` of zero or less: no limit)."""

    def __init__(self, sample_rate: int = 1, record_limit: int = -1) -> None:
        self.sample_rate = sample_rate
        self.record_limit = record_limit
        #: Source records read so far, passed on or skipped.
        self.records_seen = 0
        super().__init__("constant_sampler")

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        if self.record_limit > 0 and self.records_seen >= self.record_limit:
            raise StopIteration(f"Reach record limit of {self.record_limit}.")
        if self.sample_rate != 1:  # a rate of 1 passes everything: no random draw per record
            while random.random() > 1.0 / self.sample_rate:
                self.records_seen += 1
                next(self.data_source)
        self.records_seen += 1
        return next(self.data_source)


class FixedSample(Sampler):
    """Samples a dataset of known length evenly, by ``percent`` (a fraction up to 1) or by ``count`` records.

    A dataset with fewer than ``min_records`` records is passed on whole; no more than ``max_records`` are passed
    on. The whole source is read into memory when iteration starts (its length sets the rate).
    """

    def __init__(
        self,
        percent: float | None = None,
        count: int | None = None,
        min_records: int | None = None,
        max_records: int | None = None,
    ) -> None:
        if percent and count:
            raise GretelArgumentAttributeError("percent", "cannot be given with count; pick one")
        if percent and percent > 1:
            raise GretelInvalidArgument("percent", f"must be <= 1, got {percent}")
        self.percent = percent
        self.count = count
        self.min_records = min_records
        self.max_records = max_records
        self.record_idx = 0
        self.rate = 1
        self.sample_count = 0
        self.records: list[Any] = []
        self.record_count = 0
        self.record_it: Iterator[Any] = iter(())
        super().__init__("fixed_sample")

    def _reset(self) -> None:
        self.record_idx = 0
        self.rate = 1
        self.sample_count = 0

    def __iter__(self) -> Iterator[Any]:
        self._reset()
        self.records = list(self.data_source)
        self.record_it = iter(self.records)
        self.record_count = len(self.records)
        if self.count:
            self.rate = int(self.record_count / self.count)
        if self.percent:
            self.rate = int(self.record_count / (self.record_count * self.percent)) if self.record_count else 1
        # A count above the dataset's size made the classic rate 0 (a ZeroDivisionError): pass everything instead.
        self.rate = max(self.rate, 1)
        theoretical_sample_count = self.record_count / self.rate
        if self.min_records and theoretical_sample_count < self.min_records:
            self.rate = 1
        # More than max_records would be sampled: lower the rate so that at most max_records are.
        if self.max_records and theoretical_sample_count > self.max_records:
            self.rate = max(int(self.record_count / self.max_records), 1)
        return self

    def __next__(self) -> Any:
        self.sample_count += 1
        if self.max_records and self.sample_count > self.max_records:
            raise StopIteration(f"Reached max record count of {self.max_records}")
        while self.record_idx % self.rate != 0:
            self.record_idx += 1
            next(self.record_it)
        self.record_idx += 1
        return next(self.record_it)


def get_default_sampler() -> Sampler:
    """The sampler the classic bulk writer used by default: every record."""
    return ConstantSampler()
