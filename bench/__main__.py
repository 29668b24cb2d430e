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

from bench import core, sink
from bench.measure import Figure
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
def main(count: int, sink_records: int) -> None:
    settings = Settings.from_env()
    stack.up(settings, lambda line: None)
    figures = core.run(count) + sink.run(settings, sink_records)
    click.echo(_table(figures))
    out = PROJECT_ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"bench-{time.strftime('%Y%m%dT%H%M%S')}.json"
    path.write_bytes(orjson.dumps([asdict(f) | {"ratio": f.ratio} for f in figures], option=orjson.OPT_INDENT_2))
    click.echo(f"\nwritten to {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}")


if __name__ == "__main__":
    sys.exit(main())
