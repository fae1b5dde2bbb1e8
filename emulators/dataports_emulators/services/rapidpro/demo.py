"""The RapidPro demo workspace (``seed("rapidpro", "demo")``): a farmers' reporting network in Rwanda.

40 contacts with tel and WhatsApp URNs and languages, in four groups (``Reporters`` among them), with their
district, age, gender and registration date; a registration run per contact and four weekly report starts to the
Reporters, with completed, interrupted, expired and still active runs carrying their path and values, plus a health
survey; 30 days of incoming reports and outgoing replies, some labelled; a broadcast, two campaigns with their events,
and globals. Every record is written by the same helpers the API's handlers use, under the pinned clock of
``core/demo.py``, so the workspace is the same on every seed.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from dataports_emulators.core.clock import iso, issue_next, new_uuid
from dataports_emulators.core.collection import Record
from dataports_emulators.core.demo import DemoPlan

from .campaigns import write_campaign, write_campaign_event
from .contacts import write_contact
from .fields_and_globals import write_field, write_global
from .flows import add_flow, add_run, start_flow
from .groups_and_labels import write_named
from .messages import broadcast, message_action, outgoing
from .records import ref
from .state import PRELOADED_FLOW_UUID, Workspace

#: The contact the README looks up by UUID: the first Reporter.
README_CONTACT_UUID = "cc276708-7752-4b52-a4ea-d3264847220e"

#: (name, language, district, gender, groups); the first 16 are the Reporters.
CONTACTS: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("Aline Uwase", "kin", "Musanze", "female", ("Reporters", "Farmers")),
    ("Jean Bosco Habimana", "kin", "Huye", "male", ("Reporters",)),
    ("Grace Mukamana", "eng", "Nyagatare", "female", ("Reporters", "Farmers")),
    ("Eric Niyonzima", "fra", "Rubavu", "male", ("Reporters",)),
    ("Claudine Ingabire", "kin", "Kayonza", "female", ("Reporters", "Health Workers")),
    ("Patrick Nshimiyimana", "eng", "Musanze", "male", ("Reporters", "Farmers")),
    ("Divine Umutoni", "kin", "Rusizi", "female", ("Reporters",)),
    ("Emmanuel Mugisha", "eng", "Gicumbi", "male", ("Reporters", "Youth Volunteers")),
    ("Solange Mukeshimana", "fra", "Huye", "female", ("Reporters",)),
    ("Innocent Hakizimana", "kin", "Nyamagabe", "male", ("Reporters", "Farmers")),
    ("Josiane Uwimana", "kin", "Karongi", "female", ("Reporters", "Health Workers")),
    ("David Mugabo", "eng", "Kicukiro", "male", ("Reporters",)),
    ("Chantal Nyirahabimana", "kin", "Ngoma", "female", ("Reporters", "Farmers")),
    ("Olivier Twagirayezu", "fra", "Rwamagana", "male", ("Reporters",)),
    ("Esperance Mukandayisenga", "kin", "Bugesera", "female", ("Reporters", "Farmers")),
    ("Samuel Kwizera", "eng", "Gasabo", "male", ("Reporters", "Youth Volunteers")),
    ("Vestine Nyiraneza", "kin", "Musanze", "female", ("Farmers",)),
    ("Theoneste Bizimana", "kin", "Nyagatare", "male", ("Farmers",)),
    ("Beatrice Uwamahoro", "kin", "Kayonza", "female", ("Farmers",)),
    ("Faustin Ndayisaba", "fra", "Huye", "male", ("Farmers",)),
    ("Jeanne Mukamurenzi", "kin", "Rubavu", "female", ("Farmers",)),
    ("Alphonse Munyaneza", "kin", "Gicumbi", "male", ("Farmers",)),
    ("Clarisse Umuhoza", "eng", "Ngoma", "female", ("Farmers", "Youth Volunteers")),
    ("Gaspard Ndagijimana", "kin", "Nyamagabe", "male", ("Farmers",)),
    ("Marie Claire Uwera", "fra", "Karongi", "female", ("Health Workers",)),
    ("Joseph Habiyaremye", "kin", "Rusizi", "male", ("Health Workers",)),
    ("Francine Murekatete", "kin", "Bugesera", "female", ("Health Workers",)),
    ("Alexis Nsengiyumva", "eng", "Gasabo", "male", ("Health Workers",)),
    ("Immaculee Mukamazimpaka", "kin", "Rwamagana", "female", ("Health Workers",)),
    ("Pacifique Iradukunda", "eng", "Kicukiro", "female", ("Health Workers",)),
    ("Yves Manzi", "eng", "Gasabo", "male", ("Youth Volunteers",)),
    ("Sandrine Ishimwe", "eng", "Kicukiro", "female", ("Youth Volunteers",)),
    ("Kevin Shema", "eng", "Nyarugenge", "male", ("Youth Volunteers",)),
    ("Ange Keza", "fra", "Huye", "female", ("Youth Volunteers",)),
    ("Fabrice Gatete", "eng", "Rubavu", "male", ("Youth Volunteers",)),
    ("Diane Ikirezi", "kin", "Musanze", "female", ()),
    ("Thierry Rukundo", "fra", "Nyarugenge", "male", ()),
    ("Liliane Uwineza", "kin", "Kayonza", "female", ()),
    ("Moses Tuyisenge", "eng", "Nyagatare", "male", ()),
    ("Nadine Mutesi", "swa", "Rusizi", "female", ()),
)
GROUPS = ("Reporters", "Farmers", "Health Workers", "Youth Volunteers")
LABELS = ("Crop Report", "Weather", "Urgent", "Follow Up")
FIELDS = (("District", "text"), ("Age", "number"), ("Gender", "text"), ("Registration Date", "datetime"))
GLOBALS = (
    ("Org Name", "Rwanda Farmers Reporting Network"),
    ("Hotline", "+250788000111"),
    ("Report Deadline", "Friday 17:00"),
)

#: Incoming reports: (text, labels).
REPORTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Heavy rain since morning, the road to the market is flooded", ("Weather", "Urgent")),
    ("Maize looks healthy, expecting a good harvest this season", ("Crop Report",)),
    ("Fall armyworm spotted on maize in three farms near the sector office", ("Crop Report", "Urgent")),
    ("No rain for ten days now, beans are drying out", ("Weather", "Crop Report")),
    ("Bean prices at the market went up to 900 RWF per kg", ("Crop Report",)),
    ("Cassava mosaic seen in our village, please send an agronomist", ("Crop Report", "Follow Up")),
    ("Light showers in the afternoon, good for planting", ("Weather",)),
    ("Hailstorm damaged banana plantations last night", ("Weather", "Urgent")),
    ("Irish potato harvest finished, yields better than last year", ("Crop Report",)),
    ("Cooperative meeting moved to Thursday", ()),
    ("When will the fertilizer be distributed?", ("Follow Up",)),
    ("Thank you for the advice on storage", ()),
    ("REPORT", ()),
    ("Coffee cherries ripening early this year", ("Crop Report",)),
    ("Strong winds, some roofs lost their iron sheets", ("Weather", "Urgent")),
)
REPLIES = (
    "Thank you for your report! An extension officer will follow up.",
    "Murakoze! Your report has been received.",
    "Thanks, we have shared this with the district agronomist.",
    "Report received. Remember the weekly report is due on Friday.",
)
WEEKLY_RESULTS = (
    ("rainfall", "Rainfall", ("Heavy", "Moderate", "None")),
    ("crop_status", "Crop Status", ("Good", "Fair", "Poor")),
)
SURVEY_RESULTS = (
    ("visits", "Household Visits", ("1-5", "6-10", "More than 10")),
    ("malaria_cases", "Malaria Cases", ("None", "1-3", "More than 3")),
)


def build(ws: Workspace, plan: DemoPlan) -> dict[str, Any]:
    """Fill ``ws`` (a fresh workspace, under the pinned clock) with the demo; returns how many of each it made."""
    rng = plan.rng
    plan.at_day(-61, 8)
    for name, kind in FIELDS:
        write_field(ws, {"name": name, "type": kind}, None)
    groups = {name: write_named(ws, "groups", {"name": name}, None) for name in GROUPS}
    labels = {name: write_named(ws, "labels", {"name": name}, None) for name in LABELS}
    for name, value in GLOBALS:
        write_global(ws, {"name": name, "value": value}, None)

    registration = ws.collections["flows"].get(PRELOADED_FLOW_UUID)
    assert registration is not None
    # Newest first in listings: Weekly Report, the flow with the most runs, is what get_flows().first() gives.
    add_flow(ws, "Vaccination Reminder", flow_type="voice")
    survey = _flow(ws, "Health Worker Survey", SURVEY_RESULTS)
    weekly = _flow(ws, "Weekly Report", WEEKLY_RESULTS)

    contacts = _contacts(ws, plan, registration)
    reporters = [c for c in contacts if any(g["name"] == "Reporters" for g in c["groups"])]
    health = [c for c in contacts if any(g["name"] == "Health Workers" for g in c["groups"])]

    # Four weekly report starts to the Reporters: older weeks finished one way or another, the last one still open.
    for week, day in enumerate((3, 10, 17, 24)):
        plan.at_day(day, 7)
        start = start_flow(ws, {"flow": weekly["uuid"], "groups": [groups["Reporters"]["uuid"]]})
        runs = [r for r in ws.collections["runs"].values() if (r["start"] or {}).get("uuid") == start["uuid"]]
        for run in runs:
            roll = rng.random()
            moment = plan.moment(day, 7, rng.randrange(5, 600))
            exit_type: str | None
            if week < 3:
                exit_type = "completed" if roll < 0.7 else "interrupted" if roll < 0.85 else "expired"
            else:
                exit_type = "completed" if roll < 0.4 else None
            _finish(ws, run, weekly, exit_type, moment if exit_type != "expired" else plan.moment(day + 7, 7), rng)
    plan.at_day(20, 10)
    survey_start = start_flow(ws, {"flow": survey["uuid"], "contacts": [c["uuid"] for c in health]})
    for run in [r for r in ws.collections["runs"].values() if (r["start"] or {}).get("uuid") == survey_start["uuid"]]:
        roll = rng.random()
        exit_type = "completed" if roll < 0.6 else "interrupted" if roll < 0.75 else "failed" if roll < 0.85 else None
        _finish(ws, run, survey, exit_type, plan.moment(20, 10, rng.randrange(5, 240)), rng)

    messages = _messages(ws, plan, contacts, labels)
    plan.at_day(27, 16)
    broadcast_record = broadcast(
        ws,
        {
            "text": "Reminder: the weekly report is due on Friday at 17:00. Murakoze!",
            "contacts": [c["uuid"] for c in reporters],
            "groups": [groups["Reporters"]["uuid"]],
        },
    )
    for message in ws.collections["messages"].values():
        if message["status"] == "queued":
            message.update(status="delivered", sent_on=iso(plan.moment(27, 16, 1)))

    plan.at_day(1, 9)
    onboarding = write_campaign(ws, {"name": "Reporter Onboarding", "group": groups["Reporters"]["uuid"]}, None)
    reminders = write_campaign(ws, {"name": "Planting Season Reminders", "group": groups["Farmers"]["uuid"]}, None)
    events = [
        (onboarding, {"offset": 1, "unit": "days", "message": "Welcome to the reporting network, @contact.name!"}),
        (onboarding, {"offset": 3, "unit": "days", "flow": weekly["uuid"]}),
        (onboarding, {"offset": 2, "unit": "weeks", "message": "Two weeks in: thank you for your reports!"}),
        (reminders, {"offset": 7, "unit": "days", "message": "Time to prepare your fields for planting."}),
        (reminders, {"offset": 30, "unit": "days", "message": "Check your crops for fall armyworm this week."}),
    ]
    for campaign, body in events:
        hour = -1 if "flow" in body else 9
        write_campaign_event(
            ws, {"campaign": campaign["uuid"], "relative_to": "registration_date", "delivery_hour": hour, **body}, None
        )

    runs = list(ws.collections["runs"].values())
    return {
        "created": sum(len(collection) for collection in ws.collections.values()),
        "contacts": len(contacts),
        "groups": {name: group["count"] for name, group in groups.items()},
        "messages": messages,
        "runs": {
            kind or "active": sum(1 for r in runs if r["exit_type"] == kind)
            for kind in ("completed", "interrupted", "expired", "failed", None)
        },
        "broadcast": broadcast_record["uuid"],
        "campaign_events": len(events),
    }


def _flow(ws: Workspace, name: str, results: tuple[tuple[str, str, tuple[str, ...]], ...]) -> Record:
    flow = add_flow(ws, name)
    flow["results"] = [
        {"key": key, "name": label, "categories": [*categories, "Other"], "node_uuids": [new_uuid()]}
        for key, label, categories in results
    ]
    return flow


def _contacts(ws: Workspace, plan: DemoPlan, registration: Record) -> list[Record]:
    """The contacts, each registered (with a completed registration run) on a day of the demo's first weeks."""
    rng = plan.rng
    made = []
    for index, (name, language, district, gender, groups) in enumerate(CONTACTS):
        created = plan.at(plan.moment(-60 + index, 8 + index % 9, rng.randrange(60)))
        number = f"+25078{8100000 + index * 7919 % 900000:07d}"
        urns = [f"tel:{number}"]
        if index % 3 == 0:
            urns.append(f"whatsapp:{number.lstrip('+')}")
        fields = {
            "district": district,
            "age": rng.randrange(19, 64),
            "gender": gender,
            "registration_date": iso(created),
        }
        if index == 0:
            issue_next(README_CONTACT_UUID)
        contact = write_contact(
            ws,
            {"name": name, "language": language, "urns": urns, "groups": list(groups), "fields": fields},
            None,
        )
        run = add_run(ws, registration, contact, None)
        _finish(ws, run, registration, "completed", created + timedelta(minutes=rng.randrange(2, 30)), rng, name)
        made.append(contact)
    return made


