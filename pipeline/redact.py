"""Free-text redaction: emails, phone numbers, IP addresses, card numbers and coordinates in any string.

Free text is where identifying values hide: paths, queries, form messages, properties, keys
nobody declared. One precompiled alternation scans a string once; strings that cannot hold
any of these (no digit, '@', '%' or ':') skip the scan entirely, which is most of them.
URL-encoded text is decoded before the scan (up to three times, for double encoding), so
`john%40example.com` and `%2B7%20999...` are caught like their plain forms.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from urllib.parse import unquote

EMAIL = "[email]"
PHONE = "[phone]"
IP = "[ip]"
CARD = "[card]"
GEO = "[geo]"

_MAYBE = re.compile(r"[\d@%:]")
_SCAN = re.compile(
    r"""
    (?P<geo>-?\d{1,3}\.\d{4,}\s*[,;]\s*-?\d{1,3}\.\d{4,})
  | (?P<email>[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)*)
  | (?P<ipv6>(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{0,4})(?![\w:]))
  | (?P<ipv4>(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d))
  | (?P<card>(?<!\d)(?:\d[ -]?){12,18}\d(?!\d))
  | (?P<intl>\+[\s(]*\d(?:[\s().-]*\d){6,14}(?!\d))
  | (?P<grouped>(?<![\w.])\(?\d{1,5}\)?(?:[\s.-]+\(?\d{2,5}\)?){2,5}(?![\w]))
  | (?P<plain>(?<!\d)\d{10,15}(?!\d))
    """,
    re.IGNORECASE | re.VERBOSE,
)
_DATE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4}")
_DIGITS = re.compile(r"\d")


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def is_ip(text: str) -> bool:
    """True for an IPv4 or IPv6 address as written (no network, no port)."""
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


_MARKERS = {"geo": GEO, "ip": IP, "card": CARD, "phone": PHONE}


def classify(match: re.Match[str]) -> str | None:
    """The kind of identifying value a scan match is (email, geo, ip, card, phone), or None for a
    look-alike: an address that is not an IP, a number that fails Luhn and is no phone, a date."""
    kind = match.lastgroup
    if kind in ("email", "geo"):
        return kind
    text = match.group()
    if kind in ("ipv4", "ipv6"):
        return "ip" if is_ip(text) else None
    digits = "".join(_DIGITS.findall(text))
    if kind == "card":
        if _luhn(digits):
            return "card"
        return "phone" if 10 <= len(digits) <= 15 else None
    if kind == "grouped" and (_DATE.search(text) or not 7 <= len(digits) <= 15):
        return None
    return "phone"


def _decoded(value: str) -> str:
    """URL-decoded up to three times (double encoding included), so encoded values are found too."""
    decoded = value
    if "%" in value:
        for _ in range(3):
            step = unquote(decoded)
            if step == decoded:
                break
            decoded = step
    return decoded


def first_found(value: str) -> str | None:
    """The kind of the first identifying value in the string, without rewriting it (the sink's check)."""
    if not _MAYBE.search(value):
        return None
    for match in _SCAN.finditer(_decoded(value)):
        kind = classify(match)
        if kind is not None:
            return kind
    return None


class Redactor:
    """Replaces identifying values in text and counts them by kind (email, phone, ip, card)."""

    __slots__ = ("counts",)

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def _replace(self, match: re.Match[str]) -> str:
        kind = classify(match)
        if kind is None:
            return match.group()
        self.counts[kind] += 1
        if kind == "email":
            # "/contact/bob@x.org" or "?e=bob@x.org": keep the path or parameter before the address
            text = match.group()
            local = text.partition("@")[0]
            cut = max(local.rfind(sep) for sep in "/?=&")
            return text[:cut + 1] + EMAIL if 0 <= cut < len(local) - 1 else EMAIL
        return _MARKERS[kind]

    def text(self, value: str) -> str:
        """The string with every identifying value replaced by a marker such as [email]."""
        if not _MAYBE.search(value):
            return value
        decoded = _decoded(value)
        redacted = _SCAN.sub(self._replace, decoded)
        # keep the producer's own encoding when nothing was found in the decoded text
        return redacted if redacted != decoded else value

    def integer(self, value: int) -> int | str:
        """A number in free text is redacted like its digits: a phone or card number can arrive unquoted."""
        if -10**9 < value < 10**9:
            return value
        redacted = self.text(str(value))
        return value if redacted == str(value) else redacted
