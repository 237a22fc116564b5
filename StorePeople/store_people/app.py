"""The Celery app and its configuration: safe and fast by default, no flags needed.

`celery -A tasks worker` (StorePeople/tasks.py) imports `app` from here.
"""

import logging
import sys

from celery import Celery, bootsteps, signals
from celery.worker.control import Panel
from kombu.exceptions import OperationalError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from people_import_contract.amqp_frames import amqp_options
from people_import_contract.connections import (
    check_kombu_urls,
    check_urls,
    result_backend,
    transport_options,
)
from people_import_contract.queues import all_queues, dead_letter_queue, import_queue, mismatch
from store_people import (
    db,
    dead_letters,
    metrics,  # first: it prepares prometheus_client's multiprocess mode
    schema,
)
from store_people.bulk_consumer import make_bulk_consumer_step
from store_people.cold_shutdown import ColdShutdownBetweenSteps
from store_people.consumer import refuse_compression
from store_people.job_record import job_records_for
from store_people.log_setup import records_in_one_line, rejected_in_one_line, use_log_format
from store_people.settings import Settings
from store_people.warm_shutdown import WarmShutdownAfterJobs


def celery_config(settings: Settings) -> dict:
    return {
        "broker_url": settings.broker_url,
        "result_backend": result_backend(settings.backend_url),
        "broker_transport_options": broker_options(settings.broker_url),
        # Celery's consumer, dead-lettering with a reason what it would drop or die of.
        "worker_consumer": "store_people.consumer:Consumer",
        # TLS when the URLs say amqps:// or rediss://, always verified (the contract's connections).
        "broker_use_ssl": settings.amqp_ssl(),
        "redis_backend_use_ssl": settings.redis_ssl(),
        "broker_connection_retry_on_startup": True,
        # A channel the broker closed is a lost connection too: reconnect. RabbitMQ closes a
        # consumer's channel holding a delivery past `consumer_timeout` (PRECONDITION_FAILED,
        # celery/celery#6760): without this the worker stopped, "Unrecoverable error".
        "broker_channel_error_retry": True,
        # JSON only: a pickle or YAML message is refused, never deserialized.
        "accept_content": ["json"],
        "result_accept_content": ["json"],
        "task_serializer": "json",
        "result_serializer": "json",
        "task_queues": [import_queue(settings.queue, settings.queue_type)],
        "task_default_queue": settings.queue,
        # At least once: ack after commit, requeue when a pool process dies.
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        # A task that raised is rejected, not acknowledged: consumer.py dead-letters it with
        # why (Celery acknowledged it away, and the message was lost).
        "task_acks_on_failure_or_timeout": False,
        # Job records (job_record.py) replace per-task results in Redis.
        "task_ignore_result": True,
        "result_expires": settings.job_ttl_seconds,
        "worker_prefetch_multiplier": prefetch_multiplier(settings),
        # The window is never narrowed after a reconnect, so it never needs restoring
        # (the per-row strategy settles its messages itself, outside Celery's requests).
        "worker_enable_prefetch_count_reduction": False,
        "worker_cancel_long_running_tasks_on_connection_loss": True,
    }


# Celery's own default: with FAST_PATHS=0 each per-row message is one task, run as it arrives.
PER_TASK_PREFETCH = 4


def prefetch_multiplier(settings: Settings) -> int:
    """Messages prefetched per pool process. The fast path needs a batch's worth, and the next
    one's, to store 500 rows at a time. Celery's strategy decodes each prefetched message and
    holds it, body and request, until a pool process takes it: with the fast path's window
    (1,000 a process), 1,500 per-row messages of 512 KB waiting on the queue (each under
    MAX_TASK_BYTES, each valid) took the main process from 86 MB to 834 MB with two processes,
    and further with more. Celery's default window keeps it to a few bodies a process."""
    return settings.flush_every * 2 if settings.fast_paths else PER_TASK_PREFETCH


def broker_options(broker_url: str) -> dict:
    """The transport's options; on RabbitMQ, py-amqp reads frames with a guard (amqp_frames.py)."""
    return {**transport_options(broker_url), **amqp_options(broker_url)}


def sqlalchemy_credentials(url: str) -> tuple[str, str]:
    try:
        parsed = make_url(url)  # what db.py connects with
    except ArgumentError:
        raise ValueError("SQLAlchemy can't parse it") from None
    return parsed.username or "", parsed.password or ""


def checked_settings() -> Settings:
    """The environment's settings; a URL in doubt stops the worker in one line, password hidden.

    In doubt: its password can't be told from the rest (the contract's redaction.py),
    or kombu (broker, backend) or SQLAlchemy (database) parses it otherwise. Celery's
    banner and its "Cannot connect to" lines then hide the password by kombu's parse.
    """
    try:
        settings = Settings.from_env()
    except ValueError as error:  # e.g. LOG_FORMAT, IMPORT_QUEUE_TYPE: one line, no traceback
        raise SystemExit(f"storepeople: {error}") from None
    urls = {"BROKER_CONN": settings.broker_url, "BACKEND_CONN": settings.backend_url}
    try:
        check_urls(urls)
        check_urls({"DATABASE_URL": settings.database_url}, parse=sqlalchemy_credentials)
    except ValueError as error:
        raise SystemExit(f"storepeople: {error}") from None
    try:  # e.g. a port out of range, a query key kombu sets itself, an unknown transport
        check_kombu_urls(settings.broker_url, settings.backend_url)
    except ValueError as error:
        raise SystemExit(f"storepeople: {error}") from None
    return settings