def _finish(
    ws: Workspace,
    run: Record,
    flow: Record,
    exit_type: str | None,
    moment: datetime,
    rng: Any,
    answer: str | None = None,
) -> None:
    """Give ``run`` its answers and, unless ``exit_type`` is ``None`` (still active), its end."""
    values: dict[str, Any] = {}
    answered = flow["results"] if exit_type in ("completed", None) else flow["results"][:1]
    if exit_type is None and rng.random() < 0.5:
        answered = []
    for step, result in enumerate(answered):
        category = "All Responses" if answer else rng.choice(result["categories"][:-1])
        when = iso(moment - timedelta(minutes=len(answered) - step))
        values[result["key"]] = {
            "name": result["name"],
            "value": answer or category,
            "category": category,
            "node": result["node_uuids"][0],
            "time": when,
            "input": answer or category,
        }
        run["path"].append({"node": result["node_uuids"][0], "time": when})
    run["values"] = values
    run["responded"] = bool(values)
    if exit_type is None:
        return
    run.update(exit_type=exit_type, exited_on=iso(moment), modified_on=iso(moment))
    flow["runs"]["active"] -= 1
    flow["runs"][exit_type] += 1
    contact = ws.collections["contacts"].get(run["contact"]["uuid"])
    if contact is not None and contact["flow"] and contact["flow"]["uuid"] == flow["uuid"]:
        contact["flow"] = None


