"""`csvprocessor.py dead-letters [--json]` and `csvprocessor.py replay IMPORT_ID|--all [--json]`.

Rows in `<queue>.dead` are people the user asked to store: the worker parks a
message there when it can't store it as it is, with why (the contract's
dead_letters headers). `dead-letters` counts them by import and reason;
`replay` sends one import's (or every import's) back to their tasks' queues
(the bulk queue for a bulk message, the import queue for any other), once the
cause is fixed (`alembic upgrade head`, the database back).
The worker stores them as any row, later rows still winning, and counts them
as `replayed` (and no longer `failed`) in the import's summary and `status`.

AMQP has no way to read a queue without taking its messages, and a message put
back (requeued) counts as a delivery on a quorum queue, which drops it at the
delivery limit. So both commands take each dead letter waiting when they start
exactly once, publish it (confirmed by the broker) either back to its queue
(replayed) or to the back of `<queue>.dead` unchanged, and only then
acknowledge it: a dead letter is never lost, at worst (a crash between the two)
kept twice, and a replayed row stored twice is stored once. Replaying again
finds nothing of that import left: it changes nothing.
"""

import json
from collections import Counter
from typing import NamedTuple

import amqp
from kombu import Connection, Producer
from kombu.exceptions import KombuError

from csv_import.errors import CliError, ServiceError, UsageError, report_failure
from csv_import.publisher import patient_socket
from csv_import.usage import CommandParser, wants_json
from people_import_contract import dead_letters as contract
from people_import_contract.amqp_frames import amqp_options, body_bytes
from people_import_contract.connections import amqp_ssl, malformed, redact, scrub, transport_options
from people_import_contract.limits import IMPORT_ID_LENGTH, is_import_id
from people_import_contract.messages import STORE_PEOPLE
from people_import_contract.queues import bulk_name, dead_letter_name, dead_letter_queue, mismatch

NO_IMPORT = None  # a dead letter that names no import (an undo request, an unreadable message)
# Headers RabbitMQ adds when it dead-letters a message: not carried back by a replay.
BROKER_HEADERS = ("x-death", "x-first-death-exchange", "x-first-death-queue",
                  "x-first-death-reason", "x-last-death-exchange", "x-last-death-queue",
                  "x-last-death-reason")  # fmt: skip


class Letter(NamedTuple):
    """What a dead letter says of itself, from its headers only (its body is never decoded)."""

    import_id: str | None
    reason: str
    queue: str  # the queue a replay sends it back to: its task's


def read_letter(headers: dict, queue: str) -> Letter:
    task_id = headers.get("id")
    import_id = task_id[:IMPORT_ID_LENGTH] if isinstance(task_id, str) else None
    if is_import_id(headers.get(contract.IMPORT)):  # the import the worker counted its rows under
        import_id = headers[contract.IMPORT]
    reason = headers.get(contract.REASON)
    deaths = headers.get("x-death") if isinstance(headers.get("x-death"), list) else []
    death = deaths[0] if deaths and isinstance(deaths[0], dict) else {}
    if not isinstance(reason, str):  # dead-lettered by RabbitMQ: its delivery limit, a reject
        reason = f"broker.{death.get('reason', 'unknown')}"
    # Back to the queue its task is consumed from, whatever queue it died on (its
    # x-people-import-queue header): a per-row message published to the bulk queue
    # (message.unknown_task there) or a bulk one over the import queue's cap
    # (message.too_large) went back where it died, and died again at every replay.
    came_from = bulk_name(queue) if headers.get("task") == STORE_PEOPLE else queue
    # The worker writes a reason code; one RabbitMQ dead-lettered (or published straight to
    # the dead-letter queue) keeps the sender's reason header, any text: its control
    # characters are shown escaped, never written to the terminal (an escape, a line of its own).
    if not contract.is_reason_code(reason):
        reason = repr(reason)[1:-1]
    return Letter(import_id if is_import_id(import_id) else NO_IMPORT, reason[:64], came_from)


# py-amqp sends a message's properties in one frame, and RabbitMQ closes the connection on a
# frame over its frame_max (FRAME_ERROR). The worker writes its headers beside the message's,
# and any producer may publish to `<queue>.dead`: a dead letter whose headers filled the frame
# could not be published again once kombu added its own properties, and every listing and
# replay stopped at it ("broker unavailable"), whatever the import, for ever. Its headers are
# cut down to those a person and a replay read, each short.
KEPT = ("id", "task", contract.REASON, contract.DETAIL, contract.ORIGINAL_QUEUE,
        contract.DEAD_AT, contract.COUNTED, contract.REPLAYED, contract.IMPORT)  # fmt: skip