class DeclareQueues(bootsteps.StartStopStep):
    """Declare the three queues before Celery consumes (its Consumer step starts last).

    RabbitMQ refuses to redeclare a queue with other arguments (PRECONDITION_FAILED),
    and Celery would print that as an "Unrecoverable error" traceback: here it is one
    line naming the fix, and the worker exits. A broker that doesn't answer is left to
    Celery, which retries and logs it (broker_connection_retry_on_startup).
    """

    def start(self, worker):
        with app.connection_for_write() as connection:
            try:
                connection.ensure_connection(max_retries=len(connection.alt or [0]) - 1)
                channel = connection.default_channel
                for queue in all_queues(settings.queue, settings.queue_type):
                    queue.bind(channel).declare()
            except connection.channel_errors as error:
                line = mismatch(error, settings.queue_type)
                if line is None:
                    raise
                log.critical("storepeople: %s", line)
                raise SystemExit(1) from None
            except (OperationalError, OSError, *connection.connection_errors):
                return


class CheckSchema(bootsteps.StartStopStep):
    """Refuse to consume from a database that is not at the migration head (schema.py):
    one line naming `alembic upgrade head`, and the worker exits 1."""

    def start(self, worker):
        line = schema.problem(settings.database_url)
        if line is not None:
            log.critical("storepeople: %s", line)
            raise SystemExit(1)


log = logging.getLogger(__name__)
settings = checked_settings()
app = Celery("tasks", include=["store_people.tasks"])
app.conf.update(celery_config(settings))
use_log_format(settings.log_format)
rejected_in_one_line()
records_in_one_line()
app.steps["worker"].add(CheckSchema)
app.steps["worker"].add(DeclareQueues)
app.steps["consumer"].add(make_bulk_consumer_step(settings))
app.steps["consumer"].add(ColdShutdownBetweenSteps)
app.steps["consumer"].add(WarmShutdownAfterJobs)
refuse_compression()
# Dead letters go out on a connection of their own, each confirmed before the original is acked.
dead_letters.publisher = dead_letters.DeadLetters(
    lambda: app.connection_for_write(transport_options={"confirm_publish": True}), settings.queue
)
# A batch's counts once its letters are out (intake.progress_after_letters); a client of the
# main process's own (job_records' cached one is the pool children's).
dead_letters.records = job_records_for(
    settings.backend_url, settings.job_ttl_seconds, settings.redis_ssl()
)


@app.on_after_finalize.connect
def unregister_celery_builtins(sender, **_):
    """Celery registers its own tasks in every app (celery.chord_unlock, celery.backend_cleanup,
    the canvas primitives; celery/app/builtins.py). We use none of them, and a message naming
    one on our queue would run it (chord_unlock retries every second for ever). Unregistered,
    it is an unknown task, which Celery rejects without requeue: dead-lettered, never run."""
    for name in [name for name in sender.tasks if name.startswith("celery.")]:
        sender.tasks.unregister(name)


# Celery's remote control commands that change what a worker does. Anyone who may publish
# to the broker can send them to the celery.pidbox exchange: one `shutdown` stopped every
# worker, `add_consumer` made it consume a queue of the sender's choosing, `revoke` and
# `terminate` drop or kill tasks by id. Nothing here sends them; the read-only ones (`celery
# inspect`, `ping`) and the events switch Flower uses stay (docs/cli.md, Monitoring).
STEERING = ("add_consumer", "autoscale", "cancel_consumer", "pool_grow", "pool_restart",
            "pool_shrink", "rate_limit", "revoke", "revoke_by_stamped_headers", "shutdown",
            "terminate", "time_limit")  # fmt: skip


def refuse_steering() -> None:
    """Unregister STEERING from Celery's control panel (celery/worker/control.py: Panel, the
    registry @control_command adds to): such a message is answered "No such control command"."""
    for name in STEERING:
        Panel.data.pop(name, None)
        Panel.meta.pop(name, None)


refuse_steering()


@signals.worker_process_init.connect
def drop_inherited_engine(**_):
    db.forget_engine()


@signals.worker_ready.connect
def declare_dead_letter_queue(sender, **_):
    with app.connection_for_write() as connection:
        dead_letter_queue(settings.queue, settings.queue_type).bind(
            connection.default_channel
        ).declare()


@signals.worker_ready.connect
def say_ready(sender, **_):
    """Celery's own `ready.` line is at INFO, below the worker's default level: say it always."""
    queues = " and ".join(q.name for q in all_queues(settings.queue, settings.queue_type)[:2])
    print(f"storepeople: ready, consuming {queues}", file=sys.__stderr__, flush=True)


@signals.worker_ready.connect
def serve_metrics(sender, **_):
    if settings.metrics_port:
        queues = [q.name for q in all_queues(settings.queue, settings.queue_type)]
        metrics.serve(settings.metrics_port, app.connection_for_write, queues)
