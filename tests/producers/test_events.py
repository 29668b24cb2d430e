"""The producers' pure side: building wire-format v1 events, minimizing at source, reading consent
and the client's address. No server needed."""

from __future__ import annotations

import ipaddress
import re

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.policy import CONSENTS, load_policy
from pipeline.scrub import Router
from pipeline.settings import PROJECT_ROOT, Settings, SettingsError, parse_networks
from pipeline.wire import omittable
from producers.events import Client, Request, Source, action_event, client_address, encode, parse_consent, request_event

TRUSTED = parse_networks("127.0.0.1, 10.0.0.0/8, ::1")
REQUEST = Request(method="POST", host="alexrust.org", path="/contact", query="utm_source=tg",
                  referrer="https://t.me/rustlang")
CLIENT = Client(ip="203.0.113.7", forwarded_for=("203.0.113.7",), user_agent="curl/8.0", accept_language="en")


@pytest.mark.parametrize("value, expected", [
    ("analytics,marketing", {"analytics": True, "marketing": True}),
    ("analytics", {"analytics": True, "marketing": False}),
    ("analytics=1,marketing=0", {"analytics": True, "marketing": False}),
    ("Analytics:granted|marketing:denied", {"analytics": True, "marketing": False}),
    ("marketing=yes; analytics=no", {"analytics": False, "marketing": True}),
    ("analytics=0", {"analytics": False}),  # one answer: the other consent was never asked about
    ("marketing=1", {"marketing": True}),
    ("", {}),  # no answer withdraws nothing (issue 24: it used to send an explicit no to every consent)
    ("ads,tracking=1,analytics=maybe", {}),
])
def test_consent_is_read_as_answered_and_a_missing_answer_is_no_answer(value: str, expected: dict) -> None:
    assert parse_consent(value, CONSENTS) == expected


@given(st.text())
def test_consent_parsing_never_raises_and_only_names_known_consents(value: str) -> None:
    assert set(parse_consent(value, CONSENTS)) <= set(CONSENTS)


@pytest.mark.parametrize("peer, header, client", [
    ("198.51.100.1", "1.2.3.4", "198.51.100.1"),  # an untrusted peer cannot claim to be someone else
    ("127.0.0.1", "1.2.3.4", "1.2.3.4"),
    ("127.0.0.1", "1.2.3.4, 10.0.0.5", "1.2.3.4"),  # two trusted hops
    ("127.0.0.1", "9.9.9.9, 1.2.3.4, 10.0.0.5", "1.2.3.4"),  # 9.9.9.9 was claimed by 1.2.3.4, not vouched for
    ("127.0.0.1", "10.0.0.1, 10.0.0.2", "10.0.0.1"),  # all trusted: the leftmost is the best we know
    ("::ffff:127.0.0.1", "2001:db8::7", "2001:db8::7"),  # an IPv4-mapped peer is the IPv4 address
    ("127.0.0.1", "", "127.0.0.1"),
    ("127.0.0.1", "garbage, 10.0.0.1", "garbage"),  # a non-address is never trusted; the pipeline redacts it
])
def test_the_client_address_trusts_forwarded_for_only_through_trusted_proxies(peer: str, header: str,
                                                                              client: str) -> None:
    ip, hops = client_address(peer, header, TRUSTED)
    assert ip == client
    assert hops == tuple(h.strip() for h in header.split(",") if h.strip())


def test_networks_are_checked_when_read() -> None:
    assert parse_networks("10.0.0.0/8, 2001:db8::/32") == (ipaddress.ip_network("10.0.0.0/8"),
                                                          ipaddress.ip_network("2001:db8::/32"))
    with pytest.raises(ValueError, match=re.escape("'10.0.0.300' is not an IP address")):
        parse_networks("10.0.0.300")
    with pytest.raises(SettingsError, match="LOGWARDEN_TRUSTED_PROXIES"):
        Settings.from_env({"LOGWARDEN_TRUSTED_PROXIES": "proxy.local"})


def test_minimizing_at_source_removes_the_omitted_fields_and_empty_parents() -> None:
    source = Source(service="site", omit=frozenset({"client.ip", "client.forwarded_for", "client.user_agent",
                                                    "client.accept_language", "action.form", "request.referrer"}))
    event = source.minimize(action_event(source, "sign_up", request=REQUEST, client=CLIENT,
                                         consent={"analytics": True}, form={"email": "ivan@example.com"},
                                         properties={"plan": "pro"}))
    assert "client" not in event  # every child omitted: the object goes too
    assert event["action"] == {"name": "sign_up", "properties": {"plan": "pro"}}
    assert "referrer" not in event["request"] and event["request"]["path"] == "/contact"
    assert event["service"] == "site" and event["schema"] == "action/1"


def test_omit_lists_are_checked_against_the_wire_format() -> None:
    with pytest.raises(ValueError, match=re.escape("not wire-format v1 fields: client.cookie")):
        omittable(["client.cookie"])
    with pytest.raises(ValueError, match="required fields cannot be omitted: event_id"):
        omittable(["event_id"])
    with pytest.raises(SettingsError, match="LOGWARDEN_SOURCE_OMIT"):
        Settings.from_env({"LOGWARDEN_SOURCE_OMIT": "user.emial"})


def test_events_built_here_pass_the_pipeline_as_valid_events() -> None:
    """What the middleware builds is what the router accepts: never a DLQ reason for a well-behaved site."""
    router = Router(load_policy(PROJECT_ROOT / "config" / "policy.toml"), b"k" * 32, "k1", "")
    source = Source()
    request = request_event(source, REQUEST, status=201, sent_bytes=10, duration_ms=1.25, client=CLIENT,
                            consent={"analytics": True, "marketing": True})
    action = action_event(source, "contact", request=REQUEST, client=CLIENT, consent={"analytics": True},
                          form={"name": "Ivan", "phone": "+7 916 123-45-67", "message": "hi"})
    for event in (request, action):
        outcome = router.route(encode(event))
        assert outcome.kind == "routed" and outcome.outputs, outcome
        for output in outcome.outputs:
            text = output.value.decode()
            assert "203.0.113.7" not in text and "+7 916" not in text


def test_encode_turns_values_json_cannot_hold_into_strings() -> None:
    from datetime import date
    from decimal import Decimal

    assert orjson.loads(encode({"a": Decimal("1.5"), "b": date(2026, 11, 24)})) == {"a": "1.5", "b": "2026-11-24"}
