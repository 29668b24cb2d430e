"""Structured logs: one JSON object a line (or plain text), never an event's payload.

Loggers get only counts, reasons, topics, offsets and paths of fields; values from events
stay out, because a log line is a copy of data outside the policy's reach. Every process logs
through the one handler `setup_logging` installs (the worker tells Faust and mode to leave it in
place), and the client libraries' known false alarms are demoted to DEBUG there (`DEMOTED`).
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import orjson

_STANDARD = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}

_OUTAGE = ("a client's connection state while a broker is down, many lines a second; the process says once "
           "itself that it waits for Kafka, and once that Kafka is back")

#: Lines of the client libraries that are not alarms: (logger, or its parent; text in the message; why). Each is
#: logged at DEBUG instead of its WARNING or ERROR. Nothing else is demoted.
DEMOTED: tuple[tuple[str, str, str], ...] = (
    ("kafka.net.selector", "blocking the event loop",
     "kafka-python times each step of its I/O thread by the wall clock, so a step that waited for the GIL while "
     "another thread worked (the sink's gzip and puts, the lag thread) reads as 'blocking': healthy runs on two "
     "cores show it every few seconds. A real stall shows as consumer lag, which is measured and alerted on"),
    ("faust.transport.drivers.aiokafka", "has not sent fetch request",
     "Faust's stall detector reads the fetch time aiokafka records when a fetch response carries the partition; "
     "a partition that receives nothing keeps none, so a quiet partition is reported as never fetched once "
     "stream_processing_timeout has passed. A real stall shows as consumer lag, which is measured and alerted on"),
    ("kafka", "KafkaConnectionError",
     "kafka-python's connection state: logged when a client closes its own connections and up to ten times a "
     "second while a broker is down. The process says once itself that it waits for Kafka (`waiting for Kafka`, "
     "or a producer's `acknowledged nothing`, reminded at most once a minute) and once that Kafka is back"),
    ("kafka.net.transport", "socket disconnected", _OUTAGE),
    ("kafka.cluster", "No node available for metadata refresh", _OUTAGE),
    ("kafka.net.manager", "not ready; waiting", _OUTAGE),
    ("kafka.net.manager", "Unable to bootstrap", _OUTAGE),
    ("kafka.producer.sender", "retrying (",
     "kafka-python retries a produce that a broker refused with a retriable error (NotLeaderForPartition while a "
     "restarted broker loads its partitions): a send that never gets through fails its future, which the "
     "producer logs itself once (`delivery to kafka failed; holding events`)"),
    ("kafka.coordinator", "Marking the coordinator dead",
     "kafka-python looks the group coordinator up again by itself: on every start of a new group (the broker "
     "answers NOT_COORDINATOR while it loads the group) and during an outage, which the process announces itself"),
    ("kafka.coordinator.assignors", "No partition metadata for topic",
     "the group's leader assigned partitions before its metadata of a topic had come back (a broker that just "
     "restarted): the metadata update that follows starts a new assignment by itself. A topic that does not "
     "exist at all shows in the lag reporter's own line and as consumer lag"),
    ("kafka.coordinator", "UnknownMemberIdError",
     "a commit refused because the group forgot this member while Kafka was away (its session ran out): the "
     "consumer rejoins by itself and the sink says so at INFO; nothing is committed past what is stored"),
    # aiokafka (the worker, through Faust): the same connection state, about twenty lines a second while a broker
    # is down; the worker says once that it waits (pipeline/cluster/login.py `watch_reachable`)
    ("aiokafka", "Unable connect to node with id", _OUTAGE),
    ("aiokafka", "Unable to update metadata from", _OUTAGE),
    ("aiokafka", "NodeNotReadyError", _OUTAGE),
    ("aiokafka", "KafkaConnectionError", _OUTAGE),
    ("aiokafka.producer.sender", "retrying. Error:",
     "aiokafka retries a produce that a restarted broker refused while it loads its partitions "
     "(NotLeaderForPartition): an output that never gets through fails its batch, which the worker retries, "
     "counts in logwarden_worker_delivery_errors_total and logs itself"),
    ("aiokafka.producer.sender", "Cannot send", _OUTAGE),
    ("aiokafka.consumer.group_coordinator", "Heartbeat failed for group",
     "a heartbeat answered 'rebalancing' or 'generation not current': the consumer rejoins by itself, as in every "
     "rebalance; the worker logs the partitions it gets"),
    ("aiokafka.consumer.group_coordinator", "Marking the coordinator dead", "as kafka.coordinator's above"),
    ("aiokafka.consumer.group_coordinator", "is either not started or not valid", _OUTAGE),
    ("aiokafka.consumer.group_coordinator", "Heartbeat session expired", _OUTAGE),
    ("aiokafka.consumer.group_coordinator", "GroupCoordinatorNotAvailableError",
     "the group's coordinator does not answer (an outage, which the worker announces itself, or the coordinator "
     "moving to another broker): aiokafka retries a heartbeat by itself, and a member whose LeaveGroup failed at "
     "stop is dropped by the group after its session timeout, when its partitions are assigned again"),
    ("mode.timers", "Timer commit is overlapping",
     "mode's note that Faust's one-second commit timer ran longer than a second: a commit waits for Kafka's "
     "answer, so a busy broker or an outage shows it. Whether commits keep up shows as consumer lag"),
)


#: The loggers' top-level names in `DEMOTED`: a record of any other logger is passed on at once
_DEMOTED_ROOTS = tuple({logger.split(".", 1)[0] for logger, _text, _why in DEMOTED})


class Demote(logging.Filter):
    """The handler's filter that logs `DEMOTED` lines at DEBUG, and drops them unless the root logs DEBUG."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno <= logging.DEBUG or not record.name.startswith(_DEMOTED_ROOTS):
            return True
        message = record.getMessage()
        for logger, text, _why in DEMOTED:
            if (record.name == logger or record.name.startswith(logger + ".")) and text in message:
                record.levelno, record.levelname = logging.DEBUG, "DEBUG"
                return logging.getLogger().isEnabledFor(logging.DEBUG)
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        entry.update({k: v for k, v in record.__dict__.items() if k not in _STANDARD})
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return orjson.dumps(entry, default=str).decode()


