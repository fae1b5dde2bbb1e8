"""Gretel's public sample datasets, generated deterministically (the same rows on every call and machine)."""

from __future__ import annotations

import hashlib
import random
from typing import Any

SAMPLES = {
    "safecast": "Radiation measurements from the Safecast project (device, location, reading).",
    "bike-trips": "Bike-share trips with station names, durations and rider contact details.",
    "customer-support": "Support tickets with customer names, emails, phone numbers and IP addresses.",
}

_NAMES = ("Ann Smith", "Jose Garcia", "Priya Patel", "Tom Baker", "Yuki Tanaka")


def sample_records(key: str, limit: int) -> list[dict[str, Any]]:
    """The first ``limit`` rows of the sample named ``key``."""
    rng = random.Random(hashlib.sha256(key.encode()).digest())
    records = []
    for i in range(limit):
        name = _NAMES[i % len(_NAMES)]
        records.append(
            {
                "id": i,
                "customer": name,
                "email": f"{name.split()[0].lower()}.{i}@example.com",
                "phone": f"+1 415 555 {rng.randrange(1000, 9999)}",
                "ip": f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                "reading": round(rng.uniform(0, 100), 2),
            }
        )
    return records
