"""The Datagrok demo workspace (``seed("datagrok", "demo")``): a small clinical-research deployment.

Tables: ``Samples:Demog`` (subjects of three studies with age, sex, race, height, weight and start date, as the
platform's own demo table), ``Samples:Cars``, and the ``Demo:Clinical`` project's ``Labs`` and ``Visits``. Files:
``System:AppData/reports`` holds monthly enrollment reports and a site summary as CSV (plus a readme and an archive
folder), ``Demo:Home/data`` a CSV extract. Users and groups: four colleagues besides the demo user, in ``Clinical
Team``, ``Data Science`` and ``External Partners``. Connections: two databases (credentials kept, never shown).
The functions ``Demo:Add`` and ``Demo:Echo`` are always there. Everything goes through the stores the API's handlers
use, under the pinned clock of ``core/demo.py``.
"""

from __future__ import annotations

from typing import Any

from dataports_emulators.core.demo import DemoPlan

from .state import USER_NAMESPACE, DatagrokState
from .tables import Table, split_name

SITES = ("Boston General", "Lyon Sud", "Kigali CHUK", "Osaka Univ", "Denver Health")
STUDIES = ("CARD-301", "NEURO-114", "ONC-220")
RACES = ("Caucasian", "Asian", "Black", "Other")
DISEASES = ("Hypertension", "Migraine", "Melanoma", "Healthy")
CARS = (
    ("Toyota", "Corolla", 2019, 139, 31.0, 20500),
    ("Honda", "Civic", 2020, 158, 32.0, 22000),
    ("Ford", "Mustang", 2018, 310, 21.0, 27000),
    ("Tesla", "Model 3", 2021, 283, 0.0, 39990),
    ("BMW", "330i", 2019, 255, 26.0, 41000),
    ("Kia", "Soul", 2020, 147, 29.0, 18000),
    ("Subaru", "Outback", 2021, 182, 28.0, 27000),
    ("Volkswagen", "Golf", 2019, 147, 29.0, 23000),
    ("Mazda", "CX-5", 2020, 187, 26.0, 25500),
    ("Chevrolet", "Bolt", 2021, 200, 0.0, 31000),
    ("Hyundai", "Elantra", 2021, 147, 33.0, 19650),
    ("Audi", "A4", 2020, 248, 27.0, 39100),
)
LAB_TESTS = (("ALT", "U/L", 7, 56), ("Creatinine", "mg/dL", 0.6, 1.3), ("Hemoglobin", "g/dL", 12.0, 17.5))
USERS = (
    ("jdoe", "John", "Doe", ("Clinical Team",)),
    ("mgarcia", "Maria", "Garcia", ("Clinical Team", "Data Science")),
    ("kchen", "Kevin", "Chen", ("Data Science",)),
    ("lnkusi", "Lydia", "Nkusi", ("External Partners",)),
)
GROUPS = (
    ("Clinical Team", "Clinicians and study coordinators"),
    ("Data Science", "Statisticians and data scientists"),
    ("External Partners", "CRO and site staff with read access"),
)
CONNECTIONS = (
    ("ClinicalDB", "Postgres", "Study database (read replica)", {"server": "db.clinical.internal", "db": "studies"}),
    ("Chembl", "Postgres", "ChEMBL 33 mirror", {"server": "chembl.internal", "db": "chembl_33"}),
)


def build(state: DatagrokState, plan: DemoPlan) -> dict[str, Any]:
    """Fill ``state`` (fresh, under the pinned clock) with the demo; returns how many of each it made."""
    directory = state.directory
    plan.at_day(0, 9)
    groups = {name: directory.add_group(name, description=description) for name, description in GROUPS}
    me = directory.users[directory.current]
    directory.relate(groups["Data Science"].id, me.group_id, is_admin=True)
    for index, (login, first, last, member_of) in enumerate(USERS):
        plan.at_day(index + 1, 10)
        user = directory.add_user(login, first, last)
        for name in member_of:
            directory.relate(groups[name].id, user.group_id, is_admin=login == "jdoe")

    plan.at_day(2, 11)
    for name, source, description, parameters in CONNECTIONS:
        state.connections.save(
            {
                "name": name,
                "dataSource": source,
                "description": description,
                "parameters": {**parameters, "port": 5432},
                "credentials": {"parameters": {"login": "reader", "password": f"{name.lower()}-demo-secret"}},
                "tags": ["demo", "database"],
            },
            True,
            f"{USER_NAMESPACE}:",
        )

    demog = _demog(plan)
    tables = [
        _table(state, plan, 3, "Samples.Demog", demog),
        _table(state, plan, 3, "Samples.Cars", _cars()),
        _table(state, plan, 5, "Demo.Clinical.Labs", _labs(plan)),
        _table(state, plan, 6, "Demo.Clinical.Visits", _visits(plan)),
    ]

    app_data = state.connections.find("System.AppData")
    files = 0
    for month, day in (("2025-11", 0), ("2025-12", 10), ("2026-01", 29)):
        plan.at_day(day, 18)
        app_data.put_bytes(f"reports/enrollment-{month}.csv", _enrollment(plan, month))
        files += 1
    plan.at_day(29, 18, 30)
    app_data.put_bytes("reports/site-summary.csv", _site_summary(plan))
    app_data.put_bytes("reports/readme.txt", b"Monthly enrollment reports, written by the nightly export.\n")
    app_data.put_bytes("reports/archive/enrollment-2025-10.csv", _enrollment(plan, "2025-10"))
    home = state.connections.find(f"{USER_NAMESPACE}.Home")
    home.put_bytes("data/demog-extract.csv", b"\n".join(demog.splitlines()[:26]) + b"\n")
    files += 4
    return {
        "created": len(tables) + files + len(GROUPS) + len(USERS) + len(CONNECTIONS),
        "tables": {f"{t.namespace}:{t.project + '.' if t.project else ''}{t.name}": t.row_count for t in tables},
        "files": files,
        "groups": len(GROUPS),
        "users": len(USERS),
        "connections": len(CONNECTIONS),
    }


