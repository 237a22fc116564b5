"""Create imports and import_failures: each import's counts, kept in PostgreSQL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ImportId = sa.String(29).with_variant(sa.String(29, collation="C"), "postgresql")


def counter(name: str) -> sa.Column:
    return sa.Column(name, sa.BigInteger(), server_default="0", nullable=False)


def upgrade() -> None:
    op.create_table(
        "imports",
        sa.Column("import_id", ImportId, nullable=False),
        counter("stored"),
        counter("inserted"),
        counter("updated"),
        counter("failed"),
        sa.Column("file", sa.Text(), nullable=True),
        sa.Column("started_at", sa.Text(), nullable=True),
        sa.Column("finished_reading_at", sa.Text(), nullable=True),
        sa.Column("rows", sa.BigInteger(), nullable=True),
        sa.Column("accepted", sa.BigInteger(), nullable=True),
        sa.Column("rejected", sa.BigInteger(), nullable=True),
        sa.Column("enqueued", sa.BigInteger(), nullable=True),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("import_id", name=op.f("pk_imports")),
    )
    op.create_table(
        "import_failures",
        sa.Column("import_id", ImportId, nullable=False),
        sa.Column("reason", sa.String(64), nullable=False),
        counter("count"),
        sa.PrimaryKeyConstraint("import_id", "reason", name=op.f("pk_import_failures")),
    )


def downgrade() -> None:
    op.drop_table("import_failures")
    op.drop_table("imports")
