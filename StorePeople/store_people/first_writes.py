"""The fold's fast path: a batch's people that nothing was ever logged for.

A person's standing write is the fold of every write of the imports not undone (fold.py):
window functions over the person's log rows, one per import, then the fill-blanks writes
after the base. For a person the log held nothing for before this batch (no import wrote
them, undone or not), and whose batch is one import's, that fold has one write to fold:
the line this batch logged, the person's first write whatever its policy (fold.STANDING:
the first write inserts). So it is applied as it is, without the window functions, by the
same APPLY statement and guard as the fold's. A first import of new people (the common
bulk import) then skips the fold altogether.

Why it holds under concurrency: the batch holds each of its people's advisory lock
(upsert.lock_people) before it reads the log (replays.logged), so no other batch logs
these people until it commits. Every person in `people` has at least one log row (migration
0005 logged the people before it; history.prune_log keeps a person's latest overwrite), so
a person with none is not stored either; the guard would keep a later write anyway.

FAST_PATHS=0 (people_import_contract.fast_paths, the worker's settings.fast_paths) folds
every person; StorePeople/tests/integration/test_first_writes.py checks both give the same
people, log and counts.
"""

import json

from sqlalchemy import text

from store_people import fold

FIRST_WRITES = """
WITH keys AS ({keys}),
standing AS (
    SELECT w.email_key, w.full_name, w.email, w.phone, w.company, w.job_title,
           w.other_emails, w.attributes, w.import_id, w.line
    FROM people_writes w
    WHERE {in_keys} AND w.import_id = :import_id
        AND NOT EXISTS (SELECT 1 FROM imports i
                        WHERE i.import_id = w.import_id AND i.undone_at IS NOT NULL))
""" + fold.APPLY.format(guard=fold.AFTER_IMPORT)


def first_writes(dialect: str):
    in_keys = fold.IN_KEYS[dialect].format(column="w.email_key")
    return text(FIRST_WRITES.format(keys=fold.KEYS[dialect], in_keys=in_keys))


def unlogged(keys: str, logged_keys: set[str]) -> list[str]:
    """The batch's people (`keys`, upsert.people_keys) the log held nothing for."""
    return [key for key in json.loads(keys) if key not in logged_keys]


def apply(session, keys: str, logged_keys: set[str], import_id: str) -> str | None:
    """Apply the first writes of the batch's unlogged people; return the keys left to fold
    (a JSON array like `keys`), or None when none is left."""
    first = unlogged(keys, logged_keys)
    if first:
        dialect = session.get_bind().dialect.name
        params = {"keys": json.dumps(first), "import_id": import_id}
        fold.run(session, first_writes(dialect), params)
    rest = [key for key in json.loads(keys) if key in logged_keys]
    return json.dumps(rest) if rest else None
