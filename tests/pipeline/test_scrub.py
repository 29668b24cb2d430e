"""pipeline/scrub.py, the pure scrub/route core: validation, routing, treatments and redaction as the router
applies them, pseudonyms, DLQ reasons, tally. No servers.

Every case feeds bytes to `Router.route` and checks the exact output where it is deterministic: these
are the rules that decide what leaves the pipeline. The treatment functions alone are in test_treatments.py,
the redactor alone in test_redact_cases.py.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import subprocess
import sys
from base64 import urlsafe_b64encode
from collections import Counter
from collections.abc import Iterator
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import scrub
from pipeline.policy import load_policy
from pipeline.scrub import DLQ_REASONS, Outcome, Output, Router
from pipeline.settings import PROJECT_ROOT

POLICY = load_policy(PROJECT_ROOT / "config" / "policy.toml")
KEY = b"k" * 32
EID = "0b7d3c9e-3f7a-4c1e-9a53-2f6f5f0d8a11"
EMAIL = "bob.smith@example.com"
STAMP = {"policy_version", "logwarden.route", "logwarden.policy", "logwarden.key_id"}
ALL_PURPOSES = ["2.1.1", "2.1.2", "2.1.3", "2.1.4"]

CHROME_LINUX = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/120.0.0.0 Safari/537.36")
FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0"
SAFARI_IOS = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 "
              "(KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1")


@pytest.fixture
def router() -> Router:
    return Router(POLICY, KEY, "k1")


def event(**fields: Any) -> dict[str, Any]:
    """The smallest valid event, plus fields."""
    base: dict[str, Any] = {"schema": "request/1", "event_id": EID, "ts": "2026-11-24T15:40:36.123Z"}
    base.update(fields)
    return base


def full_event(**over: Any) -> dict[str, Any]:
    """An action/1 event carrying every wire-format field, for both routes (marketing consent given)."""
    ev = event(
        schema="action/1", service="alexrust.org", purposes=ALL_PURPOSES,
        consent={"analytics": True, "marketing": True},
        request={"method": "POST", "host": "alexrust.org", "path": "/contact", "query": "lang=en&email=" + EMAIL,
                 "status": 200, "bytes": 5120, "duration_ms": 12.5,
                 "referrer": "https://www.google.com/search?q=rust"},
        client={"ip": "203.0.113.7", "forwarded_for": ["198.51.100.2"], "user_agent": CHROME_LINUX,
                "accept_language": "ru-RU,ru;q=0.9", "cookies": {"sid": "s3cr3t-cookie"}},
        device={"type": "desktop", "screen": "1920x1080",
                "location": {"lat": 55.7558, "lon": 37.6173, "country": "RU", "city": "Moscow"}},
        user={"id": "u-123", "session_id": "s-456", "name": "Ivan Petrov", "email": EMAIL, "phone": "+79161234567"},
        action={"name": "form_submit",
                "form": {"name": "Ivan Petrov", "phone": "+7 (916) 123-45-67", "email": EMAIL, "message": "hello"},
                "properties": {"button": "submit"}},
    )
    ev.update(over)
    return ev


def run(router: Router, ev: Any) -> Outcome:
    return router.route(orjson.dumps(ev))


def docs(outcome: Outcome) -> dict[str, dict[str, Any]]:
    """Outputs by route name, values parsed."""
    assert outcome.rejected is None, (outcome.rejected, outcome.detail)
    return {o.route: orjson.loads(o.value) for o in outcome.outputs}


def analytics(router: Router, **fields: Any) -> dict[str, Any]:
    """The analytics output of a minimal event with these fields."""
    return docs(run(router, event(purposes=["2.1.1"], **fields)))["analytics"]


def leaf_paths(doc: dict[str, Any], prefix: str = "") -> Iterator[str]:
    for key, value in doc.items():
        path = prefix + key
        if isinstance(value, dict) and value:
            yield from leaf_paths(value, path + ".")
        else:
            yield path


def allowed_root(path: str, allowed: set[str]) -> str | None:
    return next((a for a in allowed if path == a or path.startswith(a + ".")), None)


# --- ip_prefix in the output ---

@pytest.mark.parametrize(("value", "expected"), [
    ("203.0.113.7", "203.0.113.0/24"),
    ("::ffff:198.51.100.9", "198.51.100.0/24"),
    ("[2001:db8:abcd:12::1]:443", "2001:db8:abcd::/48"),
])
def test_client_ip_generalized_in_output(router: Router, value: str, expected: str) -> None:
    out = analytics(router, client={"ip": value})
    assert out["client"] == {"ip": expected}


def test_client_ip_garbage_is_dropped_from_output(router: Router) -> None:
    """A value that is not an address has nothing safe to keep: the field disappears, the event still routes."""
    out = analytics(router, client={"ip": "not-an-ip", "accept_language": "en"})
    assert out["client"] == {"accept_language": "en"}


# --- user_agent in the output ---

@pytest.mark.parametrize(("ua", "expected"), [
    (CHROME_LINUX, {"browser": "Chrome", "browser_major": "120", "os": "Linux", "os_major": None}),
    (FIREFOX_WINDOWS, {"browser": "Firefox", "browser_major": "121", "os": "Windows", "os_major": "10"}),
    (SAFARI_IOS, {"browser": "Mobile Safari", "browser_major": "17", "os": "iOS", "os_major": "17"}),
])
def test_user_agent_families_and_major_versions_in_every_output(router: Router, ua: str,
                                                                 expected: dict[str, Any]) -> None:
    """Clause 1.8 keeps browser and OS type and version, not the fingerprintable full string."""
    routed = run(router, event(purposes=ALL_PURPOSES, consent={"marketing": True}, client={"user_agent": ua}))
    for output in routed.outputs:
        doc = orjson.loads(output.value)
        assert doc["client"]["user_agent"] == expected
        assert ua.encode() not in output.value
        for token in (b"AppleWebKit", b"KHTML", b"Gecko", b"Mozilla", b"Win64", b"15E148"):
            assert token not in output.value


# --- location and query in the output ---

def test_location_keeps_country_and_city_only(router: Router) -> None:
    """Coordinates single out a home: no lat/lon on any route."""
    ev = full_event()
    outcome = run(router, ev)
    assert len(outcome.outputs) == 2
    for output in outcome.outputs:
        doc = orjson.loads(output.value)
        assert doc["device"]["location"] == {"country": "RU", "city": "Moscow"}
        for token in (b"lat", b"lon", b"55.7558", b"37.6173"):
            assert token not in output.value


def test_location_with_only_coordinates_is_dropped(router: Router) -> None:
    out = analytics(router, device={"type": "mobile", "location": {"lat": 55.7558, "lon": 37.6173}})
    assert out["device"] == {"type": "mobile"}


def test_query_in_output(router: Router) -> None:
    out = analytics(router, request={"query": f"utm_source=news&email={EMAIL}&token=t0k3n"})
    assert out["request"] == {"query": "utm_source=news"}
    assert analytics(router, request={"query": f"email={EMAIL}", "status": 200})["request"] == {"status": 200}


# --- redaction of free text in the output ---

def test_redacted_text_in_every_free_text_place(router: Router) -> None:
    """Paths, form messages, properties and unknown keys are all scanned before any route sees them."""
    ev = full_event(
        request={"path": f"/contact/{EMAIL}", "status": 200},
        action={"name": "form_submit", "form": {"message": "call me at +7 (999) 123-45-67"},
                "properties": {"note": f"from 203.0.113.7 mail {EMAIL}"}},
        extra_note=f"written by {EMAIL}",
    )
    outcome = run(router, ev)
    analytics_doc = docs(outcome)["analytics"]
    assert "[email]" in analytics_doc["request"]["path"]
    assert analytics_doc["action"]["properties"] == {"note": "from [ip] mail [email]"}
    for output in outcome.outputs:
        assert EMAIL.encode() not in output.value
        assert b"123-45-67" not in output.value
        assert b"203.0.113.7" not in output.value


# --- routing ---

@pytest.mark.parametrize(("fields", "expected"), [
    pytest.param({"purposes": ["2.1.1"]}, {"analytics": ["2.1.1"]}, id="declared-analytics"),
    pytest.param({"purposes": ALL_PURPOSES, "consent": {"marketing": True}},
                 {"analytics": ["2.1.1", "2.1.3"], "marketing": ["2.1.2", "2.1.4"]}, id="declared-all-with-consent"),
    pytest.param({"purposes": ALL_PURPOSES}, {"analytics": ["2.1.1", "2.1.3"]}, id="declared-all-consent-missing"),
    pytest.param({"purposes": ALL_PURPOSES, "consent": {"marketing": False, "analytics": True}},
                 {"analytics": ["2.1.1", "2.1.3"]}, id="declared-all-consent-refused"),
    pytest.param({}, {"analytics": ["2.1.1", "2.1.3"]}, id="derived-request"),
    pytest.param({"schema": "action/1", "action": {"name": "form_submit"}},
                 {"analytics": ["2.1.1", "2.1.3"]}, id="derived-form-submit"),
    pytest.param({"schema": "action/1", "action": {"name": "ad_click"}, "consent": {"marketing": True}},
                 {"marketing": ["2.1.2", "2.1.4"]}, id="derived-ad-click-with-consent"),
    pytest.param({"request": {"path": "/ads/summer"}}, {"analytics": ["2.1.1", "2.1.3"]},
                 id="derived-ads-path-no-consent"),
    pytest.param({"request": {"path": "/ads/summer"}, "consent": {"marketing": True}},
                 {"analytics": ["2.1.1", "2.1.3"], "marketing": ["2.1.2", "2.1.4"]},
                 id="derived-ads-path-with-consent"),
    pytest.param({"schema": "action/1", "action": {"name": "newsletter_open"}, "request": {"path": "/promo/x"},
                  "consent": {"marketing": True}}, {"marketing": ["2.1.2", "2.1.4"]}, id="derived-newsletter"),
    # an explicit "no" to analytics withdraws research (2.1.3); serving the request (2.1.1) goes on
    pytest.param({"consent": {"analytics": False}}, {"analytics": ["2.1.1"]}, id="analytics-refused-derived"),
    pytest.param({"purposes": ALL_PURPOSES, "consent": {"analytics": False, "marketing": True}},
                 {"analytics": ["2.1.1"], "marketing": ["2.1.2", "2.1.4"]}, id="analytics-refused-declared"),
    pytest.param({"purposes": ALL_PURPOSES, "consent": {"analytics": True, "marketing": True}},
                 {"analytics": ["2.1.1", "2.1.3"], "marketing": ["2.1.2", "2.1.4"]}, id="both-given"),
])
def test_routes_by_purpose_and_consent(router: Router, fields: dict[str, Any], expected: dict[str, list[str]]) -> None:
    """Clause 2.1 picks the routes; clause 4.1 keeps marketing to users who consented."""
    outcome = run(router, event(**fields))
    assert outcome.kind == "routed"
    got = docs(outcome)
    assert {name: doc["purposes"] for name, doc in got.items()} == expected
    topics = {o.route: o.topic for o in outcome.outputs}
    assert topics == {name: f"logs.{name}" for name in expected}


@pytest.mark.parametrize(("fields", "reason"), [
    pytest.param({"schema": "action/1", "action": {"name": "ad_click"}}, "no_consent", id="ad-click-no-consent"),
    pytest.param({"schema": "action/1", "action": {"name": "ad_click"}, "consent": {"marketing": False}},
                 "no_consent", id="ad-click-consent-refused"),
    pytest.param({"purposes": ["2.1.2", "2.1.4"]}, "no_consent", id="declared-marketing-no-consent"),
    pytest.param({"purposes": []}, "no_purpose", id="declared-none"),
    pytest.param({"purposes": ["2.1.3"], "consent": {"analytics": False}}, "no_consent",
                 id="research-only-analytics-refused"),
    pytest.param({"schema": "action/1", "action": {"name": "scroll"}}, "no_purpose", id="no-rule-matches"),
])
def test_events_no_route_may_keep_are_dropped_with_a_reason(router: Router, fields: dict[str, Any],
                                                             reason: str) -> None:
    outcome = run(router, event(**fields))
    assert outcome.outputs == ()
    assert outcome.rejected is None
    assert outcome.dropped == reason
    assert outcome.kind == "dropped"


@pytest.mark.parametrize("name", ["analytics", "marketing"])
def test_each_output_holds_exactly_its_allow_list(router: Router, name: str) -> None:
    """Data minimization: with every field present, the leaves of an output map onto the allow-list,
    no more, no less."""
    doc = docs(run(router, full_event()))[name]
    allowed = set(POLICY.route(name).allow) | STAMP
    leaves = set(leaf_paths(doc))
    roots = {path: allowed_root(path, allowed) for path in leaves}
    assert [p for p, root in roots.items() if root is None] == []
    assert set(roots.values()) == allowed


def test_marketing_output_is_minimal(router: Router) -> None:
    doc = docs(run(router, full_event()))["marketing"]
    assert "query" not in doc["request"]
    assert "ip" not in doc["client"] and "forwarded_for" not in doc["client"]
    assert set(doc["user"]) == {"id"}
    assert set(doc["action"]) == {"name"}
    assert doc["consent"] == {"analytics": True, "marketing": True}


def test_every_output_is_stamped_and_keyed_by_event_id(router: Router) -> None:
    """event_id is kept unchanged on every route for end-to-end accounting; the stamp says which rules made it."""
    outcome = run(router, full_event())
    assert {o.route for o in outcome.outputs} == {"analytics", "marketing"}
    for output in outcome.outputs:
        doc = orjson.loads(output.value)
        assert output.key == EID.encode()
        assert doc["event_id"] == EID
        assert doc["logwarden"] == {"route": output.route, "policy": "2024-01-01.1", "key_id": "k1"}
        assert doc["policy_version"] == POLICY.version_id == "2024-01-01.1"


def test_direct_identifiers_never_leave(router: Router) -> None:
    outcome = run(router, full_event())
    for output in outcome.outputs:
        for value in (EMAIL, "Ivan Petrov", "79161234567", "s3cr3t-cookie", "u-123", "s-456", "198.51.100.2"):
            assert value.encode() not in output.value, (output.route, value)


def test_consent_names_are_not_a_side_channel(router: Router) -> None:
    """consent is kept whole on marketing; its keys are producer-controlled text and must not carry an email."""
    outcome = run(router, event(purposes=["2.1.2"], consent={"marketing": True, EMAIL: True}))
    assert [o.route for o in outcome.outputs] == ["marketing"]
    assert EMAIL.encode() not in outcome.outputs[0].value


# --- pseudonyms ---

def expected_pseudonym(master: bytes, route: str, key_id: str, value: str) -> str:
    """The documented derivation: a route key from the master key, then HMAC-SHA256 of the id, 128 bits, base64url."""
    route_key = hmac.new(master, f"logwarden/route/{route}/{key_id}".encode(), hashlib.sha256).digest()
    digest = hmac.new(route_key, value.encode(), hashlib.sha256).digest()[:16]
    return "ps_" + urlsafe_b64encode(digest).rstrip(b"=").decode()


def pseudonyms(router: Router, user_id: Any, event_id: str = EID) -> dict[str, str]:
    outcome = run(router, event(event_id=event_id, purposes=ALL_PURPOSES, consent={"marketing": True},
                                user={"id": user_id}))
    return {name: doc["user"]["id"] for name, doc in docs(outcome).items()}


def test_pseudonyms_are_stable_within_a_route(router: Router) -> None:
    """Analysts count distinct users across events: the same id gives the same pseudonym on the same route."""
    first = pseudonyms(router, "u-123")
    second = pseudonyms(router, "u-123", event_id="7c9e6679-7425-40de-944b-e07fc1f90ae7")
    other_router = pseudonyms(Router(POLICY, KEY, "k1"), "u-123")
    assert first == second == other_router
    assert first == {"analytics": expected_pseudonym(KEY, "analytics", "k1", "u-123"),
                     "marketing": expected_pseudonym(KEY, "marketing", "k1", "u-123")}
    assert pseudonyms(router, "u-124")["analytics"] != first["analytics"]


def test_pseudonyms_differ_between_routes(router: Router) -> None:
    """Routes cannot be joined on pseudonyms (different key per route)."""
    got = pseudonyms(router, "u-123")
    assert got["analytics"] != got["marketing"]
    assert got["analytics"].startswith("ps_") and len(got["analytics"]) == 25


def test_session_id_is_pseudonymized(router: Router) -> None:
    doc = analytics(router, user={"id": 42, "session_id": "s-456"})
    assert doc["user"] == {"id": expected_pseudonym(KEY, "analytics", "k1", "42"),
                           "session_id": expected_pseudonym(KEY, "analytics", "k1", "s-456")}


@pytest.mark.parametrize(("key", "key_id"), [(b"q" * 32, "k1"), (KEY, "k2")])
def test_pseudonyms_change_with_the_key(router: Router, key: bytes, key_id: str) -> None:
    """Rotating the master key or its id gives unlinkable pseudonyms."""
    base = pseudonyms(router, "u-123")
    rotated = pseudonyms(Router(POLICY, key, key_id), "u-123")
    assert base["analytics"] != rotated["analytics"]
    assert base["marketing"] != rotated["marketing"]


def test_raw_user_id_never_appears(router: Router) -> None:
    outcome = run(router, event(purposes=ALL_PURPOSES, consent={"marketing": True},
                                user={"id": "user-8f3a9c", "session_id": "sess-77b2e1"}))
    assert len(outcome.outputs) == 2
    for output in outcome.outputs:
        assert b"user-8f3a9c" not in output.value
        assert b"sess-77b2e1" not in output.value


def test_short_key_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 16 bytes"):
        Router(POLICY, b"short", "k1")


# --- DLQ reasons ---

def nested(depth: int, leaf: Any = "x") -> Any:
    value = leaf
    for _ in range(depth):
        value = {"n": value}
    return value


def props(value: Any) -> dict[str, Any]:
    return {"schema": "action/1", "action": {"name": "search", "properties": value}}


BIG = "x" * (POLICY.limits.max_string_chars + 1)
DLQ_CASES: list[Any] = [
    # (raw message, reason, field path the detail must name or None, planted value that must not appear)
    pytest.param(orjson.dumps(event(note=EMAIL + "y" * 3000)), "oversized", None, EMAIL, id="oversized"),
    pytest.param(b'{"schema":"request/1","x":"\xff"}', "invalid_utf8", None, None, id="invalid-utf8"),
    pytest.param(b'{"schema":"request/1","event_id":"' + EID.encode() + b'","x":"' + EMAIL.encode() + b'\xc3"}',
                 "invalid_utf8", None, EMAIL, id="invalid-utf8-after-email"),
    pytest.param(b'{"x":"\\ud800"}', "invalid_utf8", None, None, id="lone-surrogate"),
    pytest.param(b'{"email": "' + EMAIL.encode() + b'",}', "malformed_json", None, EMAIL, id="trailing-comma"),
    pytest.param(b"{bad", "malformed_json", None, None, id="not-json"),
    pytest.param(b'{"a": 1} {"b": 2}', "malformed_json", None, None, id="two-documents"),
    pytest.param(b"[]", "not_an_object", None, None, id="list"),
    pytest.param(b'"' + EMAIL.encode() + b'"', "not_an_object", None, EMAIL, id="string"),
    pytest.param(b"1", "not_an_object", None, None, id="number"),
    pytest.param(orjson.dumps({"schema": "request/1", "ts": "2026-11-24T15:40:36Z"}),
                 "missing_field", "event_id", None, id="no-event-id"),
    pytest.param(orjson.dumps({"event_id": EID, "ts": "2026-11-24T15:40:36Z"}),
                 "missing_field", "schema", None, id="no-schema"),
    pytest.param(orjson.dumps(event(schema="action/1")), "missing_field", "action", None, id="action-without-action"),
    pytest.param(orjson.dumps(event(request={"status": "200"})), "wrong_type", "request.status", None,
                 id="status-string"),
    pytest.param(orjson.dumps(event(request={"status": EMAIL})), "wrong_type", "request.status", EMAIL,
                 id="status-email"),
    pytest.param(orjson.dumps(event(client={"forwarded_for": "198.51.100.23"})), "wrong_type",
                 "client.forwarded_for", "198.51.100.23", id="forwarded-for-string"),
    pytest.param(orjson.dumps(event(consent={"marketing": "yes"})), "wrong_type", "consent", None,
                 id="consent-not-boolean"),
    pytest.param(orjson.dumps(event(purposes="2.1.1")), "wrong_type", "purposes", None, id="purposes-string"),
    pytest.param(orjson.dumps(event(user={"id": [EMAIL]})), "wrong_type", "user.id", EMAIL, id="user-id-list"),
    pytest.param(orjson.dumps(event(user={"email": 79161234567})), "wrong_type", "user.email", "79161234567",
                 id="email-number"),
    pytest.param(orjson.dumps(event(device={"location": "Moscow, Tverskaya 1"})), "wrong_type", "device.location",
                 "Tverskaya", id="location-string"),
    pytest.param(orjson.dumps(event(event_id=5)), "wrong_type", "event_id", None, id="event-id-number"),
    pytest.param(orjson.dumps(event(schema="request/2")), "unknown_schema", "schema", None, id="schema-v2"),
    pytest.param(orjson.dumps(event(schema=EMAIL)), "unknown_schema", "schema", EMAIL, id="schema-email"),
    pytest.param(orjson.dumps(event(purposes=["2.1.1", "9.9"])), "unknown_purpose", "purposes", None,
                 id="purpose-unknown"),
    pytest.param(orjson.dumps(event(purposes=[EMAIL])), "unknown_purpose", "purposes", EMAIL, id="purpose-email"),
    pytest.param(orjson.dumps(event(event_id="not-a-uuid")), "invalid_value", "event_id", None, id="event-id-bad"),
    pytest.param(orjson.dumps(event(event_id=EMAIL)), "invalid_value", "event_id", EMAIL, id="event-id-email"),
    pytest.param(orjson.dumps(event(ts="2026-11-24T15:40:36")), "invalid_value", "ts", None, id="ts-naive"),
    pytest.param(orjson.dumps(event(ts="garbage")), "invalid_value", "ts", None, id="ts-garbage"),
    pytest.param(orjson.dumps(event(ts=EMAIL)), "invalid_value", "ts", EMAIL, id="ts-email"),
    pytest.param(orjson.dumps(event(ts="0001-01-01T00:00:00+01:00")), "invalid_value", "ts", None,
                 id="ts-out-of-range"),
    pytest.param(orjson.dumps(event(request={"path": "/" + EMAIL + BIG})), "too_large", "request.path", EMAIL,
                 id="too-large-path"),
    pytest.param(orjson.dumps(event(**props({"comment": EMAIL + BIG}))), "too_large", "action.properties", EMAIL,
                 id="too-large-free-text"),
    pytest.param(orjson.dumps(event(note=EMAIL + BIG)), "too_large", "note", EMAIL, id="too-large-unknown-key"),
    pytest.param(orjson.dumps(event(**props(nested(POLICY.limits.max_depth + 2, EMAIL)))), "too_deep",
                 "action.properties", EMAIL, id="too-deep-free-text"),
    pytest.param(orjson.dumps(event(extra=nested(POLICY.limits.max_depth + 2, EMAIL))), "too_deep", "extra", EMAIL,
                 id="too-deep-unknown-key"),
]


@pytest.mark.parametrize(("raw", "reason", "path", "planted"), DLQ_CASES)
def test_dlq_reason(raw: bytes, reason: str, path: str | None, planted: str | None) -> None:
    """Operators fix producers from the reason and the field path; the detail is logged, so it never holds values."""
    router = Router(POLICY, KEY, "k1", max_message_bytes=2048 if reason == "oversized" else 1024 * 1024)
    outcome = router.route(raw)
    assert reason in DLQ_REASONS
    got = (outcome.rejected, outcome.kind, outcome.outputs, outcome.dropped)
    assert got == (reason, "dlq", (), None), outcome.detail
    assert outcome.detail
    if path is not None:
        assert path in outcome.detail, outcome.detail
    if planted is not None:
        assert planted not in outcome.detail
        assert "bob" not in outcome.detail


@pytest.mark.parametrize(("raw", "max_bytes"), [
    pytest.param(b"", None, id="empty"),
    pytest.param(b"null", None, id="null"),
    pytest.param(b"{}", None, id="empty-object"),
    pytest.param(b"\xef\xbb\xbf{}", None, id="bom"),
    pytest.param(b"\x00\x01\x02", None, id="binary"),
    pytest.param(b"[" * 5000 + b"]" * 5000, None, id="nested-lists-5000"),
    pytest.param(b'{"a":' * 5000 + b"1" + b"}" * 5000, None, id="nested-objects-5000"),
    pytest.param(orjson.dumps(event())[:-1] + b',"extra":' + b'{"n":' * 900 + b'"x"' + b"}" * 901, None,
                 id="nested-free-text-900"),
    pytest.param(b'{"x":"' + b"a" * 10_000_000 + b'"}', None, id="10MB"),
    pytest.param(orjson.dumps(event(note="a" * 10_000_000)), 20_000_000, id="10MB-under-a-raised-limit"),
    pytest.param(orjson.dumps(event(ts="0001-01-01T00:00:00+01:00")), None, id="ts-before-year-1-in-utc"),
    pytest.param(orjson.dumps(event(ts="9999-12-31T23:59:59-01:00")), None, id="ts-after-year-9999-in-utc"),
])
def test_route_never_raises(raw: bytes, max_bytes: int | None) -> None:
    """One bad message must not stop the worker: everything comes back as an outcome with a DLQ reason."""
    router = Router(POLICY, KEY, "k1", **({"max_message_bytes": max_bytes} if max_bytes else {}))
    outcome = router.route(raw)
    assert isinstance(outcome, Outcome)
    assert outcome.kind == "dlq"
    assert outcome.rejected in DLQ_REASONS


def test_oversized_is_checked_before_parsing() -> None:
    outcome = Router(POLICY, KEY, "k1").route(b'{"x":"' + b"a" * 10_000_000 + b'"}')
    assert outcome.rejected == "oversized"
    assert outcome.detail == "message of 10000008 bytes exceeds 1048576"


def test_dropped_field_is_not_walked(router: Router) -> None:
    """A deep value under a dropped field (cookies) is dropped whole; it is not a reason to reject the event."""
    outcome = run(router, event(purposes=["2.1.1"], client={"cookies": nested(40)}))
    assert outcome.kind == "routed"


# --- ts normalization ---

@pytest.mark.parametrize(("ts", "expected"), [
    ("2026-11-24T15:40:36.123Z", "2026-11-24T15:40:36.123Z"),
    ("2026-11-24T15:40:36Z", "2026-11-24T15:40:36.000Z"),
    ("2026-11-24T15:40:36+00:00", "2026-11-24T15:40:36.000Z"),
    ("2026-11-24T18:40:36.123+03:00", "2026-11-24T15:40:36.123Z"),
    ("2026-11-24T10:40:36.123456-05:00", "2026-11-24T15:40:36.123Z"),
    ("2026-11-25T01:10:36.5+09:30", "2026-11-24T15:40:36.500Z"),
])
def test_ts_normalized_to_utc_milliseconds(router: Router, ts: str, expected: str) -> None:
    """S3 partitions by event time in UTC: every route sees one canonical form."""
    assert analytics(router, ts=ts)["ts"] == expected


# --- tally ---

def tally_event() -> dict[str, Any]:
    return event(purposes=["2.1.1"], request={"path": f"/contact/{EMAIL}/+79991234567", "status": 200},
                 client={"ip": "203.0.113.7", "cookies": {"sid": "x"}},
                 user={"id": "u-1", "email": EMAIL}, note="call +7 (999) 123-45-68")


EXPECTED_TREATED = {
    ("user.email", "drop"): 1, ("client.cookies", "drop"): 1, ("client.ip", "ip_prefix"): 1,
    ("user.id", "pseudonymize"): 1, ("request.path", "redact"): 1, ("request.status", "keep"): 1,
    ("ts", "keep"): 1,
}


def test_tally_counts_treatments_and_redactions_then_resets(router: Router) -> None:
    """The metrics edge reads what the core did per field and per kind of redaction, once."""
    run(router, tally_event())
    run(router, tally_event())
    treated, redacted = router.tally.drain()
    for key, count in EXPECTED_TREATED.items():
        assert treated[key] == 2 * count, key
    assert ("user.name", "drop") not in treated
    assert redacted == Counter({"email": 2, "phone": 2})
    assert router.tally.drain() == (Counter(), Counter())


def test_tally_keeps_counting_after_a_drain(router: Router) -> None:
    """The worker drains on every metrics tick: counts after the first drain must not be lost."""
    run(router, tally_event())
    router.tally.drain()
    run(router, tally_event())
    treated, redacted = router.tally.drain()
    assert redacted == Counter({"email": 1, "phone": 1})
    for key, count in EXPECTED_TREATED.items():
        assert treated[key] == count, key


# --- fields no route keeps, caches, the canonical ts ---

@pytest.mark.parametrize(("fields", "reason", "path"), [
    pytest.param({"user": {"name": 7}}, "wrong_type", "user.name", id="dropped-field-wrong-type"),
    pytest.param({"client": {"forwarded_for": ["198.51.100.2", 5]}}, "wrong_type", "client.forwarded_for",
                 id="unkept-list-wrong-item"),
    pytest.param({"client": {"cookies": "sid=1"}}, "wrong_type", "client.cookies", id="dropped-map-not-an-object"),
    pytest.param({"action": {"name": "search", "form": {"message": ["hi"]}}}, "wrong_type", "action.form.message",
                 id="unkept-text-wrong-type"),
    pytest.param({"user": {"name": BIG}}, "too_large", "user.name", id="dropped-field-too-long"),
    pytest.param({"action": {"name": "search", "form": {"note": BIG}}}, "too_large", "action.form.note",
                 id="unkept-free-text-too-long"),
    pytest.param({"request": {"extra": nested(POLICY.limits.max_depth + 2)}}, "too_deep", "request.extra",
                 id="unkept-unknown-key-too-deep"),
])
def test_a_field_no_route_keeps_is_still_validated(router: Router, fields: dict[str, Any], reason: str,
                                                   path: str) -> None:
    """No route keeps these fields, so their treatments are skipped; their types and limits still send the event
    to the DLQ with the same reason and field path."""
    outcome = run(router, event(purposes=["2.1.1"], **{"schema": "action/1", "action": {"name": "search"}} | fields))
    assert (outcome.rejected, outcome.kind) == (reason, "dlq"), outcome.detail
    assert outcome.detail.startswith(path), outcome.detail


def test_free_text_no_route_keeps_is_held_to_the_limits_but_not_scanned(router: Router) -> None:
    """Text that leaves on no route is not scanned (nothing of it leaves), so it adds no redaction counts; it is
    still held to the limits, so an oversized form message sends the event to the DLQ as before."""
    ev = event(purposes=["2.1.1"], schema="action/1",
               action={"name": "search", "form": {"message": f"mail {EMAIL}"}}, request={"extra": "+7 999 123-45-67"})
    outcome = run(router, ev)
    assert [o.route for o in outcome.outputs] == ["analytics"]
    assert b"form" not in outcome.outputs[0].value and b"extra" not in outcome.outputs[0].value
    assert EMAIL.encode() not in outcome.outputs[0].value
    assert router.tally.drain()[1] == Counter()
    too_big = event(purposes=["2.1.1"], schema="action/1",
                    action={"name": "search", "form": {"message": "x" * (POLICY.limits.max_string_chars + 1)}})
    assert run(router, too_big).rejected == "too_large"
    deep: dict[str, Any] = {}
    for _ in range(POLICY.limits.max_depth + 2):
        deep = {"d": deep}
    assert run(router, event(purposes=["2.1.1"], note=deep)).rejected == "too_deep"


def test_cached_values_count_their_redactions_every_time(router: Router) -> None:
    """A repeated free text, query or pseudonymized id comes from a cache: same output, same counts each time."""
    ev = event(purposes=ALL_PURPOSES, consent={"marketing": True}, user={"id": "u-9"},
               request={"path": f"/to/{EMAIL}", "query": f"q=write+to+{EMAIL.replace('@', '%40')}"})
    first = run(router, ev)
    assert router.tally.drain()[1] == Counter({"email": 2})
    for _ in range(3):
        assert run(router, ev) == first
    treated, redacted = router.tally.drain()
    assert redacted == Counter({"email": 6})
    assert treated[("request.query", "query")] == 3


@pytest.mark.parametrize("ts", ["2026-02-30T10:00:00.000Z", "2026-13-01T10:00:00.000Z", "0000-01-01T00:00:00.000Z",
                                "2026-11-24T24:00:00.000Z", "2026-11-24T15:40:60.000Z"])
def test_a_canonical_looking_ts_must_be_a_real_time(ts: str) -> None:
    outcome = Router(POLICY, KEY, "k1").route(orjson.dumps(event(ts=ts)))
    assert outcome.rejected == "invalid_value"
    assert outcome.detail.startswith("ts: ")



_UUID_PATTERN = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z")
_TS_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z")
# a UUID and a canonical time with up to three characters replaced, inserted or removed: digits of other scripts,
# letters past 'f', separators, a lone surrogate, non-ASCII letters
_ODD = st.sampled_from([*"0123456789abcdefABCDEFgzZT-:.+ _\n\x00\x80ÿ", "٣", "１", "ｆ", "\ud800", "é"])


def _mutated(base: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def edit(text: str, edits: list[tuple[int, int, str]]) -> str:
        chars = list(text)
        for how, where, char in edits:
            at = where % (len(chars) + 1)
            if how == 0 and at < len(chars):
                chars[at] = char
            elif how == 1:
                chars.insert(at, char)
            elif chars and at < len(chars):
                del chars[at]
        return "".join(chars)

    return st.builds(edit, base, st.lists(st.tuples(st.integers(0, 2), st.integers(0, 40), _ODD), max_size=3))


@settings(max_examples=2000, deadline=None)
@given(value=_mutated(st.uuids().map(str) | st.uuids().map(lambda u: str(u).upper())))
def test_the_event_id_check_is_the_uuid_pattern(value: str) -> None:
    """`_is_uuid` (no regex engine: the core's hot path) accepts exactly what the UUID pattern matches."""
    assert scrub._is_uuid(value) == bool(_UUID_PATTERN.match(value))


@settings(max_examples=2000, deadline=None)
@given(value=_mutated(st.datetimes().map(lambda t: t.isoformat(timespec="milliseconds") + "Z")))
def test_the_canonical_time_check_is_the_canonical_pattern(value: str) -> None:
    """`_is_canonical_ts` accepts exactly what the canonical time's pattern matches (before the date is checked)."""
    assert scrub._is_canonical_ts(value) == bool(_TS_PATTERN.fullmatch(value))

# --- the walk for the routes an event goes to ---

@pytest.mark.parametrize(("fields", "dropped"), [
    pytest.param({"purposes": []}, "no_purpose", id="no-purpose"),
    pytest.param({"purposes": ["2.1.3"], "consent": {"analytics": False}}, "no_consent", id="consent-withdrawn"),
    pytest.param({"purposes": ["2.1.2"]}, "no_consent", id="marketing-without-consent"),
])
def test_a_dropped_event_is_validated_but_its_text_is_not_scanned(router: Router, fields: dict[str, Any],
                                                                    dropped: str) -> None:
    """Nothing of a dropped event leaves, so its text is not scanned (no redaction counts); its fields are still
    checked and counted, so a wrong type or an oversized value still sends it to the DLQ with the same reason."""
    ev = event(request={"path": f"/to/{EMAIL}", "status": 200}, note=f"mail {EMAIL}", **fields)
    assert run(router, ev).dropped == dropped
    treated, redacted = router.tally.drain()
    assert redacted == Counter()
    assert treated[("request.path", "redact")] == 1 and treated[("request.status", "keep")] == 1
    bad = run(router, event(request={"path": 7}, **fields))
    assert (bad.rejected, bad.detail) == ("wrong_type", "request.path: expected string, got integer")
    deep: dict[str, Any] = {}
    for _ in range(POLICY.limits.max_depth + 2):
        deep = {"d": deep}
    assert run(router, event(note=deep, **fields)).rejected == "too_deep"


def test_an_event_for_one_route_scans_only_what_that_route_keeps(router: Router) -> None:
    """Marketing keeps no action properties: an event only marketing gets has them checked, not scanned; the same
    event for both routes has them scanned, and marketing's output is the same either way."""
    props = {"ref": f"contact {EMAIL}"}
    only_marketing = full_event(purposes=["2.1.2"], action={"name": "ad_click", "properties": props})
    both = full_event(purposes=ALL_PURPOSES, action={"name": "ad_click", "properties": props})
    alone = docs(run(router, only_marketing))
    assert list(alone) == ["marketing"]
    assert router.tally.drain()[1]["email"] == 0  # the query's email parameter is dropped by name, not redacted
    together = docs(run(router, both))
    assert router.tally.drain()[1]["email"] == 1
    assert together["analytics"]["action"]["properties"] == {"ref": "contact [email]"}
    assert {k: v for k, v in alone["marketing"].items() if k != "purposes"} == \
        {k: v for k, v in together["marketing"].items() if k != "purposes"}


def test_the_walk_of_each_set_of_routes_rejects_alike(router: Router) -> None:
    """The same bad event gets the same reason and detail whichever routes it would have gone to."""
    outcomes = set()
    for purposes in ([], ["2.1.1"], ["2.1.2"], ALL_PURPOSES):
        ev = full_event(purposes=purposes)
        ev["action"]["properties"] = {"x": "y" * (POLICY.limits.max_string_chars + 1)}
        outcome = run(router, ev)
        outcomes.add((outcome.rejected, outcome.detail))
    assert len(outcomes) == 1 and next(iter(outcomes))[0] == "too_large"


def test_derived_purposes_are_the_same_from_the_cache(router: Router) -> None:
    """Derivations are kept by (schema, action, path): a repeated event gets the same routes; a path that is not a
    string is rejected by the walk, not derived."""
    ev = event(request={"path": "/ads/banner"})
    first = run(router, ev)
    assert [o.route for o in first.outputs] == ["analytics"]  # marketing's purposes need its consent
    assert run(router, ev) == first
    assert run(router, event(request={"path": ["/ads/"]})).rejected == "wrong_type"
    assert run(router, event(schema="action/1", action={"name": {"n": 1}})).rejected == "wrong_type"


def test_consent_is_kept_to_the_known_names_in_one_order(router: Router) -> None:
    for consent in ({"marketing": True, "analytics": True}, {"analytics": True, "marketing": True},
                    {"marketing": True, "other": False, "analytics": True}):
        doc = docs(run(router, event(purposes=["2.1.2"], consent=consent)))["marketing"]
        assert list(doc["consent"]) == list(docs(run(router, event(purposes=["2.1.2"], consent={
            "analytics": True, "marketing": True})))["marketing"]["consent"])
        assert set(doc["consent"]) == {"analytics", "marketing"}


def test_the_same_event_gives_the_same_bytes_whatever_the_processs_hash_seed() -> None:
    """Consents are written in one order (they come from a set, whose order changes with PYTHONHASHSEED): a worker
    restarted, or a second worker process, writes the same event the same way."""
    script = (
        "import orjson\n"
        "from pipeline.policy import load_policy\nfrom pipeline.scrub import Router\n"
        "from pipeline.settings import PROJECT_ROOT\n"
        "r = Router(load_policy(PROJECT_ROOT / 'config' / 'policy.toml'), b'k' * 32, 'k1')\n"
        "e = {'schema': 'request/1', 'event_id': '0b7d3c9e-3f7a-4c1e-9a53-2f6f5f0d8a11',"
        " 'ts': '2026-11-24T15:40:36.123Z', 'purposes': ['2.1.2'],"
        " 'consent': {'marketing': True, 'analytics': True}, 'request': {'path': '/'}}\n"
        "print([o.value.decode() for o in r.route(orjson.dumps(e)).outputs])\n"
    )
    outputs = {
        subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": str(seed)},
                       capture_output=True, text=True, check=True).stdout
        for seed in range(6)
    }
    assert len(outputs) == 1 and "consent" in next(iter(outputs)), outputs


