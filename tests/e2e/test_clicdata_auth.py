"""Both ClicData auth methods against the live emulator; access tokens that expire in the middle of a paged read
and of a chunked append (nothing lost, nothing twice); and secrets that never show, even at DEBUG."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import dataports
import httpx
import pandas as pd
import pytest
from dataports.clicdata import (
    Data,
    InvalidArgument,
    Session,
    SessionManager,
    TokenRefused,
    Unauthorized,
)
from dataports_emulators.testing import RunningEmulator

CLIENT_ID = "dataports-demo"
OWNER = "demo@dataports.dev"
WRONG_SECRET = "wr0ng-s3cret-value-123"


@pytest.fixture
def clicdata(dataports_emulator: RunningEmulator) -> Iterator[RunningEmulator]:
    dataports_emulator.reset("clicdata")
    yield dataports_emulator
    SessionManager.close_session()
    dataports_emulator.configure("clicdata", token_ttl=3600, page_size=1000)


def shown(error: dataports.DataportsError) -> str:
    """Everything an error shows: message, repr, one-line description, body, headers and its chain."""
    parts = [
        str(error),
        repr(error),
        error.describe(),
        repr(error.body),
        repr(error.response_headers),
        repr(error.args),
    ]
    cause = error.__cause__ or error.__context__
    return "\n".join([*parts, repr(cause)])


def test_client_credentials_and_basic_both_work(clicdata: RunningEmulator) -> None:
    url = clicdata.service_url("clicdata")
    SessionManager(auth_method="client_credentials", client_id=CLIENT_ID, client_secret=clicdata.token, url=url)
    assert len(Data().get_data(output="dict")) == 2
    assert SessionManager.get_session().token_refreshes == 1
    SessionManager(auth_method="basic", client_id=CLIENT_ID, username=OWNER, password=clicdata.token, url=url)
    basic = SessionManager.get_session()
    assert basic.auth_method == "basic" and basic.token_refreshes == 0
    assert len(Data().get_data(output="dict")) == 2
    for session in (
        Session(client_id=CLIENT_ID, client_secret=WRONG_SECRET, url=url),
        Session(auth_method="basic", client_id=CLIENT_ID, username=OWNER, password=WRONG_SECRET, url=url),
    ):
        assert WRONG_SECRET not in repr(session) + str(session) + repr(vars(session))
    # Stray whitespace from a file or an environment variable is ignored.
    padded = Data(client_id=CLIENT_ID, client_secret=f"  {clicdata.token}\n", url=url)
    assert len(padded.get_data(output="dict")) == 2


def test_a_wrong_secret_or_password_never_shows_even_at_debug(
    clicdata: RunningEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    url = clicdata.service_url("clicdata")
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(TokenRefused) as refused:
            Data(client_id=CLIENT_ID, client_secret=WRONG_SECRET, url=url).get_data()
        with pytest.raises(Unauthorized) as bad_login:
            Data(auth_method="basic", client_id=CLIENT_ID, username=OWNER, password=WRONG_SECRET, url=url).get_data()
    token_error = refused.value
    assert isinstance(token_error, Unauthorized) and isinstance(token_error, dataports.AuthenticationError)
    assert token_error.code == "invalid_client" and token_error.status_code == 400
    assert "invalid_client" in str(token_error)
    assert bad_login.value.status_code == 401
    for error in (token_error, bad_login.value):
        assert WRONG_SECRET not in shown(error)
    assert caplog.records, "DEBUG logging was on: httpx logged the requests"
    assert WRONG_SECRET not in caplog.text


def test_credentials_are_checked_before_any_request(clicdata: RunningEmulator) -> None:
    url = clicdata.service_url("clicdata")
    cases = [
        ({"client_id": CLIENT_ID}, "client_secret"),
        ({"client_secret": "s"}, "client_id"),
        ({"auth_method": "basic", "client_id": CLIENT_ID, "password": "p"}, "username"),
        ({"auth_method": "basic", "client_id": CLIENT_ID, "username": OWNER}, "password"),
        ({"auth_method": "authorization_code", "client_id": CLIENT_ID}, "auth_method"),
        ({"auth_method": "oauth", "client_id": CLIENT_ID}, "auth_method"),
        ({"client_id": CLIENT_ID, "client_secret": "sec\nret-injected"}, "client_secret"),
    ]
    for arguments, argument in cases:
        with pytest.raises(InvalidArgument) as refused:
            Session(url=url, **arguments)  # type: ignore[arg-type]
        assert refused.value.argument == argument
        assert "injected" not in str(refused.value)


def test_tokens_expiring_mid_read_lose_and_repeat_nothing(clicdata: RunningEmulator) -> None:
    clicdata.configure("clicdata", token_ttl=1, page_size=40)
    (rec_id,) = clicdata.seed("clicdata", "data_sets", 1, rows=800)["ids"]
    url = clicdata.service_url("clicdata")
    # A negative margin: the token is used past its expiry (as by a client whose clock runs slow) until the API
    # refuses it (401); it is then renewed and the page asked again.
    with (
        Session(client_id=CLIENT_ID, client_secret=clicdata.token, url=url, token_refresh_margin=-60) as late,
        Session(client_id=CLIENT_ID, client_secret=clicdata.token, url=url) as early,
        clicdata.faults("clicdata", latency_ms=70, rate=0.0),
    ):
        refused = {id(late): 0, id(early): 0}
        for session in (late, early):

            def count(response: httpx.Response, key: int = id(session)) -> None:
                refused[key] += response.status_code == 401

            session.http.event_hooks["response"].insert(0, count)
            rows = Data(session=session).get_data(rec_id, output="dict")
            assert [row["id"] for row in rows] == list(range(1, 801))  # type: ignore[index]
            assert session.token_refreshes >= 2, "the read should have outlived its first token"
    # Past its expiry, the API's 401 said the token had expired; with the default margin it was renewed before.
    assert refused[id(late)] >= 1 and refused[id(early)] == 0


def test_tokens_expiring_mid_append_lose_and_repeat_nothing(clicdata: RunningEmulator) -> None:
    clicdata.configure("clicdata", token_ttl=1)
    url = clicdata.service_url("clicdata")
    with Session(client_id=CLIENT_ID, client_secret=clicdata.token, url=url, token_refresh_margin=-60) as session:
        data = Data(session=session)
        rec_id = data.create_data("Expiring", cols={"id": "number", "label": "text"})
        rows = pd.DataFrame({"id": range(3000), "label": [f"r{i}" for i in range(3000)]})
        with clicdata.faults("clicdata", latency_ms=150, rate=0.0):
            summary = data.append_data(rec_id, rows, chunk_size=100, concurrency=3, progress=False)
        assert (summary.appended, summary.rejected, summary.failed) == (3000, [], [])
        assert session.token_refreshes >= 2
        ids = sorted(row["id"] for row in data.get_data(rec_id, output="dict"))  # type: ignore[index]
        assert ids == list(range(3000))
