"""pipeline/logs.py: one JSON object a line with the fields a logger passes, UTC times, quiet libraries."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterator

import orjson
import pytest

from pipeline.logs import JsonFormatter, setup_logging


def record(msg: str, *args: object, exc: bool = False, **extra: object) -> logging.LogRecord:
    exc_info = None
    if exc:
        try:
            raise ValueError("boom")
        except ValueError:
            exc_info = sys.exc_info()
    rec = logging.LogRecord("logwarden.sink", logging.WARNING, __file__, 1, msg, args, exc_info)
    rec.__dict__.update(extra)
    rec.created, rec.msecs = 1_795_000_000.5, 500.0
    return rec


def test_a_line_holds_time_level_logger_message_and_the_extra_fields() -> None:
    formatter = JsonFormatter()
    formatter.converter = time.gmtime  # as setup_logging sets it
    line = formatter.format(record("stored %d records", 3, topic="logs.analytics", partition=2))
    assert "\n" not in line
    assert orjson.loads(line) == {"ts": "2026-11-18T11:06:40.500Z", "level": "warning", "logger": "logwarden.sink",
                                  "msg": "stored 3 records", "topic": "logs.analytics", "partition": 2}


def test_an_exception_is_kept_and_values_json_cannot_hold_are_strings() -> None:
    from pathlib import Path

    entry = orjson.loads(JsonFormatter().format(record("failed", exc=True, path=Path("/tmp/x"))))
    assert entry["path"] == "/tmp/x"
    assert "ValueError: boom" in entry["exc"]


@pytest.fixture
def _restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    saved = root.handlers[:], root.level, logging.getLogger("kafka").level
    yield
    root.handlers[:], level, kafka_level = saved
    root.setLevel(level)
    logging.getLogger("kafka").setLevel(kafka_level)


@pytest.mark.usefixtures("_restore_logging")
def test_setup_logging_installs_one_handler_and_keeps_libraries_at_warning_or_above() -> None:
    setup_logging("debug", "json")
    root = logging.getLogger()
    assert len(root.handlers) == 1 and isinstance(root.handlers[0].formatter, JsonFormatter)
    assert root.level == logging.DEBUG and logging.getLogger("kafka").level == logging.WARNING
    setup_logging("error", "text")
    assert len(root.handlers) == 1 and not isinstance(root.handlers[0].formatter, JsonFormatter)
    assert logging.getLogger("kafka").level == logging.ERROR


FALSE_ALARMS = [  # as the libraries word them (kafka-python 3.0, faust-streaming 0.15)
    ("kafka.net.selector", "Task <kafka.net.selector.Task object at 0x7f> ran for 0.153s (>0.100s threshold). It is "
                           "blocking the event loop -- likely a tight sync loop inside a coroutine. Other pollers "
                           "will time out."),
    ("faust.transport.drivers.aiokafka", "[^--AIOKafkaConsumerThread]: Aiokafka has not sent fetch request for "
                                         "TP(topic='logs.raw', partition=3) since start (started 5.02 minutes ago)"),
    ("kafka.net.connection", "<KafkaConnection node_id=1 broker_version=(4, 1) (disconnected)>: Connection lost: "
                             "KafkaConnectionError: 111 ECONNREFUSED"),
    ("kafka.coordinator", "Marking the coordinator dead (node coordinator-1) for group sink: [Error 16] "
                          "NotCoordinatorError."),
    # a broker restarted under the sink and the worker (tests/system/test_broker_outage.py saw these)
    ("aiokafka.producer.sender", "Got error produce response on topic-partition TopicPartition(topic='logs.analytics', "
                                 "partition=2), retrying. Error: <class 'aiokafka.errors.NotLeaderForPartitionError'>"),
    ("aiokafka.consumer.group_coordinator", "Heartbeat failed for group pipeline because it is rebalancing"),
    # the access-log tailer's producer across a broker restart (seen once in CI, 2026-11-30)
    ("kafka.producer.sender", "<Sender client_id=logwarden-tailer>: Got error produce response on topic-partition "
                              "TopicPartition(topic='t1.logs.raw', partition=2), retrying (2147483645 attempts left): "
                              "NotLeaderForPartitionError"),
    ("kafka.coordinator.assignors.range", "No partition metadata for topic t5a88e8d8f4.logs.analytics"),
    # the worker stopped while its broker was down (tests/system/test_broker_outage.py)
    ("aiokafka.consumer.group_coordinator", "Heartbeat send request failed: [Error 15] "
                                            "GroupCoordinatorNotAvailableError. Will retry."),
    ("aiokafka.consumer.group_coordinator", "LeaveGroup request failed: [Error 15] GroupCoordinatorNotAvailableError"),
]


@pytest.mark.usefixtures("_restore_logging")
@pytest.mark.parametrize(("logger", "message"), FALSE_ALARMS)
def test_a_known_false_alarm_of_a_client_library_is_logged_at_debug_and_nothing_else_is(
        logger: str, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging("info", "json")
    logging.getLogger(logger).warning(message)
    logging.getLogger(logger).error("Unhandled exception in task")  # not a known false alarm: stays an error
    lines = [orjson.loads(line) for line in capsys.readouterr().err.splitlines()]
    assert [(line["level"], line["msg"]) for line in lines] == [("error", "Unhandled exception in task")]
    setup_logging("debug", "json")
    logging.getLogger(logger).warning(message)
    lines = [orjson.loads(line) for line in capsys.readouterr().err.splitlines()]
    assert [(line["level"], line["logger"], line["msg"]) for line in lines] == [("debug", logger, message)]


def test_the_text_format_reads_as_a_line_with_the_same_fields_as_key_value() -> None:
    from pipeline.logs import TextFormatter

    formatter = TextFormatter()
    formatter.converter = time.gmtime
    line = formatter.format(record("stored %d objects", 2, topic="logs.analytics", key="a b", forced=False))
    assert line.endswith('WARNING logwarden.sink: stored 2 objects topic=logs.analytics key="a b" forced=false')
    assert len(line.split(" ", 1)[0]) == len("HH:MM:SS")


class _Stream:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(("fmt", "tty", "resolved"), [
    ("auto", True, "text"),  # a person at a terminal (issue 24)
    ("auto", False, "json"),  # a file, a pipe, a log shipper
    ("json", True, "json"),
    ("text", False, "text"),
])
def test_auto_is_text_on_a_terminal_and_json_otherwise(fmt: str, tty: bool, resolved: str) -> None:
    from pipeline.logs import resolve_format

    assert resolve_format(fmt, _Stream(tty)) == resolved
