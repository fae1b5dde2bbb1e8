"""The repository's tool scripts (``tools/...``), loaded as modules for the tests that check them; they are scripts,
not an installed package."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def load_tool(relative: str, name: str) -> ModuleType:
    """``ROOT / relative`` as the module ``name`` (registered in ``sys.modules`` first, as dataclasses need)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / relative)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module
