"""`logwarden top` (issue 24): the screen from two snapshots (pure), and the live view in a real pseudo-terminal
read through a terminal emulator, against a running worker."""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pexpect
import pyte
from conftest import Servers
from helpers import Process, metric, scrape, wait_for

from pipeline.dev.process import free_port
from pipeline.settings import Settings
from pipeline.top import Process as Seen
from pipeline.top import Snapshot, render

WORKER = 9308


def _worker(routed: float, events: float, up: bool = True) -> Seen:
    samples = {("logwarden_worker_events_in_total", ()): events,
               ("logwarden_worker_routed_total", (("route", "analytics"),)): routed,
               ("logwarden_worker_dlq_total", (("reason", "malformed_json"),)): 3.0,
               ("logwarden_worker_policy_info", (("key_id", "k-1"), ("version", "2024-01-01"))): 1.0}
    return Seen("worker", WORKER, samples if up else {})


def test_a_screen_shows_rates_between_two_snapshots_and_what_is_down() -> None:
    before = Snapshot(100.0, (_worker(100, 120), Seen("sink", 9309, {})))
    now = Snapshot(102.0, (_worker(300, 320), Seen("sink", 9309, {})),
                   lag={"logwarden-pipeline": {("logs.raw", 0): 5, ("logs.raw", 1): 7}})
    screen = "\n".join(render(before, now, "127.0.0.1:9092"))
    assert "worker       9308  up         100.0      100.0" in screen  # 200 more in 2 s, each way
    assert "sink         9309  down" in screen
    assert "ROUTES   analytics 100.0/s (300)" in screen
    assert "DLQ      malformed_json 3" in screen
    assert "IN FORCE policy 2024-01-01, key k-1" in screen
    assert "logs.raw" in screen and "12  p0:5 p1:7" in screen
    first = "\n".join(render(None, now, "127.0.0.1:9092"))
    assert "…" in first  # no rate before a second snapshot


def test_top_runs_live_in_a_real_terminal_and_quits_on_q(servers: Servers, settings: Settings,
                                                           topics: dict[str, str], tmp_path: Path) -> None:
    ports = {name: free_port() for name in ("worker", "sink", "producer", "tailer")}
    env = servers.env(
        LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, LOGWARDEN_WORKER_GROUP=settings.worker_group,
        LOGWARDEN_SINK_GROUP=settings.sink_group, LOGWARDEN_STATE_DIR=str(settings.state_dir),
        LOGWARDEN_WORKER_METRICS_PORT=str(ports["worker"]), LOGWARDEN_SINK_METRICS_PORT=str(ports["sink"]),
        LOGWARDEN_PRODUCER_METRICS_PORT=str(ports["producer"]), LOGWARDEN_TAILER_METRICS_PORT=str(ports["tailer"]),
        LOGWARDEN_HMAC_KEY="top-test-key-0123456789abcdef-0123456789abcdef", LOGWARDEN_DEV_MODE="false",
    )
    worker = Process(["worker"], env, tmp_path / "worker.log").start()
    try:
        producer = Process(["produce", "--count", "400", "--rate", "400", "--seed", "5"], env, tmp_path / "p.log")
        assert producer.start().proc is not None and producer.proc.wait(timeout=120) == 0, producer.log()
        wait_for(lambda: metric(scrape(ports["worker"]), "logwarden_worker_events_in_total") >= 400, 120,
                 "the worker to read every event")
        terminal = pyte.Screen(160, 40)
        stream = pyte.ByteStream(terminal)
        top = pexpect.spawn(sys.executable, ["-m", "pipeline.cli", "top", "--interval", "0.5"], env=env,
                            dimensions=(40, 160), timeout=60)
        try:
            deadline = time.monotonic() + 60
            shown = ""
            while time.monotonic() < deadline:
                try:
                    stream.feed(top.read_nonblocking(65536, timeout=1))
                except pexpect.TIMEOUT:
                    continue
                shown = "\n".join(terminal.display)
                if "IN/s" in shown and "ROUTES   analytics" in shown and settings.worker_group in shown:
                    break
            rows = {line.split()[0]: line for line in terminal.display if line.strip()}
            assert rows.get("worker", "").split()[1:3] == [str(ports["worker"]), "up"], shown
            assert rows.get("sink", "").split()[1:3] == [str(ports["sink"]), "down"], shown  # no sink runs
            assert "IN FORCE policy" in shown and re.search(r"key e\d{8}-", shown), shown
            assert "DLQ" in shown and "DROPPED" in shown and "LEAKS    0 withheld" in shown, shown
            top.send("q")
            top.expect(pexpect.EOF, timeout=20)
        finally:
            top.close(force=True)
        assert top.exitstatus == 0, shown
    finally:
        assert worker.terminate() == 0, worker.log()
