"""Consumer lag, as Kafka itself knows it: end offsets minus the group's committed offsets.

The worker and the sink each export the lag of their own group, per topic and partition,
so an SRE sees "keeping up?" in the same place as the rest of the process's health, and
the lag alert works without a separate exporter. It is measured from a daemon thread with
kafka-python (blocking calls, off the Faust event loop and off the sink's poll loop) every
`interval` seconds; a failed measurement leaves the last values and says so in the log, once per
run of failures (a broker outage is the process's own to announce: then at INFO).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.errors import (
    CoordinatorLoadInProgressError,
    CoordinatorNotAvailableError,
    KafkaError,
    KafkaTimeoutError,
    NotCoordinatorError,
)
from prometheus_client import Gauge

from pipeline.cluster.login import kafka_login
from pipeline.cluster.topics import settings_admin
from pipeline.settings import Settings

log = logging.getLogger("logwarden.lag")
LAG = Gauge("logwarden_consumer_lag_messages", "Messages in a partition not yet committed by the consumer group",
            ["group", "topic", "partition"])
UPDATED = Gauge("logwarden_consumer_lag_updated_timestamp_seconds",
                "When the group's lag was last measured (Unix time)", ["group"])


def offsets_consumer(settings: Settings, role: str = "admin") -> KafkaConsumer:
    """A consumer that only asks for offsets: no group, no commits."""
    return KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap.split(","),
                         client_id=settings.kafka_client_id + "-offsets", enable_auto_commit=False,
                         **kafka_login(settings, role).client_args())


def partition_ends(
    settings: Settings, topics: list[str], consumer: KafkaConsumer | None = None
) -> dict[TopicPartition, int]:
    """The end offset of every partition of the topics (with the given consumer, or a short-lived one)."""
    own = consumer is None
    consumer = consumer or offsets_consumer(settings)
    try:
        partitions = [TopicPartition(t, p) for t, found in _partitions(consumer, topics).items() for p in found]
        return _bounded(lambda: dict(consumer.end_offsets(partitions)), f"the end offsets of {', '.join(topics)}")
    finally:
        if own:
            consumer.close()


#: How long a question for the topics' partitions may take before it counts as failed (an answer takes
#: milliseconds; a reader polled every few seconds should not sit long on one that will not come).
METADATA_SECONDS = 10.0


def _partitions(consumer: KafkaConsumer, topics: list[str]) -> dict[str, list[int]]:
    """The partitions of each topic, asked with a bound: kafka-python 3.0's `partitions_for_topic` waits for the
    cluster's metadata without one, and while a node of three was killed and started again one such wait never
    ended (the crash trial's lag reader hung for minutes). The question runs in a thread of its own; past
    `METADATA_SECONDS` it is a `KafkaTimeoutError` like any other failed measurement, and the thread is left to
    end with its client."""
    def ask() -> dict[str, list[int]]:
        return {topic: sorted(consumer.partitions_for_topic(topic) or ()) for topic in topics}

    return _bounded(ask, f"the partitions of {', '.join(topics)}")


T = TypeVar("T")


def _bounded(question: Callable[[], T], what: str) -> T:
    """The question asked in a thread of its own, with `METADATA_SECONDS` to answer: kafka-python 3.0 waits on its
    I/O thread without a bound in `partitions_for_topic` and in `end_offsets` too (its `timeout_ms` is not passed to
    that wait: the three-node crash trial's lag reader hung in it for ten minutes after a node was killed). Past the
    bound it is a `KafkaTimeoutError` like any other failed measurement, and the thread is left to end with its
    client."""
    answers: list[T] = []
    failed: list[BaseException] = []

    def ask() -> None:
        try:
            answers.append(question())
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            failed.append(exc)

    asking = threading.Thread(target=ask, name="logwarden-metadata", daemon=True)
    asking.start()
    asking.join(METADATA_SECONDS)
    if failed:
        raise failed[0]
    if not answers:
        raise KafkaTimeoutError(f"no answer about {what} in {METADATA_SECONDS:.0f} s")
    return answers[0]


def end_offsets(settings: Settings, topics: list[str]) -> dict[str, int]:
    """The sum of end offsets of each topic: how many messages it has ever taken."""
    totals = dict.fromkeys(topics, 0)
    for tp, offset in partition_ends(settings, topics).items():
        totals[tp.topic] += offset
    return totals


#: A group coordinator's answers that mean "ask again": on a cluster of several brokers the coordinator of a group
#: asked for the first time is being placed or loaded (and a fresh cluster's __consumer_offsets is being made), so
#: the first question answers one of these for a few seconds. A single broker is every group's coordinator at once.
COORDINATOR_MOVING = (NotCoordinatorError, CoordinatorNotAvailableError, CoordinatorLoadInProgressError)


def committed_offsets(admin: KafkaAdminClient, group: str, patience: float = 15.0) -> dict[TopicPartition, Any]:
    """The group's committed offsets, asked again (the coordinator looked up anew) while its coordinator is moving,
    for up to `patience` seconds: `logwarden top` and the lag reporters on a three-broker cluster read no error then."""
    deadline = time.monotonic() + patience
    delay = 0.1
    while True:
        try:
            found: dict[TopicPartition, Any] = admin.list_group_offsets(group).get(group, {})
            return found
        except COORDINATOR_MOVING:
            if time.monotonic() + delay > deadline:
                raise
            time.sleep(delay)
            delay = min(2 * delay, 1.0)


def group_lag(
    settings: Settings,
    group: str,
    topics: list[str],
    *,
    admin: KafkaAdminClient | None = None,
    consumer: KafkaConsumer | None = None,
) -> dict[TopicPartition, int]:
    """Messages not yet committed by a consumer group, per partition (end offset minus committed offset).
    A long-lived caller passes its own admin client and consumer; otherwise short-lived ones are made."""
    if admin is None:
        with settings_admin(settings) as own:
            committed = committed_offsets(own, group)
    else:
        committed = committed_offsets(admin, group)
    # a group that has committed nothing answers with no offsets: its lag is the whole topic
    ends = partition_ends(settings, topics, consumer)
    return {tp: end - (committed[tp].offset if tp in committed else 0) for tp, end in ends.items()}


def measure(
    settings: Settings,
    group: str,
    topics: list[str],
    *,
    admin: KafkaAdminClient | None = None,
    consumer: KafkaConsumer | None = None,
) -> dict[tuple[str, int], int]:
    """Measure once and export; (topic, partition) -> lag."""
    lag = group_lag(settings, group, topics, admin=admin, consumer=consumer)
    for tp, messages in lag.items():
        LAG.labels(group=group, topic=tp.topic, partition=str(tp.partition)).set(max(0, messages))
    UPDATED.labels(group=group).set(time.time())
    return {(tp.topic, tp.partition): messages for tp, messages in lag.items()}


def start_reporting(
    settings: Settings, group: str, topics: list[str], role: str, interval: float = 10.0,
    on_measure: Callable[[int], None] | None = None,
) -> threading.Event:
    """Measure every `interval` seconds in a daemon thread until the returned event is set, logged in as the
    process's own role (reading its group's offsets is part of reading the group). `on_measure` is given the
    group's whole lag after each measurement (the sink shows its catch-up of a backlog with it)."""
    login = kafka_login(settings, role)
    stop = threading.Event()

    def loop() -> None:
        # one admin client and one consumer for the life of the process, made again only after an error that is
        # not an outage: kafka-python's clients reconnect by themselves, and closing one while its I/O thread reads
        # logs an ERROR with a traceback (kafka-python 3.0: "Unhandled exception in task"), a false alarm
        admin: KafkaAdminClient | None = None
        consumer: KafkaConsumer | None = None
        failing = False  # said once per streak of failures: during a broker outage the process says it waits
        while not stop.is_set():
            try:
                admin = admin or KafkaAdminClient(
                    bootstrap_servers=settings.kafka_bootstrap.split(","),
                    client_id=settings.kafka_client_id + "-lag",
                    **login.client_args(),
                )
                consumer = consumer or offsets_consumer(settings, role)
                lag = measure(settings, group, topics, admin=admin, consumer=consumer)
                if on_measure is not None:
                    on_measure(sum(max(0, n) for n in lag.values()))
                if failing:
                    log.info("consumer lag measured again", extra={"group": group})
                failing = False
            except Exception as exc:  # noqa: BLE001 - a metric must never take the process down
                # a broker outage (a retriable Kafka error) is the process's own WARNING to tell ("waiting for
                # Kafka"); any other failure (a refused ACL, say) is this thread's
                outage = isinstance(exc, KafkaError) and exc.retriable
                level = logging.DEBUG if failing else logging.INFO if outage else logging.WARNING
                log.log(level, "consumer lag not measured; trying again every interval",
                        extra={"group": group, "error": type(exc).__name__, "interval_s": interval})
                failing = True
                if not outage:
                    for client in (admin, consumer):
                        if client is not None:
                            client.close()
                    admin = consumer = None
            stop.wait(interval)

    threading.Thread(target=loop, name=f"lag-{group}", daemon=True).start()
    return stop
