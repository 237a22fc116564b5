"""Optional DNS check that an email domain can receive mail: MX, then A/AAAA.

Used only with --check-deliverability. A timeout or server failure says
"unknown", never "undeliverable": flaky DNS must not reject good rows
(JoshData/python-email-validator#150, #108). Each domain is looked up once per run.
"""

import dns.exception
import dns.resolver

from csv_import.errors import ServiceError

OK, UNDELIVERABLE, UNKNOWN = "ok", "undeliverable", "unknown"


class DeliverabilityChecker:
    def __init__(
        self, *, timeout: float = 2.0, nameservers: list[str] | None = None, port: int = 53
    ):
        try:
            self._resolver = dns.resolver.Resolver(configure=nameservers is None)
        except dns.resolver.NoResolverConfiguration as error:
            raise ServiceError(
                f"--check-deliverability: no DNS resolver configured ({error})"
            ) from None
        if nameservers is not None:
            self._resolver.nameservers = list(nameservers)
        self._resolver.port = port
        self._resolver.timeout = self._resolver.lifetime = timeout
        self._verdicts: dict[str, str] = {}

    def check(self, domain: str) -> str:
        """Return "ok", "undeliverable" or "unknown" for an (ASCII or IDNA) domain."""
        key = domain.lower().rstrip(".")
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = self._lookup(key)
        return verdict

    def _lookup(self, domain: str) -> str:
        try:
            mx = self._answer(domain, "MX")
            if mx is not None:
                # A "null MX" (RFC 7505: one record, exchange ".") says no mail, ever.
                real = [r for r in mx if r.exchange != dns.name.root]
                return OK if real else UNDELIVERABLE
            for rdtype in ("A", "AAAA"):  # no MX: mail goes to the address records
                if self._answer(domain, rdtype) is not None:
                    return OK
            return UNDELIVERABLE
        except dns.resolver.NXDOMAIN:
            return UNDELIVERABLE
        except (dns.exception.DNSException, OSError, ValueError):
            return UNKNOWN  # timeout, SERVFAIL, refused, unreachable, bad name

    def _answer(self, domain: str, rdtype: str):
        try:
            return self._resolver.resolve(domain + ".", rdtype, search=False)
        except dns.resolver.NoAnswer:
            return None
