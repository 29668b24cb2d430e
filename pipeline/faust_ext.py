"""Where logwarden replaces Faust internals, and why: every such place is in this module.

Edge code (Faust, aiokafka). Each replacement goes through an extension point Faust offers,
never by patching Faust's modules, and says next to it what it fixes or saves:

- `Consumer`, through `Transport`: faust-streaming 0.15.3 has no `Consumer` setting (the keyword
  is accepted and silently ignored); a transport names its consumer class (`Transport.Consumer`),
  and the app's `transport` is settable, so the worker sets `app.transport = Transport(...)`.
- `ConsumerThread`, through `Consumer._new_consumer_thread`, and `Consumer.wait_empty`: a worker told
  to stop while Kafka is gone stops within seconds.
- `QuietMonitor`, through the app's `Monitor` setting.
- `send_batches`: outputs queued per topic-partition as whole batches on the aiokafka producer that
  Faust's producer wraps (Faust's `send` queues one message at a time: a coroutine, a partitioner
  call and a future per message).

Guarantee kept by `Consumer`: the offset committed for a partition never reaches an event
that is still in flight, so a crash at any moment re-delivers that event instead of losing it.
"""

from __future__ import annotations

import asyncio
import logging
import random
import struct
from collections.abc import Iterable, Sequence
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as installed_version
from time import monotonic
from typing import Any

#: The faust-streaming release whose private names this module overrides (pyproject.toml pins it): another one may
#: have renamed or reshaped them, so the worker refuses to start on it rather than misbehave.
FAUST_VERSION = "0.15.3"


def check_faust(found: str | None) -> None:
    """Refuse, in one line, a faust-streaming other than the one the overrides were written for."""
    if found != FAUST_VERSION:
        raise ImportError(f"pipeline/faust_ext.py overrides private names of faust-streaming {FAUST_VERSION}, and "
                          f"{found or 'none'} is installed: pip install 'faust-streaming=={FAUST_VERSION}' "
                          "(or review every override for the new release, then change FAUST_VERSION and the pin)")


def _faust_found() -> str | None:
    try:
        return installed_version("faust-streaming")
    except PackageNotFoundError:
        return None


check_faust(_faust_found())

from faust.sensors.monitor import Monitor  # noqa: E402 - after the version check, whose line is clearer than a missing name
from faust.transport.consumer import CONSUMER_FETCHING, ensure_TP  # noqa: E402 - after the version check, whose line is clearer than a missing name
from faust.transport.drivers import aiokafka as faust_aiokafka  # noqa: E402 - after the version check, whose line is clearer than a missing name
from faust.types import TP, Message, ProducerT  # noqa: E402 - after the version check, whose line is clearer than a missing name
from mode import ServiceT  # noqa: E402 - after the version check, whose line is clearer than a missing name

#: The drain hands the event loop to the streams at least this often (messages), as Faust does every 100.
YIELD_EVERY = 500
#: A stopping worker waits this long for its events in flight and its last commit (`Consumer.wait_empty`): well
#: inside an orchestrator's grace period (Kubernetes: 30 s), as Kafka Connect bounds a task's stop (5 s).
STOP_COMMIT_SECONDS = 10.0
#: The operator reads the worker's own lines under its logger; mode's service lines stay under this module's.
stop_log = logging.getLogger("logwarden.worker")


