"""The schema: one row per person, unique on the lowered email."""

from datetime import datetime
from typing import ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    func,
    true,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from people_import_contract.limits import IMPORT_ID_LENGTH

# Predictable constraint names, so migrations can refer to them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Import ids compare byte-wise ("C" collation); SQLite (the demo) always does.
ImportId = String(IMPORT_ID_LENGTH).with_variant(
    String(IMPORT_ID_LENGTH, collation="C"), "postgresql"
)


# The person's other addresses: a JSON array (jsonb on PostgreSQL), NULL when none.
Addresses = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # Every model here maps one Table (DeclarativeBase types it as any FromClause).
    __table__: ClassVar[Table]


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(Text)
    email: Mapped[str] = mapped_column(Text)
    # The known fields (migration 0006): NULL when the standing write had none.
    phone: Mapped[str | None] = mapped_column(Text)
    company: Mapped[str | None] = mapped_column(Text)
    job_title: Mapped[str | None] = mapped_column(Text)
    other_emails: Mapped[list | None] = mapped_column(Addresses)
    # --keep-columns: the row's other columns, {header: value} (migration 0006).
    attributes: Mapped[dict | None] = mapped_column(Addresses)
    # Where the stored values came from. (source_import, source_line) orders
    # writes: the upsert only replaces a row with a later one. Import ids sort
    # by start time.
    source_import: Mapped[str] = mapped_column(ImportId)
    source_line: Mapped[int] = mapped_column(Integer)
    # 1 when inserted, +1 on every update: tells inserts from updates on any database.
    revision: Mapped[int] = mapped_column(Integer, server_default="1")
    # What the latest write did, for its import's counts (upsert.py's LAST_WRITE).
    last_write: Mapped[int] = mapped_column(SmallInteger, server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    __table_args__ = (
        # Case-insensitive uniqueness; the upsert's ON CONFLICT target matches it.
        Index("uq_people_email_lower", func.lower(email), unique=True),
    )


class PersonHistory(Base):
    """The version each write replaced, written by triggers (migration 0003); undo.py reads it."""

    __tablename__ = "people_history"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(BigInteger)
    action: Mapped[str] = mapped_column(String(8))  # insert | update | touch | undo | delete
    full_name: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    company: Mapped[str | None] = mapped_column(Text)
    job_title: Mapped[str | None] = mapped_column(Text)
    other_emails: Mapped[list | None] = mapped_column(Addresses)
    attributes: Mapped[dict | None] = mapped_column(Addresses)
    source_import: Mapped[str | None] = mapped_column(ImportId)
    source_line: Mapped[int | None] = mapped_column(Integer)
    revision: Mapped[int | None] = mapped_column(Integer)
    new_import: Mapped[str | None] = mapped_column(ImportId)
    new_line: Mapped[int | None] = mapped_column(Integer)
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    __table_args__ = (
        # undo.py's lookups; BRIN: entries are appended in import-id order (migration 0003)
        Index("ix_people_history_new_import", new_import, postgresql_using="brin"),
        Index("ix_people_history_changed_at", changed_at, postgresql_using="brin"),  # pruning
    )


class PersonWrite(Base):
    """What each import wrote to each person, won or not (migration 0005); people is its fold."""

    __tablename__ = "people_writes"

    email_key: Mapped[str] = mapped_column(Text, primary_key=True)  # lower(email)
    import_id: Mapped[str] = mapped_column(ImportId, primary_key=True)
    line: Mapped[int] = mapped_column(Integer)  # the import's latest line for this person
    full_name: Mapped[str] = mapped_column(Text)
    email: Mapped[str] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    company: Mapped[str | None] = mapped_column(Text)
    job_title: Mapped[str | None] = mapped_column(Text)
    other_emails: Mapped[list | None] = mapped_column(Addresses)
    attributes: Mapped[dict | None] = mapped_column(Addresses)
    # The person as the import first found it (NULL: absent), for its counts.
    prior_name: Mapped[str | None] = mapped_column(Text)
    prior_email: Mapped[str | None] = mapped_column(Text)
    prior_phone: Mapped[str | None] = mapped_column(Text)
    prior_company: Mapped[str | None] = mapped_column(Text)
    prior_job_title: Mapped[str | None] = mapped_column(Text)
    prior_other_emails: Mapped[list | None] = mapped_column(Addresses)
    prior_attributes: Mapped[dict | None] = mapped_column(Addresses)
    kind: Mapped[int] = mapped_column(SmallInteger)  # write_kinds.INSERTED | UPDATED | UNCHANGED
    # The import's merge policy: index of MERGE_POLICIES (0 overwrite, 1 fill-blanks,
    # 2 insert-only), applied by the fold (fold.py).
    policy: Mapped[int] = mapped_column(SmallInteger, server_default="0")
    previous_kind: Mapped[int | None] = mapped_column(SmallInteger)

    __table_args__ = (Index("ix_people_writes_import_id", import_id),)


class PersonWriteLine(Base):
    """A line an import stored for a person before its latest one (migration 0008): what
    tells a redelivered superseded row from a new one (replays.py)."""

    __tablename__ = "people_write_lines"

    email_key: Mapped[str] = mapped_column(Text, primary_key=True)
    import_id: Mapped[str] = mapped_column(ImportId, primary_key=True)
    line: Mapped[int] = mapped_column(Integer, primary_key=True)


class ImportFailedLine(Base):
    """A line of an import counted failed (migration 0009): a redelivered row the database
    refuses again is not counted twice (counts.add_failures)."""

    __tablename__ = "import_failed_lines"

    import_id: Mapped[str] = mapped_column(ImportId, primary_key=True)
    line: Mapped[int] = mapped_column(BigInteger, primary_key=True)


class Import(Base):
    """One row per import: the durable history, counted in the same transaction as the rows."""

    __tablename__ = "imports"

    import_id: Mapped[str] = mapped_column(ImportId, primary_key=True)
    stored: Mapped[int] = mapped_column(BigInteger, server_default="0")
    inserted: Mapped[int] = mapped_column(BigInteger, server_default="0")
    updated: Mapped[int] = mapped_column(BigInteger, server_default="0")
    failed: Mapped[int] = mapped_column(BigInteger, server_default="0")
    unchanged: Mapped[int] = mapped_column(BigInteger, server_default="0")
    # +1 per batch counted: orders the totals, whose people counts can go down (migration 0005).
    counts_version: Mapped[int] = mapped_column(BigInteger, server_default="0")
    undoable: Mapped[bool] = mapped_column(Boolean, server_default=true())
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    undo_restored: Mapped[int | None] = mapped_column(BigInteger)
    undo_removed: Mapped[int | None] = mapped_column(BigInteger)
    undo_kept: Mapped[int | None] = mapped_column(BigInteger)
    # What the CLI read and enqueued (tasks.record_import), once it finished reading.
    file: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[str | None] = mapped_column(Text)
    finished_reading_at: Mapped[str | None] = mapped_column(Text)
    rows: Mapped[int | None] = mapped_column(BigInteger)
    accepted: Mapped[int | None] = mapped_column(BigInteger)
    rejected: Mapped[int | None] = mapped_column(BigInteger)
    enqueued: Mapped[int | None] = mapped_column(BigInteger)
    # The CLI's last word (tasks.record_import): enqueued, interrupted or failed.
    cli_state: Mapped[str | None] = mapped_column(String(16))
    # The import's --merge policy (tasks.record_import); NULL: an older CLI's (overwrite).
    merge: Mapped[str | None] = mapped_column(String(16))
    # Dead-lettered rows replayed and then stored (each taken off `failed`).
    replayed: Mapped[int] = mapped_column(BigInteger, server_default="0")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class ImportFailure(Base):
    """Failed rows of an import, by reason code."""

    __tablename__ = "import_failures"

    import_id: Mapped[str] = mapped_column(ImportId, primary_key=True)
    reason: Mapped[str] = mapped_column(String(64), primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger, server_default="0")
