"""Consumer lag, as Kafka itself knows it: end offsets minus the group's committed offsets.

The worker and the sink each export the lag of their own group, per topic and partition,
so an SRE sees "keeping up?" in the same place as the rest of the process's health, and
the lag alert works without a separate exporter. It is measured from a daemon thread with
kafka-python (blocking calls, off the Faust event loop and off the sink's poll loop) every
`interval` seconds; a failed measurement leaves the last values and says so in the log.
"""

from __future__ import annotations

import logging
import threading
import time

from prometheus_client import Gauge

from pipeline.kafka_admin import group_lag
from pipeline.settings import Settings

log = logging.getLogger("logwarden.lag")
LAG = Gauge("logwarden_consumer_lag_messages", "Messages in a partition not yet committed by the consumer group",
            ["group", "topic", "partition"])
UPDATED = Gauge("logwarden_consumer_lag_updated_timestamp_seconds",
                "When the group's lag was last measured (Unix time)", ["group"])


def measure(settings: Settings, group: str, topics: list[str]) -> dict[tuple[str, int], int]:
    """Measure once and export; (topic, partition) -> lag."""
    lag = group_lag(settings, group, topics)
    for tp, messages in lag.items():
        LAG.labels(group=group, topic=tp.topic, partition=str(tp.partition)).set(max(0, messages))
    UPDATED.labels(group=group).set(time.time())
    return {(tp.topic, tp.partition): messages for tp, messages in lag.items()}


def start_reporting(settings: Settings, group: str, topics: list[str], interval: float = 10.0) -> threading.Event:
    """Measure every `interval` seconds in a daemon thread until the returned event is set."""
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                measure(settings, group, topics)
            except Exception as exc:  # noqa: BLE001 - a metric must never take the process down
                log.warning("consumer lag not measured", extra={"group": group, "error": type(exc).__name__})
            stop.wait(interval)

    threading.Thread(target=loop, name=f"lag-{group}", daemon=True).start()
    return stop
