"""DeliverabilityChecker against a DNS server on loopback; never the internet."""

import socket

import pytest
from dnslib import AAAA, MX, QTYPE, RCODE, RR, A
from dnslib.server import BaseResolver, DNSLogger, DNSServer

from csv_import.deliverability import DeliverabilityChecker

ZONE = {
    ("mail.example.", "MX"): [MX("mx.mail.example.")],
    ("a-only.example.", "A"): [A("192.0.2.1")],
    ("v6-only.example.", "AAAA"): [AAAA("2001:db8::1")],
    ("null-mx.example.", "MX"): [MX(".", 0)],
    ("xn--bcher-kva.example.", "MX"): [MX("mx.example.")],
}
EXISTING = {name for name, _ in ZONE} | {"empty.example."}


class ZoneResolver(BaseResolver):
    def __init__(self):
        self.queries = []

    def resolve(self, request, handler):
        name, qtype = str(request.q.qname), QTYPE[request.q.qtype]
        self.queries.append((name, qtype))
        reply = request.reply()
        if name.startswith("servfail."):
            reply.header.rcode = RCODE.SERVFAIL
        elif name not in EXISTING:
            reply.header.rcode = RCODE.NXDOMAIN
        for rdata in ZONE.get((name, qtype), []):
            reply.add_answer(RR(name, getattr(QTYPE, qtype), rdata=rdata, ttl=60))
        return reply


@pytest.fixture(scope="module")
def dns_server():
    resolver = ZoneResolver()
    quiet = DNSLogger(logf=lambda _: None)
    server = DNSServer(resolver, address="127.0.0.1", port=0, logger=quiet)
    server.start_thread()
    try:
        yield resolver, server.server.server_address[1]
    finally:
        server.stop()  # serve_forever polls twice a second: one server for the module
        server.server.server_close()


@pytest.fixture
def checker(dns_server):
    resolver, port = dns_server
    resolver.queries.clear()
    return DeliverabilityChecker(timeout=1.0, nameservers=["127.0.0.1"], port=port)


@pytest.mark.parametrize(
    ("domain", "verdict"),
    [
        ("mail.example", "ok"),
        ("a-only.example", "ok"),  # no MX: the A record takes mail
        ("v6-only.example", "ok"),
        ("MAIL.Example.", "ok"),
        ("xn--bcher-kva.example", "ok"),
        ("nowhere.example", "undeliverable"),  # NXDOMAIN
        ("empty.example", "undeliverable"),  # exists, no MX/A/AAAA
        ("null-mx.example", "undeliverable"),  # RFC 7505
        ("servfail.example", "unknown"),
    ],
)
def test_verdicts(checker, domain, verdict):
    assert checker.check(domain) == verdict


def test_mx_first_then_address_records_and_one_lookup_per_domain(dns_server, checker):
    resolver, _ = dns_server
    assert [checker.check("a-only.example") for _ in range(3)] == ["ok"] * 3
    assert checker.check("A-ONLY.example") == "ok"
    assert resolver.queries == [("a-only.example.", "MX"), ("a-only.example.", "A")]


def test_a_silent_server_is_unknown_not_undeliverable():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:  # bound, never answers
        silent.bind(("127.0.0.1", 0))
        port = silent.getsockname()[1]
        checker = DeliverabilityChecker(timeout=0.2, nameservers=["127.0.0.1"], port=port)
        assert checker.check("mail.example") == "unknown"
        assert checker.check("mail.example") == "unknown"  # cached: no second wait
