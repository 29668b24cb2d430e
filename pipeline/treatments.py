"""The field treatments of the policy (DESIGN.md, "Treatments"): pure functions of one value.

Each returns the generalized value, or None when nothing safe is left to keep (the field
is then dropped). Text that survives a treatment still passes the redactor, so a planted
email inside a user agent or a city name is caught here too.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re
import socket
from base64 import urlsafe_b64encode
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit

from ua_parser import parse as parse_user_agent

from pipeline.redact import Redactor

#: Query parameter names that carry identifiers: their values never leave the pipeline.
IDENTIFIER_PARAM = re.compile(
    r"mail|phone|tel\b|mobile|token|passw|pwd|secret|session|sid\b|auth|api[_-]?key|\bkey\b|"
    r"user|uid\b|login|name|address|card|\bip\b|ssn|passport|birth|code\b",
    re.IGNORECASE,
)
#: Keys of free-text objects (properties, unknown keys) whose values never leave the pipeline:
#: a name or an address in free text cannot be recognized by its shape, only by its key.
IDENTIFIER_KEY = re.compile(IDENTIFIER_PARAM.pattern + r"|^(?:lat|lon|lng|latitude|longitude|coords?|geo|gps)$",
                            re.IGNORECASE)
_LANGUAGE = re.compile(r"^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$")
_V4 = re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$")
_V4_MAPPED = bytes(10) + b"\xff\xff"


@lru_cache(maxsize=65536)
def ip_prefix(value: str) -> str | None:
    """The network of an address: IPv4 /24, IPv6 /48, IPv4-mapped IPv6 as IPv4. None if not an address."""
    text = value.strip()
    v4 = _V4.match(text)
    if v4 and all(int(part) < 256 for part in v4.groups()):
        return f"{v4[1]}.{v4[2]}.{v4[3]}.0/24"
    if ":" in text:
        try:  # a bare IPv6 address, parsed and printed by the C library (ipaddress is ten times slower)
            packed = socket.inet_pton(socket.AF_INET6, text)
        except OSError:
            packed = None
        if packed is not None:
            if packed[:12] == _V4_MAPPED:
                return f"{packed[12]}.{packed[13]}.{packed[14]}.0/24"
            return socket.inet_ntop(socket.AF_INET6, packed[:6] + bytes(10)) + "/48"
    address = _parse_address(text)
    if address is None:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    bits = 24 if address.version == 4 else 48
    return str(ipaddress.ip_network(f"{address}/{bits}", strict=False))


def _parse_address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """An address as proxies write it: bare, host:port, or [v6]:port; a zone id is ignored."""
    candidates = [text]
    if text.startswith("["):
        candidates.append(text[1:].partition("]")[0])
    elif text.count(":") == 1:
        candidates.append(text.partition(":")[0])
    for candidate in candidates:
        try:
            return ipaddress.ip_address(candidate.partition("%")[0])
        except ValueError:
            continue
    return None


@lru_cache(maxsize=8192)
def _user_agent(value: str) -> tuple[str, str | None, str, str | None]:
    parsed = parse_user_agent(value)
    browser = parsed.user_agent
    system = parsed.os
    return (browser.family if browser else "Other", browser.major if browser else None,
            system.family if system else "Other", system.major if system else None)


def user_agent(value: str, redactor: Redactor) -> dict[str, str | None]:
    """Browser and OS family with major version; the rest of the string (build ids, devices) is gone."""
    browser, browser_major, system, system_major = _user_agent(value[:1024])
    return {
        "browser": redactor.text(browser), "browser_major": _digits_or_none(browser_major),
        "os": redactor.text(system), "os_major": _digits_or_none(system_major),
    }


def _digits_or_none(value: str | None) -> str | None:
    return value if value is not None and value.isdigit() and len(value) <= 6 else None


def location(value: dict[str, object], redactor: Redactor) -> dict[str, str] | None:
    """Country and city only: coordinates single out a home."""
    kept = {k: redactor.text(v)[:128] for k in ("country", "city") if isinstance(v := value.get(k), str)}
    return kept or None


def language(value: str) -> str | None:
    """The first language tag of an Accept-Language header (weights and the rest dropped)."""
    first = value.split(",", 1)[0].split(";", 1)[0].strip()
    return first if _LANGUAGE.match(first) else None


def query(value: str, redactor: Redactor) -> str | None:
    """Identifier-named parameters dropped, every other name and value redacted."""
    kept = [(redactor.text(name), redactor.text(val))
            for name, val in parse_qsl(value.lstrip("?"), keep_blank_values=True)
            if not IDENTIFIER_PARAM.search(name)]
    return urlencode(kept, safe="[]/") if kept else None


def referrer_host(value: str, redactor: Redactor) -> str | None:
    """The referring page reduced to its host: paths and queries of other sites carry identifiers."""
    try:
        host = urlsplit(value.strip()).hostname
    except ValueError:
        return None
    return redactor.text(host) if host else None


class Pseudonymizer:
    """Keyed HMAC-SHA256 pseudonyms, one key per route, so routes cannot be joined on them."""

    __slots__ = ("_base",)

    def __init__(self, master_key: bytes, route: str, key_id: str) -> None:
        route_key = hmac.new(master_key, f"logwarden/route/{route}/{key_id}".encode(), hashlib.sha256).digest()
        self._base = hmac.new(route_key, digestmod=hashlib.sha256)

    def __call__(self, value: str | int) -> str:
        mac = self._base.copy()
        mac.update(str(value).encode())
        return "ps_" + urlsafe_b64encode(mac.digest()[:16]).rstrip(b"=").decode()
