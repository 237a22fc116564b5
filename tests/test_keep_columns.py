"""--keep-columns end to end: the row's other columns in people.attributes (JSONB), off by
default, bounded per row (over it the row is rejected with a reason), undone with its import."""

import pytest
from sqlalchemy import text

from people_import_contract.limits import MAX_ATTRIBUTES_BYTES
from tests.helpers import run_json

pytestmark = pytest.mark.e2e
CSV = (
    "Name,Email,Phone,Notes,Birthday,Notes\n"
    "Ann Lee,ann@example.com,+1 212 555 0100,likes tea,1990-01-02,second note\n"
    "Ben Ray,ben@example.com,,,,\n"
)


def attributes(db) -> dict:
    with db.connect() as connection:
        query = "SELECT email, attributes FROM people"
        return dict(connection.execute(text(query)).all())


@pytest.mark.timeout(600)
@pytest.mark.parametrize("bulk", [False, True])
def test_other_columns_are_kept_only_when_asked(db, env, start_worker, tmp_path, bulk):
    start_worker()
    flags = ("--batch-size", "10") if bulk else ()
    csv = tmp_path / "people.csv"
    csv.write_text(CSV, encoding="utf-8")
    plain = run_json(env, "-csv", csv, "--wait", *flags)
    assert attributes(db) == {"ann@example.com": None, "ben@example.com": None}
    preview = run_json(env, "-csv", csv, "--dry-run", "--keep-columns")
    kept = run_json(env, "-csv", csv, "--wait", "--keep-columns", *flags)
    assert (preview["would_update"], preview["unchanged"]) == (1, 1)
    assert (kept["updated"], kept["unchanged"]) == (1, 1)  # Ben has no other values
    assert attributes(db) == {
        "ann@example.com": {"Notes": "likes tea", "Birthday": "1990-01-02",
                            "Notes (6)": "second note"},
        "ben@example.com": None,
    }  # fmt: skip
    assert run_json(env, "undo", kept["import_id"], "--wait")["restored"] == 1
    assert attributes(db)["ann@example.com"] is None
    assert plain["inserted"] == 2


@pytest.mark.timeout(600)
def test_a_row_over_the_bound_is_rejected_with_a_reason(db, env, start_worker, tmp_path):
    start_worker()
    csv = tmp_path / "big.csv"
    big = "x" * MAX_ATTRIBUTES_BYTES
    csv.write_text(CSV.replace("likes tea", big), encoding="utf-8")
    done = run_json(env, "-csv", csv, "--wait", "--keep-columns")
    assert done["rejected_by_reason"] == {"attributes.too_large": 1}
    assert list(attributes(db)) == ["ben@example.com"]
