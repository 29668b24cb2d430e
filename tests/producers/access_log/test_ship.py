"""`logwarden tail-log` against the real broker: nginx/Apache access logs followed through rotation by
rename and by truncation, partial last lines, malformed lines reported by number, and kill -9."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from collections import defaultdict
from pathlib import Path

import orjson
from conftest import Servers
from helpers import Process, metric, read_topic, scrape, wait_for, without_canaries

from pipeline.dev.process import free_port
from pipeline.settings import Settings

UA = "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"


def line(path: str, ip: str = "203.0.113.7", status: int = 200, user: str = "-") -> str:
    return (f'{ip} - {user} [24/Nov/2026:18:40:36 +0300] "GET {path}?lang=en HTTP/1.1" {status} 5120 '
            f'"https://www.google.com/search?q=rust" "{UA}"\n')


def append(path: Path, text: str) -> None:
    with open(path, "a", encoding="utf-8") as f:
        f.write(text)


def _env(servers: Servers, settings: Settings, tmp_path: Path, port: int) -> dict[str, str]:
    return servers.env(LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, LOGWARDEN_STATE_DIR=str(tmp_path / "state"),
                       LOGWARDEN_TAILER_METRICS_PORT=str(port), LOGWARDEN_SOURCE_SERVICE="alexrust.org")


def _paths(settings: Settings, topic: str, n: int) -> list[dict]:
    """The first n access-log events in the topic (the leak canary the tailer sends first is left out)."""
    records = read_topic(settings, topic,
                         lambda got: len(without_canaries([orjson.loads(r.value) for r in got])[0]) >= n, timeout=60)
    events, canaries = without_canaries([orjson.loads(r.value) for r in records])
    assert canaries == 1
    return events


def test_tail_log_follows_rotation_partial_and_malformed_lines(
        servers: Servers, settings: Settings, topics: dict[str, str], tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_text(line("/a1") + line("/a2", user="ivan.petrov") + line("/a3", ip="2001:db8::1")
                   + "this is not an access log line\n" + line("/a5")[:40])  # line 5 is still being written
    port = free_port()
    tailer = Process(["tail-log", str(log)], _env(servers, settings, tmp_path, port), tmp_path / "tailer.log").start()
    raw = topics["raw"]
    try:
        seen = lambda n: [e["request"]["path"] for e in _paths(settings, raw, n)]  # noqa: E731
        assert sorted(seen(3)) == ["/a1", "/a2", "/a3"]
        append(log, line("/a5")[40:])  # the partial line completes
        assert "/a5" in seen(4)
        # logrotate's default: the old file is renamed (with a last line written just before), a new one created
        append(log, line("/b1"))
        os.rename(log, tmp_path / "access.log.1")
        append(tmp_path / "access.log.1", line("/b2"))  # nginx writes to the old file until it reopens
        log.write_text(line("/c1") + line("/c2"))
        wait_for(lambda: len(seen(8)) >= 8, 60, "the lines around the rename")
        # copytruncate: the file is copied away and truncated in place
        append(log, line("/c3"))
        wait_for(lambda: "/c3" in seen(9), 60, "the line before the truncation")
        with open(log, "r+") as f:
            f.truncate(0)
        append(log, line("/d1") + line("/d2", status=404))
        events = _paths(settings, raw, 11)
        paths = [e["request"]["path"] for e in events]
        assert sorted(paths) == sorted(["/a1", "/a2", "/a3", "/a5", "/b1", "/b2", "/c1", "/c2", "/c3", "/d1", "/d2"])
        samples = scrape(port)
        assert metric(samples, "logwarden_tailer_lines_total", outcome="sent") == 11
        assert metric(samples, "logwarden_tailer_lines_total", outcome="no_match") == 1
        assert metric(samples, "logwarden_tailer_rotations_total", kind="rename") == 1
        assert metric(samples, "logwarden_tailer_rotations_total", kind="truncate") == 1
        assert tailer.alive()
    finally:
        code = tailer.terminate()
    assert code == 0, tailer.log()
    out = tailer.log()
    assert re.search(r"access\.log:4: not sent \(no_match\)", out), out
    assert "this is not an access log line" not in out and "ivan.petrov" not in out  # line numbers, never text
    first = next(e for e in events if e["request"]["path"] == "/a1")
    assert first["schema"] == "request/1" and first["ts"] == "2026-11-24T15:40:36.000Z"
    assert first["request"] == {"method": "GET", "host": "alexrust.org", "path": "/a1", "query": "lang=en",
                                "status": 200, "bytes": 5120, "referrer": "https://www.google.com/search?q=rust"}
    assert first["client"] == {"ip": "203.0.113.7", "user_agent": UA} and first["consent"] == {}
    assert all("ivan.petrov" not in orjson.dumps(e).decode() for e in events)  # $remote_user is never sent
    assert {e["client"]["ip"] for e in events} == {"203.0.113.7", "2001:db8::1"}


def test_tail_log_killed_mid_stream_resumes_without_losing_a_line(
        servers: Servers, settings: Settings, topics: dict[str, str], tmp_path: Path) -> None:
    log = tmp_path / "big.log"
    log.touch()
    env = _env(servers, settings, tmp_path, free_port())
    tailer = Process(["tail-log", str(log)], env, tmp_path / "first.log").start()
    wait_for(lambda: "following" in tailer.log(), 30, "the tailer to start")
    stop = threading.Event()
    written = [0]

    def web_server() -> None:  # keeps writing while the tailer is killed, like a live site
        while not stop.is_set():
            n = written[0]
            append(log, "".join(line(f"/p/{i}") for i in range(n, n + 200)))
            written[0] = n + 200
            stop.wait(0.01)

    writer = threading.Thread(target=web_server)
    writer.start()
    checkpoint = tmp_path / "state" / "tail-log"

    def checkpointed() -> bool:
        files = list(checkpoint.glob("*.json"))
        return bool(files) and any(p["offset"] > 0 for p in orjson.loads(files[0].read_bytes()).values())

    wait_for(checkpointed, 60, "a checkpoint past the first lines")
    tailer.kill9()
    stop.set()
    writer.join()
    total = written[0]
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "tail-log", "--once", str(log)], env=env,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    ids_by_path: dict[str, set[str]] = defaultdict(set)

    def every_line_seen(records: list) -> bool:
        return len(records) >= total and len({orjson.loads(r.value)["request"]["path"] for r in records}) >= total + 2

    records = read_topic(settings, topics["raw"], every_line_seen, timeout=60)
    events, canaries = without_canaries([orjson.loads(r.value) for r in records])
    assert canaries == 2  # one from each run
    for event in events:
        ids_by_path[event["request"]["path"]].add(event["event_id"])
    assert set(ids_by_path) == {f"/p/{i}" for i in range(total)}  # no line lost
    # a line sent twice (after the last checkpoint, before the kill) carries the same id both times
    assert all(len(ids) == 1 for ids in ids_by_path.values())
    resent = len(events) - total
    assert 0 <= resent < total
    sent = int(re.search(r"sent (\d+) events; 0 lines not sent", result.stderr).group(1))
    assert 0 < sent < total, "the restart resumes from the checkpoint, before the kill and after it"


def test_a_line_kafka_refuses_stops_the_tailer_before_its_position_and_is_sent_again(
        servers: Servers, settings: Settings, topics: dict[str, str], tmp_path: Path) -> None:
    """Positions never move past a line Kafka did not acknowledge: exit 1, and the next run sends it."""
    from kafka.admin import ConfigResource, ConfigResourceType

    from pipeline.cluster.topics import settings_admin

    def limit(size: str) -> None:
        with settings_admin(settings) as admin:
            admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topics["raw"],
                                                configs={"max.message.bytes": size})])

    log = tmp_path / "access.log"
    huge_agent = os.urandom(1500).hex()  # incompressible, far over the limit set below
    log.write_text(line("/ok") + line("/big").replace(UA, huge_agent))
    env = _env(servers, settings, tmp_path, free_port())
    env["LOGWARDEN_CANARY_INTERVAL_SECONDS"] = "0"
    limit("700")
    try:
        first = subprocess.run([sys.executable, "-m", "pipeline.cli", "tail-log", "--once", str(log)], env=env,
                               capture_output=True, text=True, timeout=300, check=False)
    finally:
        limit("4194304")
    assert first.returncode == 1, first.stderr
    assert "Kafka refused lines since the last checkpoint" in first.stderr
    second = subprocess.run([sys.executable, "-m", "pipeline.cli", "tail-log", "--once", str(log)], env=env,
                            capture_output=True, text=True, timeout=300, check=False)
    assert second.returncode == 0, second.stderr
    events = [orjson.loads(r.value) for r in read_topic(settings, topics["raw"],
                                                        lambda got: any(b"/big" in r.value for r in got))]
    by_path: dict[str, set[str]] = defaultdict(set)
    for event in events:
        by_path[event["request"]["path"]].add(event["event_id"])
    assert set(by_path) == {"/ok", "/big"} and all(len(ids) == 1 for ids in by_path.values())
