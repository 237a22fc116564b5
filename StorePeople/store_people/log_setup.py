"""LOG_FORMAT=json for the worker: Celery's own handlers get the contract's JSON formatter.

Celery sets up its loggers itself (celery/app/log.py) and then sends after_setup_logger and
after_setup_task_logger with the logger it configured: the public place to change a format.
"""

from celery import signals

from people_import_contract.log_format import json_formatter


def use_log_format(log_format: str) -> None:
    if log_format != "json":
        return  # Celery's readable default

    def to_json(logger, **_):
        for handler in logger.handlers:
            handler.setFormatter(json_formatter())

    signals.after_setup_logger.connect(to_json, weak=False)
    signals.after_setup_task_logger.connect(to_json, weak=False)
