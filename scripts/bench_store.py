"""The store alone: PostgreSQL's backend CPU for a first import and two re-imports.

`python scripts/bench_store.py [ROWS [POLICY]]` (default 100,000 rows; POLICY the
re-imports' merge policy: 0 overwrite, the default, 1 fill-blanks, 2 insert-only, as
write_kinds.py numbers them) makes a database at the head on the server
TEST_ADMIN_DATABASE_URL names (the tests' default: the machine's PostgreSQL), stores ROWS
generated people (10% repeated nearby, half of the addresses upper-cased) in 1,000-row
batches with `store.store_rows`, one process, then the same people again under two later
imports, and prints rows/s and the CPU its backends spent (their /proc counters) per import.
The first batch of each import is left out (connections, prepared statements). No RabbitMQ,
no worker: run it before and after a change to the store's statements, rounds interleaved.
"""

import os
import random
import sys
import time
import uuid

from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from store_people.rows import PersonRow  # noqa: E402
from store_people.store import store_rows  # noqa: E402
from StorePeople.tests.migrations import ADMIN_URL, alembic_config  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")
IMPORTS = [("20261207T010000000000Z-aaaaaa", "a"), ("20261207T020000000000Z-bbbbbb", "b"),
           ("20261207T030000000000Z-cccccc", "a")]  # fmt: skip


def people(
    rows: int, import_id: str, suffix: str, emails: list[str], policy: int = 0
) -> list[PersonRow]:
    chance = random.Random(1)
    made = []
    for line in range(2, rows + 2):
        i = line - 2
        if i and chance.random() < 0.1:
            i = chance.randrange(max(0, i - 1500), i)  # a repeat a batch or two before
        email = emails[i].upper() if chance.random() < 0.5 else emails[i]
        made.append(PersonRow(import_id, line, f"Name {i} {suffix}", email, policy=policy))
    return made


def backend_cpu(admin, database: str) -> float:
    with admin.connect() as connection:
        query = text("SELECT pid FROM pg_stat_activity WHERE datname = :d")
        pids = connection.execute(query, {"d": database}).scalars().all()
    seconds = 0.0
    for pid in pids:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        seconds += (int(fields[11]) + int(fields[12])) / TICK  # utime, stime
    return seconds


def main(rows: int, policy: int) -> None:
    database = f"bench_store_{uuid.uuid4().hex[:8]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{database}"'))
    url = make_url(ADMIN_URL).set(database=database).render_as_string(hide_password=False)
    try:
        engine = create_engine(url)
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
        engine.dispose()
        emails = [f"person{i}@example{i % 97}.org" for i in range(rows)]
        for number, (import_id, suffix) in enumerate(IMPORTS):
            batch = people(rows, import_id, suffix, emails, policy if number else 0)
            store_rows(url, batch[:1000], 5)
            cpu, start = backend_cpu(admin, database), time.perf_counter()
            for first in range(1000, rows, 1000):
                store_rows(url, batch[first : first + 1000], 5)
            wall, cpu = time.perf_counter() - start, backend_cpu(admin, database) - cpu
            stored = rows - 1000
            print(f"import {number}: {stored / wall:9,.0f} rows/s,"
                  f" PostgreSQL {cpu / stored * 1e6:5.1f} CPU s per 1M rows")  # fmt: skip
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{database}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000, int((sys.argv[2:] or [0])[0]))
