"""Keep the version each write replaced (people_history), so an import can be undone.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

Triggers write the history, in the same statement as the write, from what the
database itself replaced: statement-level AFTER triggers with transition tables on
PostgreSQL (separate INSERT and UPDATE triggers, which is what INSERT ... ON CONFLICT
supports: https://www.postgresql.org/docs/15/sql-createtrigger.html), row triggers
on SQLite (the demo). The update trigger joins its two transition tables by id with
nested loops off for the function (a SET clause): they have no index and no
statistics, and were planned as a nested loop, quadratic in the batch; a hash join
costs a re-import a third of what looking each row up in people again did (measured).
The import's entries are found by a BRIN index: they are appended in the order of the
time-sorted import ids, and a BRIN costs an insert next to nothing where a btree on
the id cost a first import 5-10% of its database time (measured).
people.last_write says what the latest write did, for the worker's counts (the
upsert sets it: upsert.py).

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

# What replaced a version: an import's write (key moves on: update, or touch when the
# name and email stay), or an undo's (key moves back to the version it restores).
ACTION = """CASE
    WHEN ({new}.source_import, {new}.source_line) < ({old}.source_import, {old}.source_line)
        THEN 'undo'
    WHEN {new}.full_name = {old}.full_name AND {new}.email = {old}.email THEN 'touch'
    ELSE 'update' END"""
COLUMNS = """(person_id, action, full_name, email, source_import, source_line, revision,
     new_import, new_line)"""

POSTGRES_TRIGGERS = f"""
CREATE FUNCTION people_history_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO people_history (person_id, action, new_import, new_line)
    SELECT id, 'insert', source_import, source_line FROM inserted;
    RETURN NULL;
END $$;
CREATE FUNCTION people_history_updated() RETURNS trigger LANGUAGE plpgsql
SET enable_nestloop = off AS $$
BEGIN
    INSERT INTO people_history {COLUMNS}
    SELECT o.id, {ACTION.format(new="n", old="o")}, o.full_name, o.email, o.source_import,
           o.source_line, o.revision, n.source_import, n.source_line
    FROM replaced o JOIN written n ON n.id = o.id;
    RETURN NULL;
END $$;
CREATE FUNCTION people_history_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO people_history {COLUMNS}
    SELECT id, 'delete', full_name, email, source_import, source_line, revision, NULL, NULL
    FROM deleted;
    RETURN NULL;
END $$;
CREATE TRIGGER people_history_insert AFTER INSERT ON people
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION people_history_inserted();
CREATE TRIGGER people_history_update AFTER UPDATE ON people
    REFERENCING OLD TABLE AS replaced NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION people_history_updated();
CREATE TRIGGER people_history_delete AFTER DELETE ON people
    REFERENCING OLD TABLE AS deleted
    FOR EACH STATEMENT EXECUTE FUNCTION people_history_deleted();
"""

SQLITE_TRIGGERS = [
    """CREATE TRIGGER people_history_insert AFTER INSERT ON people BEGIN
    INSERT INTO people_history (person_id, action, new_import, new_line)
    VALUES (NEW.id, 'insert', NEW.source_import, NEW.source_line); END""",
    f"""CREATE TRIGGER people_history_update AFTER UPDATE ON people BEGIN
    INSERT INTO people_history {COLUMNS}
    VALUES (OLD.id, {ACTION.format(new="NEW", old="OLD")}, OLD.full_name, OLD.email,
            OLD.source_import, OLD.source_line, OLD.revision,
            NEW.source_import, NEW.source_line); END""",
    f"""CREATE TRIGGER people_history_delete AFTER DELETE ON people BEGIN
    INSERT INTO people_history {COLUMNS}
    VALUES (OLD.id, 'delete', OLD.full_name, OLD.email, OLD.source_import, OLD.source_line,
            OLD.revision, NULL, NULL); END""",
]

PRUNE = """
CREATE FUNCTION prune_people_history(keep_days integer) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH gone AS (
        DELETE FROM people_history
        WHERE changed_at < now() - make_interval(days => greatest(keep_days, 1))
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
    # BRIN on PostgreSQL (see the module doc); SQLite has only btrees.
    op.create_index(
        "ix_people_history_new_import",
        "people_history",
        ["new_import"],
        postgresql_using="brin",
    )
    # BRIN: entries are appended in time order, so a tiny index serves the pruning.
    op.create_index(
        "ix_people_history_changed_at",
        "people_history",
        ["changed_at"],
        postgresql_using="brin",
    )
    # 0 inserted, 1 updated, 2 the same name and email, 3 over the same import's earlier line
    op.add_column(
        "people", sa.Column("last_write", sa.SmallInteger(), server_default="0", nullable=False)
    )
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
        op.execute(POSTGRES_TRIGGERS)
        op.execute(PRUNE)
        op.execute(GRANTS)
    else:
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for action in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER people_history_{action}" + ("" if sqlite else " ON people"))
    if not sqlite:
        for action in ("inserted", "updated", "deleted"):
            op.execute(f"DROP FUNCTION people_history_{action}()")
        op.execute("DROP FUNCTION prune_people_history(integer)")
    with op.batch_alter_table("people") as people:
        people.drop_column("last_write")
    with op.batch_alter_table("imports") as imports:
        for name in ("undo_kept", "undo_removed", "undo_restored", "undone_at", "undoable"):
            imports.drop_column(name)
        imports.drop_column("unchanged")
    op.drop_index("ix_people_history_changed_at", "people_history")
    op.drop_index("ix_people_history_new_import", "people_history")
    op.drop_table("people_history")
