"""What the CLI may read of StorePeople's database: three views the migrations own.

The tables are the worker's and change with its migrations; `status`, `list` (the
import history once Redis forgot) and `--dry-run`'s comparison with the table read
these views instead, whose names and columns are fixed here. A test on each side
checks them: the migrated database has exactly these columns (StorePeople), and the
CLI's queries are built from these names (CSVProcessor). A migration that changes a
table keeps its view's columns, or changes this module in the same commit.
"""

IMPORT_HISTORY = "import_history"  # one row per import: its counts and the CLI's state
IMPORT_HISTORY_COLUMNS = (
    "import_id",
    "file",
    "started_at",
    "finished_reading_at",
    "rows",
    "accepted",
    "rejected",
    "enqueued",
    "stored",
    "inserted",
    "updated",
    "unchanged",
    "failed",
    "replayed",
    "undone_at",
    "state",  # the CLI's own state (imports.cli_state)
    "merge",
    "last_progress_at",  # seconds since the epoch of the import's last write
)

IMPORT_FAILURES = "import_failure_counts"  # failed rows per import and reason
IMPORT_FAILURES_COLUMNS = ("import_id", "reason", "count")

PEOPLE_LOOKUP = "people_lookup"  # the stored people by key (lower(email)), for the preview
PEOPLE_LOOKUP_COLUMNS = (
    "email_key",
    "full_name",
    "email",
    "phone",
    "company",
    "job_title",
    "other_emails",
    "attributes",
)
