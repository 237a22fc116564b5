"""Exit 1, naming them, if TCP sockets listen on an address other than loopback (from /proc/net)."""

import ipaddress
import os
import sys


def listening(path: str):
    """(address, port) of each listening socket in /proc/net/tcp or tcp6."""
    with open(path) as table:
        for line in table.readlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            if state != "0A":  # TCP_LISTEN
                continue
            hex_address, hex_port = local.split(":")
            raw = bytes.fromhex(hex_address)
            # The kernel prints each 32-bit word in host (little-endian) order.
            words = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
            yield ipaddress.ip_address(words), int(hex_port, 16)


others = [
    f"{address}:{port}"
    for path in ("/proc/net/tcp", "/proc/net/tcp6")
    if os.path.exists(path)
    for address, port in listening(path)
    if not address.is_loopback
]
if others:
    print("listening beyond loopback:", " ".join(sorted(set(others))))
    sys.exit(1)
print("every listening socket is on loopback")
