"""`python csvprocessor.py -csv FILE`: the documented command, a shim over the installed CLI."""

import sys

try:
    from csv_import.cli import program
except KeyboardInterrupt:  # Ctrl-C while the CLI is still loading: a line, not a traceback
    print("csvprocessor: interrupted (Ctrl-C)", file=sys.stderr)
    sys.exit(130)

if __name__ == "__main__":
    sys.exit(program())
