"""Where a bench run's time and memory go, per component, sampled from /proc.

CPU: utime + stime (/proc/<pid>/stat, proc(5)) of each process, last sample minus
first; a process born during the run counts from zero. Components: the CLI (the
bench's other children: /usr/bin/time and the CLI), the worker's main process, its
pool processes, PostgreSQL (the backends connected to the bench database; on the bench's
own node, `Usage.postmaster`, every process of it: the checkpointer and WAL writer work
for the load too), RabbitMQ's
beam.smp and redis-server. The last ≤ `interval` seconds of a process that exits
between two samples are missed; the CLI's own total comes from /usr/bin/time.
RabbitMQ and Redis are shared with whatever else runs on the machine.

Memory: peaks of the worker's total RSS (main + pool), its RSS at the end, Redis's
used_memory (INFO memory) and beam.smp's RSS, sampled the same way.
"""

import os
import threading
import time
from pathlib import Path

import redis

TICK = os.sysconf("SC_CLK_TCK")
COMPONENTS = ("CLI", "worker main", "pool", "PostgreSQL", "RabbitMQ", "Redis")
BACKEND = os.environ.get("BACKEND_CONN", "redis://localhost:6379/0")


def processes() -> dict[int, tuple[int, str, float, int]]:
    """pid -> (ppid, comm, CPU seconds, RSS bytes) of every process."""
    table = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry.name}/stat").read_text()
        except OSError:
            continue  # exited meanwhile
        comm = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        # proc(5): field 4 ppid, 14 utime, 15 stime, 24 rss (pages); fields[0] is field 3.
        cpu = (int(fields[11]) + int(fields[12])) / TICK
        table[int(entry.name)] = (int(fields[1]), comm, cpu, int(fields[21]) * page)
    return table


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


class Usage:
    """Samples in a thread while the `with` block runs; `cpu` and `memory` after it."""

    postmaster: int | None = None  # the bench's own PostgreSQL node, when it runs one

    def __init__(self, worker_pid: int | None, database: str, interval: float = 0.25):
        self.worker_pid, self.database, self.interval = worker_pid, database, interval
        self.me = os.getpid()
        self.first: dict[int, float] = {}
        self.last: dict[int, tuple[str, float]] = {}
        self.backends: dict[int, bool] = {}
        self.peaks = {"worker MB": 0.0, "Redis MB": 0.0, "RabbitMQ MB": 0.0}
        self.worker_end_mb = 0.0
        self.redis = redis.Redis.from_url(BACKEND)
        self.stopping = threading.Event()

    def component(self, pid: int, table: dict) -> str | None:
        ppid, comm, _, _ = table[pid]
        if pid == self.worker_pid:
            return "worker main"
        if ppid == self.worker_pid:
            return "pool"
        if comm == "beam.smp":
            return "RabbitMQ"
        if comm == "redis-server":
            return "Redis"
        if comm == "postgres":
            if self.postmaster is not None:
                return "PostgreSQL" if ppid == self.postmaster else None
            if pid not in self.backends:  # the process title names the database (backend)
                self.backends[pid] = f" {self.database} " in cmdline(pid)
            return "PostgreSQL" if self.backends[pid] else None
        while ppid > 1:  # the bench's other descendants: the CLI and /usr/bin/time
            if ppid == self.me:
                return "CLI"
            ppid = table[ppid][0] if ppid in table else 0
        return None

    def sample(self, started: bool) -> None:
        table = processes()
        worker_rss = 0
        for pid in table:
            role = self.component(pid, table)
            if role is None:
                continue
            cpu, rss = table[pid][2], table[pid][3]
            if pid not in self.first:
                self.first[pid] = cpu if not started else 0.0
            self.last[pid] = (role, cpu)
            if role in ("worker main", "pool"):
                worker_rss += rss
            elif role == "RabbitMQ":
                self.peaks["RabbitMQ MB"] = max(self.peaks["RabbitMQ MB"], rss / 2**20)
        self.worker_end_mb = worker_rss / 2**20
        self.peaks["worker MB"] = max(self.peaks["worker MB"], self.worker_end_mb)
        used = self.redis.info("memory")["used_memory"] / 2**20
        self.peaks["Redis MB"] = max(self.peaks["Redis MB"], used)

    def run(self) -> None:
        while not self.stopping.wait(self.interval):
            self.sample(started=True)

    def __enter__(self):
        self.sample(started=False)
        self.started = time.perf_counter()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stopping.set()
        self.thread.join()
        self.sample(started=True)
        self.wall = time.perf_counter() - self.started

    @property
    def cpu(self) -> dict[str, float]:
        seconds = dict.fromkeys(COMPONENTS, 0.0)
        for pid, (role, cpu) in self.last.items():
            seconds[role] += cpu - self.first[pid]
        return seconds


def profile_table(usages: list[tuple[str, int, "Usage"]], per_rows: int = 1_000_000) -> str:
    """CPU seconds per `per_rows` rows by component and in all, and the memory peaks."""
    lines = [
        f"CPU seconds per {per_rows:,} rows (wall scaled the same way); memory peaks in MB",
        "{:<24} {:>9} {:>6} {:>6} {:>6} {:>7} {:>6} {:>6} {:>8} {:>6} {:>5}"
        " {:>7} {:>7} {:>7} {:>8}".format(
            "run",
            "rows",
            "wall",
            "total",
            "CLI",
            "w.main",
            "pool",
            "PG",
            "RabbitMQ",
            "Redis",
            "busy",
            "worker",
            "w.end",
            "Redis",
            "RabbitMQ",
        ),
    ]
    for label, rows, usage in usages:
        scale = per_rows / rows
        cpu = usage.cpu
        busy = sum(cpu.values()) / (usage.wall * (os.cpu_count() or 1))
        peaks = usage.peaks
        lines.append(
            f"{label:<24} {rows:>9} {usage.wall * scale:>6.1f} {sum(cpu.values()) * scale:>6.1f}"
            + "".join(
                f" {cpu[name] * scale:>{width}.1f}"
                for name, width in zip(COMPONENTS, (6, 7, 6, 6, 8, 6), strict=True)
            )
            + f" {busy:>5.0%} {peaks['worker MB']:>7.0f} {usage.worker_end_mb:>7.0f}"
            f" {peaks['Redis MB']:>7.0f} {peaks['RabbitMQ MB']:>8.0f}"
        )
    return "\n".join(lines)
