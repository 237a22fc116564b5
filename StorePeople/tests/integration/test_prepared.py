"""The fold prepared once per connection (prepared.py), on the real PostgreSQL.

A prepared statement belongs to its server session: a connection the database dropped
(a restart, a failover, an idle timeout) comes back without it, and the batch on the new
connection must prepare it again, not fail with "prepared statement does not exist".
"""

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from store_people import db
from store_people.rows import PersonRow
from store_people.store import store_rows
from store_people.upsert import FOLD_PREPARED
from store_people.write_kinds import FILL_BLANKS
from StorePeople.tests.migrations import ADMIN_URL

pytestmark = pytest.mark.integration
IMPORT = "20261206T050000000000Z-eeeeee"


def people(lines, name):
    """Rows of the same ten people, fill-blanks: each batch after the first folds them (an
    overwrite of a person logged before is settled without the fold: first_writes.py). One
    import's later line is still its write: the names follow the last batch."""
    return [
        PersonRow(IMPORT, line, f"{name} {line % 10}", f"p{line % 10}@x.org", policy=FILL_BLANKS)
        for line in lines
    ]


def prepared_on_the_worker_connection(url) -> list[str]:
    with db.get_engine(url).connect() as connection:
        query = text("SELECT name FROM pg_prepared_statements")
        return list(connection.execute(query).scalars())


def test_a_batch_after_the_database_dropped_the_connection_prepares_the_fold_again(
    engine, migrated_url
):
    db.get_engine(migrated_url).dispose()  # its connections closed, the next made anew
    totals, refused = store_rows(migrated_url, people(range(2, 12), "Ann"), 5)
    assert totals[IMPORT]["inserted"] == 10 and refused == []
    totals, refused = store_rows(migrated_url, people(range(12, 22), "Ben"), 5)
    assert totals[IMPORT]["stored"] == 20 and refused == []
    assert prepared_on_the_worker_connection(migrated_url) == [FOLD_PREPARED]
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:  # every session of the test database, as a restart
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = :name AND pid <> pg_backend_pid()"
            ),
            {"name": make_url(migrated_url).database},
        )
    admin.dispose()
    totals, refused = store_rows(migrated_url, people(range(22, 32), "Cy"), 5)
    assert refused == []
    assert (totals[IMPORT]["stored"], totals[IMPORT]["inserted"]) == (30, 10)
    with engine.connect() as connection:
        names = connection.execute(text("SELECT full_name FROM people ORDER BY 1")).scalars()
        assert list(names) == [f"Cy {n}" for n in range(10)]
    assert prepared_on_the_worker_connection(migrated_url) == [FOLD_PREPARED]
    db.get_engine(migrated_url).dispose()  # its connections closed, the next made anew


@pytest.mark.parametrize("drift", ["deallocated", "forgotten"])
def test_a_session_whose_statement_drifted_from_the_record_still_stores(
    engine, migrated_url, drift
):
    """The session lost the statement while the record says prepared (a DEALLOCATE, a
    pooler's reset), or holds it while the record does not (a pooler handing on a session):
    the next batch is stored, not refused as "does not exist" or "already exists"."""
    db.get_engine(migrated_url).dispose()  # its connections closed, the next made anew
    assert store_rows(migrated_url, people(range(2, 12), "Ann"), 5)[1] == []
    assert store_rows(migrated_url, people(range(12, 22), "Ben"), 5)[1] == []
    with db.get_engine(migrated_url).connect() as connection:
        if drift == "deallocated":
            connection.exec_driver_sql(f"DEALLOCATE {FOLD_PREPARED}")
        else:
            connection.info["prepared statements"].clear()
    totals, refused = store_rows(migrated_url, people(range(22, 32), "Cy"), 5)
    assert refused == [] and totals[IMPORT]["stored"] == 30
    with engine.connect() as connection:
        names = connection.execute(text("SELECT full_name FROM people ORDER BY 1")).scalars()
        assert list(names) == [f"Cy {n}" for n in range(10)]
    assert prepared_on_the_worker_connection(migrated_url) == [FOLD_PREPARED]
    db.get_engine(migrated_url).dispose()  # its connections closed, the next made anew
