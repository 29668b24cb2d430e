"""Leak canaries: events whose identifying values carry a marker the pipeline must never let through.

A canary looks like a real form submit from a consenting visitor who declared every
purpose, so it travels every route. The marker sits only inside values the policy must
drop, redact or pseudonymize (an email, a name, form fields, cookies, user ids), never in
a field a route keeps as it is. If the marker ever reaches a purpose topic or S3, the
scrubber let an identifying value through: the sink counts it in
`logwarden_pii_leaks_total{kind="canary"}` and withholds the record from S3.
"""

from __future__ import annotations

import secrets

from pipeline.policy import CONSENTS
from pipeline.wire import CANARY_ACTION, CANARY_MARKER
from producers.events import Client, Event, Request, Source, action_event

PURPOSES = ("2.1.1", "2.1.2", "2.1.3", "2.1.4")


def canary_event(source: Source) -> Event:
    """One canary event; each has its own token, so a leak found downstream names the canary that leaked."""
    token = f"{CANARY_MARKER}{secrets.token_hex(4)}"
    email = f"{token}@canary.example"
    phone = f"+7 900 {secrets.randbelow(900) + 100} {secrets.randbelow(90) + 10} {secrets.randbelow(90) + 10}"
    event = action_event(
        Source(service=source.service or "canary.logwarden", purposes=PURPOSES, omit=frozenset()),
        CANARY_ACTION,
        request=Request(method="POST", host=source.service or "canary.logwarden", path=f"/contact/{email}",
                        query=f"email={email.replace('@', '%40')}&page=1",
                        referrer=f"https://canary.example/?from={email}"),
        client=Client(ip="192.0.2.1", forwarded_for=("192.0.2.1",), user_agent="Mozilla/5.0 (X11; Linux x86_64)",
                      accept_language="en-US,en;q=0.9"),
        consent=dict.fromkeys(sorted(CONSENTS), True),
        form={"name": f"{token.capitalize()} Canary", "email": email, "phone": phone,
              "message": f"please call {phone} or write to {email}"},
        properties={"contact": email},
    )
    event["user"] = {"id": f"{token}-user", "session_id": f"{token}-session", "name": f"{token.capitalize()} Canary",
                     "email": email, "phone": phone}
    event["client"]["cookies"] = {"sid": token}
    event["device"] = {"type": "desktop", "location": {"lat": 55.75, "lon": 37.61, "country": "RU", "city": "Moscow"}}
    return event
