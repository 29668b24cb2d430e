"""pipeline/cluster/policy_log.py and `logwarden policy apply | history` against the real broker: what is published
to logs.policy, what is refused and left unpublished, who may read and write the topic, and the worker's reader."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import Servers
from helpers import can_read
from kafka import KafkaProducer
from kafka.errors import KafkaError
from policy_variants import POLICY_FILE

from pipeline.cluster.login import kafka_login
from pipeline.cluster.policy_log import PolicyFollower, read_versions, topic_name
from pipeline.settings import Settings
from pipeline.versions import FLIGHT_MS, MIN_LEAD_MS, PolicyVersion

TEXT = POLICY_FILE.read_text(encoding="utf-8")


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _wider(tmp_path: Path) -> Path:
    return _file(tmp_path, "wider.toml", TEXT.replace("revision = 1\n", "revision = 2\n").replace(
        '"client.ip", "client.user_agent"', '"client.ip", "client.forwarded_for", "client.user_agent"'))


def _policy(servers: Servers, settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", "policy", *args],
                          env=servers.env(LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix), capture_output=True,
                          text=True, timeout=60, check=False)


def _in(seconds: float) -> str:
    return datetime.fromtimestamp(time.time() + seconds, UTC).isoformat(timespec="milliseconds")


def test_apply_publishes_the_version_with_who_why_and_when_and_history_lists_it(
        servers: Servers, settings: Settings, topics: dict[str, str], tmp_path: Path) -> None:
    plan = _file(tmp_path, "plan.json", '{"widening": 1}')
    applied = _policy(servers, settings, "apply", str(_wider(tmp_path)), "--effective", _in(60),
                      "--approve", "analytics needs the proxies' prefixes", "--plan", str(plan))
    assert applied.returncode == 0, applied.stderr
    assert "policy 2024-01-01.2 applied" in applied.stdout and "1 widening change(s) approved" in applied.stdout
    [version] = read_versions(settings)
    assert (version.version_id, version.reason, version.plan) == (
        "2024-01-01.2", "analytics needs the proxies' prefixes", {"widening": 1})
    assert version.widening and "client.forwarded_for" in version.widening[0]
    assert version.text == _wider(tmp_path).read_text() and version.approver

    history = _policy(servers, settings, "history")
    assert history.returncode == 0, history.stderr
    assert "2024-01-01.2" in history.stdout and "approved: analytics needs the proxies' prefixes" in history.stdout
    assert "none in force yet" in history.stdout  # effective a minute from now


def test_a_widening_change_without_approval_is_refused_and_nothing_is_published(
        servers: Servers, settings: Settings, topics: dict[str, str], tmp_path: Path) -> None:
    refused = _policy(servers, settings, "apply", str(_wider(tmp_path)), "--effective", _in(60))
    assert refused.returncode == 3, refused.stderr
    assert "widen what leaves the pipeline" in refused.stderr and "--approve" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert read_versions(settings) == []


def test_another_file_under_a_published_version_id_is_refused_until_its_revision_is_raised(
        servers: Servers, settings: Settings, topics: dict[str, str], tmp_path: Path) -> None:
    wider = _wider(tmp_path)
    assert _policy(servers, settings, "apply", str(wider), "--effective", _in(60), "--approve", "ok").returncode == 0
    edited = _file(tmp_path, "edited.toml", wider.read_text().replace('"device.type", "device.screen"',
                                                                      '"device.type"', 1))
    refused = _policy(servers, settings, "apply", str(edited), "--effective", _in(90))
    assert refused.returncode == 2 and "raise revision to 3" in refused.stderr, refused.stderr
    assert [v.version_id for v in read_versions(settings)] == ["2024-01-01.2"]


def test_only_the_pipeline_reads_the_versions_and_only_the_admin_writes_them(
        settings: Settings, topics: dict[str, str]) -> None:
    topic = topic_name(settings)
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap, **kafka_login(settings, "admin").client_args())
    producer.send(topic, b"{}", key=b"0").get(timeout=15)
    producer.close()
    readers = {role: can_read(settings, role, topic) for role in
               ("pipeline", "sink", "operator", "producer", "reader:analytics", "reader:marketing")}
    assert readers.pop("pipeline") is True
    assert all(answer is not True for answer in readers.values()), readers
    for role in ("pipeline", "producer", "reader:analytics"):
        writer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap, enable_idempotence=False,
                               max_block_ms=10_000, **kafka_login(settings, role).client_args())
        with pytest.raises(KafkaError):
            writer.send(topic, b"{}", key=b"1").get(timeout=15)
        writer.close(timeout=5)


def test_the_workers_reader_hands_over_each_version_and_moves_its_horizon(
        servers: Servers, settings: Settings, topics: dict[str, str], tmp_path: Path) -> None:
    assert _policy(servers, settings, "apply", str(_wider(tmp_path)), "--effective", _in(30),
                   "--approve", "ok").returncode == 0
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap, **kafka_login(settings, "admin").client_args())
    producer.send(topic_name(settings), b"not a version", key=b"1").get(timeout=15)
    producer.close()
    got: list[PolicyVersion] = []
    errors: list[tuple[int, str]] = []
    follower = PolicyFollower(settings, got.append, lambda offset, error: errors.append((offset, error)))
    asked = int(time.time() * 1000)
    follower.catch_up()
    assert [v.version_id for v in got] == ["2024-01-01.2"]
    assert errors == [(1, "not a policy version record (JSONDecodeError)")]
    assert follower.horizon_ms >= asked + MIN_LEAD_MS - FLIGHT_MS
    follower.catch_up()  # nothing new: nothing handed over twice
    assert len(got) == 1


def test_apply_without_the_versions_topic_says_how_to_make_it(servers: Servers, settings: Settings,
                                                             tmp_path: Path) -> None:
    refused = _policy(servers, settings, "apply", str(POLICY_FILE), "--effective", _in(60))
    assert refused.returncode == 2, refused.stderr
    assert f"the topic {topic_name(settings)} does not exist" in refused.stderr and "dev up" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_a_change_is_judged_against_the_version_it_takes_over_from_not_the_file(
        servers: Servers, settings: Settings, topics: dict[str, str], tmp_path: Path) -> None:
    """r3 keeps what r2 (pending) added and drops a field: narrowing from r2, though wider than the file (r1)."""
    wider = _wider(tmp_path)
    assert _policy(servers, settings, "apply", str(wider), "--effective", _in(60), "--approve", "ok").returncode == 0
    narrower = _file(tmp_path, "r3.toml", wider.read_text().replace("revision = 2\n", "revision = 3\n").replace(
        '"device.type", "device.screen"', '"device.type"', 1))
    applied = _policy(servers, settings, "apply", str(narrower), "--effective", _in(90))
    assert applied.returncode == 0, applied.stderr
    assert "(was 2024-01-01.2)" in applied.stdout
    too_early = _policy(servers, settings, "apply", str(_file(tmp_path, "r4.toml", narrower.read_text().replace(
        "revision = 3\n", "revision = 4\n"))), "--effective", _in(30))  # before r2: it takes over from the file
    assert too_early.returncode == 3 and "widen" in too_early.stderr, too_early.stderr
