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

from kafka import KafkaAdminClient, KafkaConsumer
from prometheus_client import Gauge

from pipeline.kafka_admin import group_lag, offsets_consumer
from pipeline.kafka_auth import kafka_login
from pipeline.settings import Settings

log = logging.getLogger("logwarden.lag")
LAG = Gauge("logwarden_consumer_lag_messages", "Messages in a partition not yet committed by the consumer group",
            ["group", "topic", "partition"])
UPDATED = Gauge("logwarden_consumer_lag_updated_timestamp_seconds",
                "When the group's lag was last measured (Unix time)", ["group"])


def measure(settings: Settings, group: str, topics: list[str], *, admin: KafkaAdminClient | None = None,
            consumer: KafkaConsumer | None = None) -> dict[tuple[str, int], int]:
    """Measure once and export; (topic, partition) -> lag."""
    lag = group_lag(settings, group, topics, admin=admin, consumer=consumer)
    for tp, messages in lag.items():
        LAG.labels(group=group, topic=tp.topic, partition=str(tp.partition)).set(max(0, messages))
    UPDATED.labels(group=group).set(time.time())
    return {(tp.topic, tp.partition): messages for tp, messages in lag.items()}


def start_reporting(settings: Settings, group: str, topics: list[str], role: str,
                    interval: float = 10.0) -> threading.Event:
    """Measure every `interval` seconds in a daemon thread until the returned event is set, logged in as the
    process's own role (reading its group's offsets is part of reading the group)."""
    login = kafka_login(settings, role)
    stop = threading.Event()

    def loop() -> None:
        # one admin client and one consumer for the life of the process, made again only after an error
        admin: KafkaAdminClient | None = None
        consumer: KafkaConsumer | None = None
        while not stop.is_set():
            try:
                admin = admin or KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap.split(","),
                                                  client_id=settings.kafka_client_id + "-lag", **login.client_args())
                consumer = consumer or offsets_consumer(settings, role)
                measure(settings, group, topics, admin=admin, consumer=consumer)
            except Exception as exc:  # noqa: BLE001 - a metric must never take the process down
                log.warning("consumer lag not measured", extra={"group": group, "error": type(exc).__name__})
                for client in (admin, consumer):
                    if client is not None:
                        client.close()
                admin = consumer = None
            stop.wait(interval)

    threading.Thread(target=loop, name=f"lag-{group}", daemon=True).start()
    return stop
