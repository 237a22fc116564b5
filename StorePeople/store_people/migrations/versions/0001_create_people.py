"""Create people, unique on lower(email).

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

# Byte-wise comparison of import ids on PostgreSQL; SQLite compares bytes anyway.
ImportId = sa.String(29).with_variant(sa.String(29, collation="C"), "postgresql")

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("source_import", ImportId, nullable=False),
        sa.Column("source_line", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    # Written by hand: autogenerate does not see expression indexes.
    op.create_index("uq_people_email_lower", "people", [sa.text("lower(email)")], unique=True)


def downgrade() -> None:
    op.drop_index("uq_people_email_lower", table_name="people")
    op.drop_table("people")
