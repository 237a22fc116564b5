"""The bench's same-run ratios: what issue targets are stated in.

Only ratios within one run mean anything on a shared host; absolute rows/s move
with whatever else the machine runs.
- bulk / pgloader: our bulk mode against pgloader's plain load (rows/s each).
- per-row / bare ceiling: our per-row mode against the broker's bare ceiling
  (msgs/s, bench_peers.broker_ceiling) on the same queue type.
- bulk known / bulk: the same people with phone, company, job title and another
  address against name and email only: what the known fields cost (goal: >= 0.90).

And the bounds those ratios can reach at the run's own cost (bound_lines): a run that
spends C CPU seconds a row can't go faster than cores / C rows a second, whatever it
overlaps; set against the same peer, that is the most its ratio could be with every core
busy. A second figure puts PostgreSQL at what the bare SQL upsert cost it in the same run
(the upsert's semantics with no validation, writes log, history or messages): what the
rest of the pipeline leaves room for.
"""

PGLOADER = "pgloader"
CEILING = "bare ceiling"
SQL_UPSERT = "SQL upsert"
DATABASE = "PostgreSQL"


def ratio_lines(rates: dict[tuple[str, str], float]) -> list[str]:
    """rates: (mode, queue type) -> rows/s of one run at one size; one line per ratio
    whose two sides were both measured. Re-imports ("again") and other log levels are
    left out: the targets are about a first import with the image's CMD."""
    lines = []
    pgloader = rates.get((PGLOADER, ""))
    for (mode, queue), rate in rates.items():
        if mode.startswith("bulk ") and mode.split()[-1].isdigit() and pgloader:
            lines.append(line(f"{mode} / {PGLOADER}", queue, rate, pgloader))
        plain = rates.get((mode.removesuffix(" known"), queue))
        if mode.startswith("bulk ") and mode.endswith(" known") and plain:
            lines.append(line(f"{mode} / {mode.removesuffix(' known')}", queue, rate, plain))
        ceiling = rates.get((CEILING, queue))
        if mode == "per-row" and ceiling:
            lines.append(line(f"per-row / {CEILING}", queue, rate, ceiling))
    return lines


def line(label: str, queue: str, numerator: float, denominator: float) -> str:
    return (
        f"{label:<28} {queue:<7} {numerator:>9,.0f} / {denominator:>9,.0f}"
        f" = {numerator / denominator:.2f} x"
    )


def bound_lines(
    rates: dict[tuple[str, str], float],
    costs: dict[tuple[str, str], dict[str, float]],
    cores: int,
) -> list[str]:
    """rates as for ratio_lines; costs: (mode, queue type) -> CPU seconds a row by component
    (bench_usage.COMPONENTS), for the same runs and the SQL upsert (queue type ""). One line
    per bulk or per-row run whose cost and peer were both measured."""
    lines = []
    upsert = costs.get((SQL_UPSERT, ""), {}).get(DATABASE)
    for (mode, queue), cost in costs.items():
        if mode.startswith("bulk ") and mode.split()[-1].isdigit():
            peer, name = rates.get((PGLOADER, "")), PGLOADER
        elif mode == "per-row":
            peer, name = rates.get((CEILING, queue)), CEILING
        else:
            continue
        total = sum(cost.values())
        if not peer or total <= 0:
            continue
        most = cores / total
        text = (
            f"{mode:<10} {queue:<7} {total * 1e6:5.1f} CPU s per 1M rows: at most"
            f" {most:>9,.0f} rows/s on {cores} cores = {most / peer:.2f} x {name}"
        )
        if upsert is not None and DATABASE in cost:
            leaner = cores / (total - cost[DATABASE] + upsert)
            text += f"; PostgreSQL at the SQL upsert's {upsert * 1e6:.1f}: {leaner / peer:.2f} x"
        lines.append(text)
    return lines
