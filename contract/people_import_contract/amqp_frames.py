"""py-amqp's frame handler, with a message's header frame parsed under a guard.

py-amqp parses a delivery's properties (its headers table) as it reads the
socket, recursively: a 128 KB header of nested arrays or tables raised
RecursionError out of the connection's drain_events, and Celery stopped the
worker ("Unrecoverable error") at every start, on the same message. Here a
header frame that can't be parsed (any exception) gives the message one header
of ours, UNREADABLE, saying why; its body frames are read as usual. The worker
dead-letters such a message (store_people/dead_letters.py); the CLI's
`dead-letters` and `replay` read the dead-letter queue with it too.

And a body is handed on as the bytes that arrived. py-amqp's channels decode
every body with the message's `content_encoding` property as they dispatch it
(auto_decode), in the receiving process, before anything has looked at it: a
sender names the codec. `punycode` is quadratic (a 1 MB body held the worker's
main process for minutes; 32 KB took half a second), `utf-16` or `latin-1`
turned a body the worker refuses (not UTF-8) into one it stored, and an empty
body arrived as text, which the worker could not publish again as a dead letter
(kombu: "unknown encoding: binary"). So every channel of a connection reading
with this handler has auto_decode off; the worker decodes a body as UTF-8 itself,
after its size check, and the CLI's `dead-letters` and `replay` move it unchanged.

This is amqp.method_framing.frame_handler (py-amqp 5.x, BSD licence) with the
two changes; amqp.Connection takes it as its `frame_handler` argument, which
kombu passes from the transport options (amqp_options below).
"""

from collections import defaultdict
from struct import unpack_from

from amqp import spec
from amqp.basic_message import Message
from amqp.exceptions import UnexpectedFrame

UNREADABLE = "x-people-import-unreadable-headers"
CONTENT_METHODS = frozenset([spec.Basic.Return, spec.Basic.Deliver, spec.Basic.GetOk])


def read_header(msg: Message, buf) -> None:
    """The content header: body size, then properties; properties that fail are replaced."""
    try:
        msg.inbound_header(buf)
    except Exception as error:  # RecursionError, MemoryError, struct.error...
        _class_id, msg.body_size = unpack_from(">HxxQ", buf, 0)
        msg.properties = {"application_headers": {UNREADABLE: type(error).__name__}}
        msg.ready = not msg.body_size


def undecoded(connection, channel: int) -> None:
    """The channel hands bodies on as bytes (py-amqp's auto_decode off: module doc)."""
    receiver = connection.channels.get(channel)
    if receiver is not None:
        receiver.auto_decode = False


def body_bytes(body) -> bytes:
    """A message's body as bytes: py-amqp gives an empty body as "" whatever the channel."""
    return body.encode("utf-8", "surrogateescape") if isinstance(body, str) else body


def frame_handler(connection, callback):
    """Create the closure that reads frames (as amqp.method_framing.frame_handler)."""
    expected_types: defaultdict[int, int] = defaultdict(lambda: 1)
    partial_messages = {}

    def on_frame(frame):
        frame_type, channel, buf = frame
        connection.bytes_recv += 1
        if frame_type not in (expected_types[channel], 8):
            raise UnexpectedFrame(
                f"Received frame {frame_type} while expecting type: {expected_types[channel]}"
            )
        elif frame_type == 1:
            method_sig = unpack_from(">HH", buf, 0)
            if method_sig in CONTENT_METHODS:
                undecoded(connection, channel)
                # Save what we've got so far and wait for the content-header
                partial_messages[channel] = Message(frame_method=method_sig, frame_args=buf)
                expected_types[channel] = 2
                return False
            callback(channel, method_sig, buf, None)
        elif frame_type == 2:
            msg = partial_messages[channel]
            read_header(msg, buf)
            if not msg.ready:
                expected_types[channel] = 3  # wait for the content-body
                return False
            expected_types[channel] = 1  # bodyless message, we're done
            partial_messages.pop(channel, None)
            callback(channel, msg.frame_method, msg.frame_args, msg)
        elif frame_type == 3:
            msg = partial_messages[channel]
            msg.inbound_body(buf)
            if not msg.ready:
                return False  # wait for the rest of the content-body
            expected_types[channel] = 1
            partial_messages.pop(channel, None)
            callback(channel, msg.frame_method, msg.frame_args, msg)
        elif frame_type == 8:
            return False  # a heartbeat: bytes_recv already updated
        return True

    return on_frame


def amqp_options(broker_url: str) -> dict:
    """Transport options that install the guard, for a RabbitMQ URL (py-amqp); else none."""
    if broker_url.split(":", 1)[0] in ("amqp", "amqps", "pyamqp"):
        return {"frame_handler": frame_handler}
    return {}
