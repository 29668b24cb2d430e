"""Realistic synthetic traffic for the load generator, the demo, the tests and the benchmarks.

Request and action events of wire format v1 with what real sites send: identifying values
in forms, cookies and query strings, a mix of consents and declared or derived purposes,
and, at a chosen share, malformed messages of every kind the pipeline must reject. A seed
makes a run reproducible.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import orjson

USER_AGENTS = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) "
    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
    "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
    "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
)
PATHS = (
    "/",
    "/docs/install",
    "/docs/ownership",
    "/blog/2026-11-24/async-rust",
    "/search",
    "/contact",
    "/ads/banner",
    "/promo/winter",
    "/newsletter/confirm",
    "/api/v1/items/42",
)
HOSTS = ("alexrust.org", "alexrust.ru", "alexrust.pro")
REFERRERS = (
    "https://www.google.com/search?q=rust+lifetimes",
    "https://yandex.ru/search/?text=rust",
    "https://t.me/rustlang",
    "",
    "https://news.ycombinator.com/item?id=1",
)
CITIES = (
    ("RU", "Moscow", 55.7558, 37.6173),
    ("RU", "Saint Petersburg", 59.93, 30.33),
    ("DE", "Berlin", 52.52, 13.40),
    ("US", "Seattle", 47.61, -122.33),
)
FIRST_NAMES = ("Ivan", "Maria", "Alex", "Olga", "John", "Anna")
LAST_NAMES = ("Petrov", "Smirnova", "Rust", "Ivanova", "Doe", "Kuznetsova")
ACTIONS = ("form_submit", "contact", "sign_up", "search", "ad_click", "newsletter_open", "share")
MALFORMED_KINDS = (
    "malformed_json",
    "invalid_utf8",
    "wrong_type",
    "missing_field",
    "unknown_schema",
    "oversized",
    "not_an_object",
)


@dataclass(frozen=True)
class Planted:
    """An identifying value the generator put into an event, to look for downstream."""

    kind: str
    value: str


class TrafficGenerator:
    def __init__(
        self,
        seed: int | None = None,
        malformed_share: float = 0.0,
        action_share: float = 0.3,
        oversized_bytes: int = 2 * 1024 * 1024,
    ) -> None:
        self.random = random.Random(seed)  # noqa: S311 - synthetic traffic, reproducible by seed; no secret
        self.malformed_share = malformed_share
        self.action_share = action_share
        self.oversized_bytes = oversized_bytes
        # seeded traffic is the same on any day; unseeded traffic happens now, as a live site's would
        self.live = seed is None
        self.clock = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
        self.kinds: Counter[str] = Counter()  # messages made: "valid" or the malformed kind

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.random.getrandbits(128), version=4))

    def person(self) -> dict[str, str]:
        r = self.random
        first, last = r.choice(FIRST_NAMES), r.choice(LAST_NAMES)
        number = f"{r.randrange(900, 999)}{r.randrange(1000000, 9999999)}"
        return {
            "name": f"{first} {last}",
            "email": f"{first.lower()}.{last.lower()}{r.randrange(100)}@example.{r.choice(['com', 'ru', 'org'])}",
            "phone": r.choice(
                [
                    f"+7 ({number[:3]}) {number[3:6]}-{number[6:8]}-{number[8:]}",
                    f"8 {number[:3]} {number[3:6]} {number[6:8]} {number[8:]}",
                    f"+7{number}",
                ]
            ),
        }

    def event(self) -> dict[str, object]:
        """One valid wire-format v1 event (request or action)."""
        r = self.random
        self.clock = datetime.now(UTC) if self.live else self.clock + timedelta(milliseconds=r.randrange(1, 50))
        country, city, lat, lon = r.choice(CITIES)
        person = self.person()
        path = r.choice(PATHS)
        event: dict[str, object] = {
            "schema": "request/1",
            "event_id": self._uuid(),
            "ts": self.clock.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "service": "alexrust.org",
            "consent": {"analytics": r.random() < 0.8, "marketing": r.random() < 0.4},
            "request": {
                "method": r.choice(["GET", "GET", "GET", "POST"]),
                "host": r.choice(HOSTS),
                "path": path,
                "query": r.choice(["", "lang=en", f"q=rust&email={person['email']}", "utm_source=tg&page=2"]),
                "status": r.choice([200, 200, 200, 304, 404, 500]),
                "bytes": r.randrange(200, 200_000),
                "duration_ms": round(r.uniform(0.5, 300), 2),
                "referrer": r.choice(REFERRERS),
            },
            "client": {
                "ip": f"{r.randrange(1, 223)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                "forwarded_for": [f"2001:db8:{r.randrange(65536):x}::{r.randrange(65536):x}"],
                "user_agent": r.choice(USER_AGENTS),
                "accept_language": r.choice(["ru-RU,ru;q=0.9", "en-US,en;q=0.8"]),
                "cookies": {"sid": self._uuid(), "_ga": f"GA1.2.{r.randrange(10**9)}"},
            },
            "device": {
                "type": r.choice(["desktop", "mobile", "tablet"]),
                "screen": r.choice(["1920x1080", "390x844"]),
                "location": {"lat": lat, "lon": lon, "country": country, "city": city},
            },
            "user": {"id": f"u-{r.randrange(10_000)}", "session_id": f"s-{r.randrange(100_000)}", **person},
        }
        if r.random() < 0.2:
            event["purposes"] = r.choice([["2.1.1"], ["2.1.3"], ["2.1.2", "2.1.4"], []])
        if r.random() < self.action_share:
            event["schema"] = "action/1"
            event["action"] = {
                "name": r.choice(ACTIONS),
                "form": {**person, "message": f"Hello, call me at {person['phone']} or write to {person['email']}"},
                "properties": {"button": r.choice(["submit", "buy"]), "ref": f"contact {person['email']}"},
            }
        return event

    def message(self) -> bytes:
        """One raw message for logs.raw: a valid event, or at the malformed share, a bad one."""
        if self.malformed_share and self.random.random() < self.malformed_share:
            kind = self.random.choice(MALFORMED_KINDS)
            self.kinds[kind] += 1
            return self.malformed(kind)
        self.kinds["valid"] += 1
        return orjson.dumps(self.event())

    def malformed(self, kind: str) -> bytes:
        event = self.event()
        if kind == "malformed_json":
            return orjson.dumps(event)[:-7]
        if kind == "invalid_utf8":
            return orjson.dumps(event).replace(b'"service":"alexrust.org"', b'"service":"alex\xff\xferust"')
        if kind == "wrong_type":
            event["request"]["status"] = "two hundred"  # type: ignore[index]
        elif kind == "missing_field":
            del event["event_id"]
        elif kind == "unknown_schema":
            event["schema"] = "request/99"
        elif kind == "oversized":
            event["padding"] = "x" * self.oversized_bytes
        elif kind == "not_an_object":
            return orjson.dumps([event])
        return orjson.dumps(event)
