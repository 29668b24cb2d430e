"""A broker outage mid-stream, for each long-running process: the session's single broker is killed with
SIGKILL while the process works and started again a little later. The process keeps running, says once that it
waits for Kafka (no traceback), and every event reaches the next stage exactly once, counted by event_id.

The web middleware rides out the same outage in tests/producers/test_web.py (through the `kafka_cut` hop).
"""

from __future__ import annotations

import os
import re
import signal
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import orjson
import pytest
from conftest import Servers
from helpers import (
    Process,
    group_caught_up,
    metric,
    read_topic,
    route_outputs,
    scrape,
    wait_for,
    without_canaries,
)
from kafka.errors import KafkaError

from bench.crash_trials import s3_records
from pipeline.dev.process import free_port
from pipeline.policy import Policy
from pipeline.scrub import Router
from pipeline.settings import Settings
from producers.kafka_producer import LogProducer
from producers.synthetic import TrafficGenerator


@pytest.fixture(scope="module")
def servers(killable_servers: Servers) -> Servers:
    """These tests kill the broker: under `pytest -n`, one of this worker's own (the other's tests go on)."""
    return killable_servers


WAITING = "waiting for Kafka"
BACK = "Kafka answers again"
HMAC_KEY = "outage-key-" + "0123456789abcdef" * 3


@contextmanager
def broker_killed(servers: Servers) -> Iterator[None]:
    """The session broker killed with SIGKILL for the body of the `with`, then started again (also on failure,
    so the tests after this one find their broker)."""
    if servers.broker is None:
        pytest.fail("this test kills and restarts the session's own broker (unset LOGWARDEN_KAFKA_BOOTSTRAP)",
                    pytrace=False)
    pid = servers.broker.running_pid()
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    try:
        yield
    finally:
        if servers.broker.running_pid() is None:
            servers.broker.start()


def _log_lines(process: Process, only_json: bool = True) -> list[dict]:
    """Every log line the process wrote, parsed as JSON (with `only_json`, a line that is not JSON fails the test;
    without, the lines a command says to the person who ran it are left out)."""
    lines = process.log_path.read_text().splitlines()
    return [orjson.loads(line) for line in lines if line.strip() and (only_json or line.startswith("{"))]


def _said_once_that_it_waits(process: Process, only_json: bool = True, back: bool = True) -> None:
    """One WARNING that it waits for Kafka, and none from the Kafka clients or the lag thread besides: the clients'
    own connection errors, many a second during an outage, are not the operator's to read (pipeline/logs.py).
    With `back`, one line that Kafka answers again."""
    text = process.log_path.read_text()
    assert "Traceback" not in text, text[-5000:]
    lines = _log_lines(process, only_json)
    waiting = [line for line in lines if line["msg"].startswith(WAITING)]
    assert len(waiting) == 1, text[-5000:]
    assert waiting[0]["level"] == "warning"
    loud = [line for line in lines if line["level"] in {"warning", "error", "critical"}
            and line["logger"].startswith(("kafka", "aiokafka", "faust", "mode", "pipeline", "logwarden.lag"))]
    assert not loud, loud
    assert not back or any(line["msg"].startswith(BACK) for line in lines), text[-5000:]


def _caught_up(settings: Settings, group: str, topics: list[str]) -> bool:
    try:
        return group_caught_up(settings, group, topics)
    except KafkaError:  # the restarted broker is still loading its groups
        return False


def test_the_sink_waits_out_a_broker_restart_says_so_once_and_stores_every_event_exactly_once(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str], bucket: str,
        tmp_path: Path) -> None:
    routes = [topics[route.name] for route in policy.routes]
    expected = route_outputs(settings, policy, topics, 400, seed=61)
    port = free_port()
    sink = Process(["sink"], servers.env(
        LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, LOGWARDEN_SINK_GROUP=settings.sink_group,
        LOGWARDEN_S3_BUCKET=settings.s3_bucket, LOGWARDEN_STATE_DIR=str(settings.state_dir),
        LOGWARDEN_SINK_METRICS_PORT=str(port), LOGWARDEN_SINK_MAX_RECORDS="150", LOGWARDEN_SINK_MAX_AGE_SECONDS="2",
    ), tmp_path / "sink.log").start()
    try:
        wait_for(lambda: metric(scrape(port), "logwarden_sink_records_total", route="analytics") > 0, 60,
                 "the sink to store its first segments")
        with broker_killed(servers):
            wait_for(lambda: WAITING in sink.log_path.read_text(), 60, "the sink to say it waits for Kafka")
            assert sink.alive(), sink.log()
        expected += route_outputs(settings, policy, topics, 400, seed=62)  # after the restart
        wait_for(lambda: _caught_up(settings, settings.sink_group, routes), 90, "the sink to commit every record")
        wait_for(lambda: BACK in sink.log_path.read_text(), 30, "the sink to say Kafka is back")
        assert sink.alive(), sink.log()
    finally:
        code = sink.terminate()
    assert code == 0, sink.log()
    found = s3_records(settings, lambda route, record: f"{route}:{record['event_id']}")
    want = Counter(f"{route}:{event_id}" for (route, event_id), n in expected.items() for _ in range(n))
    assert found == want, f"lost {len(want - found)}, duplicated {len(found - want)}"
    _said_once_that_it_waits(sink)


