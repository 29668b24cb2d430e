"""How much memory each of N worker processes holds for itself, and how much they share (issue 23's budget).

`logwarden worker --processes N` starts N interpreters (pipeline/worker.py), so what one loads the others do not
inherit: only pages of a file mapped by several processes (the page cache's) are held once. This starts N processes
that each do what a worker does before and while it routes, without Kafka: build the router of the project's
policy (`pipeline.native.build_router`, the compiled core when built) and route every text of the privacy corpus
and the three holdouts planted in an event, so that every detector, lexicon and dictionary is loaded. With all N
alive it reads each one's `/proc/<pid>/smaps_rollup`: private (USS: pages only it maps), anonymous (its heap, which
no other process can ever share), shared, PSS (each shared page divided among its mappers), and, from
`/proc/<pid>/smaps`, the data files mapped (the name lexicon, pymorphy3's word graphs). With one process the pages
of a mapped file count as private, since nobody else maps them; from two on they are shared.

    python -m bench.memory --processes 1 --processes 2 --processes 3
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import click

from pipeline.settings import PROJECT_ROOT

CORPORA = ("tests/corpus/privacy.jsonl", "tests/corpus/multilingual/*.jsonl", "tests/corpus/holdout.jsonl",
           "tests/corpus/holdout2.jsonl", "tests/corpus/holdout3.jsonl")
#: The data files the privacy engine maps, by a part of their path.
MAPPED = {"name lexicon": "/build/lexicon/", "pymorphy3 graphs": "/pymorphy3_dicts_ru/"}

# One process: routes the corpora, says how many texts, waits for a line on stdin.
_CHILD = f"""
import glob, json, sys
from pathlib import Path
import orjson
from pipeline.native import build_router
from pipeline.policy import load_policy
from pipeline.settings import PROJECT_ROOT, Settings
from tests.corpus import event_with
router = build_router(Settings.from_env(), load_policy(PROJECT_ROOT / "config" / "policy.toml"),
                      b"memory-bench-key-0123456789abcdef", "k1")
texts = 0
for pattern in {CORPORA!r}:
    for name in sorted(glob.glob(str(PROJECT_ROOT / pattern))):
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                router.route(orjson.dumps(event_with(json.loads(line)["text"], "properties")))
                texts += 1
print(texts, flush=True)
sys.stdin.readline()
"""


@dataclass(frozen=True)
class Process:
    """One process's memory, MB."""

    rss: float
    pss: float
    private: float
    anonymous: float
    shared: float
    mapped: dict[str, tuple[float, float]]  # a data file's (resident, of it shared)


def _fields(lines: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for line in lines:
        parts = line.split()
        if len(parts) == 3 and parts[2] == "kB":
            out[parts[0].rstrip(":")] = out.get(parts[0].rstrip(":"), 0) + int(parts[1])
    return out


def measure(pid: int) -> Process:
    """A process's memory from /proc (Linux)."""
    total = _fields(Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines())
    by_file: dict[str, list[str]] = {name: [] for name in MAPPED}
    current: str | None = None
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        parts = line.split()
        if parts and not parts[0].endswith(":"):  # a mapping's header: address perms offset dev inode [path]
            path = parts[5] if len(parts) > 5 else ""
            current = next((name for name, part in MAPPED.items() if part in path), None)
        elif current is not None:
            by_file[current].append(line)
    mapped = {}
    for name, lines in by_file.items():
        fields = _fields(lines)
        shared = fields.get("Shared_Clean", 0) + fields.get("Shared_Dirty", 0)
        mapped[name] = (fields.get("Rss", 0) / 1024, shared / 1024)
    return Process(rss=total["Rss"] / 1024, pss=total["Pss"] / 1024, anonymous=total["Anonymous"] / 1024,
                   private=(total["Private_Clean"] + total["Private_Dirty"]) / 1024,
                   shared=(total["Shared_Clean"] + total["Shared_Dirty"]) / 1024, mapped=mapped)


def run(count: int) -> list[Process]:
    """Start `count` processes, wait until each has routed the corpora, measure them all, stop them."""
    children = [subprocess.Popen([sys.executable, "-c", _CHILD], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 text=True, cwd=PROJECT_ROOT) for _ in range(count)]
    try:
        for child in children:
            if child.stdout is None or not child.stdout.readline().strip().isdigit():
                raise click.ClickException("a process did not route the corpora")
        return [measure(child.pid) for child in children]
    finally:
        for child in children:
            child.communicate("\n", timeout=60)


@click.command()
@click.option("--processes", "counts", type=click.IntRange(1, 16), multiple=True, default=(1, 2, 3),
              show_default=True, help="How many processes to run side by side (repeatable: one measure each).")
def main(counts: tuple[int, ...]) -> None:
    """Print each process's private, anonymous and shared memory and PSS for N processes side by side."""
    for count in counts:
        for index, process in enumerate(run(count)):
            files = "; ".join(f"{name} {rss:.1f} resident, {shared:.1f} shared" for name, (rss, shared)
                              in process.mapped.items())
            click.echo(f"N={count} #{index}: RSS {process.rss:.1f} MB, private {process.private:.1f} "
                       f"(anonymous {process.anonymous:.1f}), shared {process.shared:.1f}, PSS {process.pss:.1f}; "
                       f"{files}")


if __name__ == "__main__":
    main()
