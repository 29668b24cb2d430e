"""The /metrics endpoint every long-running process serves (prometheus-client's HTTP server), and the registration
of a source's endpoint with Prometheus while it runs.

One place that starts it, so a port already taken (another logwarden process, a second copy of
the same one) is the same clear line and exit 2 in every process instead of an OSError
traceback, and the process never goes on to report someone else's counters as its own.
"""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import orjson
from prometheus_client import start_http_server

from pipeline.settings import SettingsError

log = logging.getLogger("logwarden.metrics")


def serve_metrics(host: str, port: int, setting: str) -> None:
    """Serve this process's metrics on host:port; `setting` names the variable that sets the port."""
    try:
        start_http_server(port, addr=host)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise SettingsError(f"the metrics port {host}:{port} is already in use (another logwarden process, or "
                                f"this one started twice?); set {setting} to a free port") from None
        if exc.errno == errno.EADDRNOTAVAIL:
            raise SettingsError(f"cannot serve metrics on {host}:{port}: no such address on this machine "
                                "(LOGWARDEN_BIND_HOST)") from None
        raise


# --- registration with Prometheus (file-based service discovery) ---
#
# A source (the load generator, the tailer) runs only now and then: listed in Prometheus's configuration, it reads
# as a target "down" whenever it is idle, on a stack that is healthy. So each registers itself instead, with a
# target file in the folder Prometheus watches (`file_sd_configs`) that lives exactly as long as the process: written
# when its endpoint serves, removed when it exits. Prometheus rereads the folder within seconds, and a target that
# is gone is dropped, not reported down. The file is named after the process id, so two copies never share one and
# a file left by a process killed with SIGKILL is recognised (and removed) by the next registration.


def scrape_host(bind_host: str) -> str:
    """The address a scraper on this machine reaches an endpoint bound to `bind_host` at (a wildcard: loopback)."""
    return "127.0.0.1" if bind_host in {"0.0.0.0", "::"} else bind_host  # noqa: S104 - a comparison


def write_target_file(path: Path, jobs: dict[str, list[str]]) -> Path:
    """Write one file of file-based service discovery (job -> host:port list) atomically: Prometheus never reads
    half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(orjson.dumps([{"targets": targets, "labels": {"job": job}} for job, targets in jobs.items()],
                                       option=orjson.OPT_INDENT_2))
    temporary.replace(path)
    return path


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def remove_stale_targets(folder: Path) -> list[Path]:
    """Remove the target files of registered processes that no longer run (killed before they could remove theirs)."""
    removed = []
    for path in folder.glob("*.*.json"):
        pid = path.name.split(".")[-2]
        if pid.isdigit() and not _alive(int(pid)):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


@contextmanager
def registered(folder: Path | None, job: str, host: str, port: int) -> Iterator[Path | None]:
    """Register this process's endpoint as a target of `job` in `folder` for as long as the block runs (None: no
    registration); the path of its target file."""
    if folder is None:
        yield None
        return
    try:
        remove_stale_targets(folder)
        path = write_target_file(folder / f"{job}.{os.getpid()}.json", {job: [f"{scrape_host(host)}:{port}"]})
    except OSError as exc:  # monitoring must never stop a source: say so and run unregistered
        log.warning("not registered with Prometheus", extra={"folder": str(folder), "error": exc.strerror})
        yield None
        return
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)
