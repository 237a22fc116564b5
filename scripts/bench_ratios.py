"""The bench's same-run ratios: what issue targets are stated in.

Only ratios within one run mean anything on a shared host; absolute rows/s move
with whatever else the machine runs.
- bulk / pgloader: our bulk mode against pgloader's plain load (rows/s each).
- per-row / bare ceiling: our per-row mode against the broker's bare ceiling
  (msgs/s, bench_peers.broker_ceiling) on the same queue type.
- bulk known / bulk: the same people with phone, company, job title and another
  address against name and email only: what the known fields cost (goal: >= 0.90).
"""

PGLOADER = "pgloader"
CEILING = "bare ceiling"


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
