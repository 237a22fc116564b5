"""A line stored after a later import wrote its person counts by what the fold made of it.

An import counts each person by what its latest line does to the person as the import
first found it (people_writes.prior_*): inserted, updated or unchanged. The log's insert
decides that from the line and its policy (upsert.kind), which is what the line does when
it is the person's latest write. A line can arrive after a later import's write of the
same person, though: a dead letter replayed after a later import, or two imports stored
at once whose batches came in the other order. Its person is then the fold of both
(fold.py, in import-id order): a later overwrite keeps its values, a later fill-blanks
write fills only what the earlier line left empty. The line's own values said "updated"
where the table did not change (the person kept the later import's values), so such a
line is counted again, after the fold, from the person the fold left: unchanged when it
is the person the import first found, else updated (inserted when it found none).

Only the lines the batch changed in the log, of people the log held something for and
that the fast path did not settle (first_writes.py settles no line a later import wrote
over), are looked at: a first import of new people and an overwriting re-import never
run this statement.
"""

from sqlalchemy import text

from store_people import fold, history
from store_people.write_kinds import INSERTED, UNCHANGED, UPDATED

# The batch's changed lines (:keys, one import's: :import_id) whose person a standing
# import after it wrote too, counted from the person the fold left. Read by key as the
# fold reads the log (fold.run: planned without sequential scans).
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
WHERE people_writes.import_id = :import_id
    AND {in_keys}
    AND lower(people.email) = people_writes.email_key
    AND EXISTS (
        SELECT 1 FROM people_writes later
        WHERE later.email_key = people_writes.email_key
            AND later.import_id > people_writes.import_id
            AND NOT """
    + history.UNDONE.format(w="later")
    + """)
RETURNING people_writes.email_key, people_writes.kind
"""
)

STATEMENTS = {
    dialect: text(
        RECOUNT.format(
            keys=fold.KEYS[dialect],
            in_keys=fold.IN_KEYS[dialect].format(column="people_writes.email_key"),
            same=fold.same("people_writes", "people", prior=True),
        )
    )
    for dialect in ("postgresql", "sqlite")
}
