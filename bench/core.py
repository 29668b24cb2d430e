"""The scrub/route core against the floor of any JSON pipeline: orjson loads + dumps of the same events.

Every timed run routes events it has not seen before (another seed of the load generator), so the core's
caches of repeated strings hold what a live stream's would: the user agents, paths and hosts that recur,
not the previous run's emails and messages. The floor handles the same batches in the same order.
"""

from __future__ import annotations

import orjson

from bench.measure import Figure, rate
from pipeline.native import router_class
from pipeline.policy import load_policy
from pipeline.settings import PROJECT_ROOT
from producers.synthetic import TrafficGenerator


def events(count: int, seed: int = 1) -> list[bytes]:
    """Realistic wire-format v1 messages (about 1 KB each, the load generator's mix, no malformed ones)."""
    generator = TrafficGenerator(seed=seed)
    return [generator.message() for _ in range(count)]


def run(count: int = 20_000, repeats: int = 5, warmup: int = 1) -> list[Figure]:
    batches = [events(count, seed) for seed in range(1, warmup + repeats + 1)]  # one fresh batch per run
    router = router_class()(load_policy(PROJECT_ROOT / "config" / "policy.toml"), b"b" * 32, "k1")  # the worker's
    core_batches = iter(batches)
    floor_batches = iter(batches)

    def core() -> int:
        messages = next(core_batches)
        for raw in messages:
            router.route(raw)
        router.tally.drain()
        return len(messages)

    def floor() -> int:
        messages = next(floor_batches)
        for raw in messages:
            orjson.dumps(orjson.loads(raw))
        return len(messages)

    mean_size = sum(map(len, batches[0])) / len(batches[0])
    return [Figure(f"scrub/route core ({mean_size:.0f} B events, fresh ones each run)", "events/s per core",
                   rate(core, repeats, warmup), rate(floor, repeats, warmup), "orjson loads+dumps",
                   "at most 6x the floor")]
