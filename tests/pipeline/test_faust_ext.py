"""Faust's internals as logwarden replaces them (pipeline/faust_ext.py): the commit never passes an event
in flight. The rule as a table of cases, then the worker's own app against the real broker."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.partitioner import murmur2 as aiokafka_murmur2
from conftest import Servers
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import EventT
from hypothesis import given
from hypothesis import strategies as st
from kafka import TopicPartition

from pipeline.cluster.login import kafka_login
from pipeline.cluster.topics import settings_admin
from pipeline.faust_ext import Transport, commit_offset, murmur2, partition_for
from pipeline.policy import Policy
from pipeline.settings import Settings
from pipeline.worker import build_app, build_router
from producers.synthetic import TrafficGenerator


@pytest.mark.parametrize(("committed", "acked", "gaps", "in_flight", "expected"), [
    # the run starts at the committed offset
    (10, [10, 11, 12], [], None, 13),
    (10, [10, 11, 13], [], 12, 12),
    # faust-streaming#606: the event at the committed offset is in flight, later ones are acked
    (10, [11, 12, 13], [], 10, None),
    (10, [11, 12, 13], [], None, None),  # a hole at the head is never skipped, in flight or not
    # no offset committed yet: nothing past the lowest event in flight
    (None, [1, 2, 3], [], 0, None),
    (None, [0, 1, 2], [], 5, 3),
    (None, [4, 5], [], None, 6),
    # 0 is a committed offset, not "none"
    (0, [1, 2], [], 0, None),
    (0, [1, 2], [], None, None),
    (0, [0, 1], [], None, 2),
    # gaps (offsets holding no message, e.g. transaction markers) bridge the run, also at the head
    (10, [12, 13], [(10, 12)], None, 14),
    (10, [10, 13], [(11, 13)], None, 14),
    (10, [10, 13], [(11, 12)], None, 12),
    (10, [10, 14], [(11, 13)], 13, 13),
    (10, [10, 11], [(12, 20)], None, 12),
    # nothing acked: nothing to commit
    (10, [], [], None, None),
    (None, [], [], 3, None),
])
def test_the_commit_stops_before_the_first_event_in_flight_and_at_any_hole(
        committed: int | None, acked: list[int], gaps: list[tuple[int, int]], in_flight: int | None,
        expected: int | None) -> None:
    assert commit_offset(committed, acked, gaps, in_flight) == expected


RAW_PARTITION = 0


def test_the_worker_never_commits_past_a_batch_still_in_flight(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str]) -> None:
    """The worker's app (4 actors, `take_events` batches) holds the batch with the partition's first event
    while later batches finish: the group's committed offset in Kafka stays at or below that event until
    the batch is done, then moves past everything."""
    committed = asyncio.run(asyncio.wait_for(_hold_one_batch(settings, policy, topics["raw"], Transport), 90))
    assert committed is None or committed <= 0, f"committed offset {committed} passed the event held at 0"


def test_stock_faust_commits_past_a_batch_still_in_flight(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str]) -> None:
    """Why pipeline/faust_ext.py exists: the same trial with faust-streaming's own consumer loses the held event
    on a crash (faust-streaming#606, unreleased fix). When this fails, upstream fixed it: drop our consumer."""
    committed = asyncio.run(asyncio.wait_for(
        _hold_one_batch(settings, policy, topics["raw"], faust_aiokafka.Transport), 90))
    assert committed is not None and committed > 0, f"stock Faust held its commit at {committed}"


async def _hold_one_batch(settings: Settings, policy: Policy, raw: str,
                          transport: type[faust_aiokafka.Transport]) -> int | None:
    """The group's committed offset while the batch with offset 0 is held and later ones are done; then, once it
    is released, waits until the commit moves past everything (commits still move)."""
    later = 40
    generator = TrafficGenerator(seed=3)
    held, release = asyncio.Event(), asyncio.Event()
    seen: set[int] = set()

    async def hold(events: Sequence[EventT]) -> None:
        offsets = {e.message.offset for e in events if e.message.partition == RAW_PARTITION}
        seen.update(offsets)
        if 0 in offsets:
            held.set()
            await release.wait()

    app = build_app(settings, policy, build_router(settings, policy), transport=transport, before_delivery=hold)
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all",
                                **kafka_login(settings, "admin").client_args())
    await producer.start()
    await app.start()
    try:
        await (await producer.send(raw, generator.message(), partition=RAW_PARTITION))
        await asyncio.wait_for(held.wait(), 60)
        for _ in range(later):
            await producer.send(raw, generator.message(), partition=RAW_PARTITION)
        await producer.flush()

        def finished() -> int:  # later events whose batch is done (one may wait in the held actor's stream)
            in_flight = {m.offset for m in app.consumer.unacked if not m.acked and m.partition == RAW_PARTITION}
            return len(seen - in_flight - {0})

        while finished() < later - 1:
            await asyncio.sleep(0.02)
        await app.consumer.commit()
        while_held = await _committed(settings, raw)

        release.set()
        while await _committed(settings, raw) != later + 1:
            await app.consumer.commit()
            await asyncio.sleep(0.05)
        return while_held
    finally:
        release.set()
        await app.stop()
        await producer.stop()


