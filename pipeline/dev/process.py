"""Background server processes of the local stack: start detached, wait, stop, find by pid file.

The dev stack outlives the `logwarden dev up` command that starts it, so each server runs
in its own session with its output in a log file, and a pid file is the only link back.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path


class StackError(RuntimeError):
    """The local stack cannot do what was asked; the message says why and what to do. `exit_code` is what the
    command exits with (docs/operations.md's table): 1, a server that would not start."""

    exit_code = 1


class StackMisconfigured(StackError):
    """The stack cannot start as configured: a port another program holds, a tool not installed, a layout other
    than the one asked for. A configuration mistake: exit 2."""

    exit_code = 2


class StackUnavailable(StackError):
    """A server the stack needs does not answer and is not on this machine to start: try again later, exit 75."""

    exit_code = 75


def port_is_free(host: str, port: int) -> bool:
    """True when nothing listens on host:port (a bind would succeed)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def _ephemeral_low() -> int:
    try:
        with open("/proc/sys/net/ipv4/ip_local_port_range", encoding="ascii") as ports:
            return int(ports.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


#: Where free ports are picked: the 12,000 ports below the kernel's ephemeral range. A port there is never taken
#: by an outgoing connection's local end between the pick and the server's bind, and two processes picking at
#: once (the two test processes of `make test`, a demo beside a stack) draw at random, so they rarely meet; the
#: kernel's own pick (bind to 0) hands two processes the same recently freed ports far more often.
_PICK_FROM = range(max(1024, _ephemeral_low() - 12_000), _ephemeral_low())


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on now, for servers a test session or the local stack starts."""
    for _ in range(200):
        port = random.choice(_PICK_FROM)  # noqa: S311 - spreading picks, not a secret
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind((host, port))
            except OSError:
                continue
            return port
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:  # that range is full: the kernel's pick
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie child still answers kill(0); it is not running
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat_file:
            return stat_file.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True


def tail(path: Path, lines: int = 15) -> str:
    """The last lines of a log file, to show why a server did not start."""
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


@dataclass
class ServerProcess:
    """One detached server: its command, log file and pid file."""

    name: str
    pid_file: Path
    log_file: Path

    def read_pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        return pid if pid_alive(pid) else None

    def start(self, argv: Sequence[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> int:
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        self.pid_file.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_file, "ab") as log:
            proc = subprocess.Popen(  # noqa: S603 - argv is built by logwarden, not from input
                list(argv), stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                env=env, cwd=cwd, start_new_session=True,
            )
        self.pid_file.write_text(f"{proc.pid}\n")
        self._popen = proc  # keeps the child reapable when the starter also waits for it
        return proc.pid

    def wait_ready(self, probe: Callable[[], bool], timeout: float) -> float:
        """Poll `probe` until it answers; fail at once, with the log's tail, if the process dies."""
        started = time.monotonic()
        deadline = started + timeout
        while True:
            pid = self.read_pid()
            popen = getattr(self, "_popen", None)
            if popen is not None:
                popen.poll()
            if pid is None or (popen is not None and popen.returncode is not None):
                raise StackError(
                    f"{self.name} exited while starting; its log ({self.log_file}) ends:\n{tail(self.log_file)}"
                )
            if probe():
                return time.monotonic() - started
            if time.monotonic() > deadline:
                raise StackError(
                    f"{self.name} did not answer within {timeout:.0f}s; "
                    f"its log ({self.log_file}) ends:\n{tail(self.log_file)}"
                )
            time.sleep(0.2)

    def request_stop(self) -> None:
        """SIGTERM without waiting, so that servers that depend on each other can all be told at once."""
        pid = self.read_pid()
        if pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    def stop(self, timeout: float = 30.0) -> bool:
        """SIGTERM, wait for a clean exit, SIGKILL past the timeout. False when it was not running."""
        pid = self.read_pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        self.request_stop()
        deadline = time.monotonic() + timeout
        popen = getattr(self, "_popen", None)
        while time.monotonic() < deadline:
            if popen is not None and popen.poll() is not None:
                break
            if not pid_alive(pid):
                break
            time.sleep(0.1)
        else:
            os.kill(pid, signal.SIGKILL)
        self.pid_file.unlink(missing_ok=True)
        return True
