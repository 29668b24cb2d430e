"""LogProducer: the kafka-python producer every logwarden source sends through.

acks=all with idempotence (no duplicates from retries, where the broker allows it), lz4
compression, batching, and a bounded buffer: when Kafka is slow or down, `send` never
blocks the web server; events past the bound are counted as dropped. Delivery errors
reach a callback and a counter; `close()` flushes what is buffered.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable

from kafka import KafkaProducer
from kafka.errors import KafkaError, KafkaTimeoutError

from pipeline.kafka_admin import oversize_ceiling
from pipeline.settings import Settings
from producers import metrics

log = logging.getLogger("logwarden.producer")
_OUTCOME = {"delivery_errors": "delivery_error"}
ErrorCallback = Callable[[Exception], None]


class LogProducer:
    def __init__(self, settings: Settings, topic: str, *, buffer_bytes: int = 32 * 1024 * 1024,
                 on_error: ErrorCallback | None = None, block_ms: int = 0, client_suffix: str = "producer") -> None:
        self.topic = topic
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._on_error = on_error
        self._buffer_bytes = buffer_bytes
        self._inflight = 0  # bytes handed to the client and not yet acknowledged or failed
        self._producer = KafkaProducer(
            bootstrap_servers=settings.kafka_bootstrap.split(","),
            client_id=f"{settings.kafka_client_id}-{client_suffix}",
            acks="all",
            enable_idempotence=True,
            compression_type="lz4",
            linger_ms=5,
            batch_size=256 * 1024,
            max_block_ms=block_ms,
            max_request_size=oversize_ceiling(settings.max_message_bytes),
            retries=2**31 - 1,
            delivery_timeout_ms=120_000,
        )

    def _count(self, name: str, n: int = 1, inflight: int = 0) -> None:
        with self._lock:
            self.counts[name] += n
            self._inflight += inflight
            metrics.BUFFERED_BYTES.set(self._inflight)
        metrics.MESSAGES.labels(outcome=_OUTCOME.get(name, name)).inc(n)

    def send(self, value: bytes, key: bytes | None = None, *, wait: bool = False) -> bool:
        """Queue one message. With the buffer full: False and counted as dropped (a web server must never
        wait on Kafka), or with `wait`, block until Kafka has acknowledged what is in flight (a batch job)."""
        size = len(value) + (len(key) if key else 0)
        if self._inflight + size > self._buffer_bytes:
            if not wait:
                self._count("dropped_buffer_full")
                return False
            self._producer.flush()
        try:
            future = self._producer.send(self.topic, value=value, key=key)
        except KafkaTimeoutError:
            self._count("dropped_buffer_full")
            return False
        except KafkaError as exc:
            self._count("dropped_error")
            log.warning("message not queued", extra={"error": type(exc).__name__})
            return False
        self._count("queued", inflight=size)
        future.add_callback(lambda _meta: self._count("delivered", inflight=-size))
        future.add_errback(lambda exc: self._failed(exc, size))
        return True

    def _failed(self, exc: Exception, size: int) -> None:
        self._count("delivery_errors", inflight=-size)
        log.warning("delivery failed", extra={"error": type(exc).__name__})
        if self._on_error is not None:
            self._on_error(exc)

    def flush(self, timeout: float | None = None) -> None:
        self._producer.flush(timeout=timeout)

    def close(self, timeout: float = 30.0) -> None:
        """Flush what is buffered, then close."""
        try:
            self._producer.flush(timeout=timeout)
        finally:
            self._producer.close(timeout=timeout)
