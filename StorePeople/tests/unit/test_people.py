"""Pure parts of the upsert: the in-batch dedupe (SQLite's; PostgreSQL's is DISTINCT ON)."""

from store_people.rows import PersonRow
from store_people.upsert import newest_per_person

OLD, NEW = "20261128T160134123456Z-aaaaaa", "20261128T170000000000Z-bbbbbb"


def test_each_imports_latest_row_per_person_whatever_the_order():
    rows = [
        PersonRow(NEW, 9, "Ana v3", "ANA@example.com"),
        PersonRow(OLD, 50, "Ana v1", "ana@example.com"),
        PersonRow(NEW, 4, "Ana v2", "Ana@Example.com"),
        PersonRow(OLD, 2, "Bob", "bob@example.com"),
    ]
    assert [(r.full_name, r.email) for r in newest_per_person(rows)] == [
        ("Ana v1", "ana@example.com"),
        ("Ana v3", "ANA@example.com"),
        ("Bob", "bob@example.com"),
    ]


def test_rows_come_out_sorted_by_key_so_batches_lock_in_one_order():
    rows = [PersonRow(OLD, n, "x", f"{c}@example.com") for n, c in enumerate("dbca", 1)]
    assert [r.email[0] for r in newest_per_person(rows)] == ["a", "b", "c", "d"]
