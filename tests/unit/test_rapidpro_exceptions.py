"""The classic ``temba_client`` exceptions: their constructors, attributes and ``str()`` as classic code builds and
reads them, their place under ``dataports.DataportsError`` and the cross-service classes, and the local argument
checks, which raise the classic class the server would have answered with before anything is sent."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import Any

import dataports
import httpx
import pytest
from dataports import InvalidArgumentError
from dataports.rapidpro import (
    TembaBadRequestError,
    TembaClient,
    TembaConnectionError,
    TembaException,
    TembaHttpError,
    TembaInvalidArgument,
    TembaNoSuchObjectError,
    TembaRateExceededError,
    TembaSerializationException,
    TembaTokenError,
)
from dataports.rapidpro import exceptions as classic_module


def test_the_classic_constructors_and_messages() -> None:
    assert str(TembaConnectionError()) == "Unable to connect to host"
    assert str(TembaTokenError()) == "Authentication with provided token failed"
    assert str(TembaNoSuchObjectError()) == "No such object exists"
    limited = TembaRateExceededError(30)
    assert limited.retry_after == 30
    assert str(limited) == (
        "You have exceeded the number of requests allowed per org in a given time window. "
        "Please wait 30 seconds before making further requests"
    )
    cause = ValueError("boom")
    http = TembaHttpError(cause)
    assert http.caused_by is cause and str(http) == "boom"
    assert str(TembaSerializationException("bad value")) == "bad value"


@pytest.mark.parametrize(
    ("errors", "text"),
    [
        ({"name": ["This field is required."]}, "This field is required."),
        ({"name": ["Too long.", "Not unique."], "urns": ["Invalid."]}, "Too long.. Not unique.. Invalid."),
        ({"detail": "Not found."}, "Not found."),
        (["Must specify at least one group, contact or URN"], "Must specify at least one group, contact or URN"),
    ],
)
def test_bad_request_keeps_the_errors_as_given(errors: Any, text: str) -> None:
    error = TembaBadRequestError(errors)
    assert error.errors is errors and str(error) == text


def test_every_class_is_under_the_classic_and_the_shared_bases() -> None:
    expected = {
        TembaConnectionError: dataports.APIConnectionError,
        TembaBadRequestError: dataports.BadRequestError,
        TembaTokenError: dataports.AuthenticationError,
        TembaNoSuchObjectError: dataports.NotFoundError,
        TembaRateExceededError: dataports.RateLimitError,
        TembaHttpError: TembaException,
        TembaSerializationException: TembaException,
    }
    for cls, shared in expected.items():
        assert issubclass(cls, TembaException) and issubclass(cls, shared)
        assert issubclass(cls, dataports.DataportsError)
        assert getattr(classic_module, cls.__name__) is cls


def test_details_ride_along_as_keywords_and_survive_pickling() -> None:
    error = TembaBadRequestError({"name": ["x"]}, status_code=400, method="POST", url="https://h/api/v2/groups.json")
    assert (error.status_code, error.method) == (400, "POST")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is TembaBadRequestError and copy.errors == {"name": ["x"]} and str(copy) == "x"
    limited = pickle.loads(pickle.dumps(TembaRateExceededError(5, status_code=429)))
    assert limited.retry_after == 5 and limited.status_code == 429


def test_an_invalid_argument_is_a_bad_request_and_a_value_error() -> None:
    error = TembaInvalidArgument("language", "'en' is not an ISO 639-3 code")
    assert isinstance(error, TembaBadRequestError) and isinstance(error, InvalidArgumentError)
    assert isinstance(error, ValueError)
    assert error.errors == {"language": ["'en' is not an ISO 639-3 code"]} and error.argument == "language"
    assert str(error) == "language: 'en' is not an ISO 639-3 code"


# --- local checks: nothing is sent ------------------------------------------------------------------------------
def unreachable() -> TembaClient:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"a request was sent: {request.method} {request.url}")

    return TembaClient("rapidpro.example", "t", transport=httpx.MockTransport(refuse))


LOCAL_CHECKS: list[tuple[Callable[[TembaClient], Any], str]] = [
    (lambda c: c.create_field("Age", "integer"), "type"),
    (lambda c: c.create_group(""), "name"),
    (lambda c: c.create_label("   "), "name"),
    (lambda c: c.create_contact(name="X", language="en"), "language"),
    (lambda c: c.bulk_block_contacts([f"c{i}" for i in range(101)]), "contacts"),
    (lambda c: c.bulk_archive_messages(list(range(101))), "messages"),
    (lambda c: c.create_broadcast("hi", urns=[f"tel:+1{i}" for i in range(101)]), "urns"),
    (lambda c: c.get_definitions(flows=["f"], dependencies=True), "dependencies"),  # type: ignore[arg-type]
    (lambda c: c.get_messages(folder="spam"), "folder"),
    (lambda c: c.get_archives(type="photo"), "type"),
    (lambda c: c.get_flows(type="sms"), "type"),
    (lambda c: c.update_contact(None, name="x"), "contact"),
    (lambda c: c.update_global("", "x"), "glbl"),
    (lambda c: c.delete_group(""), "group"),
    (lambda c: c.bulk_label_messages(["m1"]), "label"),
    (lambda c: c.create_campaign_event("c", "edd", 1, "years", -1, message="x"), "unit"),
    (lambda c: c.create_campaign_event("c", "edd", 1, "days", 30, message="x"), "delivery_hour"),
    (lambda c: c.create_flow_start("f"), "urns/contacts/groups"),
    (lambda c: c.get_contacts(group=object()), "group"),
]


@pytest.mark.parametrize(("call", "argument"), LOCAL_CHECKS, ids=[a for _, a in LOCAL_CHECKS])
def test_local_checks_raise_the_classic_bad_request(call: Callable[[TembaClient], Any], argument: str) -> None:
    with unreachable() as client, pytest.raises(TembaBadRequestError) as caught:
        call(client)
    error = caught.value
    assert isinstance(error, InvalidArgumentError) and error.argument == argument
    assert list(error.errors) == [argument] and error.errors[argument][0] in str(error)
    assert str(error).startswith(f"{argument}: ")


def test_a_token_that_cannot_be_sent_is_the_classic_token_error() -> None:
    for token in (None, "", "abc\ndef"):
        with pytest.raises(TembaTokenError) as caught:
            TembaClient("rapidpro.example", token)
        assert isinstance(caught.value, InvalidArgumentError) and caught.value.argument == "token"
        assert "abc" not in str(caught.value)
