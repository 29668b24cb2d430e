"""pipeline/treatments.py: the field treatments as pure functions of one value, and the pseudonymizer.

How the router applies them to events is in test_scrub.py.
"""

from __future__ import annotations

import hashlib
import hmac
from base64 import urlsafe_b64encode
from collections import Counter
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import treatments
from pipeline.privacy.redact import Redactor
from pipeline.wire import Kind

EMAIL = "bob.smith@example.com"
CHROME_LINUX = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/120.0.0.0 Safari/537.36")
FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0"
SAFARI_IOS = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 "
              "(KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1")


@pytest.mark.parametrize(("value", "expected"), [
    ("203.0.113.7", "203.0.113.0/24"),
    (" 10.1.2.3 ", "10.1.2.0/24"),
    ("2001:db8:abcd:12::1", "2001:db8:abcd::/48"),
    ("2001:DB8:ABCD:FFFF:1:2:3:4", "2001:db8:abcd::/48"),
    ("::ffff:203.0.113.7", "203.0.113.0/24"),
    ("203.0.113.7:8080", "203.0.113.0/24"),
    ("[2001:db8:abcd:12::1]:443", "2001:db8:abcd::/48"),
    ("[::ffff:203.0.113.7]:443", "203.0.113.0/24"),
    ("fe80::1%eth0", "fe80::/48"),
    ("garbage", None),
    ("", None),
    ("999.1.2.3", None),
    ("010.001.002.003", "10.1.2.0/24"),  # leading zeros, which the C library refuses: the network, canonical
    ("\uff11\uff10.1.2.3", None),  # full-width digits are no address (\\d matched them once)
    ("1.2.3.4\x00", None),  # an embedded NUL: no address, and no exception (once an internal_error)
    ("::1\x00", None),
    ("1.2.3.4.5", None),
    ("unknown", None),
])
def test_ip_prefix(value: str, expected: str | None) -> None:
    """IPv4 /24, IPv6 /48, mapped IPv6 as IPv4, proxy forms with ports; anything else is not kept."""
    assert treatments.ip_prefix(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("ru-RU,ru;q=0.9,en-US;q=0.8", "ru-RU"),
    ("en-US", "en-US"),
    ("en;q=0.8, de", "en"),
    ("zh-Hant-TW", "zh-Hant-TW"),
    ("*", None),
    ("", None),
    (f"{EMAIL},en", None),
])
def test_language_keeps_the_first_tag(value: str, expected: str | None) -> None:
    assert treatments.language(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("lang=en", "lang=en"),
    ("?page=2&sort=asc", "page=2&sort=asc"),
    (f"lang=en&email={EMAIL}&phone=%2B79161234567&token=abc&session=s1&password=p&sid=9&user_id=7&page=3",
     "lang=en&page=3"),
    (f"q=write+to+{EMAIL.replace('@', '%40')}", "q=write+to+[email]"),
    ("q=call+%2B7+999+123-45-67&x=1", "q=call+[phone]&x=1"),
    ("from=203.0.113.7", "from=[ip]"),
    (f"email={EMAIL}&Auth_Token=x", None),
])
def test_query_drops_identifier_parameters_and_redacts_the_rest(value: str, expected: str | None) -> None:
    """Identifier-named parameters never leave; emails/phones in other parameters are masked."""
    assert treatments.query(value, Redactor()) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("https://www.google.com/search?q=rust", "www.google.com"),
    (f"https://mail.example.org:8443/inbox?to={EMAIL}", "mail.example.org"),
    ("https://user:secret@Example.COM/private/path", "example.com"),
    ("android-app://com.google.android.gm/", "com.google.android.gm"),
    ("not a url", None),
    ("", None),
])
def test_referrer_reduced_to_host(value: str, expected: str | None) -> None:
    """Paths and queries of other sites carry identifiers; only the referring host is a referral source."""
    assert treatments.referrer_host(value, Redactor()) == expected


