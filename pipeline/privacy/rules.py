"""The site's own rules for free text (`[privacy]` in the policy), compiled into what the redactor reads.

Pure. Operators of the OpenTelemetry redaction processor, Relay and Datadog expect to say what is personal on
their own site: values that stay although a detector finds them (a support address), values and patterns that
go (an internal customer-number format), keys never scanned (a trace id), and per kind what happens to what is
found: its marker (the default), a keyed pseudonym, the whole event to the DLQ, or nothing (the kind is off).

Custom patterns are RE2 (google-re2): matching runs in time linear in the text whatever the pattern and the
text, as every detector must (free text is what visitors type, so its cost is theirs to choose). A pattern RE2
cannot compile (a backreference, a lookaround) is refused when the policy is loaded (`refusal`).

One set of rules a process, like the audience (pipeline/privacy/audience.py): the router `configure`s it from
its policy, and pipeline/privacy/redact.py reads `current()`, with a cache of detections for each set of rules met.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from base64 import urlsafe_b64encode
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import re2

from pipeline.privacy.detectors._common import Span
from pipeline.privacy.normalize import normalize
from pipeline.privacy.registry import Detector

if TYPE_CHECKING:
    from pipeline.policy import Privacy

#: The kind of a blocked value (the policy's `block_values`); its marker is [blocked].
BLOCKED = "blocked"


class DropEvent(Exception):
    """Raised by the redactor when it finds a kind whose action is `drop_event`: the router sends the event to the
    DLQ (reason `dropped_by_rule`), naming the kind, never the value."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"a {kind} found in free text: the policy drops such events")
        self.kind = kind


def refusal(pattern: str) -> str | None:
    """Why RE2 refuses a pattern (it does not compile, or needs more than linear time), or None when it runs."""
    options = re2.Options()
    options.log_errors = False
    try:
        re2.compile(pattern, options)
    except re2.error as exc:
        reason = exc.args[0] if exc.args else exc
        return f"RE2 refuses the pattern: {reason.decode() if isinstance(reason, bytes) else reason}"
    if re2.compile(pattern, options).search("") is not None:
        return "the pattern matches the empty string (it would match everywhere)"
    return None


def _finder(compiled: Any) -> Callable[[str], Iterable[Span]]:
    def find(text: str) -> list[Span]:
        return [m.span() for m in compiled.finditer(text) if m.end() > m.start()]

    return find


@dataclass(frozen=True)
class SiteRules:
    """The policy's `[privacy]` rules, compiled: read by the redactor on every detection."""

    detectors: tuple[Detector, ...] = ()
    #: kind -> action, for the kinds whose action is not "redact"
    actions: dict[str, str] = field(default_factory=dict)
    #: allowed values, normalized and case-folded
    allowed: frozenset[str] = frozenset()
    key: bytes = b""
    #: does the text hold anything a custom detector may find (None: no custom detector)
    maybe: Callable[[str], bool] | None = None

    @property
    def active(self) -> bool:
        return bool(self.actions or self.allowed)

    def allows(self, value: str) -> bool:
        """The detected value is one the site allows (compared normalized and case-blind)."""
        return bool(self.allowed) and normalize(value).text.strip().casefold() in self.allowed

    def pseudonym(self, kind: str, value: str) -> str:
        """`[kind:ps_…]`: the same value gives the same pseudonym (keyed HMAC-SHA256 of its normalized, case-folded
        text), so the site can count repeats without reading the value; the marker when no key was given."""
        if not self.key:
            return f"[{kind}]"
        digest = hmac.new(self.key, normalize(value).text.casefold().encode(), hashlib.sha256).digest()
        return f"[{kind}:ps_{urlsafe_b64encode(digest[:16]).decode().rstrip('=')}]"


NONE = SiteRules()


def compile_rules(privacy: Privacy, master_key: bytes = b"", key_id: str = "") -> SiteRules:
    """The rules of a policy's `[privacy]` table. The pseudonyms of kinds whose action is pseudonymize are keyed by
    a key derived from the pseudonym key and its epoch (`logwarden/free-text/<key_id>`): one key for every route,
    since free text is treated once for all of an event's routes (docs/privacy.md says so)."""
    key = hmac.new(master_key, f"logwarden/free-text/{key_id}".encode(), hashlib.sha256).digest() if master_key else b""
    options = re2.Options()
    options.log_errors = False
    detectors = []
    if privacy.block_values:
        options.case_sensitive = False
        blocked = re2.compile("|".join(re.escape(normalize(v).text) for v in privacy.block_values), options)
        options.case_sensitive = True
        detectors.append(Detector(BLOCKED, lambda text: True, _finder(blocked), yields_to_lookalikes=False))
    for pattern in privacy.patterns:
        compiled = re2.compile(pattern.pattern, options)
        detectors.append(Detector(pattern.name, lambda text: True, _finder(compiled), yields_to_lookalikes=False))
    actions = {kind: action for kind, action in privacy.kinds}
    actions.update({p.name: p.action for p in privacy.patterns if p.action != "redact"})
    return SiteRules(
        detectors=tuple(detectors),
        actions=actions,
        allowed=frozenset(normalize(v).text.strip().casefold() for v in privacy.allow_values),
        key=key,
        maybe=(lambda text: any(d.find(text) for d in detectors)) if detectors else None,
    )


_CURRENT: list[SiteRules] = [NONE]
_ON_CHANGE: list[Callable[[], None]] = []


def current() -> SiteRules:
    """The rules of this process (none until a router configures its policy's)."""
    return _CURRENT[0]


def configure(rules: SiteRules) -> None:
    """Make `rules` the process's; caches of detections keyed by the text alone are emptied."""
    if rules is not _CURRENT[0] and rules != _CURRENT[0]:
        _CURRENT[0] = rules
        for forget in _ON_CHANGE:
            forget()


def on_change(forget: Callable[[], None]) -> None:
    """Call `forget` whenever the rules change (redact's detection cache)."""
    _ON_CHANGE.append(forget)
