"""SIGTERM and Ctrl-C end an import between two rows, never inside a publish or a read of confirms.

A signal's handler runs between any two bytecodes: an exception raised there can
cut a frame half written to RabbitMQ, or a confirm half counted, and then the
counts the CLI reports are not what the broker holds. So while rows are being
sent, the first signal is only noted (`requested`) and the import stops at the
next row, reads the confirms of what it sent (a bounded wait), records that and
exits 130. A second signal stops at once. Before the first row and while
waiting (`--wait`), a signal stops at once: nothing is half sent then. Once the
import is over (`finish`), a signal changes nothing: the summary is printed and
the exit status is the import's, not a kill's.

SIGINT is handled only if Python's own Ctrl-C handler is installed: a process
started with SIGINT ignored (a shell's background job) keeps ignoring it.
"""

import signal
from collections.abc import Callable
from types import FrameType
from typing import Any

from csv_import.errors import Stop


class StopSignals:
    """Context manager: SIGTERM (and Ctrl-C) raise Stop, or are deferred while `deferring`."""

    def __init__(self, final: bool = False):
        # `final`: the process ends with the block (the CLI's entry point): once the import
        # is over, a signal during the interpreter's exit would kill it (-15 instead of the
        # import's status, after its summary was printed), so it stays ignored.
        self.final = final
        self.deferring = False
        self.requested = False
        self.finished = False
        # What signal.signal returned: a handler, SIG_DFL / SIG_IGN, or None (not set from Python).
        self.previous: dict[int, Callable[[int, FrameType | None], Any] | int | None] = {}

    def __enter__(self):
        self.previous[signal.SIGTERM] = signal.signal(signal.SIGTERM, self._handle)
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            self.previous[signal.SIGINT] = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc_info) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, signal.SIG_IGN if self.final and self.finished else handler)

    def finish(self) -> None:
        """The import is over: from here until the block ends, a signal is ignored."""
        self.finished = True

    def _handle(self, signum, frame) -> None:
        if self.finished:
            return
        if self.deferring and not self.requested:
            self.requested = True  # the import stops at the next row (check)
            return
        self.deferring = False
        raise Stop

    def check(self) -> None:
        """Between two rows: stop here if a signal came."""
        if self.requested:
            self.deferring = False
            raise Stop


class NoSignals:
    """What `run_import` uses when its caller handles no signals: nothing to check."""

    deferring = False
    requested = False

    def finish(self) -> None:
        pass

    def check(self) -> None:
        pass
