"""The classic ``voxel51.users.utils``: JSON files and strings, paths, human-readable numbers, a yes/no prompt, and
``Serializable``, the base of ``JobRequest`` and ``RemoteDataPath``."""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
from collections.abc import Mapping
from typing import Any, Self

logger = logging.getLogger(__name__)

__all__ = [
    "Serializable",
    "copy_file",
    "ensure_basedir",
    "json_to_str",
    "load_json",
    "query_yes_no",
    "read_json",
    "to_human_bits_str",
    "to_human_bytes_str",
    "to_human_decimal_str",
    "to_human_time_str",
    "upload_files",
    "urljoin",
    "write_json",
]


def urljoin(*args: str) -> str:
    """The URL parts joined by single slashes."""
    return "/".join(a.strip("/") for a in args)


def read_json(path: str | os.PathLike[str]) -> Any:
    """The JSON content of the file at ``path``."""
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def load_json(str_or_bytes: str | bytes) -> Any:
    """The value of the JSON text ``str_or_bytes``."""
    return json.loads(str_or_bytes)


def json_to_str(obj: Any) -> str:
    """``obj`` as indented JSON, as the classic client writes it."""
    return json.dumps(obj, indent=4)


def write_json(obj: Any, path: str | os.PathLike[str]) -> None:
    """Write ``obj`` as indented JSON to ``path``, creating its folder if needed."""
    ensure_basedir(path)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(json_to_str(obj))


def copy_file(inpath: str | os.PathLike[str], outpath: str | os.PathLike[str]) -> None:
    """Copy ``inpath`` to ``outpath``, creating its folder when needed."""
    ensure_basedir(outpath)
    shutil.copy(inpath, outpath)


def ensure_basedir(path: str | os.PathLike[str]) -> None:
    """Create the folder ``path`` lives in, if it does not exist."""
    dirname = os.path.dirname(path)
    if dirname and not os.path.isdir(dirname):
        logger.info("Making directory '%s'", dirname)
        os.makedirs(dirname, exist_ok=True)


def upload_files(requests: Any, url: str, files: Mapping[str, Any], headers: Mapping[str, str], **kwargs: Any) -> Any:
    """POST ``files`` (in the ``files=`` format of ``requests``) as a multipart form, with ``headers``.

    ``requests`` is whatever HTTP client the caller uses, as classically: the ``requests`` module or a session, or
    an ``httpx.Client``; its response is returned. (``API`` itself streams uploads; this helper is for code that
    called the classic one directly.)
    """
    return requests.post(url, headers=dict(headers), files=files, **kwargs)


def query_yes_no(question: str, default: str | None = None) -> bool:
    """Ask ``question`` on the terminal until the answer is yes or no (``default`` answers an empty line)."""
    valid = {"y": True, "ye": True, "yes": True, "n": False, "no": False}
    if default:
        default = default.lower()
        if default not in valid:
            raise ValueError(f"Invalid default value '{default}'")
        prompt = " [Y/n] " if valid[default] else " [y/N] "
    else:
        prompt = " [y/n] "
    while True:
        sys.stdout.write(question + prompt)
        answer = input().lower()
        if default and not answer:
            return valid[default]
        if answer in valid:
            return valid[answer]
        print("Please respond with 'y[es]' or 'n[o]'")


def _check_unit(max_unit: str | None, units: list[str]) -> str | None:
    if max_unit is not None and max_unit not in units:
        logger.warning("Unsupported max_unit = %s; ignoring", max_unit)
        return None
    return max_unit


def _trimmed(num: float, decimals: int) -> str:
    # Trailing zero decimals are dropped: 1.0 -> "1".
    return (f"%.{decimals}f" % num).rstrip("0").rstrip(".")


