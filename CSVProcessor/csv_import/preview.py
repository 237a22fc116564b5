"""--dry-run with DATABASE_URL: what the import would change, compared with the table.

Set-based: the file's emails are looked up a batch at a time (one query per
LOOKUP_BATCH rows, on the table's unique lower(email) index), in one read-only
snapshot, so the whole preview sees one state of the table. The lookups run on a
thread of their own, in file order, while the file is read (psycopg2 releases the
GIL while the server works), at most two batches behind. Memory grows only by one
integer per distinct email (to tell a repeated email from a new one).

Each distinct email counts once, by its first row, as the worker counts it
(store_people/store.py tally): would_insert (not in the table), would_update (a
different name or spelling of the address), unchanged. Later rows of the same
email are in_file_duplicates.
"""

import queue
import sys
import threading

import psycopg2

from csv_import.history import connect, unavailable

LOOKUP_BATCH = 5000
EXAMPLES = 5

LOOKUP = "SELECT lower(email), full_name, email FROM people WHERE lower(email) = ANY(%s)"


class Preview:
    def __init__(self, database_url: str):
        self.database_url = database_url
        self.connection = connect(database_url)
        # One snapshot for the whole file; read-only, so a read-only role is enough.
        self.connection.set_session(readonly=True, isolation_level="REPEATABLE READ")
        self.cursor = self.connection.cursor()
        self.pending: list[tuple[str, str, str]] = []
        self.seen: set[int] = set()
        self.would_insert = self.would_update = self.unchanged = self.duplicates = 0
        self.examples: list[str] = []
        self.batches: queue.Queue = queue.Queue(maxsize=2)
        self.error: Exception | None = None
        self.lookups = threading.Thread(target=self._lookups, name="preview", daemon=True)
        self.lookups.start()

    def add(self, full_name: str, email: str) -> None:
        self.pending.append((email.lower(), full_name, email))
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

    def _compare(self, batch: list[tuple[str, str, str]]) -> None:
        fresh = list({key for key, _, _ in batch if hash(key) not in self.seen})
        try:
            self.cursor.execute(LOOKUP, (fresh,))
            stored = {key: (name, email) for key, name, email in self.cursor}
        except psycopg2.Error as error:
            raise unavailable(error, self.database_url) from None
        for key, full_name, email in batch:
            seen = hash(key)
            if seen in self.seen:  # collisions: about 1 in 10^7 for a million emails
                self.duplicates += 1
                continue
            self.seen.add(seen)
            before = stored.get(key)
            if before is None:
                self.would_insert += 1
            elif before == (full_name, email):
                self.unchanged += 1
            else:
                self.would_update += 1
                if len(self.examples) < EXAMPLES:
                    self.examples.append(f"  {before[0]} → {full_name}  <{email}>")

    def finish(self, summary) -> None:
        """Compare what is left; the counts go into the summary, examples to stderr."""
        self._hand_over()
        self.batches.put(None)
        self.lookups.join()
        if self.error is not None:
            raise self.error
        self.connection.close()
        summary.would_insert, summary.would_update = self.would_insert, self.would_update
        summary.unchanged, summary.in_file_duplicates = self.unchanged, self.duplicates
        if self.examples:
            print(f"would update {self.would_update}, for example:", file=sys.stderr)
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
