"""What the WSGI and ASGI middleware share: reading a request once, and emitting its events.

A `Recorder` owns the LogProducer and the deployment's choices (trusted proxies, where
consent is read, what is never sent). It turns a `Seen` request into a `request/1` event
when the response is done, and gives the application an `Actions` handle on the same
request for `action/1` events. Recording never raises into the application: a failure
is logged and counted, and the request goes on as if logwarden were not there.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from http.cookies import CookieError, SimpleCookie
from typing import Any

from pipeline.policy import CONSENTS, load_policy
from pipeline.settings import Settings
from producers import metrics
from producers.events import (
    Client,
    Network,
    Request,
    Source,
    action_event,
    client_address,
    parse_consent,
    request_event,
)
from producers.kafka_producer import LogProducer

log = logging.getLogger("logwarden.middleware")
#: Where the middleware leaves the request's Actions: WSGI environ key, ASGI scope key.
ACTIONS_KEY = "logwarden.actions"


@dataclass(frozen=True, slots=True)
class Seen:
    """A request as the middleware saw it, before any scrubbing (everything here stays on this server)."""

    request: Request
    client: Client
    consent: dict[str, bool]


class Recorder:
    """Builds and sends a site's request and action events; one per application process."""

    def __init__(self, producer: LogProducer, *, trusted_proxies: tuple[Network, ...] = (),
                 consent_cookie: str = "logwarden_consent", consent_header: str = "X-Logwarden-Consent",
                 consents: Iterable[str] = CONSENTS) -> None:
        self.producer = producer
        self.source: Source = producer.source
        self.trusted_proxies = trusted_proxies
        self.consent_cookie = consent_cookie
        self.consent_header = consent_header.lower()
        self.consents = tuple(consents)

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Recorder:
        """A recorder configured from LOGWARDEN_* variables, sending to the policy's raw topic."""
        settings = settings or Settings.from_env()
        policy = load_policy(settings.policy_file)
        producer = LogProducer(settings, settings.topic(policy.raw.name), client_suffix="web", canaries=True)
        return cls(producer, trusted_proxies=settings.trusted_proxies, consent_cookie=settings.consent_cookie,
                   consent_header=settings.consent_header)

    def see(self, method: str, host: str, path: str, query: str, peer: str, headers: Mapping[str, str]) -> Seen:
        """Read one request; `headers` has lower-case names (the last value of a repeated header is enough)."""
        ip, hops = client_address(peer, headers.get("x-forwarded-for", ""), self.trusted_proxies)
        client = Client(ip=ip, forwarded_for=hops, user_agent=headers.get("user-agent", ""),
                        accept_language=headers.get("accept-language", ""))
        return Seen(Request(method=method, host=_without_port(host), path=path, query=query,
                            referrer=headers.get("referer", "")),
                    client, self._consent(headers))

    def _consent(self, headers: Mapping[str, str]) -> dict[str, bool]:
        value = headers.get(self.consent_header)
        if value is None and self.consent_cookie and "cookie" in headers:
            try:
                morsel = SimpleCookie(headers["cookie"]).get(self.consent_cookie)
            except CookieError:
                morsel = None
            value = morsel.value if morsel is not None else None
        consent = parse_consent(value or "", self.consents)
        if headers.get("sec-gpc", "").strip() == "1" and "marketing" in self.consents:
            consent["marketing"] = False  # Global Privacy Control: the browser says "do not sell or share"
        return consent

    def request_done(self, seen: Seen, status: int, sent_bytes: int, duration_ms: float) -> None:
        """Emit the request's event; never raises."""
        try:
            self.producer.emit(request_event(self.source, seen.request, status=status, sent_bytes=sent_bytes,
                                             duration_ms=duration_ms, client=seen.client, consent=seen.consent))
        except Exception as exc:  # noqa: BLE001 - the application must not fail because of its logs
            _failed(exc)

    def actions(self, seen: Seen) -> Actions:
        return Actions(self, seen)

    def close(self, timeout: float = 10.0) -> None:
        """Flush on shutdown (call it from the app server's shutdown hook or atexit)."""
        self.producer.close(timeout)


def _without_port(host: str) -> str:
    if host.startswith("["):  # [2001:db8::1]:8080
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _failed(exc: Exception) -> None:
    metrics.MESSAGES.labels(outcome="dropped_error").inc()
    log.warning("event not recorded", extra={"error": type(exc).__name__})


class Actions:
    """The application's handle for action events of the current request (form submits, sign-ups...)."""

    def __init__(self, recorder: Recorder, seen: Seen) -> None:
        self._recorder = recorder
        self._seen = seen

    def emit(self, name: str, *, form: Mapping[str, Any] | None = None,
             properties: Mapping[str, Any] | None = None) -> bool:
        """Send one `action/1` event with this request's client and consent. False when it was dropped."""
        recorder = self._recorder
        try:
            return recorder.producer.emit(action_event(
                recorder.source, name, request=self._seen.request, client=self._seen.client,
                consent=self._seen.consent, form=form, properties=properties))
        except Exception as exc:  # noqa: BLE001
            _failed(exc)
            return False


def emit_action(carrier: Mapping[str, Any], name: str, *, form: Mapping[str, Any] | None = None,
                properties: Mapping[str, Any] | None = None) -> bool:
    """Record an action from inside a request: `carrier` is the WSGI environ (Flask: `request.environ`)
    or the ASGI scope (Starlette: `request.scope`). False when the middleware is not installed."""
    actions = carrier.get(ACTIONS_KEY)
    if actions is None:
        log.warning("emit_action called outside the logwarden middleware", extra={"action": name})
        return False
    return actions.emit(name, form=form, properties=properties)
