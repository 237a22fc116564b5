"""A person is the fold of its writes log: the standing write, computed in SQL for many at once.

The writes of a person (people_writes, one row per person and import: the import's
latest line) of the imports not undone, applied in (import_id, line) order, each with
its import's merge policy (STANDING below): as if the undone imports had never run. With
every import an overwrite, that is the write with the highest (import_id, line): later
wins. `people` holds it for every person; these
statements bring a set of people (a batch's keys, lower(email), as one JSON array, or
those an undone import wrote) up to it, set-based: one statement for all of them, on
PostgreSQL and SQLite alike.

A person whose standing write has the values already stored is not written at all:
no revision, no updated_at, no history entry (people.source_* then still names the
earlier write of those values).
"""

from sqlalchemy import text

from store_people import history, prepared

# The known fields (migration 0006), nullable: compared NULL-safe.
KNOWN = ("phone", "company", "job_title", "other_emails", "attributes")
VALUES = ("full_name", "email", *KNOWN)


def same(left: str, right: str, prior: bool = False) -> str:
    """SQL: the person `left` holds the values of `right` (`left`'s prior_* with `prior`)."""
    names = {"full_name": "prior_name", "email": "prior_email"}
    column = (lambda c: names.get(c, f"prior_{c}")) if prior else (lambda c: c)
    equal = [f"{left}.{column(c)} = {right}.{c}" for c in ("full_name", "email")]
    equal += [f"{left}.{column(c)} IS NOT DISTINCT FROM {right}.{c}" for c in KNOWN]
    return "(" + " AND ".join(equal) + ")"


KEYS = {
    "postgresql": "SELECT DISTINCT k AS email_key"
    " FROM json_array_elements_text(CAST(:keys AS json)) AS k",
    "sqlite": "SELECT DISTINCT value AS email_key FROM json_each(:keys)",
}

# The log's rows of a set of keys, looked up in its primary key whatever the planner
# estimates: joined to the keys without nested loops (BY_KEY, below), PostgreSQL read the whole
# log for every batch, so a batch's fold took longer the more was logged (21 ms for a
# 1,000-row batch with nothing logged, 62 ms at 200k rows logged, 140 ms at 400k).
# `= ANY(ARRAY(subquery))` is one index scan for the whole set (an InitPlan, no join).
IN_KEYS = {
    "postgresql": "{column} = ANY(ARRAY(SELECT email_key FROM keys))",
    "sqlite": "{column} IN (SELECT email_key FROM keys)",
}

# The standing writes (imports not undone), in (import_id, line) order per person: n
# counts up, r down. Each is applied with its import's policy (people_writes.policy):
# the first inserts the person whatever its policy; after it an overwrite (0) sets every
# value, a fill-blanks (1) only the known fields still empty, an insert-only (2) nothing.
# So the person is the base (the latest write that is the first or an overwrite), each
# of its empty known fields filled by the first fill-blanks write after the base that
# has one; its source is the latest standing write (r = 1).
FILL = """
fill_{c} AS (
    SELECT email_key, {c} FROM (
        SELECT f.email_key, f.{c},
               row_number() OVER (PARTITION BY f.email_key ORDER BY f.import_id, f.line) AS k
        FROM writes f JOIN base b ON b.email_key = f.email_key
        WHERE f.policy = 1 AND f.{c} IS NOT NULL
            AND (f.import_id > b.import_id OR (f.import_id = b.import_id AND f.line > b.line))
    ) AS filling WHERE k = 1),"""

STANDING = (
    """
WITH keys AS ({keys}),
writes AS (
    SELECT w.email_key, w.full_name, w.email, w.phone, w.company, w.job_title,
           w.other_emails, w.attributes, w.import_id, w.line, w.policy,
           row_number() OVER (PARTITION BY w.email_key ORDER BY w.import_id, w.line) AS n,
           row_number() OVER (PARTITION BY w.email_key
                              ORDER BY w.import_id DESC, w.line DESC) AS r
    FROM people_writes w
    WHERE {in_keys}
        AND NOT """
    + history.UNDONE.format(w="w")
    + """),
base AS (
    SELECT * FROM (
        SELECT writes.*, row_number() OVER (PARTITION BY email_key
                                            ORDER BY import_id DESC, line DESC) AS b
        FROM writes WHERE n = 1 OR policy = 0) AS bases
    WHERE b = 1),"""
    + "".join(FILL.replace("{c}", c) for c in KNOWN)
    + """
standing AS (
    SELECT b.email_key, b.full_name, b.email,
           coalesce(b.phone, fill_phone.phone) AS phone,
           coalesce(b.company, fill_company.company) AS company,
           coalesce(b.job_title, fill_job_title.job_title) AS job_title,
           coalesce(b.other_emails, fill_other_emails.other_emails) AS other_emails,
           coalesce(b.attributes, fill_attributes.attributes) AS attributes,
           latest.import_id, latest.line
    FROM base b JOIN writes latest ON latest.email_key = b.email_key AND latest.r = 1
        LEFT JOIN fill_phone ON fill_phone.email_key = b.email_key
        LEFT JOIN fill_company ON fill_company.email_key = b.email_key
        LEFT JOIN fill_job_title ON fill_job_title.email_key = b.email_key
        LEFT JOIN fill_other_emails ON fill_other_emails.email_key = b.email_key
        LEFT JOIN fill_attributes ON fill_attributes.email_key = b.email_key)
"""
)

