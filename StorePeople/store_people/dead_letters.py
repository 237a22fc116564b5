"""How the main process settles messages, and how a message it can't store becomes a dead letter.

A dead letter is data: a row the user asked to store. It waits in `<queue>.dead`
with the contract's headers (people_import_contract.dead_letters): the reason
code, a short detail, the queue it came from and when. RabbitMQ's own
dead-lettering (basic.reject without requeue) can't add headers, so the worker
publishes a copy, with its headers and body as they arrived, to `<queue>.dead`
on a connection of its own with publisher confirms, and acknowledges the
original only once the broker has confirmed the copy: at least once, never lost.
If the copy can't be published the original is rejected instead, and RabbitMQ
dead-letters it without a reason (its x-death header says `rejected`).

Celery's consumer acknowledges a body that fails to decode (its on_decode_error),
and the message is gone; every path of ours dead-letters it instead (consumer.py).
"""

import logging
import time

from celery.worker.strategy import default
from kombu import Connection, Producer

from people_import_contract import dead_letters as contract
from people_import_contract.amqp_frames import UNREADABLE, body_bytes
from people_import_contract.limits import MAX_TASK_BYTES
from people_import_contract.queues import dead_letter_name
from store_people import job_record
from store_people.shown import shown
from store_people.verdicts import REQUEUE, STORED, Dead

log = logging.getLogger(__name__)


class DeadLetters:
    """Publishes dead letters to `<queue>.dead`, each confirmed by the broker (main process)."""

    def __init__(self, connect, queue: str):
        self.connect, self.queue = connect, queue  # connect(): a new kombu Connection
        self.connection: Connection | None = None
        self.producer: Producer | None = None

    def publish(self, message, headers: dict) -> None:
        if self.connection is None or self.producer is None:
            self.connection = self.connect()
            self.producer = Producer(self.connection, auto_declare=False)  # the default exchange
        self.producer.publish(
            body_bytes(message.body),  # an empty body is "": kombu refused it as "binary"
            routing_key=dead_letter_name(self.queue),
            headers=headers,
            content_type=message.content_type or "application/octet-stream",
            content_encoding=message.content_encoding or "binary",
            delivery_mode=2,
            retry=True,
            retry_policy={"max_retries": 3, "interval_start": 0.5, "interval_step": 1},
        )

    def close(self) -> None:
        if self.connection is not None:
            self.connection.release()
        self.connection = self.producer = None


publisher: DeadLetters | None = None  # set by app.py once the settings are known
# Where the main process makes a batch's job-record writes once its letters are out
# (intake.progress_after_letters): the job records, set by app.py; None: not written.
records = None


def why(reason: str, detail, queue: str, counted: bool, import_id: str | None = None) -> dict:
    known = {contract.IMPORT: import_id} if import_id is not None else {}
    return {
        **known,
        contract.REASON: reason,
        contract.DETAIL: str(detail)[: contract.MAX_DETAIL],
        contract.ORIGINAL_QUEUE: queue,
        contract.DEAD_AT: f"{time.time():.3f}",
        contract.COUNTED: "1" if counted else "0",
    }


def dead_letter(
    message,
    reason: str,
    detail,
    errors,
    queue: str | None = None,
    counted: bool = False,
    import_id: str | None = None,
    progress: tuple = (),
) -> None:
    """Park one message in `<queue>.dead` with why; the original is acknowledged after.
    `import_id`: the import its body names, when the worker read it (contract.IMPORT).
    `progress`: job-record writes to make once the letter is out (verdicts.Dead.progress)."""
    try:
        park(message, reason, detail, errors, queue, counted, import_id)
    finally:
        if progress and records is not None:
            job_record.record_all(records, progress)


def park(message, reason, detail, errors, queue, counted, import_id) -> None:
    if message.acknowledged:  # settled already, by whatever raised after settling it
        return
    headers = message.headers if isinstance(message.headers, dict) else {}
    if contract.IMPORT in headers:  # only the worker says which import a body is of
        headers = {name: value for name, value in headers.items() if name != contract.IMPORT}
    log.error(
        "message %s can't be stored as it is, dead-lettered: %s %.200s",
        shown(headers.get("id"), 100),
        reason,
        detail,
    )
    target = publisher  # None until app.py sets it: then RabbitMQ's own dead-lettering
    queue = queue or message.delivery_info.get("routing_key") or (target.queue if target else "")
    # A replayed message failing again: its rows were counted failed the first time, or not.
    if headers.get(contract.REPLAYED) == "1":
        counted = counted or headers.get(contract.COUNTED) == "1"
    ours = why(reason, detail, queue, counted, import_id)
    # Its own headers first; then without those nested too deep to be written again (py-amqp
    # writes recursively: one such header lost all the others, the import's own x-* ones too);
    # then only its id and task, when they are text (a header frame too large).
    shallow = {
        name: value for name, value in headers.items() if not deeper_than(value, MAX_NESTING)
    }
    kept = {name: headers[name] for name in ("id", "task") if isinstance(headers.get(name), str)}
    if target is not None:
        for attempt in ({**headers, **ours}, {**shallow, **ours}, {**kept, **ours}):
            try:
                target.publish(message, attempt)
            except Exception as error:  # noqa: BLE001 - the next attempt, or RabbitMQ's dead-lettering
                log.warning("dead letter not published (%s: %.200s)", type(error).__name__, error)
                target.close()
                continue
            message.ack_log_error(log, errors)
            return
    message.reject_log_error(log, errors, requeue=False)


