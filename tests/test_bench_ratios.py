"""The bench's arithmetic: same-run ratios and CPU per 1M rows (scripts/bench_ratios.py,
scripts/bench_usage.py) and the settings its database runs with. Pure functions but one
read of the machine's pg_settings: no timing."""

import json
import sys
from pathlib import Path
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from bench_ratios import bound_lines, ratio_lines  # noqa: E402
from bench_usage import COMPONENTS, profile_table  # noqa: E402

RATES = {
    ("COPY", ""): 300_000.0,
    ("pgloader", ""): 50_000.0,
    ("bare ceiling", "quorum"): 8_000.0,
    ("bare ceiling", "classic"): 10_000.0,
    ("per-row", "quorum"): 6_000.0,
    ("per-row", "classic"): 5_000.0,
    ("bulk 1000", "quorum"): 40_000.0,
    ("bulk 1000 again", "quorum"): 45_000.0,
    ("per-row WARNING", "quorum"): 7_000.0,
    ("bulk 1000 known", "quorum"): 36_000.0,
}


def test_each_target_ratio_on_its_own_queue_type():
    lines = ratio_lines(RATES)
    assert lines == [
        "per-row / bare ceiling       quorum      6,000 /     8,000 = 0.75 x",
        "per-row / bare ceiling       classic     5,000 /    10,000 = 0.50 x",
        "bulk 1000 / pgloader         quorum     40,000 /    50,000 = 0.80 x",
        "bulk 1000 known / bulk 1000  quorum     36,000 /    40,000 = 0.90 x",
    ]


def test_no_ratio_without_both_sides():
    assert ratio_lines({("per-row", "quorum"): 6_000.0, ("bulk 1000", "quorum"): 1.0}) == []
    assert ratio_lines({("bulk 1000 known", "quorum"): 1.0, ("bulk 1000", "classic"): 1.0}) == []
    only_classic_ceiling = {("per-row", "quorum"): 6.0, ("bare ceiling", "classic"): 8.0}
    assert ratio_lines(only_classic_ceiling) == []


@given(
    st.floats(min_value=1, max_value=1e7),
    st.floats(min_value=1, max_value=1e7),
)
def test_ratio_is_numerator_over_denominator(ours, peer):
    (line,) = ratio_lines({("pgloader", ""): peer, ("bulk 5000", "quorum"): ours})
    assert line.endswith(f"= {ours / peer:.2f} x")


def per_row(**seconds_per_million) -> dict[str, float]:
    return dict.fromkeys(COMPONENTS, 0.0) | {
        name.replace("_", " "): s / 1e6 for name, s in seconds_per_million.items()
    }


def test_a_bound_is_cores_over_the_runs_cpu_per_row_against_its_peer():
    costs = {
        ("SQL upsert", ""): per_row(PostgreSQL=5.0),
        ("bulk 1000", "quorum"): per_row(CLI=6.0, pool=12.0, PostgreSQL=30.0, RabbitMQ=2.0),
        ("per-row", "quorum"): per_row(CLI=25.0, worker_main=60.0, PostgreSQL=35.0),
        ("bulk 1000 again", "quorum"): per_row(PostgreSQL=50.0),
        ("bare ceiling", "quorum"): per_row(RabbitMQ=30.0),
    }
    bulk, row = sorted(bound_lines(RATES, costs, cores=2))
    # bulk: 50 s per 1M rows -> 40,000 rows/s on 2 cores = 0.80 x pgloader's 50,000; with
    # PostgreSQL at 5 instead of 30: 25 s -> 80,000 = 1.60 x.
    assert "50.0 CPU s per 1M rows" in bulk and "40,000 rows/s on 2 cores = 0.80 x pgloader" in bulk
    assert bulk.endswith("PostgreSQL at the SQL upsert's 5.0: 1.60 x")
    # per-row: 120 s -> 16,667 msgs/s = 2.08 x the ceiling's 8,000; 90 s -> 2.78 x.
    assert "= 2.08 x bare ceiling" in row and row.endswith(": 2.78 x")


