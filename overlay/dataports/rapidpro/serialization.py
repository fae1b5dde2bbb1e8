"""``temba_client.serialization``: ``TembaObject`` and its field declarations, for code that defines its own
classic-style objects (``class Thing(TembaObject): name = SimpleField()``) or checks ``isinstance(x, TembaObject)``.

The objects ``TembaClient`` returns are the generated, typed models (``dataports.rapidpro.types``); they carry the
same ``create`` / ``deserialize`` / ``deserialize_list`` / ``serialize`` API and count as ``TembaObject`` instances.
"""

from __future__ import annotations

from abc import ABCMeta, abstractmethod
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Self

from dataports_api.rapidpro.types import ClassicObject

from .errors import TembaSerializationException
from .utils import format_iso8601, parse_iso8601

#: The classic ``transformer`` hook: ``(object class, item JSON) -> item JSON``.
Transformer = Callable[[type, Any], Any]


class TembaObject(metaclass=ABCMeta):  # noqa: B024 (an ABC as in the classic client, so models can register)
    """Base class for objects returned by the Temba API: the class's ``TembaField`` attributes are its fields."""

    @classmethod
    def create(cls, **kwargs: Any) -> Self:
        """An object with the given field values; every field not given is ``None``."""
        source = kwargs.copy()
        instance = cls()
        for attr_name in cls._get_fields():
            setattr(instance, attr_name, source.pop(attr_name, None))
        for remaining in source:
            raise ValueError(f"Class {cls.__name__} has no attribute '{remaining}'")
        return instance

    @classmethod
    def deserialize(cls, item: Mapping[str, Any]) -> Self:
        """An object from its API JSON ``item``, each field read from its ``src`` key (or its own name)."""
        instance = cls()
        for attr_name, field in cls._get_fields().items():
            setattr(instance, attr_name, field.deserialize(item.get(field.src or attr_name, None)))
        return instance

    @classmethod
    def deserialize_list(
        cls, item_list: Iterable[Mapping[str, Any]], transformer: Transformer | None = None
    ) -> list[Self]:
        """Objects from a list of API JSON items, each passed through ``transformer(cls, item)`` first when given."""
        if transformer:
            return [cls.deserialize(transformer(cls, item)) for item in item_list]
        return [cls.deserialize(item) for item in item_list]

    def serialize(self) -> dict[str, Any]:
        """The object as API JSON: each field's value under its ``src`` key (or its own name)."""
        return {
            field.src or attr_name: field.serialize(getattr(self, attr_name, None))
            for attr_name, field in self._get_fields().items()
        }

    @classmethod
    def _get_fields(cls) -> dict[str, TembaField]:
        return {k: v for k, v in cls.__dict__.items() if isinstance(v, TembaField)}


# The generated models implement the same API (dataports_api.rapidpro.types.ClassicObject).
TembaObject.register(ClassicObject)


# =====================================================================
# Field types
# =====================================================================


class TembaField(metaclass=ABCMeta):
    """A field declaration of a ``TembaObject`` (``temba_client.serialization.TembaField``); ``src`` is its JSON key
    when it differs from the attribute name."""

    def __init__(self, src: str | None = None) -> None:
        self.src = src

    @abstractmethod
    def deserialize(self, value: Any) -> Any:
        """The Python value for the JSON ``value`` of this field."""

    @abstractmethod
    def serialize(self, value: Any) -> Any:
        """The JSON value for the Python ``value`` of this field."""


class SimpleField(TembaField):
    """A field whose JSON value is used as is."""

    def deserialize(self, value: Any) -> Any:
        """``value``, unchanged."""
        return value

    def serialize(self, value: Any) -> Any:
        """``value``, unchanged."""
        return value


class BooleanField(SimpleField):
    """A boolean field."""

    def deserialize(self, value: Any) -> Any:
        """``value`` (a bool or ``None``). Raises ``TembaSerializationException`` for any other value."""
        if value is not None and not isinstance(value, bool):
            raise TembaSerializationException(f"Value '{value}' field is not an boolean")
        return value


class IntegerField(SimpleField):
    """An integer field."""

    def deserialize(self, value: Any) -> Any:
        """``value`` (an int or ``None``). Raises ``TembaSerializationException`` for any other value."""
        if value is not None and not isinstance(value, int):
            raise TembaSerializationException(f"Value '{value}' field is not an integer")
        return value


class ListField(SimpleField):
    """A list field of plain values."""

    def deserialize(self, value: Any) -> Any:
        """``value`` (a list or ``None``). Raises ``TembaSerializationException`` for any other value."""
        if value is not None and not isinstance(value, list):
            raise TembaSerializationException(f"Value '{value}' field is not a list")
        return value


class DatetimeField(TembaField):
    """A datetime field: ISO 8601 text in JSON, an aware ``datetime`` in Python."""

    def deserialize(self, value: Any) -> Any:
        """The aware ``datetime`` of an ISO 8601 string (``None`` stays ``None``)."""
        return parse_iso8601(value)

    def serialize(self, value: Any) -> Any:
        """``value`` as ISO 8601 text, as ``utils.format_iso8601`` writes it."""
        return format_iso8601(value)


class ObjectField(TembaField):
    """A field holding one nested ``item_class`` object."""

    def __init__(self, item_class: type[TembaObject], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.item_class = item_class

    def deserialize(self, value: Any) -> Any:
        """The nested object for its JSON (``None`` stays ``None``)."""
        return self.item_class.deserialize(value) if value is not None else None

    def serialize(self, value: Any) -> Any:
        """The nested object as JSON (``None`` stays ``None``)."""
        return self.item_class.serialize(value) if value is not None else None


class ObjectListField(ObjectField):
    """A field holding a list of nested ``item_class`` objects."""

    def deserialize(self, value: Any) -> Any:
        """The nested objects of a JSON list. Raises ``TembaSerializationException`` for a value that is not a list."""
        if not isinstance(value, list):
            raise TembaSerializationException(f"Value '{value}' field is not a list")
        return self.item_class.deserialize_list(value)

    def serialize(self, value: Any) -> Any:
        """The nested objects as a JSON list. Raises ``TembaSerializationException`` for a value that is not a list."""
        if not isinstance(value, list):
            raise TembaSerializationException(f"Value '{value}' field is not a list")
        return [self.item_class.serialize(item) for item in value]


class ObjectDictField(ObjectField):
    """A field holding a dict of nested ``item_class`` objects, keyed by name."""

    def deserialize(self, value: Any) -> Any:
        """The nested objects of a JSON object, keyed as given. Raises ``TembaSerializationException`` for a value that
        is not a dict."""
        if not isinstance(value, dict):
            raise TembaSerializationException(f"Value '{value}' field is not a dict")
        return {key: self.item_class.deserialize(item) for key, item in value.items()}

    def serialize(self, value: Any) -> Any:
        """The nested objects as a JSON object. Raises ``TembaSerializationException`` for a value that is not a
        dict."""
        if not isinstance(value, dict):
            raise TembaSerializationException(f"Value '{value}' field is not a dict")
        return {key: self.item_class.serialize(item) for key, item in value.items()}


__all__ = [
    "BooleanField",
    "DatetimeField",
    "IntegerField",
    "ListField",
    "ObjectDictField",
    "ObjectField",
    "ObjectListField",
    "SimpleField",
    "TembaField",
    "TembaObject",
]