def replayed_reason(message) -> str | None:
    """A replayed dead letter (`csvprocessor replay` marks it): the reason its rows were counted
    failed for, "" if they were not counted; None for any other message."""
    headers = message.headers if isinstance(message.headers, dict) else {}
    return contract.replayed_reason(headers)


def settle(message, verdict, redelivered: bool, errors, queue: str | None = None) -> None:
    """Acknowledge, requeue or dead-letter one message by what storing reported for it.

    None: storing itself crashed; the message gets one more delivery, then a person.
    """
    if verdict == STORED:
        message.ack_log_error(log, errors)
    elif verdict == REQUEUE:
        message.reject_log_error(log, errors, requeue=True)
    elif isinstance(verdict, Dead):
        dead_letter(message, verdict.reason, verdict.detail, errors, queue, verdict.counted,
                    verdict.import_id, verdict.progress)  # fmt: skip
    elif redelivered:
        dead_letter(
            message, "worker.crashed", "storing it failed unexpectedly, twice", errors, queue
        )
    else:
        message.reject_log_error(log, errors, requeue=True)


def refusal(message, cap: int = MAX_TASK_BYTES) -> Dead | None:
    """Why a message must be parked before anything decodes it or Celery acts on it, or None.

    `cap`: the largest body. The import queue's messages, whatever their task, are decoded in
    the main process (the fast path, Celery's strategy) and held there until stored, so they
    may not be large (limits.py); only the bulk queue's consumer hands a body to the pool
    undecoded, and passes MAX_MESSAGE_BYTES. A bulk message on the import queue had the bulk
    cap: six of 8 MB of small objects took the main process to 1.6 GB.
    """
    headers = message.headers
    if not isinstance(headers, dict):
        return Dead("message.bad_headers", "headers that are not a table")
    if UNREADABLE in headers:
        return Dead("message.bad_headers", f"headers that can't be read ({headers[UNREADABLE]})")
    if message.content_type != "application/json":
        return Dead("message.content_type", f"content type {str(message.content_type)[:40]!r}")
    if more_values_than(headers, MAX_HEADER_VALUES):
        return Dead("message.bad_headers", f"headers of over {MAX_HEADER_VALUES} values")
    if len(message.body) > cap:
        return Dead("message.too_large", f"body of {len(message.body)} bytes, over {cap}")
    return None


# What Celery's Request may be given: the headers the CLI sets, as text, and any x-* header
# (ours, RabbitMQ's x-death, x-delivery-count). Celery copies every header into the task's
# request and acts on many: `stamped_headers: 5` stopped the worker ("Unrecoverable error",
# in execute_using_pool, outside any handler of ours, again at every start), `group`,
# `ignore_result`, `callbacks` change what it does after the task. Any other header, set to
# anything but None or what Celery's own send_task writes when unused, dead-letters the
# message (Celery reads `eta: []` as set: its Request raised).
TEXT_HEADERS = frozenset({"lang", "task", "id", "origin", "root_id", "parent_id",
                          "argsrepr", "kwargsrepr"})  # fmt: skip
UNUSED = {"retries": 0, "timelimit": [None, None], "ignore_result": False,
          "replaced_task_nesting": 0, "stamped_headers": [], "stamps": {}}  # fmt: skip


# The other headers Celery's send_task writes (celery/app/amqp.py, as_task_v2): only these may
# be None. Celery copies every header into the task's Context as an attribute, so a header of
# any other name, None, replaced one of its methods: `_get_custom_headers: None` made Context's
# constructor raise in the pool, outside the task body, and Celery acknowledged the message away
# (neither stored nor dead-lettered: lost; the import-level tasks too, on either fast path);
# `get: None` failed the task (task.failed, with tracebacks).
CELERY_HEADERS = frozenset({"shadow", "eta", "expires", "group", "group_index", "retries",
                            "timelimit", "ignore_result", "replaced_task_nesting",
                            "stamped_headers", "stamps"})  # fmt: skip


def is_unused(name, value) -> bool:
    if value is None:
        return name in CELERY_HEADERS
    unused = UNUSED.get(name)
    return type(value) is type(unused) and value == unused


def task_refusal(message) -> Dead | None:
    """refusal(), and what Celery's own strategy would act on: a task id, eta, expires..."""
    dead = refusal(message)
    if dead is not None:
        return dead
    headers = message.headers
    if not isinstance(headers.get("id"), str):  # Celery's Request needs a string task id
        return Dead(
            "message.bad_headers",
            f"an id that is not a string ({type(headers.get('id')).__name__})",
        )
    not_text = [h for h in sorted(TEXT_HEADERS) if not isinstance(headers.get(h), str | None)]
    if not_text:
        return Dead("message.bad_headers", f"headers that are not text: {', '.join(not_text)}")
    set_headers = [
        str(name)[:40]
        for name, value in headers.items()
        if name not in TEXT_HEADERS
        and not (isinstance(name, str) and name.startswith("x-"))
        and not is_unused(name, value)
    ]
    if set_headers:
        listed = ", ".join(sorted(set_headers)[:5])
        return Dead("message.bad_headers", f"headers the CLI never sets: {listed}")
    return None


