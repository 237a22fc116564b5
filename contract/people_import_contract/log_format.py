"""LOG_FORMAT, for both services: `text` (the default, for people) or `json` (for collectors).

With `json` every log line is one JSON object: `time`, `level`, `logger`, `message`, and every
field the code passes as `extra` or a filter sets (`import_id`, `line`, `reason`, counts).
python-json-logger writes the object (pythonjsonlogger.json.JsonFormatter): it serialises the
record's extra attributes and exceptions, which a hand-made format string would not.
"""

import logging

from pythonjsonlogger.json import JsonFormatter

FORMATS = ("text", "json")


def log_format_from_env(environ) -> str:
    """The LOG_FORMAT variable, checked: ValueError in one line for anything but text or json."""
    value = environ.get("LOG_FORMAT", "").strip().lower() or "text"
    if value not in FORMATS:
        raise ValueError(f"LOG_FORMAT={value!r} is not a log format: use text or json")
    return value


def json_formatter() -> logging.Formatter:
    return JsonFormatter(
        "{asctime}{levelname}{name}{message}",
        style="{",
        rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
    )


class Fields(logging.Filter):
    """Adds fixed fields (e.g. the import id) to every record that passes a handler."""

    def __init__(self, **fields):
        super().__init__()
        self.fields = fields

    def filter(self, record: logging.LogRecord) -> bool:
        for name, value in self.fields.items():
            if not hasattr(record, name):
                setattr(record, name, value)
        return True
