"""`logwarden top`: a live view of a running pipeline in the terminal, from its processes' own /metrics and from
Kafka (the `vector top` of logwarden). It needs no Prometheus: it reads what Prometheus would.

Two halves, as everywhere here: `take` asks the processes and the cluster (the edge), `render` turns two
snapshots into the lines of one screen (pure, so the screen is testable without a terminal). Rates are the
difference of two snapshots' counters over the time between them; totals are since each process started.

What a screen shows: each process (worker and its `--processes` children, sink, load generator, tailer) up or
not with its events in and out a second, the routes' rates, the DLQ and drop reasons, leaks withheld by the sink,
the sink's open segments and its last object stored, the policy version and pseudonym key id in force, and the lag
of the worker's and the sink's groups per topic and partition.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from pipeline.dev.scrape import Samples, scrape
from pipeline.settings import Settings

#: Extra ports probed above the worker's for the children of `worker --processes N` (child i serves port + i).
WORKER_CHILDREN = 16


@dataclass(frozen=True, slots=True)
class Process:
    name: str
    port: int
    samples: Samples

    @property
    def up(self) -> bool:
        return bool(self.samples)


@dataclass(frozen=True, slots=True)
class Snapshot:
    at: float
    processes: tuple[Process, ...]
    #: group -> (topic, partition) -> messages not yet committed; empty with `lag_error` when Kafka did not say
    lag: dict[str, dict[tuple[str, int], int]] = field(default_factory=dict)
    lag_error: str = ""


def _sum(samples: Iterable[Samples], name: str, **labels: str) -> float:
    total = 0.0
    for each in samples:
        for (sample, sample_labels), value in each.items():
            if sample == name and all(dict(sample_labels).get(k) == v for k, v in labels.items()):
                total += value
    return total


def _by(samples: Iterable[Samples], name: str, label: str) -> dict[str, float]:
    found: dict[str, float] = {}
    for each in samples:
        for (sample, sample_labels), value in each.items():
            if sample == name and label in dict(sample_labels):
                key = dict(sample_labels)[label]
                found[key] = found.get(key, 0.0) + value
    return found


def take(settings: Settings, groups: dict[str, list[str]], lag: Callable[[str, list[str]], dict[tuple[str, int], int]]
         | None = None, scrape_port: Callable[[int], Samples] = scrape) -> Snapshot:
    """Ask every process's /metrics and (with `lag`) the cluster for each group's lag."""
    processes = [Process("worker", settings.worker_metrics_port, scrape_port(settings.worker_metrics_port))]
    for i in range(1, WORKER_CHILDREN + 1):
        samples = scrape_port(settings.worker_metrics_port + i)
        if samples and any(name.startswith("logwarden_worker_") for name, _ in samples):
            processes.append(Process(f"worker.{i}", settings.worker_metrics_port + i, samples))
    processes += [Process("sink", settings.sink_metrics_port, scrape_port(settings.sink_metrics_port)),
                  Process("loadgen", settings.producer_metrics_port, scrape_port(settings.producer_metrics_port)),
                  Process("tailer", settings.tailer_metrics_port, scrape_port(settings.tailer_metrics_port))]
    lags: dict[str, dict[tuple[str, int], int]] = {}
    error = ""
    if lag is not None:
        for group, topics in groups.items():
            try:
                lags[group] = lag(group, topics)
            except Exception as exc:  # noqa: BLE001 - the screen says why, and the next refresh asks again
                error = f"lag not read from Kafka ({type(exc).__name__})"
    return Snapshot(time.time(), tuple(processes), lags, error)


def _route_rate(before: Snapshot | None, now: Snapshot, route: str) -> float | None:
    if before is None or now.at <= before.at:
        return None
    routed = [_sum(_workers(snapshot), "logwarden_worker_routed_total", route=route) for snapshot in (before, now)]
    return max(0.0, routed[1] - routed[0]) / (now.at - before.at)


def _fmt_rate(value: float | None) -> str:
    return "…" if value is None else f"{value:,.1f}"


def _workers(snapshot: Snapshot) -> list[Samples]:
    return [p.samples for p in snapshot.processes if p.name.startswith("worker")]


def _named(snapshot: Snapshot, name: str) -> list[Samples]:
    return [p.samples for p in snapshot.processes if p.name == name]


_DROPPED = ("dropped_buffer_full", "dropped_error", "dropped_at_close")
_OUT = {"worker": ("logwarden_worker_events_in_total", "logwarden_worker_routed_total"),
        "sink": ("logwarden_sink_records_total", "logwarden_sink_objects_total"),
        "loadgen": ("logwarden_producer_messages_total", ""),
        "tailer": ("logwarden_producer_messages_total", "")}


def render(before: Snapshot | None, now: Snapshot, bootstrap: str) -> list[str]:
    """The lines of one screen."""
    stamp = datetime.fromtimestamp(now.at, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    lines = [f"logwarden top   {stamp}   Kafka {bootstrap}   (q or Ctrl-C quits)", ""]
    lines.append(f"{'PROCESS':<10} {'PORT':>6}  {'STATE':<5} {'IN/s':>10} {'OUT/s':>10}  NOTE")
    lines.extend(_process_row(before, now, process) for process in now.processes)
    lines.append("")
    workers, sink = _workers(now), _named(now, "sink")
    routed = _by(workers, "logwarden_worker_routed_total", "route")
    if routed:
        rates = {route: _route_rate(before, now, route) for route in routed}
        lines.append("ROUTES   " + "   ".join(f"{route} {_fmt_rate(rates[route])}/s ({total:,.0f})"
                                              for route, total in sorted(routed.items())))
    lines.append("DLQ      " + _reasons(_by(workers, "logwarden_worker_dlq_total", "reason")))
    lines.append("DROPPED  " + _reasons(_by(workers, "logwarden_worker_dropped_total", "reason")))
    leaks = _sum(sink, "logwarden_pii_leaks_total")
    lines.append(f"LEAKS    {leaks:,.0f} withheld by the sink" + ("   <-- page: see the runbook" if leaks else ""))
    if sink and sink[0]:
        last = max(_by(sink, "logwarden_sink_last_stored_timestamp_seconds", "route").values(), default=0.0)
        ago = f"{now.at - last:,.0f} s ago" if last else "none yet"
        lines.append(f"SINK     open segments {_sum(sink, 'logwarden_sink_open_segments'):,.0f} "
                     f"({_sum(sink, 'logwarden_sink_buffered_bytes') / 1e6:,.1f} MB held); objects stored "
                     f"{_sum(sink, 'logwarden_sink_objects_total'):,.0f}; last stored {ago}")
    in_force = sorted({(dict(labels).get("version", ""), dict(labels).get("key_id", ""))
                       for samples in workers for (name, labels), value in samples.items()
                       if name == "logwarden_worker_policy_info" and value})
    lines.append("IN FORCE " + ("; ".join(f"policy {version}, key {key}" for version, key in in_force)
                                if in_force else "(no worker answers)"))
    lines.append("")
    lines.extend(_lag_lines(now))
    return lines


def _process_row(before: Snapshot | None, now: Snapshot, process: Process) -> str:
    if not process.up:
        return (f"{process.name:<10} {process.port:>6}  {'down':<5} {'-':>10} {'-':>10}  "
                "not running, or not answering on its metrics port")
    kind = process.name.split(".")[0]
    counter_in, counter_out = _OUT[kind]
    earlier = next((p for p in before.processes if p.name == process.name), None) if before else None
    elapsed = now.at - before.at if before is not None else 0.0

    def rate(name: str, **labels: str) -> float | None:
        if earlier is None or not earlier.up or elapsed <= 0:
            return None
        return max(0.0, _sum([process.samples], name, **labels) - _sum([earlier.samples], name, **labels)) / elapsed

    if kind in ("loadgen", "tailer"):
        rate_in, rate_out = rate(counter_in, outcome="queued"), rate(counter_in, outcome="delivered")
        dropped = sum(_sum([process.samples], counter_in, outcome=outcome) for outcome in _DROPPED)
        note = f"queued in, delivered out; dropped {dropped:,.0f}"
    else:
        rate_in, rate_out = rate(counter_in), rate(counter_out)
        note = "records stored in, objects stored out" if kind == "sink" else "events in, outputs out"
    return f"{process.name:<10} {process.port:>6}  {'up':<5} {_fmt_rate(rate_in):>10} {_fmt_rate(rate_out):>10}  {note}"


def _reasons(counts: dict[str, float]) -> str:
    shown = [f"{reason} {n:,.0f}" for reason, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n]
    return "   ".join(shown) if shown else "none"


def _lag_lines(now: Snapshot) -> list[str]:
    lines = [f"{'LAG':<9}{'group':<28} {'topic':<28} {'total':>9}  per partition"]
    if now.lag_error:
        lines.append(f"         {now.lag_error}")
    for group, partitions in sorted(now.lag.items()):
        topics = sorted({topic for topic, _ in partitions})
        for topic in topics:
            mine = sorted((p, n) for (t, p), n in partitions.items() if t == topic)
            total = sum(max(0, n) for _, n in mine)
            per = " ".join(f"p{p}:{max(0, n)}" for p, n in mine)
            lines.append(f"         {group:<28} {topic:<28} {total:>9,}  {per}")
    return lines


def run(settings: Settings, interval: float, frames: int | None, out: Callable[[str], None],
        lag: Callable[[str, list[str]], dict[tuple[str, int], int]] | None, groups: dict[str, list[str]],
        stop: Callable[[], bool]) -> None:
    """Refresh the screen every `interval` seconds until `stop()` (or after `frames` screens)."""
    before: Snapshot | None = None
    shown = 0
    while not stop() and (frames is None or shown < frames):
        now = take(settings, groups, lag)
        # home and clear, then the screen: a terminal redraws in place; a pipe gets one screen after another
        out("\x1b[H\x1b[2J" + "\n".join(render(before, now, settings.kafka_bootstrap)) + "\n")
        before, shown = now, shown + 1
        deadline = time.monotonic() + interval
        while time.monotonic() < deadline and not stop():
            time.sleep(min(0.1, interval))
