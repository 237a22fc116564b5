"""The statements that read the writes log by key use its primary key, however large the log.

Read whole for every batch, the log made each batch slower than the one before (a
1,000-row batch's fold: 21 ms with nothing logged, 62 ms at 200k rows logged); a new
log without statistics was compared row by row with the batch's whole key array. The
plans are asserted, not the time: on a log PostgreSQL has no statistics for yet, and
on one it has analyzed.
"""

import json
import re

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from store_people import fold, late_writes, replays, upsert
from store_people.rows import PersonRow

pytestmark = pytest.mark.integration
IMPORTS = ("20261128T160134123456Z-aaaaaa", "20261128T170000000000Z-bbbbbb")


def plan(session: Session, statement, keys: list[str]) -> str:
    """EXPLAIN of the statement as fold.run plans it."""
    explain = text("EXPLAIN " + statement.text)
    return "\n".join(row[0] for row in fold.run(session, explain, {"keys": json.dumps(keys)}))


def log_rows(engine, count: int) -> list[str]:
    rows = [
        PersonRow(import_id, line + 2, f"Person {line}", f"p{line}@example.com")
        for import_id in IMPORTS
        for line in range(count)
    ]
    with Session(engine) as session, session.begin():
        for start in range(0, len(rows), 1000):
            upsert.upsert(session, rows[start : start + 1000])
    return sorted({row.email.lower() for row in rows})[:1000]


@pytest.mark.parametrize("analyzed", [False, True], ids=["new log", "analyzed log"])
def test_the_log_is_read_through_its_primary_key(engine, analyzed):
    keys = log_rows(engine, 1500)
    if analyzed:
        with engine.connect() as connection:
            connection.execute(text("ANALYZE people_writes"))
    statements = {
        "fold": fold.apply_after_import("postgresql"),
        "replay check": replays.logged_statement("postgresql"),
    }
    with Session(engine) as session, session.begin():
        for name, statement in statements.items():
            found = plan(session, statement, keys)
            assert "pk_people_writes" in found, f"{name}:\n{found}"
            assert "Seq Scan on people_writes" not in found, f"{name}:\n{found}"


@pytest.mark.parametrize("statement", ["RECOUNTS", "KEEPS"])
@pytest.mark.parametrize("analyzed", [False, True], ids=["new log", "analyzed log"])
def test_the_late_lines_recount_reads_their_people_alone(engine, analyzed, statement):
    """The recount (late_writes.py) of 500 late lines, over 1,500 people logged by two
    imports, planned as the store runs it: each scan of people and of the log reads the
    batch's people's rows, never all of them (a first version, planned as fold.run plans,
    without nested loops, hash-joined whole tables: 265 ms for 1,000 late lines over a
    100k-row log)."""
    keys = log_rows(engine, 1500)[:500]
    if analyzed:
        with engine.connect() as connection:
            connection.execute(text("ANALYZE"))
    explain = text("EXPLAIN ANALYZE " + getattr(late_writes, statement)["postgresql"].text)
    params = {"keys": json.dumps(keys), "import_id": IMPORTS[0]}
    with Session(engine) as session, session.begin():
        found = [row[0] for row in session.execute(explain, params)]
        session.rollback()
    scans = [line for line in found if re.search(r"Scan .*on people(_writes)? ", line)]
    assert scans, "\n".join(found)
    for scan in scans:  # the late lines' own log rows and people, and the later import's
        rows = int(re.search(r"actual time=\S+ rows=(\d+)", scan).group(1))
        assert rows <= 2 * len(keys), "\n".join(found)