def commit_offset(committed: int | None, acked: Sequence[int], gaps: Iterable[tuple[int, int]],
                  in_flight: int | None) -> int | None:
    """The offset to commit for one partition (Kafka's meaning: the next offset to read), or None.

    `committed` is the partition's committed offset (None: the group has none yet; 0 is an
    offset like any other), `acked` the acknowledged offsets at or above it, sorted, `gaps`
    the [begin, end) ranges known to hold no message (transaction markers, compacted
    records), and `in_flight` the lowest offset handed to a stream and not acknowledged.

    The result covers one unbroken run of acknowledged or empty offsets that starts at the
    committed offset (with none committed yet, at the lowest acknowledged one), and stops
    before `in_flight`. faust-streaming 0.15.3's `Consumer._new_offset` lets the run start one
    offset above the committed one (so an event still in flight at the committed offset is
    skipped) and checks nothing when no offset is committed yet or it is 0
    (faust-streaming/faust#606).
    """
    if not acked:
        return None
    head = committed if committed is not None else acked[0]
    empty = sorted(gaps)
    position, gap_index = head, 0
    for offset in acked:
        if offset < position:
            continue
        while position < offset:  # offsets between the run and this one: only a known gap may bridge them
            while gap_index < len(empty) and empty[gap_index][1] <= position:
                gap_index += 1
            if gap_index < len(empty) and empty[gap_index][0] <= position:
                position = empty[gap_index][1]
            else:
                break
        if offset < position:
            continue
        if offset != position:
            break
        position = offset + 1
    if in_flight is not None:
        position = min(position, in_flight)
    return position if position > head else None


def lowest_in_flight(messages: Iterable[Message]) -> dict[TP, int]:
    """The lowest offset per partition among messages a stream took and has not acknowledged."""
    lowest: dict[TP, int] = {}
    for message in list(messages):  # a WeakSet: copied before the walk
        if not message.acked:
            tp, offset = message.tp, message.offset
            if offset < lowest.get(tp, offset + 1):
                lowest[tp] = offset
    return lowest


class ConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    """Faust's consumer thread, which stops when Kafka is gone.

    aiokafka 0.14's `Fetcher.close` cancels its pending fetch requests and awaits them without catching their
    `CancelledError` (aio-libs/aiokafka#647, open). A fetch request sleeping out a retry backoff, as every one
    does while a broker is down, makes `AIOKafkaConsumer.stop` raise it before the client is closed: the thread
    died with a traceback, and the worker waited out mode's 60 s stop timeout before it exited.
    """

    async def on_thread_stop(self) -> None:
        try:
            await super().on_thread_stop()
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if task is not None and task.cancelling():
                raise  # this thread's own stop was cancelled, not a fetch request it awaited
            consumer = self._consumer
            if consumer is not None:
                await consumer._client.close()  # what `stop` had left to do after the fetcher


