"""`logwarden tail ROUTE`, the analysts' reader, against the real broker: from the beginning, since
a time, and following new events as they arrive; it commits nothing and refuses unknown routes."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import orjson
from conftest import Servers
from helpers import Process, route_outputs, wait_for
from kafka import KafkaProducer

from pipeline.cluster.login import kafka_login
from pipeline.cluster.topics import settings_admin
from pipeline.policy import Policy
from pipeline.settings import Settings


def _tail(servers: Servers, settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", "tail", *args], capture_output=True, text=True,
                          env=servers.env(LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix), timeout=120, check=False)


def _ids(text: str) -> list[str]:
    return [orjson.loads(line)["event_id"] for line in text.splitlines() if line.strip()]


def test_tail_reads_a_route_from_the_beginning_or_since_a_time(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str]) -> None:
    groups_before = _groups(settings)
    first = route_outputs(settings, policy, topics, 150, seed=1)
    # record timestamps are in milliseconds: start the second batch on a later millisecond than the first ended
    last_of_first = _now_ms()
    wait_for(lambda: _now_ms() > last_of_first, 1, "the millisecond clock to tick", interval=0.001)
    between = datetime.now(UTC)
    second = route_outputs(settings, policy, topics, 150, seed=2)
    analytics_first = {key for (route, key) in first if route == "analytics"}
    analytics_second = {key for (route, key) in second if route == "analytics"}

    everything = _tail(servers, settings, "analytics", "--from-beginning", "--no-follow", "--format", "jsonl")
    assert everything.returncode == 0, everything.stderr
    assert "Ctrl-C" not in everything.stderr  # it ends by itself at the topic's end (issue 24)
    assert sorted(_ids(everything.stdout)) == sorted(analytics_first | analytics_second)
    assert all('"logwarden":' in line for line in everything.stdout.splitlines())  # scrubbed outputs, as written

    since = _tail(servers, settings, "analytics", "--since", between.isoformat(), "--no-follow")
    assert since.returncode == 0, since.stderr
    assert sorted(_ids(since.stdout)) == sorted(analytics_second)  # not a pipe-free terminal: jsonl by default

    pretty = _tail(servers, settings, "marketing", "--from-beginning", "--no-follow", "--format", "pretty",
                   "--max", "3")
    assert pretty.returncode == 0 and pretty.stdout.count("--- partition ") == 3
    assert pretty.stdout.count('  "event_id": ') == 3
    # tail joins no group and commits nothing: no group made since holds an offset of this test's topics (other tests'
    # groups, made meanwhile on the shared broker by the other processes of `make test`, hold only their own)
    assert not _groups_on(settings, set(topics.values()), groups_before)


def test_tail_follows_new_events_from_the_end(servers: Servers, settings: Settings, policy: Policy,
                                              topics: dict[str, str], tmp_path: Path) -> None:
    old = route_outputs(settings, policy, topics, 50, seed=3)
    tail = Process(["tail", "analytics"], servers.env(LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix),
                   tmp_path / "tail.out").start()
    try:
        wait_for(lambda: "following" in tail.log(), 30, "tail to position itself at the end")
        new = route_outputs(settings, policy, topics, 60, seed=4)
        wanted = {key for (route, key) in new if route == "analytics"}
        wait_for(lambda: wanted <= set(_ids(_json_lines(tail.log_path))), 60, "the new events to be printed")
        shown = set(_ids(_json_lines(tail.log_path)))
        assert shown == wanted  # nothing from before it started
        assert not shown & {key for (_, key) in old}
    finally:
        tail.terminate()


def _groups(settings: Settings) -> set[str]:
    with settings_admin(settings) as admin:
        return {g["group_id"] for g in admin.list_groups()}


def _groups_on(settings: Settings, topics: set[str], skip: set[str]) -> set[str]:
    """The groups, other than `skip`, with a committed offset on one of `topics`."""
    with settings_admin(settings) as admin:
        groups = sorted({g["group_id"] for g in admin.list_groups()} - skip)
        offsets = admin.list_group_offsets(groups) if groups else {}
    return {group for group, committed in offsets.items() if any(tp.topic in topics for tp in committed)}


def _now_ms() -> int:
    return int(time.time() * 1000)


def _json_lines(path: Path) -> str:
    return "\n".join(line for line in path.read_text().splitlines() if line.startswith("{"))


def test_tail_refuses_an_unknown_route_and_names_the_routes(servers: Servers, settings: Settings) -> None:
    result = _tail(servers, settings, "raw")
    assert result.returncode == 2
    assert "unknown route 'raw'" in result.stderr and "analytics, dlq, marketing" in result.stderr



def _admin_producer(settings: Settings) -> KafkaProducer:
    return KafkaProducer(bootstrap_servers=settings.kafka_bootstrap.split(","), acks="all",
                         **kafka_login(settings, "admin").client_args())


def _after_a_millisecond() -> None:
    """Record timestamps are milliseconds: let the clock tick so later records are strictly newer."""
    start = _now_ms()
    wait_for(lambda: _now_ms() > start, 1, "the millisecond clock to tick", interval=0.001)


def test_tail_n_starts_with_the_last_events_like_unix_tail(
        servers: Servers, settings: Settings, topics: dict[str, str]) -> None:
    producer = _admin_producer(settings)

    def send(ids: list[str]) -> None:
        for event_id in ids:
            producer.send(topics["analytics"], orjson.dumps({"event_id": event_id}), key=event_id.encode()).get(30)

    older = [f"older-{n}" for n in range(40)]
    newest = [f"newest-{n}" for n in range(5)]
    send(older)
    _after_a_millisecond()
    send(newest[:-1])
    _after_a_millisecond()
    send(newest[-1:])
    producer.close()

    last = _tail(servers, settings, "analytics", "-n", "5", "--no-follow")
    assert last.returncode == 0, last.stderr
    assert sorted(_ids(last.stdout)) == sorted(newest)
    assert _ids(last.stdout)[-1] == newest[-1]  # newest last, as `tail -n` prints
    assert _ids(_tail(servers, settings, "analytics", "-n", "1", "--no-follow").stdout) == newest[-1:]
    both = _tail(servers, settings, "analytics", "-n", "3", "--from-beginning")
    assert both.returncode == 2 and "exclusive" in both.stderr


def test_tail_dlq_as_json_lines_carries_the_reason_detail_and_source(
        servers: Servers, settings: Settings, topics: dict[str, str]) -> None:
    bad = [(b'{"schema": "request/1", "event_id": 7}', "wrong_type"), (b"\xff\xfe not utf-8", "invalid_utf8"),
           (b"not json at all", "malformed_json")]
    producer = _admin_producer(settings)
    for number, (raw, reason) in enumerate(bad):
        headers = [("logwarden-reason", reason.encode()), ("logwarden-detail", f"detail {number}".encode()),
                   ("logwarden-source", f"{topics['raw']}/0/{number}".encode()),
                   ("logwarden-policy-version", b"2024-01-01.1")]
        producer.send(topics["dlq"], raw, headers=headers).get(30)
    producer.close()
    result = _tail(servers, settings, "dlq", "--from-beginning", "--no-follow", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    lines = [orjson.loads(line) for line in result.stdout.splitlines()]  # every line is JSON
    assert sorted(line["reason"] for line in lines) == sorted(reason for _, reason in bad)
    by_reason = {line["reason"]: line for line in lines}
    assert by_reason["malformed_json"]["raw"] == "not json at all"
    assert by_reason["invalid_utf8"]["raw_base64"] == "//4gbm90IHV0Zi04"
    assert by_reason["wrong_type"]["detail"] == "detail 0"
    assert by_reason["wrong_type"]["source"] == f"{topics['raw']}/0/0"
    assert {line["policy_version"] for line in lines} == {"2024-01-01.1"}
