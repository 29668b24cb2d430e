"""The process behind the local S3 endpoint: moto's S3 app (the same one `python -m moto.server` serves), behind
cheroot, a multi-threaded HTTP/1.1 server with keep-alive, in one process (moto keeps every bucket in its memory).

Why not `python -m moto.server`: a put there cost about 3 ms of server CPU, which capped the local stack at about
250 small puts/s on two cores (issue 17: a sink writing thousands of one-record objects waits on S3, not on itself).
Two things took most of it:

- moto's dispatcher works out which backend a request is for by listing moto's package folder (an `os.listdir`
  and an `isdir` for each of its ~180 entries) on every request, under a lock. The answer depends on the host name
  alone and the folder does not change while the server runs, so `S3Dispatcher` remembers it (about 1 ms a put).
- moto.server runs werkzeug's development server, which closes the connection after every response: each put paid
  a TCP accept, a new thread and a log line. cheroot keeps boto3's connections open and serves them from a pool.

Together: 1.4 ms of server CPU per put instead of 3.0, and 1.7 times the puts/s (8 boto3 threads putting 700-byte
objects on a shared 2-core machine: 410-510 puts/s against 265-295).

`S3Gateway` keeps what moto's own request handler does to the environ for werkzeug's server, so requests reach moto
the same way: the raw request target in RAW_URI (S3 keys with an encoded slash or a `?` need it), and header names
with an underscore dropped, except user metadata (`x-amz-meta-my_key`), whose spelling is kept for moto to report.
"""

from __future__ import annotations

import argparse
import os
import signal
from collections.abc import Sequence
from types import FrameType
from typing import Any

from cheroot import wsgi
from moto.core.request import (
    PRESERVED_HEADER_NAMES_ENVIRON_KEY,
    environ_key_for_header,
    should_preserve_original_header_name,
)
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app

#: Worker threads: the sink puts from 8 (LOGWARDEN_SINK_PUT_THREADS), with room for a reader alongside. Idle
#: keep-alive connections hold no thread (cheroot waits on them in a selector).
THREADS = 10

#: Hosts remembered at most (a request's host name is chosen by its sender; real ones are a handful).
_BACKENDS_REMEMBERED = 1024


class S3Dispatcher(DomainDispatcherApplication):
    """moto's dispatcher, remembering which backend serves a host name instead of listing moto's folder per request."""

    def __init__(self) -> None:
        super().__init__(create_backend_app)
        self._backends: dict[str | None, Any] = {}

    def get_backend_for_host(self, host: str | None) -> Any:
        # called under self.lock (get_application), so the dict needs no lock of its own
        try:
            return self._backends[host]
        except KeyError:
            backend = super().get_backend_for_host(host)
            if len(self._backends) < _BACKENDS_REMEMBERED:
                self._backends[host] = backend
            return backend


class S3Gateway(wsgi.Gateway_10):
    """cheroot's WSGI environ, made what moto's handler makes of werkzeug's (moto.moto_server.MotoRequestHandler)."""

    def get_environ(self) -> dict[str, Any]:  # type: ignore[override] # cheroot's stub says -> None for its base
        environ: dict[str, Any] = super().get_environ()
        environ["RAW_URI"] = environ["REQUEST_URI"]
        headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in self.req.inheaders.items()]
        underscored = [(name, value) for name, value in headers if "_" in name]
        if not underscored:
            return environ
        dashed = {environ_key_for_header(name): value for name, value in headers if "_" not in name}
        names: dict[str, str] = {}
        values: dict[str, list[str]] = {}
        for name, value in underscored:
            key = environ_key_for_header(name)
            if key in dashed:  # never let an underscored header stand in for a dashed one
                environ[key] = dashed[key]
            elif should_preserve_original_header_name(name):
                names.setdefault(key, name)
                values.setdefault(key, []).append(value)
            else:
                environ.pop(key, None)
        for key, key_values in values.items():
            environ[key] = ",".join(key_values)
        environ[PRESERVED_HEADER_NAMES_ENVIRON_KEY] = names
        return environ


def server(host: str, port: int, threads: int = THREADS) -> wsgi.Server:
    """An S3 server on host:port, not yet started."""
    os.environ.setdefault("MOTO_PORT", str(port))  # what moto.server sets: moto builds some URLs with it
    httpd = wsgi.Server((host, port), S3Dispatcher(), numthreads=threads, server_name=f"{host}:{port}",
                        request_queue_size=64)  # a sink opens its 8 connections at once: no SYN retried
    httpd.gateway = S3Gateway
    return httpd


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-H", "--host", default="127.0.0.1")
    parser.add_argument("-p", "--port", type=int, required=True)
    parser.add_argument("--threads", type=int, default=THREADS)
    args = parser.parse_args(argv)
    httpd = server(args.host, args.port, args.threads)

    def on_term(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, on_term)
    try:
        httpd.safe_start()  # serves until SIGINT or SIGTERM
    finally:
        httpd.stop()


if __name__ == "__main__":
    main()