def _messages(ws: Workspace, plan: DemoPlan, contacts: list[Record], labels: dict[str, Record]) -> int:
    """Reports and replies on each of the demo's 30 days; returns how many messages there are."""
    rng = plan.rng
    channel = next(iter(ws.collections["channels"].values()))
    reporters = [c for c in contacts if any(g["name"] == "Reporters" for g in c["groups"])]
    others = [c for c in contacts if c not in reporters]
    for day in range(len(plan.days)):
        for _ in range(rng.randrange(3, 9)):
            contact = rng.choice(reporters) if rng.random() < 0.75 else rng.choice(others)
            moment = plan.at_day(day, rng.randrange(6, 20), rng.randrange(60), rng.randrange(60))
            text, names = rng.choice(REPORTS)
            incoming = _incoming(ws, contact, channel, text, moment)
            contact["last_seen_on"] = iso(moment)
            for name in names:
                message_action(ws, {"action": "label", "messages": [incoming["uuid"]], "label": labels[name]["uuid"]})
            if rng.random() < 0.8:
                reply_at = plan.at(moment + timedelta(minutes=rng.randrange(1, 45)))
                reply = outgoing(ws, contact, rng.choice(REPLIES), [])
                failed = rng.random() < 0.05
                reply.update(
                    status="failed" if failed else rng.choice(("delivered", "delivered", "sent", "read")),
                    sent_on=None if failed else iso(reply_at),
                )
    return len(ws.collections["messages"])


def _incoming(ws: Workspace, contact: Record, channel: Record, text: str, moment: datetime) -> Record:
    """An incoming message as a channel delivers it (the API has no endpoint that creates one)."""
    stamp = iso(moment)
    message: Record = {
        "uuid": new_uuid(),
        "contact": ref(contact),
        "urn": contact["urns"][0],
        "channel": ref(channel),
        "direction": "in",
        "type": "text",
        "status": "handled",
        "visibility": "visible",
        "text": text,
        "labels": [],
        "attachments": [],
        "quick_replies": [],
        "flow": None,
        "created_on": stamp,
        "sent_on": None,
        "modified_on": stamp,
    }
    ws.collections["messages"].add(message["uuid"], message)
    return message