def _worker(servers: Servers, settings: Settings, port: int, log_path: Path, **env: str) -> Process:
    return Process(["worker"], servers.env(
        LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, LOGWARDEN_WORKER_GROUP=settings.worker_group,
        LOGWARDEN_STATE_DIR=str(settings.state_dir), LOGWARDEN_WORKER_METRICS_PORT=str(port),
        LOGWARDEN_HMAC_KEY=HMAC_KEY, LOGWARDEN_DEV_MODE="false", **env,
    ), log_path).start()


def _expected_outputs(policy: Policy, settings: Settings, raws: list[bytes]) -> Counter[tuple[str, str]]:
    router = Router(policy, HMAC_KEY.encode(), "k1", settings.topic_prefix)
    return Counter((output.topic, output.key.decode()) for raw in raws for output in router.route(raw).outputs)


def _routed(settings: Settings, expected: Counter[tuple[str, str]]) -> dict[tuple[str, str], set[int]]:
    """Every output in the purpose topics (read to their ends, copies too: a count would stop short), each with
    the partitions its copies are in."""
    partitions: dict[tuple[str, str], set[int]] = {}
    for topic in {topic for topic, _ in expected}:
        for record in read_topic(settings, topic, None, timeout=60):
            partitions.setdefault((topic, orjson.loads(record.value)["event_id"]), set()).add(record.partition)
    return partitions


def test_the_worker_waits_out_a_broker_restart_says_so_once_and_routes_every_event_to_its_partition(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str], tmp_path: Path) -> None:
    generator = TrafficGenerator(seed=63, malformed_share=0.0)
    before, during, after = ([generator.message() for _ in range(400)] for _ in range(3))
    expected = _expected_outputs(policy, settings, before + during + after)
    port = free_port()
    worker = _worker(servers, settings, port, tmp_path / "worker.log")
    producer = LogProducer(settings, topics["raw"])
    try:
        for raw in before:
            producer.send(raw)
        wait_for(lambda: metric(scrape(port), "logwarden_worker_events_in_total") > 0, 60, "the worker to route")
        with broker_killed(servers):
            for raw in during:  # held by the producer until Kafka is back
                producer.send(raw)
            wait_for(lambda: WAITING in worker.log_path.read_text(), 60, "the worker to say it waits for Kafka")
            assert worker.alive(), worker.log()
        assert producer.flush(120), "the producer delivered what it held"
        for raw in after:
            producer.send(raw)
        assert producer.flush(60)
        wait_for(lambda: _caught_up(settings, settings.worker_group, [topics["raw"]]), 120,
                 "the worker to commit every raw event")
        wait_for(lambda: BACK in worker.log_path.read_text(), 30, "the worker to say Kafka is back")
        assert worker.alive(), worker.log()
    finally:
        producer.close()
        code = worker.terminate()
    assert code == 0, worker.log()
    assert producer.counts["delivered"] == len(before + during + after), producer.counts
    routed = _routed(settings, expected)
    assert set(routed) == set(expected), f"lost {len(set(expected) - set(routed))}"
    # Between stages the pipeline is at-least-once (docs/DESIGN): the group forgets the worker during the outage,
    # and what it routed after its last commit is routed again. Each copy goes to its first copy's partition,
    # keyed by event_id, where the sink's window drops it (the sink's test above): exactly once in S3.
    assert all(len(p) == 1 for p in routed.values()), "a re-routed copy left its event's partition"
    _said_once_that_it_waits(worker)


def test_a_worker_stopped_while_kafka_is_down_stops_at_once_says_why_and_the_next_start_routes_what_it_had_not(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str], tmp_path: Path) -> None:
    """aiokafka's consumer raised a fetch request's CancelledError out of its stop while the broker was down: the
    consumer thread died with a traceback and the worker waited out mode's 60 s stop timeout (pipeline/faust_ext.py
    `ConsumerThread`). An orchestrator's grace period is shorter (Kubernetes: 30 s), and its SIGKILL must lose
    nothing either: what was not committed is routed by the next start."""
    events = [TrafficGenerator(seed=64, malformed_share=0.0).message() for _ in range(600)]
    expected = _expected_outputs(policy, settings, events)
    port = free_port()
    # no commit by time (an hour) nor by count (600 events, fewer than 4,000): the stop has a commit to make, so it
    # meets Kafka down; with the default second, the timer had often committed everything before the broker died
    first = _worker(servers, settings, port, tmp_path / "first.log", LOGWARDEN_WORKER_COMMIT_INTERVAL_SECONDS="3600")
    producer = LogProducer(settings, topics["raw"])
    try:
        for raw in events:
            producer.send(raw)
        assert producer.flush(60)
        wait_for(lambda: metric(scrape(port), "logwarden_worker_events_in_total") >= len(events), 60,
                 "the worker to route every event")
        with broker_killed(servers):
            wait_for(lambda: WAITING in first.log_path.read_text(), 60, "the worker to say it waits for Kafka")
            code = first.terminate(timeout=30)
    finally:
        producer.close()
        first.terminate()
    assert code == 0, first.log()
    _said_once_that_it_waits(first, back=False)
    warnings = [line["msg"] for line in _log_lines(first) if line["level"] != "info"]
    assert len(warnings) == 2 and warnings[0].startswith(WAITING), warnings
    assert warnings[1].startswith("stopping without the last commit"), warnings
    second = _worker(servers, settings, port, tmp_path / "second.log")
    try:
        wait_for(lambda: _caught_up(settings, settings.worker_group, [topics["raw"]]), 120,
                 "the next start to commit every raw event")
    finally:
        assert second.terminate() == 0, second.log()
    routed = _routed(settings, expected)
    assert set(routed) == set(expected), f"lost {len(set(expected) - set(routed))}"


