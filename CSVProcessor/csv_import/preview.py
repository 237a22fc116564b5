"""--dry-run with DATABASE_URL: what the import would change, compared with the table.

Set-based: the file's emails are looked up a batch at a time (one query per
LOOKUP_BATCH rows, on the table's unique lower(email) index), in one read-only
snapshot, so the whole preview sees one state of the table. The lookups run on a
thread of their own, in file order, while the file is read (psycopg2 releases the
GIL while the server works), at most two batches behind. Memory grows only by one
dictionary entry of two integers per distinct email: the email's hash, and the
stored person's hash with what the email's latest row does to it.

Each distinct email counts once, by its last row, as the worker counts it
(store_people/store.py tally, docs/undo.md): would_insert (not in the table),
would_update (a different name, spelling of the address, or known field: phone,
company, job title, other addresses), unchanged. A later row
of the same email moves it from one count to another; the rows before the last are
in_file_duplicates.

With --merge the counts follow the policy, as the worker's do (store_people/upsert.py):
insert-only leaves every stored person unchanged; fill-blanks updates a stored person
only when the row has a known field (phone, company, job title, other addresses) the
person has empty; so the preview keeps which of the stored person's known fields are
empty too (five bits more per email).
"""

import queue
import sys
import threading

import psycopg2

from csv_import.history import connect, unavailable
from people_import_contract.cli_views import PEOPLE_LOOKUP, PEOPLE_LOOKUP_COLUMNS

LOOKUP_BATCH = 5000
EXAMPLES = 5
INSERT, UPDATE, UNCHANGED = 0, 1, 2  # the worker's counts (store_people/upsert.py)
HASH_MASK = (1 << 60) - 1  # a stored person's hash: non-negative, 0 means none

# The stored people, through the view StorePeople's migrations own for the CLI.
LOWER = "SELECT e, lower(e) FROM unnest(%s::text[]) AS e"
LOOKUP = f"SELECT {', '.join(PEOPLE_LOOKUP_COLUMNS)} FROM {PEOPLE_LOOKUP} WHERE email_key = ANY(%s)"


def value_hash(person: tuple) -> int:
    """A stored person's values' hash, never 0 (0 is "not stored")."""
    return (hash(person) & HASH_MASK) or 1


def values_of(person) -> tuple:
    """A Person's values as the table holds them: NULL for an empty known field."""
    return (person.full_name, person.email, person.phone or None, person.company or None,
            person.job_title or None, tuple(person.other_emails) or None,
            tuple(sorted(person.attributes.items())) if person.attributes else None)  # fmt: skip


def empty_fields(values: tuple) -> int:
    """The known fields (values[2:]) that are empty, one bit each."""
    return sum(1 << i for i, value in enumerate(values[2:]) if value is None)


def stored_values(full_name, email, phone, company, job_title, other_emails, attributes):
    return (full_name, email, phone, company, job_title,
            tuple(other_emails) if other_emails else None,
            tuple(sorted(attributes.items())) if attributes else None)  # fmt: skip


class Preview:
    def __init__(self, database_url: str, merge: str = "overwrite"):
        self.database_url = database_url
        self.merge = merge
        self.connection = connect(database_url)
        # One snapshot for the whole file; read-only, so a read-only role is enough.
        self.connection.set_session(readonly=True, isolation_level="REPEATABLE READ")
        self.cursor = self.connection.cursor()
        self.pending: list[tuple[str, tuple]] = []
        # hash(email key) -> hash(stored values) (0: not stored) << 7 | its empty known
        # fields (5 bits) << 2 | what it does
        self.seen: dict[int, int] = {}
        self.counts = [0, 0, 0]  # by INSERT, UPDATE, UNCHANGED
        self.duplicates = 0
        self.examples: list[str] = []
        self.batches: queue.Queue = queue.Queue(maxsize=2)
        self.error: Exception | None = None
        self.lookups = threading.Thread(target=self._lookups, name="preview", daemon=True)
        self.lookups.start()

    def add(self, person) -> None:
        """A valid row (rows.Person) the import would send."""
        self.pending.append((person.email, values_of(person)))  # keyed in _compare
        if len(self.pending) >= LOOKUP_BATCH:
            self._hand_over()

    def _hand_over(self) -> None:
        if self.error is not None:
            raise self.error
        self.batches.put(self.pending)
        self.pending = []

    def _lookups(self) -> None:
        while (batch := self.batches.get()) is not None:
            if self.error is None:
                try:
                    self._compare(batch)
                except Exception as error:  # raised on the reading thread (_hand_over, finish)
                    self.error = error

    def _keyed(self, batch: list[tuple[str, tuple]]) -> list[tuple[str, tuple]]:
        """(email, values) as (key, values): the key is PostgreSQL's lower(email), the people
        table's unique index. Python's str.lower differs beyond ASCII (a final Σ: ς, not σ; İ:
        i and a combining dot): such a stored person was predicted an insert, and two rows
        PostgreSQL holds as one person two people. Asked of the server, for non-ASCII only."""
        wide = sorted({email for email, _ in batch if not email.isascii()})
        lowered: dict[str, str] = {}
        if wide:
            self.cursor.execute(LOWER, (wide,))
            lowered = dict(self.cursor.fetchall())
        return [(email.lower() if email.isascii() else lowered[email], values)
                for email, values in batch]  # fmt: skip

    def _compare(self, batch: list[tuple[str, tuple]]) -> None:
        try:
            batch = self._keyed(batch)
            fresh = list({key for key, _ in batch if hash(key) not in self.seen})
            self.cursor.execute(LOOKUP, (fresh,))
            stored = {key: stored_values(*values) for key, *values in self.cursor}
        except psycopg2.Error as error:
            raise unavailable(error, self.database_url) from None
        for key, values in batch:
            seen = hash(key)
            # Collisions: about 1 in 10^7 for a million emails.
            found = None
            if seen in self.seen:
                self.duplicates += 1
                state = self.seen[seen]
                before, empty, kind = state >> 7, state >> 2 & 31, state & 3
                self.counts[kind] -= 1
            else:
                found = stored.get(key)
                before = 0 if found is None else value_hash(found)
                empty = 0 if found is None else empty_fields(found)
            kind = self._kind(before, empty, values)
            self.counts[kind] += 1
            self.seen[seen] = before << 7 | empty << 2 | kind
            if found and kind == UPDATE and len(self.examples) < EXAMPLES:
                self.examples.append(f"  {found[0]} → {values[0]}  <{values[1]}>")

    def _kind(self, before: int, empty: int, values: tuple) -> int:
        """What the row does to the stored person, by the import's policy."""
        if before == 0:
            return INSERT
        if self.merge == "insert-only":
            return UNCHANGED
        if self.merge == "fill-blanks":
            return UPDATE if empty & ~empty_fields(values) else UNCHANGED
        return UNCHANGED if value_hash(values) == before else UPDATE

    def finish(self, summary) -> None:
        """Compare what is left; the counts go into the summary, examples to stderr."""
        self._hand_over()
        self.batches.put(None)
        self.lookups.join()
        if self.error is not None:
            raise self.error
        self.connection.close()
        summary.would_insert, summary.would_update, summary.unchanged = self.counts
        summary.in_file_duplicates = self.duplicates
        if self.examples:
            print(f"would update {self.counts[UPDATE]}, for example:", file=sys.stderr)
            print("\n".join(self.examples), file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if self.lookups.is_alive():  # reading stopped early: let the thread end
            self.error = self.error or RuntimeError("stopped")
            self.batches.put(None)
            self.lookups.join()
        if not self.connection.closed:
            self.connection.close()
