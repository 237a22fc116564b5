"""A pipe a signal handler writes to and the event loop watches: the self-pipe pattern.

A Python signal handler runs wherever the main thread is, in the middle of whatever the
event loop was doing (cold_shutdown.py, warm_shutdown.py say what that broke). The
handler only writes a byte here; the loop, watching the read end (kombu's Hub.add_reader),
then acts between two of its steps.
"""

import os


class SelfPipe:
    def __init__(self):
        # Non-blocking both ways: a handler never waits, the loop never blocks on an empty
        # pipe; never closed: one per worker process, for its life.
        self.read_end, self.write_end = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)

    def watch(self, hub, callback, *args) -> None:
        hub.add_reader(self.read_end, callback, *args)

    def wake(self) -> None:
        """From a signal handler: wake the loop."""
        try:
            os.write(self.write_end, b"!")
        except BlockingIOError:  # full of earlier bytes: the loop wakes anyway
            pass

    def empty(self) -> None:
        """From the loop, once woken: take the bytes, so that it is not woken again by them."""
        try:
            os.read(self.read_end, 64)
        except BlockingIOError:
            pass
