"""The classic ``datagrok_api.model`` module: ``Model``, the base of every entity."""

from .models import Model, NamedModel

__all__ = ["Model", "NamedModel"]
