"""pipeline/privacy/redact.py's Redactor called directly: the cases the scrub core relied on when it was one test file.

The detectors' own tables of cases live with the detectors (test_redact.py and tests/pipeline/privacy/detectors/).
"""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.privacy.redact import Redactor

EMAIL = "bob.smith@example.com"


@pytest.mark.parametrize(("text", "expected", "counts"), [
    (EMAIL, "[email]", {"email": 1}),
    ("write to John.Doe@Example.COM today", "write to [email] today", {"email": 1}),
    ("BOB@EXAMPLE.RU", "[email]", {"email": 1}),
    ("john%40example.com", "[email]", {"email": 1}),
    ("to: JOHN%40EXAMPLE.COM", "to: [email]", {"email": 1}),
    # `%` is a valid local-part character: an address with escapes as written (hypothesis's st.emails() found both)
    ("see %22@A.ae now", "see [email] now", {"email": 1}),
    ("%00@A.aG", "[email]", {"email": 1}),
    ("/unsubscribe?e=john%40example.com", "/unsubscribe?e=[email]", {"email": 1}),
    ("/u/JOHN%40EXAMPLE.COM", "/u/[email]", {"email": 1}),
    (f"/contact/{EMAIL}/edit", "/contact/[email]/edit", {"email": 1}),
    ("john%2540example.com", "[email]", {"email": 1}),
    ("call +7 (999) 123-45-67 today", "call [phone] today", {"phone": 1}),
    ("8 (916) 123-45-67", "[phone]", {"phone": 1}),
    ("89161234567", "[phone]", {"phone": 1}),
    ("+1 555 123 4567", "[phone]", {"phone": 1}),
    ("(495) 123-45-67", "[phone]", {"phone": 1}),
    ("tel 123-45-67", "tel [phone]", {"phone": 1}),
    ("%2B7%20999%20123-45-67", "[phone]", {"phone": 1}),
    ("from 203.0.113.7 via proxy", "from [ip] via proxy", {"ip": 1}),
    ("peer 2001:db8::1 closed", "peer [ip] closed", {"ip": 1}),
    ("card 4111 1111 1111 1111", "card [card]", {"card": 1}),
    ("4111-1111-1111-1111", "[card]", {"card": 1}),
    ("4111111111111111", "[card]", {"card": 1}),
    (f"mail {EMAIL} or +7 999 123 45 67 from 10.0.0.1",
     "mail [email] or [phone] from [ip]", {"email": 1, "phone": 1, "ip": 1}),
])
def test_redactor_replaces_identifying_values(text: str, expected: str, counts: dict[str, int]) -> None:
    redactor = Redactor()
    assert redactor.text(text) == expected
    assert redactor.counts == Counter(counts)


@pytest.mark.parametrize("text", [
    "/blog/2026-11-24/post",
    "12:30:45",
    "2026-11-24T15:40:36Z",
    "1920x1080",
    "/orders/12345",
    "order 1234567",
    "10.15.7",
    "Mac OS X 10_15_7",
    "/page/2/3/4",
    "id=42&page=3",
    "no digits at all",
    "100%",
    "2026-11-24 12:30:45",
    "Chrome/120.0.6099.109",
])
def test_redactor_leaves_ordinary_values_alone(text: str) -> None:
    """Over-redaction destroys the analytics the purposes need: dates, times, sizes, ids and versions survive."""
    redactor = Redactor()
    assert redactor.text(text) == text
    assert redactor.counts == Counter()
