"""The fold's fast path: a batch's people whose standing write is the one it logs.

A person's standing write is the fold of every write of the imports not undone (fold.py):
window functions over the person's log rows, one per import, then the fill-blanks writes
after the base. For a person the log held nothing for before this batch (no import wrote
them, undone or not), and whose batch is one import's, that fold has one write to fold:
the line this batch logs, the person's first write whatever its policy (fold.STANDING: the
first write inserts). So it is applied as the log's insert returns it, in the same statement
(a data-modifying WITH), by the fold's own APPLY and guard: no second read of the log, no
window functions. A first import of new people (the common bulk import) skips the fold.

The same holds for a person logged before when the line this batch logs is an overwrite
and no import not undone logged a later write for them (a higher import_id: the log holds
one row per person and import): the fold's base is then that line (the latest first-or-
overwrite write), nothing comes after it to fill blanks from, and it is the latest write,
the person's source. So a re-import, a later export of the same list, and a person
repeated within one import's file skip the fold too; one probe of the log's primary key a
person (`email_key`, import_id > this one's) replaces reading every log row of theirs.
A fill-blanks or insert-only line, or one an import after it wrote over, is folded.
PostgreSQL only: SQLite, the demo's, has no INSERT inside WITH.

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

from store_people import fold, history
from store_people.write_kinds import OVERWRITE

# What the log's insert returns for it (upsert.LOG's RETURNING).
RETURNING = (
    "email_key, import_id, line, full_name, email, phone, company, job_title, other_emails,"
    " attributes, policy, kind, previous_kind"
)

# `log`: upsert.LOG returning RETURNING; :first, the people nothing was logged for, an array
# (a constant: PostgreSQL hashes it, where a set from a subquery was joined to the CTE's rows,
# estimated at 100, by a nested loop: 1,000 x 1,000 comparisons, 0.4 s a batch).
LOG_AND_APPLY = (
    """
WITH logged AS ({log}),
standing AS (
    SELECT email_key, full_name, email, phone, company, job_title, other_emails, attributes,
           import_id, line
    FROM logged
    WHERE (email_key = ANY(:first)
           OR (policy = """
    + str(OVERWRITE)
    + """ AND NOT EXISTS (
               SELECT 1 FROM people_writes later
               WHERE later.email_key = logged.email_key AND later.import_id > logged.import_id
                   AND NOT """
    + history.UNDONE.format(w="later")
    + """)))
        AND NOT """
    + history.UNDONE.format(w="logged")
    + """),
applied AS ("""
    + fold.APPLY.format(guard=fold.AFTER_IMPORT)
    + """)
SELECT import_id, kind, previous_kind, email_key,
       email_key IN (SELECT email_key FROM standing) AS settled
FROM logged
"""
)


def split(keys: str, logged_keys: set[str]) -> tuple[list[str], list[str]]:
    """The batch's people (`keys`, upsert.people_keys, a JSON array): those the log held
    nothing for, and the others."""
    people = json.loads(keys)
    return [key for key in people if key not in logged_keys], [
        key for key in people if key in logged_keys
    ]


def unsettled(logged: list[str], settled: set[str]) -> str | None:
    """The people logged before that LOG_AND_APPLY did not settle, to fold (a JSON array,
    None when none is left)."""
    rest = [key for key in logged if key not in settled]
    return json.dumps(rest) if rest else None
