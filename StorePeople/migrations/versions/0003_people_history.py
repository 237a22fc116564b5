"""Keep the version each write replaced (people_history), so an import can be undone.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

The worker writes history in the same transaction as the rows (store_people/history.py).
On PostgreSQL the worker's role may read the history and add to it, nothing more:
its UPDATE and DELETE, granted by roles.sql's default privileges, are revoked here;
it prunes old entries only through prune_people_history(), which runs as the owner
(SECURITY DEFINER, with a fixed search_path as the docs advise:
https://www.postgresql.org/docs/15/sql-createfunction.html#SQL-CREATEFUNCTION-SECURITY).
Undo removes the people an import inserted, so the worker gets DELETE on people.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ImportId = sa.String(29).with_variant(sa.String(29, collation="C"), "postgresql")

PRUNE = """
CREATE FUNCTION prune_people_history(keep_days integer) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH gone AS (
        DELETE FROM people_history WHERE id IN (
            SELECT id FROM people_history
            WHERE changed_at < now() - make_interval(days => greatest(keep_days, 1))
            ORDER BY id LIMIT 100000)
        RETURNING 1)
    SELECT count(*) FROM gone
$$
"""

# The roles that write people (the worker's, from roles.sql), other than the owner.
GRANTS = """
DO $$
DECLARE writer name;
BEGIN
    REVOKE ALL ON FUNCTION prune_people_history(integer) FROM PUBLIC;
    FOR writer IN
        SELECT DISTINCT grantee FROM information_schema.role_table_grants
        WHERE table_name = 'people' AND privilege_type = 'INSERT' AND grantee <> current_user
    LOOP
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON people_history FROM %I', writer);
        EXECUTE format('GRANT SELECT, INSERT ON people_history TO %I', writer);
        EXECUTE format('GRANT DELETE ON people TO %I', writer);
        EXECUTE format('GRANT EXECUTE ON FUNCTION prune_people_history(integer) TO %I', writer);
    END LOOP;
END $$
"""


def counter(name: str) -> sa.Column:
    return sa.Column(name, sa.BigInteger(), server_default="0", nullable=False)


def upgrade() -> None:
    op.create_table(
        "people_history",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True),
        sa.Column("person_id", sa.BigInteger(), nullable=False),
        # insert | update | touch (an import's write: touch stored the same name and email)
        # | undo | delete (an undo's)
        sa.Column("action", sa.String(8), nullable=False),
        # The version replaced (NULL for an insert) ...
        sa.Column("full_name", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("source_import", ImportId, nullable=True),
        sa.Column("source_line", sa.Integer(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=True),
        # ... and where the version that replaced it came from (NULL for a delete).
        sa.Column("new_import", ImportId, nullable=True),
        sa.Column("new_line", sa.Integer(), nullable=True),
        sa.Column(
            "changed_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
    )
    op.create_index("ix_people_history_new_import", "people_history", ["new_import", "person_id"])
    op.create_index("ix_people_history_changed_at", "people_history", ["changed_at"])
    with op.batch_alter_table("imports") as imports:
        imports.add_column(counter("unchanged"))
        # Imports stored before this migration have no history: they can't be undone.
        imports.add_column(
            sa.Column("undoable", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        imports.add_column(sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True))
        imports.add_column(sa.Column("undo_restored", sa.BigInteger(), nullable=True))
        imports.add_column(sa.Column("undo_removed", sa.BigInteger(), nullable=True))
        imports.add_column(sa.Column("undo_kept", sa.BigInteger(), nullable=True))
    # New imports are undoable: the default changes once the old rows are marked.
    with op.batch_alter_table("imports") as imports:
        imports.alter_column("undoable", server_default=sa.true())
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PRUNE)
        op.execute(GRANTS)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION prune_people_history(integer)")
    with op.batch_alter_table("imports") as imports:
        for name in ("undo_kept", "undo_removed", "undo_restored", "undone_at", "undoable"):
            imports.drop_column(name)
        imports.drop_column("unchanged")
    op.drop_index("ix_people_history_changed_at", "people_history")
    op.drop_index("ix_people_history_new_import", "people_history")
    op.drop_table("people_history")
