"""Which rows of a batch were stored and counted already, so a redelivered row counts once.

A row is its (import, line). The writes log keeps, per person and import, the import's
latest line (people_writes.line); the lines of that person the import stored before it
are kept in people_write_lines (migration 0008). A row that is either was committed and
counted by an earlier delivery (redelivered by the broker, or published again by a CLI
that changed node): a replay. Without the earlier lines, a batch committed but not
acknowledged (its worker lost) and redelivered after a later batch of the same import
had written the same people was counted again: its lines were no longer the logged ones.

A line below the logged one is not always a replay: with two pool processes a later
batch can commit first, and an earlier line arriving after it is new. Only those lines
are looked up in people_write_lines; a file without a person twice never reads or writes it.
"""

import json
from collections import defaultdict

from sqlalchemy import text
from sqlalchemy.orm import Session

from store_people import email_keys, fold
from store_people.rows import PersonRow

# (email_key, import_id) -> the import's logged (latest) line for that person.
Logged = dict[tuple[str, str], int]

LOGGED = (
    "WITH keys AS ({keys}) SELECT email_key, import_id, line FROM people_writes WHERE {in_keys}"
)

# The batch's earlier lines (:rows, a JSON array of [email_key, import_id, line]) found
# stored before; one primary-key probe each (jsonb: parsed once, upsert.PG_BATCH).
EARLIER = {
    "postgresql": """
SELECT l.email_key, l.import_id, l.line FROM people_write_lines l
JOIN (SELECT r->>0 AS k, r->>1 AS i, (r->>2)::int AS n
      FROM jsonb_array_elements(CAST(:rows AS jsonb)) AS r) AS b
    ON l.email_key = b.k AND l.import_id = b.i AND l.line = b.n
""",
    "sqlite": """
SELECT l.email_key, l.import_id, l.line FROM people_write_lines l
JOIN json_each(:rows) AS r ON l.email_key = json_extract(r.value, '$[0]')
    AND l.import_id = json_extract(r.value, '$[1]') AND l.line = json_extract(r.value, '$[2]')
""",
}
# Of lines (:rows, a JSON array of [email, line]) of one import, those it stored: its
# logged line for the person, or an earlier one it stored before it.
STORED_LINES = {
    "postgresql": """
SELECT b.n FROM (SELECT lower(r->>0) AS k, (r->>1)::int AS n
                 FROM jsonb_array_elements(CAST(:rows AS jsonb)) AS r) AS b
WHERE EXISTS (SELECT 1 FROM people_writes w
              WHERE w.email_key = b.k AND w.import_id = :import_id AND w.line = b.n)
   OR EXISTS (SELECT 1 FROM people_write_lines l
              WHERE l.email_key = b.k AND l.import_id = :import_id AND l.line = b.n)
""",
    "sqlite": """
SELECT json_extract(r.value, '$[1]') FROM json_each(:rows) AS r
WHERE EXISTS (SELECT 1 FROM people_writes w
              WHERE w.email_key = lower(json_extract(r.value, '$[0]'))
              AND w.import_id = :import_id AND w.line = json_extract(r.value, '$[1]'))
   OR EXISTS (SELECT 1 FROM people_write_lines l
              WHERE l.email_key = lower(json_extract(r.value, '$[0]'))
              AND l.import_id = :import_id AND l.line = json_extract(r.value, '$[1]'))
""",
}
# The lines to keep (:rows, a JSON array of [email_key, import_id, line]), in one statement:
# a text() INSERT with a list of parameters went through psycopg2's executemany, one round
# trip per line, 10 ms of a 1,000-row batch with 10% repeated people.
KEEP = {
    "postgresql": """
INSERT INTO people_write_lines (email_key, import_id, line)
SELECT r->>0, r->>1, (r->>2)::int FROM jsonb_array_elements(CAST(:rows AS jsonb)) AS r
ON CONFLICT DO NOTHING
""",
    # WHERE true: SQLite's parser would take ON CONFLICT for a join constraint (lang_upsert).
    "sqlite": """
INSERT INTO people_write_lines (email_key, import_id, line)
SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]')
FROM json_each(:rows) WHERE true
ON CONFLICT DO NOTHING
""",
}


def logged_statement(dialect: str):
    """The log's rows of a set of keys (:keys, a JSON array).

    By key (the primary key's first column, one index scan: fold.IN_KEYS), then by
    import in Python: a row-value IN list of a thousand pairs is planned as a scan of the log.
    """
    in_keys = fold.IN_KEYS[dialect].format(column="email_key")
    return text(LOGGED.format(keys=fold.KEYS[dialect], in_keys=in_keys))


def person(row: PersonRow) -> tuple[str, str]:
    return email_keys.key(row.email), row.import_id


def logged(session: Session, rows: list[PersonRow], keys: str) -> Logged:
    """The logged line of each person of these rows (their people: `keys`,
    upsert.people_keys) and each import that wrote them, before they are stored."""
    if not rows:
        return {}
    statement = logged_statement(session.get_bind().dialect.name)
    return {(key, i): line for key, i, line in fold.run(session, statement, {"keys": keys})}


def replays(session: Session, rows: list[PersonRow], logged: Logged) -> set[tuple[str, int]]:
    """(import_id, line) of the rows stored and counted before: the logged line, or an
    earlier line stored before it."""
    found, earlier = set(), []
    for row in rows:
        line = logged.get(person(row))
        if line == row.line:
            found.add((row.import_id, row.line))
        elif line is not None and row.line < line:
            earlier.append([*person(row), row.line])
    if earlier:
        statement = text(EARLIER[session.get_bind().dialect.name])
        stored = session.execute(statement, {"rows": json.dumps(earlier)})
        found |= {(import_id, line) for _key, import_id, line in stored}
    return found


def stored_lines(session: Session, import_id: str, lines: dict[int, str]) -> set[int]:
    """Of these lines of the import ({line: email}), those it stored: a row given up
    (`db.unavailable`) on a delivery after the one that committed it, its worker lost
    before the acknowledgement, is stored, not failed."""
    if not lines:
        return set()
    statement = text(STORED_LINES[session.get_bind().dialect.name])
    # Keyed by the database's lower(), as the log is (email_keys.py).
    rows = json.dumps([[email, line] for line, email in sorted(lines.items())])
    return set(session.execute(statement, {"rows": rows, "import_id": import_id}).scalars())


def keep_earlier_lines(
    session: Session, rows: list[PersonRow], logged: Logged, replays: set[tuple[str, int]]
) -> None:
    """Remember the lines this batch stored that are not (or no longer) their import's
    latest for their person: the new rows' earlier lines, and a logged line a later one
    replaced."""
    lines: dict[tuple[str, str], set[int]] = defaultdict(set)
    for row in rows:
        if (row.import_id, row.line) not in replays:
            lines[person(row)].add(row.line)
    kept = []
    for (key, import_id), new in lines.items():
        before = logged.get((key, import_id))
        if before is None and len(new) == 1:
            continue  # the common case: a person this import writes once, its only line
        stored = new | ({before} if before is not None else set())
        latest = max(stored)
        kept += [[key, import_id, line] for line in sorted(stored) if line != latest]
    if kept:
        statement = text(KEEP[session.get_bind().dialect.name])
        session.execute(statement, {"rows": json.dumps(kept)})