FRAME_ROOM = 1024  # the frame's and content header's own bytes, kombu's properties: generous
SHORT = 256


def fitting(headers: dict, frame_max: int | None, content_type, content_encoding) -> dict:
    """The headers, or only KEPT's short ones when the properties would not fit a frame."""
    if frame_max is None:  # no frames (the demo's filesystem transport)
        return headers
    try:
        size = len(
            amqp.Message(b"", application_headers=headers, content_type=content_type,
                         content_encoding=content_encoding, delivery_mode=2)
            ._serialize_properties()
        )  # fmt: skip
    except Exception:  # noqa: BLE001 - a value py-amqp can't write again: cut down too
        size = frame_max
    if size <= frame_max - FRAME_ROOM:
        return headers
    return {name: headers[name] for name in KEPT
            if isinstance(headers.get(name), str) and len(headers[name]) <= SHORT}  # fmt: skip


def connect(settings) -> Connection:
    first = settings.broker_url.split(";")[0]
    try:
        return Connection(
            settings.broker_url,
            # py-amqp reads each dead letter's headers under a guard (amqp_frames.py).
            transport_options={
                **transport_options(first),
                **amqp_options(first),
                **patient_socket(first),  # waits out a memory or disk alarm, as an import
                "confirm_publish": True,
            },
            connect_timeout=10,
            ssl=amqp_ssl(first, settings.tls),
        )
    except ValueError:
        raise UsageError(malformed(settings.broker_url, "BROKER_CONN")) from None


def sweep(settings, replays) -> tuple[Counter, Counter]:
    """Take each dead letter waiting now once: replay it if `replays(letter)`, else keep it.

    Returns (kept, replayed), each a Counter of (import_id, reason) -> messages.
    """
    kept: Counter[tuple[str | None, str]] = Counter()
    replayed: Counter[tuple[str | None, str]] = Counter()
    connection = connect(settings)
    try:
        connection.ensure_connection(max_retries=2)
        channel = connection.channel()
        dead = dead_letter_queue(settings.queue, settings.queue_type)(channel)
        _name, waiting, _consumers = dead.queue_declare()  # as the worker declares it
        producer = Producer(channel, auto_declare=False)  # the default exchange: queue by name
        frame_max = getattr(connection.connection, "frame_max", None)  # py-amqp's, negotiated
        for _ in range(waiting):
            # The channel's own basic_get: kombu's Queue.get would inflate a compressed body.
            message = channel.basic_get(queue=dead.name, no_ack=False)
            if message is None:
                break
            headers, body, content_type, content_encoding = parts(message)
            letter = read_letter(headers, settings.queue)
            if replays(letter):
                for name in BROKER_HEADERS:
                    headers.pop(name, None)
                headers[contract.REPLAYED] = "1"
                target, tally = letter.queue, replayed
            else:
                target, tally = dead_letter_name(settings.queue), kept
            headers = fitting(headers, frame_max, content_type, content_encoding)
            producer.publish(
                body,
                routing_key=target,
                headers=headers,
                content_type=content_type or "application/octet-stream",
                content_encoding=content_encoding or "binary",
                delivery_mode=2,
            )  # confirmed by the broker before the original goes
            channel.basic_ack(message.delivery_tag)
            tally[letter.import_id, letter.reason] += 1
    except connection.channel_errors as error:
        line = mismatch(error, settings.queue_type)
        said = line or f"broker refused: {scrub(str(error), settings.broker_url)}"
        raise ServiceError(said) from None
    except (KombuError, OSError, *connection.connection_errors) as error:
        message = scrub(str(error), settings.broker_url)
        where = redact(settings.broker_url)
        raise ServiceError(f"broker unavailable at {where}: {message}") from None
    finally:
        connection.release()
    return kept, replayed