def to_human_time_str(num_seconds: float, decimals: int = 1, max_unit: str | None = None) -> str:
    """``num_seconds`` as ``"1ms"``, ``"1.1 minutes"``, ``"1.9 years"``..."""
    if num_seconds == 0:
        return "0 seconds"
    units = ["ns", "us", "ms", " second", " minute", " hour", " day", " week", " month", " year"]
    conversions = [1000, 1000, 1000, 60, 60, 24, 7, 52 / 12, 12, float("inf")]
    max_unit = _check_unit(max_unit, [u.strip() for u in units])
    num = 1e9 * num_seconds
    unit, plural = units[0], False
    for index, (unit, conversion) in enumerate(zip(units, conversions, strict=True)):
        plural = index >= 3
        if abs(num) < conversion or (max_unit and unit.strip() == max_unit):
            break
        num /= conversion
    text = _trimmed(num, decimals)
    return text + unit + ("s" if plural and text != "1" else "")


def _scaled(num: float, decimals: int, max_unit: str | None, units: list[str], base: float) -> str:
    max_unit = _check_unit(max_unit, units)
    unit = units[0]
    for unit in units:
        if abs(num) < base or (max_unit is not None and unit == max_unit):
            break
        num /= base
    return _trimmed(num, decimals) + unit


def to_human_decimal_str(num: float, decimals: int = 1, max_unit: str | None = None) -> str:
    """``num`` as ``"65"``, ``"123.5K"``, ``"10M"``..."""
    return _scaled(num, decimals, max_unit, ["", "K", "M", "B", "T"], 1000)


def to_human_bytes_str(num_bytes: float, decimals: int = 1, max_unit: str | None = None) -> str:
    """``num_bytes`` as ``"123B"``, ``"120.1KB"``, ``"1TB"``..."""
    return _scaled(num_bytes, decimals, max_unit, ["B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"], 1024)


def to_human_bits_str(num_bits: float, decimals: int = 1, max_unit: str | None = None) -> str:
    """``num_bits`` as ``"123b"``, ``"120.1Kb"``, ``"1Tb"``..."""
    return _scaled(num_bits, decimals, max_unit, ["b", "Kb", "Mb", "Gb", "Tb", "Pb", "Eb", "Zb", "Yb"], 1024)


class Serializable:
    """Something with a JSON form: ``to_dict``/``to_str`` (and ``str()``)/``to_json(path)``, and back with
    ``from_dict``/``from_str``/``from_json``. Subclasses implement ``from_dict``; ``to_dict`` serializes the public
    attributes (or those ``_attributes()`` names), recursing into lists, dicts and other ``Serializable`` values."""

    def __str__(self) -> str:
        return self.to_str()

    def to_dict(self) -> dict[str, Any]:
        """The object as a JSON-ready dict, nested serializable values included."""
        return {field: _recurse(getattr(self, name)) for name, field in self._attributes().items()}

    def to_str(self) -> str:
        """The object as JSON text."""
        return json_to_str(self.to_dict())

    def to_json(self, path: str | os.PathLike[str]) -> None:
        """Write the JSON form to ``path`` (its folder is created if needed)."""
        write_json(self.to_dict(), path)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Self:
        """The object for its dict form; each subclass implements it."""
        raise NotImplementedError("subclass must implement from_dict()")

    @classmethod
    def from_str(cls, s: str | bytes) -> Self:
        """The object for its JSON text."""
        return cls.from_dict(load_json(s))

    @classmethod
    def from_json(cls, path: str | os.PathLike[str]) -> Self:
        """The object read from the JSON file at ``path``."""
        return cls.from_dict(read_json(path))

    def _attributes(self) -> dict[str, str]:
        """Attribute name -> JSON field name; by default every public instance attribute."""
        return {name: name for name in vars(self) if not name.startswith("_")}


def _recurse(value: Any) -> Any:
    if isinstance(value, list):
        return [_recurse(v) for v in value]
    if isinstance(value, dict):
        return {k: _recurse(v) for k, v in value.items()}
    if isinstance(value, Serializable):
        return value.to_dict()
    return value