@given(
    st.dictionaries(
        st.sampled_from(COMPONENTS), st.floats(min_value=0.1, max_value=500), min_size=1
    ),
    st.floats(min_value=1, max_value=1e6),
    st.integers(min_value=1, max_value=64),
)
def test_a_bound_times_its_peer_is_cores_over_the_cpu_a_row(cost, peer, cores):
    """Spending the run's CPU a row on every core gives exactly `cores` seconds a second:
    the bound times the peer's rate is cores / CPU a row."""
    costs = {("bulk 5000", "classic"): {k: v / 1e6 for k, v in cost.items()}}
    (line,) = bound_lines({("pgloader", ""): peer}, costs, cores)
    most = cores / (sum(cost.values()) / 1e6)
    assert f"= {most / peer:.2f} x pgloader" in line and "SQL upsert" not in line


def test_no_bound_without_the_runs_cost_or_its_peer():
    """No classic ceiling measured, a run with the known fields (no target of its own), no
    pgloader: no line."""
    rates = {("bare ceiling", "quorum"): 8_000.0}
    costs = {
        ("per-row", "classic"): per_row(CLI=1.0),
        ("bulk 1000 known", "quorum"): per_row(CLI=1.0),
    }
    assert bound_lines(rates, costs, 2) == []
    assert bound_lines({}, {("bulk 1000", "quorum"): per_row(CLI=1.0)}, 2) == []


def usage(cpu: dict, wall: float):
    peaks = {"worker MB": 80.0, "Redis MB": 3.0, "RabbitMQ MB": 150.0}
    return SimpleNamespace(cpu=cpu, wall=wall, peaks=peaks, worker_end_mb=70.0)


def test_cpu_per_million_rows_by_component_and_total():
    cpu = dict.fromkeys(COMPONENTS, 0.0) | {"CLI": 1.5, "pool": 2.0, "PostgreSQL": 4.0}
    header, columns, row = profile_table([("bulk 1000 quorum", 200_000, usage(cpu, 5.0))]).split(
        "\n"
    )
    assert "per 1,000,000 rows" in header
    fields = dict(zip(columns.split()[2:], row.split()[4:], strict=False))
    # 200k rows -> x5: wall 25 s, total 37.5 s, CLI 7.5 s, pool 10 s, PostgreSQL 20 s.
    assert row.split()[4:7] == ["25.0", "37.5", "7.5"]
    assert fields["pool"] == "10.0" and fields["PG"] == "20.0" and fields["w.main"] == "0.0"


@given(
    st.lists(st.binary(min_size=1, max_size=4), min_size=1, max_size=20),
    st.integers(min_value=1, max_value=10),
    st.integers(min_value=0, max_value=100),
)
def test_the_bare_ceiling_writes_exactly_rows_messages_in_file_order(encoded, block, rows):
    import bench_peers

    original, bench_peers.BLOCK = bench_peers.BLOCK, block
    try:
        written = list(bench_peers.blocks(encoded, rows))
    finally:
        bench_peers.BLOCK = original
    assert sum(size for size, _ in written) == rows
    assert all(0 < size <= block for size, _ in written)
    cycled = (encoded * (rows // len(encoded) + 1))[:rows]
    assert b"".join(data for _, data in written) == b"".join(cycled)


SETTING_NAMES = st.from_regex(r"[a-z][a-z_.]{0,30}", fullmatch=True)
SETTING_VALUES = st.from_regex(r"[A-Za-z0-9_.]{1,12}", fullmatch=True)


@given(st.dictionaries(SETTING_NAMES, SETTING_VALUES, max_size=6))
def test_the_bench_runs_postgresql_with_the_compose_files_settings(settings):
    """bench.postgres_settings reads back the `-c` options a compose file's postgres service
    is given, and none when it has no command; other services' commands are not its."""
    from bench import postgres_settings

    command = ["postgres"] + [a for n, v in settings.items() for a in ("-c", f"{n}={v}")]
    written = "\n    command: " + json.dumps(command) if settings else ""
    compose = (
        "services:\n  postgres:\n    image: postgres:15-bookworm" + written + "\n"
        '  redis:\n    image: redis:7.0-bookworm\n    command: ["redis-server", "-c", "a=b"]\n'
    )
    assert postgres_settings(compose) == settings


def test_the_compose_files_postgresql_settings_are_postgresqls():
    """Each setting docker-compose.yml gives PostgreSQL (and so the bench's node) is one
    PostgreSQL 15 knows, by pg_settings of the machine's server."""
    import psycopg2
    from bench import deployed_postgres_settings

    dsn = "host=127.0.0.1 user=postgres dbname=postgres"
    with psycopg2.connect(dsn) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT name FROM pg_settings")
        known = {name for (name,) in cursor}
    assert set(deployed_postgres_settings()) <= known
