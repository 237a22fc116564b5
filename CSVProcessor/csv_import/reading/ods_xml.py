"""The OpenDocument names both .ods readers look for in content.xml, as expat reports them
(namespace URI, a space, the local name; ODF 1.2 Part 1, 9.1 Tables)."""

from csv_import.reading.cell_text import LAST_ROW

TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
# A covered cell (one a merged cell hides) still takes its place in the row.
CELLS = (f"{TABLE} table-cell", f"{TABLE} covered-table-cell")


def repeats(attrs: dict, name: str) -> int:
    """A `number-rows-repeated` or `number-columns-repeated` count, capped at a sheet's size."""
    value = attrs.get(f"{TABLE} {name}", "1")
    return min(int(value), LAST_ROW) if value.isdecimal() else 1
