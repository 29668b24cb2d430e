"""The scrub/route core against the floor of any JSON pipeline: orjson loads + dumps of the same events."""

from __future__ import annotations

import orjson

from bench.measure import Figure, rate
from pipeline.policy import load_policy
from pipeline.scrub import Router
from pipeline.settings import PROJECT_ROOT
from producers.synthetic import TrafficGenerator


def events(count: int, seed: int = 1) -> list[bytes]:
    """Realistic wire-format v1 messages (about 1 KB each, the load generator's mix, no malformed ones)."""
    generator = TrafficGenerator(seed=seed)
    return [generator.message() for _ in range(count)]


def run(count: int = 20_000) -> list[Figure]:
    messages = events(count)
    router = Router(load_policy(PROJECT_ROOT / "config" / "policy.toml"), b"b" * 32, "k1")

    def core() -> int:
        for raw in messages:
            router.route(raw)
        router.tally.drain()
        return len(messages)

    def floor() -> int:
        for raw in messages:
            orjson.dumps(orjson.loads(raw))
        return len(messages)

    mean_size = sum(map(len, messages)) / len(messages)
    return [Figure(f"scrub/route core ({mean_size:.0f} B events)", "events/s per core", rate(core), rate(floor),
                   "orjson loads+dumps", "at most 5x the floor")]
