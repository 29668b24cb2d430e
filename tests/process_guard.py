"""A test run ends what it starts (issue 27), loaded by tests/conftest.py as a plugin.

A process a test started and left running outlives the run: a sink that ignored SIGTERM ran on for a quarter of
an hour after one. After every fixture is torn down (the session's own servers included), any process still
descending from this pytest is killed, and the run fails naming it.

A run stopped from outside (CI's time limit, `timeout`, a terminal closed) gets SIGTERM or SIGHUP: both are turned
into the KeyboardInterrupt that Ctrl-C raises, so pytest still tears the fixtures down (brokers, S3, Prometheus, the
processes tests started) instead of leaving them to init.
"""

from __future__ import annotations

import contextlib
import os
import signal
from types import FrameType

import pytest


def _interrupted(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"stopped by {signal.Signals(signum).name}")


def pytest_configure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        return
    for stop in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(stop, _interrupted)


def _descendants(root: int) -> list[tuple[int, str]]:
    """(pid, command line) of every live process whose parent chain leads to `root`, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":  # a zombie is already dead; its parent has only not read its status yet
            children.setdefault(int(fields[1]), []).append(int(entry))
    found: list[tuple[int, str]] = []
    stack = list(children.get(root, []))
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                command = cmdline.read().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            continue
        found.append((pid, command[:200]))
        stack.extend(children.get(pid, []))
    return found


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not os.path.isdir("/proc") or hasattr(session.config, "workerinput"):
        return
    left = _descendants(os.getpid())
    if not left:
        return
    for pid, _command in left:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    lines = "\n".join(f"  pid {pid}: {command}" for pid, command in left)
    message = f"processes started by the tests were still running after the run (killed now):\n{lines}"
    if reporter is not None:
        reporter.write_line(message, red=True)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
