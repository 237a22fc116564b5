"""`python csvprocessor.py -csv FILE`: the documented command, a shim over the installed CLI."""

import sys

from csv_import.cli import program

if __name__ == "__main__":
    sys.exit(program())
