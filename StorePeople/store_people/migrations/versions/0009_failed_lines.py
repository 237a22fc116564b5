"""The lines of an import counted failed (import_failed_lines).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

A row the database refuses is counted failed (imports.failed, import_failures) in the
transaction that records it, before its message is settled. A batch whose worker was lost
between the two comes back, and its refused rows were counted again: `failed` 1,393 for
1,051 refused rows (tests/test_faults_seventh.py). This table holds each failed row's
(import, line), so a row counts failed once, as people_write_lines makes a stored one count
once.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

ImportId = sa.String(29).with_variant(sa.String(29, collation="C"), "postgresql")

# The roles that count failures record these lines too (as 0008 granted people_write_lines).
GRANTS = """
DO $$
DECLARE writer name;
BEGIN
    FOR writer IN
        SELECT DISTINCT grantee FROM information_schema.role_table_grants
        WHERE table_name = 'import_failures' AND privilege_type = 'INSERT'
            AND grantee <> current_user
    LOOP
        EXECUTE format('GRANT SELECT, INSERT, DELETE ON import_failed_lines TO %I', writer);
    END LOOP;
END $$
"""


def upgrade() -> None:
    op.create_table(
        "import_failed_lines",
        sa.Column("import_id", ImportId, nullable=False),
        sa.Column("line", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("import_id", "line", name="pk_import_failed_lines"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(GRANTS)


def downgrade() -> None:
    op.drop_table("import_failed_lines")