class Consumer(faust_aiokafka.Consumer):
    """Faust's aiokafka consumer with a commit that never passes an event in flight, and a drain per batch.

    Set through the app's `Consumer` setting (faust.App(..., Consumer=...)).
    """

    def _new_consumer_thread(self) -> ConsumerThread:
        return ConsumerThread(self, loop=self.loop, beacon=self.beacon)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._stop_commit_given_up = False
        #: The next offset this consumer expects per partition: set by a seek, moved by every message delivered.
        #: A message above it means the offsets between hold no message (a gap); below it, a re-delivery.
        self._expected: dict[TP, int] = {}

    # -- what to commit: replaces `_new_offset` (faust-streaming#606, see `commit_offset`) -----------------

    def _filter_committable_offsets(self, tps: Iterable[TP]) -> dict[TP, int]:
        # the in-flight floor of every partition in one walk over the unacked messages, not one walk per partition
        floors = lowest_in_flight(self._unacked_messages)
        offsets = {}
        for tp in tps:
            offset = self._commit_offset_for(tp, floors.get(tp))
            if offset is not None and self._should_commit(tp, offset):
                offsets[tp] = offset
        return offsets

    def _new_offset(self, tp: TP) -> int | None:
        return self._commit_offset_for(tp, lowest_in_flight(self._unacked_messages).get(tp))

    def _commit_offset_for(self, tp: TP, in_flight: int | None) -> int | None:
        acked = self._acked.get(tp)
        if not acked:
            return None
        acked.sort()
        gaps = self._gap.get(tp)
        spans = [(interval.begin, interval.end) for interval in gaps] if gaps else []
        offset = commit_offset(self._committed_offset[tp], acked, spans, in_flight)
        if offset is None:
            return None
        # forget what the commit covers: acknowledged offsets below it, and gaps below it
        covered = 0
        while covered < len(acked) and acked[covered] < offset:
            covered += 1
        self._acked_index[tp].difference_update(acked[:covered])
        del acked[:covered]
        if gaps:
            gaps.chop(0, offset)
        return offset

    def _should_commit(self, tp: TP, offset: int) -> bool:
        committed = self._committed_offset[tp]
        return committed is None or offset > committed

    # -- where reading starts: 0 is a committed offset, not "none" -----------------------------------------

    async def perform_seek(self) -> None:
        # Faust's version records a committed offset of 0 as None (no commit), which `commit_offset` must
        # tell apart; it also keeps the read offset, which this consumer replaces with `_expected`.
        positions = await self.seek_to_committed()
        for key, offset in positions.items():
            tp = ensure_TP(key)
            if offset is not None and offset >= 0:
                self._committed_offset[tp] = offset
                self._expected[tp] = offset
                self._read_offset[tp] = offset
            else:
                self._expected.pop(tp, None)
                self._read_offset[tp] = None

    async def seek(self, partition: TP, offset: int) -> None:
        await super().seek(partition, offset)
        self._expected[ensure_TP(partition)] = offset

    # -- stopping: the last commit, bounded ------------------------------------------------------------------

    async def wait_empty(self) -> None:
        """Faust's last commit at stop, given `STOP_COMMIT_SECONDS`.

        Faust waits for every event in flight to be acknowledged and then commits, with no bound: aiokafka's
        commit waits for a group coordinator until one answers, so a worker told to stop while Kafka was down
        did not stop until Kafka came back (or an orchestrator killed it). Past the bound it stops without that
        commit: the events since the last one are routed again by the next start, as after a crash, and the
        sink's window drops the copies. Called twice in a stop (the app's, then the consumer's own): given up
        once, it is not waited for again.
        """
        if self._stop_commit_given_up:
            return
        waiting = asyncio.ensure_future(super().wait_empty())
        done, _ = await asyncio.wait({waiting}, timeout=STOP_COMMIT_SECONDS)
        if done:
            waiting.result()
        else:  # not `wait_for`: the commit under it swallows the cancellation, and `wait_for` then raises nothing
            waiting.cancel()
            self._stop_commit_given_up = True
            stop_log.warning("stopping without the last commit: Kafka did not take it within %s s; what was routed "
                             "since the last commit is routed again by the next start, and the sink drops the "
                             "copies", STOP_COMMIT_SECONDS, extra={"in_flight": len(self._unacked_messages)})

    async def on_partitions_revoked(self, revoked: set[TP]) -> None:
        for tp in revoked:
            self._expected.pop(tp, None)
        await super().on_partitions_revoked(revoked)

    # -- the drain: one race per fetched batch, not one per message ----------------------------------------

    async def _drain_messages(self, fetcher: ServiceT) -> None:  # pragma: no cover - the worker's loop
        """Fetch, and hand each fetched batch to the streams in one task raced against a rebalance.

        Faust's version awaits `wait_first(callback(message), suspend_flow.wait())` per message:
        four futures and a task each time, the largest cost in the worker outside the router
        (profile in issue 15). Per batch keeps its rebalance behaviour: a rebalance cancels the
        batch's delivery, and the streams skip what an old generation delivered. It also records
        gaps from the first message after a seek on (Faust's skipped a read offset of 0) and
        never marks a message it did not deliver as a gap.

        Commits: Faust's version awaits one here every `broker_commit_every` acknowledged events,
        holding up the delivery to every stream for its round trip (30-70 ms at 2,000 events/s, the
        latency tail of issue 15). Here that commit starts beside the delivery, and the delivery waits
        for it only once twice as many events are acknowledged and not committed: what a crash replays
        stays bounded (the sink's dedup window counts on it) while a commit in the normal case costs
        the streams nothing. Faust's commit timer (`broker_commit_interval`) commits beside it too.
        """
        consumer_stopped = self._stopped.is_set
        fetcher_stopped = fetcher._stopped.is_set  # type: ignore[attr-defined]
        try:
            while not (consumer_stopped() or fetcher_stopped()):
                self.diag.set_flag(CONSUMER_FETCHING)
                batch = await self._fetch_batch()
                if batch and not self.should_stop:
                    await self.wait_first(self._deliver_batch(batch), self.suspend_flow.wait())
                self.diag.unset_flag(CONSUMER_FETCHING)
        except self.consumer_stopped_errors:
            if self.transport.app.should_stop:
                self.log.info("Broker stopped consumer, shutting down...")
                return
            raise
        except asyncio.CancelledError:
            if self.transport.app.should_stop:
                self.log.info("Consumer shutting down for user cancel.")
                return
            raise
        except Exception as exc:
            self.log.exception("Drain messages raised: %r", exc)
            raise
        finally:
            self.diag.unset_flag(CONSUMER_FETCHING)

    async def _fetch_batch(self) -> list[tuple[TP, Message]]:
        records, active = await self._wait_next_records(1.0)
        if not records or self.should_stop:
            return []
        if not self.flow_active:
            await self.perform_seek()  # as Faust does: a fetch while the flow is stopped goes back to the commit
            return []
        monitor = self.app.monitor
        for tp in records:
            monitor.track_tp_end_offset(tp, self.highwater(tp))
        to_message = self._to_message
        batch: list[tuple[TP, Message]] = []
        for tp, record in self.scheduler.iterate(records):
            if active is None or tp in active or tp in self._buffered_partitions:
                batch.append((tp, to_message(tp, record)))
            else:
                # not delivered: the offsets after it must not count it as a gap (commits stop at it instead)
                self._expected.pop(tp, None)
        return batch

    async def _deliver_batch(self, batch: list[tuple[TP, Message]]) -> None:
        callback = self.callback
        expected = self._expected
        acks_enabled_for = self.app.topics.acks_enabled_for
        commit_every = self._commit_every
        app = self.app
        generation = app.consumer_generation_id
        for n, (tp, message) in enumerate(batch, 1):
            if not self.flow_active or app.consumer_generation_id != generation:
                return
            offset = message.offset
            want = expected.get(tp)
            if want is not None:
                if offset < want:
                    continue  # delivered before a seek moved us back: the stream has it already
                if offset > want and acks_enabled_for(message.topic):
                    self._note_gap(tp, want, offset)
            if commit_every is not None and self._n_acked >= commit_every:
                if self._commit_fut is None:  # none running: start one beside the delivery
                    self._n_acked = 0
                    self.add_future(self.commit())
                elif self._n_acked >= 2 * commit_every:
                    await self.maybe_wait_for_commit_to_finish()  # the replay after a crash stays bounded
            await callback(message)
            expected[tp] = offset + 1
            self._read_offset[tp] = offset
            if not n % YIELD_EVERY:
                await asyncio.sleep(0)

    def _note_gap(self, tp: TP, begin: int, end: int) -> None:
        """Offsets [begin, end) hold no message; those below the committed offset no longer matter."""
        committed = self._committed_offset[tp]
        if committed is not None:
            begin = max(begin, committed)
        if begin < end:
            gaps = self._gap[tp]
            gaps.addi(begin, end)
            gaps.merge_overlaps()


