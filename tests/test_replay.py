"""Dead letters are data: listed by import and reason, replayed once the cause is fixed.

The database loses its schema under a running worker (as a worker started before
`alembic upgrade head` once did): every row is refused, counted failed and
dead-lettered, saying why. Once migrated, `replay` sends one import's dead
letters back: every row is stored, `failed` goes back to 0 and `replayed` counts
them, in the summary and in `status`; a newer import's value still wins; and
replaying again changes nothing.
"""

import json

import jsonschema
import pytest
from sqlalchemy import create_engine

from tests import services
from tests.helpers import SUMMARY_SCHEMA, alembic, run_cli, run_json, write_csv

pytestmark = pytest.mark.e2e
ROWS = 20


def command(env, *args) -> dict:
    result = run_cli(env, *args, "--json")
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    jsonschema.validate(output, SUMMARY_SCHEMA)
    return output


def status(env, import_id: str) -> dict:
    return command(env, "status", import_id)


@pytest.mark.timeout(600)
def test_dead_letters_of_an_unmigrated_database_are_replayed_once_migrated(
    env,
    start_worker,
    tmp_path,
    bare_database,  # noqa: F811
):
    env["DATABASE_URL"] = bare_database
    alembic(bare_database, "upgrade", "head")
    start_worker()  # at the head: it consumes
    alembic(bare_database, "downgrade", "base")  # the schema gone under it
    per_row = [(f"Person {n}", f"p{n}@example.com") for n in range(ROWS - 1)]
    per_row.append(("Ann Old", "ann@example.com"))
    bulk = [(f"Bulk {n}", f"b{n}@example.com") for n in range(ROWS)]
    a = run_json(env, write_csv(tmp_path / "a.csv", per_row))["import_id"]
    c = run_json(env, write_csv(tmp_path / "c.csv", bulk), "--batch-size", "7")["import_id"]
    services.wait_until(
        lambda: all(status(env, i)["state"] == "done_with_failures" for i in (a, c)),
        120, "every row failed",
    )  # fmt: skip
    assert status(env, a)["failed_by_reason"] == {"db.refused": ROWS}

    listing = command(env, "dead-letters")
    by_import = {(row["import_id"], row["reason"]): row["messages"] for row in listing["by_import"]}
    # Every row of A (one message each, and its summary), C's 3 bulk messages and its summary.
    assert by_import == {(a, "db.refused"): ROWS + 1, (c, "db.refused"): 3 + 1}, listing
    assert command(env, "dead-letters")["by_import"] == listing["by_import"]  # listing keeps them

    alembic(bare_database, "upgrade", "head")
    newer = run_json(env, write_csv(tmp_path / "b.csv", [("Ann New", "ann@example.com")]), "--wait")
    assert newer["stored"] == 1
    replayed = command(env, "replay", a)
    assert (replayed["replayed"], replayed["left"]) == (ROWS + 1, 4)
    services.wait_until(lambda: status(env, a)["state"] == "done", 120, "A replayed and stored")
    view = status(env, a)
    assert (view["stored"], view["failed"], view["replayed"]) == (ROWS, 0, ROWS), view
    assert view["failed_by_reason"] == {}
    engine = create_engine(bare_database)
    with engine.connect() as connection:
        people = dict(connection.exec_driver_sql("SELECT email, full_name FROM people").all())
        counted = connection.exec_driver_sql(
            "SELECT stored, failed, replayed FROM imports WHERE import_id = %s", (a,)
        ).one()
    assert len(people) == ROWS and people["ann@example.com"] == "Ann New"  # the later import won
    assert tuple(counted) == (ROWS, 0, ROWS)

    again = command(env, "replay", a)  # nothing of A is left: nothing changes
    assert (again["replayed"], again["left"]) == (0, 4)
    assert command(env, "replay", "--all")["replayed"] == 4
    services.wait_until(lambda: status(env, c)["state"] == "done", 120, "C replayed and stored")
    assert (status(env, c)["stored"], status(env, c)["replayed"]) == (ROWS, ROWS)
    assert status(env, a)["replayed"] == ROWS  # unchanged by the second replay
    assert command(env, "dead-letters")["dead_letters"] == 0
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM people").scalar_one() == 2 * ROWS
    engine.dispose()
