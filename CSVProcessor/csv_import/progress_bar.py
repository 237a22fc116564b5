"""Progress on stderr: a tqdm bar (rate, ETA) on a terminal, else a plain line every few seconds.

Never on stdout, so `--json` output stays exactly one object.
"""

import sys
import time

from tqdm import tqdm

PLAIN_EVERY = 5.0  # seconds between plain progress lines


class Progress:
    def __init__(self, label: str, total: int | None = None, stream=None):
        self.label, self.total = label, total
        self.stream = stream or sys.stderr
        self.bar = None
        if self.stream.isatty():
            self.bar = tqdm(total=total, desc=label, unit=" rows", file=self.stream, leave=False)
        self.next_line = time.monotonic() + PLAIN_EVERY

    def show(self, done: int, note: str = "") -> None:
        """`done` is absolute; call as often as convenient."""
        if self.bar is not None:
            self.bar.update(done - self.bar.n)
            if note:
                self.bar.set_postfix_str(note, refresh=False)
        elif time.monotonic() >= self.next_line:
            self.next_line = time.monotonic() + PLAIN_EVERY
            of = f" of {self.total}" if self.total is not None else ""
            print(f"{self.label}: {done}{of} rows {note}".rstrip(), file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
