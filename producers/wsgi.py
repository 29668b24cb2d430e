"""WSGI middleware (Flask, Django, any WSGI app): one `request/1` event per HTTP request.

The event is emitted when the server closes the response, so status, bytes sent and
duration are the real ones, also for streamed bodies and for an app that raised (500).
Emitting is an append to the LogProducer's bounded queue: the request never waits on Kafka.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from producers.web import ACTIONS_KEY, Recorder, Seen

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


class LogwardenWSGI:
    """Wrap a WSGI app: `app.wsgi_app = LogwardenWSGI(app.wsgi_app)` in Flask."""

    def __init__(self, app: WSGIApp, recorder: Recorder | None = None) -> None:
        self.app = app
        self.recorder = recorder or Recorder.from_settings()

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        started = time.perf_counter()
        seen = self.recorder.see(
            environ.get("REQUEST_METHOD", "GET"), environ.get("HTTP_HOST") or environ.get("SERVER_NAME", ""),
            environ.get("PATH_INFO", "") or "/", environ.get("QUERY_STRING", ""), environ.get("REMOTE_ADDR", ""),
            _headers(environ))
        environ[ACTIONS_KEY] = self.recorder.actions(seen)
        status = [500]

        def recording_start_response(status_line: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            status[0] = _status_code(status_line)
            return start_response(status_line, headers, exc_info) if exc_info else start_response(status_line, headers)

        try:
            body = self.app(environ, recording_start_response)
        except BaseException:
            self.recorder.request_done(seen, 500, 0, (time.perf_counter() - started) * 1000)
            raise
        return _Recorded(body, self.recorder, seen, status, started)


class _Recorded:
    """The app's response body, counted as the server sends it; the event goes out on close()."""

    def __init__(
        self, body: Iterable[bytes], recorder: Recorder, seen: Seen, status: list[int], started: float
    ) -> None:
        self._body = body
        self._recorder = recorder
        self._seen = seen
        self._status = status
        self._started = started
        self._sent = 0
        self._failed = False

    def __iter__(self) -> Iterator[bytes]:
        try:
            for chunk in self._body:
                self._sent += len(chunk)
                yield chunk
        except BaseException:
            self._failed = True
            raise

    def close(self) -> None:
        try:
            close = getattr(self._body, "close", None)
            if close is not None:
                close()
        finally:
            status = 500 if self._failed else self._status[0]
            self._recorder.request_done(self._seen, status, self._sent, (time.perf_counter() - self._started) * 1000)


def _headers(environ: dict[str, Any]) -> dict[str, str]:
    headers = {key[5:].replace("_", "-").lower(): value for key, value in environ.items() if key.startswith("HTTP_")}
    return headers


def _status_code(status_line: str) -> int:
    try:
        return int(status_line.split(" ", 1)[0])
    except ValueError:
        return 500