def _table(state: DatagrokState, plan: DemoPlan, day: int, name: str, content: bytes) -> Table:
    """The table ``name`` as an upload makes it (a name with a project adds it to that project)."""
    plan.at_day(day, 14)
    table = state.tables.store_bytes(name, content)
    namespace, project, _ = split_name(name, state.tables.default_namespace)
    if project:
        owner = state.projects.ensure(namespace, project)
        if table.id not in owner.table_ids:
            owner.table_ids.append(table.id)
    return table


def _csv(header: str, rows: list[str]) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode()


def _demog(plan: DemoPlan) -> bytes:
    rng = plan.rng
    rows = []
    for n in range(1, 301):
        sex = rng.choice("FM")
        height = round(rng.gauss(163 if sex == "F" else 177, 7), 1)
        weight = round(rng.gauss(64 if sex == "F" else 80, 11), 1)
        started = plan.moment(-400 + rng.randrange(380), rng.randrange(8, 17)).strftime("%Y-%m-%d %H:%M:%S")
        study = STUDIES[n % len(STUDIES)]
        rows.append(
            f"{study}-{n:04d},{rng.randrange(18, 80)},{sex},{rng.choice(RACES)},{rng.choice(DISEASES)},"
            f"{height},{weight},{'true' if rng.random() < 0.3 else 'false'},{started},{rng.choice(SITES)},{study}"
        )
    return _csv("USUBJID,AGE,SEX,RACE,DIS_POP,HEIGHT,WEIGHT,CONTROL,STARTED,SITE,STUDY", rows)


def _cars() -> bytes:
    rows = [f"{make},{model},{year},{hp},{mpg},{price}" for make, model, year, hp, mpg, price in CARS]
    return _csv("make,model,year,horsepower,mpg,price", rows)


def _labs(plan: DemoPlan) -> bytes:
    rng = plan.rng
    rows = []
    for n in range(1, 61):
        subject = f"{STUDIES[n % len(STUDIES)]}-{n:04d}"
        for test, unit, low, high in LAB_TESTS:
            value = round(rng.uniform(low * 0.8, high * 1.2), 2)
            flag = "H" if value > high else "L" if value < low else "N"
            day = plan.moment(rng.randrange(30), 8).date().isoformat()
            rows.append(f"{subject},{test},{value},{unit},{flag},{day}")
    return _csv("USUBJID,TEST,VALUE,UNIT,FLAG,DATE", rows)


def _visits(plan: DemoPlan) -> bytes:
    rng = plan.rng
    rows = []
    for n in range(1, 121):
        subject = f"{STUDIES[n % len(STUDIES)]}-{rng.randrange(1, 301):04d}"
        moment = plan.moment(rng.randrange(30), rng.randrange(8, 17), rng.randrange(60))
        rows.append(f"{subject},{rng.choice(('Screening', 'Baseline', 'Week 4', 'Week 12'))},{moment:%Y-%m-%d %H:%M}")
    return _csv("USUBJID,VISIT,DATETIME", rows)


def _enrollment(plan: DemoPlan, month: str) -> bytes:
    rng = plan.rng
    rows = [f"{month},{site},{study},{rng.randrange(2, 25)}" for site in SITES for study in STUDIES]
    return _csv("month,site,study,enrolled", rows)


def _site_summary(plan: DemoPlan) -> bytes:
    rng = plan.rng
    rows = [f"{site},{rng.randrange(40, 160)},{round(rng.uniform(0.6, 0.97), 2)}" for site in SITES]
    return _csv("site,subjects,retention", rows)
