"""History pruning: drop versions older than HISTORY_DAYS, at most once an hour per process."""

import functools
import logging
import time

from sqlalchemy import exc

from store_people import history
from store_people.settings import Settings
from store_people.store import StoreGaveUp, in_transaction

log = logging.getLogger(__name__)

PRUNE_EVERY = 3600.0


class Pruner:
    """One per process (pruner()): the first batch after a start prunes, then hourly."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.next_at = 0.0

    def maybe_prune(self) -> None:
        if time.monotonic() < self.next_at:
            return
        self.next_at = time.monotonic() + PRUNE_EVERY
        days = self.settings.history_days
        try:
            gone = in_transaction(
                self.settings.database_url, 30.0, lambda s: history.prune(s, days)
            )
        except (StoreGaveUp, exc.DBAPIError) as error:
            log.warning("history not pruned: %s", type(error).__name__)
            return
        if gone:
            log.info("pruned %d history entries older than %d days", gone, days)


@functools.cache
def pruner(settings: Settings) -> Pruner:
    # Cached per process; pool children build their own after the fork.
    return Pruner(settings)
