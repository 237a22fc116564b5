"""The worker's log: LOG_FORMAT=json gives Celery's own handlers the contract's JSON
formatter, a rejected task is one line, and so is every record's message.

Celery sets up its loggers itself (celery/app/log.py) and then sends after_setup_logger and
after_setup_task_logger with the logger it configured: the public place to change a format.
"""

import logging
import re

from celery import signals
from celery.app.trace import LOG_REJECTED

from people_import_contract.log_format import json_formatter


def use_log_format(log_format: str) -> None:
    if log_format != "json":
        return  # Celery's readable default

    def to_json(logger, **_):
        for handler in logger.handlers:
            handler.setFormatter(json_formatter())

    signals.after_setup_logger.connect(to_json, weak=False)
    signals.after_setup_task_logger.connect(to_json, weak=False)


class _RejectedInOneLine(logging.Filter):
    """Celery logs a task that raised Reject with its traceback (celery/app/trace.py,
    log_policy_reject). A rejected task here is a message dead-lettered on purpose, its
    reason already in the line and in the dead letter: one traceback per hostile message
    (with FAST_PATHS=0) was noise that buried the log."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg == LOG_REJECTED:
            record.exc_info, record.exc_text = None, None
        return True


def rejected_in_one_line() -> None:
    logging.getLogger("celery.app.trace").addFilter(_RejectedInOneLine())


# Control characters (C0, DEL, C1) and the Unicode line and paragraph separators.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escaped(match: re.Match) -> str:
    return match.group().encode("unicode_escape").decode("ascii")  # "\n" -> "\\n"


class _OneLine(logging.Filter):
    """A record's message in one line, its control characters escaped. A task id, task name,
    header name or content type is the sender's text, and the log shows it (our dead-letter
    lines; Celery's "received" and "rejected" ones with FAST_PATHS=0): an id with a newline
    wrote lines of its own, a forged "Traceback" among them, and a terminal escape sequence
    reached whoever read the log. A real traceback (exc_info) is left as it is."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - logging reports a bad format as it always does
            return True
        if not message.isprintable():  # most messages are: no search
            record.msg, record.args = CONTROL.sub(_escaped, message), None
        return True


def records_in_one_line() -> None:
    """Every handler Celery sets up (the worker's and the task logger's, inherited by the
    pool processes) shows each record's message in one line."""

    def add_filter(logger, **_):
        for handler in logger.handlers:
            handler.addFilter(_OneLine())

    signals.after_setup_logger.connect(add_filter, weak=False)
    signals.after_setup_task_logger.connect(add_filter, weak=False)
