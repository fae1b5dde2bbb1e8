"""The Gretel demo workspace (``seed("gretel", "demo")``): three projects whose records carry personal data.

``my_named_project`` (the README's project) holds support tickets with customer names, emails, phone numbers and
IP addresses, nested and in free text; ``web-access-logs`` holds request logs with client IPs and user emails;
``hr-onboarding`` holds new-hire records with names and phones. Records are ingested in batches across the demo's
30 days through ``Project.ingest``, the same path as ``records/send``, so their metadata (the entities found per
field) and the project's field and entity counters are what the API computes.
"""

from __future__ import annotations

from typing import Any

from dataports_emulators.core.demo import DemoPlan

from .state import Project, Workspace

FIRST_NAMES = ("Ann", "Jose", "Priya", "Tom", "Yuki", "Maria", "David", "Grace", "Carlos", "Emma", "Wei", "Nora")
LAST_NAMES = ("Smith", "Garcia", "Patel", "Baker", "Tanaka", "Lopez", "Miller", "Okafor", "Rossi", "Chen", "Dubois")
SUBJECTS = (
    "Card declined at checkout",
    "Cannot reset my password",
    "Order arrived damaged",
    "Refund not received",
    "Change of delivery address",
    "Invoice shows the wrong amount",
)
PATHS = ("/", "/login", "/api/orders", "/api/orders/{n}", "/account", "/checkout", "/static/app.js", "/search")
AGENTS = ("Mozilla/5.0 (Windows NT 10.0)", "Mozilla/5.0 (Macintosh)", "curl/8.5.0", "python-httpx/0.27")
DEPARTMENTS = ("Engineering", "Sales", "Support", "Finance", "Operations")
#: (name, description, records per day)
PROJECTS = (
    ("my_named_project", "Customer support tickets", 4),
    ("web-access-logs", "Web server access logs", 3),
    ("hr-onboarding", "New hire onboarding forms", 1),
)


def build(ws: Workspace, plan: DemoPlan, owner: str) -> dict[str, Any]:
    """Fill ``ws`` (fresh, under the pinned clock) with the demo projects, all owned by ``owner``."""
    made: dict[str, Project] = {}
    plan.at_day(0, 8)
    for name, description, _ in PROJECTS:
        made[name] = ws.create(owner, {"name": name, "description": description, "display_name": description})
    makers = {"my_named_project": _ticket, "web-access-logs": _request, "hr-onboarding": _hire}
    counters = dict.fromkeys(made, 0)
    for day in range(len(plan.days)):
        for index, (name, _, per_day) in enumerate(PROJECTS):
            plan.at_day(day, 9 + 3 * index, plan.rng.randrange(60), plan.rng.randrange(60))
            batch = []
            for _ in range(per_day):
                counters[name] += 1
                batch.append(makers[name](plan, counters[name]))
            made[name].ingest(batch, "fast")
    return {
        "created": sum(len(project.records) for project in made.values()) + len(made),
        "projects": {name: len(project.records) for name, project in made.items()},
        "entities": {name: [e["label"] for e in project.entities()] for name, project in made.items()},
    }


def _person(plan: DemoPlan) -> tuple[str, str]:
    first, last = plan.rng.choice(FIRST_NAMES), plan.rng.choice(LAST_NAMES)
    return f"{first} {last}", f"{first.lower()}.{last.lower()}@example.com"


def _phone(plan: DemoPlan) -> str:
    rng = plan.rng
    return f"+1 {rng.choice((415, 212, 646, 312))} 555 {rng.randrange(1000, 9999)}"


def _ip(plan: DemoPlan) -> str:
    rng = plan.rng
    return f"{rng.choice((10, 172, 192))}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def _ticket(plan: DemoPlan, n: int) -> dict[str, Any]:
    name, email = _person(plan)
    subject = plan.rng.choice(SUBJECTS)
    return {
        "ticket_id": 10_000 + n,
        "subject": subject,
        "customer": {"name": name, "email": email, "phone": _phone(plan)},
        "client_ip": _ip(plan),
        "message": f"Hi, this is {name}. {subject}; please call me back on {_phone(plan)} or write to {email}.",
        "priority": plan.rng.choice(("low", "normal", "normal", "high")),
    }


def _request(plan: DemoPlan, n: int) -> dict[str, Any]:
    rng = plan.rng
    _, email = _person(plan)
    return {
        "request_id": n,
        "client_ip": _ip(plan),
        "user": email if rng.random() < 0.6 else None,
        "path": rng.choice(PATHS).format(n=rng.randrange(1000, 9999)),
        "status": rng.choice((200, 200, 200, 201, 302, 404, 500)),
        "latency_ms": round(rng.uniform(4, 900), 1),
        "user_agent": rng.choice(AGENTS),
    }


def _hire(plan: DemoPlan, n: int) -> dict[str, Any]:
    rng = plan.rng
    name, email = _person(plan)
    return {
        "employee_id": f"E{1000 + n}",
        "full_name": name,
        "work_email": email,
        "mobile": _phone(plan),
        "department": rng.choice(DEPARTMENTS),
        "notes": f"Laptop shipped to {name}; VPN from {_ip(plan)} approved.",
    }