def parts(message) -> tuple[dict, bytes, str | None, str | None]:
    """(headers, body, content type, content encoding) of a message as basic_get gave it:
    py-amqp's (RabbitMQ), or kombu's (the demo's filesystem transport)."""
    if hasattr(message, "headers"):
        return (
            dict(message.headers or {}),
            body_bytes(message.body),
            # py-amqp raises AttributeError for a property the message does not have: one
            # RabbitMQ dead-lettered itself (expired, rejected) keeps the sender's, maybe none.
            getattr(message, "content_type", None),
            getattr(message, "content_encoding", None),
        )
    props = message.properties
    headers = props.get("application_headers")
    headers = dict(headers) if isinstance(headers, dict) else {}
    # py-amqp gives an empty body as "", which kombu can't publish as "binary" (it raised).
    body = body_bytes(message.body)
    return headers, body, props.get("content_type"), props.get("content_encoding")


def rows_of(counts: Counter) -> list[dict]:
    return [
        {"import_id": import_id, "reason": reason, "messages": n}
        for (import_id, reason), n in sorted(
            counts.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])
        )
    ]


def listing_text(queue: str, counts: Counter) -> str:
    lines = [f"dead letters in {dead_letter_name(queue)}: {sum(counts.values())}"]
    if counts:
        lines.append(f"  {'import':<31} {'reason':<24} messages")
    for row in rows_of(counts):
        lines.append(
            f"  {row['import_id'] or '(no import)':<31} {row['reason']:<24} {row['messages']}"
        )
    if counts:
        lines.append("  once the cause is fixed: csvprocessor.py replay IMPORT_ID (or --all)")
    return "\n".join(lines)


def list_main(argv: list[str], settings) -> int:
    parser = CommandParser(
        prog="csvprocessor.py dead-letters",
        description="Count the dead letters (messages the worker could not store) by import and "
        "reason. Each is taken off the dead-letter queue and put back at its end, unchanged.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    as_json = wants_json(argv)
    try:
        options = parser.parse_args(argv)
        kept, _ = sweep(settings, lambda letter: False)
    except CliError as error:
        return report_failure(f"dead-letters: {error}", error.exit_code, as_json)
    if options.json:
        view = {"queue": dead_letter_name(settings.queue), "dead_letters": sum(kept.values()),
                "by_import": rows_of(kept)}  # fmt: skip
        print(json.dumps(view, sort_keys=True))
    else:
        print(listing_text(settings.queue, kept))
    return 0


def replay_main(argv: list[str], settings) -> int:
    parser = CommandParser(
        prog="csvprocessor.py replay",
        description="Send an import's dead letters (or every import's) back to the worker, once "
        "the cause is fixed. Later rows still win; replaying again changes nothing.",
    )
    parser.add_argument("import_id", nargs="?", help="the import whose dead letters to replay")
    parser.add_argument("--all", action="store_true", help="every import's dead letters")
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    as_json = wants_json(argv)
    try:
        options = parser.parse_args(argv)
        if bool(options.import_id) == options.all:
            raise UsageError("give one IMPORT_ID or --all (see --help)")
        if options.import_id and not is_import_id(options.import_id):
            raise UsageError(f"{options.import_id[:40]}: not an import id")
        wanted = options.import_id

        def replays(letter: Letter) -> bool:
            return letter.import_id is not NO_IMPORT and (
                wanted is None or letter.import_id == wanted
            )

        kept, replayed = sweep(settings, replays)
    except CliError as error:
        return report_failure(f"replay: {error}", error.exit_code, as_json)
    by_reason: Counter[str] = Counter()
    for (_import_id, reason), n in replayed.items():
        by_reason[reason] += n
    view = {
        "replay": wanted or "all",
        "replayed": sum(replayed.values()),
        "replayed_by_reason": dict(by_reason),
        "left": sum(kept.values()),
        "queue": dead_letter_name(settings.queue),
    }
    if options.json:
        print(json.dumps(view, sort_keys=True))
    else:
        print(replay_text(view))
    return 0


def replay_text(view: dict) -> str:
    which = "every import" if view["replay"] == "all" else view["replay"]
    if not view["replayed"]:
        left = f"{view['left']} left in {view['queue']}"
        return f"no dead letters of {which} to replay: nothing changed ({left})"
    reasons = ", ".join(
        f"{reason}: {n}" for reason, n in sorted(view["replayed_by_reason"].items())
    )
    status = (
        ""
        if view["replay"] == "all"
        else f"; `status {view['replay']}` counts them as replayed once stored"
    )
    return (
        f"replayed {view['replayed']} dead letters of {which} ({reasons}) to the worker's queue; "
        f"{view['left']} left in {view['queue']}{status}"
    )
