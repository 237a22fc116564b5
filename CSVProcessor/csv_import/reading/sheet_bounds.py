"""The grid calamine would build for an .xls or .ods sheet, checked before it builds it.

calamine holds a sheet as one grid, its last row times its last column, 32
bytes a cell, and sizes it from what the file claims: an .xls DIMENSIONS record
or cell positions, an .ods row or cell repeated a million times. A 5 KB file
can claim a grid of terabytes, and calamine aborts the process when the
allocation fails. This reads what the file claims first, in bounded memory,
and refuses a grid over GRID_CELLS with one line.
"""

GRID_CELLS = 4_000_000


def check(path: str, kind: str) -> None:
    """InputError if calamine's grid for any sheet of `path` would exceed GRID_CELLS."""
