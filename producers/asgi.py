"""ASGI middleware (Starlette, FastAPI, any ASGI app): one `request/1` event per HTTP request.

The event is emitted once the app has sent its whole response, so status, bytes and
duration are the real ones; an app that raises is recorded as 500 and the exception goes
on to the server. WebSocket and lifespan traffic passes through untouched.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from producers.web import ACTIONS_KEY, Recorder

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class LogwardenASGI:
    """Wrap an ASGI app: `app.add_middleware(LogwardenASGI)` in Starlette, or `LogwardenASGI(app)`."""

    def __init__(self, app: ASGIApp, recorder: Recorder | None = None) -> None:
        self.app = app
        self.recorder = recorder or Recorder.from_settings()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope.get("headers", ())}
        client = scope.get("client") or ("", 0)
        host = headers.get("host") or (scope.get("server") or ("", 0))[0]
        seen = self.recorder.see(scope.get("method", "GET"), host, scope.get("path", "/") or "/",
                                 scope.get("query_string", b"").decode("latin-1"), client[0], headers)
        scope[ACTIONS_KEY] = self.recorder.actions(seen)
        status, sent = 500, 0

        async def recording_send(message: Message) -> None:
            nonlocal status, sent
            if message["type"] == "http.response.start":
                status = int(message["status"])
            elif message["type"] == "http.response.body":
                sent += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        except BaseException:
            status = 500
            raise
        finally:
            self.recorder.request_done(seen, status, sent, (time.perf_counter() - started) * 1000)
