"""`csvprocessor web [--host 127.0.0.1] [--port 8080]`: serve the import page with uvicorn.

Off loopback it refuses to start (exit 2) unless WEB_TOKEN or WEB_USER and
WEB_PASSWORD are set: the page writes to the database.

The socket is bound here, before the page's address is printed: a port in use, out of
range, or a host this machine doesn't have is one line and exit 2. Left to uvicorn, it
was a traceback (a port over 65535) or uvicorn's own log and its exit 3 (a port in use),
which this CLI's exit codes say means rows failed.
"""

import argparse
import socket

from csv_import.errors import USAGE, CliError, report_failure
from csv_import.usage import CommandParser, positive_int


def port_number(text: str) -> int:
    value = positive_int(text)
    if value > 65535:
        raise argparse.ArgumentTypeError("a TCP port is at most 65535")
    return value


def listening_socket(host: str, port: int) -> socket.socket:
    """Bound as uvicorn's Config.bind_socket binds (IPv6 for a host with a colon); OSError."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except BaseException:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def main(argv: list[str], settings) -> int:
    parser = CommandParser(prog="csvprocessor.py web", description="Serve the import page.")
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default %(default)s)"
    )
    parser.add_argument("--port", type=port_number, default=8080, help="default %(default)s")
    try:
        options = parser.parse_args(argv)
    except CliError as error:
        return report_failure(f"web: {error}", error.exit_code, False)
    # Imported here: the import command itself never loads the web stack.
    import os

    import uvicorn

    from csv_import.web.app import create_app
    from csv_import.web.config import WebSettings, exposure_problem

    try:
        web = WebSettings.from_env(settings.logs_dir, os.environ)
    except ValueError as error:
        return report_failure(f"configuration: {error}", USAGE, False)
    problem = exposure_problem(options.host, web)
    if problem:
        return report_failure(problem, USAGE, False)
    try:
        sock = listening_socket(options.host, options.port)
    except OSError as error:  # in use, a host not of this machine, a name that doesn't resolve
        reason = error.strerror or str(error)
        return report_failure(f"web: cannot listen on {options.host}:{options.port}: {reason}",
                              USAGE, False)  # fmt: skip
    app = create_app(settings, web)
    print(f"the import page: http://{options.host}:{options.port}/", flush=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="info"))
    with sock:
        server.run(sockets=[sock])
    return 0
