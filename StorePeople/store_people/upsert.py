"""The upsert: log every row, then bring its people up to their standing write (fold.py).

Later rows win, decided by the data, not by arrival order: each person is the write
with the highest (import_id, line) of the imports not undone, whichever arrived first.
Every row goes to the writes log (people_writes), winning or not, so an undo can give
a person back the write of an import still standing.
"""

import json
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

from store_people import email_keys, first_writes, fold, late_writes
from store_people.rows import PersonRow
from store_people.write_kinds import (
    FILL_BLANKS,
    INSERT_ONLY,
    INSERTED,
    UNCHANGED,
    UPDATED,
)


def kind(person: str, write: str, prior: bool = False) -> str:
    """SQL: what `write` does to `person` (absent when its email is NULL), by the write's
    policy: overwrite updates unless every value is the same; fill-blanks updates when it
    fills an empty known field; insert-only leaves an existing person unchanged."""
    column = (lambda c: f"prior_{c}") if prior else (lambda c: c)
    email = "prior_email" if prior else "email"
    fills = " OR ".join(
        f"({person}.{column(c)} IS NULL AND {write}.{c} IS NOT NULL)" for c in fold.KNOWN
    )
    return f"""CASE WHEN {person}.{email} IS NULL THEN {INSERTED}
    WHEN {write}.policy = {INSERT_ONLY} THEN {UNCHANGED}
    WHEN {write}.policy = {FILL_BLANKS} THEN CASE WHEN {fills} THEN {UPDATED} ELSE {UNCHANGED} END
    WHEN {fold.same(person, write, prior)} THEN {UNCHANGED} ELSE {UPDATED} END"""


KIND_ON_INSERT = kind("p", "b")
KIND_ON_UPDATE = kind("w", "excluded", prior=True)

# One row per person and import: the import's latest line. previous_kind keeps what the
# row counted as before this write, so the counts move by the difference.
LOG = """
INSERT INTO people_writes AS w
    (email_key, import_id, line, full_name, email, phone, company, job_title, other_emails,
     attributes, prior_name, prior_email, prior_phone, prior_company, prior_job_title,
     prior_other_emails, prior_attributes, policy, kind)
SELECT b.email_key, b.import_id, b.line, b.full_name, b.email, b.phone, b.company, b.job_title,
       b.other_emails, b.attributes, p.full_name, p.email, p.phone, p.company, p.job_title,
       p.other_emails, p.attributes, b.policy, {kind_on_insert}
FROM ({batch}) AS b LEFT JOIN people p ON lower(p.email) = b.email_key
WHERE true
ON CONFLICT (email_key, import_id) DO UPDATE SET
    line = excluded.line, full_name = excluded.full_name, email = excluded.email,
    phone = excluded.phone, company = excluded.company, job_title = excluded.job_title,
    other_emails = excluded.other_emails, attributes = excluded.attributes,
    policy = excluded.policy,
    previous_kind = w.kind, kind = {kind_on_update}
WHERE excluded.line > w.line
RETURNING {returning}
"""

# PostgreSQL: the whole batch as one JSON parameter, one statement, one round trip
# (JSON costs the worker a fifth of what adapting arrays does: the benchmark's profile).
# Read as jsonb, parsed once: json's -> and ->> parse the element's text again for every
# field (PostgreSQL's json type is its text, "reprocessed on each execution": docs,
# datatype-json), and this statement read 1,000 rows in 9-20 ms as json, 1.7-2 ms as jsonb.
# DISTINCT ON keeps each import's latest line per person; the order takes locks by key.
# A row of an overwrite without known fields is 4 items long: its r->>4 ... are NULL.
PG_BATCH = """
SELECT DISTINCT ON (lower(email), import_id) lower(email) AS email_key, import_id, line,
       full_name, email, phone, company, job_title, other_emails, attributes, policy
FROM (SELECT r->>0, r->>1, r->>2, (r->>3)::int, coalesce((r->>4)::smallint, 0), r->>5, r->>6,
             r->>7, CASE WHEN jsonb_typeof(r->8) = 'array' THEN r->8 END,
             CASE WHEN jsonb_typeof(r->9) = 'object' THEN r->9 END
      FROM jsonb_array_elements(CAST(:rows AS jsonb)) AS r)
     AS batch (full_name, email, import_id, line, policy, phone, company, job_title,
               other_emails, attributes)
ORDER BY lower(email), import_id, line DESC
"""
SQLITE_ROW = (
    "SELECT lower(:email) AS email_key, :import_id AS import_id, :line AS line,"
    " :full_name AS full_name, :email AS email, :phone AS phone, :company AS company,"
    " :job_title AS job_title, :other_emails AS other_emails, :attributes AS attributes,"
    " :policy AS policy"
)


