"""LogProducer when Kafka is not there: a web app's log hears about it once, and once more at shutdown with the
count of what was dropped, never a line per event or per retry. (Its delivery through a real broker, outages
behind a TCP proxy included, is tested with the middleware in test_web.py.)"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from helpers import wait_for

from pipeline.dev.process import free_port
from pipeline.settings import Settings
from producers.kafka_producer import LogProducer


def test_kafka_unreachable_is_one_warning_and_the_drops_at_close_one_line(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    settings = Settings.from_env({"LOGWARDEN_KAFKA_BOOTSTRAP": f"127.0.0.1:{free_port()}",
                                  "LOGWARDEN_KAFKA_SECURITY_PROTOCOL": "PLAINTEXT",
                                  "LOGWARDEN_STATE_DIR": str(tmp_path), "LOGWARDEN_CANARY_INTERVAL_SECONDS": "0"})
    caplog.set_level(logging.INFO)
    producer = LogProducer(settings, "logs.raw")
    for n in range(5):
        assert producer.send(b'{"n": %d}' % n)

    def ours(level: int) -> list[str]:
        return [r.getMessage() for r in caplog.records if r.name == "logwarden.producer" and r.levelno == level]

    def attempts() -> int:  # kafka-python says so each time it fails to reach the bootstrap server
        return sum(1 for r in caplog.records if r.name.startswith("kafka") and "127.0.0.1" in r.getMessage())

    wait_for(lambda: ours(logging.WARNING), 30, "the producer to say Kafka is not reachable")
    first = attempts()
    wait_for(lambda: attempts() > first, 30, "the producer to try to connect again")
    warnings = ours(logging.WARNING)
    assert len(warnings) == 1, warnings
    assert "kafka not reachable; holding events" in warnings[0]

    producer.close(timeout=1)
    closing = [m for m in ours(logging.WARNING) if m.startswith("closed with")]
    assert closing == ["closed with 5 events Kafka had not taken: dropped"]
    assert producer.counts["dropped_at_close"] == 5
    assert not any(b'{"n"' in r.getMessage().encode() for r in caplog.records)  # no payload in any log line
