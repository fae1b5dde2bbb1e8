"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    # dataports: one UNSET, also after a copy or a pickle round trip (models compare their fields with ==).
    def __reduce__(self) -> str:
        return "UNSET"

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> "Unset":
        return self


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]


# --- dataports: the classic client's object API (see generator/templates/classic_objects.jinja) -------------------

import datetime as _datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Self

#: How ``ClassicObject.deserialize`` reads one field: (attribute, wire name, kind, model class, value class, the
#: value when the JSON lacks the field).
ClassicField = tuple[str, str, str, Any, Any, Any]


def format_iso8601(value: _datetime.datetime | None) -> str | None:
    """A datetime as the classic client writes it: UTC, microseconds, ``Z`` (a naive one is taken as local time)."""
    if value is None:
        return None
    return value.astimezone(_datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def aware_datetime(value: str) -> _datetime.datetime:
    """An ISO 8601 timestamp as an aware datetime; one without an offset is UTC (the classic client's reading)."""
    parsed = _datetime.datetime.fromisoformat(value)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_datetime.UTC)


def parse_iso8601(value: str | None) -> _datetime.datetime | None:
    """An ISO 8601 timestamp as an aware datetime (``None`` for an empty value; a naive one is taken as UTC)."""
    return aware_datetime(value) if value else None


def missing_keys(item: Mapping[str, Any], required: frozenset[str]) -> KeyError:
    """The error for a response object that lacks required keys (a malformed response, reported by the caller)."""
    return KeyError(", ".join(sorted(required - item.keys())))


class LazyField:
    """A field of an object read from a response, parsed from that response's JSON on first access and then kept.

    Listing 100,000 objects and building every field up front cost several times the JSON decoding. Each field is
    read on its own, so code pays for the fields it reads: a plain value costs a lookup and allocates nothing, a
    datetime allocates nothing the cyclic GC tracks, and only nested objects and lists add to the GC's work in the
    caller's loop. (Filling in every field on the first read was tried: it made code that reads a few fields pay for
    all of them, outside the listing's GC pause.) A non-data descriptor: once the field is read, or set, or the
    object was built by its constructor, the instance's own value is found first, at plain attribute speed.
    """

    __slots__ = ("name", "read")

    def __init__(self, name: str, read: Callable[[Mapping[str, Any]], Any]) -> None:
        self.name = name
        self.read = read

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        # Attribute access, not instance.__dict__: asking for __dict__ would give every object a dict of its own
        # (a GC-tracked allocation per object, which in a 100k-object loop makes the collector run again and again)
        # where its attributes otherwise stay in the compact per-instance values array.
        try:
            wire = instance._wire_
        except AttributeError:
            raise AttributeError(f"{type(instance).__name__!r} object has no attribute {self.name!r}") from None
        try:
            value = self.read(wire)
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            fail = getattr(type(instance), "serialization_error", ValueError)
            raise fail(f"Value for field '{self.name}' could not be read: {type(error).__name__}") from error
        setattr(instance, self.name, value)  # a non-data descriptor: the instance's value is found first from now on
        return value


def install_lazy_fields(cls: type, readers: Mapping[str, Callable[[Mapping[str, Any]], Any]]) -> None:
    """Make each named field of ``cls`` a ``LazyField`` read by its reader (see the model's ``from_dict``)."""
    for name, read in readers.items():
        setattr(cls, name, LazyField(name, read))


