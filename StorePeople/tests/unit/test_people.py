"""Pure parts of the upsert: in-batch dedupe and the SQL it renders."""

from sqlalchemy.dialects import postgresql

from store_people.rows import PersonRow
from store_people.upsert import newest_per_email, upsert_statement

OLD, NEW = "20261128T160134123456Z-aaaaaa", "20261128T170000000000Z-bbbbbb"


def test_later_row_wins_within_a_batch_whatever_the_order():
    rows = [
        PersonRow(NEW, 9, "Ana v3", "ANA@example.com"),
        PersonRow(OLD, 50, "Ana v1", "ana@example.com"),
        PersonRow(NEW, 4, "Ana v2", "Ana@Example.com"),
        PersonRow(OLD, 2, "Bob", "bob@example.com"),
    ]
    assert [(r.full_name, r.email) for r in newest_per_email(rows)] == [
        ("Ana v3", "ANA@example.com"),
        ("Bob", "bob@example.com"),
    ]


def test_rows_come_out_sorted_by_key_so_batches_lock_in_one_order():
    rows = [PersonRow(OLD, n, "x", f"{c}@example.com") for n, c in enumerate("dbca", 1)]
    assert [r.email[0] for r in newest_per_email(rows)] == ["a", "b", "c", "d"]


def test_statement_targets_the_lower_email_index_and_only_moves_forward():
    sql = str(upsert_statement("postgresql").compile(dialect=postgresql.dialect()))
    assert "ON CONFLICT (lower(email)) DO UPDATE" in sql
    stored = "(people.source_import, people.source_line)"
    assert f"WHERE {stored} < (excluded.source_import, excluded.source_line)" in sql
    assert "RETURNING people.source_import, people.source_line, people.last_write" in sql