def shape_refusal(payload) -> Dead | None:
    """A decoded task body Celery's request can't call the task with, or would act on.

    Celery calls the task with *args and **kwargs and applies the embed's callbacks,
    errbacks, chain and chord after it: args that are not a list or kwargs that are not
    an object failed in the pool and were acknowledged away; an embed that is not an
    object raised in the main process's pool callback and the message was never settled;
    callbacks made the worker publish any task to any queue. The CLI sends [[], {...},
    {callbacks: null, errbacks: null, chain: null, chord: null}].
    """
    if not isinstance(payload, list) or len(payload) != 3:
        return Dead("message.bad_shape", "a body that is not [args, kwargs, embed]")
    args, kwargs, embed = payload
    if not isinstance(args, list) or not isinstance(kwargs, dict) or "self" in kwargs:
        return Dead("message.bad_shape", "args that are not a list or kwargs not an object")
    if not isinstance(embed, dict) or any(value not in (None, [], {}) for value in embed.values()):
        return Dead("message.bad_shape", "callbacks, errbacks, chain or chord the CLI never sends")
    return None


# Lists and tables nested deeper than this are refused before Celery's Request is built. Its
# request dict (every header, the decoded args and kwargs) is pickled to the pool in the main
# process, deeper in the stack than the body was decoded: a kwarg nested 950 deep (JSON decodes
# about 990) raised RecursionError there, from the pool's semaphore, outside any handler of ours,
# and the worker stopped ("Unrecoverable error"). The contract nests 4 deep (a body's kwargs'
# attributes; RabbitMQ's x-death header): 32 leaves room and is far from the interpreter's limit.
MAX_NESTING = 32


CONTAINERS = (list, tuple, dict)

# Values a message's headers may hold, counting every key and item at every level. The CLI
# sends 4 headers; a replayed dead letter about 15, with RabbitMQ's x-death. The headers frame
# is at most 128 KB, but decoded it is Python objects, at least 56 bytes each from 5 bytes on
# the wire, and the main process holds every prefetched message until it is stored (1,000 per
# pool process on the fast path): 800 valid per-row messages with a header of 24,000 empty
# arrays each, waiting while storing was stalled, took it to 1.4 GB.
MAX_HEADER_VALUES = 256


def more_values_than(value, limit: int) -> bool:
    """Whether lists and tables in `value` hold more than `limit` values in all, counted level
    by level (never recursing) and no further than the limit."""
    count, level = 0, [value] if isinstance(value, CONTAINERS) else []
    while level:
        children: list = []
        for item in level:
            values = item.values() if isinstance(item, dict) else item
            count += len(values)
            if count > limit:
                return True
            children.extend(child for child in values if isinstance(child, CONTAINERS))
        level = children
    return False


def deeper_than(value, limit: int) -> bool:
    """Whether lists and tables in `value` nest more than `limit` deep, level by level
    (never recursing: the value may be nested as deep as a decoder allowed)."""
    level = [value] if isinstance(value, CONTAINERS) else []
    for _ in range(limit):
        if not level:
            return False
        level = [
            child
            for item in level
            for child in (item.values() if isinstance(item, dict) else item)
            if isinstance(child, CONTAINERS)
        ]
    return bool(level)


def nesting_refusal(headers: dict, payload) -> Dead | None:
    """Headers or a body nested deeper than MAX_NESTING: refused before Celery pickles them."""
    if deeper_than(headers, MAX_NESTING):
        return Dead("message.bad_headers", f"headers nested over {MAX_NESTING} deep")
    if deeper_than(payload, MAX_NESTING):
        return Dead("message.bad_shape", f"a body nested over {MAX_NESTING} deep")
    return None


def default_dead_lettering(task, app, consumer, **options):
    """Celery's default Task.Strategy, with undecodable, oversized or eta/expires/timelimit
    messages dead-lettered instead of acknowledged away or held."""
    handle = default(task, app, consumer, **options)
    errors = consumer.connection_errors

    def on_message(message, body, ack, reject, callbacks, **rest):
        dead = task_refusal(message)
        if dead is not None:
            return dead_letter(message, dead.reason, dead.detail, errors)
        try:
            # Decoded once: Celery's strategy reads the same message.payload (kombu caches it).
            payload = message.payload
            dead = shape_refusal(payload) or nesting_refusal(message.headers, payload)
            if dead is None:
                return handle(message, body, ack, reject, callbacks, **rest)
        except Exception as error:  # DecodeError, RecursionError: this message alone
            return dead_letter(message, "message.undecodable", describe(error), errors)
        return dead_letter(message, dead.reason, dead.detail, errors)

    return on_message


def describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"
