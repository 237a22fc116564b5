"""The worker's log: LOG_FORMAT=json gives Celery's own handlers the contract's JSON
formatter, and a rejected task is one line.

Celery sets up its loggers itself (celery/app/log.py) and then sends after_setup_logger and
after_setup_task_logger with the logger it configured: the public place to change a format.
"""

import logging

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
