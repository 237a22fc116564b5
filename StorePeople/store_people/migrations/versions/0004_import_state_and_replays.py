"""Imports keep how the CLI's reading ended and how many dead letters were replayed.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

- imports.cli_state: the CLI's own last word on the import (`enqueued` once the
  whole file was read and sent, `interrupted`, `failed`), from tasks.record_import:
  `status` reads it from PostgreSQL once Redis has forgotten the import.
- imports.replayed: rows of the import dead-lettered, then replayed from the
  dead-letter queue and stored (each one taken off `failed` in the same transaction).
- The worker's roles may read alembic_version: the worker checks at start that the
  database is at the migration head it was built for, and refuses to consume if not.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The roles that write people (the worker's, from roles.sql), other than the owner.
GRANTS = """
DO $$
DECLARE writer name;
BEGIN
    FOR writer IN
        SELECT DISTINCT grantee FROM information_schema.role_table_grants
        WHERE table_name = 'people' AND privilege_type = 'INSERT' AND grantee <> current_user
    LOOP
        EXECUTE format('GRANT SELECT ON alembic_version TO %I', writer);
    END LOOP;
END $$
"""


def upgrade() -> None:
    with op.batch_alter_table("imports") as imports:
        imports.add_column(sa.Column("cli_state", sa.String(16), nullable=True))
        imports.add_column(
            sa.Column("replayed", sa.BigInteger(), server_default="0", nullable=False)
        )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(GRANTS)


def downgrade() -> None:
    with op.batch_alter_table("imports") as imports:
        imports.drop_column("replayed")
        imports.drop_column("cli_state")
