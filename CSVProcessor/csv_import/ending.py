"""How the CLI's reading of a file ended, told to the job record and to the worker's history.

`tasks.record_import` carries the CLI's counts and a `state` (the contract's
CLI_STATES): `enqueued` once every row was sent and confirmed, `interrupted`
(SIGTERM, Ctrl-C) or `failed` (the broker lost, the file changed while read).
The worker keeps it in `imports`, where `status` finds it once Redis forgot the
import. An import that ends early first reads the confirms still on their way
(CONFIRM_WAIT seconds at most), so the `enqueued` it reports is what RabbitMQ
holds: what the workers will store.
"""

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from csv_import.enqueue import counts
from csv_import.errors import Stop
from csv_import.job_record import JobRecord
from csv_import.messages import record_message
from csv_import.publisher import Publisher
from csv_import.report import Summary
from people_import_contract.limits import MAX_FIELD_LENGTH

log = logging.getLogger(__name__)
CONFIRM_WAIT = 10.0  # seconds an import that ends early waits for the last confirms


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Ending:
    summary: Summary
    record: JobRecord
    publisher: Publisher | None  # None for a dry run
    file: str
    started_at: str

    def history(self, state: str) -> tuple:
        fields = {"file": self.file[-MAX_FIELD_LENGTH:], "started_at": self.started_at,
                  "finished_reading_at": now_iso(), **counts(self.summary, by_reason=False),
                  "state": state, "merge": self.summary.merge}  # fmt: skip
        return record_message(self.summary.import_id, fields)

    def complete(self) -> None:
        """Every row is sent and confirmed: the history's record goes with the same guarantee."""
        assert self.publisher is not None, "a dry run (no publisher) ends as previewed"
        self.publisher.publish(self.history("enqueued"), 0, rows=0)
        self.publisher.flush()
        self.summary.state = "enqueued"

    def early(self, state: str) -> None:
        """Count what RabbitMQ confirmed (reading the confirms still on their way), record it."""
        self.summary.state = state
        if self.publisher is not None:
            try:
                self.publisher.settle(CONFIRM_WAIT)
                self.summary.enqueued = self.publisher.confirmed_rows
                if not self.publisher.send_now(self.history(state), CONFIRM_WAIT):
                    log.warning("import %s: the broker did not take its %s record",
                                self.summary.import_id, state)  # fmt: skip
            except (KeyboardInterrupt, Stop):  # a second signal: stop at once
                self.summary.enqueued = self.publisher.confirmed_rows
        fields = {**counts(self.summary), "state": state, "finished_reading_at": now_iso()}
        self.record.update(fields)

    def enqueued(self) -> None:
        """The job record says the reading is over; `status` follows the workers from here."""
        fields = {**counts(self.summary), "state": "enqueued", "finished_reading_at": now_iso()}
        self.record.update(fields)
