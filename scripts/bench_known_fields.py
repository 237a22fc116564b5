"""What the known fields and the merge policies cost the worker's bulk storing.

    .venv/bin/python scripts/bench_known_fields.py --rows 50000

Stores the same people through store_people.store.store_rows (what a bulk message's rows
go through: lock, replay check, writes log, fold) in batches of --batch-size, into a
fresh database at the migration head, a first import then a re-import with changes,
with and without phone, company, job title and another address; rows/s is the median
of --runs. The worker's cost only: the CLI and the broker are measured by `make bench`.
FAST_PATHS=0 stores as the worker does with its fast paths off (first_writes.py).
"""

import argparse
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from statistics import median

from sqlalchemy import create_engine, text

from people_import_contract.fast_paths import fast_paths_enabled
from store_people.rows import PersonRow
from store_people.store import store_rows

ROOT = Path(__file__).resolve().parent.parent

FAST = fast_paths_enabled(os.environ)
ADMIN = "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"


def people(import_id: str, rows: int, known: bool, policy: int, shift: int) -> list[PersonRow]:
    out = []
    for n in range(rows):
        name, email = f"Person {n + shift % 3}", f"person{n}@example{n % 97}.com"
        if known:
            others = (f"p{n}@home.example.org",)
            phone = f"+4930{n:07d}"
            row = PersonRow(import_id, n + 2, name, email, phone, "Acme", "Engineer", others)
            out.append(row._replace(policy=policy))
        else:
            out.append(PersonRow(import_id, n + 2, name, email, policy=policy))
    return out


def timed(url: str, rows: list[PersonRow], batch: int) -> float:
    start = time.perf_counter()
    for at in range(0, len(rows), batch):
        store_rows(url, rows[at : at + batch], retry_seconds=30, fast=FAST)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    admin = create_engine(ADMIN, isolation_level="AUTOCOMMIT")
    name = f"people_bench_known_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = ADMIN.rsplit("/", 1)[0] + f"/{name}"
    try:
        subprocess.run([Path(sys.executable).parent / "alembic", "upgrade", "head"],
                       cwd=ROOT / "StorePeople", env={**os.environ, "DATABASE_URL": url},
                       check=True, capture_output=True)  # fmt: skip
        engine = create_engine(url)
        cases = [("name+email", False, 0), ("known fields", True, 0),
                 ("known fields, fill-blanks", True, 1)]  # fmt: skip
        print(f"{'case':<27} {'first import':>14} {'re-import':>14}  (rows/s, median)")
        base = None
        for label, known, policy in cases:
            first, again = [], []
            for run in range(options.runs):
                with engine.begin() as connection:
                    connection.execute(text("TRUNCATE people, people_history, people_writes, "
                                            "imports, import_failures"))  # fmt: skip
                ids = [f"20261203T0{run}{k}000000000Z-abcdef" for k in (1, 2)]
                rows = people(ids[0], options.rows, known, 0, 0)
                first.append(options.rows / timed(url, rows, options.batch_size))
                rows = people(ids[1], options.rows, known, policy, 1)
                again.append(options.rows / timed(url, rows, options.batch_size))
            result = (median(first), median(again))
            base = base or result
            ratio = f"  ({result[0] / base[0]:.0%}, {result[1] / base[1]:.0%} of name+email)"
            print(f"{label:<27} {result[0]:>14,.0f} {result[1]:>14,.0f}{ratio}")
        engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
