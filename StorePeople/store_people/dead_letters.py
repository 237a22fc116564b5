"""How the main process settles messages: by storing's verdict, and never by acknowledging away.

Celery's consumer acknowledges a body that fails to decode (its on_decode_error),
and the message is gone. Every strategy of ours dead-letters it instead:
rejected without requeue, it lands in the dead-letter queue for a person.
"""

import logging

from celery.worker.strategy import default
from kombu.exceptions import DecodeError

from people_import_contract.limits import MAX_MESSAGE_BYTES
from people_import_contract.messages import UNSUPPORTED_HEADERS
from store_people.intake import DEAD, REQUEUE, STORED

log = logging.getLogger(__name__)


def dead_letter(message, error, errors) -> None:
    shown = str(message.headers.get("id"))[:100]
    log.error("message %s can't be stored as it is, dead-lettered: %s", shown, error)
    message.reject_log_error(log, errors, requeue=False)


def settle(message, verdict: str | None, redelivered: bool, errors) -> None:
    """Acknowledge, requeue or dead-letter one message by what storing reported for it.

    None: storing itself crashed; the message gets one more delivery, then a person.
    """
    if verdict == STORED:
        message.ack_log_error(log, errors)
    elif verdict == REQUEUE:
        message.reject_log_error(log, errors, requeue=True)
    elif verdict == DEAD:
        message.reject_log_error(log, errors, requeue=False)
    else:
        message.reject_log_error(log, errors, requeue=not redelivered)


def refusal(message) -> str | None:
    """Why a message must be parked before Celery acts on it, or None."""
    if len(message.body) > MAX_MESSAGE_BYTES:
        return f"body of {len(message.body)} bytes, over {MAX_MESSAGE_BYTES}"
    headers = message.headers or {}
    if not isinstance(headers.get("id"), str):  # Celery's Request needs a string task id
        return f"an id header that is not a string ({type(headers.get('id')).__name__})"
    set_headers = [h for h in UNSUPPORTED_HEADERS if headers.get(h) not in (None, 0, [None, None])]
    if set_headers:
        return f"headers the CLI never sets: {', '.join(set_headers)}"
    return None


def default_dead_lettering(task, app, consumer, **options):
    """Celery's default Task.Strategy, with undecodable, oversized or eta/expires/timelimit
    messages dead-lettered instead of acknowledged away or held."""
    handle = default(task, app, consumer, **options)
    errors = consumer.connection_errors

    def on_message(message, body, ack, reject, callbacks, **rest):
        why = refusal(message)
        if why is not None:
            return dead_letter(message, why, errors)
        try:
            return handle(message, body, ack, reject, callbacks, **rest)
        except DecodeError as error:
            return dead_letter(message, error, errors)

    return on_message
