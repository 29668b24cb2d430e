"""The test run's process guard (tests/process_guard.py), tried on a pytest run of its own."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

TESTS = Path(__file__).parent

#: A run whose fixture starts a long `sleep` and ends it at teardown; the test itself waits to be stopped.
_RUN = """
import subprocess, time
from pathlib import Path

import pytest


@pytest.fixture
def child():
    process = subprocess.Popen(["sleep", "300"])
    yield process
    process.kill()
    process.wait()


def test_waits(child):
    Path("child.pid").write_text(str(child.pid))
    time.sleep(120)
"""

#: A run that starts a `sleep` and leaves it.
_LEAVES = """
import subprocess
from pathlib import Path


def test_leaves():
    Path("child.pid").write_text(str(subprocess.Popen(["sleep", "300"]).pid))
"""


def _pytest(folder: Path, source: str) -> subprocess.Popen[str]:
    (folder / "test_run.py").write_text(textwrap.dedent(source))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen([sys.executable, "-m", "pytest", "-p", "process_guard", "-q", "-p", "no:cacheprovider",
                             "test_run.py"], cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)


def _await_pid(folder: Path, run: subprocess.Popen[str]) -> int:
    deadline = time.monotonic() + 60
    while not (folder / "child.pid").exists():
        assert run.poll() is None, run.communicate()[0]
        assert time.monotonic() < deadline, "the inner run never started its test"
        time.sleep(0.05)
    return int((folder / "child.pid").read_text())


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_run_stopped_with_sigterm_still_tears_its_fixtures_down(tmp_path: Path) -> None:
    run = _pytest(tmp_path, _RUN)
    child = _await_pid(tmp_path, run)
    try:
        run.send_signal(signal.SIGTERM)
        output, _ = run.communicate(timeout=30)
        assert not _alive(child), f"the fixture's process outlived a run stopped by SIGTERM:\n{output}"
        assert "stopped by SIGTERM" in output
    finally:
        if _alive(child):
            os.kill(child, signal.SIGKILL)


def test_a_process_left_running_is_killed_and_fails_the_run(tmp_path: Path) -> None:
    run = _pytest(tmp_path, _LEAVES)
    child = _await_pid(tmp_path, run)
    output, _ = run.communicate(timeout=60)
    try:
        assert run.returncode == 1, output
        assert f"pid {child}: sleep 300" in output
        assert not _alive(child)
    finally:
        if _alive(child):
            os.kill(child, signal.SIGKILL)