class QuietMonitor(Monitor):
    """Faust's Monitor without its per-event bookkeeping; set through the app's `Monitor` setting.

    Faust calls the monitor two to four times for every event (in, stream in, stream out, out),
    each recording offsets, timings and counters that logwarden reads nowhere: its own metrics
    are prometheus-client's. Kept: `stream_inbound_time` (the stall detector of Faust's aiokafka
    consumer reads it) and the end and commit offsets (a few per batch).
    """

    def on_message_in(self, tp: TP, offset: int, message: Message) -> None:
        pass

    def on_stream_event_in(self, tp: TP, offset: int, stream: Any, event: Any) -> dict | None:
        self.stream_inbound_time[tp] = monotonic()
        return None

    def on_stream_event_out(self, tp: TP, offset: int, stream: Any, event: Any, state: dict | None = None) -> None:
        pass

    def on_message_out(self, tp: TP, offset: int, message: Message) -> None:
        pass

    def on_send_initiated(self, producer: Any, topic: str, message: Any, keysize: int, valsize: int) -> Any:
        return None

    def on_send_completed(self, producer: Any, state: Any, metadata: Any) -> None:
        pass


class Transport(faust_aiokafka.Transport):
    """Faust's aiokafka transport (`kafka://`), with `Consumer` as its consumer class."""

    Consumer = Consumer


