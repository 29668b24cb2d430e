"""One consent parser for every producer (issue 24): the same request, sent by the web middleware and by the
access-log tailer, is routed under the same purposes. The middleware used to send an explicit "no" to every consent
when the visitor had said nothing, which withdrew research (2.1.3) from every such visitor while the tailer kept it."""

from __future__ import annotations

from types import SimpleNamespace

import orjson
import pytest

from pipeline.policy import CONSENTS
from producers.access_log.follow import Line, Position
from producers.access_log.parse import parse_line
from producers.access_log.ship import to_event
from producers.events import Source, request_event
from producers.web import Recorder
from tests.corpus import make_router

SOURCE = Source(service="alexrust.org")
LOG_LINE = ('203.0.113.7 - - [24/Nov/2026:15:40:36 +0000] "GET /docs/install?lang=en HTTP/1.1" 200 5120 '
            '"https://www.google.com/" "Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0"')


def _routed(event: dict[str, object]) -> dict[str, list[str]]:
    """Route name -> the purposes the routed record carries."""
    outcome = make_router().route(orjson.dumps(event))
    assert not outcome.rejected and not outcome.dropped, (outcome.rejected, outcome.dropped)
    routed = {}
    for output in outcome.outputs:
        record = orjson.loads(output.value)
        routed[output.topic] = sorted(record.get("purposes", []))
    return routed


def _by_middleware(headers: dict[str, str]) -> dict[str, object]:
    # the recorder only reads the request here; nothing is sent, so it needs no producer's connection
    recorder = Recorder(SimpleNamespace(source=SOURCE), consents=CONSENTS)  # type: ignore[arg-type]
    seen = recorder.see("GET", "alexrust.org", "/docs/install", "lang=en", "203.0.113.7",
                        {"user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0",
                         "referer": "https://www.google.com/", **headers})
    return request_event(SOURCE, seen.request, status=200, sent_bytes=5120, duration_ms=1.0, client=seen.client,
                         consent=seen.consent, ts="2026-11-24T15:40:36.000Z")


def _by_tailer() -> dict[str, object]:
    line = Line("/var/log/nginx/access.log", 1, LOG_LINE, Position("/var/log/nginx/access.log", 1, 2, 300, 1))
    return to_event(SOURCE, "alexrust.org", line, parse_line(LOG_LINE))


def test_a_visitor_who_said_nothing_is_routed_alike_by_the_middleware_and_the_tailer() -> None:
    middleware = _by_middleware({})
    assert middleware["consent"] == {}  # nothing said is nothing sent
    assert _routed(middleware) == _routed(_by_tailer())
    assert any("2.1.3" in purposes for purposes in _routed(middleware).values())  # research is not withdrawn


@pytest.mark.parametrize("headers, withdrawn", [
    ({"cookie": "logwarden_consent=analytics=0"}, "2.1.3"),
    ({"x-logwarden-consent": "analytics=no"}, "2.1.3"),
])
def test_an_explicit_no_from_the_visitor_still_withdraws_its_purposes(headers: dict[str, str], withdrawn: str) -> None:
    routed = _routed(_by_middleware(headers))
    assert all(withdrawn not in purposes for purposes in routed.values())


def test_global_privacy_control_is_an_explicit_no_to_marketing_even_without_a_consent_cookie() -> None:
    assert _by_middleware({"sec-gpc": "1"})["consent"] == {"marketing": False}
