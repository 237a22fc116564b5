"""The page's own settings, from the environment (WEB_*), beside the CLI's Settings.

WEB_TOKEN, or WEB_USER with WEB_PASSWORD: the credentials the page asks for. Off
loopback the server refuses to start without one of them (`exposure_problem`).
WEB_MAX_UPLOAD_BYTES bounds an upload (default 1 GiB: a million-row CSV is ~60 MB).
WEB_UPLOAD_DIR is where uploads wait (0700; default <LOGS_DIR>/uploads).
"""

import ipaddress
import os
import secrets
from dataclasses import dataclass, field

DEFAULT_MAX_UPLOAD_BYTES = 1 << 30
UPLOAD_TTL_SECONDS = 3600  # an upload never started is deleted after an hour


@dataclass(frozen=True)
class WebSettings:
    upload_dir: str
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES
    token: str = field(default="", repr=False)
    user: str = ""
    password: str = field(default="", repr=False)
    batch_size: int = 1  # rows per message, as the CLI's --batch-size
    # Signs the CSRF tokens; new at each start (a restart asks forms to be reloaded).
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)

    @classmethod
    def from_env(cls, logs_dir: str, environ=os.environ) -> "WebSettings":
        """ValueError (one line) for a malformed number or a user without a password."""
        user, password = environ.get("WEB_USER", ""), environ.get("WEB_PASSWORD", "")
        if bool(user) != bool(password):
            raise ValueError("WEB_USER and WEB_PASSWORD go together: set both or neither")
        limit = environ.get("WEB_MAX_UPLOAD_BYTES", str(DEFAULT_MAX_UPLOAD_BYTES))
        if not limit.isdecimal() or int(limit) < 1:
            raise ValueError("WEB_MAX_UPLOAD_BYTES: a positive number of bytes")
        batch = environ.get("WEB_BATCH_SIZE", "1")
        if not batch.isdecimal() or int(batch) < 1:
            raise ValueError("WEB_BATCH_SIZE: a positive number of rows")
        return cls(
            upload_dir=environ.get("WEB_UPLOAD_DIR") or os.path.join(logs_dir, "uploads"),
            max_upload_bytes=int(limit),
            token=environ.get("WEB_TOKEN", ""),
            user=user,
            password=password,
            batch_size=int(batch),
        )

    @property
    def needs_auth(self) -> bool:
        return bool(self.token or self.user)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a name: it may resolve to anything


def exposure_problem(host: str, web: WebSettings) -> str | None:
    """Why the page must not listen on `host`, or None."""
    if is_loopback(host) or web.needs_auth:
        return None
    return (
        f"web: refusing to listen on {host} without authentication: "
        "set WEB_TOKEN (or WEB_USER and WEB_PASSWORD), or use --host 127.0.0.1"
    )
