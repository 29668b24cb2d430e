"""The load generator behind `logwarden produce` and the demo: synthetic traffic into logs.raw.

It runs for a number of messages or a number of seconds (whichever comes first), paced to
a rate or as fast as Kafka takes them, and reports what became of every message it made:
acknowledged, failed, or dropped, and which malformed kinds it planted on purpose, so the
DLQ's reasons can be checked against them.

With a seed and a checkpoint file it can be killed and started again without losing or
renaming an event: about once a second it waits for Kafka to acknowledge what it sent and
records how many messages that is; a restart makes the seeded sequence again up to there
(same messages, same event ids) and goes on sending from there. What was sent after the
last checkpoint is sent again, with the same event ids, for the sink to recognize.
"""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.policy import load_policy
from pipeline.settings import Settings
from producers.kafka_producer import LogProducer
from producers.synthetic import TrafficGenerator

#: progress(messages so far, seconds so far), called about ten times a second.
Progress = Callable[[int, float], None]
#: How often a run with a checkpoint file waits for Kafka's acknowledgements and records its position.
CHECKPOINT_SECONDS = 1.0
#: How long the end of a run waits for Kafka to acknowledge what it holds (Kafka may be restarting): past the
#: producer's own delivery timeout (120 s), after which an unacknowledged message is a delivery error.
DRAIN_SECONDS = 150.0


def read_checkpoint(path: Path) -> int:
    """Messages of the seeded sequence that Kafka acknowledged in earlier runs (0 when none)."""
    try:
        return int(path.read_text().strip())
    except FileNotFoundError:
        return 0


def write_checkpoint(path: Path, acknowledged: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_text(f"{acknowledged}\n")
    os.replace(temporary, path)


@dataclass(frozen=True)
class LoadReport:
    produced: int  # messages the generator made
    delivered: int  # messages Kafka acknowledged, leak canaries included
    delivery_errors: int
    dropped: int
    seconds: float
    kinds: dict[str, int] = field(default_factory=dict)  # "valid" or a malformed kind -> messages made
    canaries: int = 0  # leak canaries sent along (LOGWARDEN_CANARY_INTERVAL_SECONDS)

    @property
    def malformed(self) -> int:
        return sum(n for kind, n in self.kinds.items() if kind != "valid")

    def line(self) -> str:
        rate = self.produced / self.seconds if self.seconds else 0.0
        planted = ", ".join(f"{kind} {n}" for kind, n in sorted(self.kinds.items()) if kind != "valid")
        canaries = f" and {self.canaries} leak canar{'y' if self.canaries == 1 else 'ies'}" if self.canaries else ""
        return (f"produced {self.produced:,} messages{canaries} in {self.seconds:.1f}s ({rate:,.0f}/s): "
                f"{self.delivered:,} acknowledged, {self.delivery_errors} delivery errors, {self.dropped} dropped; "
                f"{self.malformed:,} malformed on purpose" + (f" ({planted})" if planted else ""))


def generate(settings: Settings, *, count: int | None = None, seconds: float | None = None, rate: float | None = None,
             malformed_share: float = 0.02, action_share: float = 0.3, seed: int | None = None,
             progress: Progress | None = None, stop: threading.Event | None = None,
             checkpoint: Path | None = None) -> LoadReport:
    """Send messages until `count` or `seconds` is reached (or `stop` is set), paced to `rate` per second
    (None: as fast as possible), then flush. Messages wait for room in the producer's buffer: none is dropped.
    With a `checkpoint` file (and a seed), `count` counts the whole sequence over every run, and a run starts
    where the acknowledged part of the sequence ends."""
    if count is None and seconds is None:
        raise ValueError("give a count of messages, a number of seconds, or both")
    if checkpoint is not None and seed is None:
        raise ValueError("a checkpoint needs a seed: only a seeded sequence can be made again")
    policy = load_policy(settings.policy_file)
    producer = LogProducer(settings, settings.topic(policy.raw.name), client_suffix="loadgen", canaries=True)
    traffic = TrafficGenerator(seed=seed, malformed_share=malformed_share, action_share=action_share,
                               oversized_bytes=settings.max_message_bytes + 1024)
    first = read_checkpoint(checkpoint) if checkpoint is not None else 0
    for _ in range(first):  # the part of the sequence earlier runs had acknowledged: made again, not sent
        traffic.message()
    traffic.kinds.clear()
    started = time.monotonic()
    end = started + seconds if seconds is not None else float("inf")
    next_report = started
    next_checkpoint = started + CHECKPOINT_SECONDS
    sent = first
    try:
        while (count is None or sent < count) and not (stop is not None and stop.is_set()):
            now = time.monotonic()
            if now >= end:
                break
            if rate:
                ahead = started + (sent - first) / rate - now
                if ahead > 0:
                    time.sleep(min(ahead, 0.1))
                    continue
            producer.send(traffic.message(), wait=True)
            sent += 1
            if progress is not None and now >= next_report:
                progress(sent, now - started)
                next_report = now + 0.1
            if checkpoint is not None and now >= next_checkpoint and producer.flush():
                write_checkpoint(checkpoint, sent)
                next_checkpoint = time.monotonic() + CHECKPOINT_SECONDS
        producer.flush(timeout=DRAIN_SECONDS)  # hold what Kafka has not acknowledged yet, as the sender does
    finally:
        producer.close()
    if checkpoint is not None and producer.pending == 0 and not producer.counts["delivery_error"]:
        write_checkpoint(checkpoint, sent)
    if progress is not None:
        progress(sent, time.monotonic() - started)
    counts: Counter[str] = producer.counts
    return LoadReport(produced=counts["queued"] - counts["canaries"], delivered=counts["delivered"],
                      delivery_errors=counts["delivery_error"],
                      dropped=counts["dropped_buffer_full"] + counts["dropped_error"] + counts["dropped_at_close"],
                      seconds=time.monotonic() - started, kinds=dict(traffic.kinds), canaries=counts["canaries"])
