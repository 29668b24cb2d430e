"""LogProducer when Kafka is not there: a web app's log hears about it once the events have waited the threshold,
again at most every reminder interval, and once more at shutdown with what was not delivered, by reason; never a
line per event or per retry. (Its delivery through a real broker, outages behind a TCP proxy included, is tested
with the middleware in test_web.py.)"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any
from wsgiref.util import setup_testing_defaults

import pytest
from helpers import wait_for

from pipeline.dev.process import free_port
from pipeline.settings import Settings
from producers.kafka_producer import LogProducer
from producers.web import Recorder
from producers.wsgi import LogwardenWSGI

REQUESTS = 5


def _app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"hello"]


def test_the_middleware_warns_while_kafka_is_unreachable_reminds_and_says_at_close_what_was_not_delivered(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # a real address nobody listens on: the broker is unreachable, as when Kafka is down
    settings = Settings.from_env({"LOGWARDEN_KAFKA_BOOTSTRAP": f"127.0.0.1:{free_port()}",
                                  "LOGWARDEN_KAFKA_SECURITY_PROTOCOL": "PLAINTEXT",
                                  "LOGWARDEN_STATE_DIR": str(tmp_path), "LOGWARDEN_CANARY_INTERVAL_SECONDS": "0",
                                  "LOGWARDEN_PRODUCER_WARN_AFTER_SECONDS": "2"})
    caplog.set_level(logging.INFO)
    recorder = Recorder(LogProducer(settings, "logs.raw", client_suffix="web", remind_every=4))
    app = LogwardenWSGI(_app, recorder)
    first_sent = time.time()
    for n in range(REQUESTS):
        environ: dict[str, Any] = {"PATH_INFO": f"/page/{n}", "QUERY_STRING": "email=ann%40example.org"}
        setup_testing_defaults(environ)
        body = app(environ, lambda *_: None)
        assert b"".join(body) == b"hello"  # the site answers while Kafka is away
        body.close()  # type: ignore[attr-defined]  # the server closes the response: the event is queued

    def warnings() -> list[logging.LogRecord]:
        return [r for r in caplog.records if r.name == "logwarden.producer" and r.levelno == logging.WARNING]

    wait_for(lambda: len(warnings()) >= 2, 40, "a warning and a reminder that Kafka acknowledges nothing")
    first, reminder = warnings()[:2]
    assert first.created - first_sent >= 2  # not before the threshold
    assert first.getMessage().startswith("kafka has acknowledged nothing for ")
    assert "kafka not reachable (" in first.getMessage() and f"holding {REQUESTS} events" in first.getMessage()
    assert reminder.getMessage().startswith("kafka has still acknowledged nothing for ")
    assert reminder.created - first.created >= 4  # at most once per reminder interval
    assert len(warnings()) == 2

    recorder.close(timeout=1)  # never raises
    closing = [r.getMessage() for r in warnings() if r.getMessage().startswith("closed")]
    assert closing == [f"closed: {REQUESTS} events were not delivered to Kafka ({REQUESTS} still held at close)"]
    assert recorder.producer.counts["dropped_at_close"] == REQUESTS
    assert not any("ann" in r.getMessage() or "example.org" in r.getMessage() for r in caplog.records)  # no payload