@pytest.mark.parametrize(("ua", "expected"), [
    (CHROME_LINUX, {"browser": "Chrome", "browser_major": "120", "os": "Linux", "os_major": None}),
    (FIREFOX_WINDOWS, {"browser": "Firefox", "browser_major": "121", "os": "Windows", "os_major": "10"}),
    (SAFARI_IOS, {"browser": "Mobile Safari", "browser_major": "17", "os": "iOS", "os_major": "17"}),
])
def test_user_agent_families_and_major_versions(ua: str, expected: dict[str, Any]) -> None:
    """Clause 1.8 keeps browser and OS type and version, not the fingerprintable full string."""
    assert treatments.user_agent(ua, Redactor()) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ({"lat": 55.7558, "lon": 37.6173, "country": "RU", "city": "Moscow"}, {"country": "RU", "city": "Moscow"}),
    ({"country": "RU"}, {"country": "RU"}),
    ({"lat": 55.7558, "lon": 37.6173}, None),
    ({"country": 7, "city": ["Moscow"]}, None),
    ({"city": "x" * 200}, {"city": "x" * 128}),
    ({"city": f"near {EMAIL}"}, {"city": "near [email]"}),
])
def test_location_keeps_country_and_city_text_only(value: dict[str, object], expected: dict[str, str] | None) -> None:
    """Coordinates single out a home; what is kept is text, cut to 128 characters and redacted."""
    assert treatments.location(value, Redactor()) == expected


@given(st.one_of(st.text(max_size=80), st.integers()))
def test_pseudonyms_are_the_documented_hmac_for_any_id(value: str | int) -> None:
    """The pre-keyed HMAC states give what the standard library's HMAC gives, for any id."""
    master = b"m" * 32
    route_key = hmac.new(master, b"logwarden/route/analytics/k1", hashlib.sha256).digest()
    digest = hmac.new(route_key, str(value).encode(), hashlib.sha256).digest()[:16]
    expected = "ps_" + urlsafe_b64encode(digest).rstrip(b"=").decode()
    assert treatments.Pseudonymizer(master, "analytics", "k1")(value) == expected


def test_pseudonymizer_is_the_documented_derivation() -> None:
    """A route key from the master key, then HMAC-SHA256 of the id, 128 bits, base64url, behind `ps_`."""
    master = b"m" * 32
    route_key = hmac.new(master, b"logwarden/route/analytics/k1", hashlib.sha256).digest()
    digest = hmac.new(route_key, b"u-123", hashlib.sha256).digest()[:16]
    expected = "ps_" + urlsafe_b64encode(digest).rstrip(b"=").decode()
    pseudonymize = treatments.Pseudonymizer(master, "analytics", "k1")
    assert pseudonymize("u-123") == expected
    assert pseudonymize("u-123") == expected  # the copied HMAC state is not consumed by a call
    assert treatments.Pseudonymizer(master, "analytics", "k1")(42) == pseudonymize("42")


@pytest.mark.parametrize(("route", "key_id", "master"), [
    ("marketing", "k1", b"m" * 32), ("analytics", "k2", b"m" * 32), ("analytics", "k1", b"n" * 32)])
def test_pseudonyms_change_with_route_key_id_and_master_key(route: str, key_id: str, master: bytes) -> None:
    base = treatments.Pseudonymizer(b"m" * 32, "analytics", "k1")("u-123")
    assert treatments.Pseudonymizer(master, route, key_id)("u-123") != base


@pytest.mark.parametrize("value", ["clean text", f"write to {EMAIL} or +7 916 123-45-67", "x" * 600 + EMAIL])
def test_caching_redactor_gives_the_redactors_text_and_counts_on_every_call(value: str) -> None:
    plain, caching = Redactor(), treatments.CachingRedactor()
    expected = plain.text(value)
    for _ in range(3):
        assert caching.text(value) == expected
    assert caching.counts == Counter({k: 3 * n for k, n in plain.counts.items()})


def test_a_cached_treatment_counts_the_redactions_of_its_result_every_time() -> None:
    redactor = Redactor()
    apply = treatments.REGISTRY["query"].compile(treatments.Field("request.query", Kind.STRING, redactor,
                                                                  lambda v, d: v))
    value = f"q=write+to+{EMAIL.replace('@', '%40')}&email={EMAIL}"
    assert [apply(value, 0) for _ in range(2)] == ["q=write+to+[email]"] * 2
    assert redactor.counts == Counter({"email": 2})


