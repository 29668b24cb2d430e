"""Progress of long work (the sink catching up a backlog, `retention enforce` on a big bucket), shown to whoever waits.

Work that takes minutes and says nothing until it ends reads as hung. So long work reports how far it is, how fast
it goes, what is left and when it should end: on a terminal as one live line redrawn in place (a few times a
second at most), otherwise, when the output goes to a log, as a structured line every
LOGWARDEN_PROGRESS_INTERVAL_SECONDS. Work that ends before the first interval says nothing at all.

The arithmetic (rate, ETA, the line's text) and the throttle are pure, with the clock passed in, so they are tested
without waiting; `Progress` ties them to a stream or the log, and `Backlog` starts and ends a `Progress` from a
quantity that is only measured now and then (a consumer group's lag).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

log = logging.getLogger("logwarden.progress")

#: Seconds between redraws of the live line on a terminal: often enough to look alive, rare enough to cost nothing.
TERMINAL_REFRESH = 0.25


def rate(done: int, elapsed: float) -> float | None:
    """Units a second over the run so far; None before there is anything to divide."""
    if elapsed <= 0 or done <= 0:
        return None
    return done / elapsed


def eta(remaining: int | None, per_second: float | None) -> float | None:
    """Seconds until `remaining` units are done at `per_second`; None when either is unknown."""
    if remaining is None or per_second is None or per_second <= 0:
        return None
    return remaining / per_second


def duration(seconds: float | None) -> str:
    """A short duration for a person: `?`, `42s`, `3m05s`, `2h07m`."""
    if seconds is None:
        return "?"
    whole = max(0, round(seconds))
    if whole < 60:
        return f"{whole}s"
    if whole < 3600:
        return f"{whole // 60}m{whole % 60:02d}s"
    return f"{whole // 3600}h{whole % 3600 // 60:02d}m"


def line(what: str, unit: str, done: int, remaining: int | None, per_second: float | None) -> str:
    """`what: 12,000 objects done, 38,000 left, 1,234/s, ETA 31s` (what is unknown reads `?`)."""
    left = "?" if remaining is None else f"{remaining:,}"
    speed = "?" if per_second is None else f"{per_second:,.0f}"
    return f"{what}: {done:,} {unit} done, {left} left, {speed}/s, ETA {duration(eta(remaining, per_second))}"


@dataclass
class Throttle:
    """True at most once every `interval` seconds; the first time only once `interval` has passed since `start`
    (or at once, with `immediate`), so short work shows nothing."""

    interval: float
    start: float
    immediate: bool = False
    _next: float = field(init=False)

    def __post_init__(self) -> None:
        self._next = self.start if self.immediate else self.start + self.interval

    def due(self, now: float) -> bool:
        if now < self._next:
            return False
        self._next = now + self.interval
        return True


@dataclass
class Progress:
    """One piece of long work. `update` after each step; `finish` at the end (a last line, when any was shown).

    `total` known: what is left is `total - done`; unknown: the caller passes `remaining` to each `update`
    (None when that is unknown too, as while listing a bucket)."""

    what: str
    unit: str
    total: int | None = None
    interval: float = 10.0
    #: a terminal's stream for the live line; None: structured log lines every `interval`
    terminal: TextIO | None = None
    clock: Callable[[], float] = time.monotonic
    done: int = field(default=0, init=False)
    remaining: int | None = field(default=None, init=False)
    shown: int = field(default=0, init=False)
    started: float = field(init=False)
    _throttle: Throttle = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.clock()
        self.remaining = self.total
        refresh = TERMINAL_REFRESH if self.terminal is not None else self.interval
        self._throttle = Throttle(refresh, self.started, immediate=self.terminal is not None)

    @classmethod
    def on_stderr(cls, what: str, unit: str, total: int | None = None, interval: float = 10.0) -> Progress:
        """A live line when stderr is a terminal, log lines otherwise."""
        return cls(what, unit, total, interval, terminal=sys.stderr if sys.stderr.isatty() else None)

    @property
    def rate(self) -> float | None:
        return rate(self.done, self.clock() - self.started)

    def text(self) -> str:
        return line(self.what, self.unit, self.done, self.remaining, self.rate)

    def update(self, done: int, remaining: int | None = None) -> bool:
        """Record how far the work is; show it when due. True when a line was shown."""
        self.done = done
        self.remaining = max(0, self.total - done) if self.total is not None else remaining
        if not self._throttle.due(self.clock()):
            return False
        self._show(final=False)
        return True

    def finish(self, always: bool = False) -> None:
        """The last line, when the work was long enough to show any (or `always`); a terminal's live line ends."""
        if self.shown or always:
            self._show(final=True)

    def _show(self, final: bool) -> None:
        self.shown += 1
        per_second = self.rate  # once: the line and its fields say the same
        text = line(self.what, self.unit, self.done, self.remaining, per_second)
        if self.terminal is not None:
            self.terminal.write("\r\x1b[K" + text + ("\n" if final else ""))
            self.terminal.flush()
            return
        log.info(text, extra={"work": self.what, "unit": self.unit, "done": self.done, "remaining": self.remaining,
                              "rate_per_s": None if per_second is None else round(per_second, 1),
                              "eta_s": None if (e := eta(self.remaining, per_second)) is None else round(e),
                              "finished": final})


@dataclass
class Backlog:
    """Progress of draining something only measured now and then (a consumer group's lag): it starts when a
    measurement reaches `start_at` and finishes when one falls below `done_below`. What is done is how far the
    backlog fell since it started, net of what kept arriving: the ETA is honest about a backlog still growing."""

    what: str
    unit: str
    start_at: int
    done_below: int
    make: Callable[[str, str], Progress]
    current: Progress | None = field(default=None, init=False)
    _first: int = field(default=0, init=False)

    def observe(self, backlog: int) -> None:
        if self.current is None:
            if backlog >= self.start_at:
                self.current = self.make(self.what, self.unit)
                self._first = backlog
            return
        done = max(0, self._first - backlog)
        if backlog < self.done_below:
            self.current.done, self.current.remaining = done, backlog
            self.current.finish(always=True)  # "caught up", however few lines the catch-up showed
            self.current = None
        else:
            self.current.update(done, remaining=backlog)
