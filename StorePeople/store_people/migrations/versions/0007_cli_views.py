"""The views the CLI reads (people_import_contract.cli_views): history and the preview.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

`status`, `list` and `--dry-run` read StorePeople's database (with the CLI's optional
DATABASE_URL). They read these views, not the tables, so the tables can change with
the worker while the CLI's contract stays: import_history (imports, the CLI's state
as `state`, the last write as `last_progress_at`), import_failure_counts and
people_lookup (the stored people by lower(email); a plain view, so the planner uses
the unique index on lower(email)). The views run with their owner's rights: a role
the CLI uses needs SELECT on them only. PostgreSQL only: the CLI reads history and
previews only there (SQLite is the demo's).
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

VIEWS = {
    "import_history": """
        SELECT import_id, file, started_at, finished_reading_at, rows, accepted, rejected,
               enqueued, stored, inserted, updated, unchanged, failed, replayed, undone_at,
               cli_state AS state, merge,
               extract(epoch FROM updated_at)::double precision AS last_progress_at
        FROM imports""",
    "import_failure_counts": "SELECT import_id, reason, count FROM import_failures",
    "people_lookup": """
        SELECT lower(email) AS email_key, full_name, email, phone, company, job_title,
               other_emails, attributes
        FROM people""",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, query in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {query}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW {name}")