def _access_lines(first: int, count: int) -> str:
    return "".join(f'203.0.113.7 - - [24/Nov/2026:18:40:36 +0300] "GET /p/{i} HTTP/1.1" 200 512 "-" "curl/8.5"\n'
                   for i in range(first, first + count))


def test_the_access_log_tailer_waits_out_a_broker_restart_says_so_once_and_sends_every_line_once(
        servers: Servers, settings: Settings, topics: dict[str, str], tmp_path: Path) -> None:
    access_log = tmp_path / "access.log"
    access_log.write_text(_access_lines(0, 300))  # before
    port = free_port()
    tailer = Process(["tail-log", str(access_log)], servers.env(
        LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, LOGWARDEN_STATE_DIR=str(settings.state_dir),
        LOGWARDEN_TAILER_METRICS_PORT=str(port),
    ), tmp_path / "tailer.log").start()
    try:
        wait_for(lambda: metric(scrape(port), "logwarden_tailer_lines_total", outcome="sent") >= 300, 60,
                 "the tailer to send the first lines")
        with broker_killed(servers):
            with open(access_log, "a") as log:
                log.write(_access_lines(300, 300))  # during
            wait_for(lambda: WAITING in tailer.log_path.read_text(), 60, "the tailer to say it waits for Kafka")
            assert tailer.alive(), tailer.log()
        with open(access_log, "a") as log:
            log.write(_access_lines(600, 300))  # after
        records = read_topic(settings, topics["raw"], lambda got: len(got) >= 901, timeout=120)
        wait_for(lambda: BACK in tailer.log_path.read_text(), 30, "the tailer to say Kafka is back")
        assert tailer.alive(), tailer.log()
    finally:
        code = tailer.terminate()
    assert code == 0, tailer.log()
    events, _ = without_canaries([orjson.loads(record.value) for record in records])
    paths = Counter(event["request"]["path"] for event in events)
    assert set(paths) == {f"/p/{i}" for i in range(900)}, f"lost {900 - len(paths)} lines"
    assert all(n == 1 for n in paths.values()), f"{sum(paths.values()) - 900} lines sent twice"
    _said_once_that_it_waits(tailer, only_json=False)


def test_the_load_generator_holds_and_resends_across_a_broker_restart_and_nothing_is_lost_or_doubled(
        servers: Servers, settings: Settings, topics: dict[str, str], tmp_path: Path) -> None:
    events, seed, port = 4000, 41, free_port()
    loadgen = Process(["produce", "--count", str(events), "--rate", "400", "--seed", str(seed),
                       "--malformed-share", "0"],
                      servers.env(LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix,
                                  LOGWARDEN_STATE_DIR=str(tmp_path / "state"),
                                  LOGWARDEN_PRODUCER_METRICS_PORT=str(port), LOGWARDEN_CANARY_INTERVAL_SECONDS="0"),
                      tmp_path / "loadgen.log").start()
    assert loadgen.proc is not None
    try:
        wait_for(lambda: metric(scrape(port), "logwarden_producer_messages_total", outcome="delivered") >= 500, 60,
                 "the load generator to be mid-stream")
        with broker_killed(servers):
            wait_for(lambda: metric(scrape(port), "logwarden_producer_messages_total", outcome="queued")
                     > metric(scrape(port), "logwarden_producer_messages_total", outcome="delivered") + 200, 60,
                     "the load generator to hold events while Kafka is down")
        assert loadgen.proc.wait(timeout=240) == 0, loadgen.log_path.read_text()[-3000:]
    finally:
        if loadgen.alive():
            loadgen.kill9()
    summary = loadgen.log_path.read_text()
    assert re.search(rf"{events:,} acknowledged, 0 delivery errors, 0 dropped", summary), summary[-3000:]
    traffic = TrafficGenerator(seed=seed, malformed_share=0.0)
    sent = {orjson.loads(traffic.message())["event_id"] for _ in range(events)}
    records = read_topic(settings, topics["raw"], None, timeout=120)  # to its end: a copy is told apart from a loss
    ids = Counter(orjson.loads(r.value)["event_id"] for r in records)
    assert set(ids) == sent, f"{len(sent - set(ids))} events lost across the broker's restart"
    assert sum(ids.values()) == events, "the idempotent producer's resends left no duplicate in logs.raw"
