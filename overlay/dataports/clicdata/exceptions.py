"""The classic ``clicdata_api_wrapper.exceptions`` module (the classes live in ``errors``)."""

from .errors import ConnectionError, InvalidDataType, InvalidRecId, ObjectNotFound

__all__ = ["ConnectionError", "InvalidDataType", "InvalidRecId", "ObjectNotFound"]
