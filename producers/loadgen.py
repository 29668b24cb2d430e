"""The load generator behind `logwarden produce`: synthetic traffic into logs.raw at a set rate."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass

from pipeline.policy import load_policy
from pipeline.settings import Settings
from producers.kafka_producer import LogProducer
from producers.synthetic import TrafficGenerator


@dataclass(frozen=True)
class LoadReport:
    produced: int
    delivered: int
    delivery_errors: int
    dropped: int
    seconds: float

    def line(self) -> str:
        rate = self.produced / self.seconds if self.seconds else 0.0
        return (f"produced {self.produced} messages in {self.seconds:.1f}s ({rate:,.0f}/s): "
                f"{self.delivered} acknowledged, {self.delivery_errors} delivery errors, {self.dropped} dropped")


def generate(settings: Settings, count: int, rate: float | None, malformed_share: float, seed: int | None,
             progress: callable | None = None) -> LoadReport:  # type: ignore[valid-type]
    """Send `count` messages, paced to `rate` per second (None: as fast as possible), then flush."""
    policy = load_policy(settings.policy_file)
    producer = LogProducer(settings, settings.topic(policy.raw.name), block_ms=60_000, client_suffix="loadgen")
    traffic = TrafficGenerator(seed=seed, malformed_share=malformed_share,
                               oversized_bytes=settings.max_message_bytes + 1024)
    started = time.monotonic()
    try:
        for i in range(count):
            if rate:
                ahead = started + i / rate - time.monotonic()
                if ahead > 0:
                    time.sleep(ahead)
            producer.send(traffic.message(), wait=True)
            if progress is not None and (i + 1) % 1000 == 0:
                progress(1000)
    finally:
        producer.close()
    counts: Counter[str] = producer.counts
    return LoadReport(produced=counts["queued"], delivered=counts["delivered"],
                      delivery_errors=counts["delivery_errors"],
                      dropped=counts["dropped_buffer_full"] + counts["dropped_error"],
                      seconds=time.monotonic() - started)
