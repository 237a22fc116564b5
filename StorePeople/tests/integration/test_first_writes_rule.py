"""The fast path's rule for people logged before (first_writes.py), tried where it could break.

An overwrite line with no later write of an import still standing is settled from the
log's insert, without the fold. These tests store the same steps with and without the fast
paths where that rule could be fooled: every known field (attributes, other addresses,
empty ones), emails whose lower() Python and PostgreSQL spell differently, undone later
imports, a later insert-only or fill-blanks import, an import's earlier line arriving after
its later one, the log pruned in between; and batches of different imports for the same
people stored at once by several threads, with undos among them.
"""

import multiprocessing
import random
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from store_people import fold, history
from store_people.rows import PersonRow
from store_people.store import in_transaction, store_rows
from store_people.undo import CannotUndo, undo
from StorePeople.tests.integration.test_first_writes import (
    IDS,
    assert_both_store_the_same,
    empty,
    outcome,
)

pytestmark = pytest.mark.integration

# Keys Python's str.lower() and PostgreSQL's lower() spell differently (email_keys.py):
# final sigma, dotted capital I; and the capital sharp s; each in two spellings of one key.
EMAILS = ["ann@x.org", "ANN@X.ORG", "ΣΟΦΟΣ@x.gr", "σοφοσ@x.gr", "İz@x.org", "ẞe@x.de", "ße@x.de"]
PRUNE = "prune"
LOWER_ID, UPPER_ID = "20261206T090000000000Z-aaaaaa", "20261206T090000000000Z-Bbbbbb"


a_row = st.fixed_dictionaries(
    {
        "name": st.sampled_from(["Ann", "Ben", "Cy Lee"]),
        "email": st.sampled_from(EMAILS),
        "phone": st.sampled_from([None, "+4930123456"]),
        "job_title": st.sampled_from([None, "CTO"]),
        "other_emails": st.sampled_from([None, ("b@x.org",), ("c@x.org", "b@x.org")]),
        "attributes": st.sampled_from([None, {}, {"tier": "gold"}, {"tier": "gold", "n": "1"}]),
    }
)
an_import = st.tuples(st.integers(0, 2), st.lists(a_row, min_size=1, max_size=5))


def rows_of(imports) -> list[PersonRow]:
    return [
        PersonRow(
            IDS[i],
            line,
            p["name"],
            p["email"],
            p["phone"],
            None,
            p["job_title"],
            p["other_emails"],
            p["attributes"],
            policy,
        )  # fmt: skip
        for i, (policy, people) in enumerate(imports)
        for line, p in enumerate(people, 2)
    ]


def step_outcome(url, step, fast: bool):
    if step == PRUNE:  # every import too old to undo, the log pruned of what can't decide
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(text("UPDATE imports SET updated_at = now() - interval '100 days'"))
        engine.dispose()
        return in_transaction(url, 5, lambda session: history.prune_log(session, 90))
    return outcome(url, step, fast)


def both_store_the_same(fast_url, plain, steps) -> None:
    """As test_first_writes's, prunes among the steps; and each person is their fold."""
    assert_both_store_the_same(fast_url, plain, steps, run=step_outcome)
    for url in (fast_url, plain):
        engine = create_engine(url)
        with engine.connect() as connection:  # the values the fold holds, against people
            assert standing_against_people(connection) == []
        engine.dispose()


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(imports=st.lists(an_import, min_size=2, max_size=4), data=st.data())
def test_every_field_and_key_spelling_settled_as_the_fold_settles_it(
    engine, migrated_url, plain_url, imports, data
):
    """One-import batches (the fast path's kind) in any order, with undos, a prune and
    redelivered batches anywhere among them."""
    rows = rows_of(imports)
    batches = [
        batch
        for import_id in IDS[: len(imports)]
        for batch in chunks([row for row in rows if row.import_id == import_id], data)
    ]
    steps: list = list(data.draw(st.permutations(batches), label="arrival"))
    extra = list(data.draw(st.lists(st.sampled_from(IDS[: len(imports)]), unique=True)))
    if data.draw(st.booleans(), label="prune"):
        extra.append(PRUNE)
    # Redeliveries: a batch again (the broker's, or a CLI's that changed node), anywhere.
    extra += data.draw(st.lists(st.sampled_from(batches), max_size=2), label="again")
    for step in extra:
        steps.insert(data.draw(st.integers(0, len(steps)), label="at"), step)
    both_store_the_same(migrated_url, plain_url, steps)


