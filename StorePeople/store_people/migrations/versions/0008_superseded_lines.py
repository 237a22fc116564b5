"""The lines an import stored for a person before its latest one (people_write_lines).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04

The writes log keeps one row per (person, import): the import's latest line. A
redelivered row counts once because it is that logged line (replays.py). A row an
import's later line superseded was no longer recognised: a batch committed but not
acknowledged (its worker lost), redelivered after a later batch of the same import
wrote the same people, was counted again (stored 10,500 for 10,000 rows,
tests/test_faults_more.py). This table holds those earlier lines, one row each; a
file without a person twice writes none.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

ImportId = sa.String(29).with_variant(sa.String(29, collation="C"), "postgresql")

# The roles that write the log write these lines too (as 0005 granted people_writes).
GRANTS = """
DO $$
DECLARE writer name;
BEGIN
    FOR writer IN
        SELECT DISTINCT grantee FROM information_schema.role_table_grants
        WHERE table_name = 'people_writes' AND privilege_type = 'INSERT'
            AND grantee <> current_user
    LOOP
        EXECUTE format('GRANT SELECT, INSERT, DELETE ON people_write_lines TO %I', writer);
    END LOOP;
END $$
"""


def upgrade() -> None:
    op.create_table(
        "people_write_lines",
        sa.Column("email_key", sa.Text(), nullable=False),
        sa.Column("import_id", ImportId, nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("email_key", "import_id", "line", name="pk_people_write_lines"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(GRANTS)


def downgrade() -> None:
    op.drop_table("people_write_lines")
