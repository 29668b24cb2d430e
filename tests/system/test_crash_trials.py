"""`make crash-trials`, short: a few SIGKILLs of the worker, the sink, the load generator and the tailer while
they work, on the session's servers; S3 must then hold every expected record exactly once by event_id."""

from __future__ import annotations

from pathlib import Path

from conftest import Servers

from bench.crash_trials import pipeline_trial, tailer_trial

KILLS = 3


def test_the_worker_sink_and_load_generator_killed_while_working_lose_and_duplicate_nothing(
        servers: Servers, tmp_path: Path) -> None:
    said: list[str] = []
    report = pipeline_trial(servers.env(), tmp_path, events=4500, rate=150, kills=KILLS, seed=7, say=said.append)
    print("\n" + "\n".join(report.lines()))
    assert report.kills == {"worker": KILLS, "sink": KILLS, "loadgen": KILLS}, report.lines()
    assert report.lost == 0, report.lines()
    assert report.duplicated == 0, report.lines()
    assert report.ok, report.lines()


def test_the_tailer_killed_while_working_loses_and_duplicates_no_line(servers: Servers, tmp_path: Path) -> None:
    report = tailer_trial(servers.env(), tmp_path, lines=3000, rate=150, kills=KILLS, seed=8, say=print)
    print("\n" + "\n".join(report.lines()))
    assert report.kills == {"tailer": KILLS}, report.lines()
    assert (report.lost, report.duplicated) == (0, 0), report.lines()
    assert report.ok, report.lines()