def chunks(rows: list[PersonRow], data) -> list[list[PersonRow]]:
    rows = list(data.draw(st.permutations(rows), label="lines"))
    found = []
    while rows:
        size = data.draw(st.integers(1, len(rows)), label="batch")
        found.append(rows[:size])
        rows = rows[size:]
    return found


def row(i: int, line: int, name: str, phone=None, policy=0, email="ann@x.org") -> PersonRow:
    return PersonRow(IDS[i], line, name, email, phone, policy=policy)


@pytest.mark.parametrize(
    "steps",
    [
        # A later import undone: the earlier import's overwrite is the latest standing write.
        pytest.param([[row(1, 2, "B")], IDS[1], [row(0, 2, "A")]], id="later-undone"),
        # A later insert-only import: values of the overwrite, source the insert-only's line.
        pytest.param([[row(1, 2, "B", "+1", 2)], [row(0, 2, "A")]], id="later-insert-only"),
        # A later fill-blanks import fills the overwrite's empty phone.
        pytest.param([[row(1, 2, "B", "+1", 1)], [row(0, 2, "A")]], id="later-fill-blanks"),
        # The same import's earlier line after its later one: not logged, not settled.
        pytest.param([[row(0, 9, "A9")], [row(0, 3, "A3")]], id="earlier-line-late"),
        # Its later line after a later import: that import still wins.
        pytest.param([[row(0, 3, "A3")], [row(1, 2, "B")], [row(0, 9, "A9")]], id="line-under"),
        # An import's line logged, a later import's, then the earlier import undone
        # and written again by a late row (not stored): the later import stands.
        pytest.param([[row(0, 2, "A")], [row(1, 2, "B")], IDS[0], [row(0, 5, "A5")]], id="undone"),
        # A row of an undone import saying the line another person's replay says (no CLI
        # sends them): not late, so logged, and neither settled nor folded into people.
        pytest.param(
            [
                [row(1, 2, "A")],
                [row(0, 2, "C0", email="cy@x.org")],
                IDS[1],
                [row(1, 2, "A"), row(1, 2, "C1", email="cy@x.org")],
            ],
            id="undone-same-line",
        ),  # fmt: skip
        # Import ids ordered bytewise (collation "C", as the log's column and the fold):
        # "B…" before "a…"; a natural-language order would have taken "B…" for the later.
        pytest.param(
            [
                [PersonRow(LOWER_ID, 2, "a", "ann@x.org", "+1", policy=2)],
                [PersonRow(UPPER_ID, 2, "B", "ann@x.org")],
            ],
            id="import-id-bytes",
        ),  # fmt: skip
        # Redelivered batches: replays change no log row, so nothing is settled from them.
        pytest.param(
            [
                [row(0, 2, "A"), row(0, 5, "A5")],
                [row(1, 2, "B", "+1", 2)],
                [row(0, 2, "A"), row(0, 5, "A5")],
                IDS[1],
                [row(0, 5, "A5"), row(0, 2, "A")],
            ],
            id="redelivered",
        ),  # fmt: skip
        # An overwrite without a phone clears the phone an earlier import gave.
        pytest.param([[row(0, 2, "A", "+1")], [row(1, 2, "B")]], id="clears"),
        # Two spellings of one key (PostgreSQL's lower(): σ, Python's: ς at the end).
        pytest.param(
            [
                [row(0, 2, "A", email="ΣΟΦΟΣ@x.gr")],
                [row(1, 2, "B", email="σοφοσ@x.gr")],
                [row(1, 3, "B3", "+1", email="ΣΟΦΟΣ@x.gr")],
            ],
            id="final-sigma",
        ),  # fmt: skip
        pytest.param(
            [
                [row(1, 2, "B", email="İz@x.org")],
                IDS[1],
                [row(0, 2, "A", email="i̇z@x.org")],
                [row(0, 4, "A4", "+1", email="İZ@x.org")],
            ],
            id="dotted-i",
        ),  # fmt: skip
        # Old imports pruned down to their latest overwrite, then a new import over them.
        pytest.param(
            [
                [row(0, 2, "A", "+1")],
                [row(1, 2, "B", None, 1)],
                [row(2, 2, "C")],
                PRUNE,
                [row(3, 2, "D", None, 1)],
                [row(1, 3, "B3")],
                [row(2, 3, "C3", "+2")],
            ],
            id="pruned",
        ),  # fmt: skip
    ],
)
def test_a_logged_person_settled_as_the_fold_settles_them(engine, migrated_url, plain_url, steps):
    both_store_the_same(migrated_url, plain_url, steps)