def test_a_cached_treatment_hands_its_results_by_string_to_the_core() -> None:
    """What the compiled walk looks up before it calls the treatment (`Field.kept`) is the treatment's own cache: each
    string's result with the redactions it counted, emptied in place when full. A treatment keyed by something else
    than the string (location) hands nothing: its key is not the value the walk holds."""
    redactor = Redactor()
    handed: list[treatments.Results] = []
    apply = treatments.REGISTRY["query"].compile(treatments.Field("request.query", Kind.STRING, redactor,
                                                                  lambda v, d: v, handed))
    value = f"q=write+to+{EMAIL.replace('@', '%40')}&email={EMAIL}"
    assert apply(value, 0) == "q=write+to+[email]"
    assert len(handed) == 1
    assert handed[0][value] == ("q=write+to+[email]", (("email", 1),))
    by_place: list[treatments.Results] = []
    treatments.REGISTRY["location"].compile(treatments.Field("device.location", Kind.OBJECT, redactor,
                                                             lambda v, d: v, by_place))
    assert by_place == []


def test_pseudonyms_from_the_cache_are_the_derived_ones() -> None:
    pseudonymize = treatments.Pseudonymizer(b"m" * 32, "analytics", "k1")
    first = [pseudonymize(v) for v in ("u-1", 42, "42", "u-2")]
    again = treatments.Pseudonymizer(b"m" * 32, "analytics", "k1")
    assert [pseudonymize(v) for v in ("u-1", 42, "42", "u-2")] == first == [again(v) for v in ("u-1", 42, "42", "u-2")]
    assert first[1] == first[2]


def test_a_recurring_pseudonym_survives_a_flood_of_one_off_ids() -> None:
    """Two generations: an id seen again before the recent one fills twice keeps its cached pseudonym; either way
    the pseudonym is the same."""
    pseudonymize = treatments.Pseudonymizer(b"m" * 32, "analytics", "k1")
    first = pseudonymize("u-1")
    for i in range(treatments.CACHE_SIZE + 10):
        pseudonymize(f"s-{i}")
    assert pseudonymize("u-1") == first
    for i in range(3 * treatments.CACHE_SIZE):
        pseudonymize(f"t-{i}")
    assert pseudonymize("u-1") == first == treatments.Pseudonymizer(b"m" * 32, "analytics", "k1")("u-1")


def test_the_caching_redactors_clean_strings_are_those_it_found_clean() -> None:
    caching = treatments.CachingRedactor()
    caching.text("clean text")
    caching.text(f"write to {EMAIL}")
    assert "clean text" in caching.clean
    assert f"write to {EMAIL}" not in caching.clean


# each pair differs from the first in one thing the cached location treatment reads: its key must hold all of them
_LOCATIONS = [
    {"lat": 55.7558, "lon": 37.6173, "country": "RU", "city": "Moscow"},
    {"lat": 55.7558, "lon": 37.6173, "country": "DE", "city": "Moscow"},
    {"lat": 55.7558, "lon": 37.6173, "country": "RU", "city": "Berlin"},
    {"country": "RU"},
    {"city": "Moscow"},
    {"country": 7, "city": "Moscow"},
    {"country": "RU", "city": ["Moscow"]},
    {"lat": 1.0, "lon": 2.0},
    {"country": "RU", "city": f"near {EMAIL}"},
    {"country": "RU", "city": "x" * 200},
    {"country": "x" * 600, "city": "Moscow"},
]


def test_the_cached_location_treatment_gives_the_functions_result_and_counts_for_every_value() -> None:
    """Results are kept by what the treatment reads (the country and the city as strings), so a value that differs
    in either gets its own result, and a cached one counts its redactions again each time; coordinates change
    nothing."""
    redactor = Redactor()
    apply = treatments.REGISTRY["location"].compile(treatments.Field("device.location", Kind.OBJECT, redactor,
                                                                     lambda v, d: v))
    expected_counts: Counter[str] = Counter()
    for _ in range(2):
        for value in _LOCATIONS:
            plain = Redactor()
            assert apply(value, 0) == treatments.location(value, plain)
            expected_counts.update(plain.counts)
    assert redactor.counts == expected_counts == Counter({"email": 2})
    assert apply({"lat": 1.0, "lon": 2.0, "country": "RU", "city": "Moscow"}, 0) == {"country": "RU", "city": "Moscow"}