#: One record to produce: topic, key, value, headers.
Record = tuple[str, bytes | None, bytes, list[tuple[str, bytes]] | None]

_M = 0x5BD1E995
_MASK = 0xFFFFFFFF
_WORDS: dict[int, struct.Struct] = {}


def murmur2(data: bytes) -> int:
    """Kafka's murmur2 (the Java client's `Utils.murmur2`, aiokafka's `murmur2`): the same key lands on the same
    partition as through any client's default partitioner, so a re-routed event after a crash still meets its
    first copy. aiokafka's pure-Python version reads a byte at a time; this reads the 4-byte words in one
    `struct` call and was a twentieth of the worker's time at half that cost (py-spy, issue 15)."""
    length = len(data)
    h = 0x9747B28C ^ length
    words = length >> 2
    unpack = _WORDS.get(words)
    if unpack is None:
        unpack = _WORDS[words] = struct.Struct(f"<{words}I")
    for k in unpack.unpack_from(data):
        k = (k * _M) & _MASK
        k ^= k >> 24
        h = ((h * _M) & _MASK) ^ ((k * _M) & _MASK)
    tail = length & 3
    if tail:
        end = length & ~3
        if tail == 3:
            h ^= data[end + 2] << 16
        if tail >= 2:
            h ^= data[end + 1] << 8
        h = ((h ^ data[end]) * _M) & _MASK
    h ^= h >> 13
    h = (h * _M) & _MASK
    return h ^ (h >> 15)


def partition_for(key: bytes | None, partitions: Sequence[int], hashes: dict[bytes, int]) -> int:
    """The default partitioner's choice for a key (`hashes` holds the keys hashed so far: an event's outputs to
    every route share its key); a record without a key goes to any partition, as in aiokafka."""
    if key is None:
        return random.choice(partitions)  # noqa: S311 - spreading load, not security
    found = hashes.get(key)
    if found is None:
        found = hashes[key] = murmur2(key) & 0x7FFFFFFF
    return partitions[found % len(partitions)]


async def send_batches(producer: ProducerT, records: Sequence[Record]) -> list[tuple[list[int], asyncio.Future[Any]]]:
    """Queue the records as one aiokafka batch per topic-partition (more where a batch fills up).

    Returns each batch's records (indices into `records`) and the future that settles with the broker's
    answer for all of them. Goes through Faust's aiokafka producer (`_ensure_producer`: the client it
    started, with its settings, and the one Faust flushes before every commit).
    """
    client = producer._ensure_producer()  # type: ignore[attr-defined]
    partitions: dict[str, list[int]] = {}
    by_partition: dict[tuple[str, int], list[int]] = {}
    hashes: dict[bytes, int] = {}
    for index, (topic, key, _, _) in enumerate(records):
        known = partitions.get(topic)
        if known is None:
            known = partitions[topic] = sorted(await client.partitions_for(topic))
        by_partition.setdefault((topic, partition_for(key, known, hashes)), []).append(index)
    queued: list[tuple[list[int], asyncio.Future[Any]]] = []
    for (topic, partition), indices in by_partition.items():
        batch = client.create_batch()
        members: list[int] = []
        for index in indices:
            _, key, value, headers = records[index]
            if batch.append(key=key, value=value, timestamp=None, headers=headers or []) is None:
                queued.append((members, await client.send_batch(batch, topic, partition=partition)))
                batch, members = client.create_batch(), []
                batch.append(key=key, value=value, timestamp=None, headers=headers or [])  # a first record always fits
            members.append(index)
        queued.append((members, await client.send_batch(batch, topic, partition=partition)))
    return queued
