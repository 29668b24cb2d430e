"""The worker's routing loop with policy versioning on (issue 25: at least 0.97 of its throughput with one version).

The loop is the worker's own (`pipeline.worker._plan`: per event, the version of its raw timestamp, the key
epoch's router, `Router.route`, the sends), fed the load generator's messages as records with a Kafka timestamp,
without Kafka around it (bench/router.py measures the worker through Kafka; this isolates what versioning adds).
Two cases, each against one version in force (today's worker: the schedule's single version, no look-up):

- a switch pending: a second version scheduled ahead, so each event looks its version up (all fall before it);
- at a switch: events alternating between the two versions (records of several partitions around the effective
  time), so each event changes the free-text state in use.

Both versions carry a site rule of their own (a blocked value), so they cost the same and differ in the free-text
state in use. One version and two are timed in turn, each run on fresh events (another seed: no cache has seen
them), in CPU time of this process, so other work on the machine weighs less; medians after a warm-up turn.
`python -m bench.versions` prints the figures.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.core import events
from bench.measure import Figure
from pipeline.native import build_router
from pipeline.policy import Policy, policy_from_text
from pipeline.routing import Routing
from pipeline.settings import PROJECT_ROOT, Settings
from pipeline.versions import PolicyVersion, digest_of
from pipeline.worker import RouterByEpoch, _plan

POLICY_FILE = PROJECT_ROOT / "config" / "policy.toml"
KEY = b"v" * 32
#: The effective time of the second version, in ms since 1970 (the records' timestamps are around it)
SWITCH_MS = 1_900_000_000_000


@dataclass(frozen=True)
class _Message:
    timestamp: float
    topic: str = "logs.raw"
    partition: int = 0
    offset: int = 0
    key: bytes | None = None


@dataclass(frozen=True)
class _Record:
    """What `_plan` reads of a Faust event: its value and its raw record's metadata."""

    value: bytes
    message: _Message


def version(revision: int, blocked: str) -> str:
    """The shipped policy at a revision, with a site rule of its own (a blocked value: free text reads it), so that two
    versions differ in the free-text state in use and cost the same."""
    text = POLICY_FILE.read_text(encoding="utf-8")
    return text.replace("revision = 1\n", f"revision = {revision}\n").replace(
        "[privacy]\n", f'[privacy]\nblock_values = ["{blocked}"]\n', 1)


def _routing(settings: Settings, first: str, second: str | None) -> Routing[RouterByEpoch]:
    def by_epoch(version_policy: Policy) -> RouterByEpoch:
        return RouterByEpoch.fixed(build_router(settings, version_policy, KEY, "k1", activate=False))

    policy = policy_from_text(first, Path("first.toml"))
    routing = Routing(by_epoch(policy), policy.version_id, digest_of(first), by_epoch)
    if second is not None:
        newer = policy_from_text(second, Path("second.toml"))
        routing.add(PolicyVersion(newer.version_id, newer.summary, second, digest_of(second), SWITCH_MS, "bench", "",
                                  "second.toml"))
    return routing


def _records(messages: list[bytes], timestamps: Callable[[int], float]) -> list[_Record]:
    return [_Record(raw, _Message(timestamps(i), offset=i)) for i, raw in enumerate(messages)]


def _constant(timestamp: float) -> Callable[[int], float]:
    return lambda index: timestamp


def _rate(routing: Routing[RouterByEpoch], batch: list[_Record]) -> float:
    """Events per CPU second of the worker's loop on one batch."""
    started = time.process_time()
    for start in range(0, len(batch), 500):  # the worker's batches
        _plan(batch[start:start + 500], routing)  # type: ignore[arg-type]  # duck-typed records
    return len(batch) / (time.process_time() - started)


def run(count: int = 5_000, repeats: int = 7) -> list[Figure]:
    settings = Settings.from_env()
    first, second = version(2, "ACME-INTERNAL-7"), version(3, "ACME-INTERNAL-8")
    before = SWITCH_MS / 1000 - 60  # a minute before the switch
    around = lambda index: SWITCH_MS / 1000 + (0.001 if index % 2 else -0.001)  # noqa: E731
    cases = [("a switch pending (two versions, every event under the first)", _constant(before)),
             ("at a switch (events alternating between the two versions)", around)]
    figures = []
    seed = 1
    for name, timestamps in cases:
        one, two = _routing(settings, first, None), _routing(settings, first, second)
        rates: dict[str, list[float]] = {"one": [], "two": []}
        for turn in range(repeats + 1):  # in turn, each on events of its own (fresh: no cache has seen them)
            order = ("one", "two") if turn % 2 else ("two", "one")
            for which in order:
                seed += 1
                routing = one if which == "one" else two
                rate = _rate(routing, _records(events(count, seed), _constant(before) if which == "one"
                                               else timestamps))
                if turn:  # the first turn warms up
                    rates[which].append(rate)
        figures.append(Figure(f"worker routing loop, {name}", "events/CPU s", statistics.median(rates["two"]),
                              statistics.median(rates["one"]), "one version in force (today)", "at least 0.97"))
    return figures


def run_through_kafka(base: Settings, count: int = 30_000, repeats: int = 3) -> list[Figure]:
    """One `logwarden worker` process through Kafka (bench/router.py's run: a raw topic filled beforehand, timed from
    its first event to its last) with one version in force, and with a second one published to its `logs.policy`,
    effective in an hour (a switch pending: every event under the first, each looked up). In turn, medians."""
    from bench import router
    from pipeline.cluster.policy_log import publish

    second = version(2, "ACME-INTERNAL-7")
    rates: dict[str, list[float]] = {"one": [], "two": []}
    for turn in range(repeats):
        for which in ("one", "two") if turn % 2 else ("two", "one"):
            settings, policy = router.prepare(base, count)
            if which == "two":
                newer = policy_from_text(second, Path("second.toml"))
                publish(settings, PolicyVersion(newer.version_id, newer.summary, second, digest_of(second),
                                                int(time.time() * 1000) + 3_600_000, "bench", "", "second.toml"))
            rates[which].append(router.run_workers(settings, policy, count, fill=False).rate)
            print(f"{which}: {rates[which][-1]:,.0f} events/s", flush=True)
    return [Figure("worker through Kafka, a switch pending (two versions)", "events/s", statistics.median(rates["two"]),
                   statistics.median(rates["one"]), "one version in force", "at least 0.97")]


def main() -> None:
    """`python -m bench.versions [--kafka]`: the routing loop's figures; with --kafka, the worker through Kafka too,
    on the stack of LOGWARDEN_KAFKA_BOOTSTRAP (started there if it does not answer, and stopped after)."""
    import sys

    figures = run()
    if "--kafka" in sys.argv:
        from bench.__main__ import cleanup
        from pipeline.dev import stack

        settings = Settings.from_env()
        started = stack.up(settings, lambda line: None)
        try:
            figures += run_through_kafka(settings)
        finally:
            cleanup(settings)
            stack.down(settings, lambda line: None, only=started)
    for figure in figures:
        print(f"{figure.stage}: {figure.logwarden:,.0f} {figure.unit} against {figure.baseline:,.0f}: "
              f"{figure.ratio:.3f} (target {figure.target})")


if __name__ == "__main__":
    main()
