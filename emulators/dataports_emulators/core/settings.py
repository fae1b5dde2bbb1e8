"""Per-service settings: what each service declares it accepts (type and bounds), and the checks applied to values
from ``run_emulator(settings=...)`` and ``POST /_emulator/config`` before the service sees them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from dataports_emulators.core.payloads import PayloadError, checked_integer, checked_number


@attrs.frozen
class Setting:
    """One setting: its type (``int``, ``float``, ``bool`` or ``str``), default, inclusive bounds and meaning."""

    kind: type
    default: Any
    minimum: float | None = None
    maximum: float | None = None
    help: str = ""

    def check(self, name: str, value: Any) -> Any:
        """``value`` if it fits this setting (an int is accepted for a float); ``PayloadError`` naming ``name``."""
        if self.kind is float:
            return checked_number(name, value, self.minimum, self.maximum)
        if self.kind is int:
            return checked_integer(name, value, self.minimum, self.maximum)
        if not isinstance(value, self.kind):
            raise PayloadError(name, f"must be a {self.kind.__name__}, got {value!r}")
        return value

    def describe(self) -> dict[str, Any]:
        """The declaration as JSON, for ``GET /_emulator/config``."""
        return {
            "type": self.kind.__name__,
            "default": self.default,
            "minimum": self.minimum,
            "maximum": self.maximum,
            "help": self.help,
        }


def check_settings(declared: Mapping[str, Setting], given: Mapping[str, Any]) -> dict[str, Any]:
    """``given`` with every value checked; an undeclared name is refused, naming it and what is accepted."""
    checked: dict[str, Any] = {}
    for name, value in given.items():
        setting = declared.get(name)
        if setting is None:
            accepted = ", ".join(sorted(declared)) or "none"
            raise PayloadError(name, f"is not a setting of this service (accepted: {accepted})")
        checked[name] = setting.check(name, value)
    return checked


def initial_settings(service: str, declared: Mapping[str, Setting], given: Mapping[str, Any]) -> dict[str, Any]:
    """Defaults, overridden by ``<service>_<name>`` entries of the emulator-wide ``given`` settings."""
    prefix = f"{service}_"
    own = {key[len(prefix) :]: value for key, value in given.items() if key.startswith(prefix)}
    known = {name: value for name, value in own.items() if name in declared}
    try:
        checked = check_settings(declared, known)
    except PayloadError as exc:
        raise ValueError(f"{prefix}{exc}") from None
    return {**{name: setting.default for name, setting in declared.items()}, **checked}
