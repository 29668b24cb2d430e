"""The /metrics endpoint every long-running process serves (prometheus-client's HTTP server).

One place that starts it, so a port already taken (another logwarden process, a second copy of
the same one) is the same clear line and exit 2 in every process instead of an OSError
traceback, and the process never goes on to report someone else's counters as its own.
"""

from __future__ import annotations

import errno

from prometheus_client import start_http_server

from pipeline.settings import SettingsError


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