class ClassicObject:
    """The object API of the classic client (its ``TembaObject``) on a generated model: ``create``,
    ``deserialize``, ``deserialize_list`` and ``serialize``. The model's module fills in the tables below."""

    #: The response JSON an object read by ``from_dict`` reads its fields from (see ``LazyField``).
    _wire_: Mapping[str, Any]
    #: Every field of the model, as ``deserialize`` reads it.
    _fields_: ClassVar[tuple[ClassicField, ...]] = ()
    #: (wire name, attribute) of each field the classic class declares, in its order: what ``serialize`` writes.
    _classic_: ClassVar[tuple[tuple[str, str], ...]] = ()
    #: Whether the model keeps keys it does not declare (in ``additional_properties``).
    _keeps_extra_: ClassVar[bool] = False
    #: Raised for a value of the wrong type; dataports.rapidpro makes it the classic ``TembaSerializationException``.
    serialization_error: ClassVar[Callable[[str], Exception]] = ValueError

    @classmethod
    def create(cls, **kwargs: Any) -> Self:
        """An object from keyword arguments (classic or attribute names); every field not given is ``None`` (``UNSET``
        for the optional fields the classic client does not have, as in objects read from the API)."""
        values: dict[str, Any] = {field[0]: field[5] for field in cls._fields_}
        for name, value in kwargs.items():
            attribute = name if name in values else next((f[0] for f in cls._fields_ if f[1] == name), None)
            if attribute is None:
                raise ValueError(f"Class {cls.__name__} has no attribute '{name}'")
            values[attribute] = value
        return cls(**values)

    @classmethod
    def deserialize(cls, item: Mapping[str, Any]) -> Self:
        """An object from its JSON, as the classic client reads it: a missing field is ``None``, a field of the wrong
        type raises ``serialization_error``. The same data gives the same object as the API responses do."""
        values = {
            attribute: _read(cls, kind, model, inner, item.get(wire, missing))
            for attribute, wire, kind, model, inner, missing in cls._fields_
        }
        instance = cls(**values)
        if cls._keeps_extra_:
            known = {field[1] for field in cls._fields_}
            instance.additional_properties = {k: v for k, v in item.items() if k not in known}
        return instance

    @classmethod
    def deserialize_list(
        cls, item_list: Iterable[Mapping[str, Any]], transformer: Callable[[type, Any], Any] | None = None
    ) -> list[Self]:
        """Objects from a list of JSON items, each passed through ``transformer(cls, item)`` first when given."""
        if transformer:
            return [cls.deserialize(transformer(cls, item)) for item in item_list]
        return [cls.deserialize(item) for item in item_list]

    def serialize(self) -> dict[str, Any]:
        """The classic fields as JSON-ready values (datetimes as ``format_iso8601`` writes them)."""
        return {wire: _write(getattr(self, attribute)) for wire, attribute in self._classic_}


def _fail(owner: type[ClassicObject], value: Any, what: str) -> Exception:
    return owner.serialization_error(f"Value '{value}' field is not {what}")


def _build(owner: type[ClassicObject], model: Any, value: Any) -> Any:
    if not isinstance(value, Mapping):
        raise _fail(owner, value, "a dict")
    if isinstance(model, type) and issubclass(model, ClassicObject):
        return model.deserialize(value)
    return model.from_dict(value)


def _read(owner: type[ClassicObject], kind: str, model: Any, inner: Any, value: Any) -> Any:
    """One field's value from JSON, by kind (see ``kind_of`` in classic_objects.jinja)."""
    if value is None or value is UNSET or kind == "value":
        return value
    if kind == "datetime":
        return value if isinstance(value, _datetime.datetime) else parse_iso8601(value)
    if kind == "date":
        if isinstance(value, _datetime.date):
            return value
        parsed = parse_iso8601(value)
        return parsed.date() if parsed is not None else None
    if kind == "bool" and not isinstance(value, bool):
        raise _fail(owner, value, "an boolean")  # sic: the classic message
    if kind == "int" and not isinstance(value, int):
        raise _fail(owner, value, "an integer")
    if kind in ("list", "object_list") and not isinstance(value, list):
        raise _fail(owner, value, "a list")
    if kind == "object":
        return _build(owner, model, value)
    if kind == "object_list":
        return [_build(owner, model, item) for item in value]
    if kind == "object_dict":
        if not isinstance(value, Mapping):
            raise _fail(owner, value, "a dict")
        return model({key: _build(owner, inner, item) for key, item in value.items()})
    return value


def _write(value: Any) -> Any:
    """A field's value as JSON, as the classic ``serialize`` writes it."""
    if value is None or isinstance(value, Unset):
        return None
    if isinstance(value, ClassicObject):
        return value.serialize()
    if isinstance(value, _datetime.datetime):
        return format_iso8601(value)
    if isinstance(value, _datetime.date):  # the classic client reads a date as midnight UTC
        return format_iso8601(_datetime.datetime.combine(value, _datetime.time(), _datetime.UTC))
    if isinstance(value, dict):
        return {key: _write(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_write(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


__all__ += [
    "ClassicObject",
    "LazyField",
    "aware_datetime",
    "format_iso8601",
    "install_lazy_fields",
    "missing_keys",
    "parse_iso8601",
]
