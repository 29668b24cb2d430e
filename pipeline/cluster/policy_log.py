"""`logs.policy` on the cluster: `policy apply` publishes a version there, `policy history` and the workers read it.

The topic is compacted and keyed by effective time (pipeline/versions.py), one partition, so reading it from the
beginning gives every version applied, in publication order. Only the pipeline's admin writes it (the super user);
the pipeline's principal reads it by assignment (no consumer group); analysts have no grant on it
(pipeline/cluster/principals.py).

`PolicyFollower` is the worker's reader: a daemon thread that reads the topic to its end before the worker consumes,
then every `interval` seconds, hands each version to the worker, and keeps the horizon (`versions.horizon_ms`) up to
date: the raw timestamps the worker may route because it knows every version that could govern them.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.errors import KafkaError

from pipeline.cluster.login import kafka_login
from pipeline.settings import Settings, SettingsError
from pipeline.versions import POLICY_TOPIC, PolicyVersion, horizon_ms

log = logging.getLogger("logwarden.policy")


def topic_name(settings: Settings) -> str:
    return settings.topic(POLICY_TOPIC.name)


def publish(settings: Settings, version: PolicyVersion, timeout: float = 30.0) -> int:
    """Write the version to `logs.policy` as the admin, acknowledged by every in-sync replica; its timestamp (ms).
    SettingsError (one line) when the topic is not there: a producer would wait for it, then time out."""
    reader = _consumer(settings, "admin")
    try:
        exists = bool(reader.partitions_for_topic(topic_name(settings)))
    finally:
        reader.close()
    if not exists:
        raise SettingsError(f"the topic {topic_name(settings)} does not exist: `logwarden dev up` creates it on the "
                            "local stack; elsewhere create it compacted (cleanup.policy=compact, 1 partition), then "
                            "`logwarden acl apply`")
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap.split(","), acks="all",
                             client_id=settings.kafka_client_id + "-policy",
                             **kafka_login(settings, "admin").client_args())
    try:
        sent = producer.send(topic_name(settings), key=version.key, value=version.to_json(),
                             timestamp_ms=int(time.time() * 1000)).get(timeout=timeout)
    finally:
        producer.close()
    return int(sent.timestamp)


def _consumer(settings: Settings, role: str) -> KafkaConsumer:
    return KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap.split(","), enable_auto_commit=False,
                         client_id=settings.kafka_client_id + "-policy", consumer_timeout_ms=500,
                         **kafka_login(settings, role).client_args())


class _Reader:
    """The one partition of `logs.policy`, read from the beginning; records that are not versions are skipped."""

    def __init__(self, settings: Settings, role: str) -> None:
        self.consumer = _consumer(settings, role)
        self.partition = TopicPartition(topic_name(settings), 0)
        self.assigned = False

    def read_to_end(self, on_error: Callable[[int, str], None]) -> list[PolicyVersion]:
        """Every version from where it stopped to the end as it stands now."""
        if not self.assigned:
            if not self.consumer.partitions_for_topic(self.partition.topic):
                return []  # no topic yet: no version was ever applied
            self.consumer.assign([self.partition])
            self.consumer.seek_to_beginning(self.partition)
            self.assigned = True
        end = self.consumer.end_offsets([self.partition])[self.partition]
        found: list[PolicyVersion] = []
        while self.consumer.position(self.partition) < end:
            for records in self.consumer.poll(timeout_ms=500).values():
                for record in records:
                    if record.value is None:
                        continue  # a tombstone: nothing to load
                    try:
                        found.append(PolicyVersion.from_json(record.value, record.timestamp))
                    except ValueError as exc:
                        on_error(record.offset, str(exc))
        return found

    def close(self) -> None:
        self.consumer.close()


def read_versions(settings: Settings, role: str = "admin") -> list[PolicyVersion]:
    """Every version applied, in publication order (`policy history`, and `policy apply` for the one in force)."""
    reader = _Reader(settings, role)
    try:
        return reader.read_to_end(lambda offset, error: log.warning(
            "a record of logs.policy is not a version", extra={"offset": offset, "error": error}))
    finally:
        reader.close()


class PolicyFollower:
    """The worker's reader of `logs.policy` (a daemon thread; its Kafka calls block, off the event loop)."""

    def __init__(self, settings: Settings, on_version: Callable[[PolicyVersion], None],
                 on_error: Callable[[int, str], None], interval: float = 0.5) -> None:
        self._settings = settings
        self._on_version = on_version
        self._on_error = on_error
        self._interval = interval
        self._reader: _Reader | None = None
        #: raw timestamps before this are governed by versions already handed over (0: not read yet)
        self.horizon_ms = 0
        self._failing = False
        self._stop = threading.Event()

    def catch_up(self) -> None:
        """Read to the end once (KafkaError when the cluster does not answer)."""
        if self._reader is None:
            self._reader = _Reader(self._settings, "pipeline")
        asked_at = int(time.time() * 1000)
        for version in self._reader.read_to_end(self._on_error):
            self._on_version(version)
        self.horizon_ms = horizon_ms(asked_at)

    def start(self) -> None:
        threading.Thread(target=self._run, name="logwarden-policy", daemon=True).start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self.catch_up()
            except (KafkaError, OSError) as exc:
                if not self._failing:  # once per run of failures; events past the horizon wait meanwhile
                    log.warning("cannot read logs.policy; events stamped past what is known wait",
                                extra={"error": type(exc).__name__})
                self._failing = True
                continue
            if self._failing:
                log.info("reading logs.policy again")
                self._failing = False
