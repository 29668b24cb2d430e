"""Legal holds (clause 4.1): the pure rules of a hold's range and input, then the holds against moto's S3 server:
place, late objects held as written, `retention enforce` skipping held versions, release and expiry, a SIGKILL in
the middle of `hold place`, and a hold placed while a real sink writes into its range.

What moto enforces (checked here and written down in docs/operations.md): a version under a legal hold cannot be
deleted (DeleteObject answers AccessDenied, DeleteObjects an error for that key), a bucket without Object Lock
refuses legal holds (InvalidRequest), and Object Lock cannot be turned on for a bucket that holds objects. moto
runs no lifecycle at all: expiry is `retention enforce`'s, and what it must never delete is tested here.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from conftest import Servers
from helpers import Process, TcpProxy, group_caught_up, wait_for

from consumers import holds
from consumers.s3 import s3_client
from pipeline.dev.process import free_port
from pipeline.policy import Policy, load_policy
from pipeline.settings import PROJECT_ROOT, Settings

UTC_NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)
POLICY = load_policy(PROJECT_ROOT / "config" / "policy.toml")


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# --- pure: the range, the input, the register's documents ---


def test_a_key_gives_its_route_and_event_hour_and_other_keys_give_none() -> None:
    assert holds.hour_of("analytics/dt=2026-11-20/hour=07/x+0+00000000000000000000.jsonl.gz") == (
        "analytics", _at("2026-11-20T07:00"))
    assert holds.hour_of(".logwarden/holds/H-20261124-0a1b2c.json") is None
    assert holds.hour_of("tmp/other-team-file.txt") is None


def _hold(start: str, end: str, route: str = "analytics", state: str = holds.PLACED) -> holds.Hold:
    return holds.Hold("H-20261124-0a1b2c", route, _at(start), _at(end), "court order", "C-1", "op", UTC_NOW, state)


@pytest.mark.parametrize(("hour", "covered"), [
    ("2026-11-20T09:00", False),  # ends where the range begins
    ("2026-11-20T10:00", True),  # 10:00-11:00 overlaps 10:30
    ("2026-11-20T11:00", True),
    ("2026-11-20T12:00", False),  # begins where the range ends
])
def test_a_hold_covers_every_event_hour_that_overlaps_its_range(hour: str, covered: bool) -> None:
    hold = _hold("2026-11-20T10:30", "2026-11-20T12:00")
    assert hold.covers("analytics", _at(hour)) is covered
    assert hold.covers("marketing", _at(hour)) is False


def test_only_active_holds_hold() -> None:
    key = "analytics/dt=2026-11-20/hour=10/x+0+00000000000000000000.jsonl.gz"
    for state, held in ((holds.PLACING, True), (holds.PLACED, True), (holds.RELEASING, True),
                        (holds.RELEASED, False)):
        assert bool(holds.held_by([_hold("2026-11-20T00:00", "2026-11-21T00:00", state=state)], key)) is held


def test_a_hold_survives_the_register_unchanged() -> None:
    hold = _hold("2026-11-20T10:30", "2026-11-20T12:00")
    hold.versions = [holds.Version("analytics/dt=2026-11-20/hour=10/x", "v1")]
    assert holds.Hold.from_json(hold.to_json()) == hold


@pytest.mark.parametrize(("route", "start", "end", "reason", "says"), [
    ("analytics", "2026-11-20T00:00", "2026-11-21T00:00", "", "a hold needs a reason"),
    ("analytics", "2026-11-20T00:00", "2026-11-21T00:00", "   ", "a hold needs a reason"),
    ("analytics", "2026-11-21T00:00", "2026-11-20T00:00", "order", "the range is reversed or empty"),
    ("analytics", "2026-11-20T00:00", "2026-11-20T00:00", "order", "the range is reversed or empty"),
    ("analytics", "2026-12-01T00:00", "2026-12-02T00:00", "order", "the range is in the future"),
    ("analytics", "2026-11-20T00:00", "2026-12-02T00:00", "order", "is in the future"),
    ("billing", "2026-11-20T00:00", "2026-11-21T00:00", "order", "unknown route 'billing'"),
])
def test_bad_input_is_refused_with_one_line(route: str, start: str, end: str, reason: str, says: str) -> None:
    with pytest.raises(holds.HoldError, match=says) as caught:
        holds.validate(POLICY, route, _at(start), _at(end), reason, UTC_NOW)
    assert "\n" not in str(caught.value)


def test_a_hold_over_a_range_still_in_the_topic_says_so_and_an_old_one_does_not() -> None:
    recent = _hold("2026-11-20T00:00", "2026-11-21T00:00")  # 14 days of topic retention reach back to 11-10
    note = holds.topic_note(POLICY, recent, "logs.analytics", UTC_NOW)
    assert note is not None and "logs.analytics (retention 14 days)" in note and "the archive in S3" in note
    assert holds.topic_note(POLICY, _hold("2026-10-01T00:00", "2026-10-02T00:00"), "logs.analytics", UTC_NOW) is None


# --- against moto's S3 server ---


def _cli(servers: Servers, settings: Settings, *args: str, **more: str) -> subprocess.CompletedProcess[str]:
    env = servers.env(**{"LOGWARDEN_TOPIC_PREFIX": settings.topic_prefix, "LOGWARDEN_S3_BUCKET": settings.s3_bucket,
                         "LOGWARDEN_STATE_DIR": str(settings.state_dir), **more})
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], env=env, capture_output=True, text=True,
                          timeout=180, check=False)


def _put(client: Any, bucket: str, key: str, body: bytes = b"{}\n") -> str:
    return str(client.put_object(Bucket=bucket, Key=key, Body=body, ServerSideEncryption="AES256")["VersionId"])


def _held(client: Any, bucket: str, key: str, version: str | None = None) -> bool:
    args = {"VersionId": version} if version else {}
    return client.get_object_legal_hold(Bucket=bucket, Key=key, **args).get("LegalHold", {}).get("Status") == "ON"


def _key(day: str, hour: int, n: int = 0, route: str = "analytics") -> str:
    return f"{route}/dt={day}/hour={hour:02d}/logs.{route}+0+{n:020d}.jsonl.gz"


def _place(servers: Servers, settings: Settings, *extra: str) -> tuple[str, subprocess.CompletedProcess[str]]:
    result = _cli(servers, settings, "hold", "place", "--route", "analytics", "--from", "2025-06-01T10:00Z",
                  "--to", "2025-06-01T12:00Z", "--reason", "court order 17/2026", "--case", "C-17", *extra)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[0], result


def test_place_holds_every_version_of_the_range_and_records_itself(servers: Servers, settings: Settings,
                                                                    bucket: str) -> None:
    client = s3_client(settings)
    inside, rewritten = _key("2025-06-01", 10), _key("2025-06-01", 11, 5)
    first = _put(client, bucket, rewritten, b"old\n")  # a sink's rewrite leaves a noncurrent version
    _put(client, bucket, rewritten, b"new\n")
    outside = [_key("2025-06-01", 12), _key("2025-06-01", 9), _key("2025-06-01", 10, route="marketing")]
    for key in [inside, *outside]:
        _put(client, bucket, key)
    hold_id, result = _place(servers, settings)
    assert f"{hold_id} placed: 3 object versions of analytics held" in result.stdout
    assert _held(client, bucket, inside) and _held(client, bucket, rewritten)
    assert _held(client, bucket, rewritten, first)  # the older version too
    assert not any(_held(client, bucket, key) for key in outside)
    recorded = holds.get(client, bucket, hold_id)
    assert (recorded.state, recorded.reason, recorded.case) == (holds.PLACED, "court order 17/2026", "C-17")
    assert recorded.placed_by and recorded.placed_at.date() == datetime.now(UTC).date()
    assert len(recorded.versions) == 3
    logged = [orjson.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    placed = [line for line in logged if line.get("msg") == "hold placed"]
    assert placed and placed[0]["hold"] == hold_id and placed[0]["case"] == "C-17" and placed[0]["objects"] == 3
    listed = _cli(servers, settings, "hold", "list")
    assert hold_id in listed.stdout and "placed" in listed.stdout and "court order 17/2026" in listed.stdout


def test_the_register_lies_outside_every_route_and_every_analysts_glob(servers: Servers, settings: Settings,
                                                                      bucket: str) -> None:
    client = s3_client(settings)
    _put(client, bucket, _key("2025-06-01", 10))
    _place(servers, settings)
    keys = [o["Key"] for o in client.list_objects_v2(Bucket=bucket)["Contents"]]
    register = [key for key in keys if key.startswith(holds.REGISTER_PREFIX)]
    assert len(register) == 1 and register[0].endswith(".json")
    assert not any(key.startswith(f"{route.name}/") for key in register for route in POLICY.routes)


@pytest.mark.parametrize(("args", "says"), [
    (["--reason", ""], "a hold needs a reason"),
    (["--from", "2099-12-01T00:00Z", "--to", "2099-12-02T00:00Z", "--reason", "x"], "the range is in the future"),
    (["--to", "2099-12-02T00:00Z", "--reason", "x"], "--to 2099-12-02T00:00:00+00:00 is in the future"),
    (["--from", "2025-06-02T00:00Z", "--to", "2025-06-01T00:00Z", "--reason", "x"], "the range is reversed"),
    (["--route", "billing", "--reason", "x"], "unknown route 'billing'"),
])
def test_bad_input_to_hold_place_is_one_line_and_exit_2(servers: Servers, settings: Settings, bucket: str,
                                                       args: list[str], says: str) -> None:
    base = {"--route": "analytics", "--from": "2025-06-01T00:00Z", "--to": "2025-06-02T00:00Z"}
    for flag, value in zip(args[::2], args[1::2], strict=True):
        base[flag] = value
    result = _cli(servers, settings, "hold", "place", *[part for pair in base.items() for part in pair])
    assert result.returncode == 2, result.stderr
    assert says in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_release_of_an_unknown_hold_and_a_bucket_without_object_lock_are_one_line_and_exit_2(
        servers: Servers, settings: Settings, bucket: str, unique: str) -> None:
    for hold_id in ("H-20261124-000000", "nonsense"):
        result = _cli(servers, settings, "hold", "release", hold_id)
        assert result.returncode == 2 and "no hold" in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    plain = f"lw-plain-{unique}"
    s3_client(settings).create_bucket(Bucket=plain)
    result = _cli(servers, settings, "hold", "place", "--route", "analytics", "--from", "2025-06-01T00:00Z",
                  "--to", "2025-06-02T00:00Z", "--reason", "x", LOGWARDEN_S3_BUCKET=plain)
    assert result.returncode == 2, result.stderr
    assert f"bucket {plain} has no Object Lock" in result.stderr and "--object-lock-enabled-for-bucket" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_object_written_later_into_a_held_range_is_held_as_written(servers: Servers, settings: Settings,
                                                                      bucket: str) -> None:
    client = s3_client(settings)
    watch = holds.OnWrite(client, bucket)
    assert watch.after_put([_key("2025-06-01", 10, 1)], stopping=lambda: False) == 0  # no hold yet: nothing to do
    hold_id, _ = _place(servers, settings)
    late, elsewhere = _key("2025-06-01", 11, 900), _key("2025-06-02", 11, 900)
    _put(client, bucket, late)
    _put(client, bucket, elsewhere)
    assert watch.after_put([late, elsewhere], stopping=lambda: False) == 1
    assert _held(client, bucket, late) and not _held(client, bucket, elsewhere)
    assert _cli(servers, settings, "hold", "release", hold_id).returncode == 0
    _put(client, bucket, late, b"again\n")
    assert watch.after_put([late], stopping=lambda: False) == 0  # a released hold holds nothing new
    assert not _held(client, bucket, late)


def test_enforce_skips_held_versions_check_lists_them_apart_and_release_lets_them_expire(
        servers: Servers, settings: Settings, bucket: str, topics: dict[str, str]) -> None:
    client = s3_client(settings)
    assert _cli(servers, settings, "retention", "apply").returncode == 0
    held_key, free_key = _key("2025-06-01", 10), _key("2025-06-01", 14)
    _put(client, bucket, held_key)
    _put(client, bucket, free_key)
    hold_id, _ = _place(servers, settings)
    now = "2026-11-24T12:00:00Z"  # both are past 365 days by their event date
    check = _cli(servers, settings, "retention", "check", "--now", now)
    assert check.returncode == 1, check.stdout
    assert f"held: {held_key} held by {hold_id}" in check.stdout
    violations = [line for line in check.stdout.splitlines() if line.startswith("VIOLATION")]
    assert len(violations) == 1 and free_key in violations[0], check.stdout

    enforced = _cli(servers, settings, "retention", "enforce", "--now", now)
    assert enforced.returncode == 0, enforced.stderr
    assert f"deleted {free_key}" in enforced.stdout and f"kept {held_key}: held by {hold_id}" in enforced.stdout
    assert "1 objects past 365 days deleted; 1 kept under legal holds" in enforced.stdout
    versions = client.list_object_versions(Bucket=bucket, Prefix="analytics/")
    assert [v["Key"] for v in versions.get("Versions", [])] == [held_key]  # every version of the other is gone
    again = _cli(servers, settings, "retention", "check", "--now", now)
    assert again.returncode == 0, again.stdout

    # a legal hold that no hold in the register explains is a violation, not an excuse
    stray = _key("2025-06-02", 10)
    _put(client, bucket, stray)
    client.put_object_legal_hold(Bucket=bucket, Key=stray, LegalHold={"Status": "ON"})
    unexplained = _cli(servers, settings, "retention", "check", "--now", now)
    assert "1 objects past their time are under a legal hold that no active hold" in unexplained.stdout
    client.put_object_legal_hold(Bucket=bucket, Key=stray, LegalHold={"Status": "OFF"})

    released = _cli(servers, settings, "hold", "release", hold_id)
    assert released.returncode == 0 and "released" in released.stdout, released.stderr
    assert not _held(client, bucket, held_key)
    assert holds.get(client, bucket, hold_id).state == holds.RELEASED
    expired = _cli(servers, settings, "retention", "enforce", "--now", now)
    assert f"deleted {held_key}" in expired.stdout, expired.stdout
    assert not client.list_object_versions(Bucket=bucket, Prefix="analytics/").get("Versions")
    twice = _cli(servers, settings, "hold", "release", hold_id)
    assert twice.returncode == 2 and "already released" in twice.stderr


def test_overlapping_holds_release_only_what_no_other_hold_keeps(servers: Servers, settings: Settings,
                                                                 bucket: str) -> None:
    client = s3_client(settings)
    shared, only_first = _key("2025-06-01", 11), _key("2025-06-01", 10)
    _put(client, bucket, shared)
    _put(client, bucket, only_first)
    first, _ = _place(servers, settings)
    second = _cli(servers, settings, "hold", "place", "--route", "analytics", "--from", "2025-06-01T11:00Z",
                  "--to", "2025-06-01T12:00Z", "--reason", "another request").stdout.split()[0]
    assert _cli(servers, settings, "hold", "release", first).returncode == 0
    assert _held(client, bucket, shared) and not _held(client, bucket, only_first)
    assert second.startswith("H-")


def test_noncurrent_versions_and_lone_delete_markers_expire_too(servers: Servers, settings: Settings,
                                                                bucket: str) -> None:
    client = s3_client(settings)
    today = datetime.now(UTC).date().isoformat()
    rewritten, deleted = _key(today, 1), _key(today, 2)
    old = _put(client, bucket, rewritten, b"first\n")
    _put(client, bucket, rewritten, b"second\n")
    _put(client, bucket, deleted)
    client.delete_object(Bucket=bucket, Key=deleted)  # a delete marker over it
    soon = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    assert "0 objects past" in _cli(servers, settings, "retention", "enforce", "--dry-run", "--now", soon).stdout
    later = (datetime.now(UTC) + timedelta(days=2)).isoformat()  # noncurrent for more than the policy's 1 day
    check = _cli(servers, settings, "retention", "check", "--now", later)
    assert "2 versions or delete markers are past their time" in check.stdout, check.stdout
    assert "ok: 2 objects, 4 versions and delete markers counted" not in check.stdout  # one is deleted: 1 current
    assert "ok: 1 objects, 4 versions and delete markers counted" in check.stdout, check.stdout
    done = _cli(servers, settings, "retention", "enforce", "--now", later)
    assert f"deleted {rewritten} (noncurrent version {old})" in done.stdout, done.stdout
    left = client.list_object_versions(Bucket=bucket, Prefix="analytics/")
    assert [m["Key"] for m in left.get("DeleteMarkers", [])] == [deleted]  # now alone: due at the next run
    final = _cli(servers, settings, "retention", "enforce", "--now", later)
    assert f"deleted {deleted} (delete marker" in final.stdout, final.stdout
    left = client.list_object_versions(Bucket=bucket, Prefix="analytics/")
    assert not left.get("DeleteMarkers") and [v["Key"] for v in left["Versions"]] == [rewritten]


def test_a_sigkill_in_the_middle_of_place_leaves_a_placing_hold_that_the_next_run_finishes(
        servers: Servers, settings: Settings, bucket: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    client = s3_client(settings)
    keys = [_key("2025-06-01", 10 + n % 2, n) for n in range(600)]
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda key: _put(client, bucket, key), keys))
    env = servers.env(LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, LOGWARDEN_S3_BUCKET=settings.s3_bucket,
                      LOGWARDEN_STATE_DIR=str(settings.state_dir))
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "hold", "place", "--route", "analytics",
                             "--from", "2025-06-01T10:00Z", "--to", "2025-06-01T12:00Z", "--reason", "order"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: any(_held(client, bucket, key) for key in keys[:50]) or proc.poll() is not None, 120,
                 "hold place to begin holding objects", interval=0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL, "hold place finished before it could be killed: make it slower"
    (left,) = holds.load_all(client, bucket)
    held_now = sum(_held(client, bucket, key) for key in keys)
    assert left.state == holds.PLACING and 0 < held_now < len(keys), (left.state, held_now)  # never "placed" early
    listed = _cli(servers, settings, "hold", "list")
    assert f"finished {left.id}" in listed.stdout and "now placed" in listed.stdout, listed.stdout
    assert all(_held(client, bucket, key) for key in keys)
    assert holds.get(client, bucket, left.id).state == holds.PLACED


def _event(n: int, minute: int) -> bytes:
    return orjson.dumps({"schema": "request/1", "event_id": str(uuid.UUID(int=n)),
                         "ts": f"2025-06-01T10:{minute:02d}:00.000Z", "service": "alexrust.org",
                         "request": {"method": "GET", "path": f"/docs/{n}", "status": 200}})


def test_a_hold_placed_while_the_sink_writes_holds_every_object_of_the_range(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str], bucket: str,
        tmp_path: Path) -> None:
    from kafka import KafkaProducer

    from pipeline.cluster.login import kafka_login

    env = servers.env(LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, LOGWARDEN_SINK_GROUP=settings.sink_group,
                      LOGWARDEN_S3_BUCKET=settings.s3_bucket, LOGWARDEN_STATE_DIR=str(settings.state_dir),
                      LOGWARDEN_SINK_METRICS_PORT=str(free_port()), LOGWARDEN_SINK_MAX_RECORDS="10",
                      LOGWARDEN_SINK_MAX_AGE_SECONDS="1")
    sink = Process(["sink"], env, tmp_path / "sink.log").start()
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all", linger_ms=5,
                             **kafka_login(settings, "admin").client_args())
    client = s3_client(settings)
    stop = threading.Event()

    def produce() -> None:  # a steady stream into the held hour until the hold is placed, and after it
        n = 0
        while not stop.is_set() and n < 3000:
            producer.send(topics["analytics"], value=_event(n, n % 60), key=str(n).encode()).get(timeout=30)
            n += 1

    writer = threading.Thread(target=produce)
    try:
        writer.start()
        wait_for(lambda: bool(client.list_objects_v2(Bucket=bucket, Prefix="analytics/").get("KeyCount")), 120,
                 "the sink to store its first objects")
        placed = _cli(servers, settings, "hold", "place", "--route", "analytics", "--from", "2025-06-01T10:00Z",
                      "--to", "2025-06-01T11:00Z", "--reason", "while the sink writes")
        assert placed.returncode == 0, placed.stderr
        wait_for(lambda: len(client.list_objects_v2(Bucket=bucket, Prefix="analytics/").get("Contents", [])) >= 60,
                 120, "the sink to store objects after the hold")
        stop.set()
        writer.join(timeout=60)
        producer.flush()
        wait_for(lambda: group_caught_up(settings, settings.sink_group, [topics["analytics"]]), 120,
                 "the sink to store everything")
    finally:
        stop.set()
        producer.close()
        sink.terminate()
    versions = client.list_object_versions(Bucket=bucket, Prefix="analytics/").get("Versions", [])
    assert len(versions) >= 60
    unheld = [v["Key"] for v in versions if not _held(client, bucket, v["Key"], v["VersionId"])]
    assert not unheld, f"{len(unheld)} of {len(versions)} versions not held, e.g. {unheld[0]}\n{sink.log()}"
    assert "late objects of a held range held as written" in sink.log()


def test_the_sinks_hold_check_tells_each_failed_attempt_and_the_recovery(servers: Servers, settings: Settings,
                                                                          bucket: str) -> None:
    """While S3 does not answer, the check after a put retries; each failure is told (the sink counts it as
    `logwarden_sink_s3_errors_total{operation="legal_hold"}` and shows itself paused), then the recovery (0)."""
    host, port = servers.s3_endpoint.removeprefix("http://").split(":")
    proxy = TcpProxy(host, int(port))
    told: list[int] = []
    on_write = holds.OnWrite(s3_client(replace(settings, s3_endpoint=proxy.endpoint)), bucket, max_backoff=0.2,
                             retrying=told.append)
    proxy.down()
    checking = threading.Thread(target=on_write.after_put, args=(["analytics/dt=2026-01-01/hour=00/x"],
                                                                 lambda: False))
    checking.start()
    try:
        wait_for(lambda: len(told) >= 2, 60, "two failed attempts to be told")
    finally:
        proxy.up()
    checking.join(timeout=60)
    assert not checking.is_alive()
    assert told[:2] == [1, 2] and told[-1] == 0 and all(a > 0 for a in told[:-1]), told

