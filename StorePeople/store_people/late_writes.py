"""A line stored after a later import wrote its person counts by what the fold made of it.

An import counts each person by what its latest line does to the person as the import
first found it (people_writes.prior_*): inserted, updated or unchanged. The log's insert
decides that from the line and its policy (upsert.kind), which is what the line does when
it is the person's latest write. A line can arrive after a later import's write of the
same person, though: a dead letter replayed after a later import, or two imports stored
at once whose batches came in the other order. Its person is then the fold of both
(fold.py, in import-id order): a later overwrite keeps its values, a later fill-blanks
write fills only what the earlier line left empty. Counted by its own values, such a line
said "updated" where the table did not change (the person kept the later import's
values), so it is counted again, after the fold, from the person the fold left:
unchanged when it is the person the import first found, else updated (inserted when it
found nobody). Unless the line left the person as they were (the fold wrote nothing) after
an earlier line of the same import: the import's count for them is then what that line
made of them (previous_kind). Line 2 leaving Dee unchanged, a later import's overwrite,
then line 3 replayed (the later import's values stand): Dee stays unchanged, not updated
by the later import's doing (found by an adversarial review, test_late_writes.py).

Which lines are late is read from what the batch found logged before it
(replays.logged: every import that wrote its people), so a batch without one (a first
import, a re-import, any import stored in order) runs no statement at all.
"""

import json
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import text

from store_people import counts, fold
from store_people.write_kinds import INSERTED, UNCHANGED, UPDATED

# The import's (:import_id) lines of the people :keys, counted from the person the fold left.
RECOUNT = (
    """
WITH keys AS ({keys})
UPDATE people_writes SET kind = CASE
    WHEN people_writes.prior_email IS NULL THEN """
    + str(INSERTED)
    + """
    WHEN {same} THEN """
    + str(UNCHANGED)
    + """ ELSE """
    + str(UPDATED)
    + """ END
FROM people
WHERE people_writes.import_id = :import_id AND {in_keys}
    AND lower(people.email) = people_writes.email_key
RETURNING people_writes.email_key, people_writes.kind
"""
)
# The import's lines of the people :keys the fold left as they were: the count its
# earlier line made of them.
KEEP = """
WITH keys AS ({keys})
UPDATE people_writes SET kind = coalesce(previous_kind, kind)
WHERE import_id = :import_id AND {in_keys}
"""


def _statements(template: str) -> dict:
    return {
        dialect: text(
            template.format(
                keys=fold.KEYS[dialect],
                in_keys=fold.IN_KEYS[dialect].format(column="people_writes.email_key"),
                same=fold.same("people_writes", "people", prior=True),
            )
        )
        for dialect in ("postgresql", "sqlite")
    }


RECOUNTS, KEEPS = _statements(RECOUNT), _statements(KEEP)


def recount(session, changed: list[tuple], logged: Iterable, moved: set[str]) -> list[tuple]:
    """`changed` (upsert.upsert's: import_id, kind, previous_kind, email_key) with the kind
    of each line a standing import after it wrote too (`logged`: replays.logged, the log's
    (email_key, import_id) pairs before the batch) counted from the person the fold left
    (`moved`: the people it wrote)."""
    imports_of = defaultdict(set)
    for key, import_id in logged:
        imports_of[key].add(import_id)
    later = {
        (import_id, key): {other for other in imports_of[key] if other > import_id}
        for import_id, _kind, _previous, key in changed
        if key in imports_of
    }
    writers = set().union(*later.values()) if later else set()
    if not writers:
        return changed
    standing = writers - counts.undone_imports(session, writers)
    recounted = {}
    late, kept = defaultdict(list), defaultdict(list)
    for import_id, _kind, previous, key in changed:
        if not later.get((import_id, key), set()) & standing:
            continue
        if key not in moved and previous is not None:
            kept[import_id].append(key)  # the fold left them as they were
            recounted[(import_id, key)] = previous
        else:
            late[import_id].append(key)
    dialect = session.get_bind().dialect.name
    for import_id, keys in kept.items():
        session.execute(KEEPS[dialect], {"keys": json.dumps(sorted(keys)), "import_id": import_id})
    for import_id, keys in late.items():
        params = {"keys": json.dumps(sorted(keys)), "import_id": import_id}
        for key, kind in session.execute(RECOUNTS[dialect], params):
            recounted[(import_id, key)] = kind
    return [
        (import_id, recounted.get((import_id, key), kind), previous, key)
        for import_id, kind, previous, key in changed
    ]
