"""Progress of long work (issue 24): the arithmetic, the text and the throttle, on a clock the test moves."""

from __future__ import annotations

import io
import logging

import pytest

from pipeline.progress import Backlog, Progress, Throttle, duration, eta, line, rate


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(("seconds", "shown"), [(None, "?"), (0, "0s"), (41.6, "42s"), (59.4, "59s"), (60, "1m00s"),
                                                (185, "3m05s"), (3599, "59m59s"), (3600, "1h00m"), (7620, "2h07m")])
def test_durations_read_as_a_person_says_them(seconds: float | None, shown: str) -> None:
    assert duration(seconds) == shown


def test_rate_and_eta_are_unknown_until_there_is_something_to_divide() -> None:
    assert rate(0, 5.0) is None and rate(10, 0.0) is None
    assert rate(500, 2.0) == 250.0
    assert eta(1000, 250.0) == 4.0
    assert eta(None, 250.0) is None and eta(1000, None) is None and eta(1000, 0.0) is None


def test_the_line_says_done_left_rate_and_eta() -> None:
    assert line("retention enforce: deleting", "objects", 12_000, 38_000, 1234.4) == (
        "retention enforce: deleting: 12,000 objects done, 38,000 left, 1,234/s, ETA 31s")
    assert line("listing", "objects", 3_000, None, 1500.0) == "listing: 3,000 objects done, ? left, 1,500/s, ETA ?"


def test_the_throttle_waits_an_interval_first_then_fires_once_an_interval() -> None:
    throttle = Throttle(10.0, start=0.0)
    assert [throttle.due(t) for t in (0.0, 9.9, 10.0, 10.1, 19.9, 20.5, 21.0)] == [
        False, False, True, False, False, True, False]
    assert Throttle(10.0, start=0.0, immediate=True).due(0.0)


def test_not_on_a_terminal_it_logs_a_structured_line_each_interval_and_a_last_one(
        caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    progress = Progress("work", "objects", total=1000, interval=10.0, clock=clock)
    caplog.set_level(logging.INFO, logger="logwarden.progress")
    for step in range(1, 11):  # 100 objects a second
        clock.now += 1.0
        progress.update(step * 100)
    shown = [r for r in caplog.records if r.name == "logwarden.progress"]
    assert len(shown) == 1  # 10 s in: one line, not ten
    record = shown[0]
    assert (record.done, record.remaining, record.rate_per_s, record.eta_s, record.finished) == (  # type: ignore[attr-defined]
        1000, 0, 100.0, 0, False)
    progress.finish()
    assert [r.finished for r in caplog.records if r.name == "logwarden.progress"] == [False, True]  # type: ignore[attr-defined]


def test_short_work_says_nothing(caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    progress = Progress("work", "objects", total=10, interval=10.0, clock=clock)
    caplog.set_level(logging.INFO, logger="logwarden.progress")
    clock.now += 2.0
    progress.update(10)
    progress.finish()
    assert not [r for r in caplog.records if r.name == "logwarden.progress"]


def test_on_a_terminal_one_live_line_is_redrawn_in_place_and_ended() -> None:
    clock, screen = Clock(), io.StringIO()
    progress = Progress("work", "objects", total=100, terminal=screen, clock=clock)
    for done in (10, 20, 30):
        clock.now += 0.5
        progress.update(done)
    progress.update(31)  # no time passed: not redrawn
    progress.finish()
    text = screen.getvalue()
    assert text.count("\r\x1b[K") == 4 and text.endswith("\n") and text.count("\n") == 1
    assert "30 objects done, 70 left, 20/s, ETA 4s" in text


def test_a_backlog_shows_progress_from_its_start_threshold_until_below_its_end_one() -> None:
    clock = Clock()
    made: list[Progress] = []

    def make(what: str, unit: str) -> Progress:
        made.append(Progress(what, unit, interval=10.0, terminal=io.StringIO(), clock=clock))
        return made[-1]

    backlog = Backlog("sink catching up", "records", start_at=10_000, done_below=1_000, make=make)
    backlog.observe(9_999)
    assert not made  # under the start threshold: nothing to show
    backlog.observe(20_000)
    assert len(made) == 1
    clock.now += 10.0
    backlog.observe(15_000)
    assert (made[0].done, made[0].remaining) == (5_000, 15_000)
    assert "5,000 records done, 15,000 left, 500/s, ETA 30s" in made[0].terminal.getvalue()  # type: ignore[union-attr]
    clock.now += 10.0
    backlog.observe(999)
    assert backlog.current is None and made[0].terminal.getvalue().endswith("\n")  # type: ignore[union-attr]
    backlog.observe(5_000)  # a new, smaller lag is no backlog
    assert len(made) == 1