def test_a_hanging_commit_stops_the_delivery_so_a_crash_replays_a_bounded_run(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str]) -> None:
    """The worker's commits start beside the delivery (a round trip must not stall every stream), but a commit that
    does not return stops the delivery once twice `broker_commit_every` events are acknowledged: what a crash then
    replays stays bounded (the sink's dedup window counts on it). Then everything goes through once it returns."""
    routed, total = asyncio.run(asyncio.wait_for(_hang_commits(settings, policy, topics["raw"]), 120))
    # twice the count, plus what was already delivered to the streams' buffers and the actors' batches: a small part
    # of the backlog, whatever its size (without the bound, all of it)
    assert routed < HANGING_EVENTS // 4, f"{routed} of {HANGING_EVENTS} events routed while no commit returned"
    assert total == HANGING_EVENTS


COMMIT_EVERY = 20
HANGING_EVENTS = 6_000


async def _hang_commits(settings: Settings, policy: Policy, raw: str) -> tuple[int, int]:
    """Events routed while every commit hangs (once the delivery stopped), and all events routed once they return."""
    gate = asyncio.Event()
    routed = 0

    class HangingConsumer(Transport.Consumer):  # type: ignore[misc,valid-type]
        async def force_commit(self, *args: object, **kwargs: object) -> bool:
            await gate.wait()
            return await super().force_commit(*args, **kwargs)  # type: ignore[arg-type]

    class HangingTransport(Transport):
        Consumer = HangingConsumer

    async def count(events: Sequence[EventT]) -> None:
        nonlocal routed
        routed += len(events)

    app = build_app(settings, policy, build_router(settings, policy), transport=HangingTransport,
                    before_delivery=count)
    app.conf.broker_commit_every = COMMIT_EVERY
    app.conf.broker_commit_interval = 3600.0  # only the count-based commit, the one the delivery may wait for
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all", linger_ms=5,
                                **kafka_login(settings, "admin").client_args())
    generator = TrafficGenerator(seed=4)
    await producer.start()
    await app.start()
    try:
        for _ in range(HANGING_EVENTS):
            await producer.send(raw, generator.message())
        await producer.flush()
        last, still = -1, 0.0
        while still < 2.0:  # until nothing more is routed for 2 s
            await asyncio.sleep(0.1)
            still = still + 0.1 if routed == last else 0.0
            last = routed
        while_hanging = routed
        gate.set()
        while routed < HANGING_EVENTS:
            await asyncio.sleep(0.05)
        return while_hanging, routed
    finally:
        gate.set()
        await app.stop()
        await producer.stop()


async def _committed(settings: Settings, topic: str) -> int | None:
    def read() -> int | None:
        with settings_admin(settings) as admin:
            offsets = admin.list_group_offsets(settings.worker_group).get(settings.worker_group, {})
        found = offsets.get(TopicPartition(topic, RAW_PARTITION))
        return None if found is None or found.offset < 0 else found.offset

    return await asyncio.to_thread(read)


@given(st.binary(max_size=100))
def test_murmur2_is_the_kafka_clients_hash(key: bytes) -> None:
    """Outputs land where any Kafka client's default partitioner puts their key (the sink's dedup window is per
    partition, so a re-routed event must meet its first copy), at every length and tail."""
    assert murmur2(key) == aiokafka_murmur2(key)


def test_an_events_outputs_share_one_hash_and_land_by_key() -> None:
    hashes: dict[bytes, int] = {}
    key = b"0b7d3c9e-3f7a-4c1e-9a53-2f6f5f0d8a11"
    expected = (aiokafka_murmur2(key) & 0x7FFFFFFF) % 6
    assert partition_for(key, list(range(6)), hashes) == expected
    assert partition_for(key, [0, 1, 2], hashes) == (aiokafka_murmur2(key) & 0x7FFFFFFF) % 3
    assert list(hashes) == [key]


def test_the_installed_faust_is_the_release_the_overrides_were_written_for() -> None:
    from importlib.metadata import version

    from pipeline import faust_ext

    assert version("faust-streaming") == faust_ext.FAUST_VERSION
    faust_ext.check_faust(faust_ext.FAUST_VERSION)  # no error


@pytest.mark.parametrize("found", ["0.11.0", "0.16.0", None])
def test_another_faust_release_is_refused_in_one_line_naming_the_pin(found: str | None) -> None:
    from pipeline import faust_ext

    with pytest.raises(ImportError) as refused:
        faust_ext.check_faust(found)
    message = str(refused.value)
    assert "\n" not in message
    assert f"faust-streaming=={faust_ext.FAUST_VERSION}" in message and (found or "none") in message
