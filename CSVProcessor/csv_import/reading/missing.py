"""Cells that say a value is missing: read as empty.

A database client's or a script's export writes a missing value as a word: SQL Server
Management Studio and many SQL tools write NULL, MySQL's SELECT ... INTO OUTFILE and
PostgreSQL's COPY text format write \\N, a pandas frame turned to strings writes nan or
None, JavaScript writes null or undefined, and a sheet saved as CSV keeps a formula's error
(#N/A from a lookup that found nothing). Stored, such a word became a company called
"N/A", a phone "NULL" and a name "Ann nan"; a workbook's error cells were already empty
(python-calamine gives them so), so the same sheet read from .xlsx and from CSV differed.

The list: the strings pandas.read_csv reads as missing by default (its `na_values`,
pandas/_libs/parsers.pyx STR_NA_VALUES), Excel's error values (Microsoft's "Detect errors
in formulas"), SQL's \\N and the C library's (null), but not pandas' NA: a Korean family
name in a list typed in capitals. Only a whole cell, spelled exactly so: "Nan" is a name.
"""

MISSING = frozenset(
    {
        # pandas' default na_values (without "" and NA)
        "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND",
        "1.#QNAN", "<NA>", "N/A", "NULL", "NaN", "None", "n/a", "nan", "null",
        # Excel's other error values
        "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!",
        # SQL text formats, JavaScript, C's printf of a null string
        "\\N", "undefined", "(null)", "<null>",
    }
)  # fmt: skip


def blank_missing(fields: list[str]) -> list[str]:
    """The fields with each missing-value word as an empty cell (the same list when none is:
    the common case, one set test)."""
    if MISSING.isdisjoint(fields):
        return fields
    return ["" if field in MISSING else field for field in fields]