# The values of every logged person's standing write (fold.STANDING over the whole log)
# that people does not hold: none when people is the fold of its log.
MISSING = """SELECT email_key, full_name, email, phone, company, job_title,
    other_emails::text, attributes::text FROM standing
EXCEPT SELECT lower(email), full_name, email, phone, company, job_title, other_emails::text,
    attributes::text FROM people
"""
EXTRA = """SELECT lower(email), full_name FROM people
WHERE lower(email) NOT IN (SELECT email_key FROM standing)"""


def standing_against_people(connection) -> list:
    keys = "SELECT DISTINCT email_key FROM people_writes"
    wrong = []
    for body in (MISSING, EXTRA):
        found = connection.execute(fold.statement(body, keys, "postgresql"))
        wrong += sorted(repr(tuple(r)) for r in found)
    return wrong


def store_queue(url: str, queue: list, undoes: bool) -> None:
    """One pool process's batches, in order; the first undoes IDS[3] after its fourth."""
    for k, batch in enumerate(queue):
        store_rows(url, batch, 30)
        if undoes and k == 3:  # an undo among the batches
            try:
                in_transaction(url, 30, lambda session: undo(session, IDS[3], 90, 0))
            except CannotUndo:
                pass


def race(url: str, emails: list[str], seed: int, pool) -> None:
    """Four imports' batches of the same people (overwrites and one fill-blanks), in random
    orders, shared out to four workers storing at once."""
    rnd = random.Random(seed)
    policies = [0, 0, 1, 0]
    batches = [
        [PersonRow(IDS[i], line, f"{i}-{line}", rnd.choice(emails),
                   rnd.choice([None, f"+{i}{line}"]), policy=policies[i])
         for line in range(start, start + 5)]
        for i in range(4)
        for start in range(2, 42, 5)
    ]  # fmt: skip
    rnd.shuffle(batches)
    futures = [pool.submit(store_queue, url, batches[n::4], n == 0) for n in range(4)]
    for future in futures:
        future.result()


def assert_people_at_the_fold(url, seed: int) -> None:
    engine = create_engine(url)
    with engine.connect() as connection:
        assert standing_against_people(connection) == [], f"round {seed}"
    engine.dispose()


def test_concurrent_imports_of_the_same_people_leave_people_at_the_fold(engine, migrated_url):
    """Four threads at once: people is the fold of the log after every round (the fast path
    settled nobody a concurrent later write, or undo, had changed the fold of)."""
    emails = [f"p{n}@x.org" for n in range(10)]
    for seed in range(12):
        empty(migrated_url)
        with ThreadPoolExecutor(4) as pool:
            race(migrated_url, emails, seed, pool)
        assert_people_at_the_fold(migrated_url, seed)


def test_pool_processes_with_keys_python_lowers_otherwise_leave_people_at_the_fold(
    engine, migrated_url
):
    """The same with four processes (email_keys' batch keys are a process's state) and
    people whose keys Python's lower() and PostgreSQL's spell differently."""
    emails = [*EMAILS, "i\u0307z@x.org", "p1@x.org"]
    with ProcessPoolExecutor(4, mp_context=multiprocessing.get_context("fork")) as pool:
        for seed in range(6):
            empty(migrated_url)
            race(migrated_url, emails, seed, pool)
            assert_people_at_the_fold(migrated_url, seed)
