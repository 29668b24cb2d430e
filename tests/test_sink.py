"""The S3 sink against the real broker and moto's S3 server: every event exactly once, through
kill -9 mid-batch, kill -9 between a put and its commit, and S3 going away and coming back."""

from __future__ import annotations

import gzip
import re
from collections import Counter
from pathlib import Path
from typing import Any

import orjson
import pytest

from conftest import Servers
from consumers.s3 import s3_client
from helpers import Process, TcpProxy, group_caught_up, metric, route_outputs, scrape, wait_for
from pipeline.dev.process import free_port
from pipeline.policy import Policy
from pipeline.settings import Settings

KEY = re.compile(r"^(?P<route>[a-z]+)/dt=(?P<dt>\d{4}-\d{2}-\d{2})/hour=(?P<hour>\d{2})/"
                 r"(?P<topic>[\w.-]+)\+(?P<partition>\d+)\+(?P<offset>\d{20})\.jsonl\.gz$")


def _sink(servers: Servers, settings: Settings, tmp_path: Path, name: str = "sink", **extra: str) -> Process:
    env = servers.env(**{
        "LOGWARDEN_TOPIC_PREFIX": settings.topic_prefix, "LOGWARDEN_SINK_GROUP": settings.sink_group,
        "LOGWARDEN_S3_BUCKET": settings.s3_bucket, "LOGWARDEN_STATE_DIR": str(settings.state_dir),
        "LOGWARDEN_SINK_METRICS_PORT": str(free_port()), "LOGWARDEN_SINK_MAX_RECORDS": "300",
        "LOGWARDEN_SINK_MAX_AGE_SECONDS": "3600", "LOGWARDEN_LOG_LEVEL": "debug", **extra,
    })
    return Process(["sink"], env, tmp_path / f"{name}.log")


def _stored(settings: Settings, endpoint: str | None = None) -> tuple[Counter[tuple[str, str]], list[dict[str, Any]]]:
    """Every event in the bucket as (route, event_id), checking each object's key, body and metadata."""
    client = s3_client(settings) if endpoint is None else s3_client(Settings.from_env(
        {"LOGWARDEN_S3_ENDPOINT": endpoint, "LOGWARDEN_S3_BUCKET": settings.s3_bucket}))
    found: Counter[tuple[str, str]] = Counter()
    objects = []
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=settings.s3_bucket):
        for item in page.get("Contents", []):
            match = KEY.match(item["Key"])
            assert match, f"unexpected key {item['Key']}"
            got = client.get_object(Bucket=settings.s3_bucket, Key=item["Key"])
            lines = gzip.decompress(got["Body"].read()).splitlines()
            assert got["ServerSideEncryption"] == "AES256"
            assert got["Metadata"]["records"] == str(len(lines))
            assert got["Metadata"]["route"] == match["route"]
            assert got["Metadata"]["retention-days"] == "365"
            assert match["topic"] == settings.topic(f"logs.{match['route']}")
            for line in lines:
                event = orjson.loads(line)
                assert event["ts"][:10] == match["dt"] and event["ts"][11:13] == match["hour"], item["Key"]
                assert got["Metadata"]["first-event-time"] <= event["ts"] <= got["Metadata"]["last-event-time"]
                found[(match["route"], event["event_id"])] += 1
            objects.append({"key": item["Key"], **match.groupdict()})
    return found, objects


def _run_until_caught_up(sink: Process, settings: Settings, topics: dict[str, str], policy: Policy) -> None:
    """Start a (restarted) sink, wait until it has committed everything, stop it cleanly."""
    sink.start()
    try:
        wait_for(lambda: _caught_up(settings, topics, policy), 120, "the restarted sink to commit everything")
    finally:
        assert sink.terminate() == 0, sink.log()


def _proxy_to_s3(servers: Servers) -> TcpProxy:
    host, port = servers.s3_endpoint.rsplit("//", 1)[1].split(":")
    return TcpProxy(host, int(port))


def _caught_up(settings: Settings, topics: dict[str, str], policy: Policy) -> bool:
    return group_caught_up(settings, settings.sink_group, [topics[r.name] for r in policy.routes])


def test_every_event_lands_exactly_once_with_hive_keys(servers: Servers, settings: Settings, policy: Policy,
                                                        topics: dict[str, str], bucket: str, tmp_path: Path) -> None:
    expected = route_outputs(settings, policy, topics, 2000, seed=21)
    sink = _sink(servers, settings, tmp_path)
    sink.start()
    try:
        wait_for(lambda: _caught_up(settings, topics, policy), 120, "the sink to commit every partition")
        port = int(sink.env["LOGWARDEN_SINK_METRICS_PORT"])
        samples = scrape(port)
    finally:
        assert sink.terminate() == 0, sink.log()
    found, objects = _stored(settings)
    assert found == expected
    assert max(found.values()) == 1
    assert {o["route"] for o in objects} == {"analytics", "marketing"}
    # offsets in keys are each batch's first offset; batches hold at most LOGWARDEN_SINK_MAX_RECORDS
    assert all(int(o["offset"]) % 1 == 0 for o in objects)
    assert metric(samples, "logwarden_sink_records_total", route="analytics") == sum(
        n for (route, _), n in expected.items() if route == "analytics")
    assert metric(samples, "logwarden_sink_objects_total", route="marketing") > 0
    assert metric(samples, "logwarden_sink_lifecycle_compliant") == 1
    assert metric(samples, "logwarden_sink_flush_seconds_count") > 0


