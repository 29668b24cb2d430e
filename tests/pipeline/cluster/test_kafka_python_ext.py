"""pipeline/cluster/kafka_python_ext.py: the version check, and the metadata refresh loop that survives a failed
in-flight refresh, proven against the real broker (kafka-python's own loop ends there, and a consumer then never
learns a topic it subscribes to later)."""

from __future__ import annotations

import time

import pytest
from kafka import KafkaConsumer
from kafka.admin import NewTopic
from kafka.errors import KafkaConnectionError
from kafka.future import Future
from kafka.net.wakeup_notifier import WakeupNotifier

from pipeline.cluster.kafka_python_ext import check_kafka_python
from pipeline.cluster.login import kafka_login
from pipeline.cluster.topics import admin_client
from pipeline.settings import Settings


@pytest.mark.parametrize("found", [None, "2.3.3", "3.1.0"])
def test_another_kafka_python_is_refused_in_one_line_naming_the_pin(found: str | None) -> None:
    with pytest.raises(ImportError, match=r"kafka-python>=3\.0\.0,<3\.1") as refused:
        check_kafka_python(found)
    assert "\n" not in str(refused.value)


def test_the_pinned_series_is_accepted() -> None:
    check_kafka_python("3.0.12")


def _fail_the_refresh_the_loop_awaits(consumer: KafkaConsumer) -> None:
    """What a node killed mid-refresh does: a refresh started elsewhere (a bootstrap's) is in flight when the loop
    wakes, and fails while the loop awaits it. Run on the client's I/O thread, where the loop lives."""
    cluster = consumer._client.cluster
    manager = consumer._client._manager

    async def inject() -> None:
        pending = Future()
        cluster._refresh_future = pending
        cluster.request_update()  # wakes the loop, which finds the refresh in flight and awaits it
        await WakeupNotifier(manager._net)(0.3)
        pending.failure(KafkaConnectionError("a node killed mid-refresh"))
        await WakeupNotifier(manager._net)(0.3)

    manager.run(inject)


def test_a_consumer_learns_a_new_topic_after_an_in_flight_metadata_refresh_failed(
        settings: Settings, unique: str) -> None:
    first, second = f"kpx{unique}.a", f"kpx{unique}.b"
    login = kafka_login(settings, "admin")
    with admin_client(settings.kafka_bootstrap, login) as admin:
        admin.create_topics([NewTopic(first, 2, 1)])
    # no group: the consumer assigns itself every partition its metadata shows (kafka-python's `subscribe` without a
    # group_id), so what it is assigned is what its metadata knows, without a group's rebalances in between
    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap.split(","), enable_auto_commit=False,
                             **login.client_args())
    try:
        consumer.subscribe([first])
        deadline = time.monotonic() + 60
        while len(consumer.assignment()) < 2 and time.monotonic() < deadline:
            consumer.poll(timeout_ms=200)
        assert {tp.topic for tp in consumer.assignment()} == {first}

        _fail_the_refresh_the_loop_awaits(consumer)
        assert not consumer._client.cluster._refresh_loop_future.is_done, "the metadata refresh loop ended"

        with admin_client(settings.kafka_bootstrap, login) as admin:
            admin.create_topics([NewTopic(second, 2, 1)])
        consumer.subscribe([first, second])
        deadline = time.monotonic() + 30
        while len(consumer.assignment()) < 4 and time.monotonic() < deadline:
            consumer.poll(timeout_ms=200)
        assert sorted((tp.topic, tp.partition) for tp in consumer.assignment()) == [
            (first, 0), (first, 1), (second, 0), (second, 1)]
    finally:
        consumer.close()
