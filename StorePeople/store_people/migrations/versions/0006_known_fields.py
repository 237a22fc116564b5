"""The known fields beside name and email: phone, company, job title, other addresses.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

people gets phone, company, job_title (text), other_emails (a JSON array of
addresses) and attributes (--keep-columns: a JSON object of the row's other columns by
header), JSON being jsonb on PostgreSQL, all nullable: NULL when the row had none. Existing
people upgrade in place with NULLs, which is what their writes said.

people_writes logs the same fields per write, and the person as the import first found
it (prior_*), since an undo gives people back the standing write from this log
(fold.py), and an import's counts compare all fields. people_history keeps them in the
version a write replaced; the update and delete triggers of 0003 are rewritten to copy
them, and 'touch' (a write that changed nothing but its source) compares them too.

The merge policy per import (--merge): people_writes.policy (0 overwrite, 1
fill-blanks, 2 insert-only; existing writes were all overwrites), which the fold
applies in (import_id, line) order (fold.py), and imports.merge, the policy's name
for `status`.
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

Addresses = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
FIELDS = ("phone", "company", "job_title", "other_emails", "attributes")
JSON_FIELDS = ("other_emails", "attributes")


def columns(prefix: str = "") -> list[sa.Column]:
    return [
        sa.Column(
            f"{prefix}{name}", Addresses if name in JSON_FIELDS else sa.Text(), nullable=True
        )  # fmt: skip
        for name in FIELDS
    ]


def action(new: str, old: str, same: str) -> str:
    """What replaced a version: 'undo' (its source moved back), 'touch' (no value changed)."""
    equal = " AND ".join(f"{new}.{c} {same} {old}.{c}" for c in ("full_name", "email", *FIELDS))
    return f"""CASE
    WHEN ({new}.source_import, {new}.source_line) < ({old}.source_import, {old}.source_line)
        THEN 'undo'
    WHEN {equal} THEN 'touch'
    ELSE 'update' END"""


OLD_COLUMNS = """(person_id, action, full_name, email, source_import, source_line, revision,
     new_import, new_line)"""
COLUMNS = """(person_id, action, full_name, email, phone, company, job_title, other_emails,
     attributes, source_import, source_line, revision, new_import, new_line)"""

POSTGRES_TRIGGERS = f"""
CREATE OR REPLACE FUNCTION people_history_updated() RETURNS trigger LANGUAGE plpgsql
SET enable_nestloop = off AS $$
BEGIN
    INSERT INTO people_history {COLUMNS}
    SELECT o.id, {action("n", "o", "IS NOT DISTINCT FROM")}, o.full_name, o.email, o.phone,
           o.company, o.job_title, o.other_emails, o.attributes, o.source_import,
           o.source_line, o.revision, n.source_import, n.source_line
    FROM replaced o JOIN written n ON n.id = o.id;
    RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION people_history_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO people_history {COLUMNS}
    SELECT id, 'delete', full_name, email, phone, company, job_title, other_emails,
           attributes, source_import, source_line, revision, NULL, NULL
    FROM deleted;
    RETURN NULL;
END $$;
"""

SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER people_history_update AFTER UPDATE ON people BEGIN
    INSERT INTO people_history {COLUMNS}
    VALUES (OLD.id, {action("NEW", "OLD", "IS")}, OLD.full_name, OLD.email, OLD.phone,
            OLD.company, OLD.job_title, OLD.other_emails, OLD.attributes, OLD.source_import,
            OLD.source_line, OLD.revision, NEW.source_import, NEW.source_line); END""",
    f"""CREATE TRIGGER people_history_delete AFTER DELETE ON people BEGIN
    INSERT INTO people_history {COLUMNS}
    VALUES (OLD.id, 'delete', OLD.full_name, OLD.email, OLD.phone, OLD.company, OLD.job_title,
            OLD.other_emails, OLD.attributes, OLD.source_import, OLD.source_line, OLD.revision,
            NULL, NULL); END""",
]

# 0003's, for the downgrade.
OLD_ACTION = """CASE
    WHEN ({new}.source_import, {new}.source_line) < ({old}.source_import, {old}.source_line)
        THEN 'undo'
    WHEN {new}.full_name = {old}.full_name AND {new}.email = {old}.email THEN 'touch'
    ELSE 'update' END"""
OLD_POSTGRES_TRIGGERS = f"""
CREATE OR REPLACE FUNCTION people_history_updated() RETURNS trigger LANGUAGE plpgsql
SET enable_nestloop = off AS $$
BEGIN
    INSERT INTO people_history {OLD_COLUMNS}
    SELECT o.id, {OLD_ACTION.format(new="n", old="o")}, o.full_name, o.email, o.source_import,
           o.source_line, o.revision, n.source_import, n.source_line
    FROM replaced o JOIN written n ON n.id = o.id;
    RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION people_history_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO people_history {OLD_COLUMNS}
    SELECT id, 'delete', full_name, email, source_import, source_line, revision, NULL, NULL
    FROM deleted;
    RETURN NULL;
END $$;
"""
OLD_SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER people_history_update AFTER UPDATE ON people BEGIN
    INSERT INTO people_history {OLD_COLUMNS}
    VALUES (OLD.id, {OLD_ACTION.format(new="NEW", old="OLD")}, OLD.full_name, OLD.email,
            OLD.source_import, OLD.source_line, OLD.revision,
            NEW.source_import, NEW.source_line); END""",
    """CREATE TRIGGER people_history_delete AFTER DELETE ON people BEGIN
    INSERT INTO people_history (person_id, action, full_name, email, source_import, source_line,
        revision, new_import, new_line)
    VALUES (OLD.id, 'delete', OLD.full_name, OLD.email, OLD.source_import, OLD.source_line,
            OLD.revision, NULL, NULL); END""",
]


def triggers(postgres: str, sqlite: list[str]) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(postgres)
        return
    for name in ("update", "delete"):
        op.execute(f"DROP TRIGGER people_history_{name}")
    for trigger in sqlite:
        op.execute(trigger)


def upgrade() -> None:
    for table, prefixes in (
        ("people", ("",)),
        ("people_history", ("",)),
        ("people_writes", ("", "prior_")),
    ):
        with op.batch_alter_table(table) as batch:
            for prefix in prefixes:
                for column in columns(prefix):
                    batch.add_column(column)
    with op.batch_alter_table("people_writes") as writes:
        writes.add_column(
            sa.Column("policy", sa.SmallInteger(), server_default="0", nullable=False)
        )
    with op.batch_alter_table("imports") as imports:
        imports.add_column(sa.Column("merge", sa.String(16), nullable=True))
    triggers(POSTGRES_TRIGGERS, SQLITE_TRIGGERS)


def downgrade() -> None:
    triggers(OLD_POSTGRES_TRIGGERS, OLD_SQLITE_TRIGGERS)
    with op.batch_alter_table("imports") as imports:
        imports.drop_column("merge")
    with op.batch_alter_table("people_writes") as writes:
        writes.drop_column("policy")
    for table, prefixes in (
        ("people_writes", ("prior_", "")),
        ("people_history", ("",)),
        ("people", ("",)),
    ):
        with op.batch_alter_table(table) as batch:
            for prefix in prefixes:
                for name in reversed(FIELDS):
                    batch.drop_column(f"{prefix}{name}")
