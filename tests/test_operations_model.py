"""Ordinary operations in any order, against the real services, checked against a model.

A hypothesis state machine imports small CSV files drawn from a pool of a few emails (so
imports overlap), per-row or bulk, under any merge policy, its other column kept or not
(`--keep-columns`), sometimes with a rejected row or a blank line; imports a file again;
undoes any earlier import (once or twice, in any order); restarts the worker between
steps. After each step the people table (every
stored field and `source_import`) must be the model's (tests/operations_model.py: what
docs/undo.md promises), each import's summary and undo answer its counts, and at the end
of each run `status` of every import its state and counts.
"""

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import text

from tests.helpers import POLICIES, run_cli, run_json
from tests.operations_model import Model, Written

pytestmark = pytest.mark.e2e

HEADER = "Full Name,Email,Phone,Company,Notes"
INVALID = "Bad Row,bad@nodot,,,"  # email.domain_no_dot
ROWS = st.lists(
    st.tuples(
        st.sampled_from(["Ann Lee", "Ann Smith", "Ben Ode"]),
        st.sampled_from(["ann@example.com", "ANN@example.com", "ben@example.com", "cy@x.org"]),
        st.sampled_from(["", "+12125550100", "+12125550199"]),
        st.sampled_from(["", "Acme", "Globex"]),
        st.sampled_from(["", "vip", "met at a fair"]),  # stored with --keep-columns only
    ),
    min_size=1,
    max_size=4,
)
TABLE = """SELECT lower(email), full_name, email, phone, company, attributes, source_import
FROM people"""


@dataclass(frozen=True)
class Imported:
    """An import the machine ran: its id, and how to run its file again."""

    import_id: str
    rows: tuple
    args: tuple
    rejected: int
    blank: int
    path: Path

    def __repr__(self) -> str:
        return f"Imported({self.import_id[-6:]}, {list(self.rows)}, {self.args[1:]})"


def written_file(path: Path, rows, invalid_at: int | None, blank_at: int | None) -> Path:
    """A CSV of `rows`, the invalid row and a blank line inserted among them."""
    lines = [",".join(row) for row in rows]
    if invalid_at is not None:
        lines.insert(min(invalid_at, len(lines)), INVALID)
    if blank_at is not None:
        lines.insert(min(blank_at, len(lines) - 1), "")  # a trailing blank is no line
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def table(db) -> tuple[dict, dict]:
    """The people (key -> name, email, phone, company) and their source imports."""
    with db.connect() as connection:
        rows = connection.execute(text(TABLE)).all()
    people = {row[0]: (*row[1:5], attributes(row[5])) for row in rows}
    return people, {row[0]: row[6] for row in rows}


def assert_table_is(model: Model, db) -> None:
    """The people table holds the model's people, each from one of its candidate sources."""
    people, sources = table(db)
    assert people == model.people
    wrong = {key: found for key, found in sources.items() if found not in model.sources[key]}
    assert not wrong, (wrong, model.sources)


def written_marks(db) -> dict:
    """Each person's revision and updated_at: what a write changes."""
    with db.connect() as connection:
        rows = connection.execute(text("SELECT lower(email), revision, updated_at FROM people"))
        return {key: (revision, updated_at) for key, revision, updated_at in rows}


def attributes(found: dict | None) -> tuple | None:
    """`people.attributes` as the model holds it: its items, sorted (hashable)."""
    return None if found is None else tuple(sorted(found.items()))


def as_stored(row: tuple, keep_columns: bool) -> tuple:
    """A file's row as the worker gets it: its Notes only with --keep-columns."""
    *fields, notes = row
    return (*fields, (("Notes", notes),) if keep_columns and notes else "")