def log_statement(batch: str, returning: str = "import_id, kind, previous_kind, email_key") -> str:
    kinds = {"kind_on_insert": KIND_ON_INSERT, "kind_on_update": KIND_ON_UPDATE}
    return LOG.format(**kinds, batch=batch, returning=returning)


LOG_PG, LOG_SQLITE = text(log_statement(PG_BATCH)), text(log_statement(SQLITE_ROW))
# The fast path's (first_writes.py): the batch logged, and its new people applied at once.
LOG_AND_APPLY_PG = text(
    first_writes.LOG_AND_APPLY.format(log=log_statement(PG_BATCH, first_writes.RETURNING))
)
# The fold after an import's batch, per dialect, and its prepared statement's name.
FOLD_AFTER_IMPORT = {d: fold.apply_after_import(d) for d in ("postgresql", "sqlite")}
# Named anew when the statement changes: a session a pooler hands on keeps the old one.
FOLD_PREPARED = "people_import_fold_returning"


def newest_per_person(rows: list[PersonRow]) -> list[PersonRow]:
    """Each import's latest row per person, sorted by key (locks taken in one order)."""
    newest: dict[tuple[str, str], PersonRow] = {}
    for row in rows:
        key = (email_keys.key(row.email), row.import_id)
        if key not in newest or newest[key].line < row.line:
            newest[key] = row
    return [newest[key] for key in sorted(newest)]


def pg_row(r: PersonRow) -> list:
    """A row of PG_BATCH's JSON: 4 items, 10 with a policy or known fields."""
    known = r.phone is not None or r.company is not None or r.job_title is not None
    if not (known or r.other_emails or r.attributes or r.policy):
        return [r.full_name, r.email, r.import_id, r.line]
    others = list(r.other_emails) if r.other_emails else None
    return [r.full_name, r.email, r.import_id, r.line, r.policy, r.phone, r.company,
            r.job_title, others, r.attributes]  # fmt: skip


