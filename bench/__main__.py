"""`make bench`: measure each stage and its bare baseline in the same run; print a table, save JSON.

Run on the local stack (`logwarden dev up` is done first). Figures are medians after a
warm-up; read the ratio column: absolute numbers move with the machine, ratios much less.
"""

from __future__ import annotations

import sys
import time
from dataclasses import asdict
from pathlib import Path

import click
import orjson

from bench import backfill, core, e2e, router, scan, sink
from bench.measure import CREATED_PREFIXES, Figure
from pipeline.dev import stack
from pipeline.settings import PROJECT_ROOT, Settings


def _table(figures: list[Figure]) -> str:
    rows = [("stage", "unit", "logwarden", "baseline", "ratio", "baseline is", "target")]
    rows += [(f.stage, f.unit, f"{f.logwarden:,.1f}", f"{f.baseline:,.1f}", f"{f.ratio:.2f}", f.baseline_name, f.target)
             for f in figures]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


@click.command()
@click.option("--events", "count", default=20_000, show_default=True, help="Events per core run.")
@click.option("--sink-records", default=50_000, show_default=True, help="Records through the sink.")
@click.option("--kafka-events", default=30_000, show_default=True, help="Events per router and end-to-end run.")
@click.option("--repeats", default=3, show_default=True, help="Measured runs per figure, after a warm-up.")
@click.option("--backfill-per-minute", default=3.0, show_default=True,
              help="Requests a minute of the backfill stage's in-order year.")
@click.option("--scan-events", default=100_000, show_default=True,
              help="Events of the one day the scan stage archives in both formats.")
@click.option("--only", type=click.Choice(["core", "sink", "router", "e2e", "backfill", "scan"]), multiple=True,
              help="Run only these stages (default: all).")
def main(count: int, sink_records: int, kafka_events: int, repeats: int, backfill_per_minute: float,
         scan_events: int, only: tuple[str, ...]) -> None:
    settings = Settings.from_env()
    started = stack.up(settings, lambda line: None)  # what it starts, it stops at the end
    stages = set(only or ("core", "sink", "router", "e2e", "backfill", "scan"))
    figures: list[Figure] = []
    memory: dict[str, float] = {}
    try:
        def done(found: list[Figure], rss: dict[str, float] | None = None) -> None:
            figures.extend(found)
            memory.update(rss or {})
            click.echo(_table(found), err=True)  # as it comes: a later stage failing loses nothing

        if "core" in stages:
            done(core.run(count))
        if "sink" in stages:
            done(sink.run(settings, sink_records, repeats))
        if "router" in stages:
            done(*router.run(settings, kafka_events, repeats))
        if "e2e" in stages:
            done(*e2e.run(settings, kafka_events, repeats=repeats))
        if "backfill" in stages:
            done(*backfill.run(settings, backfill_per_minute))
        if "scan" in stages:
            done(scan.run(settings, scan_events, repeats))
    finally:
        cleanup(settings)
        stack.down(settings, lambda line: None, only=started)
    click.echo(_table(figures))
    for name, value in memory.items():
        click.echo(f"{name}: {value:,.0f}" + ("  (target: under 300 MB)" if "RSS" in name else ""))
    out = PROJECT_ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"bench-{time.strftime('%Y%m%dT%H%M%S')}.json"
    path.write_bytes(orjson.dumps({"figures": [asdict(f) | {"ratio": f.ratio} for f in figures], "memory": memory},
                                  option=orjson.OPT_INDENT_2))
    click.echo(f"\nwritten to {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}")


def cleanup(settings: Settings) -> None:
    """Delete the topics this run made (by the prefixes it recorded), and no one else's."""
    from pipeline.cluster.topics import settings_admin

    with settings_admin(settings) as admin:
        made = [t for t in admin.list_topics() if t.startswith(tuple(CREATED_PREFIXES))] if CREATED_PREFIXES else []
        if made:
            admin.delete_topics(made)


if __name__ == "__main__":
    sys.exit(main())
