"""Metrics of every producer process (load generator, tailer, web servers' LogProducer)."""

from __future__ import annotations

from prometheus_client import Counter, Gauge

MESSAGES = Counter("logwarden_producer_messages", "Messages by outcome: queued, delivered, delivery_error, "
                   "dropped_buffer_full, dropped_error", ["outcome"])
BUFFERED_BYTES = Gauge("logwarden_producer_buffered_bytes", "Bytes handed to Kafka and not yet acknowledged")

for _outcome in ("queued", "delivered", "delivery_error", "dropped_buffer_full", "dropped_error"):
    MESSAGES.labels(outcome=_outcome)