def canonical(attributes: dict | None) -> str | None:
    """SQLite's JSON text: one spelling per object, so equal attributes compare equal."""
    if not attributes:
        return None
    return json.dumps(attributes, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def people_keys(rows: list[PersonRow]) -> str:
    """The batch's people: their distinct keys, sorted, as a JSON array (:keys). Built once
    per batch: the lock, the replay check and the fold each take it."""
    return json.dumps(sorted({email_keys.key(row.email) for row in rows}))


def upsert(
    session: Session,
    rows: list[PersonRow],
    keys: str | None = None,
    logged_keys: set[str] | None = None,
    written_before: Iterable[tuple[str, str]] = (),
) -> list[tuple[str, int, int | None, str]]:
    """Store rows; return (import_id, kind, previous_kind, email_key) of each log row they
    changed (a row a later import wrote over is counted again: late_writes.py).

    A row that changed no log row is a replay or an earlier line of its import
    (that import's later line is logged already). The people of the batch (`keys`,
    people_keys(rows) when not given) are then brought up to their standing write, in one
    statement. `logged_keys`, the batch's people the log held before it (under their locks),
    turns on the fast path for the others (first_writes.py, PostgreSQL); `written_before`,
    the (email_key, import_id) pairs the log held for them, tells the late lines.
    """
    if not rows:
        return []
    imports = sorted({row.import_id for row in rows})
    if len(imports) > 1:
        # Per-row messages of concurrent imports share a queue, so a batch may hold two
        # imports' rows for one new person: logged in one statement, both found the person
        # absent and both counted an insert. Each import in turn finds the person as the
        # imports before it left them, as batches one after another would.
        return [
            change
            for import_id in imports
            for change in upsert(
                session,
                [row for row in rows if row.import_id == import_id],
                written_before=written_before,
            )
        ]
    dialect = session.get_bind().dialect.name
    keys = keys or people_keys(rows)
    to_fold: str | None = keys
    if dialect == "postgresql":
        # ASCII-escaped: a lone surrogate reaches the server, which refuses that row.
        batch = json.dumps([pg_row(r) for r in rows])
        if logged_keys is None:
            changed = [tuple(c) for c in session.execute(LOG_PG, {"rows": batch})]
        else:
            first, logged = first_writes.split(keys, logged_keys)
            both = {"rows": batch, "first": first}
            results = session.execute(LOG_AND_APPLY_PG, both).all()
            changed = [(i, kind, previous, key) for i, kind, previous, key, _ in results]
            settled = {key for *_, key, is_settled in results if is_settled}
            to_fold = first_writes.unsettled(logged, settled)
    else:  # SQLite, the demo: one row at a time, its writes are serial anyway
        changed = []
        for r in newest_per_person(rows):
            others = json.dumps(list(r.other_emails)) if r.other_emails else None
            params = {"email": r.email, "import_id": r.import_id, "line": r.line,
                      "full_name": r.full_name, "phone": r.phone, "company": r.company,
                      "job_title": r.job_title, "other_emails": others,
                      "attributes": canonical(r.attributes), "policy": r.policy}  # fmt: skip
            changed += [tuple(c) for c in session.execute(LOG_SQLITE, params)]
    moved: set[str] = set()  # the people the fold wrote
    if to_fold is not None:
        # The fast paths (logged_keys given) run it prepared, planned once per connection.
        name = FOLD_PREPARED if logged_keys is not None else None
        result = fold.run(session, FOLD_AFTER_IMPORT[dialect], {"keys": to_fold}, name)
        moved = set(result.scalars())
    return late_writes.recount(session, changed, written_before, moved)


# One transaction-scoped advisory lock per person, taken in key order before the replay
# check: two copies of one row (a CLI that changed node publishes again what the lost node
# had not confirmed) stored at once by two pool processes would otherwise both find their
# line not yet logged and both count it. The second now waits for the first to commit and
# sees it logged. Out-of-order waits are deadlocks PostgreSQL breaks, retried (store.py).
LOCK_PEOPLE = (
    "SELECT pg_advisory_xact_lock(hashtextextended(k, 0))"
    " FROM (SELECT DISTINCT k FROM json_array_elements_text(CAST(:keys AS json)) AS k"
    " ORDER BY k) AS people"
)


# What the log's first write takes anyway (ROW EXCLUSIVE), taken before the batch reads
# which of its imports were undone: an undo (undo.HOLD_THE_LOG, SHARE ROW EXCLUSIVE) then
# committed before that read or waits for this transaction; never in between.
HOLD_THE_LOG = "LOCK TABLE people_writes IN ROW EXCLUSIVE MODE"


def hold_the_log(session: Session) -> None:
    """Take the log's write lock now (PostgreSQL; SQLite writes one at a time)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(HOLD_THE_LOG))


def lock_people(session: Session, keys: str) -> None:
    """Serialize concurrent batches per person (`keys`: people_keys; PostgreSQL, as SQLite
    writes one at a time)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(LOCK_PEOPLE), {"keys": keys})


# The same locks, without waiting: the people another transaction holds (store.py stores
# their rows after the others). Never waits, so in no order can it deadlock.
TRY_LOCK_PEOPLE = (
    "SELECT k FROM (SELECT DISTINCT k FROM json_array_elements_text(CAST(:keys AS json)) AS k)"
    " AS people WHERE NOT pg_try_advisory_xact_lock(hashtextextended(k, 0))"
)


def lock_free_people(session: Session, keys: str) -> set[str]:
    """Lock the people of `keys` no other transaction holds; return those it holds."""
    if session.get_bind().dialect.name != "postgresql":
        return set()
    return set(session.execute(text(TRY_LOCK_PEOPLE), {"keys": keys}).scalars())