# Each person to its standing write; `guard` says when a stored person is overwritten.
APPLY = """
INSERT INTO people (full_name, email, phone, company, job_title, other_emails, attributes,
                    source_import, source_line)
SELECT full_name, email, phone, company, job_title, other_emails, attributes, import_id, line
FROM standing WHERE true ORDER BY email_key
ON CONFLICT (lower(email)) DO UPDATE SET
    full_name = excluded.full_name, email = excluded.email, phone = excluded.phone,
    company = excluded.company, job_title = excluded.job_title,
    other_emails = excluded.other_emails, attributes = excluded.attributes,
    source_import = excluded.source_import, source_line = excluded.source_line,
    revision = people.revision + 1, updated_at = CURRENT_TIMESTAMP
WHERE {guard}
"""

CHANGED = f"NOT {same('people', 'excluded')}"

# An import's write: a concurrent batch may have committed a later write meanwhile
# (this statement's snapshot did not see it, the row it waited for holds it): keep that.
# Equal sources may hold different values: an earlier overwrite arriving after a later
# insert-only write changes the person, its source (the latest write) staying the same.
AFTER_IMPORT = f"""{CHANGED} AND (people.source_import, people.source_line)
    <= (excluded.source_import, excluded.source_line)"""

# An undo (which holds the log still, undo.py): also a source that is the undone import goes.
AFTER_UNDO = f"{CHANGED} OR people.source_import = :undone"

# People with no standing write left: only an undo leaves any.
REMOVE = """
DELETE FROM people WHERE lower(email) IN (SELECT email_key FROM keys)
    AND lower(email) NOT IN (SELECT email_key FROM standing)
"""


# An undo's people: those the import wrote.
UNDONE_KEYS = "SELECT email_key FROM people_writes WHERE import_id = :undone"


# How PostgreSQL must plan the statements that read the log by key, whatever its estimates:
# - no nested loops: the fold's CTEs are estimated at a row or two, so PostgreSQL joined
#   them by nested loops, quadratic in the batch (1,000 people: a million pairs, 0.2 s);
# - no sequential scan: a new log has no statistics yet, and PostgreSQL then compared
#   every logged row with the whole key array (IN_KEYS): the first eight 1,000-row
#   batches into a new database took 68, 83, 126, ... 248 ms, then 24 ms once analyzed.
# For these statements only: the transaction's settings are put back after, in one round
# trip each way.
BY_KEY = "SET LOCAL enable_nestloop = off; SET LOCAL enable_seqscan = off"
DEFAULT = "RESET enable_nestloop; RESET enable_seqscan"


def run(session, statement, params: dict, prepared_as: str | None = None):
    """Execute a statement that reads the log by key (PostgreSQL: planned BY_KEY), prepared
    under the name `prepared_as` when given (prepared.py)."""
    if session.get_bind().dialect.name != "postgresql":
        return session.execute(statement, params)
    session.execute(text(BY_KEY))
    if prepared_as is None:
        result = session.execute(statement, params)
    else:
        result = prepared.execute(session, prepared_as, statement, params)
    # Not in a `finally`: after an error the transaction is over (its SET LOCAL with it), and
    # a RESET on a lost connection raised PendingRollbackError, which hid the transient error
    # from store.in_transaction: the batch was dead-lettered as worker.crashed, unstored.
    session.execute(text(DEFAULT))
    return result


def statement(body: str, keys: str, dialect: str):
    in_keys = IN_KEYS[dialect].format(column="w.email_key")
    return text(STANDING.format(keys=keys, in_keys=in_keys) + body)


def apply_after_import(dialect: str):
    """The fold after an import's batch, returning the people it wrote (late_writes.py:
    a late line whose person it left as they were keeps its import's earlier count)."""
    body = APPLY.format(guard=AFTER_IMPORT) + "RETURNING lower(email)\n"
    return statement(body, KEYS[dialect], dialect)


def apply_after_undo(dialect: str):
    return statement(APPLY.format(guard=AFTER_UNDO), UNDONE_KEYS, dialect)


def remove_after_undo(dialect: str):
    return statement(REMOVE, UNDONE_KEYS, dialect)
