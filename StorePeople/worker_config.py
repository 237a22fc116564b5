"""The worker's Celery configuration: safe and fast by default, no flags needed."""

from kombu import Exchange, Queue

from config import Settings, transport_options


def dead_letter_queue_name(queue: str) -> str:
    return f"{queue}.dead"


def import_queue(queue: str) -> Queue:
    """Durable; rejected messages go to `<queue>.dead` for a person to inspect.

    The CLI declares the very same queue (CSVProcessor/producer.py): RabbitMQ
    refuses a redeclaration with different arguments.
    """
    return Queue(
        queue,
        Exchange(queue, type="direct", durable=True),
        routing_key=queue,
        durable=True,
        queue_arguments={
            "x-dead-letter-exchange": "",
            "x-dead-letter-routing-key": dead_letter_queue_name(queue),
        },
    )


def celery_config(settings: Settings) -> dict:
    return {
        "broker_url": settings.broker_url,
        "result_backend": settings.backend_url,
        "broker_transport_options": transport_options(settings.broker_url),
        # TLS when the URLs say amqps:// or rediss://, always verified (config.TlsOptions).
        "broker_use_ssl": settings.amqp_ssl(),
        "redis_backend_use_ssl": settings.redis_ssl(),
        "broker_connection_retry_on_startup": True,
        # JSON only: a pickle or YAML message is refused, never deserialized.
        "accept_content": ["json"],
        "result_accept_content": ["json"],
        "task_serializer": "json",
        "result_serializer": "json",
        "task_queues": [import_queue(settings.queue)],
        "task_default_queue": settings.queue,
        # At least once: ack after commit, requeue when a pool process dies.
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        # Job counters (progress.py) replace per-task results in Redis.
        "task_ignore_result": True,
        "result_expires": settings.job_ttl_seconds,
        # Enough prefetched per process to fill a batch while the previous one is stored.
        "worker_prefetch_multiplier": settings.flush_every * 2,
        "worker_cancel_long_running_tasks_on_connection_loss": True,
    }
