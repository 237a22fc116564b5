"""Buffered socket reads for the worker's AMQP connection (py-amqp).

py-amqp reads each frame with three recv() calls (header, payload, end
byte) and switches the socket's timeout before and after every frame (two
more system calls). A task message is three frames, so at ten thousand
messages a second those system calls were the largest cost of the worker's
main process (py-spy: TCPTransport._read and having_timeout). Here the
socket is read in large chunks, and a frame already in the buffer is parsed
without touching the socket. The bytes and their order are unchanged; only
the number of system calls is.
"""

import errno
from contextlib import nullcontext
from struct import unpack_from

from amqp.connection import Connection
from amqp.transport import TCPTransport, _AbstractTransport

CHUNK = 64 * 1024
_having_timeout = _AbstractTransport.having_timeout
_blocking_read = Connection.blocking_read


def frame_buffered(buffer) -> bool:
    """A whole frame (7-byte header, payload, end byte) is already read."""
    return len(buffer) >= 7 and len(buffer) >= unpack_from(">I", buffer, 3)[0] + 8


def having_timeout(self, timeout):
    if timeout == 0 and frame_buffered(self._read_buffer):
        return nullcontext(self.sock)  # no read will block: leave the socket alone
    return _having_timeout(self, timeout)


def read(self, n, initial=False, _errnos=(errno.EAGAIN, errno.EINTR)):
    """TCPTransport._read with the same contract, reading up to CHUNK bytes at a time."""
    buffer = self._read_buffer
    if type(buffer) is not bytearray:  # read_frame puts back bytes after a timeout
        buffer = self._read_buffer = bytearray(buffer)
    recv = self._quick_recv
    while len(buffer) < n:
        try:
            chunk = recv(max(CHUNK, n - len(buffer)))
        except OSError as exc:
            if exc.errno in _errnos:
                if initial and self.raise_on_initial_eintr:
                    raise TimeoutError() from None
                continue
            raise
        if not chunk:
            raise OSError("Server unexpectedly closed connection")
        buffer += chunk
    result = bytes(memoryview(buffer)[:n])
    del buffer[:n]
    return result


def blocking_read(self, timeout=None):
    """Connection.blocking_read, then every frame already in the buffer.

    The worker's event loop calls this once per "socket readable" event. Frames
    read ahead into the buffer leave the socket quiet, so without this loop they
    would wait for the next unrelated traffic (a heartbeat, up to a minute).
    """
    result = _blocking_read(self, timeout)
    while frame_buffered(getattr(self.transport, "_read_buffer", b"")):
        result = _blocking_read(self, 0)
    return result


def install() -> None:
    """Idempotent; affects plain TCP connections (not TLS) in this process."""
    TCPTransport._read = read
    TCPTransport.having_timeout = having_timeout
    Connection.blocking_read = blocking_read
