"""Messages the worker cannot decode go to `<queue>.dead`, never acknowledged away.

Celery's consumer acknowledges a body that fails to decode (its on_decode_error),
and the message is gone. Every strategy of ours dead-letters it instead:
rejected without requeue, it lands in the dead-letter queue for a person.
"""

import logging

from celery.worker.strategy import default
from kombu.exceptions import DecodeError

log = logging.getLogger(__name__)


def dead_letter(message, error, errors) -> None:
    log.error("message %s can't be decoded, dead-lettered: %s", message.headers.get("id"), error)
    message.reject_log_error(log, errors, requeue=False)


def default_dead_lettering(task, app, consumer, **options):
    """Celery's default Task.Strategy, with undecodable bodies dead-lettered."""
    handle = default(task, app, consumer, **options)
    errors = consumer.connection_errors

    def on_message(message, body, ack, reject, callbacks, **rest):
        try:
            return handle(message, body, ack, reject, callbacks, **rest)
        except DecodeError as error:
            return dead_letter(message, error, errors)

    return on_message