class TextFormatter(logging.Formatter):
    """For a person at a terminal: `15:40:36 INFO  logwarden.sink: stored topic=logs.analytics objects=2`, the
    structured fields after the message as key=value (quoted when they hold a space), the same fields JSON has."""

    def format(self, record: logging.LogRecord) -> str:
        fields = " ".join(f"{k}={_value(v)}" for k, v in record.__dict__.items() if k not in _STANDARD)
        line = (f"{self.formatTime(record, '%H:%M:%S')} {record.levelname:<5} {record.name}: {record.getMessage()}"
                + (f" {fields}" if fields else ""))
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


def _value(value: Any) -> str:
    text = value if isinstance(value, str) else orjson.dumps(value, default=str).decode()
    return orjson.dumps(text).decode() if (not text or " " in text or "=" in text) else text


def resolve_format(fmt: str, stream: Any = None) -> str:
    """`auto` (the default) is text on a terminal and JSON otherwise (a file, a pipe, a log shipper)."""
    if fmt != "auto":
        return fmt
    stream = sys.stderr if stream is None else stream
    return "text" if getattr(stream, "isatty", lambda: False)() else "json"


def setup_logging(level: str = "info", fmt: str = "auto") -> None:
    """Configure the root logger once per process: stderr, UTC timestamps."""
    handler = logging.StreamHandler(sys.stderr)
    formatter: logging.Formatter = JsonFormatter() if resolve_format(fmt) == "json" else TextFormatter()
    import time

    formatter.converter = time.gmtime
    handler.setFormatter(formatter)
    handler.addFilter(Demote())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in ("kafka", "aiokafka", "botocore", "urllib3", "faust", "mode"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
