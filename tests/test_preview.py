"""--dry-run predicts the import's counts, and an unchanged re-import writes nothing
(docs/undo.md), through the CLI, RabbitMQ, a worker and PostgreSQL."""

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from tests.helpers import run_json, write_csv

pytestmark = pytest.mark.e2e
NAMES = ["Ann", "Ann Lee", "Ben"]
EMAILS = ["ann@example.com", "ANN@example.com", "Ann@Example.com", "ben@example.com", "cy@x.org"]
PEOPLE = st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(EMAILS)), max_size=8)
COUNTS = ("inserted", "updated", "unchanged")


def predicted_and_done(env, csv, flags=()) -> tuple[tuple, tuple]:
    preview = run_json(env, "-csv", csv, "--dry-run")
    done = run_json(env, "-csv", csv, "--wait", *flags)
    predicted = (preview["would_insert"], preview["would_update"], preview["unchanged"])
    return predicted, tuple(done[name] for name in COUNTS)


@pytest.mark.timeout(600)
def test_the_preview_predicts_the_import_counts(db, env, start_worker, tmp_path):
    start_worker()
    csv = write_csv(tmp_path / "base.csv", [("Ann", "ann@example.com")])
    run_json(env, "-csv", csv, "--wait")
    # The same person twice, only the email's case differing: the last row updates her.
    twice = write_csv(
        tmp_path / "twice.csv", [("Ann", "ann@example.com"), ("Ann", "ANN@example.com")]
    )
    assert predicted_and_done(env, twice) == ((0, 1, 0), (0, 1, 0))

    @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
    @given(table=PEOPLE, file=PEOPLE.filter(bool), bulk=st.booleans())
    @example(  # two batches at once, the later one moving Ann from updated to unchanged
        table=[("Ann Lee", "ANN@example.com")],
        file=[("Ann Lee", "ann@example.com")] * 2
        + [("Ann", "ann@example.com")]
        + [
            ("Ann Lee", "ben@example.com"),
            ("Ben", "Ann@Example.com"),
            ("Ann Lee", "ANN@example.com"),
        ],
        bulk=True,
    )
    def agree(table, file, bulk):
        with db.begin() as connection:
            connection.execute(text("TRUNCATE people, people_history, people_writes"))
        if table:
            run_json(env, "-csv", write_csv(tmp_path / "table.csv", table), "--wait")
        flags = ("--batch-size", "3") if bulk else ()
        predicted, done = predicted_and_done(env, write_csv(tmp_path / "f.csv", file), flags)
        assert predicted == done

    agree()


def rows_of_people(db):
    with db.connect() as connection:
        people = connection.execute(text("SELECT * FROM people ORDER BY id")).all()
        history = connection.execute(text("SELECT count(*) FROM people_history")).scalar()
    return people, history


@pytest.mark.timeout(300)
@pytest.mark.parametrize("flags", [[], ["--batch-size", "100"]], ids=["per-row", "bulk"])
def test_an_unchanged_reimport_writes_nothing(db, env, start_worker, tmp_path, flags):
    start_worker()
    rows = [(f"P {n}", f"p{n}@example.com") for n in range(300)]
    csv = write_csv(tmp_path / "p.csv", rows)
    run_json(env, "-csv", csv, "--wait", *flags)
    before = rows_of_people(db)
    again = run_json(env, "-csv", csv, "--wait", *flags)
    assert (again["stored"], again["unchanged"], again["inserted"], again["updated"]) == (
        300, 300, 0, 0,
    )  # fmt: skip
    assert rows_of_people(db) == before  # no revision, no updated_at, no history entry
