"""LogProducer: the kafka-python producer every logwarden source sends through.

acks=all with idempotence (no duplicates from retries, where the broker allows it), lz4
compression and batching. A web server must never wait on Kafka, so `send` only appends
to a bounded queue and returns; a background thread hands the queue to kafka-python, and
that thread is the one that waits when the cluster's metadata is not known yet or Kafka
is down. Queued plus unacknowledged bytes stay under one bound: past it, an event is
counted as dropped (or, for batch jobs that pass `wait=True`, the caller waits for room).
Delivery errors reach a callback and a counter; `close()` flushes what is queued, never raises,
and says in one line how many events were not delivered, by reason.

A web app's log must hear when Kafka is away, and not once per event: when events have waited
LOGWARDEN_PRODUCER_WARN_AFTER_SECONDS (10 s) without any acknowledgement, one WARNING says so
with the last problem seen (not reachable, no metadata, a refused login), a reminder follows at
most once a minute while it lasts, and one INFO line when Kafka takes messages again.

The client is created lazily by the sender thread, and a forked child (gunicorn --preload)
starts over with its own queue, lock and client: threads do not survive a fork.

kafka-python logs every message it sends at DEBUG, payload included; inside a web app whose
root logger is at DEBUG, that would write unscrubbed events to the app's log. The `kafka`
logger is therefore held at INFO unless someone set its level on purpose.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
import time
import weakref
from collections import Counter, deque
from collections.abc import Callable
from typing import Any

from kafka import KafkaProducer
from kafka.errors import KafkaTimeoutError

from pipeline.cluster.login import kafka_login, login_refusal
from pipeline.settings import Settings, oversize_ceiling
from producers import metrics
from producers.canary import canary_event
from producers.events import Event, Source, encode

log = logging.getLogger("logwarden.producer")
if logging.getLogger("kafka").level == logging.NOTSET:
    logging.getLogger("kafka").setLevel(logging.INFO)
ErrorCallback = Callable[[Exception], None]
#: How long the sender thread lets kafka-python wait for a topic's metadata before it retries.
_METADATA_WAIT_MS = 1000
#: While Kafka acknowledges nothing, the warning is repeated at most this often.
REMIND_SECONDS = 60.0
#: Why an event was not delivered, as the shutdown line says it (keys: `counts`' outcomes).
#: What the warning says when the client saw no error of its own: connected, and no answer to what it sent.
_NO_ANSWER = "no answer from kafka (down, unreachable, or slow)"
NOT_DELIVERED = {"dropped_buffer_full": "buffer full", "delivery_error": "Kafka gave up on it",
                 "dropped_error": "not queued", "dropped_at_close": "still held at close"}


def _forget_parent_in_child(ref: weakref.ref[LogProducer]) -> None:
    producer = ref()
    if producer is not None:
        producer._forget_parent()


class LogProducer:
    """Sends raw messages (or wire-format events) to one topic without ever blocking the caller by default."""

    def __init__(self, settings: Settings, topic: str, *, buffer_bytes: int | None = None,
                 on_error: ErrorCallback | None = None, client_suffix: str = "producer",
                 source: Source | None = None, canaries: bool = False, role: str = "producer",
                 delivery_timeout_ms: int = 120_000, remind_every: float = REMIND_SECONDS) -> None:
        """`delivery_timeout_ms`: how long kafka-python keeps retrying a message before it counts as a delivery
        error; a producer whose source is durable (the access-log tailer) waits out longer outages.
        `remind_every`: seconds between the warnings while Kafka acknowledges nothing."""
        self.topic = topic
        self._delivery_timeout_ms = delivery_timeout_ms
        # resolved now, so a producer without a login fails where it is made, not in its thread
        self._login = kafka_login(settings, role)
        self.source = source or Source(service=settings.source_service, omit=settings.source_omit)
        self.counts: Counter[str] = Counter()
        self._settings = settings
        self._client_suffix = client_suffix
        self._on_error = on_error
        self._bound = buffer_bytes if buffer_bytes is not None else settings.producer_buffer_bytes
        self._cond = threading.Condition()
        self._queue: deque[tuple[bytes, bytes | None, int]] = deque()
        self._held = 0  # bytes queued here or handed to kafka-python and not yet acknowledged or failed
        self._outstanding = 0  # messages in the same state
        self._sending = 0  # messages taken off the queue by the sender thread, not yet handed over
        self._closing = False
        self._failing = False  # delivery is failing: said once, quiet until a message gets through again
        # the silence watch: since when events wait with no acknowledgement, the last problem seen, the last warning
        self._warn_after = settings.producer_warn_after_seconds
        self._remind_every = remind_every
        self._progress_at = time.monotonic()
        self._problem = _NO_ANSWER
        self._warned_at: float | None = None
        # leak canaries (producers/canary.py), for producers that write logs.raw
        self._canary_every = settings.canary_interval_seconds if canaries else 0.0
        self._next_canary = time.monotonic()
        self._producer: KafkaProducer | None = None
        self._thread: threading.Thread | None = None
        me = weakref.ref(self)
        os.register_at_fork(after_in_child=lambda: _forget_parent_in_child(me))

    # --- the caller's side: never blocks unless asked to ---

    def emit(self, event: Event, *, wait: bool = False) -> bool:
        """Minimize a wire-format event for this source, serialize it and queue it. The one place events
        are minimized: whatever reaches `emit` leaves without the fields the deployment never sends."""
        return self.send(encode(self.source.minimize(event)), wait=wait)

    def send(self, value: bytes, key: bytes | None = None, *, wait: bool = False) -> bool:
        """Queue one message. With the buffer full: False and counted as dropped (a web server must never
        wait on Kafka), or with `wait`, block until Kafka has acknowledged enough to make room (a batch job)."""
        size = len(value) + (len(key) if key else 0)
        if self._thread is None:
            self._start()
        if self._canary_every and time.monotonic() >= self._next_canary:
            self._next_canary = time.monotonic() + self._canary_every
            self._send_canary()
        with self._cond:
            if self._closing:
                self._count_locked("dropped_error")
                return False
            if self._held + size > self._bound and self._held:
                if not wait:
                    self._count_locked("dropped_buffer_full")
                    return False
                while self._held + size > self._bound and self._held and not self._closing:
                    self._cond.wait(0.5)
                if self._closing:
                    self._count_locked("dropped_at_close")
                    return False
            self._queue.append((value, key, size))
            self._add_outstanding_locked(size)
            self._cond.notify_all()
        return True

    def _send_canary(self) -> None:
        canary = encode(canary_event(self.source))
        with self._cond:
            if self._closing or (self._held + len(canary) > self._bound and self._held):
                return  # a canary never costs a real event its room
            self._queue.append((canary, None, len(canary)))
            self._add_outstanding_locked(len(canary))
            self.counts["canaries"] += 1
            self._cond.notify_all()
        metrics.CANARIES.inc()

    def _add_outstanding_locked(self, size: int) -> None:
        if not self._outstanding:  # nothing was waiting: the wait for an acknowledgement starts now
            self._progress_at = time.monotonic()
        self._held += size
        self._outstanding += 1
        self._count_locked("queued")

    def _count_locked(self, name: str, n: int = 1) -> None:
        self.counts[name] += n
        metrics.OUTCOME[name].inc(n)
        metrics.BUFFERED_BYTES.set(self._held)

    # --- the sender thread: the only place that talks to kafka-python ---

    def _start(self) -> None:
        with self._cond:
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._run, name=f"logwarden-{self._client_suffix}", daemon=True)
            self._thread.start()
            # a web app seldom calls close(): flush what is queued when the interpreter exits
            atexit.register(self._close_at_exit)

    def _forget_parent(self) -> None:
        """In a forked child: the parent's thread, client and lock state are not ours; start over."""
        self._cond = threading.Condition()
        self._queue = deque()
        self.counts = Counter()
        self._held = self._outstanding = self._sending = 0
        self._closing = False
        self._failing = False
        self._progress_at, self._warned_at = time.monotonic(), None
        self._producer = None
        self._thread = None

    def _connect(self) -> KafkaProducer | None:
        """The kafka-python client, made here because its constructor waits for a broker; None once closing."""
        while True:
            try:
                return KafkaProducer(
                    bootstrap_servers=self._settings.kafka_bootstrap.split(","),
                    client_id=f"{self._settings.kafka_client_id}-{self._client_suffix}",
                    acks="all",
                    enable_idempotence=True,
                    compression_type="lz4",
                    linger_ms=5,
                    batch_size=256 * 1024,
                    max_block_ms=_METADATA_WAIT_MS,
                    max_request_size=oversize_ceiling(self._settings.max_message_bytes),
                    retries=2**31 - 1,
                    delivery_timeout_ms=self._delivery_timeout_ms,
                    # kafka-python backs off reconnecting up to 30 s by default: events would wait that long after
                    # the broker is back; an attempt every 2 s costs nothing
                    reconnect_backoff_max_ms=2_000,
                    bootstrap_timeout_ms=5_000,
                    **self._login.client_args(),
                )
            except Exception as exc:  # noqa: BLE001 - this thread must live: every event depends on it
                refused = login_refusal(self._settings.kafka_bootstrap, self._login)
                with self._cond:
                    if refused:  # an operator must fix this; events are held, then counted as dropped
                        if self._problem != f"kafka refuses this producer: {refused}":
                            log.error("kafka refuses this producer; retrying", extra={"reason": refused})
                        self._problem = f"kafka refuses this producer: {refused}"
                    else:
                        self._problem = f"kafka not reachable ({type(exc).__name__})"
                    self._watch_locked()
                    if self._closing:
                        return None
                    self._cond.wait(1.0)

    def _run(self) -> None:
        producer = self._connect()
        with self._cond:
            closing = self._closing
            self._producer = None if closing else producer
            self._problem = _NO_ANSWER
            self._cond.notify_all()
        if closing and producer is not None:
            producer.close(timeout=0)  # close() came while we were connecting: nobody else will close it
            return
        while True:
            with self._cond:
                while not self._queue and not self._closing:
                    self._cond.wait(1.0)
                    self._watch_locked()  # events handed to kafka-python may wait for an acknowledgement
                if not self._queue or producer is None:
                    return
                value, key, size = self._queue.popleft()
                self._sending += 1
            self._hand_over(producer, value, key, size)

    def _hand_over(self, producer: KafkaProducer, value: bytes, key: bytes | None, size: int) -> None:
        waiting_since = None
        while True:
            try:
                future = producer.send(self.topic, value=value, key=key)
                break
            except KafkaTimeoutError:
                # The topic's metadata is not known: Kafka is down or slow, or the topic does not exist.
                # Keep the message and try again; the bound on held bytes protects the caller meanwhile.
                now = time.monotonic()
                if waiting_since is None:
                    waiting_since = now
                with self._cond:
                    if now - waiting_since >= 1:
                        self._problem = "no metadata for the topic (kafka down, or no such topic)"
                    self._watch_locked()
                    if self._closing:
                        self._settle("dropped_at_close", size, taken=True)
                        return
            except Exception as exc:  # noqa: BLE001 - one bad message must not end the sender thread
                log.warning("message not queued", extra={"error": type(exc).__name__})
                with self._cond:
                    self._settle("dropped_error", size, taken=True)
                return
        with self._cond:
            self._sending -= 1
        future.add_callback(lambda _meta: self._delivered(size))
        future.add_errback(lambda exc: self._failed(exc, size))

    def _settle(self, outcome: str, size: int, *, taken: bool = False) -> None:
        """Record a message's end; `taken`: the sender thread had taken it off the queue (it counts in _sending)."""
        if taken:
            self._sending -= 1
        self._held -= size
        self._outstanding -= 1
        self._count_locked(outcome)
        self._cond.notify_all()

    def _settle_locked(self, outcome: str, size: int) -> None:
        with self._cond:
            self._settle(outcome, size)

    def _delivered(self, size: int) -> None:
        with self._cond:
            self._settle("delivered", size)
            silent_for = time.monotonic() - self._progress_at
            self._progress_at = time.monotonic()
            self._problem = _NO_ANSWER
            warned, self._warned_at = self._warned_at, None
        if self._failing or warned is not None:
            self._failing = False
            log.info(f"kafka takes messages again after {silent_for:.0f} s without an acknowledgement",
                     extra={"topic": self.topic})

    def _watch_locked(self) -> None:
        """Warn when events have waited `warn_after` seconds for an acknowledgement, and again each `remind_every`
        while it lasts (the sender thread calls this at least once a second while it has anything to wait for)."""
        now = time.monotonic()
        silent_for = now - self._progress_at
        if not self._outstanding or silent_for < self._warn_after:
            return
        if self._warned_at is not None and now - self._warned_at < self._remind_every:
            return
        again = "still " if self._warned_at is not None else ""
        self._warned_at = now
        lost = sum(self.counts[reason] for reason in NOT_DELIVERED)
        log.warning(f"kafka has {again}acknowledged nothing for {silent_for:.0f} s: {self._problem}; holding "
                    f"{self._outstanding} events ({self._held} of {self._bound} bytes) and retrying"
                    + (f"; {lost} not delivered so far" if lost else ""),
                    extra={"topic": self.topic, "bootstrap": self._settings.kafka_bootstrap,
                           "waiting_seconds": round(silent_for), "held_events": self._outstanding,
                           "not_delivered": lost})

    def _delivery_failing(self, what: str, error: str) -> None:
        """One warning when delivery starts failing (Kafka down, refusing), not one per message or retry: a web
        app's log must say it once, and again only after delivery recovered and failed anew."""
        if not self._failing:
            self._failing = True
            log.warning(f"{what}; holding events (up to {self._bound} bytes) and retrying",
                        extra={"topic": self.topic, "bootstrap": self._settings.kafka_bootstrap, "error": error})

    def _failed(self, exc: Exception, size: int) -> None:
        self._settle_locked("delivery_error", size)
        self._delivery_failing("delivery to kafka failed", type(exc).__name__)
        if self._on_error is not None:
            self._on_error(exc)

    # --- flushing and shutdown ---

    @property
    def pending(self) -> int:
        """Messages queued here or awaiting Kafka's acknowledgement."""
        with self._cond:
            return self._outstanding

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every queued message is acknowledged or failed; False if the timeout came first."""
        if self._thread is None:
            return True
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while self._queue or self._sending or (self._outstanding and self._producer is None):
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._cond.wait(0.5 if left is None else min(left, 0.5))
            producer = self._producer
        if producer is None:
            return not self._outstanding
        try:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            producer.flush(timeout=left)
        except KafkaTimeoutError:
            return False
        return True

    def close(self, timeout: float = 30.0) -> None:
        """Flush what is queued for up to `timeout`, then close; what is still queued is counted as dropped. Never
        raises (it runs at a web app's shutdown); one WARNING line says how many events were not delivered, by
        reason."""
        atexit.unregister(self._close_at_exit)
        if self._thread is None:
            self._closing = True
            self._say_undelivered()
            return
        deadline = time.monotonic() + timeout
        try:
            self.flush(timeout)
        except Exception as exc:  # noqa: BLE001 - a shutdown must go on; the line below counts what is lost
            log.warning("flushing at close failed", extra={"topic": self.topic, "error": type(exc).__name__})
        with self._cond:
            self._closing = True
            for _value, _key, size in self._queue:
                self._settle("dropped_at_close", size)
            self._queue.clear()
            self._cond.notify_all()
        self._thread.join(timeout=max(0.0, deadline - time.monotonic()) + 2)
        with self._cond:
            producer, self._producer = self._producer, None
        if producer is not None:
            try:
                producer.close(timeout=max(0.0, deadline - time.monotonic()))
            except Exception as exc:  # noqa: BLE001 - as above
                log.warning("closing the kafka client failed", extra={"topic": self.topic,
                                                                      "error": type(exc).__name__})
        with self._cond:  # what kafka-python still held when its client closed was neither delivered nor failed
            if self._outstanding > self._sending:
                self._count_locked("dropped_at_close", self._outstanding - self._sending)
                self._outstanding = self._sending
        self._say_undelivered()

    def _say_undelivered(self) -> None:
        lost = {reason: self.counts[reason] for reason in NOT_DELIVERED if self.counts[reason]}
        if lost:
            log.warning(f"closed: {sum(lost.values())} events were not delivered to Kafka ("
                        + ", ".join(f"{n} {NOT_DELIVERED[reason]}" for reason, n in lost.items()) + ")",
                        extra={"topic": self.topic, "not_delivered": sum(lost.values()), **lost})

    def _close_at_exit(self) -> None:
        if not self._closing:
            self.close(timeout=5.0)

    def __enter__(self) -> LogProducer:
        return self

    def __exit__(self, *_exc: Any) -> None:
        self.close()
