"""The real-server-shaped responses in shared/fixtures parse with the generated models and the overlay's types,
and the emulator answers with the same shapes."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from dataports.rapidpro import TembaClient
from dataports.rapidpro import types as classic_types
from dataports_api.rapidpro import models
from dataports_emulators.testing import RunningEmulator

RAPIDPRO_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rapidpro"
PAGE_MODELS = {
    "archives": "Archive",
    "boundaries": "Boundary",
    "broadcasts": "Broadcast",
    "campaign_events": "CampaignEvent",
    "campaigns": "Campaign",
    "channel_events": "ChannelEvent",
    "channels": "Channel",
    "classifiers": "Classifier",
    "contacts": "Contact",
    "fields": "Field",
    "flow_starts": "FlowStart",
    "flows": "Flow",
    "globals": "Global",
    "groups": "Group",
    "labels": "Label",
    "messages": "Message",
    "resthook_events": "ResthookEvent",
    "resthook_subscribers": "ResthookSubscriber",
    "resthooks": "Resthook",
    "runs": "Run",
}


def normalised(value: Any) -> Any:
    """Datetimes compared as instants (the server writes `.082+00:00`, Python `.082000+00:00`; a time without an
    offset is UTC, as the classic client reads it), and a key the server left out equal to one written as null."""
    if isinstance(value, dict):
        return {k: normalised(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [normalised(v) for v in value]
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] == "T":
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return value


def load(name: str) -> Any:
    return json.loads((RAPIDPRO_FIXTURES / f"{name}.json").read_text())


def test_every_fixture_is_covered() -> None:
    names = {p.stem for p in RAPIDPRO_FIXTURES.glob("*.json")}
    assert names == set(PAGE_MODELS) | {"empty", "org", "definitions"}


@pytest.mark.parametrize("name", sorted(PAGE_MODELS))
def test_page_fixture_round_trips(name: str) -> None:
    page = load(name)
    parsed = getattr(models, f"{PAGE_MODELS[name]}List").from_dict(page)
    assert len(parsed.results) == len(page["results"]) > 0
    assert normalised(parsed.to_dict()) == normalised(page)
    classic = getattr(classic_types, PAGE_MODELS[name])
    assert all(isinstance(item, classic) for item in parsed.results)


def test_single_object_fixtures_round_trip() -> None:
    org = load("org")
    assert models.Org.from_dict(org).to_dict() == org
    definitions = load("definitions")
    assert models.Export.from_dict(definitions).to_dict() == definitions
    empty = models.ContactList.from_dict(load("empty"))
    assert (empty.results, empty.next_) == ([], None)


def test_classic_attribute_names_survive_renaming() -> None:
    flow = models.Flow.from_dict(load("flows")["results"][0])
    assert flow.type == flow.type_
    field = models.Field.from_dict(load("fields")["results"][0])
    assert (field.key, field.type) == ("chat_name", "text")
    run = models.Run.from_dict(load("runs")["results"][0])
    assert run.values["color"].category == "Blue"


def _shape(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(value[0])] if value else []
    return type(value).__name__


@pytest.mark.parametrize("name", ["contacts", "groups", "fields", "labels", "globals", "campaigns", "resthooks"])
def test_emulator_objects_have_the_fixture_keys(name: str, rapidpro: RunningEmulator, temba: TembaClient) -> None:
    reporters = temba.create_group("Reporters")
    temba.create_field("Nickname", "text")
    temba.create_contact(name="Jo", urns=["tel:+250788000001"], fields={"nickname": "Jo"}, groups=[reporters])
    temba.create_label("Important")
    temba.create_global("Org Name", "Acme")
    temba.create_campaign("Reminders", reporters)
    # The wire as a plain HTTP client sees it, not through the SDK: this checks the emulator, not our parsing.
    raw = httpx.get(f"{temba.root_url}/{name}.json", headers={"Authorization": f"Token {rapidpro.token}"})
    served = raw.json()
    expected_keys = set(load(name)["results"][0])
    assert served["results"], f"emulator listed no {name}"
    assert expected_keys <= set(served["results"][0]), f"{name}: missing {expected_keys - set(served['results'][0])}"
    assert set(served) == {"next", "previous", "results"}


def test_fixtures_ship_in_the_repository_with_their_licence() -> None:
    assert (RAPIDPRO_FIXTURES / "LICENSE").read_text().startswith("Copyright (c) 2015, UNICEF")
    assert "Provenance" in (RAPIDPRO_FIXTURES / "README.md").read_text()
