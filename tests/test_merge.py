"""--merge overwrite|fill-blanks|insert-only end to end: the policy is recorded and shown by
`status`, the preview predicts the counts, the worker honours it, undo takes it back."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from tests.helpers import run_cli, run_json

pytestmark = pytest.mark.e2e
HEADER = "Full Name,Email,Phone,Company\n"
KNOWN = "SELECT email, full_name, phone, company FROM people"
POLICIES = ["overwrite", "fill-blanks", "insert-only"]


def people(db) -> dict:
    with db.connect() as connection:
        return {row[0]: tuple(row[1:]) for row in connection.execute(text(KNOWN))}


def write(path, *rows: str):
    path.write_text(HEADER + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return path


def imported(env, csv, merge, flags) -> dict:
    """Preview, then import; the preview's counts must be the import's."""
    preview = run_json(env, "-csv", csv, "--dry-run", "--merge", merge)
    done = run_json(env, "-csv", csv, "--wait", "--merge", merge, *flags)
    predicted = (preview["would_insert"], preview["would_update"], preview["unchanged"])
    assert predicted == (done["inserted"], done["updated"], done["unchanged"])
    assert done["merge"] == preview["merge"] == merge
    return done


@pytest.mark.timeout(900)
@pytest.mark.parametrize("bulk", [False, True])
def test_each_policy_recorded_predicted_stored_and_undone(db, env, start_worker, tmp_path, bulk):
    start_worker()
    flags = ("--batch-size", "10") if bulk else ()
    base = write(tmp_path / "base.csv", "Ann Lee,ann@example.com,+1 212 555 0100,",
                 "Ben Ray,ben@example.com,,Globex")  # fmt: skip
    first = imported(env, base, "overwrite", flags)
    assert (first["inserted"], first["updated"]) == (2, 0)

    fill = write(tmp_path / "fill.csv", "Ann Other,ANN@example.com,+1 999 555 0100,Acme",
                 "Ben Ray,ben@example.com,,Initech", "Cy Ngo,cy@example.com,,Umbrella")  # fmt: skip
    filled = imported(env, fill, "fill-blanks", flags)
    # Ann's company was empty (updated); Ben has nothing empty the row fills; Cy is new.
    assert (filled["inserted"], filled["updated"], filled["unchanged"]) == (1, 1, 1)
    assert people(db) == {
        "ann@example.com": ("Ann Lee", "+12125550100", "Acme"),
        "ben@example.com": ("Ben Ray", None, "Globex"),
        "cy@example.com": ("Cy Ngo", None, "Umbrella"),
    }
    status = run_json(env, "status", filled["import_id"])
    assert status["merge"] == "fill-blanks"
    assert "merge       fill-blanks" in run_cli(env, "status", filled["import_id"]).stdout

    insert = write(tmp_path / "insert.csv", "Ann New,ann@example.com,+1 000,Nope",
                   "Dee Park,dee@example.com,+44 20 7946 0958,")  # fmt: skip
    inserted = imported(env, insert, "insert-only", flags)
    assert (inserted["inserted"], inserted["updated"], inserted["unchanged"]) == (1, 0, 1)
    assert people(db)["ann@example.com"] == ("Ann Lee", "+12125550100", "Acme")
    assert people(db)["dee@example.com"] == ("Dee Park", "+442079460958", None)

    # An overwrite after them replaces every field, blanks included.
    over = write(tmp_path / "over.csv", "Ann Lee,ann@example.com,,")
    overwritten = imported(env, over, "overwrite", flags)
    assert overwritten["updated"] == 1
    assert people(db)["ann@example.com"] == ("Ann Lee", None, None)

    # Undo each, latest first: each takes back exactly what it changed.
    assert run_json(env, "undo", overwritten["import_id"], "--wait")["restored"] == 1
    assert people(db)["ann@example.com"] == ("Ann Lee", "+12125550100", "Acme")
    undone = run_json(env, "undo", inserted["import_id"], "--wait")
    assert (undone["removed"], undone["restored"]) == (1, 0)
    undone = run_json(env, "undo", filled["import_id"], "--wait")
    assert (undone["removed"], undone["restored"]) == (1, 1)
    assert people(db) == {
        "ann@example.com": ("Ann Lee", "+12125550100", None),
        "ben@example.com": ("Ben Ray", None, "Globex"),
    }


def test_an_unknown_policy_is_a_usage_error(env, tmp_path):
    csv = write(tmp_path / "a.csv", "Ann Lee,ann@example.com,,")
    refused = run_cli(env, "-csv", csv, "--merge", "append", "--dry-run")
    assert refused.returncode == 2 and "--merge" in refused.stderr


PEOPLE = st.lists(
    st.tuples(
        st.sampled_from(["Ann", "Ann Lee", "Ben"]),
        st.sampled_from(["ann@example.com", "ANN@example.com", "ben@example.com"]),
        st.sampled_from(["", "+12125550100", "+12125550199"]),
        st.sampled_from(["", "Acme"]),
    ),
    max_size=6,
)


@pytest.mark.timeout(900)
def test_the_preview_predicts_every_policy_over_generated_files(db, env, start_worker, tmp_path):
    start_worker()

    @settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
    @given(table=PEOPLE, file=PEOPLE.filter(bool), merge=st.sampled_from(POLICIES),
           bulk=st.booleans())  # fmt: skip
    def agree(table, file, merge, bulk):
        with db.begin() as connection:
            connection.execute(text("TRUNCATE people, people_history, people_writes"))
        if table:
            run_json(env, "-csv", write(tmp_path / "t.csv", *map(",".join, table)), "--wait")
        flags = ("--batch-size", "4") if bulk else ()
        imported(env, write(tmp_path / "f.csv", *map(",".join, file)), merge, flags)

    agree()