@pytest.mark.timeout(900)
def test_ordinary_operations_in_any_order_match_the_model(db, env, start_worker, tmp_path):
    workers = [start_worker()]

    class Operations(RuleBasedStateMachine):
        imports = Bundle("imports")

        def __init__(self):
            super().__init__()
            with db.begin() as connection:
                connection.execute(
                    text("TRUNCATE people, people_history, people_writes, people_write_lines")
                )
            self.model = Model()
            self.expected: dict[str, dict] = {}  # import id -> its status's fields
            self.files = 0
            self.runs: list[Imported] = []
            self.restarted = False

        def run_import(self, path: Path, args: tuple, rows, rejected: int, blank: int):
            self.restarted = False
            marks = written_marks(db)
            summary = run_json(env, path, "--wait", *args)
            import_id = summary["import_id"]
            stored = [as_stored(row, "--keep-columns" in args) for row in rows]
            counts = self.model.imported(Written(import_id, stored, args[1]))
            expected = {
                "state": "done", "rows": len(rows) + rejected, "accepted": len(rows),
                "enqueued": len(rows), "stored": len(rows), "rejected": rejected,
                "skipped_lines": blank, "failed": 0, "merge": args[1], **counts,
                "rejected_by_reason": {"email.domain_no_dot": rejected} if rejected else {},
                "skipped_by_reason": {"blank": blank} if blank else {},
            }  # fmt: skip
            assert {key: summary[key] for key in expected} == expected
            self.expected[import_id] = expected
            # An identical row writes nothing: no revision, no updated_at (README.md).
            after = written_marks(db)
            assert {key: after[key] for key in self.model.untouched} == {
                key: marks[key] for key in self.model.untouched
            }
            self.runs.append(Imported(import_id, tuple(rows), args, rejected, blank, path))
            return self.runs[-1]

        @rule(
            target=imports,
            rows=ROWS,
            policy=st.sampled_from(POLICIES),
            bulk=st.booleans(),
            invalid_at=st.none() | st.integers(0, 4),
            blank_at=st.none() | st.integers(1, 4),
            keep_columns=st.booleans(),
        )
        def import_a_file(self, rows, policy, bulk, invalid_at, blank_at, keep_columns):
            self.files += 1
            path = written_file(tmp_path / f"f{self.files}.csv", rows, invalid_at, blank_at)
            args = ("--merge", policy, *(("--batch-size", "2") if bulk else ()))
            args += ("--keep-columns",) if keep_columns else ()
            rejected, blank = int(invalid_at is not None), int(blank_at is not None)
            return self.run_import(path, args, rows, rejected, blank)

        @rule(target=imports, earlier=imports)
        def import_the_same_file_again(self, earlier: Imported):
            again = (earlier.path, earlier.args, earlier.rows, earlier.rejected, earlier.blank)
            return self.run_import(*again)

        @rule(earlier=imports)
        def undo(self, earlier: Imported):
            self.undo_import(earlier)

        # The latest import again and again: its people most often hold values an earlier
        # import still standing wrote first, which the undo must bring back.
        @precondition(lambda self: self.runs)
        @rule()
        def undo_the_latest(self):
            self.undo_import(self.runs[-1])

        def undo_import(self, earlier: Imported):
            result = run_cli(env, "undo", earlier.import_id, "--wait", "--json")
            assert result.returncode == 0, result.stderr
            answer = json.loads(result.stdout)
            self.expected[earlier.import_id]["state"] = "undone"  # whatever the checks say
            self.restarted = False
            expected = self.model.undone(earlier.import_id)
            changed = expected.pop("changed")
            assert answer["state"] == "undone"
            assert {key: answer[key] for key in expected} == expected
            assert answer["changed"] in changed

        # Between other steps: not before a first import, nor twice in a row.
        @precondition(lambda self: self.runs and not self.restarted)
        @rule()
        def restart_the_worker(self):
            workers.pop().stop()
            workers.append(start_worker())
            self.restarted = True

        @invariant()
        def the_table_is_the_models(self):
            assert_table_is(self.model, db)

        def teardown(self):
            for import_id, expected in self.expected.items():
                status = run_json(env, "status", import_id)
                assert {key: status[key] for key in expected} == expected, import_id

    run_state_machine_as_test(
        Operations,
        settings=settings(
            max_examples=int(os.environ.get("OPERATIONS_EXAMPLES", 10)),  # more to hunt
            stateful_step_count=6,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