def test_routed_outcomes_are_the_dataclasses_the_fields_make(router: Router) -> None:
    """Routed outcomes and their outputs are built through their slots: what they hold, compare and hash as is
    what their constructors make."""
    outcome = run(router, full_event())
    assert outcome.kind == "routed" and len(outcome.outputs) == 2
    again = Outcome(tuple(Output(o.route, o.topic, o.key, o.value) for o in outcome.outputs))
    assert outcome == again and hash(outcome) == hash(again) and repr(outcome) == repr(again)
    assert (outcome.rejected, outcome.detail, outcome.dropped) == (None, "", None)


def test_the_location_of_one_place_is_its_own_with_coordinates_anywhere(router: Router) -> None:
    """The location treatment keeps its results by the country and the city: events in one city with other
    coordinates give that city; another city or country is never given the first one's result."""
    seen = {}
    for country, city in (("RU", "Moscow"), ("RU", "Kazan"), ("DE", "Moscow"), ("RU", f"near {EMAIL}")):
        for lat in (55.75, 10.0):
            out = docs(run(router, full_event(device={"location": {"lat": lat, "lon": 37.6, "country": country,
                                                                     "city": city}})))
            seen[(country, city, lat)] = out["analytics"]["device"]["location"]
    assert seen[("RU", "Moscow", 10.0)] == seen[("RU", "Moscow", 55.75)] == {"country": "RU", "city": "Moscow"}
    assert seen[("RU", "Kazan", 10.0)] == {"country": "RU", "city": "Kazan"}
    assert seen[("DE", "Moscow", 10.0)] == {"country": "DE", "city": "Moscow"}
    assert seen[("RU", f"near {EMAIL}", 10.0)] == {"country": "RU", "city": "near [email]"}
