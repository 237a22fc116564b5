"""The writes log (people_writes): what each import wrote to each person, won or not.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

One row per (person, import): the person's key (lower(email)), the import's latest
line for that person and the values it wrote. A person in `people` is the fold of
its log: the write with the highest (import_id, line) among the imports not undone
(upsert.py, undo.py; docs/undo.md). A write that loses to a later import is logged
all the same, so undoing that later import gives it back.

`prior_*` is the person as the import first found it (NULL: absent), `kind` what the
import's latest line does to it (0 insert, 1 update, 2 unchanged) and `previous_kind`
what it did before that line: the worker counts an import's people by the change.

Existing data is logged from what is known: every person's current version and every
version people_history kept (writes that lost to a later import were never kept).
The worker's role gets DELETE to prune the log (history.py). imports.counts_version
orders an import's totals in the job record (store_people/job_record.py).
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

ImportId = sa.String(29).with_variant(sa.String(29, collation="C"), "postgresql")

# The newest known version per (person, import), from the table and its history.
BACKFILL = """
INSERT INTO people_writes (email_key, import_id, line, full_name, email, kind)
SELECT email_key, import_id, line, full_name, email, 0 FROM (
    SELECT lower(email) AS email_key, source_import AS import_id, source_line AS line,
           full_name, email,
           row_number() OVER (PARTITION BY lower(email), source_import
                              ORDER BY source_line DESC) AS n
    FROM (SELECT full_name, email, source_import, source_line FROM people
          UNION ALL
          SELECT full_name, email, source_import, source_line FROM people_history
          WHERE source_import IS NOT NULL AND email IS NOT NULL) AS versions) AS ranked
WHERE n = 1
"""

GRANTS = """
DO $$
DECLARE writer name;
BEGIN
    FOR writer IN
        SELECT DISTINCT grantee FROM information_schema.role_table_grants
        WHERE table_name = 'people' AND privilege_type = 'INSERT' AND grantee <> current_user
    LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON people_writes TO %I', writer);
    END LOOP;
END $$
"""


def upgrade() -> None:
    op.create_table(
        "people_writes",
        sa.Column("email_key", sa.Text(), nullable=False),
        sa.Column("import_id", ImportId, nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("prior_name", sa.Text(), nullable=True),
        sa.Column("prior_email", sa.Text(), nullable=True),
        sa.Column("kind", sa.SmallInteger(), nullable=False),
        sa.Column("previous_kind", sa.SmallInteger(), nullable=True),
        sa.PrimaryKeyConstraint("email_key", "import_id", name="pk_people_writes"),
    )
    # The undo's lookup of an import's people. A btree: rows of concurrent imports interleave.
    op.create_index("ix_people_writes_import_id", "people_writes", ["import_id"])
    op.execute(BACKFILL)
    # +1 per batch counted: orders an import's totals in the job record, since a later
    # line of the import can move a person from one count to another (job_record.py).
    with op.batch_alter_table("imports") as imports:
        imports.add_column(
            sa.Column("counts_version", sa.BigInteger(), server_default="0", nullable=False)
        )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(GRANTS)


def downgrade() -> None:
    with op.batch_alter_table("imports") as imports:
        imports.drop_column("counts_version")
    op.drop_index("ix_people_writes_import_id", "people_writes")
    op.drop_table("people_writes")
