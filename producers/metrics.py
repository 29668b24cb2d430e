"""Metrics of every producer process (load generator, tailer, web servers' LogProducer)."""

from __future__ import annotations

from prometheus_client import Counter, Gauge

#: Every way a message handed to a LogProducer can end; queued = the sum of all the others, eventually.
OUTCOMES = ("queued", "delivered", "delivery_error", "dropped_buffer_full", "dropped_error", "dropped_at_close")
MESSAGES = Counter("logwarden_producer_messages", "Messages by outcome: " + ", ".join(OUTCOMES), ["outcome"])
CANARIES = Counter("logwarden_producer_canaries", "Leak canary events sent (LOGWARDEN_CANARY_INTERVAL_SECONDS)")
BUFFERED_BYTES = Gauge(
    "logwarden_producer_buffered_bytes",
    "Bytes queued or handed to Kafka and not yet acknowledged (bounded by LOGWARDEN_PRODUCER_BUFFER_BYTES)",
)

#: Each outcome's counter, resolved once: `labels()` per message is a locked dict lookup.
OUTCOME = {outcome: MESSAGES.labels(outcome=outcome) for outcome in OUTCOMES}
