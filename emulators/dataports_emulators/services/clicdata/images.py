"""Small, valid PNG images for dashboard thumbnails and snapshots: a coloured bar chart per dashboard, so that
clients decoding the base64 answer get a real image (and each dashboard a different one)."""

from __future__ import annotations

import base64
import functools
import struct
import zlib
from collections.abc import Callable

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
BACKGROUND = (248, 249, 251)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


Pixel = Callable[[int, int], tuple[int, int, int]]


def png(width: int, height: int, pixel: Pixel) -> bytes:
    """An RGB PNG whose colour at (x, y) is ``pixel(x, y)``."""
    raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return PNG_SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b"")


def _colour(seed: int) -> tuple[int, int, int]:
    return (40 + (seed * 67) % 180, 40 + (seed * 131) % 180, 40 + (seed * 29) % 180)


@functools.cache
def chart(seed: int, width: int, height: int) -> str:
    """A bar chart image for dashboard ``seed``, as base64 text."""
    colour = _colour(seed)
    bars = 6
    heights = [0.3 + 0.6 * (((seed + 1) * (bar + 3) * 7919) % 97) / 97 for bar in range(bars)]

    slot = max(width // bars, 1)
    gap = max(slot // 5, 1)

    def pixel(x: int, y: int) -> tuple[int, int, int]:
        bar = min(x // slot, bars - 1)
        if x % slot >= gap and height - y <= heights[bar] * height:
            return colour
        return BACKGROUND

    return base64.b64encode(png(width, height, pixel)).decode("ascii")


def thumbnail(seed: int) -> str:
    return chart(seed, 64, 36)


def snapshot(seed: int) -> str:
    return chart(seed, 320, 180)
