"""The commands' argument parsers: a usage error is a UsageError, so `--json` can print it as JSON.

argparse prints its usage and exits 2 from `ArgumentParser.error`, which its docs
let a subclass override ("If you override this in a subclass, it should not
return": https://docs.python.org/3/library/argparse.html#argparse.ArgumentParser.error).
Here it raises, and the command reports it like any other failure: one line, exit 2,
and one JSON object with `--json`.
"""

import argparse
import math

from csv_import.errors import UsageError, exit_codes_text


class CommandParser(argparse.ArgumentParser):
    def __init__(self, **kwargs):
        super().__init__(
            formatter_class=argparse.RawDescriptionHelpFormatter,
            epilog=exit_codes_text(),
            **kwargs,
        )

    def error(self, message: str):
        raise UsageError(f"{message} (see --help)")


def wants_json(argv: list[str]) -> bool:
    """Whether a failure to parse `argv` should be reported as JSON as well."""
    return "--json" in argv


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number of seconds")
    return value