def test_kill_9_mid_batch_then_restart_is_still_exactly_once(servers: Servers, settings: Settings, policy: Policy,
                                                              topics: dict[str, str], bucket: str, tmp_path: Path) -> None:
    expected = route_outputs(settings, policy, topics, 6000, seed=22)
    client = s3_client(settings)
    first = _sink(servers, settings, tmp_path, "first").start()
    try:
        wait_for(lambda: client.list_objects_v2(Bucket=bucket).get("KeyCount", 0) >= 3, 120,
                 "the first objects", interval=0.05)
    finally:
        first.kill9()
    assert not _caught_up(settings, topics, policy), "the sink was killed mid-stream"
    _run_until_caught_up(_sink(servers, settings, tmp_path, "second"), settings, topics, policy)
    found, _ = _stored(settings)
    assert found == expected


def test_kill_9_after_a_put_before_its_commit_rewrites_the_same_object(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str], bucket: str, tmp_path: Path) -> None:
    """The put reaches S3 but its answer is held back: the sink dies before it could commit."""
    proxy = _proxy_to_s3(servers)
    direct = s3_client(settings)
    first = _sink(servers, settings, tmp_path, "held", LOGWARDEN_S3_ENDPOINT=proxy.endpoint).start()
    try:
        wait_for(lambda: "partitions assigned" in first.log(), 120, "the sink to finish starting")
        proxy.hold()  # from now on S3 does the work but the sink never hears back
        expected = route_outputs(settings, policy, topics, 1500, seed=23)
        wait_for(lambda: direct.list_objects_v2(Bucket=bucket).get("KeyCount", 0) >= 1, 120,
                 "a put to reach S3 while its answer is held")
    finally:
        first.kill9()
        proxy.release()
    stored_before = {o["Key"] for o in direct.list_objects_v2(Bucket=bucket).get("Contents", [])}
    assert stored_before
    assert not _caught_up(settings, topics, policy), "nothing may be committed without the put's answer"
    try:
        _run_until_caught_up(_sink(servers, settings, tmp_path, "after"), settings, topics, policy)
    finally:
        proxy.down()
    after = {o["Key"] for o in direct.list_objects_v2(Bucket=bucket).get("Contents", [])}
    assert stored_before <= after, "the restarted sink rewrote the same keys"
    found, _ = _stored(settings)
    assert found == expected


def test_s3_unreachable_then_back_commits_nothing_while_down_and_loses_nothing(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str], bucket: str, tmp_path: Path) -> None:
    expected = route_outputs(settings, policy, topics, 600, seed=24)
    proxy = _proxy_to_s3(servers)
    sink = _sink(servers, settings, tmp_path, "outage", LOGWARDEN_S3_ENDPOINT=proxy.endpoint)
    metrics_port = int(sink.env["LOGWARDEN_SINK_METRICS_PORT"])
    sink.start()
    try:
        wait_for(lambda: metric(scrape(metrics_port), "logwarden_sink_records_total", route="analytics") > 0, 120,
                 "the sink to store its first batches")
        proxy.down()
        expected += route_outputs(settings, policy, topics, 600, seed=25)  # arrives while S3 is unreachable
        wait_for(lambda: metric(scrape(metrics_port), "logwarden_sink_s3_errors_total", operation="put_object") >= 3,
                 120, "puts to fail while S3 is unreachable")
        committed_while_down = _committed(settings, topics, policy)
        wait_for(lambda: metric(scrape(metrics_port), "logwarden_sink_s3_errors_total", operation="put_object") >= 5,
                 120, "more failed puts")
        assert _committed(settings, topics, policy) == committed_while_down, "committed while S3 was down"
        assert metric(scrape(metrics_port), "logwarden_sink_paused") == 1
        proxy.up()
        wait_for(lambda: _caught_up(settings, topics, policy), 120, "the sink to catch up once S3 is back")
    finally:
        assert sink.terminate() == 0, sink.log()
        proxy.down()
    found, _ = _stored(settings)
    assert found == expected


def _committed(settings: Settings, topics: dict[str, str], policy: Policy) -> dict[Any, int]:
    from pipeline.kafka_admin import settings_admin

    with settings_admin(settings) as admin:
        offsets = admin.list_group_offsets(settings.sink_group).get(settings.sink_group, {})
    return {tp: meta.offset for tp, meta in offsets.items()}


def test_sigterm_stores_open_batches_and_two_sinks_split_the_partitions(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str], bucket: str, tmp_path: Path) -> None:
    expected = route_outputs(settings, policy, topics, 500, seed=25)
    extra = {"LOGWARDEN_SINK_MAX_RECORDS": "100000"}  # no count boundary: only SIGTERM or idleness closes batches
    one = _sink(servers, settings, tmp_path, "one", **extra).start()
    two = _sink(servers, settings, tmp_path, "two", **extra).start()
    try:
        wait_for(lambda: "partitions assigned" in one.log() and "partitions assigned" in two.log()
                 and _assigned(one) and _assigned(two) and not (_assigned(one) & _assigned(two))
                 and len(_assigned(one) | _assigned(two)) == 9, 120, "both sinks to own disjoint partitions")
        wait_for(lambda: _caught_up(settings, topics, policy), 120, "both sinks to store and commit")
    finally:
        assert one.terminate() == 0, one.log()
        assert two.terminate() == 0, two.log()
    found, _ = _stored(settings)
    assert found == expected


def _assigned(process: Process) -> set[str]:
    lines = [line for line in process.log().splitlines() if "partitions assigned" in line]
    return set(orjson.loads(lines[-1])["partitions"]) if lines else set()


@pytest.fixture(autouse=True)
def _quiet_boto(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("WARNING", logger="botocore")
