"""Celery's consumer without native delayed delivery.

On quorum queues Celery 5.5+ adds a DelayedDelivery step to every worker's consumer
(celery/worker/consumer/delayed_delivery.py): at each start it declares 28 `celery_delayed_*`
queues and 29 exchanges, and warns that our direct exchange cannot use them. Nothing here
publishes a task with an ETA or countdown (retries are in-process, store.py), so the worker
takes Celery's consumer with that one step left out, through the public `worker_consumer`
setting, and declares only its own queues.
"""

from celery.worker.consumer import Consumer as CeleryConsumer

DELAYED_DELIVERY = "celery.worker.consumer.delayed_delivery:DelayedDelivery"


class Consumer(CeleryConsumer):
    class Blueprint(CeleryConsumer.Blueprint):
        default_steps = [s for s in CeleryConsumer.Blueprint.default_steps if s != DELAYED_DELIVERY]
